"""Interest family: simple, compound per period, continuous, deposits, time to double.

Sentences are written for these tests; values are the closed forms evaluated by hand.
"""

from __future__ import annotations

import math

import pytest

from bot.core import answer


def _value(outcome, index: int = 0) -> float:
    """Return the float value of one answer, failing clearly on a decline."""
    assert outcome.ok, outcome.error and outcome.error.message
    return float(outcome.answers[index].value)


AMOUNTS = [
    pytest.param("Lena puts $2,000 in an account paying 6% interest compounded monthly. "
                 "How much is in the account after 3 years?", 2000 * 1.005 ** 36,
                 id="compounded-monthly"),
    pytest.param("A deposit of $1,500 earns an annual rate of 8% compounded quarterly. What "
                 "is it worth after 2 years?", 1500 * 1.02 ** 8, id="compounded-quarterly"),
    pytest.param("Omar invests $800 at 5% interest compounded continuously. How much will he "
                 "have after 4 years?", 800 * math.exp(0.2), id="continuous"),
    pytest.param("A bond of $3,000 pays 10% per year compounded every six months. What is it "
                 "worth after 3 years?", 3000 * 1.05 ** 6, id="every-six-months"),
    pytest.param("Priya borrowed $1,200 at 7% per annum simple interest. How much will she "
                 "owe after 5 years?", 1200 * (1 + 0.07 * 5), id="simple-per-annum"),
    pytest.param("At 4% simple interest a year, Tom lends out $900. What amount is repaid "
                 "after 30 months?", 900 * (1 + 0.04 * 2.5), id="simple-months-horizon"),
    pytest.param("Sam owes his friend $250 with a monthly interest of 3%. How much does he "
                 "owe after 4 months?", 250 * (1 + 0.03 * 4), id="monthly-simple"),
    pytest.param("A savings account pays 3% interest compounded annually on $5,000. How "
                 "much is in it after 6 years?", 5000 * 1.03 ** 6, id="compounded-annually"),
    pytest.param("An account is opened with an initial deposit of $100 and earns 6% "
                 "compounded monthly. At the end of each month, $50 more is deposited. How "
                 "much is in the account after 2 years?",
                 100 * 1.005 ** 24 + 50 * (1.005 ** 24 - 1) / 0.005, id="monthly-deposits"),
    pytest.param("Maria starts a fund with $1,000 that earns 4% compounded annually, and she "
                 "adds $500 at the end of every year. How much is in the fund after 3 years?",
                 1000 * 1.04 ** 3 + 500 * (1.04 ** 3 - 1) / 0.04, id="yearly-deposits"),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amount(text, expected):
    """The amount after the horizon follows the stated kind of interest."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


INTEREST_EARNED = [
    pytest.param("How much interest does $4,000 earn in 3 years at 5% simple interest?",
                 4000 * 0.05 * 3, id="simple-interest-earned"),
    pytest.param("Find the interest earned on $1,000 after 2 years at 12% interest "
                 "compounded monthly.", 1000 * (1.01 ** 24 - 1), id="compound-interest-earned"),
    pytest.param("What is the interest due on $7,300 after 50 days at 8% interest per "
                 "year?", 7300 * 0.08 * 50 / 365, id="partial-year-is-simple"),
]


@pytest.mark.parametrize(("text", "expected"), INTEREST_EARNED)
def test_interest_earned(text, expected):
    """The interest is the final amount minus the principal."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


TIMES = [
    pytest.param("How long will it take money to double at 8% interest compounded "
                 "annually?", math.log(2) / math.log(1.08), id="double-annual"),
    pytest.param("At 6% interest compounded monthly, how many years does it take an "
                 "investment to triple?", math.log(3) / math.log(1.005) / 12,
                 id="triple-monthly-in-years"),
    pytest.param("A sum earns 5% compounded continuously. How long until it doubles?",
                 math.log(2) / 0.05, id="double-continuous"),
    pytest.param("How many years will it take $3,000 to grow to $4,500 at an annual interest "
                 "rate of 5%?", math.log(1.5) / math.log(1.05), id="grow-to-amount"),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_time_to_target(text, expected):
    """Time to a multiple or an amount: the exact crossing, whole periods as alternative."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


def test_double_shows_whole_years():
    """"How long to double at 8%" shows the whole-year count (10) beside 9.006."""
    outcome = answer("How long will it take money to double at 8% interest compounded "
                     "annually?")
    assert [float(a.value) for a in outcome.alternatives] == [10]


def test_monthly_rate_without_compounding_shows_compound_alternative():
    """Design guide §5: a monthly rate with no compounding is simple, compound shown too."""
    outcome = answer("Sam owes his friend $250 with a monthly interest of 3%. How much does "
                     "he owe after 4 months?")
    assert [float(a.value) for a in outcome.alternatives] == pytest.approx([250 * 1.03 ** 4])


DECLINES = [
    pytest.param("A sum of money at simple interest earns $300 in 3 years. What is the rate "
                 "of interest if the principal is $2,000?", id="rate-asked"),
    pytest.param("Ana invests $500 at 4% interest and Ben invests $700 at 6% interest. How "
                 "much does Ana have after 2 years?", id="two-rates"),
]


@pytest.mark.parametrize("text", DECLINES)
def test_declines(text):
    """Interest questions outside the family are declined, never guessed."""
    assert not answer(text).ok


GLUED = [
    pytest.param("Mia opens an account in January with an initial deposit of $300 that earns "
                 "6% compounded monthly, and at the end of each month she deposits $100. How "
                 "much is in the account at theend of the year?",
                 300 * 1.005 ** 12 + 100 * (1.005 ** 12 - 1) / 0.005, id="theend"),
    pytest.param("A fund of $1,000 earns 5% interest compounded annually. What is it worth "
                 "at the end of 4 years? Give the amount at theend rounded to the nearest "
                 "cent.", 1000 * 1.05 ** 4, id="theend-instruction"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_words_glued_by_pdf_copy(text, expected):
    """"theend" (a space lost in copying) reads as "the end"."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


INVERSE = [
    pytest.param("A loan earned a simple interest of $540 at 6% per year in 3 years. Find the "
                 "principal.", 540 / (0.06 * 3), id="principal-simple"),
    pytest.param("Find the principal that earns Rs. 1,261 of interest in 2 years at 10% "
                 "interest compounded annually.", 1261 / (1.1 ** 2 - 1),
                 id="principal-compound-rupees"),
    pytest.param("Nina borrowed $4,000 at simple interest. After 5 years she had paid $900 in "
                 "interest. What was the rate of interest per year?", 900 / (4000 * 5) * 100,
                 id="rate-simple"),
    pytest.param("Omar lent Rs. 2,500 at simple interest and received Rs. 150 of interest "
                 "after 2 years. What is the annual rate?", 150 / (2500 * 2) * 100,
                 id="rate-simple-rupees"),
]


@pytest.mark.parametrize(("text", "expected"), INVERSE)
def test_principal_or_rate_from_interest(text, expected):
    """P = I/(growth − 1) and r = I/(P·t) from the interest earned."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


SCHEDULES_DECLINED = [
    pytest.param("A loan of $10,000 at 5% interest compounded annually is repaid with "
                 "payments of $2,000 at the end of each year. How much is owed after 3 years?",
                 id="repayments-each-year"),
    pytest.param("Leo owes $6,000 at 4% interest compounded annually and pays back $1,000 "
                 "every year. What does he owe after 2 years?", id="pays-back-every-year"),
]


@pytest.mark.parametrize("text", SCHEDULES_DECLINED)
def test_repayment_schedules_are_declined(text):
    """A recurring payment that is not a deposit is never silently ignored."""
    assert not answer(text).ok


TERMS = [
    pytest.param("Jin buys a 2-year $4,000 certificate that pays 6% interest compounded "
                 "quarterly. How much interest does it earn by maturity?",
                 4000 * (1.015 ** 8 - 1), id="two-year-certificate"),
    pytest.param("A 3 year deposit of $1,000 earns 5% interest compounded annually. What is "
                 "it worth at maturity?", 1000 * 1.05 ** 3, id="three-year-deposit"),
]


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_stated_term_is_the_horizon(text, expected):
    """"A 2-year certificate" gives the horizon when the question names none."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)


def test_doubling_without_compounding_shows_simple_alternative():
    """No compounding stated: compound per year first, simple interest as an alternative."""
    outcome = answer("At 5% annual interest, how long does it take money to double?")
    assert _value(outcome) == pytest.approx(math.log(2) / math.log(1.05), rel=1e-9)
    assert 20 in [float(a.value) for a in outcome.alternatives]


FROM_AMOUNT = [
    pytest.param("After a two-year deposit at 10% interest compounded annually, Rita "
                 "received $6,050 in total. How much had she originally invested?",
                 6050 / 1.1 ** 2, id="total-received"),
    pytest.param("At the end of a one-year investment, Sam's balance was $2,163.20, including "
                 "interest. The investment paid 8% interest compounded semi-annually. What "
                 "was the principal?", 2163.2 / 1.04 ** 2, id="balance-including-interest"),
]


@pytest.mark.parametrize(("text", "expected"), FROM_AMOUNT)
def test_principal_from_final_amount(text, expected):
    """P = A / growth factor when the final amount (principal plus interest) is given."""
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-9)
