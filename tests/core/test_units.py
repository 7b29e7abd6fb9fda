"""Units and rounding: time answers in the unit the question asks, rounding words, prices.

Sentences are written for these tests; values are the closed forms evaluated by hand.
"""

from __future__ import annotations

import math

import pytest

from bot.core import answer


def _answer(text):
    """Return the first answer, failing clearly on a decline."""
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    return outcome.answers[0]


ASKED_UNIT = [
    pytest.param("A colony of 100 cells doubles every 2 hours. How many minutes until it has "
                 "800 cells?", 360, "minutes", id="hours-to-minutes"),
    pytest.param("A colony of 100 cells grows by 5% per day. How many weeks until it has 800 "
                 "cells?", math.log(8) / math.log(1.05) / 7, "weeks", id="days-to-weeks"),
    pytest.param("A debt of 300 dollars grows by 2% per month. How many years until it "
                 "reaches 600 dollars?", math.log(2) / math.log(1.02) / 12, "years",
                 id="months-to-years"),
]


@pytest.mark.parametrize(("text", "expected", "unit"), ASKED_UNIT)
def test_time_answer_in_asked_unit(text, expected, unit):
    """"How many minutes" is answered in minutes even when the law is per hour."""
    first = _answer(text)
    assert float(first.value) == pytest.approx(expected, rel=1e-9)
    assert first.unit == unit


ROUNDING = [
    pytest.param("A town of 4,321 people grows by 3% per year. How many people live there "
                 "after 4 years? Round to the nearest whole person.", "4863",
                 id="nearest-whole-person"),
    pytest.param("A city of 2,400,000 people grows by 4% per year. What is its population "
                 "after 5 years, to the nearest million?", "3000000", id="nearest-million"),
]


@pytest.mark.parametrize(("text", "rounded"), ROUNDING)
def test_rounding_words(text, rounded):
    """The rounding the question names is applied to the decimal value."""
    assert _answer(text).rounded == rounded


PRICES = [
    pytest.param("A ticket costs $40 and its price increases by 10% of the original price "
                 "every year. How much would a ticket cost after 5 years?", 40 + 5 * 4,
                 id="linear-of-original-cost"),
    pytest.param("A lamp costs $80 and the price rises by 5% per year. What would the lamp "
                 "cost after 2 years?", 80 * 1.05 ** 2, id="compound-cost"),
]


@pytest.mark.parametrize(("text", "expected"), PRICES)
def test_cost_asks_the_price(text, expected):
    """"How much would X cost" asks the changing price itself."""
    assert float(_answer(text).value) == pytest.approx(expected, rel=1e-9)
