"""The REPL: free text is solved, meta commands work, piped stdin gives output without prompts."""

import io
import os
import select
import subprocess
import sys
import time
import types

import pytest

from bot.core.outcome import Answer, Outcome, Step
from bot.repl import HELP, PROMPT, Session, run

OUTCOME = Outcome(ok=True, answers=(Answer("x", "2.5", "5/2"),),
                  steps=(Step("rule", "Halve five.", ("5/2 = 2.5",)),))


@pytest.fixture
def fake_parse(monkeypatch):
    """Install a stand-in bot.core.parse whose helpers echo what they were given."""
    module = types.ModuleType("bot.core.parse")
    module.tree_text = lambda text: f"tree of {text}\n"
    module.spec_text = lambda text: f"spec of {text}"
    monkeypatch.setitem(sys.modules, "bot.core.parse", module)


def drive(lines, session=None):
    """Run the REPL on piped lines; return everything it wrote."""
    out = io.StringIO()
    status = run(io.StringIO("".join(f"{line}\n" for line in lines)), out, interactive=False,
                 session=session or Session(solve=lambda text: OUTCOME))
    assert status == 0
    return out.getvalue()


@pytest.mark.parametrize("line, expected", [
    pytest.param("half of five", "x = 5/2 ≈ 2.5", id="free-text-solved"),
    pytest.param(":help", HELP, id="help"),
    pytest.param(":HELP", HELP, id="case-insensitive"),
    pytest.param(":frob", "unknown command :frob (type :help)\n", id="unknown-command"),
    pytest.param(":steps", "worked steps are on\n", id="steps-state"),
    pytest.param(":steps maybe", "usage: :steps on|off\n", id="steps-bad-value"),
    pytest.param(":tree", "nothing to show yet", id="tree-before-any-text"),
    pytest.param("", "", id="blank-line"),
])
def test_single_line(line, expected):
    assert expected in drive([line])


@pytest.mark.parametrize("lines, present, absent", [
    pytest.param([":steps off", "half"], ["worked steps are off", "Answer"], ["Halve five."],
                 id="steps-off-hides-steps"),
    pytest.param([":steps off", ":steps on", "half"], ["Halve five."], [], id="steps-back-on"),
    pytest.param(["half", ":quit", "never solved"], ["Answer"], ["never"], id="quit-stops"),
    pytest.param([":q", "half"], [], ["Answer"], id="q-alias"),
])
def test_sequences(lines, present, absent):
    session = Session(solve=lambda text: OUTCOME if text != "never solved" else Outcome(
        ok=True, answers=(Answer("never", "0", "0"),)))
    out = drive(lines, session)
    assert all(p in out for p in present) and not any(a in out for a in absent)


@pytest.mark.parametrize("lines, expected", [
    pytest.param(["some problem", ":tree"], "tree of some problem\n", id="tree-of-last"),
    pytest.param([":spec given text"], "spec of given text\n", id="spec-of-given"),
    pytest.param([":tree a", ":spec"], "tree of a\nspec of a\n", id="given-becomes-last"),
])
def test_tree_and_spec(fake_parse, lines, expected):
    assert drive(lines).endswith(expected)


def test_tree_without_parse_helpers_is_a_clear_message(monkeypatch):
    monkeypatch.setitem(sys.modules, "bot.core.parse", types.ModuleType("bot.core.parse"))
    out = drive([":tree something"])
    assert out.startswith("not available: bot.core.parse.tree_text")


def test_piped_repl_prints_no_prompt_or_banner():
    out = drive(["half"])
    assert PROMPT not in out and "Stepwise REPL" not in out


@pytest.mark.parametrize("stdin, expected", [
    pytest.param(":help\n:quit\n", HELP, id="help-then-quit"),
    pytest.param(":steps off\n", "worked steps are off\n", id="steps-off"),
    pytest.param(":bogus\n", "unknown command :bogus (type :help)\n", id="unknown"),
    pytest.param("", "", id="empty-input"),
])
def test_repl_subprocess_with_piped_stdin(run_stepwise, stdin, expected):
    done = run_stepwise("repl", stdin=stdin)
    assert (done.returncode, done.stdout, done.stderr) == (0, expected, "")


def test_repl_subprocess_solves_free_text(run_stepwise):
    done = run_stepwise("repl", stdin="half of five is what?\n:quit\n")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith(("How I read it", "Answer", "I did not understand"))


def _read_until(fd: int, token: bytes, timeout: float = 30) -> bytes:
    """Read from a pty until `token` appears or the timeout passes; return what was read."""
    buffer, deadline = b"", time.monotonic() + timeout
    while token not in buffer and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                buffer += os.read(fd, 4096)
            except OSError:
                break
    return buffer


@pytest.mark.skipif(not sys.platform.startswith(("linux", "darwin")), reason="needs a pty")
def test_terminal_repl_prompts_and_saves_history(tmp_path):
    import pty

    master, slave = pty.openpty()
    child = subprocess.Popen([sys.executable, "-m", "bot", "repl"], stdin=slave, stdout=slave,
                             stderr=slave, env={**os.environ, "HOME": str(tmp_path),
                                                "TERM": "dumb"})
    os.close(slave)
    try:
        assert b"Stepwise REPL" in _read_until(master, PROMPT.encode())
        os.write(master, b":steps off\n")
        assert b"worked steps are off" in _read_until(master, PROMPT.encode())
        os.write(master, b":quit\n")
        assert child.wait(timeout=30) == 0
    finally:
        child.kill()
        os.close(master)
    assert ":steps off" in (tmp_path / ".stepwise_history").read_text()
