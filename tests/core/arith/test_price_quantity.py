"""A price change that lets a fixed sum buy more or less (bot/core/arith/price_quantity.py).
Two wordings per construct, then red-team variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("A reduction of 20% in the price of sugar enables a man to buy 5 kg more for "
                 "Rs. 100. What is the reduced price per kg?", 4, id="cut-new-price"),
    pytest.param("A reduction of 20% in the price of sugar enables a man to buy 5 kg more for "
                 "Rs. 100. What is the original price per kg?", 5, id="cut-old-price"),
    pytest.param("A 25% rise in the price of rice means that a family can buy 4 kg less for "
                 "$120. What is the new price per kg?", Fraction(15, 2), id="rise-new-price"),
    pytest.param("Because the price of oil fell by 10%, a cook can buy 3 litres more for $90. "
                 "What is the reduced price per litre?", 3, id="fall-new-price"),
])
def test_price_quantity_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("A 25% rise in the price of rice means that a family can buy 4 kg more for "
                 "$120. What is the new price per kg?", id="rise-buys-more"),
    pytest.param("A reduction of 20% in the price of sugar enables a man to buy 5 kg more for "
                 "Rs. 100. What is the price per kg?", id="which-price"),
    pytest.param("A reduction of 20% in the price of sugar enables a man to buy 5 kg more for "
                 "Rs. 100 each week. What is the reduced price per kg?", id="each"),
    pytest.param("A reduction of 20% in the price of sugar does not enable a man to buy 5 kg "
                 "more for Rs. 100. What is the reduced price per kg?", id="negated"),
    pytest.param("A reduction of 20% in the price of sugar enables a man to buy 5 kg more for "
                 "Rs. 100. How many kg can he buy now?", id="asks-quantity"),
    pytest.param("A reduction of 20% in the price of sugar and 10% in tea enables a man to buy "
                 "5 kg more for Rs. 100. What is the reduced price per kg?", id="two-cuts"),
    pytest.param("A reduction of 20% in the price of sugar enables a man to buy 5 kg more for "
                 "Rs. 100 and 2 kg more for Rs. 40. What is the reduced price?",
                 id="two-purchases"),
    pytest.param("A reduction of 20% in the price of sugar enables a man to buy 5 kg more for "
                 "Rs. 100. What is the reduced price of 3 kg?", id="number-in-question"),
    pytest.param("A 20% discount on sugar enables a man to buy 5 kg more for Rs. 100. What is "
                 "the reduced price per kg?", id="discount-not-price-cut"),
    pytest.param("A reduction of 20% in the weight of a bag lets a man carry 5 kg more for "
                 "Rs. 100. What is the new price per kg?", id="not-a-price"),
])
def test_price_quantity_declines(text):
    assert not answer(text).ok
