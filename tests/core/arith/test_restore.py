"""Undoing a percent change and keeping a product the same (bot/core/arith/restore.py).
Two wordings per construct, then red-team variants answered right or declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("The price of a phone is reduced by 20%. By what percent should it be "
                 "increased to get back the original price?", 25, id="restore-after-fall"),
    pytest.param("The price of a product is cut by 30%. By what percentage should it be "
                 "increased to make it 100%?", Fraction(300, 7), id="restore-to-100-percent"),
    pytest.param("A shop put a discount of 20% on all items for one day. The next day it "
                 "must sell at the original price. By what percentage must it increase the "
                 "price to the original?", 25, id="restore-after-one-day-sale"),
    pytest.param("The fare of a bus rose by 25%. By what percent must it be lowered to bring "
                 "it back to the old fare?", 20, id="restore-after-rise"),
    pytest.param("The price of sugar rises by 25%. By what percent must a family reduce its "
                 "consumption so as not to increase its expenditure?", 20,
                 id="keep-spending-after-rise"),
    pytest.param("The price of rice falls by 20%. By what percent can a family increase its "
                 "consumption so that its expenditure stays the same?", 25,
                 id="keep-spending-after-fall"),
    pytest.param("If the price of tea falls by 20%, by what percent must a householder "
                 "increase its consumption so as not to decrease the expenditure?", 25,
                 id="keep-spending-not-decrease"),
])
def test_restore_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


def test_restore_lists_the_duration_as_unused():
    outcome = answer("A shop put a discount of 20% on all items for one day. The next day it "
                     "must sell at the original price. By what percentage must it increase "
                     "the price to the original?")
    assert [u.value for u in outcome.unused] == ["1"]


@pytest.mark.parametrize("text", [
    pytest.param("The price of a phone is reduced by 20%. By what percent should it be "
                 "reduced further to get back the original price?", id="same-direction"),
    pytest.param("The price of a phone is reduced by 20% every year. By what percent should "
                 "it be increased to get back the original price?", id="periodic-change"),
    pytest.param("The price of a phone is reduced by 20% and then by 10%. By what percent "
                 "should it be increased to get back the original price?", id="two-changes"),
    pytest.param("The price of a phone is reduced by 20%. By what percent should it be "
                 "increased to get 10% above the original price?", id="other-target"),
    pytest.param("The price of a phone is not reduced by 20%. By what percent should it be "
                 "increased to get back the original price?", id="negated"),
    pytest.param("The price of a $300 phone is reduced by 20%. By what percent should it be "
                 "increased to get back the original price?", id="extra-amount"),
    pytest.param("The price of a phone is reduced by 20%. By what percent is it now cheaper "
                 "than the original price?", id="asks-the-change-itself"),
    pytest.param("The price of sugar rises by 25%. By what percent must a family reduce its "
                 "consumption so that its expenditure rises by 10%?", id="spending-changes"),
    pytest.param("The price of a phone is reduced by 20%. By how much should it be increased "
                 "to get back the original price?", id="asks-an-amount"),
    pytest.param("The price of a phone is reduced by 20%. The price of a case is reduced by "
                 "10%. By what percent should the phone's price be increased to get back the "
                 "original price?", id="two-items"),
])
def test_restore_declines(text):
    assert not answer(text).ok


@pytest.mark.parametrize("text, expected", [
    pytest.param("A's salary is 20% more than B's salary. By what percent is B's salary less "
                 "than A's salary?", Fraction(50, 3), id="reverse-comparison-down"),
    pytest.param("If A's income is 25% less than B's income, by what percent is B's income "
                 "more than A's income?", Fraction(100, 3), id="reverse-comparison-up"),
    pytest.param("Tom's height is 25% more than Sam's height. By what percent is Sam's height "
                 "less than Tom's?", 20, id="reverse-comparison-names"),
])
def test_compare_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("A's salary is 20% more than B's salary. By what percent is B's salary more "
                 "than A's salary?", id="compare-same-direction"),
    pytest.param("A's salary is 20% more than B's salary. By what percent is C's salary less "
                 "than A's salary?", id="compare-third-person"),
    pytest.param("A's salary is not 20% more than B's salary. By what percent is B's salary "
                 "less than A's salary?", id="compare-negated"),
    pytest.param("A's salary is 20% more than B's salary and 10% less than C's. By what "
                 "percent is B's salary less than A's salary?", id="compare-two-relations"),
])
def test_compare_declines(text):
    assert not answer(text).ok
