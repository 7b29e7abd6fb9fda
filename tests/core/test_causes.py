"""Declines without a law are labelled by the first construct no solver placed (eval --list)."""

from __future__ import annotations

import pytest

from bot.core import answer
from bot.core.causes import GENERIC, refine


@pytest.mark.parametrize("text, label", [
    pytest.param("Ann has 3 more shells than Ben, who has twice as many as Cy.",
                 "a comparison between quantities", id="comparison"),
    pytest.param("Dee is 4 years older than Eve.", "a comparison between quantities",
                 id="comparison-older"),
    pytest.param("Gus had 40 nuts, ate some, then gave the rest away.",
                 "a sequence of steps on an amount", id="sequence"),
    pytest.param("How many stamps are left in the drawer?", "a sequence of steps on an amount",
                 id="sequence-left"),
    pytest.param("A pump moves 30 litres per minute.", "a rate or price per unit", id="rate"),
    pytest.param("Pens cost 2 dollars each.", "a rate or price per unit", id="price-each"),
    pytest.param("Only 35% of the seats were filled.", "a percent of an amount", id="percent"),
])
def test_generic_no_law_cause_names_the_construct(text, label):
    assert refine(GENERIC, text) == f"{GENERIC}: {label}"


@pytest.mark.parametrize("cause, text", [
    pytest.param(GENERIC, "A tank holds 300 litres. How much is in it after 4 hours?",
                 id="no-cue-stays-generic"),
    pytest.param("the question", "Pens cost 2 dollars each.", id="other-causes-unchanged"),
])
def test_refine_leaves_other_causes_alone(cause, text):
    assert refine(cause, text) == cause


@pytest.mark.parametrize("text, label", [
    pytest.param("Pens cost 2 dollars each. How many pens are there after 3 days?",
                 "a rate or price per unit", id="rate"),
    pytest.param("A jar holds 40 beans and some are more than others. How many beans are in "
                 "the jar after 3 days?", "a comparison between quantities", id="comparison"),
])
def test_declined_outcome_carries_the_refined_cause_but_the_same_message(text, label):
    outcome = answer(text)
    assert not outcome.ok
    assert outcome.error.cause == f"{GENERIC}: {label}"
    assert outcome.error.message.startswith("I did not understand how the quantity changes")
