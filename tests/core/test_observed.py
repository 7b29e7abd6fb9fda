"""Laws fitted to observations: two values at two times, and Newton cooling with a room value.

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


OBSERVED = [
    pytest.param("A frog population starts with 40 frogs. After 3 weeks there are 90 frogs. "
                 "How many frogs are there after 6 weeks?", 40 * (90 / 40) ** 2,
                 id="value-later"),
    pytest.param("Initially a jar holds 200 yeast cells, and after 2 hours the jar holds 350 "
                 "cells. Find the number of cells after 5 hours.", 200 * 1.75 ** 2.5,
                 id="initially-fractional-exponent"),
    pytest.param("The number of followers is modeled by F(t) = F_0 e^{kt}. At first there "
                 "are 800 followers, and after 4 days there are 1000 followers. Estimate the "
                 "followers after 12 days.", 800 * 1.25 ** 3, id="stated-exp-model"),
    pytest.param("A frog population grows exponentially: it starts with 40 frogs, and after 3 "
                 "weeks there are 90 frogs. When will there be 200 frogs?",
                 3 * math.log(5) / math.log(2.25), id="when-level"),
    pytest.param("A sample starts at 640 grams. After 5 days it has decayed to 400 grams. "
                 "How many days until it is 100 grams?", 5 * math.log(100 / 640) /
                 math.log(400 / 640), id="decay-to-level-days"),
    pytest.param("A culture starts with 500 cells. After 90 minutes the count is 2000. How "
                 "many cells are there after 3 hours?", 500 * 4 ** 2, id="units-convert"),
]


@pytest.mark.parametrize(("text", "expected"), OBSERVED)
def test_two_observations(text, expected):
    """V(t) = S·(V1/S)^(t/t1) and its inverse for a level."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


COOLING = [
    pytest.param("A cup of tea at 90 degrees is left in a room at 20 degrees. After 10 "
                 "minutes its temperature is 60 degrees. What is its temperature after 25 "
                 "minutes?", 20 + 70 * (40 / 70) ** 2.5, id="tea-value"),
    pytest.param("A pie comes out of the oven at 350 degrees and cools at a room temperature "
                 "of 75 degrees. After 20 minutes the pie is 250 degrees. When will the pie "
                 "be 120 degrees?", 20 * math.log(45 / 275) / math.log(175 / 275),
                 id="pie-when"),
    pytest.param("A can of soda at 25 degrees is put in a fridge, which is 5 degrees. After "
                 "1 hour the soda is 15 degrees. How many minutes until it is 8 degrees?",
                 60 * math.log(3 / 20) / math.log(1 / 2), id="fridge-minutes"),
]


@pytest.mark.parametrize(("text", "expected"), COOLING)
def test_cooling(text, expected):
    """T(t) = Ta + (T0 − Ta)·((T1 − Ta)/(T0 − Ta))^(t/t1) and its inverse."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


DECLINES = [
    pytest.param("A tank starts with 500 liters. After 2 hours it holds 400 liters. How much "
                 "does it hold after 3 hours?", id="no-exponential-cue"),
    # "12 miles per hour for 2 hours. After that 8 miles per hour" is answered (48) by
    # bot/core/arith/schedule.py, tests/core/arith/test_schedule.py
    pytest.param("A cup of tea at 90 degrees is left in a room at 20 degrees. After 10 "
                 "minutes its temperature is 95 degrees. What is its temperature after 25 "
                 "minutes?", id="cooling-reading-outside-range"),
]


@pytest.mark.parametrize("text", DECLINES)
def test_declines(text):
    """Rates per period are not observations; an impossible reading is declined."""
    outcome = answer(text)
    assert not outcome.ok


STRICT = [
    pytest.param("A population of rabbits starts at 50. After 2 months there are 200 rabbits. "
                 "After how many months will there be more than 1000 rabbits?", 5,
                 id="more-than-whole-months"),
    pytest.param("A culture of yeast starts with 6400 cells and decays to 3200 cells after 3 "
                 "days. After how many days will there be fewer than 500 cells?", 12,
                 id="fewer-than-whole-days"),
    pytest.param("A culture starts with 200 bacteria and grows to 800 in 4 hours. How many "
                 "bacteria are there after 6 hours?", 1600, id="grows-to-in-span"),
]


@pytest.mark.parametrize(("text", "expected"), STRICT)
def test_strict_levels_and_spans(text, expected):
    """"More than" asks for the first whole unit past the level; "grows to 800 in 4 hours"."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)
