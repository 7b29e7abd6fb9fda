"""Table-driven checks of the recurrence family: x(n+1) = f·x(n) + c.

Every sentence is written for these tests; expected values are the recurrence iterated by
hand (a loop over whole periods), independent of the closed form the family uses.
"""

from __future__ import annotations

import json

import pytest

from bot.core import answer


def _iterate(start: float, factor: float, added: float, periods: int) -> float:
    """Return the value after `periods` steps of x -> factor·x + added."""
    value = start
    for _ in range(periods):
        value = factor * value + added
    return value


def _first_count(start, factor, added, level, falling: bool) -> int:
    """Return the first whole n at which the iterated value reaches the level."""
    value, n = start, 0
    while (value > level) if falling else (value < level):
        value, n = factor * value + added, n + 1
    return n


VALUES = [
    pytest.param("A lake holds 5000 fish. The fish population grows by 8% each year, and "
                 "at the end of each year 300 fish are caught. How many fish are in the lake "
                 "after 6 years?", _iterate(5000, 1.08, -300, 6), id="fish-caught-end"),
    pytest.param("A savings pot has 1200 dollars and earns 5% interest each year. At the end "
                 "of each year 100 dollars are deposited. How much is in the pot after 3 "
                 "years?", _iterate(1200, 1.05, 100, 3), id="deposit-end"),
    pytest.param("A herd of 900 deer shrinks by 10% per year, and 50 new deer are released "
                 "into the park each year. How many deer are there after 4 years?",
                 _iterate(900, 0.9, 50, 4), id="deer-released"),
    pytest.param("At the start of 2020 an orchard had 400 trees. Each year 4% of the trees "
                 "die from disease, and at the end of each year 30 new trees are planted. How "
                 "many trees will there be at the start of 2025?", _iterate(400, 0.96, 30, 5),
                 id="orchard-years"),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_value_after_periods(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[-1].value) == pytest.approx(expected, rel=1e-9)
    # a closed form for the whole recurrence, or (interest with deposits) the annuity sum
    assert any(step.rule in ("closed_form", "deposits") for step in outcome.steps)
    json.dumps(outcome.to_json())


ORDERS = [
    pytest.param("A plantation holds 20000 m^3 of timber. The timber grows by 4% a year and "
                 "500 m^3 is harvested each year. How much timber is there after 3 years?",
                 _iterate(20000, 1.04, -500, 3), _iterate(20000, 1.04, -500 * 1.04, 3),
                 id="harvest-unspecified-order"),
    pytest.param("A colony has 3000 bees and grows by 6% per month, while the keeper removes "
                 "100 bees each month. How many bees are there after 5 months?",
                 _iterate(3000, 1.06, -100, 5), _iterate(3000, 1.06, -106, 5),
                 id="removes-unspecified-order"),
]


@pytest.mark.parametrize(("text", "expected", "other"), ORDERS)
def test_order_alternative_when_unstated(text, expected, other):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-9)
    assert any(float(a.value) == pytest.approx(other, rel=1e-9)
               for a in outcome.alternatives)


THRESHOLDS = [
    pytest.param("A town has 50000 people. The annual birth rate is 1.5% and the annual "
                 "death rate is 0.5%, and there is a constant loss of 2000 people per year. How "
                 "many years will it take for the population to drop to 30000?",
                 _first_count(50000, 1.01, -2000, 30000, True), id="net-rate-loss"),
    pytest.param("A reservoir holds 90000 liters and loses 2% of its water each day by "
                 "evaporation, and 500 liters are added each day. After how many days does "
                 "the reservoir drop to 60000 liters?",
                 _first_count(90000, 0.98, 500, 60000, True), id="evaporation-added"),
    pytest.param("A fund holds 1000 dollars, grows by 10% per year, and 200 dollars are "
                 "deposited each year. How many years until the fund grows to 5000 dollars?",
                 _first_count(1000, 1.1, 200, 5000, False), id="fund-grows-to"),
]


@pytest.mark.parametrize(("text", "expected"), THRESHOLDS)
def test_threshold_whole_count(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == expected
    assert any(step.rule == "whole_check" for step in outcome.steps)


NOT_MINE = [
    pytest.param("A model's loss starts at 2.5 and decreases by 10% per epoch. What is the "
                 "loss after 5 epochs?", 2.5 * 0.9 ** 5, id="loss-is-a-value"),
    pytest.param("A shop sells 200 items in week 1 and sales grow by 10% each week. How many "
                 "items are sold in week 3?", 200 * 1.1 ** 2, id="sells-is-a-value"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_MINE)
def test_single_law_problems_stay_with_the_law_pipeline(text, expected):
    outcome = answer(text)
    assert outcome.ok
    assert float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-9)
    assert not any(step.rule == "recurrence" for step in outcome.steps)


ANNUITIES = [
    pytest.param("In January you open an account with an initial deposit of $500 that is "
                 "compounded monthly at a rate of 6%. At the end of each month you deposit "
                 "$100. How much is in the account at the end of the year?",
                 _iterate(500, 1.005, 100, 12), id="nominal-rate-end-of-year"),
    pytest.param("A savings account starts with an initial deposit of $1000 and pays 2.4% "
                 "interest compounded monthly. At the end of each month $50 is deposited. "
                 "How much is in the account after 6 months?",
                 _iterate(1000, 1.002, 50, 6), id="nominal-rate-six-months"),
]


@pytest.mark.parametrize(("text", "expected"), ANNUITIES)
def test_regular_deposits_with_a_nominal_yearly_rate(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-9)


MORE_WORDINGS = [
    pytest.param("The population of a town is 20000 and grows 3% per year. Additionally, 500 "
                 "people move in each year. What is the population after 4 years?",
                 _iterate(20000, 1.03, 500, 4), id="people-move-in"),
    pytest.param("An account has $1000 and earns 5% interest per year. Each year $100 is "
                 "withdrawn at the start of the year. How much is left after 2 years?",
                 _iterate(1000, 1.05, -105, 2), id="withdrawn-at-start"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_WORDINGS)
def test_more_wordings_of_the_fixed_amount(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-9)


def test_two_parts_in_one_clause():
    outcome = answer("A population of 800 deer grows by 12% a year. Hunters kill 60 deer each "
                     "year. Find the population after 3 years and the number of years until "
                     "it exceeds 1200.")
    assert outcome.ok, outcome.error and outcome.error.message
    assert [a.part for a in outcome.answers] == ["a", "b"]
    assert float(outcome.answers[0].value) == pytest.approx(_iterate(800, 1.12, -60, 3))
    assert outcome.answers[1].value == str(_first_count(800, 1.12, -60, 1200, False))


def test_fixed_amount_of_another_thing_declines():
    outcome = answer("A town has 5000 people. Its population grows by 2% per year, and 100 new "
                     "houses are built each year. What is the population after 3 years?")
    assert not outcome.ok


UNEXPLAINED = [
    pytest.param("A school has 800 students and enrollment grows 5% per year. Each year 20 "
                 "students graduate. What is the enrollment in 3 years?", id="graduate"),
    pytest.param("A reef has 3000 corals and grows by 4% a year. Every year 150 corals bleach. "
                 "How many corals are there after 5 years?", id="bleach"),
]


@pytest.mark.parametrize("text", UNEXPLAINED)
def test_per_period_amount_with_an_unknown_verb_declines(text):
    outcome = answer(text)
    assert not outcome.ok
    assert "added or removed" in outcome.error.message
