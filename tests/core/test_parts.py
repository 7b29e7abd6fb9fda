"""Multi-part questions: every part answered with its label, or noted as not answered.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.core import answer

MULTI = [
    pytest.param("A pond has 400 fish and the number grows by 10% per year. a) Find the "
                 "number of fish after 2 years. b) After how many years will there be more "
                 "than 800 fish?", [("part a", 484), ("part b", 8)], id="a-b-labels"),
    pytest.param("A loan balance of 900 dollars shrinks by 20% each month. (a) What is the "
                 "balance after 1 month? (b) What is the balance after 2 months?",
                 [("part a", 720), ("part b", 576)], id="parenthesised-labels"),
]


@pytest.mark.parametrize(("text", "expected"), MULTI)
def test_each_part_is_answered_with_its_label(text, expected):
    """Each labelled part gets its own answer, labelled as in the text."""
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    got = [(a.part, float(a.value)) for a in outcome.answers]
    assert got == [(part, pytest.approx(value)) for part, value in expected]


NOTED = [
    pytest.param("A pond has 400 fish and the number grows by 10% per year. a) Find the "
                 "number of fish after 2 years. b) Explain why it grows.", "b",
                 id="explain-part"),
    pytest.param("A town of 5000 people grows by 2% a year. i) Describe the growth. ii) "
                 "What is the population after 3 years?", "i", id="describe-part"),
]


@pytest.mark.parametrize(("text", "label"), NOTED)
def test_unanswerable_part_is_noted(text, label):
    """A part that asks for no number is named in a note, never dropped silently."""
    outcome = answer(text)
    assert outcome.ok
    assert any(note.startswith(f"Part {label} not answered") for note in outcome.notes)


QUOTES = [
    pytest.param("Two ponds hold 400 and 900 fish; the first grows by 10% per year and the "
                 "second shrinks by 5% per year. a) Calculate how long it takes for the "
                 "ponds to hold the same number of fish.", "Calculate how long",
                 id="imperative-how-stays-together"),
    pytest.param("Ana earns 80 dollars a week and her pay rises by 5 dollars each year. "
                 "Assuming this continues, will Ana ever earn 120 dollars a week?",
                 "will Ana ever earn", id="yes-no-question"),
]


@pytest.mark.parametrize(("text", "quoted"), QUOTES)
def test_decline_quotes_the_question(text, quoted):
    """A decline quotes the whole question clause, not a fragment like "a) Calculate"."""
    outcome = answer(text)
    if outcome.ok:
        pytest.skip("answered by a family solver")
    assert quoted in outcome.error.quote
