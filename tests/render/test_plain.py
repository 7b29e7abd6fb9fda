"""Plain terminal rendering of hand-built Outcomes: sections, lines, declines with carets."""

import pytest

from bot.core.outcome import (Alternative, Answer, Claim, Decline, Outcome, Step, Unused)
from bot.render.plain import (alternative_line, answer_line, claim_line, quote_lines,
                              render, render_decline, step_lines, unused_line)

LENA = Outcome(
    ok=True,
    reading=("gradient magnitude starts at 30 units and grows ×1.05 per epoch",),
    answers=(Answer("gradient magnitude", "48.86683880", "30·(21/20)^10", "units", "48.87"),),
    steps=(Step("growth_factor", "Growth factor per epoch is 1 + 5%.", ("1 + 5/100 = 21/20",)),
           Step("compound_value", "Multiply 10 times.", ("30·(21/20)^10", "≈ 48.8668"))),
    alternatives=(Alternative("linear: +5% of the start each epoch", "45", "", "units"),),
    unused=(Unused("150,000 parameters", "150000", "not about the gradient"),),
    claims=(Claim("Around 48.4 units", "48.4", "wrong", "48.86683880", "0.4668"),),
    notes=("compound growth is the default reading",),
)


@pytest.mark.parametrize("answer, expected", [
    pytest.param(Answer("gradient magnitude", "48.86683880", "30·(21/20)^10", "units"),
                 "gradient magnitude = 30·(21/20)^10 ≈ 48.86683880 units", id="exact-and-decimal"),
    pytest.param(Answer("bacteria", "266.2", "1331/5", "", "266"),
                 "bacteria = 1331/5 ≈ 266.2 (rounded: 266)", id="rounded-no-unit"),
    pytest.param(Answer("epochs", "9", "9", "epochs"), "epochs = 9 epochs", id="exact-equals-value"),
    pytest.param(Answer("cost", "12.5", "", "$", part="b"), "(b) cost = 12.5 $", id="part-no-exact"),
    pytest.param(Answer("", "3", "3"), "3", id="no-quantity-name"),
    pytest.param(Answer("g", "48.8668388", "30*(21/20)**10", "units"),
                 "g = 30·(21/20)^10 ≈ 48.8668388 units", id="sympy-syntax-prettified"),
])
def test_answer_line(answer, expected):
    assert answer_line(answer) == expected


@pytest.mark.parametrize("item, render_line, expected", [
    pytest.param(Alternative("linear reading", "45", "", "units"), alternative_line,
                 "linear reading → 45 units", id="alternative"),
    pytest.param(Alternative("n steps", "51.3", "30*(21/20)**11"), alternative_line,
                 "n steps → 30·(21/20)^11 ≈ 51.3", id="alternative-exact"),
    pytest.param(Unused("8%", "8", "error is a different quantity"), unused_line,
                 "8% — error is a different quantity", id="unused"),
    pytest.param(Unused("7 days", "7", ""), unused_line, "7 days", id="unused-no-reason"),
    pytest.param(Claim("Around 48.4 units", "48.4", "wrong", "48.8668", "0.4668"), claim_line,
                 '"Around 48.4 units": wrong; the correct value is 48.8668 (off by 0.4668)',
                 id="claim-wrong"),
    pytest.param(Claim("100%", "100", "right", "100"), claim_line, '"100%": right',
                 id="claim-right"),
    pytest.param(Claim("about 7", "7", "wrong", "9"), claim_line,
                 '"about 7": wrong; the correct value is 9', id="claim-wrong-no-offby"),
])
def test_item_lines(item, render_line, expected):
    assert render_line(item) == expected


def test_step_lines_number_steps_and_indent_math():
    assert step_lines(LENA.steps) == [
        "1. Growth factor per epoch is 1 + 5%.",
        "     1 + 5/100 = 21/20",
        "2. Multiply 10 times.",
        "     30·(21/20)^10",
        "     ≈ 48.8668",
    ]


@pytest.mark.parametrize("title", ["How I read it", "Answer", "Worked steps",
                                   "Alternative readings", "Not needed", "Claims", "Notes"])
