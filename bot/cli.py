"""The `stepwise` command (also `python -m bot`): a thin terminal adapter over bot.core.answer.

Startup stays cheap: this module imports only the standard library at the top, so `--help`
and argument errors never load SymPy, Lark or discord; each handler imports what it needs.
Every failure a user can cause ends in one clear line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import sys
from typing import Callable, ContextManager, Iterable, TextIO

SOLVED, WRONG, BAD_INPUT = 0, 1, 2

DESCRIPTION = """\
Stepwise solves math word problems exactly, with worked steps: quantities that
change over time (growth, decay, thresholds, formulas), interest and deposits,
rates fitted from observations, cooling, two quantities, recurrences, rates and
ratios (schedules, flows, work together, pursuit), percents and rates that
change from one period to the next, buying and selling
(profit and loss, discounts, commission), loans and instalments, and
step-by-step stories; or it says precisely which part of the text it did not
understand."""

SOLVE_EPILOG = """\
examples:
  stepwise solve "A colony of 200 bacteria grows by 10% per hour. How many are there after 3 hours?"
  echo "..." | stepwise solve -
  stepwise solve --json "..."
  stepwise solve --jsonl problems.jsonl > answers.jsonl

exit status: 0 solved, 2 declined or bad input (--jsonl: 0 when the batch ran)."""

EVAL_EPILOG = """\
A value matches an accepted value when it is within 1e-4 relative or 5e-3 absolute.
correct: an answer matches; hedged: only an alternative reading matches;
wrong: answered but nothing matches; declined: not answered.
exit status: 1 when any answer is wrong, 0 otherwise, 2 when the file cannot be used."""


class UsageError(Exception):
    """A problem with the user's input; printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand and its help text."""
    parser = argparse.ArgumentParser(
        prog="stepwise", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_solve(commands)
    _add_eval(commands)
    commands.add_parser("repl", help="interactive prompt for trying phrasings and the grammar",
                        description="Solve each line typed; meta commands start with ':' "
                                    "(:help lists them). Reads piped stdin without prompts.")
    _add_passthrough(commands, "bot", "run the Discord bot (arguments go to the bot)")
    if importlib.util.find_spec("bot.bench") is not None:
        _add_passthrough(commands, "bench", "measure solve speed (arguments go to the bench)")
    return parser


def _add_solve(commands) -> None:
    """Add `solve TEXT | --json TEXT | --jsonl FILE`."""
    solve = commands.add_parser(
        "solve", help="solve one problem (or a JSONL batch) and explain it",
        description="Solve a word problem and print the answer with worked steps.",
        epilog=SOLVE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    solve.add_argument("text", nargs="*", metavar="TEXT",
                       help="the problem (quote it, or several words; '-' reads stdin)")
    mode = solve.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true",
                      help="print one JSON object in the corpus output format")
    mode.add_argument("--jsonl", metavar="FILE",
                      help="solve each line {\"id\", \"problem\"} of FILE ('-' for stdin); "
                           "print one JSON line per input line, in order")
    solve.add_argument("--no-steps", action="store_true",
                       help="leave the worked steps out of the plain output")


def _add_eval(commands) -> None:
    """Add `eval FILE [--tier T] [--list]`."""
    evaluate = commands.add_parser(
        "eval", help="solve a gold corpus and count correct / hedged / wrong / declined",
        description="Solve every problem of a gold JSONL file (fields id, problem, answer, "
                    "accept, tier, category) and score it; wrong and hedged ids are listed.",
        epilog=EVAL_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("file", metavar="FILE.jsonl", help="the gold file")
    evaluate.add_argument("--tier", metavar="T", help="only problems of this tier (core, ...)")
    evaluate.add_argument("--list", action="store_true",
                          help="also list each declined id with the first construct not placed "
                               "and the words quoted, and count declines per construct")


def _add_passthrough(commands, name: str, help_text: str) -> None:
    """Add a subcommand whose remaining arguments go unparsed to another module's main."""
    sub = commands.add_parser(name, help=help_text, add_help=False)
    sub.add_argument("args", nargs=argparse.REMAINDER)


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    _tolerate_unencodable_output()
    if argv and argv[0] in ("bot", "bench"):  # pass everything, even --help, through
        return _passthrough(argv[0], argv[1:])
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors: keep argparse's status
        return int(exit_.code or 0)
    handlers = {"solve": run_solve, "eval": run_eval, "repl": run_repl}
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        print(f"stepwise: {exc}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `stepwise eval ... | head`
        _silence_stdout()
        return SOLVED


def run_solve(args) -> int:
    """Solve TEXT (plain or --json) or a --jsonl batch."""
    if args.jsonl:
        if args.text:
            raise UsageError("give either TEXT or --jsonl FILE, not both")
        with _open_input(args.jsonl) as stream:
            for result in solve_lines(stream, safe_answer):
                print(json.dumps(result, ensure_ascii=False), flush=True)
        return SOLVED
    text = _problem_text(args.text)
    outcome = safe_answer(text)
    if args.json:
        print(json.dumps(outcome.to_json(), ensure_ascii=False, indent=2))
    else:
        from bot.render.plain import render

        print(render(outcome, steps=not args.no_steps, text=text), end="")
    return SOLVED if outcome.ok else BAD_INPUT


def run_eval(args) -> int:
    """Solve and score a gold file; exit 1 when any answer is wrong."""
    from bot.evaluate import GoldFileError, evaluate, format_report, load_gold

    with _open_input(args.file) as stream:
        try:
            rows = load_gold(_read_lines(stream, args.file))
        except GoldFileError as exc:
            raise UsageError(f"{args.file}: {exc}") from None
    if args.tier:
        rows = [row for row in rows if row.get("tier") == args.tier]
        if not rows:
            print(f"stepwise: no problems of tier {args.tier!r} in {args.file}", file=sys.stderr)
    report = evaluate(rows, safe_answer)
    print(format_report(report, list_declined=args.list), end="")
    return WRONG if report.total.counts["wrong"] else SOLVED


def run_repl(args) -> int:
    """Start the interactive prompt on stdin/stdout."""
    from bot.repl import run

    return run(sys.stdin, sys.stdout)


def _passthrough(name: str, args: list[str]) -> int:
    """Hand `args` to bot.discord_app.run.main or bot.bench.main and return its status."""
    module_name = {"bot": "bot.discord_app.run", "bench": "bot.bench"}[name]
    try:
        module = importlib.import_module(module_name)
        entry = module.main
    except (ImportError, AttributeError) as exc:
        print(f"stepwise {name}: not available in this installation ({exc})", file=sys.stderr)
        return BAD_INPUT
    status = entry(args)
    return int(status or 0)


def safe_answer(text: str):
    """Return bot.core.answer(text), turning any unexpected failure into a decline."""
    from bot.core.outcome import Outcome

    try:
        from bot.core import answer

        return answer(text)
    except Exception as exc:  # one bad problem must never abort a batch or show a traceback
        return Outcome.declined(f"internal error while solving: {type(exc).__name__}: {exc}")


def solve_lines(lines: Iterable[str], solve: Callable[[str], object]) -> Iterable[dict]:
    """Yield one output object per non-blank input line {"id", "problem"}, in order.

    Every output carries "id" (null when the line had none), so outputs pair with inputs.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _bad_line(None, f"line {number}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield _bad_line(None, f"line {number}: expected a JSON object")
            continue
        problem_id, problem = record.get("id"), record.get("problem")
        if not isinstance(problem, str) or not problem.strip():
            yield _bad_line(problem_id, f"line {number}: missing or empty field \"problem\"")
            continue
        yield {"id": problem_id, **solve(problem).to_json()}


def _bad_line(problem_id, message: str) -> dict:
    """Return the output object for an input line that could not be read."""
    from bot.core.outcome import Outcome

    error = Outcome.declined(message, expected='a JSON object {"id": ..., "problem": "..."}')
    return {"id": problem_id, **error.to_json()}


def _problem_text(words: list[str]) -> str:
    """Return the problem from the TEXT words, or from stdin for '-'; reject empty input."""
    if words == ["-"]:
        _tolerate_undecodable_input()
        text = _read_all(sys.stdin, "stdin")
    else:
        text = " ".join(words)
    if not text.strip():
        raise UsageError("no problem given: pass the problem text, or '-' to read stdin "
                         "(see stepwise solve --help)")
    return text.strip()


def _open_input(path: str) -> ContextManager[TextIO]:
    """Open `path` (or stdin for '-') as UTF-8 text; raise UsageError with the reason.

    Undecodable bytes become U+FFFD so one bad line cannot abort a batch.
    """
    if path == "-":
        _tolerate_undecodable_input()
        return contextlib.nullcontext(sys.stdin)  # never close stdin
    try:
        return open(path, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def _read_lines(stream: TextIO, name: str) -> list[str]:
    """Return all lines of `stream`; raise UsageError when it cannot be read."""
    return _read_all(stream, name).splitlines()


def _read_all(stream: TextIO, name: str) -> str:
    """Return the whole stream; raise UsageError when it cannot be read."""
    try:
        return stream.read()
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None


def _tolerate_unencodable_output() -> None:
    """Replace characters the terminal cannot encode (≈, ·) instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _tolerate_undecodable_input() -> None:
    """Read stdin as UTF-8, replacing undecodable bytes instead of crashing."""
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")


def _silence_stdout() -> None:
    """Point stdout at /dev/null after a broken pipe so the exit-time flush stays quiet."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _version() -> str:
    """Return the package version without importing anything heavy."""
    from bot import __version__

    return __version__
