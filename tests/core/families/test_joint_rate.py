"""Two workers on one job, the second rate relative to the first (own sentences).

Expected: job ÷ (a + k·a), in the asked time unit, worked by hand.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core import answer

from ._answers import check

SOLVED = [
    pytest.param("Ada can paint 3 fences a day while Ben can paint twice as many. How many "
                 "days will it take them to paint 18 fences?", 2, id="twice-as-many-while"),
    pytest.param("A jar holds 60 cookies. Mia eats 4 cookies a day and her brother eats half "
                 "as many. How many days will the jar last?", 10, id="half-as-many-last"),
    pytest.param("Leo can fold 30 shirts per hour. His friend Sam folds 3 times as many shirts "
                 "per hour as Leo. How many minutes will it take them to fold 240 shirts?",
                 120, id="n-times-converted"),
    pytest.param("A team must stack 500 boxes. Ravi stacks 20 boxes an hour, and Tia works "
                 "twice as fast. How long will it take them?", Fraction(25, 3),
                 id="twice-as-fast-how-long"),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_joint_rates(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "joint_rate" for step in outcome.steps)


DECLINED = [
    pytest.param("Ada can paint 3 fences a day while Ben can paint twice as many. How many "
                 "days will it take Ben to paint 18 fences?", id="one-actor-asked"),
    pytest.param("Ada can paint 3 fences a day and twice as many on Sundays. How many days "
                 "will 18 fences take?", id="same-actor-other-day"),
    pytest.param("A jar holds 60 cookies. Mia eats 4 cookies a day and her brother eats half "
                 "as many. Their dog eats 1 cookie a week. How many days will the jar last?",
                 id="third-rate"),
    pytest.param("A jar holds 50 cookies. Mia eats 4 cookies a day and her brother eats half "
                 "as many. How many days will the jar last?", id="part-day-last"),
    pytest.param("Ada paints a fence in 3 hours while Ben takes twice as long. How many hours "
                 "will 4 fences take them?", id="twice-as-long"),
    pytest.param("Ada can paint 3 fences a day while Ben cannot paint twice as many. How many "
                 "days will it take them to paint 18 fences?", id="negation"),
    pytest.param("Leo can fold 30 shirts per hour. Sam folds 3 times as many shirts per "
                 "minute as Leo. How many hours will it take them to fold 240 shirts?",
                 id="relation-other-time-unit"),
    pytest.param("Ada can paint 3 fences a day while Ben can paint twice as many. How many "
                 "days will it take them to paint 18 walls?", id="job-other-thing"),
    pytest.param("Mia eats 4 cookies a day and her brother eats half as many. How many "
                 "cookies do they eat in 10 days?", id="asks-an-amount"),
    pytest.param("Ada can paint 3 fences a day while Ben can paint twice as many, but only "
                 "on weekdays. How many days will it take them to paint 18 fences?",
                 id="only"),
    pytest.param("A book has 60 pages. Tom reads 10 pages an hour and his sister reads twice "
                 "as fast. If they split the book evenly, how many hours until they finish?",
                 id="split-evenly"),
    pytest.param("Tom reads 10 pages an hour and his sister reads twice as fast. How many "
                 "pages do they read in 3 hours?", id="asks-pages"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_joint_rates_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


def test_more_than_is_not_a_factor():
    outcome = answer("Ada can paint 3 fences a day while Ben can paint 2 more than her. How "
                     "many days will it take them to paint 16 fences?")
    assert not outcome.ok or Fraction(outcome.answers[0].exact) == 2


# Red team (wt/hrate): 'every other hour' or 'twice a day' is not one rate per period:
# declined; 'twice as fast' is a relation.
HRATE = [
    pytest.param('Ivy can fold 40 napkins every other hour and Jon can fold half as many. How '
                 'many hours will it take them together to fold 300 napkins?',
                 None, id='every-other-hour'),
    pytest.param('Ava reads 30 pages an hour and Ben reads twice as fast. How many hours will it'
                 ' take them together to read 270 pages?',
                 3, id='twice-as-fast-relation'),
    pytest.param('Ivy can fold 40 napkins an hour and Jon can fold half as many. How many hours '
                 'will it take them together to fold 300 napkins?',
                 5, id='half-as-many'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    check(text, expected)
