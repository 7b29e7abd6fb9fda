"""Table-driven checks of the two-quantities family: when A equals B, and the value then.

Every sentence is written for these tests; expected values are worked by hand from the
equations A0·fa^t = B0·fb^t (compound) and A0 + da·t = B0 + db·t (linear).
"""

from __future__ import annotations

import json
import math

import pytest

from bot.core import answer

LINEAR = [
    pytest.param("Tom has 200 dollars and saves 30 dollars each week. Jerry has 500 dollars "
                 "and his savings increase by 10 dollars each week. When will they have the "
                 "same amount? How much will each have then?", 15, 650,
                 id="saves-vs-increase"),
    pytest.param("A small tank holds 120 liters and its level is increasing by 8 liters per "
                 "hour. A large tank holds 400 liters and its level is decreasing by 12 liters "
                 "per hour. After how long will the two tanks be equal? What is the amount "
                 "then?", 14, 232, id="rise-vs-fall"),
]


@pytest.mark.parametrize(("text", "time", "value"), LINEAR)
def test_linear_crossing_and_value(text, time, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert [a.part for a in outcome.answers] == ["a", "b"]
    assert float(outcome.answers[0].value) == pytest.approx(time)
    assert float(outcome.answers[1].value) == pytest.approx(value)
    json.dumps(outcome.to_json())


COMPOUND = [
    pytest.param("Town A has 5000 residents and its population is growing by 4% per year. "
                 "Town B has 8000 residents and its population is shrinking by 2% per year. "
                 "How long will it take for the two towns to have the same population?",
                 math.log(8000 / 5000) / math.log(1.04 / 0.98), id="grow-vs-shrink"),
    pytest.param("Lake A had 6000 fish at the start and the number has been decreasing by 3% "
                 "per year. Lake B had 9000 fish initially and the number has been decreasing "
                 "by 8% per year. Calculate how long it takes until both lakes are the same.",
                 math.log(9000 / 6000) / math.log(0.97 / 0.92), id="both-shrink"),
]


@pytest.mark.parametrize(("text", "time"), COMPOUND)
def test_compound_crossing_is_exact(text, time):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(time, rel=1e-9)
    assert "log" in outcome.answers[0].exact


WHOLE = [
    pytest.param("Town A has 5000 residents and its population is growing by 4% per year. "
                 "Town B has 8000 residents and its population is shrinking by 2% per year. "
                 "After how many whole years will town A have more residents than town B?",
                 8, id="more-than-whole-years"),
    pytest.param("Shop A sells 300 cakes a month and its sales rise by 10% every month. Shop "
                 "B sells 900 cakes a month and its sales fall by 5% every month. How many "
                 "full months until shop A sells more than shop B?", 8,
                 id="sells-more-full-months"),
]


@pytest.mark.parametrize(("text", "count"), WHOLE)
def test_whole_periods_until_one_passes_the_other(text, count):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == count
    assert any(step.rule == "whole_check" for step in outcome.steps)


DECLINES = [
    pytest.param("A has 100 dollars and grows by 5% per year. B has 300 dollars and grows by "
                 "10 dollars per year. When will they be equal?", id="mixed-kinds"),
    pytest.param("A has 100 dollars and grows by 5% per year. B has 300 dollars and grows by "
                 "2% per month. When will they be the same?", id="different-periods"),
]


@pytest.mark.parametrize("text", DECLINES)
def test_declines_what_it_cannot_compare(text):
    outcome = answer(text)
    assert not outcome.ok


GAPS = [
    pytest.param("Tank A holds 500 liters and loses 20 liters per hour. Tank B holds 300 "
                 "liters and gains 15 liters per hour. What is the difference between the "
                 "tanks after 4 hours?", 60, id="difference-linear"),
    pytest.param("Town A has 5000 residents and grows by 4% per year. Town B has 8000 "
                 "residents and shrinks by 2% per year. What is the ratio of town B to town A "
                 "after 10 years?", 8000 * 0.98 ** 10 / (5000 * 1.04 ** 10),
                 id="ratio-named-order"),
]


@pytest.mark.parametrize(("text", "expected"), GAPS)
def test_gap_at_a_stated_time(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-9)


PAIRING = [
    pytest.param("Town B has 8000 residents and Town A has 5000 residents. Town A grows by 4% "
                 "per year while Town B shrinks by 2% per year. After how long will the towns "
                 "be the same?", math.log(8000 / 5000) / math.log(1.04 / 0.98),
                 id="letters-out-of-order"),
    pytest.param("Farm Q has 900 sheep and farm P has 400 sheep. Farm P gains 30 sheep per "
                 "month while farm Q loses 20 sheep per month. When will both farms have the "
                 "same number of sheep?", 10, id="letters-linear"),
    pytest.param("Farm Q has 900 sheep and farm P has 400 sheep. Farm P adds 30 sheep per "
                 "month while farm Q sells 20 sheep per month... When will both farms have "
                 "the same number of sheep?", 10, id="letters-linear-sells",
                 marks=pytest.mark.xfail(reason="'sells 20 sheep per month' is not read as "
                                                "a decrease (sell is too often a flow)")),
]


@pytest.mark.parametrize(("text", "time"), PAIRING)
def test_changes_follow_their_named_quantity(text, time):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(time, rel=1e-9)


def test_both_parts_with_a_drained_pool():
    outcome = answer("A pool has 1000 gallons and 50 gallons are added each hour. A second pool "
                     "has 2000 gallons and 30 gallons are drained each hour. When will they "
                     "hold the same amount, and how much will each hold?")
    assert outcome.ok, outcome.error and outcome.error.message
    assert [float(a.value) for a in outcome.answers] == [12.5, 1625]
