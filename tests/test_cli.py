"""The `stepwise` command: exit statuses, the JSON contract, JSONL batches, eval, cheap startup.

In-process tests replace bot.core.answer with a table of hand-built Outcomes, so they test the
plumbing alone; the end-to-end tests at the bottom run the real core in a child process.
"""

import io
import json
import subprocess
import sys
import textwrap
import types

import pytest

from bot import cli
from bot.core.outcome import Alternative, Answer, Claim, Outcome, Step, Unused
from bot.evaluate import close

SOLVED_TEXT = "A colony of 200 bacteria grows by 10% per hour. How many after 3 hours?"
SOLVED = Outcome(
    ok=True, reading=("200 bacteria grow ×1.1 per hour",),
    answers=(Answer("bacteria", "266.20000", "1331/5", "bacteria"),),
    steps=(Step("growth_factor", "Growth factor is 1 + 10%.", ("1 + 1/10 = 11/10",)),),
    alternatives=(Alternative("linear", "260"),),
    unused=(Unused("7 days", "7", "not asked"),),
    claims=(Claim("about 270", "270", "wrong", "266.2", "3.8"),))
DECLINED = Outcome.declined("I do not know the verb 'frobnicates'.", span=(4, 15),
                            quote="frobnicates", expected="a change such as 'grows by 5%'")
LENA = ("Lena designs a neural network with 150,000 parameters. Each training epoch reduces "
        "error by 8%, but the gradient magnitude increases by 5% per epoch due to learning rate "
        "drift. If initial gradient is 30 units, what is the gradient magnitude after 10 epochs?")


def fake_answer(text: str) -> Outcome:
    """Answer the one known problem, decline everything else, crash on 'boom'."""
    if text == "boom":
        raise RuntimeError("solver exploded")
    return SOLVED if text == SOLVED_TEXT else DECLINED


@pytest.fixture(autouse=True)
def fake_core(request, monkeypatch):
    """Make in-process commands use fake_answer, except in classes that set real_core."""
    if not getattr(request.cls, "real_core", False):
        monkeypatch.setattr("bot.core.answer", fake_answer)


def run(capsys, *argv, stdin=""):
    """Run cli.main in-process; return (status, stdout, stderr)."""
    sys.stdin = io.StringIO(stdin)
    try:
        status = cli.main(list(argv))
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("argv, stdin, status, expected", [
    pytest.param(["solve", SOLVED_TEXT], "", 0, "Answer\n  bacteria = 1331/5", id="solved"),
    pytest.param(["solve", *SOLVED_TEXT.split()], "", 0, "Worked steps", id="unquoted-words"),
    pytest.param(["solve", "-"], SOLVED_TEXT + "\n", 0, "How I read it", id="stdin"),
    pytest.param(["solve", "grows frobnicates"], "", 2, "Expected: a change", id="declined"),
    pytest.param(["solve", "boom"], "", 2, "internal error while solving: RuntimeError",
                 id="crash-becomes-decline"),
])
def test_solve_plain(capsys, argv, stdin, status, expected):
    got_status, out, err = run(capsys, *argv, stdin=stdin)
    assert (got_status, err) == (status, "")
    assert expected in out


def test_no_steps_hides_worked_steps(capsys):
    _, out, _ = run(capsys, "solve", "--no-steps", SOLVED_TEXT)
    assert "Worked steps" not in out and "Answer" in out


