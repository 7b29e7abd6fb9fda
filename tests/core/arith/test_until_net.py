"""Periods until a savings goal when part of the income is kept (own sentences, by hand):
net = income − spending, or income × share kept; ⌈(goal − start) ÷ net⌉."""

from fractions import Fraction

import pytest

from bot.core import answer

SOLVED = [
    pytest.param("Tom earns $20 a week but spends $5 a week on snacks. He has $30. How many "
                 "weeks until he has $150?", 8, id="spends-per-week"),
    pytest.param("Tom gets $20 a week and saves half of it. He has $30. How many weeks until "
                 "he has $150?", 12, id="saves-half-of-it"),
    pytest.param("Tom earns $20 a week and saves 25% of it. He wants a $100 bike. How many "
                 "weeks will it take?", 20, id="saves-percent-of-it"),
    pytest.param("Tom earns $20 a week and spends $5 a week. He wants a $150 bike. How many "
                 "weeks will it take?", 10, id="spends-no-start"),
    pytest.param("Mia has $40 and earns $10 per day, but spends $3 a day on lunch. How many "
                 "days until she has $110?", 10, id="earns-but-spends-per-day"),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_net_saving(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule in ("net_rate", "kept_share") for step in outcome.steps)


DECLINED = [
    pytest.param("Tom earns $20 a week and spends $5 of it. He has $30. How many weeks until he "
                 "has $150?", id="spending-without-period"),
    pytest.param("Tom earns $20 a week and saves $15 a week. He has $30. How many weeks until "
                 "he has $150?", id="saves-amount-beside-income"),
    pytest.param("Tom earns $20 a week and spends $5 a week and his sister pays $3 a week. He "
                 "wants a $150 bike. How many weeks will it take?", id="relative-pays"),
    pytest.param("Tom earns $20 a week and Ann spends $5 a week. He wants a $150 bike. How "
                 "many weeks will it take?", id="second-person"),
    pytest.param("Tom earns $20 a week and spends half of it. He wants a $150 bike. How many "
                 "weeks will it take?", id="spends-a-share"),
    pytest.param("Tom earns $20 a week and spends $5 a day. He wants a $150 bike. How many "
                 "weeks will it take?", id="periods-differ"),
    pytest.param("Tom earns $20 a week and spends $25 a week. He wants a $150 bike. How many "
                 "weeks will it take?", id="net-loss"),
    pytest.param("Tom earns $20 a week, saves half of it and spends $2 a week. He wants a $150 "
                 "bike. How many weeks will it take?", id="share-and-spending"),
    pytest.param("Tom earns $20 a week and does not spend $5 a week. He wants a $150 bike. How "
                 "many weeks will it take?", id="negation"),
    pytest.param("Tom earns $20 a week and spends $5 a week. He wants a $150 bike. How many "
                 "days will it take?", id="asked-other-unit"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_net_saving_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


# Red team (wt/hrate): a share of something other than the income declines; a percent kept
# of the income is placed (never listed as not needed).
HRATE_SOLVED = [
    pytest.param("Zoe earns $50 a week and saves 20% of it. She already has $40. A guitar "
                 "costs $140. How many weeks until she can buy it?", 10,
                 id="percent-kept-with-start"),
    pytest.param("Ali gets $60 a week and saves a quarter of it. He has $15. How many weeks "
                 "until he has $90?", 5, id="quarter-kept-with-start"),
]


@pytest.mark.parametrize(("text", "value"), HRATE_SOLVED)
def test_net_saving_share(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert not outcome.unused


@pytest.mark.parametrize("text", [
    pytest.param("Abe earns $200 a week, spends $50 a week on food, and saves half of what "
                 "is left. How many weeks until he saves $300?", id="half-of-what-is-left"),
    pytest.param("Ida earns $90 a week, pays $30 a week in rent and puts a third of the rest "
                 "aside. How many weeks until she has $100?", id="third-of-the-rest"),
])
def test_share_of_something_else_declines(text):
    assert not answer(text).ok
