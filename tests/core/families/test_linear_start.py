"""The unknown start of a steady linear change, worked backwards (own sentences).

Expected: start = end − n·gain, or end + n·loss, by hand.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core import answer

SOLVED = [
    pytest.param("Zoe started with some marbles. She collected 6 marbles a day for 10 days and "
                 "ended up with 85 marbles in total. How many marbles did she have at first?",
                 25, id="gain-at-first"),
    pytest.param("Omar had some money in a jar. He spent $4 a day for 12 days. Now he has $30 "
                 "left. How much money did he have in the beginning?", 78,
                 id="loss-in-the-beginning"),
    pytest.param("Ivy gets a monthly allowance of $20. After 6 months she has $150 in total. "
                 "How much money did she start with?", 30, id="monthly-allowance-of"),
    pytest.param("A tank started with some water. It lost 15 liters per hour for 4 hours and "
                 "then had 40 liters. How many liters were in it at the start?", 100,
                 id="tank-loss-liters"),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_start_worked_backwards(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "undo_change" for step in outcome.steps)


DECLINED = [
    pytest.param("Zoe collected 6 marbles a day and gave away 2 marbles a day for 10 days. "
                 "She has 85 marbles in total. How many did she have at first?",
                 id="two-rates"),
    pytest.param("Ivy gets a monthly allowance of $20. After 6 weeks she has $150 in total. "
                 "How much money did she start with?", id="duration-other-unit"),
    pytest.param("Omar saved $10 a day for 12 days and now has $100. How much money did he "
                 "start with?", id="start-below-zero"),
    pytest.param("Zoe collected 6 marbles a day for 10 days and ended up with 85 marbles in "
                 "total. Her brother has 12 marbles. How many marbles did she have at first?",
                 id="second-actor-amount"),
    pytest.param("Zoe collected 6 marbles a day for 10 days. At the end of the 12 days she had "
                 "85 marbles. How many marbles did she have at first?",
                 id="durations-disagree"),
    pytest.param("Zoe collected 6 stamps a day for 10 days and ended up with 85 marbles in "
                 "total. How many marbles did she have at first?", id="end-other-thing"),
    pytest.param("Zoe did not collect 6 marbles a day for 10 days, but she has 85 marbles in "
                 "total. How many marbles did she have at first?", id="negation"),
    pytest.param("Zoe collected twice 6 marbles a day for 10 days and has 85 marbles in "
                 "total. How many marbles did she have at first?", id="twice"),
    pytest.param("Ivy gets 5% more each month. After 6 months she has $150 in total. How "
                 "much money did she start with?", id="percent"),
    pytest.param("Zoe collected 6 marbles a day for 10 days and ended up with 85 marbles in "
                 "total. How many marbles did she have on the first 3 days?",
                 id="number-in-question"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_start_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


def test_other_question_is_not_read_as_the_start():
    outcome = answer("Zoe collected 6 marbles a day for 10 days and ended up with 85 marbles. "
                     "How many marbles did she collect?")
    assert not outcome.ok or Fraction(outcome.answers[0].exact) == 60
