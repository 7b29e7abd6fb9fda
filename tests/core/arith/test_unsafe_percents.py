"""Percent stories the arithmetic family once answered wrongly now decline (or reach the
family that reads them). Sentences written for this test, two wordings per shape."""

from __future__ import annotations

import pytest

from bot.core import answer

DECLINED = [
    pytest.param("Jane had $50. She spent 20% of it. Then she spent 10% of the original "
                 "amount. How much does she have left?", id="later-percent-of-the-original"),
    pytest.param("Omar had $80. He used 25% of it on lunch and later 10% of his starting "
                 "money on a bus ticket. How much is left?", id="later-percent-of-the-start"),
    pytest.param("Jane had $50. She spent 20% of it and her brother spent 10% of his. How much "
                 "does Jane have left?", id="someone-elses-percent"),
    pytest.param("Lee had $60. He gave away 30% of it and his sister gave away 20% of hers. "
                 "How much does Lee have now?", id="someone-elses-percent-2"),
    pytest.param("Tom had $50. He spent 150% of it. How much is left?", id="more-than-all"),
    pytest.param("Ava had $40 and spent 120% of it. How much money remains?",
                 id="more-than-all-2"),
    pytest.param("Tom has $50. The price rises 10%. How much money does he have now?",
                 id="price-change-on-money-held"),
    pytest.param("Sara has $30 saved. The cost of tickets increases by 20%. How much does she "
                 "have now?", id="price-change-on-money-held-2"),
    pytest.param("A laptop costs $800. The price goes up by 10%, then a 5% discount is "
                 "applied. By how much did the price change?", id="asks-the-change"),
    pytest.param("A coat costs $120. Its price rises 25% and then falls 20%. What is the "
                 "difference between the old and new price?", id="asks-the-difference"),
]


@pytest.mark.parametrize("text", DECLINED)
def test_unsafe_percent_story_is_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


@pytest.mark.parametrize("text, expected", [
    pytest.param("Terry has some oranges. 5% of them are thrown away, then 50% of the "
                 "remaining oranges are sold and he is left with 38 oranges. How many oranges "
                 "did he have at first?", 80, id="start-from-end-state"),
    pytest.param("Kim had some stickers. She gave away 25% of them and then lost 10 more, so "
                 "she is left with 50 stickers. How many stickers did she have originally?",
                 80, id="start-from-end-state-2"),
])
def test_an_end_state_is_never_the_base_of_a_forward_percent(text, expected):
    """"left with 38" is the end: read backward (sequence family) or declined, never 0.95."""
    outcome = answer(text)
    assert not outcome.ok or float(outcome.answers[0].value) == pytest.approx(expected)
