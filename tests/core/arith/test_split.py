"""A bill changed by percents and shared equally (bot/core/arith/split.py). The first row
was a decline test of the percent model (a count is not a price "each"): the split model
now answers it right. Two wordings, then red-team variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("A group of 4 friends split a bill of $100 with a 10% discount. How much "
                 "does each friend pay?", Fraction(45, 2), id="split-after-discount"),
    pytest.param("Six roommates share equally a bill of $300, plus a 10% tip. How much does "
                 "each pay?", 55, id="split-after-tip"),
    pytest.param("A group of 5 friends were to contribute equally to buy a gift. If the shop "
                 "gave them a discount of 20%, how much did each friend pay, given a total "
                 "bill of $150?", 24, id="bill-in-the-question"),
    pytest.param("A restaurant bill of $84 is shared equally by 3 friends, plus a 15% tip. How "
                 "much does each pay?", Fraction(161, 5), id="split-tip-second-wording"),
    pytest.param("4 friends split a bill of $200 with a 10% discount and an additional 5% "
                 "off. How much does each friend pay?", Fraction(171, 4),
                 id="stacked-with-additional"),
])
def test_split_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("A group of 4 friends split a bill of $100 with a 10% discount. How much "
                 "does the group pay?", id="asks-the-group"),
    pytest.param("A group of 4 friends split a bill of $100 with a 10% discount, but one "
                 "friend pays $10 more. How much does each friend pay?", id="unequal"),
    pytest.param("A group of 4 friends split a bill of $100 with a 10% discount and 3 kids "
                 "eat free. How much does each friend pay?", id="second-group"),
    pytest.param("A group of 4 friends split a bill of $100 each with a 10% discount. How "
                 "much does each friend pay?", id="price-each"),
    pytest.param("A group of 4 friends did not split a bill of $100 with a 10% discount. How "
                 "much does each friend pay?", id="negated"),
    pytest.param("A group of 4 friends split a bill of $100 with 10% of it paid by a coupon. "
                 "How much does each friend pay?", id="share-of-not-a-change"),
    pytest.param("A group of 4 friends split a bill of $100 per night with a 10% discount. "
                 "How much does each friend pay?", id="per-night"),
    pytest.param("A group of 4 friends and 2 teachers split a bill of $100 with a 10% "
                 "discount. How much does each friend pay?", id="two-counts"),
    pytest.param("A group of 4 friends split a bill of $100 with a 10% discount. How much "
                 "money is left?", id="asks-left"),
    pytest.param("A group of 4 friends split a bill of $100 with a 10% discount. How much "
                 "discount does each friend get?", id="asks-each-discount"),
    # money red team (hpl): gave 25.3 (tip stacked on the tax) and 32.2 (the whole share)
    pytest.param("A dinner bill is $80 before tax. Tax is 10%, and a 15% tip is calculated on "
                 "the pre-tax bill. 4 friends split the total equally. How much does each "
                 "pay?", id="tip-on-the-pre-tax-bill"),
    pytest.param("A bill of $84 is split equally among 3 friends after a 15% tip is added. How "
                 "much of the tip does each friend pay?", id="asks-the-tip-share"),
])
def test_split_declines(text):
    assert not answer(text).ok
