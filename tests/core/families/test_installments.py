"""Table-driven checks of flat-charge loans repaid in equal installments (own sentences).

Expected values worked by hand: owed = principal × (1 + r); installment = owed ÷ n;
balance (or final payment) = owed − n × payment.
"""

from __future__ import annotations

import pytest

from bot.core import answer

SOLVED = [
    pytest.param("Lena borrowed $1,200 and agreed to repay it with an extra 5% of the amount. "
                 "She pays $100 a month for 12 months. How much does she still owe?", 60,
                 id="balance-still-owe"),
    pytest.param("Ana borrowed $400 and must return it with an extra 5% of the loan. She pays "
                 "$30 a week for 10 weeks. How much is her remaining balance?", 120,
                 id="balance-weekly"),
    pytest.param("Rita bought a laptop for $900 on a 6-month plan. An interest of 4% is "
                 "charged on it. How much does she pay each month?", 156,
                 id="installment-bought-plan"),
    pytest.param("Omar bought 4 bikes for $250 each on a 5-month installment. A 10% interest "
                 "is added for each bike. How much will Omar pay every month?", 220,
                 id="installment-items-each"),
    pytest.param("Priya borrowed $5,000 for 10 months at an interest rate of 6%. She repays "
                 "an equal amount each month. How much does she repay per month?", 530,
                 id="installment-rate-no-period"),
    pytest.param("Tom borrowed $500 from his brother and will return it with an additional 4% "
                 "of the money. For 9 months he gives his brother $50 per month, and pays the "
                 "rest in the 10th month. How much does Tom pay in the 10th month?", 70,
                 id="final-payment-ordinal"),
    pytest.param("Jake bought a TV for $1,200 and will pay it off in 12 monthly installments "
                 "with a 5% interest charge on the price. How much is each installment?", 105,
                 id="monthly-installments-pay-off"),
    pytest.param("Sara bought 3 chairs for $40 each on a 4-month plan with 10% interest on "
                 "each chair. How much does she pay every month?", 33,
                 id="plan-length-is-not-rate-period"),
    pytest.param("Rosa's loan of $3,000 has an extra 4% fee. She repays $250 a month for 10 "
                 "months. How much is left to repay?", 620, id="loan-of-left-to-repay"),
    pytest.param("Tim owes $800 and pays $50 a month with an extra 2% of the debt. How many "
                 "months will it take to pay it off?", 17, id="months-to-pay-off-round-up"),
    pytest.param("Tim borrowed $800 and must pay back an extra 5% of it. He pays $60 a month. "
                 "How many months will it take him to repay the loan?", 14,
                 id="months-to-repay-whole"),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_flat_charge_loans(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == value
    # the loan family (bot/core/families/loan.py) reads the balance questions first
    assert any(step.rule in ("total_owed", "loan_owed") for step in outcome.steps)
    assert not outcome.unused


def test_rate_without_period_shows_the_yearly_reading():
    outcome = answer("Karan borrowed $2,000 for 4 months at an interest rate of 10%. She pays "
                     "an equal amount every month. How much does she pay per month?")
    assert float(outcome.answers[0].value) == 550
    assert [round(float(a.value), 2) for a in outcome.alternatives] == [516.67]


DECLINED = [
    pytest.param("Lena borrowed $1,200 at 5% interest per month. She pays $100 a month for 12 "
                 "months. How much does she still owe?", id="rate-per-period"),
    pytest.param("Lena borrowed $1,200 and agreed to repay it with an extra 5% of the amount. "
                 "She pays $100 a month for 12 months and $20 for a card. How much does she "
                 "still owe?", id="extra-money"),
    pytest.param("Sam borrowed $300 and will repay it with an additional 10% of the amount. "
                 "He pays $50 a month for 8 months. How much does he still owe?",
                 id="overpaid"),
    pytest.param("Tom borrowed $500 from his brother and will return it with an additional 4% "
                 "of the money. For 9 months he gives his brother $50 per month, and pays the "
                 "rest later. How much does Tom pay in the 12th month?", id="ordinal-gap"),
    pytest.param("Lena borrowed $1,200 and agreed to repay it with an extra 5% of the amount. "
                 "She pays $100 a month for 12 months. How many months are left?",
                 id="asks-a-count"),
    pytest.param("Lena borrowed $1,200 and Max borrowed $800, with an extra 5% of the amount. "
                 "She pays $100 a month for 12 months. How much does she still owe?",
                 id="two-borrowers"),
    pytest.param("Lena borrowed $1,200 and did not repay any extra 5% of the amount. She pays "
                 "$100 a month for 12 months. How much does she still owe?", id="negation"),
    pytest.param("Lena borrowed $1,200 and will repay it with an extra 5% of each payment. "
                 "She pays $100 a month for 12 months. How much does she still owe?",
                 id="percent-of-other-base"),
    pytest.param("Priya borrowed $5,000 for 10 months at an interest rate of 6%. How much "
                 "does she repay per month over 12 months?", id="months-disagree"),
    pytest.param("Ana borrowed $400 and must return it with an extra 5% of the loan. She pays "
                 "$30 a week for 10 months. How much is her remaining balance?",
                 id="payment-period-differs"),
    pytest.param("Lena borrowed $1,200 and agreed to repay it with an extra 5% of the amount. "
                 "She pays twice $100 a month for 12 months. How much does she still owe?",
                 id="twice"),
    pytest.param("Ava borrowed $1,200 from Ben with an extra 5% of the amount. Ben pays $100 "
                 "a month for 12 months. How much does Ava still owe?", id="lender-pays"),
    pytest.param("He borrowed $1,200 with an extra 5% of the amount, and she pays $100 a "
                 "month for 12 months. How much does he still owe?", id="he-and-she"),
    pytest.param("Jake bought a TV for $1,200 with a monthly interest of 5%. He pays it off in "
                 "12 months. How much is each installment?", id="monthly-interest-of"),
    pytest.param("Jake bought a TV for $1,200 at 5% annually. He pays it off in 12 months. How "
                 "much is each installment?", id="percent-annually"),
    pytest.param("Jake bought a TV for $1,200 with 10% off and an extra 5% interest. He pays "
                 "it off in 12 monthly payments. How much is each payment?", id="percent-off"),
    pytest.param("Jake bought 2 TVs for $600 and pays it off in 12 monthly installments with "
                 "a 5% interest charge. How much is each installment?", id="price-each-unsaid"),
    pytest.param("Jake bought a TV for $1,200 and pays $100 down. The rest is paid in 12 "
                 "months with 5% interest. How much is each monthly payment?",
                 id="down-payment"),
    pytest.param("Tim borrowed $800 and must pay back an extra 5% of it. He pays $60 a month. "
                 "How many weeks will it take him to repay the loan?", id="periods-other-unit"),
    pytest.param("Tim borrowed $800 and must pay back an extra 5% of it. He pays $60 a month "
                 "for 5 months. How many months will it take him to repay the loan?",
                 id="periods-already-stated"),
    # money red team (hpl): a group of payers (gave 1600)
    pytest.param("Ben and his sister borrowed $2,000 and will pay it back with an additional "
                 "10%. Each of them pays $50 a month for 12 months. How much do they still "
                 "owe?", id="two-borrowers"),
    pytest.param("Ana and her cousin borrowed $900 and must pay back an extra 10% of it. They "
                 "pay $90 a month. How many months will it take?", id="they-pay"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_unmodeled_loans_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


def test_discount_is_not_a_charge():
    outcome = answer("Rita bought a laptop for $900 with a 4% discount on a 6-month plan. How "
                     "much does she pay each month?")
    assert not outcome.ok or float(outcome.answers[0].value) == 144
