"""A sum that amounts to stated values at simple or compound interest
(bot/core/arith/amounts.py), and the interest family's refusals to read "amounts to $X" as
the interest or as the principal. Two wordings per construct, then red-team variants."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("A sum of money at compound interest amounts to Rs. 6050 in 2 years at 10% "
                 "per annum. Find the principal.", 5000, id="ci-principal"),
    pytest.param("At what rate percent per annum will a sum of Rs. 1000 amount to Rs. 1210 "
                 "in 2 years at compound interest?", 10, id="ci-rate"),
    pytest.param("A sum amounts to Rs. 1500 in 4 years at 5% simple interest. Find the sum.",
                 1250, id="si-principal"),
    pytest.param("A loan of $800 amounts to $992 in 3 years at simple interest. What is the "
                 "rate of interest?", 8, id="si-rate"),
    pytest.param("A sum of money amounts to Rs. 850 in 3 years and to Rs. 925 in 4 years at "
                 "simple interest. Find the sum.", 625, id="si-two-amounts-principal"),
    pytest.param("A sum of money amounts to Rs. 850 in 3 years and to Rs. 925 in 4 years at "
                 "simple interest. What is the rate of interest?", 12,
                 id="si-two-amounts-rate"),
    pytest.param("A sum at compound interest amounts to $2420 in 2 years and to $2662 in 3 "
                 "years. What is the rate of interest?", 10, id="ci-two-amounts-rate"),
    pytest.param("A sum at compound interest amounts to $2420 in 2 years and to $2662 in 3 "
                 "years. Find the sum.", 2000, id="ci-two-amounts-principal"),
    pytest.param("A sum of money becomes Rs. 13,380 after 3 years and Rs. 20,070 after 6 "
                 "years on compound interest. The sum is", 8920, id="ci-two-amounts-whole-power"),
    pytest.param("What sum of money will amount to Rs. 5618 in 2 years at 6% per annum "
                 "compound interest?", 5000, id="ci-principal-2"),
])
def test_amounts_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("At what rate percent per annum will a sum of Rs. 1000 amount to Rs. 1200 "
                 "in 2 years at compound interest?", id="irrational-rate"),
    pytest.param("A sum of money at compound interest compounded half-yearly amounts to Rs. "
                 "6050 in 2 years at 10% per annum. Find the principal.", id="half-yearly"),
    pytest.param("A sum of money at compound interest amounts to Rs. 6050 in 2 years at 10% "
                 "per annum. What is the interest?", id="asks-the-interest"),
    pytest.param("The interest amounts to Rs. 6050 in 2 years at 10% per annum compound "
                 "interest. Find the principal.", id="interest-is-the-subject"),
    pytest.param("A sum amounts to Rs. 1500 in 4 years at 5% interest. Find the sum.",
                 id="neither-simple-nor-compound"),
    pytest.param("A sum amounts to Rs. 1500 in 4 years at 5% simple interest and doubles in "
                 "20 years. Find the sum.", id="extra-clause"),
    pytest.param("A sum of Rs. 1000 amounts to Rs. 1210 in 2 years at 10% compound interest. "
                 "Find the sum.", id="nothing-unknown"),
    pytest.param("A sum amounts to Rs. 1500 at 5% simple interest. Find the sum.",
                 id="no-years"),
    pytest.param("A sum does not amount to Rs. 1500 in 4 years at 5% simple interest. Find "
                 "the sum.", id="negated"),
    pytest.param("Two sums amount to Rs. 1500 in 4 years at 5% simple interest. Find the "
                 "sum.", id="two-sums"),
    pytest.param("A sum amounts to Rs. 1500 in 4 years at 5% simple interest. Find the "
                 "amount after 6 years.", id="asks-another-amount"),
    pytest.param("A sum of money becomes Rs. 13,380 after 3 years and Rs. 20,070 after 6 "
                 "years on compound interest. What is the rate?", id="ci-irrational-rate"),
])
def test_amounts_declines(text):
    assert not answer(text).ok
