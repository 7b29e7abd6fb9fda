"""The start of a doubling (tripling, halving) quantity, worked backwards (own sentences):
start = amount ÷ factor^(horizon ÷ period)."""

from fractions import Fraction

import pytest

from bot.core import answer

from ._answers import check

SOLVED = [
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. How many bacteria were there at the start?",
                 100, id='doubles-every-3-days'),
    pytest.param("The number of followers triples every year. After 2 years she has 900 "
                 "followers. How many did she have at first?",
                 100, id='triples-every-year-at-first'),
    pytest.param("A pile of leaves halves every week. After 3 weeks there are 40 leaves. How"
                 " many leaves were there originally?",
                 320, id='halves-originally'),
    pytest.param("A colony of bacteria doubles every 12 hours. After 2 days there are 800 "
                 "bacteria. How many bacteria were there at the start?",
                 50, id='period-in-hours-horizon-in-days'),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_start_of_doubling(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "undo_growth" for step in outcome.steps)


FORWARD = [
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. How many bacteria will there be after 12 days?", 1600,
                 id="later-time"),
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. How many bacteria were there after 6 days?", 400,
                 id="earlier-time"),
    pytest.param("The number of followers triples every year. After 2 years she has 900 "
                 "followers. How many will she have after 4 years?", 8100,
                 id="triples-later"),
]


@pytest.mark.parametrize(("text", "value"), FORWARD)
def test_carried_from_the_stated_time(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "grow_from_level" for step in outcome.steps)


UNTIL = [
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. After how many days will there be 3200 bacteria?", 15, 6,
                 id="after-how-many-days"),
    pytest.param("A sample halves every 2 hours. After 4 hours 60 grams are left. After how "
                 "many hours will 15 grams be left?", 8, 4, id="halves-until"),
]


@pytest.mark.parametrize(("text", "value", "since"), UNTIL)
def test_until_from_a_stated_level(text, value, since):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert [Fraction(a.exact) for a in outcome.alternatives] == [since]


DECLINED = [
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. After how many days will there be 3000 bacteria?",
                 id="until-not-a-power"),
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. How many bacteria will there be after 10 days?",
                 id="later-part-period"),
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. How many more bacteria will there be after 12 days?",
                 id="later-difference"),
    pytest.param("A colony of bacteria doubles every 3 days. After 10 days there are 800 "
                 "bacteria. How many bacteria were there at the start?",
                 id='part-period'),
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria and 20 viruses. How many bacteria were there at the start?",
                 id='second-amount'),
    pytest.param("A colony of bacteria doubles every 3 days and then 50 die. After 9 days "
                 "there are 800 bacteria. How many bacteria were there at the start?",
                 id='then-a-loss'),
    pytest.param("A colony of bacteria does not double every 3 days. After 9 days there are "
                 "800 bacteria. How many bacteria were there at the start?",
                 id='negation'),
    pytest.param("A colony of bacteria grows 10% every 3 days. After 9 days there are 800 "
                 "bacteria. How many bacteria were there at the start?",
                 id='percent-growth'),
    pytest.param("A colony of bacteria doubles every 3 days and another triples every day. "
                 "After 9 days there are 800 bacteria. How many bacteria were there at the "
                 "start?",
                 id='two-factors'),
]


@pytest.mark.parametrize("text", DECLINED)
def test_start_of_doubling_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


# Red team (wt/hrate): a level stated 'after 4 days' is no start for a question counted from
# time zero; the family still works it backwards.
HRATE = [
    pytest.param('A rumor spreads so that the number who know it triples every day. After 4 '
                 'days, 810 people know it. How many people learned it on the fourth day?',
                 None, id='level-after-days-ordinal-question'),
    pytest.param('A colony triples every day. After 4 days there are 810 cells. How many cells '
                 'are there on the sixth day?',
                 None, id='level-after-days-sixth-day'),
    pytest.param('A rumor spreads so that the number who know it triples every day. After 4 '
                 'days, 810 people know it. How many knew it at first?',
                 10, id='triples-backwards'),
    pytest.param('The number of cells doubles every 20 minutes. After 2 hours there are 3200 '
                 'cells. How many were there at the start?',
                 50, id='minutes-period-hours-horizon'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    check(text, expected)
