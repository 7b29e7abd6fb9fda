"""The periodic family: payments per period, one percent on them, totalled over a horizon
(bot/core/families/periodic.py). Own wordings; hand-computed values."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core import answer
from bot.core.families import periodic
from bot.core.normalize import refuse_unreadable
from bot.core.parse import parse

PLAN = "Nina's phone plan is normally $40 a month. "
BILLS = "Her water bill is $30 a month and her power bill is $70 a month. "

SOLVED = [
    pytest.param(PLAN + "Since she added data, it is 25% more than normal. How much does she "
                 "pay in a year?", "600", id="more-than-normal-year"),
    pytest.param("Omar pays $15 a week for a gym. The gym raised the fee by 20%. How much "
                 "does Omar pay in 4 weeks?", "72", id="raised-weeks"),
    pytest.param(BILLS + "Her bills rose by 10%. How much does she pay for them in a year?",
                 "1320", id="sum-of-bills"),
    pytest.param("Tom pays $50 a week for lessons. The lessons cost 10% less than usual. How "
                 "much does Tom pay a year?", "2340", id="less-than-usual-52-weeks"),
    pytest.param("Her loan has a minimum payment of $200/month, and her card's minimum is "
                 "$100/month. If Lia wants to pay 20% more than the minimum, how much does "
                 "she pay each month?", "360", id="slash-month-each-month"),
    pytest.param("Sam's rent is $1200 per month. His landlord raises the rent by 5%. How much "
                 "will he pay for rent in a year?", "15120", id="landlord-raises-rent"),
    # earnings: one payment received, raised or cut by a percent
    pytest.param("Mia earns $600 a week. She got a 10% raise. How much does she earn in a "
                 "year?", "34320", id="earn-raise-52-weeks"),
    pytest.param("Leo makes $3,000 a month. His salary was cut by 10%. How much does he make "
                 "in 6 months?", "16200", id="make-cut-months"),
    pytest.param("A gym costs $25 a week. The price goes up by 20%. How much does it cost in "
                 "a year?", "1560", id="weekly-to-year"),
    pytest.param("Lucy pays $45 a month for streaming. The price drops by 20%. How much does "
                 "she pay in 6 months?", "216", id="drop-over-months"),
]

DECLINED = [
    pytest.param(BILLS + "Her power bill rose by 10%. How much does she pay in a year?",
                 id="percent-of-one-bill"),
    pytest.param("Ken pays $120 a month for insurance. His salary rose 10%. How much does he "
                 "pay a year?", id="percent-of-something-else"),
    pytest.param("Ken pays $120 a month for insurance. After 6 months it rises 10%. How much "
                 "does he pay a year?", id="change-partway"),
    pytest.param("Ken pays $120 a month for insurance. It is 10% more than normal. How much "
                 "more does he pay a year?", id="asks-more"),
    pytest.param("Ken pays $2 a day for parking. It is 10% more than normal. How much does "
                 "he pay in a year?", id="days-in-a-year"),
    pytest.param("Ken pays $120 a month for insurance. It is 10% more than normal, plus a 5% "
                 "fee. How much does he pay a year?", id="two-percents"),
    pytest.param("Ken pays $120 a month for insurance. It is 10% more than normal. How much "
                 "does he pay now?", id="no-horizon"),
    pytest.param("Ken pays $120 a month for insurance and $500 a year for his car. It is 10% "
                 "more than normal. How much does he pay a year?", id="two-periods"),
    pytest.param("Ken pays $120 a month for insurance. It is not 10% more than normal. How "
                 "much does he pay a year?", id="negated"),
    pytest.param("Ken pays $120 a month for insurance. His wife pays 10% more than normal. "
                 "How much does he pay a year?", id="second-person"),
    pytest.param("Ken pays $120 a month for insurance. It is 10% more than normal. How much "
                 "does his car cost a year?", id="asks-other-thing"),
    pytest.param("Ken pays $120 a month for insurance and a $50 fee. It is 10% more than "
                 "normal. How much does he pay a year?", id="one-off-amount"),
    pytest.param("Ken pays $120 a month for insurance. It is 150% less than normal. How much "
                 "does he pay a year?", id="below-zero"),
    pytest.param("Ken pays $120 a month for insurance. It is 10% more than normal. How much "
                 "does he pay in 2 months and a year?", id="two-horizons"),
    pytest.param("Ken pays $132 a month for insurance, 10% more than normal. How much does "
                 "he pay a year?", id="than-beside-the-payment"),
    pytest.param("Ken now pays $132 a month for insurance. It is 10% more than normal. How "
                 "much does he pay a year?", id="payment-already-changed"),
    pytest.param("Sam's rent is $1200 per month and his car costs $300 per month. His "
                 "landlord raises the rent by 5%. How much will he pay in a year?",
                 id="landlord-raises-one-of-two"),
    pytest.param("Sam's rent is $1200 per month. His landlord raises the rent by 5% each "
                 "year. How much will he pay in 2 years?", id="raise-each-year"),
    pytest.param("Mia earns $600 a week and pays $200 a week in rent. She got a 10% raise. "
                 "How much does she earn in a year?", id="earnings-beside-rent"),
    pytest.param("Mia earns $600 a week. Her rent rose 10%. How much does she earn in a "
                 "year?", id="percent-of-rent"),
    pytest.param("Mia pays $600 a week. She got a 10% raise. How much does she earn in a "
                 "year?", id="earn-question-of-payment"),
    pytest.param("Leo's salary is $3,000 a month. His boss gave him a 5% raise. How much will "
                 "he make in a year?", id="second-person-boss"),
    # money red team (hpl) traps
    pytest.param("Karen pays $1,200 a month in rent. After 4 months, the rent rises by 5%. "
                 "How much does she pay for the whole year?", id="change-after-months"),
    pytest.param("Omar earns $3,000 a month. He gets a 10% raise. How much more does he earn "
                 "in a year?", id="asks-how-much-more"),
    pytest.param("Her phone bill is $60 a month and her internet bill is $40 a month. The "
                 "phone bill goes up by 10%. How much does she pay for both each month?",
                 id="one-bill-rises"),
    pytest.param("Sam earns $80 a day and works 5 days a week. He gets a 10% raise. How much "
                 "does he earn in a week?", id="days-per-week-count"),
]


def _periodic(text):
    """Run the periodic family alone on `text`."""
    return periodic.solve(parse(text, refuse_unreadable(text)), text)


@pytest.mark.parametrize(("text", "expected"), SOLVED)
def test_solved(text, expected):
    """Sum of payments × (1 ± p) × periods in the horizon."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == Fraction(expected)


