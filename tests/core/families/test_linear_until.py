"""Table-driven checks of the linear "how many periods until the goal" family.

Every sentence is written for these tests; the expected counts are the smallest whole n
with start + n·gain >= goal, worked by hand.
"""

from __future__ import annotations


import pytest

from bot.core import answer

from ._answers import check

LOSSES = [
    pytest.param("Mike has $100 and spends $8 per day. How many days until he has $20 left?",
                 10, id="spends-until-left"),
    pytest.param("A tank has 500 liters and uses 30 liters per day. How many days until it "
                 "has 140 liters?", 12, id="uses-until-has"),
]


CASES = [
    pytest.param("Lucy has $25 in her piggy bank. She earns $8 per week walking dogs. She "
                 "wants a scooter that costs $105. How many weeks does she need to save?",
                 10, id="earns-per-week-costs"),
    pytest.param("Omar has 30 dollars and saves 20 dollars a month. How many months until he "
                 "has 250 dollars?", 11, id="saves-a-month-until-has"),
    pytest.param("A sunflower is 2 feet tall and grows 3 inches a week. In how many weeks "
                 "will its height be 60 inches?", 12, id="feet-to-inches"),
    pytest.param("A vine grows up to 4 inches a day. Today it is 3 feet long. In how many "
                 "days will its length be 60 inches?", 6, id="grows-up-to-feet"),
    pytest.param("Ben has collected 5 stamps every day for the past 6 days. If he keeps "
                 "collecting 5 stamps each day, how many more days will it take him to have a "
                 "total of 100 stamps?", 14, id="past-days-accumulated"),
    pytest.param("A model kit requires 150 bolts. Raj has collected 6 bolts each week for the "
                 "past 5 weeks. If he keeps going at the same rate, how many more weeks will "
                 "it take him to collect 150 bolts?", 20, id="requires-same-goal-twice"),
]


@pytest.mark.parametrize(("text", "count"), CASES + LOSSES)
def test_whole_periods_until_goal(text, count):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == count
    assert any(step.rule == "whole_check" for step in outcome.steps)


STEPS_ASIDE = [  # "earns $10 a day but spends $3 a day" is answered by arith/flow_time.py
    pytest.param("Mia has $40 and earns $10 per day, but spends $3 a day on lunch and her "
                 "brother gives her some. How many days until she has $110?",
                 id="second-rate-and-a-relative"),
    pytest.param("A tank has 50 liters and gains 4 gallons per hour. How many hours until it "
                 "holds 90 liters?", id="unit-clash"),
]


@pytest.mark.parametrize("text", STEPS_ASIDE)
def test_never_guesses_with_an_unplaced_number(text):
    outcome = answer(text)
    assert not outcome.ok


def test_buy_for_price_is_the_goal():
    outcome = answer("Jake earns $12 per hour. He has already saved $60. He wants to buy a bike "
                     "for $300. How many hours must he work?")
    assert outcome.ok, outcome.error and outcome.error.message
    assert outcome.answers[0].value == "20"


@pytest.mark.parametrize("text, weeks_or_days", [
    pytest.param("A rope is 1 m long and she adds 20 cm every day. She needs 3 m. How many days "
                 "does she need?", 10, id="metres-to-centimetres"),
    pytest.param("Sam has saved 3 feet of ribbon and adds 6 inches of ribbon every day. He needs "
                 "60 inches of ribbon. How many days until he has enough?", 4,
                 id="feet-to-inches-shared-table"),
])
def test_lengths_convert_through_the_shared_unit_table(text, weeks_or_days):
    """Start and goal in one length unit, the gain in another: converted exactly."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert outcome.answers[0].value == str(weeks_or_days)
    assert any(line.startswith("Lengths converted to") for line in outcome.reading)


# Red team (wt/hrate): "than" asks for the goal passed, not reached; a goal asked as an
# amount changed ("has spent", "12 cm shorter") or a share of the gain is declined.
STRICT = [
    pytest.param("A plant is 10 cm tall and grows 3 cm a week. How many weeks until it is "
                 "taller than 40 cm?", 11, id="taller-than-exact-hit"),
    pytest.param("A vine is 12 inches long and grows 4 inches a week. In how many weeks will "
                 "it be longer than 40 inches?", 8, id="longer-than-exact-hit"),
    pytest.param("A sapling is 20 cm tall and grows 3 cm a week. How many weeks until it is "
                 "taller than 40 cm?", 7, id="taller-than-part-week"),
]


@pytest.mark.parametrize(("text", "count"), STRICT)
def test_strict_goal_is_passed(text, count):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == count


CHANGE_ASKED = [
    pytest.param("Gail has 500 dollars and spends 25 dollars a day. How many days until she "
                 "has spent 100 dollars?", id="asks-amount-spent"),
    pytest.param("A candle is 30 cm tall and burns 2 cm an hour. How many hours until it is "
                 "12 cm shorter?", id="comparative-without-than"),
    pytest.param("A tree is 4 feet tall and grows 6 inches a year. How many years until it is "
                 "10 feet taller?", id="taller-by-feet"),
    pytest.param("Reza has $30 and earns $40 a week, and he keeps a third of it. How many "
                 "weeks until he has $110?", id="share-word-of-it"),
]


@pytest.mark.parametrize("text", CHANGE_ASKED)
def test_change_asked_declines(text):
    assert not answer(text).ok


# Red team (wt/hrate): 'every other day' is no gain per day.
HRATE = [
    pytest.param('A savings jar has $35. Lena adds $7 every other day. How many days until it '
                 'has $98?',
                 None, id='every-other-day'),
    pytest.param('A jar has 12 marbles. Sam adds 3 marbles twice a week. How many weeks until it'
                 ' has 60 marbles?',
                 None, id='twice-a-week'),
    pytest.param('A savings jar has $35. Lena adds $7 every day. How many days until it has at '
                 'least $98?',
                 9, id='at-least-is-reached',
                 marks=pytest.mark.xfail(
                     reason="gap: 'at least $98' in the question is not read as the goal yet")),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    check(text, expected)
