"""The corpus scoring rule (1e-4 relative or 5e-3 absolute), verdicts, gold loading, report."""

import pytest

from bot.core.outcome import Alternative, Answer, Outcome
from bot.evaluate import (GoldFileError, close, evaluate, format_report, load_gold, verdict)


@pytest.mark.parametrize("value, gold, expected", [
    pytest.param("48.86683880", "48.8668388033", True, id="same-value"),
    pytest.param("100010", "100000", True, id="relative-exactly-1e-4"),
    pytest.param("100010.01", "100000", False, id="relative-just-over-1e-4"),
    pytest.param("0.105", "0.1", True, id="absolute-exactly-5e-3"),
    pytest.param("0.10501", "0.1", False, id="absolute-just-over-5e-3"),
    pytest.param("-0.004", "0", True, id="absolute-around-zero"),
    pytest.param("150,000", "150000", True, id="thousands-separator"),
    pytest.param("48.4", "48.8668388033", False, id="article-claim-is-wrong"),
    pytest.param("abc", "1", False, id="not-a-number"),
    pytest.param("NaN", "1", False, id="nan"),
    pytest.param("Infinity", "1", False, id="infinity"),
    pytest.param(None, "1", False, id="none"),
])
def test_close(value, gold, expected):
    assert close(value, gold) is expected


GOLD = {"id": "g", "problem": "p", "answer": "45", "accept": ["45", "48.8668388033"]}


@pytest.mark.parametrize("result, expected", [
    pytest.param({"ok": True, "answers": [{"value": "48.86683880"}]}, "correct",
                 id="answer-matches-second-accept"),
    pytest.param({"ok": True, "answers": [{"value": "1"}, {"value": "45.0001"}]}, "correct",
                 id="any-of-several-answers"),
    pytest.param({"ok": True, "answers": [{"value": "1"}],
                  "alternatives": [{"value": "45"}]}, "hedged", id="only-alternative-matches"),
    pytest.param({"ok": True, "answers": [{"value": "1"}], "alternatives": [{"value": "2"}]},
                 "wrong", id="nothing-matches"),
    pytest.param({"ok": True, "answers": []}, "wrong", id="ok-without-answers"),
    pytest.param({"ok": True, "answers": [{"value": None}, "junk"]}, "wrong",
                 id="malformed-answer-entries"),
    pytest.param({"ok": False, "error": {"message": "x"}}, "declined", id="not-ok"),
    pytest.param(None, "declined", id="no-line-for-id"),
    pytest.param({}, "declined", id="empty-object"),
])
def test_verdict(result, expected):
    assert verdict(GOLD, result) == expected


def test_verdict_uses_answer_when_accept_missing():
    gold = {"id": "g", "problem": "p", "answer": "7"}
    assert verdict(gold, {"ok": True, "answers": [{"value": "7.001"}]}) == "correct"


@pytest.mark.parametrize("lines, message", [
    pytest.param(['{"id": 1, "problem": "p", "answer": "1"}', "{oops"], "line 2: not valid JSON",
                 id="bad-json"),
    pytest.param(["[1, 2]"], "line 1: expected a JSON object", id="not-object"),
    pytest.param(['{"id": 1, "problem": "p"}'], "line 1: missing field answer", id="no-answer"),
])
def test_load_gold_names_the_bad_line(lines, message):
    with pytest.raises(GoldFileError, match=message):
        load_gold(lines)


def test_load_gold_skips_blank_lines():
    rows = load_gold(["", '{"id": 1, "problem": "p", "answer": "1"}', "   "])
    assert [row["id"] for row in rows] == [1]


def _fake_solver(table):
    """Return a solve(text) that answers from a {problem: Outcome} table."""
    return lambda text: table[text]


ROWS = [
    {"id": "a", "problem": "pa", "answer": "10", "tier": "core", "category": "pct_change"},
    {"id": "b", "problem": "pb", "answer": "20", "tier": "core", "kind": "compound_growth"},
    {"id": "c", "problem": "pc", "answer": "30", "tier": "extended", "category": "pct_change"},
    {"id": "d", "problem": "pd", "answer": "40", "tier": "extended"},
]
SOLVER = _fake_solver({
    "pa": Outcome(ok=True, answers=(Answer("x", "10", "10"),)),
    "pb": Outcome(ok=True, answers=(Answer("x", "1", "1"),),
                  alternatives=(Alternative("other", "20"),)),
    "pc": Outcome(ok=True, answers=(Answer("x", "31", "31"),)),
    "pd": Outcome.declined("I do not know this verb", quote="frobnicates"),
})


def test_evaluate_counts_every_verdict():
    report = evaluate(ROWS, SOLVER)
    assert report.total.summary() == "4 problems: 1 correct, 1 hedged, 1 wrong, 1 declined"
    assert report.by_tier["core"].summary() == "2 problems: 1 correct, 1 hedged, 0 wrong, 0 declined"
    assert report.by_category["pct_change"].summary() == (
        "2 problems: 1 correct, 0 hedged, 1 wrong, 0 declined")
    assert report.by_category["compound_growth"].counts["hedged"] == 1  # `kind` as fallback


@pytest.mark.parametrize("list_declined, present, absent", [
    pytest.param(False, ["wrong     c", "hedged    b"], ["declined  d", "correct   a"], id="default"),
    pytest.param(True, ["wrong     c", "hedged    b", "declined  d  [input] frobnicates"],
                 ["correct   a"], id="with-list"),
])
def test_format_report_lists_ids(list_declined, present, absent):
    text = format_report(evaluate(ROWS, SOLVER), list_declined=list_declined)
    for fragment in present:
        assert fragment in text
    for fragment in absent:
        assert fragment not in text
    assert text.splitlines()[-1] == "4 problems: 1 correct, 1 hedged, 1 wrong, 1 declined"


def test_format_report_shows_tiers_and_categories():
    text = format_report(evaluate(ROWS, SOLVER))
    assert "By tier:" in text and "By category:" in text
    assert "  extended  2 problems: 0 correct, 0 hedged, 1 wrong, 1 declined" in text


def test_wrong_line_shows_value_given_and_accepted():
    text = format_report(evaluate(ROWS[2:3], SOLVER))
    assert "wrong     c  got 31; accepted 30" in text


def test_empty_corpus_report():
    assert format_report(evaluate([], SOLVER)) == (
        "0 problems: 0 correct, 0 hedged, 0 wrong, 0 declined\n")


@pytest.mark.parametrize("problems, cause", [
    pytest.param(["A tank holds 300 litres. How much is in it after 4 hours?",
                  "There are 80 birds on a wire. How many are there after 2 days?"],
                 "how the quantity changes", id="no-law"),
    pytest.param(["", "   "], "input", id="guard"),
])
def test_declines_are_grouped_by_first_construct_not_placed(problems, cause):
    from bot.core import answer

    rows = [{"id": f"p{i}", "problem": text, "answer": "1"} for i, text in enumerate(problems)]
    report = evaluate(rows, answer)
    assert report.causes == {cause: 2}
    text = format_report(report, list_declined=True)
    assert f"declined  p0  [{cause}]" in text
    assert f"     2  {cause}" in text.split("Decline causes (first construct not placed):")[1]