@pytest.mark.parametrize("text", DECLINED)
def test_periodic_steps_aside(text):
    """One payment's percent, a partial horizon, another question: no periodic reading."""
    assert _periodic(text) is None


# Known wrong answers of another family on these traps (none today: the percent model's
# per-period horizon guard now declines "percent-of-something-else").
ARITH_WRONG: dict[str, str] = {}


def _pipeline_cases():
    """DECLINED with the known wrong answers of another family marked xfail."""
    for case in DECLINED:
        reason = ARITH_WRONG.get(case.id)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(*case.values, id=case.id, marks=marks)


@pytest.mark.parametrize("text", list(_pipeline_cases()))
def test_pipeline_declines(text):
    """No other family answers these traps either."""
    assert not answer(text).ok


def test_steps():
    """The sum, the percent and the horizon are each one step."""
    outcome = answer(SOLVED[2].values[0])
    assert [s.rule for s in outcome.steps] == ["per_sum", "per_percent", "per_horizon"]
    assert outcome.steps[-1].math == ("110 \u00d7 12 = 1320",)


GYM = "Ivy's gym charges $50 per month. "
PHASED = [
    pytest.param(GYM + "The gym charged her the initial amount for the first half of the year "
                 "and then charged her 20% more on the other half of the year. How much did "
                 "she pay by the end of the year?", "660", id="halves-more"),
    pytest.param("Raj pays $30 a month for music. For the first 4 months he paid the normal "
                 "price, then the price rose 10% for the rest of the year. How much did he pay "
                 "in a year?", "384", id="first-months-then-rest"),
    pytest.param("Eli pays $20 a week for lessons. He paid the initial amount for the first "
                 "half of the year and then paid 10% more for the other half of the year. How "
                 "much did he pay in a year?", "1092", id="weekly-halves"),
]