@pytest.mark.parametrize("argv, stdin, message", [
    pytest.param(["solve"], "", "no problem given", id="no-text"),
    pytest.param(["solve", "   "], "", "no problem given", id="blank-text"),
    pytest.param(["solve", "-"], "  \n", "no problem given", id="empty-stdin"),
    pytest.param(["solve", "--jsonl", "/no/such/file.jsonl"], "", "cannot read", id="no-file"),
    pytest.param(["solve", "--jsonl", "/"], "", "cannot read /", id="directory"),
    pytest.param(["solve", "--jsonl", "-", "extra text"], "", "not both", id="text-and-jsonl"),
    pytest.param(["eval", "/no/such/gold.jsonl"], "", "cannot read", id="eval-no-file"),
])
def test_bad_input_is_one_clear_line(capsys, argv, stdin, message):
    status, out, err = run(capsys, *argv, stdin=stdin)
    assert status == 2 and out == ""
    assert err.startswith("stepwise: ") and message in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    pytest.param(["frobnicate"], id="unknown-command"),
    pytest.param([], id="no-command"),
    pytest.param(["solve", "--json", "--jsonl", "-"], id="exclusive-modes"),
    pytest.param(["eval"], id="eval-without-file"),
])
def test_usage_errors_exit_2(capsys, argv):
    status, _, err = run(capsys, *argv)
    assert status == 2 and "usage:" in err


def test_help_exits_0(capsys):
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert all(name in out for name in ("solve", "eval", "repl", "bot"))


@pytest.mark.parametrize("text, status, keys", [
    pytest.param(SOLVED_TEXT, 0, {"ok", "answers", "alternatives", "steps", "unused", "claims"},
                 id="solved"),
    pytest.param("x frobnicates", 2, {"ok", "error"}, id="declined"),
])
def test_solve_json_contract(capsys, text, status, keys):
    got_status, out, _ = run(capsys, "solve", "--json", text)
    result = json.loads(out)
    assert got_status == status and keys <= set(result)
    assert "id" not in result


def test_solve_json_answer_and_error_fields(capsys):
    answer = json.loads(run(capsys, "solve", "--json", SOLVED_TEXT)[1])["answers"][0]
    assert answer == {"quantity": "bacteria", "value": "266.20000", "exact": "1331/5",
                      "unit": "bacteria"}
    error = json.loads(run(capsys, "solve", "--json", "nope")[1])["error"]
    assert error["message"].startswith("I do not know") and error["span"] == [4, 15]


JSONL_INPUT = "\n".join([
    json.dumps({"id": "first", "problem": SOLVED_TEXT}),
    "{not json",
    json.dumps({"id": 7, "text": "no problem field"}),
    "",
    json.dumps(["a", "list"]),
    json.dumps({"id": "crash", "problem": "boom"}),
    json.dumps({"id": "empty", "problem": "  "}),
    json.dumps({"id": "last", "problem": "x frobnicates"}),
]) + "\n"
JSONL_EXPECTED = [  # (id, ok, message fragment) per non-blank input line, in order
    ("first", True, None),
    (None, False, "line 2: not valid JSON"),
    (7, False, 'line 3: missing or empty field "problem"'),
    (None, False, "line 5: expected a JSON object"),
    ("crash", False, "internal error while solving"),
    ("empty", False, "line 7: missing or empty field"),
    ("last", False, "I do not know the verb"),
]


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_jsonl_keeps_order_and_survives_bad_lines(capsys, tmp_path, source):
    path = tmp_path / "in.jsonl"
    path.write_text(JSONL_INPUT, encoding="utf-8")
    arg, stdin = (str(path), "") if source == "file" else ("-", JSONL_INPUT)
    status, out, err = run(capsys, "solve", "--jsonl", arg, stdin=stdin)
    results = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and err == ""
    assert [(r["id"], r["ok"]) for r in results] == [(i, ok) for i, ok, _ in JSONL_EXPECTED]
    for result, (_, ok, fragment) in zip(results, JSONL_EXPECTED):
        assert ok or fragment in result["error"]["message"]


def test_jsonl_output_has_corpus_fields(capsys):
    _, out, _ = run(capsys, "solve", "--jsonl", "-", stdin=JSONL_INPUT)
    first = json.loads(out.splitlines()[0])
    assert first["unused"] == [{"text": "7 days", "value": "7", "reason": "not asked"}]
    assert first["claims"][0]["verdict"] == "wrong" and first["claims"][0]["correct"] == "266.2"


