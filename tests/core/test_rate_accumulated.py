"""A start stated per period ("40 parts per hour") with a question over a span of those periods
("in 3 hours") is not read as a level changing linearly: the words ask for a total made.

The law pipeline declines it by name; another solver may answer it only with the right value.
"""

from __future__ import annotations

import pytest

from bot.core import answer

DECLINED = [
    pytest.param("A pump moves 30 liters per minute and its flow increases by 5 liters per "
                 "minute. How many liters does it move in 4 minutes?", id="pump-flow-grows"),
    pytest.param("A bakery makes 200 loaves per day, and its output rises by 20 loaves per day. "
                 "How many loaves does it make in 5 days?", id="bakery-output-rises"),
    pytest.param("A loom weaves 6 meters per hour and its pace increases by 1 meter per hour. "
                 "How many meters does it weave in 8 hours?", id="loom-pace"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_rate_over_a_span_is_declined_by_name(text: str) -> None:
    """The decline names the rate and the span instead of answering start + n·change."""
    outcome = answer(text)
    assert not outcome.ok
    assert "rate or the total" in outcome.error.message


ANSWERED = [
    pytest.param("A drill usually bores 12 holes per hour. On hard rock its rate is reduced by "
                 "4 holes per hour. How many holes does it bore in 3 hours on hard rock?", 24,
                 id="condition-reduced"),
    pytest.param("A press usually makes 40 parts per hour. On busy days its rate is increased by "
                 "10 parts per hour. How many parts in 3 hours on a busy day?", 150,
                 id="condition-increased"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED)
def test_condition_changed_rate_total(text: str, expected: int) -> None:
    """With a named condition the arithmetic family answers the total at the changed rate."""
    outcome = answer(text)
    assert outcome.ok, outcome.error.message
    assert float(outcome.answers[0].value) == expected


def test_speed_goes_up_never_answers_a_level() -> None:
    """Whatever solver sees it, 50 + 10·2 = 70 words is never the answer to a total typed."""
    outcome = answer("A typist types 50 words per minute; her speed goes up by 2 words per "
                     "minute. How many words does she type in 10 minutes?")
    assert not outcome.ok or float(outcome.answers[0].value) != 70


def test_level_question_still_answered() -> None:
    """A start that is a level, asked "after" a span, keeps the linear reading."""
    outcome = answer("A tank holds 40 liters and gains 10 liters per hour. How many liters are "
                     "in the tank after 3 hours?")
    assert outcome.ok, outcome.error.message
    assert float(outcome.answers[0].value) == 70