PHASED_DECLINED = [
    pytest.param(GYM + "The gym charged her the initial amount for the first half of the year "
                 "and then charged her 20% more on the other half of the year. How much did "
                 "she pay in 2 years?", id="horizon-beyond-the-year"),
    pytest.param(GYM + "The gym charged her 20% more on the other half of the year and the "
                 "initial amount for the first half of the year. How much did she pay in a "
                 "year?", id="percent-before-first-phase"),
    pytest.param("Raj pays $30 a month for music. For the first 14 months he paid the normal "
                 "price, then the price rose 10% for the rest of the year. How much did he pay "
                 "in a year?", id="first-phase-longer-than-year"),
    pytest.param(GYM + "The gym charged her the initial amount for the first half of the year. "
                 "It charged her 20% more. Then came the other half of the year. How much did "
                 "she pay in a year?", id="percent-apart-from-second-phase"),
    pytest.param("Ivy pays $5 a day for parking. She paid the initial amount for the first half "
                 "of the year and then paid 20% more on the other half of the year. How much "
                 "did she pay in a year?", id="days-in-a-year"),
    pytest.param(GYM + "The gym charged her the initial amount for the first half of the year "
                 "and then charged her 20% more on the other half of the year plus a $10 fee. "
                 "How much did she pay in a year?", id="extra-fee"),
    pytest.param(GYM + "The gym charged her the initial amount for the first half of the year "
                 "and then charged her 20% more on the other half of the year. How much did "
                 "she pay in the other half of the year?", id="asks-one-phase"),
    pytest.param(GYM + "For the first half of the year she paid 20% more. How much did she pay "
                 "in a year?", id="no-second-phase"),
    pytest.param(GYM + "The gym charged her the initial amount for the first half of the year "
                 "and then did not charge her 20% more on the other half of the year. How "
                 "much did she pay in a year?", id="negated"),
    pytest.param(GYM + "The gym charged her the initial amount for the first half of the year, "
                 "then 20% more for the rest of the year and 10% more for the other half of "
                 "the year. How much did she pay in a year?", id="two-second-phases"),
]


@pytest.mark.parametrize(("text", "expected"), PHASED)
def test_phases_solved(text, expected):
    """Stated payment for the first phase, changed by the percent for the rest."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == Fraction(expected)


@pytest.mark.parametrize("text", PHASED_DECLINED)
def test_phases_declined(text):
    """Phases that do not fill the asked year, or a percent not tied to the second one."""
    assert _periodic(text) is None
    assert not answer(text).ok


BONUS = [
    pytest.param("Mia earns $600 a week. She got a 10% raise. She also gets a $500 bonus. How "
                 "much does she earn in a year?", "34820", id="money-bonus"),
    pytest.param("Leo makes $3,000 a month. He got a 10% raise. He also got a bonus of a "
                 "month's salary. How much does he make in a year?", "42900",
                 id="month-salary-bonus"),
]

BONUS_DECLINED = [
    pytest.param("Mia earns $600 a week. She got a 10% raise. She also gets a $500 bonus. How "
                 "much does she earn in 2 years?", id="bonus-over-two-years"),
    pytest.param("Ken pays $120 a month for insurance. It is 10% more than normal. He also "
                 "gets a $50 bonus. How much does he pay a year?", id="bonus-beside-payment"),
    pytest.param("Mia earns $600 a week. She got a 10% raise. She also gets a $500 bonus every "
                 "quarter. How much does she earn in a year?", id="bonus-per-quarter"),
    pytest.param("Mia earns $600 a week. She got a 10% raise. She gets a $500 bonus. She gets "
                 "a $200 bonus. How much does she earn in a year?", id="two-bonuses"),
    pytest.param("Leo makes $3,000 a month. He got a 10% raise. He also got a bonus of two "
                 "months' salary. How much does he make in a year?", id="bonus-two-months"),
    pytest.param("Leo makes $3,000 a month. He got a 10% raise. He also got a bonus of half a "
                 "week's salary. How much does he make in a year?", id="bonus-other-period"),
]


@pytest.mark.parametrize(("text", "expected"), BONUS)
def test_bonus_solved(text, expected):
    """A one-off bonus is added once to a year of earnings."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == Fraction(expected)


def test_bonus_share_shows_the_pay_before_the_raise():
    """A bonus of a month's salary: the salary before the raise is the other reading."""
    outcome = answer(BONUS[1].values[0])
    assert [a.value for a in outcome.alternatives] == ["42600"]


@pytest.mark.parametrize("text", BONUS_DECLINED)
def test_bonus_declined(text):
    """A bonus over several years, beside payments, per quarter, twice: declined."""
    assert _periodic(text) is None
    assert not answer(text).ok
