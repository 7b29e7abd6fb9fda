"""Linear "how long until a goal" read by the arithmetic family: our own wordings."""

from fractions import Fraction

import pytest

from bot.core import answer
from bot.core.arith import solve
from bot.core.parse import parse

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Zoe has $120 saved. She saves $30 a week. A guitar costs $300. How many "
                 "weeks until she can buy it?", 6, id="savings-goal"),
    pytest.param("A console costs $250. Raj already has $40 and earns $15 daily. How many "
                 "days does he need to work?", 14, id="savings-goal-round-up"),
    pytest.param("A sapling is 2 feet tall today and grows 3 inches a month. In how many "
                 "months will it be 60 inches tall?", 12, id="height-goal-units"),
])
def test_until_goal(text, expected):
    outcome = solve(parse(text), text)  # the family itself, whatever runs before it
    assert outcome is not None and outcome.ok
    assert Fraction(outcome.answers[0].exact) == expected


def test_until_height_through_pipeline():
    text = ("A sapling is 2 feet tall today and grows 3 inches a month. In how many months "
            "will it be 60 inches tall?")
    assert Fraction(answer(text).answers[0].exact) == 12


@pytest.mark.parametrize("text", [
    pytest.param("Tom has $20 and his sister has $35. He saves $5 a week. How many weeks "
                 "until he has as much as his sister has now?", id="comparison-not-goal"),
    pytest.param("A tank holds 50 liters and leaks 2 liters an hour while 3 liters an hour "
                 "flow in. How many hours until it holds 80 liters?", id="two-flows"),
])
def test_until_declines(text):
    assert not answer(text).ok


@pytest.mark.parametrize("text, expected", [
    pytest.param("Nina wants to buy a lamp that costs $25, a rug that costs $40 and a chair "
                 "that costs $15. She has saved $20. If she earns $6 per hour, how many hours "
                 "must she work to buy them?", 10, id="price-list-them"),
    pytest.param("Leo wants a game that costs $30 and a controller that costs $22. He already "
                 "has $10 and saves $4 a week. How many weeks will it take him to afford the "
                 "games and controllers?", 11, id="price-list-plural-round-up"),
    pytest.param("Maya wants to save 25% of the price of a $2,000 scooter. She earns $50 a "
                 "day. How many days will it take?", 10, id="share-of-goal"),
    pytest.param("Ivan wants to pay 10% of the cost of a $15,000 car up front. He has $300 "
                 "and saves $100 a week. How many weeks until he has enough?", 12,
                 id="share-of-goal-with-start"),
    pytest.param("Ray earns $12 an hour from his job plus $3 an hour in tips. He works 20 "
                 "hours a week. He wants to save $900 for a trip. How many weeks will it "
                 "take?", 3, id="two-incomes-hours-a-week"),
    pytest.param("Kim has $50. She earns $8 an hour and works 5 hours a day. How many days "
                 "until she has $290?", 6, id="hours-a-day-converter"),
])
def test_until_compositions(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Nina wants to buy a lamp that costs $25 and a rug that costs $40. She earns "
                 "$6 per hour. How many hours must she work to buy the rug?",
                 id="list-but-one-item-asked"),
    pytest.param("Ava can wash 4 plates a minute and dry 2 plates a minute. How long will it "
                 "take her to wash and dry 24 plates?", id="two-activities"),
    pytest.param("Sam earns $20 a day and pays another $5 a day for lunch. He has $10. How "
                 "many days until he has $100?", id="outflow-another"),
    pytest.param("Kim has $50. She earns $8 an hour and works 5 hours a day. How many weeks "
                 "until she has $290?", id="converter-other-period"),
    pytest.param("Nina wants to buy a lamp that costs $25 and a rug that costs $40. She has "
                 "saved $20 over 3 months. If she earns $5 per hour, how many hours must she "
                 "work to buy them?", id="extra-duration"),
    pytest.param("Ray earns $12 an hour and his sister earns another $3 an hour. He works 20 "
                 "hours a week. He wants to save $900. How many weeks will it take?",
                 id="second-earner"),
    pytest.param("Nina does not want to buy a lamp that costs $25. She has $5 and earns $4 an "
                 "hour. How many hours until she has enough?", id="negation"),
    pytest.param("A bike costs $300 and was $350 last year. Jo has $100 and earns $20 a day. "
                 "How many days until she can buy them?", id="not-a-price-list"),
    pytest.param("Ivan wants to pay 10% of the cost of a $15,000 car up front. He has $3,000 "
                 "and saves $100 a week. How many weeks until he has enough?",
                 id="already-enough"),
])
def test_until_compositions_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


def test_share_of_own_pay_is_not_a_goal_share():
    outcome = answer("Maya wants a $2,000 scooter. She saves 25% of her $200 weekly pay. How "
                     "many weeks will it take?")
    assert not outcome.ok or Fraction(outcome.answers[0].exact) == 40


# Red team (wt/hrate): a goal asked as an amount changed and a share word with no number decline.
HRATE = [
    pytest.param('A tree is 4 feet tall and grows 6 inches a year. How many years until it is 10'
                 ' feet taller?',
                 None, id='taller-by-amount'),
    pytest.param('Ali gets $60 a week and saves a quarter of it. He has $15. How many weeks '
                 'until he has $90?',
                 5, id='quarter-kept-read-by-until-net'),
    pytest.param('Ali gets $60 a week and gives a quarter of it to his sister. He has $15. How '
                 'many weeks until he has $105?',
                 None, id='quarter-given-away'),
    pytest.param('Pia has $45 and saves $15 a week. She wants a bike that costs $180. How many '
                 'weeks until she can buy it?',
                 9, id='plain-goal'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
