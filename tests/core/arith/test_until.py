"""Linear "how long until a goal" read by the arithmetic family: our own wordings."""

from fractions import Fraction

import pytest

from bot.core import answer
from bot.core.arith import solve
from bot.core.parse import parse


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
