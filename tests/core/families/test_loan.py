"""The loan family: borrowed amount plus one flat percent, repaid in equal payments
(bot/core/families/loan.py). Own wordings; hand-computed values."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core import answer
from bot.core.families import loan
from bot.core.normalize import refuse_unreadable
from bot.core.parse import parse

BASE = "Ava borrowed $1,000 and promised to pay it back with an additional 5%. "

SOLVED = [
    pytest.param(BASE + "She pays $80 a month for 12 months. How much does she still owe?",
                 "90", id="still-owe"),
    pytest.param("Ben borrowed $600 from his uncle and agreed to repay it with an extra 10% "
                 "of the amount. He gives his uncle $50 per month for 10 months. What is his "
                 "remaining balance?", "160", id="remaining-balance"),
    pytest.param("Cara borrowed $500 from her friend and promised to return it with an "
                 "additional 4% of the money. For 9 months she will pay $50 per month, and "
                 "the rest will be paid in the 10th month. How much will Cara pay in the "
                 "10th month?", "70", id="last-payment"),
    pytest.param("Dev borrowed $240 and will return it with an additional 5% of the loan. He "
                 "pays $20 a week for 10 weeks. How much does Dev still owe?", "52",
                 id="weekly"),
]

DECLINED = [
    pytest.param("Ava borrowed $1,000 and will pay it back with an additional 5% interest "
                 "per month. She pays $80 a month for 12 months. How much does she still "
                 "owe?", id="interest-per-month"),
    pytest.param(BASE + "She pays $100 a month for 12 months. How much does she still owe?",
                 id="overpaid"),
    pytest.param(BASE + "She pays $80 a month for 12 months. How much will she pay in total?",
                 id="asks-total-paid"),
    pytest.param(BASE + "She pays $80 a month for 12 months and a $20 fee. How much does she "
                 "still owe?", id="extra-money"),
    pytest.param("Cara borrowed $500 and promised to return it with an additional 4% of the "
                 "money. For 9 months she pays $50 per month, and the rest is paid in the "
                 "10th month. How much will she pay in the 11th month?",
                 id="other-ordinal"),
    pytest.param("Ava borrowed $1,000 and promised to pay it back with an additional 5% and "
                 "a 2% fee. She pays $80 a month for 12 months. How much does she still owe?",
                 id="two-percents"),
    pytest.param(BASE + "She pays $80 a week for 12 months. How much does she still owe?",
                 id="period-mismatch"),
    pytest.param("Ava borrowed $1,000 at 5% compounded monthly. She pays $80 a month for 12 "
                 "months. How much does she still owe?", id="compounded"),
    pytest.param("Ava borrowed $1,000 and did not promise to pay it back with an additional "
                 "5%. She pays $80 a month for 12 months. How much does she still owe?",
                 id="negated"),
    pytest.param("He borrowed $1,000 and she promised to pay it back with an additional 5%. "
                 "She pays $80 a month for 12 months. How much does he still owe?",
                 id="he-and-she"),
    pytest.param(BASE + "She pays $80 a month for 12 months. How much interest does she pay?",
                 id="asks-interest"),
    pytest.param("Ava borrowed $1,000 from Ben and promised to pay it back with an "
                 "additional 5%. Ben pays $80 a month for 12 months. How much does Ava still "
                 "owe?", id="two-names"),
    pytest.param(BASE + "She pays $80 a month for 2 years. How much does she still owe?",
                 id="horizon-in-years"),
    pytest.param("Ava borrowed $1,000 and promised to pay it back with an additional 5% of "
                 "her salary. She pays $80 a month for 12 months. How much does she still "
                 "owe?", id="percent-of-something-else"),
    # money red team (hpl): gave 1600 (one debt, both payments)
    pytest.param("Ben and his sister borrowed $2,000 and will pay it back with an additional "
                 "10%. Each of them pays $50 a month for 12 months. How much do they still "
                 "owe?", id="two-borrowers-each-pays"),
    pytest.param("Ben borrowed $2,000 and promised to pay it back with an additional 10%. His "
                 "brother pays $150 a month for him for 12 months. How much does Ben still "
                 "owe?", id="another-person-pays"),
    pytest.param("Ben borrowed $2,000 and promised to pay it back with an additional 10%. He "
                 "pays $150 a month for 1 year. How much does he still owe?",
                 id="count-in-another-unit"),
]


def _loan(text):
    """Run the loan family alone on `text`."""
    return loan.solve(parse(text, refuse_unreadable(text)), text)


@pytest.mark.parametrize(("text", "expected"), SOLVED)
def test_solved(text, expected):
    """Debt = amount × (1 + p); left = debt − payment × count."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == Fraction(expected)


@pytest.mark.parametrize("text", DECLINED)
def test_loan_steps_aside(text):
    """A rate per period, another number, another question or person: no loan reading."""
    assert _loan(text) is None


@pytest.mark.parametrize("text", DECLINED)
def test_pipeline_never_wrong(text):
    """No other family answers these traps either (none has one right value here except
    what it would have to model)."""
    assert not answer(text).ok


def test_steps_show_debt_payments_and_rest():
    """Three steps: what is owed, what was paid, what is left."""
    outcome = answer(SOLVED[0].values[0])
    assert [s.rule for s in outcome.steps] == ["loan_owed", "loan_paid", "loan_left"]
    assert outcome.steps[0].math == ("1000 \u00d7 0.05 = 50", "1000 + 50 = 1050")
