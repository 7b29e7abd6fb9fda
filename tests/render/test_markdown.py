"""Discord markdown rendering: content, escaping, and Discord's size limits."""

from __future__ import annotations

import pytest

from bot.core.outcome import (Alternative, Answer, Claim, Decline, Outcome, Step, Unused)
from bot.render import markdown as md

LENA = Outcome(
    ok=True,
    answers=(Answer("gradient magnitude", "48.86683770", "30*(21/20)**10", "units", "48.87"),),
    reading=("initial gradient 30 units", "grows by 5% per epoch, compounded, 10 epochs"),
    steps=(Step("growth_factor", "Each epoch multiplies the gradient by 1 + 5% = 21/20.",
                ("1 + 5/100 = 21/20",)),
           Step("compound_value", "Apply the factor 10 times.", ("30·(21/20)^10 ≈ 48.8668",))),
    alternatives=(Alternative("linear growth (5% of the initial value)", "45", "45", "units"),),
    unused=(Unused("150,000", "150000", "parameter count is not needed"),
            Unused("8%", "0.08", "the error reduction does not affect the gradient")),
    claims=(Claim("the answer is 45", "45", "wrong", "48.8668", "3.8668"),),
)


@pytest.mark.parametrize("answer, expected", [
    pytest.param(Answer("x", "2", "2"), "**x** = **2**", id="exact-equals-decimal"),
    pytest.param(Answer("x", "0.5", "1/2", "kg"), "**x** ≈ **0.5** kg\nexact: `1/2`",
                 id="exact-differs"),
    pytest.param(Answer("x", "1.2345", "", rounded="1.23"), "**x** = **1.2345**\nrounded: 1.23",
                 id="rounded"),
    pytest.param(Answer("cost_total", "3", "3", part="b"), "(b) **cost\\_total** = **3**",
                 id="part-and-escape"),
    pytest.param(Answer("", "7", "7"), "**Answer** = **7**", id="no-quantity"),
])
def test_answer_line(answer, expected):
    assert md.answer_line(answer) == expected


@pytest.mark.parametrize("claim, expected", [
    pytest.param(Claim("says 45", "45", "right", "45"), "✅ The text says 45: that is right.",
                 id="right"),
    pytest.param(Claim("says 45", "45", "wrong", "48.87", "3.87"),
                 "❌ The text says 45, but the correct value is **48.87** (off by 3.87).",
                 id="wrong"),
])
def test_claim_line(claim, expected):
    assert md.claim_line(claim) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("a*b_c", "a\\*b\\_c", id="emphasis"),
    pytest.param("`x`", "\\`x\\`", id="code"),
    pytest.param("plain 5%", "plain 5%", id="plain"),
    pytest.param("> [link](x)", "\\> \\[link\\](x)", id="quote-and-link"),
    pytest.param("(per epoch)", "(per epoch)", id="parentheses-stay"),
])
def test_escape(text, expected):
    assert md.escape(text) == expected


def test_answer_card_has_every_section():
    (card,) = md.answer_cards(LENA)
    assert "**48.86683770** units" in card.description
    assert "`30*(21/20)**10`" in card.description
    names = [f.name for f in card.fields]
    assert names == ["How I read it", "Not needed", "Other readings", "Claim check"]
    assert "150,000" in card.fields[1].value and "**45** units" in card.fields[2].value
    assert "❌" in card.fields[3].value
    assert card.footer


def test_internal_notes_are_hidden():
    outcome = Outcome(ok=True, answers=(Answer("x", "1", "1"),), notes=("stepwise:x", "rounded"))
    (card,) = md.answer_cards(outcome)
    assert [f.value for f in card.fields] == ["• rounded"]


def test_steps_card_numbers_steps_and_codes_math():
    (card,) = md.steps_cards(LENA)
    assert card.description.startswith("**1.** Each epoch")
    assert "`30·(21/20)^10 ≈ 48.8668`" in card.description


def test_no_steps_still_gives_a_card():
    assert md.steps_cards(Outcome(ok=True))[0].description == "(no steps recorded)"


def big_outcome(steps: int = 120, readings: int = 80) -> Outcome:
    """Return an outcome whose explanation is far beyond one embed."""
    return Outcome(
        ok=True,
        answers=(Answer("q", "1", "1"),),
        reading=tuple(f"reading {i} " + "r" * 60 for i in range(readings)),
        steps=tuple(Step("rule", f"Step text {i} " + "s" * 80, (f"math {i} = " + "9" * 50,))
                    for i in range(steps)),
        unused=tuple(Unused(f"n{i}", str(i), "not needed " + "u" * 40) for i in range(60)),
    )


def assert_within_limits(card: md.Card) -> None:
    """Fail unless the card respects every embed limit."""
    assert len(card.title) <= md.TITLE_LIMIT
    assert len(card.description) <= md.DESCRIPTION_LIMIT
    assert len(card.fields) <= md.FIELDS_PER_CARD
    assert all(len(f.value) <= md.FIELD_VALUE_LIMIT for f in card.fields)
    assert card.size() <= md.CARD_TOTAL_LIMIT