def test_jsonl_survives_undecodable_bytes(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "bad", "problem": "caf\xff"}\n' +
                     json.dumps({"id": "ok", "problem": SOLVED_TEXT}).encode() + b"\n")
    status, out, _ = run(capsys, "solve", "--jsonl", str(path))
    assert status == 0 and [json.loads(l)["id"] for l in out.splitlines()] == ["bad", "ok"]


def gold_file(tmp_path, *rows):
    """Write gold rows to a JSONL file and return its path as a string."""
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


GOLD_RIGHT = {"id": "right", "problem": SOLVED_TEXT, "answer": "266.2", "tier": "core",
              "category": "compound"}
GOLD_WRONG = {"id": "off", "problem": SOLVED_TEXT, "answer": "999", "tier": "extended"}
GOLD_DECLINED = {"id": "nope", "problem": "x frobnicates", "answer": "1", "tier": "core"}


@pytest.mark.parametrize("rows, extra, status, last_line", [
    pytest.param([GOLD_RIGHT, GOLD_DECLINED], [], 0,
                 "2 problems: 1 correct, 0 hedged, 0 wrong, 1 declined", id="no-wrong"),
    pytest.param([GOLD_RIGHT, GOLD_WRONG, GOLD_DECLINED], [], 1,
                 "3 problems: 1 correct, 0 hedged, 1 wrong, 1 declined", id="wrong-fails"),
    pytest.param([GOLD_RIGHT, GOLD_WRONG, GOLD_DECLINED], ["--tier", "core"], 0,
                 "2 problems: 1 correct, 0 hedged, 0 wrong, 1 declined", id="tier-filter"),
    pytest.param([GOLD_WRONG], ["--tier", "nonexistent"], 0,
                 "0 problems: 0 correct, 0 hedged, 0 wrong, 0 declined", id="empty-tier"),
])
def test_eval_status_and_summary(capsys, tmp_path, rows, extra, status, last_line):
    got_status, out, _ = run(capsys, "eval", gold_file(tmp_path, *rows), *extra)
    assert got_status == status and out.splitlines()[-1] == last_line


@pytest.mark.parametrize("extra, declined_listed", [
    pytest.param([], False, id="default"), pytest.param(["--list"], True, id="list")])
def test_eval_lists_wrong_always_and_declined_on_request(capsys, tmp_path, extra,
                                                         declined_listed):
    _, out, _ = run(capsys, "eval", gold_file(tmp_path, GOLD_WRONG, GOLD_DECLINED), *extra)
    assert "wrong     off  got 266.20000; accepted 999" in out
    assert ("declined  nope  [input] frobnicates" in out) is declined_listed


def test_eval_prints_tier_and_category_counts(capsys, tmp_path):
    _, out, _ = run(capsys, "eval", gold_file(tmp_path, GOLD_RIGHT, GOLD_WRONG))
    assert "By tier:" in out and "  compound  1 problems: 1 correct" in out


def test_eval_rejects_malformed_gold_file(capsys, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD_RIGHT) + "\n{broken\n", encoding="utf-8")
    status, _, err = run(capsys, "eval", str(path))
    assert status == 2 and "line 2: not valid JSON" in err


@pytest.mark.parametrize("command, module", [("bot", "bot.discord_app.run"),
                                             ("bench", "bot.bench")])
@pytest.mark.parametrize("returned, status", [(None, 0), (0, 0), (3, 3)])
def test_passthrough_hands_over_arguments(capsys, monkeypatch, command, module, returned,
                                          status):
    calls = []
    fake = types.ModuleType(module)
    fake.main = lambda args: calls.append(args) or returned
    monkeypatch.setitem(sys.modules, module, fake)
    assert run(capsys, command, "--help", "--shards", "0-1")[0] == status
    assert calls == [["--help", "--shards", "0-1"]]


@pytest.mark.parametrize("command, module", [("bot", "bot.discord_app.run"),
                                             ("bench", "bot.bench")])
