"""Periods until a goal at an observed pace (own sentences, worked by hand):
pace = progress ÷ time; total = goal ÷ pace; "more" subtracts the time already spent."""

from fractions import Fraction

import pytest

from bot.core import answer

from ._answers import check as _check

SOLVED = [
    pytest.param("Mia wants to read a 240-page book. In the first 3 days she has read 60 "
                 "pages. How many more days will it take her to finish, at the same pace?", 9,
                 id="more-days-hyphen-goal"),
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have "
                 "collected 120 cans. How many days will it take in total, at the same rate?",
                 17, id="total-round-up"),
    pytest.param("A crew must pave a road of 36 miles. So far they have paved 8 miles in 2 "
                 "weeks. How many more weeks will they need at that pace?", 7,
                 id="so-far-in-weeks"),
    pytest.param("Their target is $900. After the first 2 hours they had raised $150. How "
                 "many hours do they need in total at the same pace?", 12,
                 id="money-target-total"),
    pytest.param("The goal is 600 boxes. In the first 2 hours the team packed 100 boxes. How "
                 "many minutes in total will the job take at that pace?", 720,
                 id="converted-to-minutes"),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_observed_pace(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "pace" for step in outcome.steps)


DECLINED = [
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have "
                 "collected 120 cans. How many days will it take?", id="total-or-more-unsaid"),
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have "
                 "collected 120 cans. How many more days will it take in total?",
                 id="both-more-and-total"),
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have "
                 "collected 120 cans and 30 bottles. How many more days will it take?",
                 id="extra-number"),
    pytest.param("A club's goal is to collect 100 cans. After the first 4 days, they have "
                 "collected 120 cans. How many more days will it take?", id="already-reached"),
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have "
                 "collected 120 bottles. How many more days will it take?", id="other-thing"),
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have not "
                 "collected 120 cans. How many more days will it take?", id="negation"),
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have "
                 "collected twice 60 cans. How many more days will it take?", id="twice"),
    pytest.param("Ann wants to read a 300-page book. In the first 3 days Ann read 60 pages "
                 "and Bob read 90 pages. How many more days will Ann need?", id="two-readers"),
    pytest.param("A club's goal is to collect 500 cans. After the first 4 days, they have "
                 "collected 120 cans. How many more days will it take if they collect 10 "
                 "more cans each day?", id="number-in-question"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_observed_pace_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


def test_amount_question_is_not_a_count_of_periods():
    outcome = answer("A club's goal is to collect 500 cans. After the first 4 days, they have "
                     "collected 120 cans. How many cans will they have after 10 days?")
    assert not outcome.ok or Fraction(outcome.answers[0].exact) == 300


# Red team (wt/hrate): a count in the observed period converted to another unit is not rounded up.
HRATE = [
    pytest.param('A class wants to raise $900. In the first 2 days they raised $300. At the same'
                 ' pace, how many weeks will it take in total?',
                 '6/7', id='converted-whole-days'),
    pytest.param('A club needs to collect 500 cans. In the first 4 days it collected 120 cans. '
                 'At the same pace, how many weeks will it take in total?',
                 None, id='converted-part-day'),
    pytest.param('A class wants to raise $900. In the first 2 days they raised $300. At the same'
                 ' pace, how many more days will it take?',
                 4, id='more-days'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
