"""A projected and an actual change from one base (bot/core/arith/two_outcomes.py). Two
wordings per construct, then red-team variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually fell by 10 percent from last year's level. What "
                 "percent of the projected ticket sales were the actual ticket sales?", 72,
                 id="actual-of-projected"),
    pytest.param("A farm expected a 20% rise in its harvest from last year, but the harvest "
                 "actually rose by 8% from last year. What percent of the expected harvest "
                 "was the actual harvest?", 90, id="actual-of-expected"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually fell by 10 percent from last year's level. What "
                 "percent of the actual ticket sales were the projected ticket sales?",
                 Fraction(1250, 9), id="projected-of-actual"),
])
def test_two_outcomes_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("A theatre estimated a 25 percent increase in ticket sales, but ticket sales "
                 "actually fell by 10 percent. What percent of the projected ticket sales were "
                 "the actual ticket sales?", id="base-not-said"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually fell by 10 percent from last year's level. By what "
                 "percent did sales fall?", id="asks-a-change"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year and "
                 "a 5 percent increase in food sales, but ticket sales actually fell by 10 "
                 "percent from last year's level. What percent of the projected ticket sales "
                 "were the actual ticket sales?", id="third-percent"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually fell by 10 percent from the projected level. What "
                 "percent of the projected ticket sales were the actual ticket sales?",
                 id="actual-from-projected-is-not-the-base"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "and ticket sales estimated to fall by 10 percent from last year's level. "
                 "What percent of the projected ticket sales were the actual ticket sales?",
                 id="two-projections"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually did not fall by 10 percent from last year's level. "
                 "What percent of the projected ticket sales were the actual ticket sales?",
                 id="negated"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but 300 tickets were actually sold, 10 percent less than last year. What "
                 "percent of the projected ticket sales were the actual ticket sales?",
                 id="extra-count"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually fell by 10 percent from last year's level. What "
                 "percent of last year's ticket sales were the actual ticket sales?",
                 id="whole-is-the-base"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually fell by 10 percent from last year's level. What "
                 "percent of the projected ticket sales were sold twice?", id="twice"),
    pytest.param("A theatre estimated a 25 percent increase in ticket sales from last year, "
                 "but ticket sales actually fell by 10 percent from last year's level. How "
                 "many tickets were sold?", id="asks-a-count"),
])
def test_two_outcomes_declines(text):
    assert not answer(text).ok
