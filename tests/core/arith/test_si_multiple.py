"""A sum that becomes k times itself at simple interest (bot/core/arith/si_multiple.py).
Two wordings per construct, then red-team variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("A sum of money doubles itself in 8 years at simple interest. What is the "
                 "rate of interest?", Fraction(25, 2), id="rate-from-doubling"),
    pytest.param("At what rate of simple interest will a sum of money double itself in 8 "
                 "years?", Fraction(25, 2), id="rate-from-doubling-question"),
    pytest.param("A sum of money doubles in 5 years at simple interest. In how many years "
                 "will it triple?", 10, id="years-to-triple"),
    pytest.param("A sum of money becomes 3 times itself in 10 years at simple interest. In "
                 "how many years will it become 5 times itself?", 20, id="years-to-five-times"),
    # money red team (hpl): the law pipeline read the multiple as compound (14.65 years)
    pytest.param("A sum of money triples itself in 10 years at simple interest. In how many "
                 "years will it become five times itself?", 20, id="triples-then-five-times"),
    pytest.param("A sum of money doubles itself in 8 years at simple interest. In how many "
                 "years will it become four times itself?", 24, id="doubles-then-four-times"),
])
def test_si_multiple_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("A sum of money doubles itself in 8 years at compound interest. What is the "
                 "rate of interest?", id="compound"),
    pytest.param("A sum of money doubles itself in 8 years at simple interest. What is the "
                 "rate of interest per month?", id="monthly-rate"),
    pytest.param("A sum of money doubles itself in 8 years at simple interest and triples in "
                 "16 years. What is the rate?", id="two-multiples"),
    pytest.param("A sum of money doubles itself in 8 years. What is the rate of interest?",
                 id="kind-not-named"),
    pytest.param("A sum of money does not double itself in 8 years at simple interest. What "
                 "is the rate of interest?", id="negated"),
    pytest.param("A sum of money doubles itself in 8 years at simple interest. What is the "
                 "rate of interest if it triples?", id="multiple-in-question"),
    pytest.param("A sum of $500 doubles itself in 8 years at simple interest. In how many "
                 "years will $700 triple?", id="two-sums"),
    pytest.param("A sum of money doubles itself in 8 years at simple interest. How much is "
                 "the interest?", id="asks-interest"),
    pytest.param("A sum of money becomes half of itself in 8 years at simple interest. What "
                 "is the rate?", id="half"),
    pytest.param("A sum of money doubles itself in 8 years at 10% simple interest. What is "
                 "the rate?", id="rate-stated"),
])
def test_si_multiple_declines(text):
    assert not answer(text).ok
