"""Core defects found by the fuzz suite and the bench's hostile table, recorded as xfail tests.

The core (bot/core, grammar) is owned elsewhere; each test states the expected behaviour so the
fix turns it green. A wrong answer here is worse than a decline, so every test accepts either
the right value or a decline.
"""

from __future__ import annotations

import pytest

from bot.core import answer

INTERNAL_ERROR = "Something went wrong while solving"
GROWTH = "A colony of {} bacteria grows by 10% per hour. How many are there after {} hours?"


def _right_or_declined(text: str, expected: float) -> bool:
    """True when `text` is declined or its first answer is `expected` (1e-6 relative)."""
    outcome = answer(text)
    if not outcome.ok:
        return True
    return float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize("text", [
    pytest.param(GROWTH.format("9" * 10_000, 3), id="start-value"),
    pytest.param(GROWTH.format(200, "7" * 10_000), id="horizon"),
])
def test_very_long_number_is_declined_clearly(text):
    outcome = answer(text)
    assert not outcome.ok
    assert INTERNAL_ERROR not in outcome.error.message


@pytest.mark.parametrize("text", [
    pytest.param(GROWTH.format("2\u200b00", 3), id="zero-width-space"),
    pytest.param(GROWTH.format("20\u200d0", 3), id="zero-width-joiner"),
])
def test_zero_width_character_inside_a_number(text):
    assert _right_or_declined(text, 266.2)


@pytest.mark.parametrize("text", [
    pytest.param("A colony of 200 bacteria\x1b[31m grows by 10% per hour. How many are there "
                 "after 3 hours?", id="ansi-colour"),
    pytest.param("A colony of 200 bacteria\x1b[0;32m grows by 10% per hour. How many are "
                 "there after 3 hours?", id="ansi-two-codes"),
])
def test_control_sequence_is_not_a_start_value(text):
    assert _right_or_declined(text, 266.2)


@pytest.mark.parametrize("text", [
    pytest.param("A fund of 100 dollars grows by 5% by 5% per year. What is it worth after 3 "
                 "years?", id="twice"),
    pytest.param("A fund of 100 dollars grows " + "by 5% " * 50 + "per year. What is it worth "
                 "after 3 years?", id="fifty-times"),
])
def test_repeated_change_is_not_answered_wrongly(text):
    assert _right_or_declined(text, 100 * 1.05 ** 3)


@pytest.mark.parametrize("text", [
    pytest.param("An investment of 1500 dollars earns 8% interest compounded quarterly. What is "
                 "it worth after 3 years?", id="investment"),
    pytest.param("A deposit of 1500 dollars gains 8% interest, compounded quarterly. How much "
                 "is it after 3 years?", id="deposit"),
])
def test_nominal_annual_rate_compounded_quarterly(text):
    assert _right_or_declined(text, 1500 * 1.02 ** 12)
