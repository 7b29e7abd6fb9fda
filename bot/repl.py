"""`stepwise repl`: a terminal prompt for trying phrasings against the grammar.

Each free-text line is solved and explained; whole lines starting with ':' are meta commands
(:tree, :spec, :steps on|off, :help, :quit). On a terminal it offers readline editing and a
history file; with piped stdin it prints only the outputs, so tests can drive it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable, Iterator, TextIO

PROMPT = "stepwise> "
HISTORY_NAME = ".stepwise_history"  # in the home folder

HELP = """\
Type a word problem to solve it. Meta commands (whole line):
  :tree [TEXT]     the Lark parse tree of TEXT (default: the last problem)
  :spec [TEXT]     the typed spec the parser built from TEXT (default: the last problem)
  :steps on|off    show or hide the worked steps
  :help            this text
  :quit            leave (Ctrl-D works too)
"""


class Session:
    """The state of one REPL: the last problem typed and whether steps are shown."""

    def __init__(self, solve: Callable[[str], object] | None = None):
        self.solve = solve
        self.last_text = ""
        self.steps = True

    def handle(self, line: str) -> str | None:
        """Return the output for one input line, or None when the session should end."""
        line = line.strip()
        if not line:
            return ""
        if not line.startswith(":"):
            self.last_text = line
            return self._solve(line)
        command, _, rest = line[1:].partition(" ")
        command, rest = command.lower(), rest.strip()
        if command in ("quit", "q", "exit"):
            return None
        if command == "help":
            return HELP
        if command == "steps":
            return self._set_steps(rest)
        if command in ("tree", "spec"):
            return self._inspect(command, rest)
        return f"unknown command :{command} (type :help)\n"

    def _solve(self, text: str) -> str:
        """Solve `text` and return its plain explanation."""
        from bot.render.plain import render

        solve = self.solve or _default_solve()
        return render(solve(text), steps=self.steps, text=text)

    def _set_steps(self, value: str) -> str:
        """Switch worked steps on or off; with no value, report the current setting."""
        if value.lower() in ("on", "off"):
            self.steps = value.lower() == "on"
        elif value:
            return "usage: :steps on|off\n"
        return f"worked steps are {'on' if self.steps else 'off'}\n"

    def _inspect(self, command: str, text: str) -> str:
        """Return the parse tree or spec of `text`, or of the last problem when none given."""
        text = text or self.last_text
        if not text:
            return f"nothing to show yet: type a problem first, or :{command} TEXT\n"
        self.last_text = text
        show = _parse_helper(f"{command}_text")
        if isinstance(show, str):
            return show
        return show(text).rstrip("\n") + "\n"


def _parse_helper(name: str):
    """Return bot.core.parse.<name>, or a message saying it is not available yet."""
    try:
        return getattr(importlib.import_module("bot.core.parse"), name)
    except (ImportError, AttributeError) as exc:
        return f"not available: bot.core.parse.{name} cannot be loaded ({exc})\n"


def _default_solve() -> Callable[[str], object]:
    """Return the CLI's crash-proof wrapper around bot.core.answer."""
    from bot.cli import safe_answer

    return safe_answer


def run(stdin: TextIO, stdout: TextIO, *, interactive: bool | None = None,
        session: Session | None = None) -> int:
    """Read lines until :quit or end of input, writing each output; return exit status 0."""
    if interactive is None:
        interactive = _isatty(stdin) and _isatty(stdout)
    session = session or Session()
    if interactive:
        _enable_history()
        stdout.write("Stepwise REPL: type a word problem, or :help. Ctrl-D leaves.\n")
    try:
        for line in (_prompted_lines() if interactive else _piped_lines(stdin)):
            output = session.handle(line)
            if output is None:
                break
            stdout.write(output)
            stdout.flush()
    finally:
        if interactive:
            _save_history()
    return 0


def _piped_lines(stdin: TextIO) -> Iterator[str]:
    """Yield the lines of a non-terminal stdin, without prompts."""
    yield from stdin


def _prompted_lines() -> Iterator[str]:
    """Yield lines typed at the prompt; Ctrl-C drops the current line, Ctrl-D ends."""
    while True:
        try:
            yield input(PROMPT)
        except KeyboardInterrupt:
            print()
        except EOFError:
            print()
            return


def _isatty(stream) -> bool:
    """Return True if `stream` is an interactive terminal."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _enable_history() -> None:
    """Turn on readline line editing and load the history file, if readline exists."""
    try:
        import readline
    except ImportError:  # e.g. Windows without pyreadline
        return
    readline.set_history_length(1000)
    try:
        readline.read_history_file(Path.home() / HISTORY_NAME)
    except OSError:
        pass


def _save_history() -> None:
    """Write the readline history file; a read-only home is not an error."""
    try:
        import readline

        readline.write_history_file(Path.home() / HISTORY_NAME)
    except (ImportError, OSError):
        pass
