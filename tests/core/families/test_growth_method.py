"""Checks of the named-method forecast family (geometric vs arithmetic increase method).

Sentences written for these tests; values worked by hand: geometric P0·(1+r)^n,
arithmetic P0 + n·d.
"""

from __future__ import annotations

import pytest

from bot.core import answer

CASES = [
    pytest.param("In 1990 the population of a town was 40,000. The average increase per "
                 "decade is 6000 and the average percentage increase per decade is 10%. "
                 "Using the geometric increase method, estimate the population in 2020.",
                 40000 * 1.1 ** 3, 40000 + 3 * 6000, id="geometric-three-decades"),
    pytest.param("The population of a village in 2010 is 8000. The average increase in "
                 "population per decade is 1500 and the average percentage increase per "
                 "decade is 15%. By the arithmetical increase method, what will the "
                 "population be in 2030?", 8000 + 2 * 1500, 8000 * 1.15 ** 2,
                 id="arithmetical-two-decades"),
]


@pytest.mark.parametrize(("text", "expected", "other"), CASES)
def test_named_method_and_other_method_as_alternative(text, expected, other):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert float(outcome.answers[0].value) == pytest.approx(expected)
    assert [float(a.value) for a in outcome.alternatives] == [pytest.approx(other)]
