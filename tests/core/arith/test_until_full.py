"""Time until a percent level is full (own sentences, worked by hand):
(100 − level) ÷ step steps, times the step's period, in the asked unit."""

from fractions import Fraction

import pytest

from bot.core import answer

from ._answers import check as _check

SOLVED = [
    pytest.param("A phone battery charges 5% every 10 minutes. It is at 30% now. How many "
                 "minutes until it is fully charged?", 140, id="every-10-minutes"),
    pytest.param("A phone battery charges 5% every 10 minutes. It is at 30% now. How long "
                 "until it is fully charged, in hours?", Fraction(7, 3), id="in-hours"),
    pytest.param("A tablet recharges at 2% per minute. Its battery is at 40% now. How long "
                 "will it take to be full?", 30, id="per-minute-how-long"),
    pytest.param("A phone battery charges 5% every 10 minutes. It is at 30% now. How many "
                 "minutes until it is 80% charged?", 100, id="percent-goal"),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_until_full(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "steps" for step in outcome.steps)


DECLINED = [
    pytest.param("A phone battery charges 5% every 10 minutes. It is at 32% now. How many "
                 "minutes until it is fully charged?", id="part-step"),
    pytest.param("A phone battery charges 5% every 10 minutes but slower after 80%. It is at "
                 "30% now. How many minutes until it is fully charged?", id="slower-after"),
    pytest.param("A phone battery charges 5% every 10 minutes. It is at 30% now and the "
                 "tablet is at 50%. How many minutes until it is fully charged?",
                 id="second-device"),
    pytest.param("A phone battery charges 5% every 10 minutes. It is not at 30% now. How many "
                 "minutes until it is fully charged?", id="negation"),
    pytest.param("A phone battery drains 5% every 10 minutes. It is at 30% now. How many "
                 "minutes until it is fully charged?", id="drains"),
    pytest.param("The population grows 5% every 10 years. It is at 30% of capacity now. How "
                 "many years until it is full?", id="not-a-charge"),
    pytest.param("A phone battery charges 5% every 10 minutes. It is at 90% now. How many "
                 "minutes until it is 80% charged?", id="goal-below-level"),
    pytest.param("A phone battery charges 5% every 10 minutes. It is at 30% now. How many "
                 "minutes until it is 80% charged and then 90%?", id="two-goals"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_until_full_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


# Red team (wt/hrate): a level counted from the other end ('20% empty', 'has used 30%') declines.
HRATE = [
    pytest.param('A phone battery charges 4% every 5 minutes. It is 20% empty now. How many '
                 'minutes until it is fully charged?',
                 None, id='level-empty'),
    pytest.param('A tank fills 10% every 6 minutes. It is 30% drained now. How many minutes '
                 'until it is full?',
                 None, id='level-drained'),
    pytest.param('A tank is 30% full and fills 10% every 6 minutes. How many minutes until it is'
                 ' full?',
                 42, id='level-full-stated'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