def test_long_steps_split_on_step_boundaries_and_lose_nothing():
    outcome = big_outcome()
    cards = md.steps_cards(outcome)
    assert len(cards) > 1
    for card in cards:
        assert_within_limits(card)
        assert card.description.startswith("**"), "every page starts with a whole step"
    joined = "\n".join(c.description for c in cards)
    for number, step in enumerate(outcome.steps, start=1):
        assert f"**{number}.** {step.text}" in joined and step.math[0] in joined
    assert cards[0].title == f"Worked steps (1/{len(cards)})"


def test_long_answer_sections_continue_in_fields_and_cards():
    outcome = big_outcome()
    cards = md.answer_cards(outcome)
    for card in cards:
        assert_within_limits(card)
    values = "\n".join(f.value for c in cards for f in c.fields)
    assert all(r in values for r in outcome.reading)
    assert all(f"n{i}" in values for i in range(60))
    assert any(f.name == "How I read it (cont.)" for c in cards for f in c.fields)


def test_single_overlong_step_is_split_by_lines_without_loss():
    text = " ".join(f"w{i}" for i in range(1500))
    cards = md.steps_cards(Outcome(ok=True, steps=(Step("r", "short", (text,)),)))
    assert len(cards) > 1
    for card in cards:
        assert_within_limits(card)
    words = " ".join(c.description for c in cards).replace("`", "").split()
    assert [w for w in words if w.startswith("w")] == text.split()


@pytest.mark.parametrize("sizes, expected", [
    pytest.param([100] * 3, [3], id="few-small"),
    pytest.param([100] * 12, [10, 2], id="more-than-ten"),
    pytest.param([4000, 4000, 4000], [1, 1, 1], id="total-over-6000"),
    pytest.param([], [], id="none"),
])
def test_pack_respects_message_limits(sizes, expected):
    cards = [md.Card(description="x" * n) for n in sizes]
    assert [len(m) for m in md.pack(cards)] == expected


@pytest.mark.parametrize("decline, problem, present", [
    pytest.param(Decline("I did not understand “zorbs”.", (10, 15), "zorbs",
                         "a quantity like 30 units", "A tank holds 30 litres."),
                 "There are zorbs here.", ["zorbs", "^^^^^", "a quantity like 30 units",
                                           "A tank holds 30 litres."], id="with-span"),
    pytest.param(Decline("No question found.", None, "", "", ""), "Bob has 3 apples.",
                 ["No question found.", md.escape(md.EXAMPLE)], id="default-example"),
    pytest.param(Decline("Odd `thing`", None, "```rm -rf```", "", ""), "",
                 ["ˋˋˋrm -rf"], id="quote-cannot-break-code-block"),
])
def test_decline_text(decline, problem, present):
    text = md.decline_text(Outcome(ok=False, error=decline), problem)
    assert len(text) <= md.MESSAGE_LIMIT
    for part in present:
        assert part in text
    assert "Traceback" not in text


def test_decline_text_is_clipped_to_message_limit():
    decline = Decline("x" * 3000, expected="y" * 500)
    assert len(md.decline_text(Outcome(ok=False, error=decline))) == md.MESSAGE_LIMIT


@pytest.mark.parametrize("line, limit, pieces", [
    pytest.param("abc def", 10, ["abc def"], id="fits"),
    pytest.param("abc def ghi", 7, ["abc def", "ghi"], id="at-space"),
    pytest.param("abcdefghij", 4, ["abcd", "efgh", "ij"], id="hard"),
])
def test_split_line(line, limit, pieces):
    assert md.split_line(line, limit) == pieces


from hypothesis import given, settings  # noqa: E402 - property tests kept apart at the end
from hypothesis import strategies as st  # noqa: E402

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=1500)
steps = st.builds(Step, rule=st.just("r"), text=texts, math=st.lists(texts, max_size=3).map(tuple))
outcomes = st.builds(
    Outcome, ok=st.just(True),
    answers=st.lists(st.builds(Answer, texts, texts, texts, texts), max_size=3).map(tuple),
    reading=st.lists(texts, max_size=40).map(tuple),
    steps=st.lists(steps, max_size=40).map(tuple),
    unused=st.lists(st.builds(Unused, texts, texts, texts), max_size=10).map(tuple))


@settings(max_examples=60, deadline=None)
@given(outcomes)
def test_any_outcome_renders_within_discord_limits(outcome):
    cards = md.answer_cards(outcome) + md.steps_cards(outcome)
    for card in cards:
        assert_within_limits(card)
    for message in md.pack(cards):
        assert len(message) <= md.CARDS_PER_MESSAGE
        assert sum(c.size() for c in message) <= md.CARD_TOTAL_LIMIT
