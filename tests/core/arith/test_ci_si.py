"""Compound minus simple interest (bot/core/arith/ci_si.py): the gap P·((1+r)^n − 1 − n·r)
solved for the principal, the rate or the gap. Two wordings per construct, then red-team
variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("The difference between simple interest and compound interest on Rs. 8000 "
                 "for 2 years at the same rate is Rs. 20. What is the rate of interest?", 5,
                 id="rate-from-gap"),
    pytest.param("On $12,500 lent for 2 years, compound interest exceeds simple interest at "
                 "the same yearly rate by $125. What is the rate?", 10, id="rate-from-gap-2"),
    pytest.param("The difference between simple and compound interest on a sum at 10% per "
                 "annum for 2 years is $30. Find the sum.", 3000, id="principal-from-gap"),
    pytest.param("Sara invests an amount for 2 years at 20% per annum simple interest. Had "
                 "she invested it at compound interest compounded yearly, she would have "
                 "earned $200 more. Find the principal.", 5000, id="principal-from-gap-2"),
    pytest.param("What is the difference between compound interest and simple interest on "
                 "$5,000 for 3 years at 10% per annum?", 155, id="gap-three-years"),
    pytest.param("Find the difference between simple and compound interest on Rs. 2000 at "
                 "5% per annum for 2 years.", 5, id="gap-two-years"),
    pytest.param("Find the difference between compound interest and simple interest on "
                 "$5,000 for 3 years at 10% per annum.", 155, id="three-years-own-wording"),
])
def test_ci_si_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The difference between simple interest and compound interest on Rs. 8000 "
                 "for 2 years at 5% is Rs. 20. What is the rate of interest?",
                 id="nothing-unknown"),
    pytest.param("The difference between simple and compound interest compounded half-yearly "
                 "on a sum at 10% per annum for 2 years is $30. Find the sum.",
                 id="half-yearly"),
    pytest.param("The difference between simple and compound interest on a sum at 10% per "
                 "annum for 2 years is $30. What is the compound interest?",
                 id="asks-something-else"),
    pytest.param("The difference between simple interest and compound interest on Rs. 8000 "
                 "for 2 years at the same rate is Rs. 21. What is the rate of interest?",
                 id="irrational-rate"),
    pytest.param("The difference between simple and compound interest on a sum at 10% per "
                 "annum for 2 years is $30. Find the sum after 3 months.", id="extra-number"),
    pytest.param("The difference between simple and compound interest on a sum at 10% per "
                 "annum for 2 years is not $30. Find the sum.", id="negated"),
    pytest.param("The difference between simple interest at 10% and compound interest at 12% "
                 "on a sum for 2 years is $30. Find the sum.", id="two-rates"),
    pytest.param("The difference between simple and compound interest on a sum at 10% per "
                 "annum is $30. Find the sum.", id="no-duration"),
    pytest.param("The difference between simple and compound interest on two sums at 10% per "
                 "annum for 2 years is $30. Find the sum.", id="two-sums"),
    pytest.param("The difference between simple and compound interest on a sum at 10% per "
                 "annum for 2.5 years is $30. Find the sum.", id="fractional-years"),
    # money red team (hpl): an interest stated as an amount was read as the principal
    # (gave 4 and 21)
    pytest.param("The simple interest on a sum for 2 years at 10% per annum is $400. Find the "
                 "difference between the compound interest and simple interest for the same "
                 "period.", id="simple-interest-amount-not-principal"),
    pytest.param("The compound interest on a sum for 2 years at 10% per annum is $2,100. Find "
                 "the difference between the compound interest and the simple interest.",
                 id="compound-interest-amount-not-principal"),
    pytest.param("Find the difference between compound interest compounded half-yearly and "
                 "simple interest on $16,000 for 2 years at 10% per annum.",
                 id="half-yearly"),
])
def test_ci_si_declines(text):
    assert not answer(text).ok
