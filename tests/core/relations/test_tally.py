"""A running bill: amounts add up, percent fees and discounts are taken of the total so far."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core import answer

SOLVED = [
    pytest.param("Maya buys a frame for $60 and then pays another $40 for the glass. After "
                 "that, she pays 15% of that for delivery insurance. How much did she pay?",
                 "115", id="pct-of-that"),
    pytest.param("The lamp cost $120 and the shade cost $30. Omar pays a 20% premium to "
                 "have it assembled. How much did Omar pay?", "180", id="premium-after-sum"),
    pytest.param("Her takeout order came to $50.00. The app added a 10% service fee to her "
                 "total and charged her $2.50 for delivery. She also added a $5.00 tip. "
                 "What was the final cost of her order?", "62.5", id="fee-then-adds"),
    pytest.param("A meal costs $40 and drinks cost $12. They leave a 15% tip. How much did "
                 "they spend in total?", "59.8", id="tip-on-both"),
    pytest.param("She buys 3 shirts for $12 each and a hat for $8. A 5% tax is added to the "
                 "total. How much did she pay?", "46.2", id="count-at-price-each"),
    pytest.param("A meal costs $40. A 25% service fee is added, plus $3 delivery and a $4 "
                 "tip. What is the final price?", "57", id="fee-then-flat-charges"),
    pytest.param("The part costs $200, but he gets it for 25% off. The fitter then works 2 "
                 "hours at $40 an hour. How much did he pay?", "230",
                 id="discount-then-hours-at-rate"),
    pytest.param("A coat is priced at $80 and a scarf at $20. The store takes 25% off the "
                 "bill. How much does Leo pay?", "75", id="discount-off"),
]

DECLINED = [
    pytest.param("The lamp cost $120 and the shade cost $30. Omar pays a 20% tax on the "
                 "shade. How much did Omar pay?", id="fee-on-one-item"),
    pytest.param("The lamp cost $120 and the shade cost $30. There is a 5% tax on lamps. "
                 "How much did Omar pay?", id="fee-on-bare-noun"),
    pytest.param("Joe bought a bike for $300 and a helmet for $50. He got a 10% discount "
                 "on the helmet. How much did he spend?", id="discount-on-one-item"),
    pytest.param("Joe bought a bike for $300 and a helmet for $50. He paid 8% tax on the "
                 "total. How much did he spend in cents?", id="asked-in-other-unit"),
    pytest.param("Nina bought a dress for $45 and shoes for $30. A 5% tax was added to the "
                 "total. How much did the shoes cost?", id="asks-one-item"),
    pytest.param("Nina bought a dress for $45 and shoes for $30. A 5% tax was added. How "
                 "much tax did she pay?", id="asks-the-fee"),
    pytest.param("She buys 3 shirts for $12 each and a hat for $8. A 5% tax is added to the "
                 "total. How much did the shirts cost?", id="asks-the-product-item"),
    pytest.param("She buys 3 shirts for $12 and a hat for $8. A 5% tax is added to the "
                 "total. How much did she pay?", id="count-for-price-without-each"),
    pytest.param("Tickets cost $10 for adults and $5 for kids. A 10% booking fee is added. "
                 "How much did they pay?", id="price-list-without-counts"),
    pytest.param("The gym charges $40 per month and a $25 sign-up fee, plus 5% tax on the "
                 "total. How much did Ana pay?", id="price-per-month"),
    pytest.param("Jo paid $50 for a shirt and $30 for pants with 8% tax included. How much "
                 "did Jo pay?", id="tax-included"),
    pytest.param("Dinner cost $60 and dessert cost $15. They added a 15% tip and a 5% service "
                 "fee. How much did they pay?", id="two-percents-in-a-row"),
    pytest.param("Leo has $200. He buys a coat for $80 and a scarf for $20 and pays a 10% "
                 "tax on the total. How much did he spend?", id="money-held-not-paid"),
    pytest.param("The lamp cost $120 and the shade cost $30. Omar pays with a $200 bill and "
                 "a 10% tip of that. How much change does Omar get back?", id="change-back"),
    pytest.param("Maya buys 3 frames for $60 and pays 15% of that for insurance. How much "
                 "did she pay?", id="plain-count"),
    pytest.param("The lamp cost $120 and the shade cost $30. Omar pays a 20% premium. How "
                 "much did he pay for each?", id="each-question"),
]


@pytest.mark.parametrize(("text", "expected"), SOLVED)
def test_solved(text, expected):
    """The running total with its percent steps gives the exact amount paid."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == Fraction(expected)


@pytest.mark.parametrize("text", DECLINED)
def test_declined(text):
    """A percent on one item, change back, counts or per-item questions decline."""
    assert not answer(text).ok


@pytest.mark.parametrize("text", [
    pytest.param("A hat costs $20 and a scarf costs $30. The hat is 50% off. How much does she "
                 "pay?", id="one-item-discount-after-two-prices"),
    pytest.param("Tea costs $6 and a cake costs $9. The cake has a 20% discount. What is the "
                 "total?", id="one-item-discount-named-subject"),
    pytest.param("Leo buys 5 shirts for $20 each and a hat for $15. He gets 10% off the "
                 "shirts only. How much does he pay?", id="off-the-named-items"),
])
def test_percent_of_one_named_item_is_not_taken_of_the_bill(text):
    """A percent whose sentence names one of several priced items is not read as a percent
    of the running total (that gave a confident wrong answer)."""
    outcome = answer(text)
    assert not outcome.ok, outcome.answers
