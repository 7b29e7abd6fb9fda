"""Decay and growth read from observations: shares remaining, changes over a span, half-life
and doubling-time questions, and the time between two stated levels (dating).

Sentences are written for these tests; values are the closed forms evaluated by hand.
"""

from __future__ import annotations

import math

import pytest

from bot.core import answer


def _value(outcome, index: int = 0) -> float:
    """Return the float value of one answer, failing clearly on a decline."""
    assert outcome.ok, outcome.error and outcome.error.message
    return float(outcome.answers[index].value)


CASES = [
    pytest.param("A radioactive substance decays so that 80% of it remains after 10 years. "
                 "What is its half-life?", 10 * math.log(0.5) / math.log(0.8),
                 id="share-remains-half-life"),
    pytest.param("After 6 hours, 90% of a medicine is left in the body. What is the "
                 "half-life of the medicine?", 6 * math.log(0.5) / math.log(0.9),
                 id="share-left-half-life"),
    pytest.param("One-ninth of a radioactive sample decays in 8 years. What is the half-life "
                 "of the sample?", 8 * math.log(0.5) / math.log(8 / 9),
                 id="fraction-decays-in-span"),
    pytest.param("A town grows by 30% in 4 years. What is its doubling time?",
                 4 * math.log(2) / math.log(1.3), id="growth-in-span-doubling-time"),
    pytest.param("A 500 mg dose of a drug decays so that 60% remains after 4 hours. How much "
                 "remains after 10 hours?", 500 * 0.6 ** 2.5, id="share-remains-amount"),
    pytest.param("An isotope has a half-life of 12 days. How much of a 200 g sample is left "
                 "after 30 days?", 200 * 0.5 ** 2.5, id="a-half-life-amount"),
    pytest.param("An isotope has a half-life of 12 days. How long until a 200 g sample decays "
                 "to 25 g?", 36, id="until-clause-time"),
    pytest.param("A bone has a carbon activity of 4.2 counts per minute, while living bone "
                 "has an activity of 15.3 counts per minute. The half-life of carbon-14 is "
                 "5730 years. Estimate the age of the bone.",
                 5730 * math.log(15.3 / 4.2) / math.log(2), id="dating-two-levels"),
    pytest.param("The half-life of a tracer is 6 hours. A fresh sample reads 800 units and an "
                 "old sample reads 50 units. How long ago was the old sample fresh?",
                 6 * math.log(16) / math.log(2), id="dating-how-long-ago"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_decay_family(text, expected):
    """Each reading gives the closed form computed by hand."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


def test_half_life_of_growth_is_declined():
    """A half-life asked of a growing quantity is a contradiction: decline."""
    assert not answer("A town grows by 30% in 4 years. What is its half-life?").ok


NAMED_METHOD = [
    pytest.param("A town had 30,000 people in 2010. Records show an average increase of 2000 "
                 "people per decade and an average percentage increase of 10% per decade. "
                 "Using the geometric increase method, what will the population be in 2030?",
                 30000 * 1.1 ** 2, id="geometric-increase-method"),
    pytest.param("In 2005 the population of a village was 8,000. The mean increase per decade "
                 "is 900 and the mean percentage increase per decade is 15%. Forecast the "
                 "population in 2025 by the geometrical growth method.", 8000 * 1.15 ** 2,
                 id="geometrical-growth-method"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_METHOD)
def test_geometric_method_uses_the_percentage(text, expected):
    """The named geometric method uses the percentage; the arithmetic figure is either not
    needed or feeds the other method's value, shown as the alternative."""
    outcome = answer(text)
    assert _value(outcome) == pytest.approx(expected, rel=1e-9)
    assert outcome.unused or outcome.alternatives


def test_two_levels_need_the_question_to_name_them():
    """"How long will it take?" with two unrelated levels is declined, not guessed."""
    assert not answer("A lake holds 900 fish and loses 10% per year. A pond holds 300 fish. "
                      "How long will it take?").ok


def test_level_named_in_question_is_the_target():
    """"as big as its neighbour" names the neighbour's level as the target."""
    outcome = answer("A town has 5000 people and grows by 3% per year. Its neighbour has 8000 "
                     "people. How long until the town is as big as its neighbour?")
    assert _value(outcome) == pytest.approx(math.log(1.6) / math.log(1.03), rel=1e-9)
