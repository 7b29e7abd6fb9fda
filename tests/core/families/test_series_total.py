"""Table-driven checks of totals over periods (geometric and arithmetic series).

Sentences written for these tests; expected totals are summed term by term by hand.
"""

from __future__ import annotations

import pytest

from bot.core import answer

CASES = [
    pytest.param("A bakery bakes 200 loaves in the first week and its output increases by 5% "
                 "each week. How many loaves does it bake in total over the first 8 weeks?",
                 sum(200 * 1.05 ** k for k in range(8)), "geometric_sum", id="geometric-up"),
    pytest.param("A well yields 900 liters in its first day of use, and the yield falls by "
                 "10% each day. What is the total yield in 5 days?",
                 sum(900 * 0.9 ** k for k in range(5)), "geometric_sum", id="geometric-down"),
    pytest.param("Leo runs 3 km on the first day and each day he runs 2 more km than the day "
                 "before. How many km does he run altogether in 7 days?",
                 sum(3 + 2 * k for k in range(7)), "arithmetic_sum", id="arithmetic-more-than"),
    pytest.param("A shop sold 120 lamps in the first month and sales increased by 15 lamps "
                 "each month. How many lamps were sold in total in 6 months?",
                 sum(120 + 15 * k for k in range(6)), "arithmetic_sum", id="arithmetic-by"),
]


@pytest.mark.parametrize(("text", "expected", "rule"), CASES)
def test_total_over_first_periods(text, expected, rule):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-9)
    assert any(step.rule == rule for step in outcome.steps)


def test_total_of_a_stock_is_not_a_series():
    outcome = answer("A town's total population is 5000 and it grows by 2% per year. What "
                     "is the total population after 3 years?")
    assert not any(step.rule == "geometric_sum" for step in outcome.steps)


MORE = [
    pytest.param("A store sells 500 shirts in the first month. Each month, sales increase by "
                 "8%. What is the total number of shirts sold in the first year?",
                 [sum(500 * 1.08 ** k for k in range(12))], id="first-year-of-months"),
    pytest.param("Sales are 100 units in the first week and increase by 10 units each week. "
                 "What are the total sales over 8 weeks and the sales in week 8?",
                 [1080, 170], id="total-and-week-8"),
]


@pytest.mark.parametrize(("text", "values"), MORE)
def test_total_with_other_horizons(text, values):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert [float(a.value) for a in outcome.answers] == pytest.approx(values, rel=1e-9)
