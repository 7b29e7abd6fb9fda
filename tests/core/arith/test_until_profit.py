"""Periods until an outlay is earned back (own sentences, worked by hand).

net = income − running costs; break even / pays for itself: ⌈cost ÷ net⌉; start earning /
profit: ⌊cost ÷ net⌋ + 1."""

from fractions import Fraction

import pytest

from bot.core import answer

from ._answers import check as _check

SOLVED = [
    pytest.param("A machine costs $500. It makes $40 a day and costs $15 a day to run. How "
                 "many days until it pays for itself?",
                 20, id='pays-for-itself-net'),
    pytest.param("Ann's hens lay 12 eggs a week and she sells them for $0.50 each. The hens "
                 "cost $30 to buy. How many weeks before she makes a profit?",
                 6, id='count-times-price-profit-strict'),
    pytest.param("A stall costs $200 to set up. It earns $60 a week and the rent costs $20 a"
                 " week. How many weeks until it breaks even?",
                 5, id='breaks-even'),
    pytest.param("A bike costs $250. It earns $30 a week and repairs cost $10 a week. How "
                 "many weeks until it pays for itself?",
                 13, id='part-period-rounded-up'),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_outlay_earned_back(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "cover" for step in outcome.steps)


DECLINED = [
    pytest.param("A machine costs $500. It makes $40 a day and costs $15 a day to run. How "
                 "many days will it take?",
                 id='no-threshold-wording'),
    pytest.param("A machine costs $500. It makes $10 a day and costs $15 a day to run. How "
                 "many days until it pays for itself?",
                 id='net-not-positive'),
    pytest.param("A machine costs $500 and its stand costs $50. It makes $40 a day. How many"
                 " days until it pays for itself?",
                 id='two-outlays'),
    pytest.param("A machine costs $500. It makes $40 a week. How many months until it pays "
                 "for itself?",
                 id='period-mismatch'),
    pytest.param("A machine costs $500. It does not make $40 a day. How many days until it "
                 "pays for itself?",
                 id='negation'),
    pytest.param("A machine costs $500. It makes $40 a day. The owner has 3 dogs. How many "
                 "days until it pays for itself?",
                 id='unplaced-number'),
    pytest.param("A machine costs $500. It makes $40 a day and costs $15 a day to run. How "
                 "many days until it makes a profit and breaks even?",
                 id='both-thresholds'),
]


@pytest.mark.parametrize("text", DECLINED)
def test_outlay_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


# Red team (wt/hrate): one owner and one income: a second actor's income is not summed.
HRATE = [
    pytest.param('A lemonade stand costs $60 to set up. Each day it makes $15 in sales and '
                 "spends $5 on lemons. Her friend's stand makes $20 a day. How many days until "
                 'her stand pays for itself?',
                 None, id='friend-income-not-summed'),
    pytest.param('A juicer costs $90. It makes $12 a day and costs $3 a day to run. A second '
                 'juicer makes $10 a day. How many days until the first juicer pays for itself?',
                 None, id='second-machine-income'),
    pytest.param('A lemonade stand costs $60 to set up. Each day it makes $15 in sales and '
                 'spends $5 on lemons. How many days until it pays for itself?',
                 6, id='one-income-break-even'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
