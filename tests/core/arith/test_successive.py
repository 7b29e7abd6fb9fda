"""Successive discounts on a marked price (bot/core/arith/successive.py). Two wordings per
construct, then red-team variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("The marked price of a lamp is Rs. 800. It is sold at Rs. 612 after two "
                 "successive discounts. If the first discount is 10%, the second discount is",
                 15, id="missing-second-discount"),
    pytest.param("A shirt with a list price of $150 is sold for $105 after two successive "
                 "discounts. If the second discount is 12.5%, what is the first discount?",
                 20, id="missing-first-discount"),
    pytest.param("The marked price of a sofa is $500. What is its selling price after two "
                 "successive discounts of 10% and 20%?", 360, id="selling-price"),
    pytest.param("A radio is sold for $360 after two successive discounts of 10% and 20%. "
                 "What is its marked price?", 500, id="marked-price"),
    pytest.param("The list price of a bag is $400. It is sold after three successive "
                 "discounts of 10%, 20% and 50%. What is its selling price?", 144,
                 id="three-discounts"),
    pytest.param("A shopkeeper offers two successive discounts of 20% and 10%. What is the "
                 "effective discount percent?", 28, id="single-equivalent"),
    pytest.param("A shop allows successive discounts of 10% and 10%. What is the single "
                 "discount they equal?", 19, id="single-equivalent-2"),
    pytest.param("Successive discounts of 20% and 10% are equivalent to a single discount of "
                 "what percent?", 28, id="single-equivalent-head"),
])
def test_successive_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The marked price of a sofa is $500. What is its selling price after three "
                 "successive discounts of 10% and 20%?", id="count-mismatch"),
    pytest.param("The marked price of a sofa is $500. What is its cost price after two "
                 "successive discounts of 10% and 20%?", id="asks-cost"),
    pytest.param("The marked price of a lamp is Rs. 800. It is sold at Rs. 900 after two "
                 "successive discounts. If the first discount is 10%, the second discount is",
                 id="sold-above-marked"),
    pytest.param("The marked price of a lamp is Rs. 800. It is sold at Rs. 612 after two "
                 "successive discounts. If the first discount is 10%, what is the first "
                 "discount?", id="asks-the-stated-one"),
    pytest.param("The marked price of a sofa is $500. What is its selling price after two "
                 "successive discounts of 10% and 20% and a tax of 5%?", id="extra-tax"),
    pytest.param("The marked price of each sofa is $500. What is the selling price of 3 "
                 "sofas after two successive discounts of 10% and 20%?", id="each-count"),
    pytest.param("The marked price of a sofa is not $500. What is its selling price after "
                 "two successive discounts of 10% and 20%?", id="negated"),
    pytest.param("The marked price of a sofa is $500 and of a chair $200. What is the "
                 "selling price of the sofa after two successive discounts of 10% and 20%?",
                 id="two-marked-prices"),
    pytest.param("A radio is sold for $360 after two successive discounts of 10% and 20%. "
                 "What is the profit?", id="asks-profit"),
    pytest.param("The marked price of a lamp is Rs. 800. It is sold at Rs. 612 after two "
                 "successive discounts. What is the second discount?", id="too-few-stated"),
    pytest.param("Successive discounts of 20% and 10% on a $50 shirt are equivalent to a "
                 "single discount of what percent?", id="single-with-a-price"),
])
def test_successive_declines(text):
    assert not answer(text).ok


def test_single_discount_shows_the_added_reading():
    outcome = answer("A shopkeeper offers two successive discounts of 20% and 10%. What is the "
                     "effective discount percent?")
    assert [a.value for a in outcome.alternatives] == ["30"]