def test_full_outcome_has_every_section_in_order(title):
    text = render(LENA)
    order = ["How I read it", "Answer", "Worked steps", "Alternative readings",
             "Not needed", "Claims", "Notes"]
    positions = [text.index(f"{t}\n") for t in order]
    assert positions == sorted(positions)
    assert f"\n{title}\n  " in f"\n{text}"


@pytest.mark.parametrize("outcome, absent", [
    pytest.param(Outcome(ok=True, answers=LENA.answers), "Worked steps", id="no-steps"),
    pytest.param(Outcome(ok=True, answers=LENA.answers), "Claims", id="no-claims"),
    pytest.param(Outcome(ok=True, answers=LENA.answers), "Not needed", id="no-unused"),
    pytest.param(LENA, "1. Growth factor", id="steps-hidden"),
])
def test_empty_or_hidden_sections_are_left_out(outcome, absent):
    assert absent not in render(outcome, steps=False)


def test_steps_shown_by_default():
    assert "1. Growth factor per epoch is 1 + 5%." in render(LENA)


PROBLEM = "A tank leaks 3 liters every fortnight-ish. How much is left after 2 weeks?"
START = PROBLEM.index("every fortnight-ish")
SPAN = (START, START + len("every fortnight-ish"))


@pytest.mark.parametrize("decline, text, expected", [
    pytest.param(Decline("unknown period", span=SPAN, quote="every fortnight-ish"), PROBLEM,
                 [PROBLEM, " " * START + "^" * 19], id="caret-under-span"),
    pytest.param(Decline("unknown period", quote="every fortnight-ish"), PROBLEM,
                 ["every fortnight-ish"], id="quote-without-span"),
    pytest.param(Decline("unknown period", span=SPAN, quote="every fortnight-ish"), "",
                 ["every fortnight-ish"], id="span-without-text"),
    pytest.param(Decline("unknown period", span=(500, 510), quote="q"), PROBLEM, ["q"],
                 id="span-outside-text"),
    pytest.param(Decline("empty", span=(0, 0)), "abc", ["abc", "^"], id="empty-span-one-caret"),
    pytest.param(Decline("nothing"), PROBLEM, [], id="no-quote-no-span"),
    pytest.param(Decline("line break", span=(2, 5)), "a\nbcd\ne", ["a bcd e", "  ^^^"],
                 id="line-breaks-flattened"),
])
def test_quote_lines(decline, text, expected):
    assert quote_lines(decline, text) == expected


def test_caret_in_long_text_points_at_span_inside_excerpt():
    text = "x" * 300 + "WEIRD" + "y" * 300
    excerpt, carets = quote_lines(Decline("odd", span=(300, 305)), text)
    assert len(excerpt) <= 78  # 76 characters plus the two ellipses
    start = carets.index("^")
    assert excerpt[start:start + 5] == "WEIRD" and carets.count("^") == 5


def test_caret_near_end_of_long_text():
    text = "x" * 300 + "END"
    excerpt, carets = quote_lines(Decline("odd", span=(300, 303)), text)
    assert excerpt.startswith("…") and not excerpt.endswith("…")
    assert excerpt[carets.index("^"):] == "END"


def test_decline_shows_message_quote_expected_and_example():
    decline = Decline("I do not know the period 'fortnight-ish'.", span=SPAN,
                      quote="every fortnight-ish", expected="a period such as day or week",
                      example="A tank leaks 3 liters every week.")
    text = render(Outcome(ok=False, error=decline), text=PROBLEM)
    assert text.splitlines() == [
        "I do not know the period 'fortnight-ish'.",
        "  " + PROBLEM,
        "  " + " " * START + "^" * 19,
        "Expected: a period such as day or week",
        "For example: A tank leaks 3 liters every week.",
    ]


def test_decline_without_error_details_still_explains():
    assert render(Outcome(ok=False)).startswith("I did not understand this problem.")
    assert render_decline(Decline("x")) == "I did not understand this part: x\n"


@pytest.mark.parametrize("message", [
    pytest.param("I did not understand the question: \u201cwhen\u201d.", id="core-decline"),
    pytest.param("This looks like Spanish; I only understand English word problems for now.",
                 id="language"),
    pytest.param("The problem is empty: paste a word problem.", id="empty"),
])
def test_full_sentence_messages_are_not_prefixed_twice(message):
    assert render_decline(Decline(message)).splitlines()[0] == message