def test_passthrough_missing_is_a_clear_message(capsys, monkeypatch, command, module):
    monkeypatch.setitem(sys.modules, module, None)
    status, _, err = run(capsys, command)
    assert status == 2 and f"stepwise {command}: not available" in err


HEAVY = ("sympy", "lark", "discord", "matplotlib")
CHECK_IMPORTS = textwrap.dedent("""
    import sys
    from bot.cli import main
    status = main(sys.argv[1:])
    print(status, sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[0].split(","))))
""")


@pytest.mark.parametrize("argv", [
    pytest.param(["--help"], id="help"),
    pytest.param(["solve", "--help"], id="solve-help"),
    pytest.param(["nonsense"], id="argument-error"),
    pytest.param(["solve"], id="empty-input"),
    pytest.param(["eval", "/no/such/file"], id="bad-path"),
])
def test_startup_does_not_import_heavy_modules(argv):
    script = CHECK_IMPORTS.replace("sys.argv[0]", repr(",".join(HEAVY)))
    done = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.stdout.splitlines()[-1].endswith("[]"), done.stdout + done.stderr


@pytest.mark.parametrize("args, stdin, status, fragment", [
    pytest.param(["--help"], "", 0, "usage: stepwise", id="help"),
    pytest.param(["solve", "--jsonl", "-"], "{bad\n", 0, '"ok": false', id="jsonl-bad-line"),
    pytest.param(["solve", "--jsonl", "missing.jsonl"], "", 2, "cannot read", id="missing"),
    pytest.param(["solve"], "", 2, "no problem given", id="empty"),
])
def test_python_dash_m_bot(run_stepwise, args, stdin, status, fragment):
    done = run_stepwise(*args, stdin=stdin)
    assert done.returncode == status and fragment in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


# End to end: the real core, in-process (one grammar build for all) and once as a child process.

class TestEndToEnd:
    """Run the real bot.core.answer behind the CLI (the fake_core fixture stands aside)."""

    real_core = True

    def test_lena_json(self, capsys):
        status, out, _ = run(capsys, "solve", "--json", LENA)
        result = json.loads(out)
        assert status == 0 and result["ok"] is True
        (answer,) = result["answers"]
        assert close(answer["value"], "48.8668388033") and "21/20" in answer["exact"]
        assert {"150000", "8"} <= {unused["value"] for unused in result["unused"]}

    @pytest.mark.parametrize("text", [
        pytest.param("Colorless green ideas sleep furiously.", id="gibberish"),
        pytest.param("🙂🙂🙂", id="emoji"),
        pytest.param("It increases by 5% per epoch. What is it after 10 epochs?", id="no-start"),
    ])
    def test_nonsense_declines(self, capsys, text):
        status, out, err = run(capsys, "solve", text)
        assert status == 2 and out.startswith(("I did not understand", "I found no words"))
        assert err == ""

    def test_jsonl(self, capsys):
        stdin = "\n".join(json.dumps({"id": i, "problem": p})
                          for i, p in (("lena", LENA), ("nonsense", "Blue is loud."))) + "\n"
        status, out, _ = run(capsys, "solve", "--jsonl", "-", stdin=stdin)
        results = [json.loads(line) for line in out.splitlines()]
        assert status == 0 and [(r["id"], r["ok"]) for r in results] == [
            ("lena", True), ("nonsense", False)]

    def test_eval(self, capsys, tmp_path):
        gold = gold_file(tmp_path, {"id": "lena", "problem": LENA, "answer": "48.8668388033",
                                    "tier": "core"})
        status, out, _ = run(capsys, "eval", gold)
        assert status == 0
        assert out.splitlines()[-1] == "1 problems: 1 correct, 0 hedged, 0 wrong, 0 declined"


def test_lena_through_python_dash_m_bot(run_stepwise):
    done = run_stepwise("solve", LENA)
    assert (done.returncode, done.stderr) == (0, "")
    assert "≈ 48.8668" in done.stdout and "Worked steps" in done.stdout
