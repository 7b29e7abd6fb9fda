"""A value n periods ago under a compound percent change (bot/core/arith/past.py). Two
wordings per construct, then red-team variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("The population of a town increases by 10% every year. If the present "
                 "population is 12100, what was the population 2 years ago?", 10000,
                 id="growth-ago"),
    pytest.param("The population of a village is 9261 now. It has been growing at 5% per "
                 "annum. What was its population 3 years ago?", 8000, id="growth-ago-2"),
    pytest.param("The value of a machine depreciates by 10% every year. Its present value is "
                 "$8100. What was its value 2 years ago?", 10000, id="decay-ago"),
])
def test_past_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The population of a town increases by 10% every year. If the present "
                 "population is 12100, what was the population 2 months ago?",
                 id="other-unit"),
    pytest.param("The population of a town increases by 10% in 2 years. If the present "
                 "population is 12100, what was the population 2 years ago?",
                 id="not-recurring"),
    pytest.param("The population of a town does not increase by 10% every year. If the "
                 "present population is 12100, what was the population 2 years ago?",
                 id="negated"),
    pytest.param("The population of a town increases by 10% every year and 5% more in "
                 "summer. If the present population is 12100, what was the population 2 "
                 "years ago?", id="second-rate"),
    pytest.param("The population of a town increases by 10% every year. If the present "
                 "population is 12100 and 500 people leave each year, what was the "
                 "population 2 years ago?", id="extra-flow"),
    pytest.param("The population of a town increases by 10% every year. What was the "
                 "population 2 years ago?", id="no-present-value"),
    pytest.param("The population of a town increases by 10% every year. If the present "
                 "population is 12100, what was the population 2.5 years ago?",
                 id="fractional-periods"),
    pytest.param("The population of town A increases by 10% every year and town B has 12100 "
                 "people. What was the population of A 2 years ago?", id="two-towns"),
    pytest.param("The population of a town increases by 10% every year. If the present "
                 "population is 12100, how much did it grow 2 years ago?", id="asks-growth"),
    pytest.param("The price of a car is $12,100 now. It has grown 10% every year for 4 "
                 "years. What was the price 2 years ago?", id="extra-duration"),
])
def test_past_declines(text):
    assert not answer(text).ok
