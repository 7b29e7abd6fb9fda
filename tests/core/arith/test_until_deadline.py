"""How early a steady job ends before its deadline (own sentences, worked by hand):
allowed − job ÷ rate."""

from fractions import Fraction

import pytest

from bot.core import answer

SOLVED = [
    pytest.param("Sara must read a 150-page novel within 20 days. She reads 10 pages a day. "
                 "How many days before the deadline will she finish?", 5, id="within-days"),
    pytest.param("The crew must lay 400 bricks in 12 weeks. They lay 50 bricks per week. How "
                 "many weeks early will they finish?", 4, id="in-weeks-early"),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_days_before_deadline(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "spare_time" for step in outcome.steps)


DECLINED = [
    pytest.param("Sara must read a 150-page novel within 20 days. She reads 20 pages a day. "
                 "How many days before the deadline will she finish?", id="part-day"),
    pytest.param("Sara must read a 150-page novel within 10 days. She reads 10 pages a day. "
                 "How many days before the deadline will she finish?", id="does-not-fit"),
    pytest.param("Sara must read a 150-page novel within 3 weeks. She reads 10 pages a day. "
                 "How many days before the deadline will she finish?", id="allowed-in-weeks"),
    pytest.param("Sara must read a 150-page novel within 20 days. She reads 10 pages a day "
                 "and 5 pages on a weekend. How many days before the deadline will she "
                 "finish?", id="extra-rate"),
    pytest.param("Sara must read a 150-page novel within 20 days. She does not read 10 pages "
                 "a day. How many days before the deadline will she finish?", id="negation"),
    pytest.param("Sara must read a 150-page novel within 20 days. She reads 10 pages a day. "
                 "How many weeks before the deadline will she finish?", id="asked-weeks"),
    pytest.param("Sara must read a 150-page novel within 20 days. She reads 10 chapters a "
                 "day. How many days before the deadline will she finish?", id="other-thing"),
    pytest.param("Sara must read a 150-page novel within 20 days. She reads twice 10 pages a "
                 "day. How many days before the deadline will she finish?", id="twice"),
    pytest.param("Sara must read a 150-page novel within 20 days. Her brother reads 10 pages "
                 "a day and she reads 5 pages a day. How many days before the deadline will "
                 "she finish?", id="two-readers"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_deadline_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


def test_time_needed_question_is_not_the_spare_time():
    outcome = answer("Sara must read a 150-page novel within 20 days. She reads 10 pages a "
                     "day. How many days will she need?")
    assert not outcome.ok or Fraction(outcome.answers[0].exact) == 15
