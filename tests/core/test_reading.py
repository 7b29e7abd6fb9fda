""""How I read it" names the law's period as stated, including its count ("per 2 months")."""

from __future__ import annotations

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, fragment", [
    pytest.param("A tank holds 500 litres and loses 20 litres every 2 months. How much is left "
                 "after 6 months?", "per 2 months (linear)", id="linear-every-2"),
    pytest.param("A pond has 900 fish and gains 30 fish every 3 weeks. How many fish are in the "
                 "pond after 12 weeks?", "per 3 weeks (linear)", id="linear-every-3"),
    pytest.param("A colony of 100 cells doubles every 3 hours. How many cells after 12 hours?",
                 "multiplied by 2 per 3 hours", id="factor-every-3"),
    pytest.param("A town of 4000 grows by 5% per year. What is it after 2 years?",
                 "per year,", id="single-period"),
])
def test_reading_names_the_period_with_its_count(text, fragment):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert any(fragment in line for line in outcome.reading), outcome.reading
