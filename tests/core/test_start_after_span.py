"""A level stated "after 9 days" is not the start: counting the question's horizon from it
would be wrong (own sentences; the right answers are 1600 and 24, the solver declines)."""

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, wrong", [
    pytest.param("A colony of bacteria doubles every 3 days. After 9 days there are 800 "
                 "bacteria. How many bacteria will there be after 12 days?", 12800,
                 id="doubling-level-after-span"),
    pytest.param("A plant grows 2 cm a week. After 3 weeks it is 20 cm tall. How tall will it "
                 "be after 5 weeks?", 30, id="linear-level-after-span"),
])
def test_level_after_a_span_is_not_the_start(text, wrong):
    outcome = answer(text)
    assert not outcome.ok or float(outcome.answers[0].value) != wrong


def test_start_in_the_question_clause_still_reads():
    outcome = answer("An isotope has a half-life of 12 days. How much of a 200 g sample is left "
                     "after 30 days?")
    assert outcome.ok and abs(float(outcome.answers[0].value) - 200 * 0.5 ** 2.5) < 1e-6
