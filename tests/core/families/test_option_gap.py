"""The gap after n periods between two options (own sentences, worked by hand):
|r1 − r2| × periods, the common start cancelling."""

from fractions import Fraction

import pytest

from bot.core import answer

SOLVED = [
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims every "
                 "day, she will lose 1.5 pounds a week. What is the difference in her weight"
                 " after 8 weeks between the two options?",
                 4, id='both-lose-weeks'),
    pytest.param("If Ben takes the bus, he saves $3 a day. If he drives, he spends $5 a day."
                 " What is the difference in his money after 2 weeks between the two "
                 "choices?",
                 112, id='save-versus-spend-two-weeks'),
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims every "
                 "day, she will lose 1.5 pounds a week. What is the difference in her weight"
                 " after 8 days between the two options?",
                 Fraction(4, 7), id='horizon-in-days'),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_gap_between_options(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert Fraction(outcome.answers[0].exact) == value
    assert any(step.rule == "gap_after" for step in outcome.steps)


DECLINED = [
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims, she "
                 "will lose 1.5 pounds a week. If she runs, she will lose 2 pounds a week. "
                 "What is the difference in her weight after 8 weeks between the options?",
                 id='three-options'),
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims every "
                 "day, she will lose 1.5 pounds a month. What is the difference in her "
                 "weight after 8 weeks between the two options?",
                 id='rates-in-other-periods'),
    pytest.param("Ana weighs 150 pounds. If Ana walks every day, she will lose 1 pound a "
                 "week. If she swims every day, she will lose 1.5 pounds a week. What is the"
                 " difference in her weight after 8 weeks between the two options?",
                 id='stated-start'),
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims every "
                 "day, she will not lose 1.5 pounds a week. What is the difference in her "
                 "weight after 8 weeks between the two options?",
                 id='negation'),
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims every "
                 "day, her weight changes by 1.5 pounds a week. What is the difference in "
                 "her weight after 8 weeks between the two options?",
                 id='unsigned-rate'),
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims every "
                 "day, she will lose 1.5 pounds a week. What is the difference in her weight"
                 " between the two options?",
                 id='no-horizon'),
    pytest.param("If Ana walks every day, she will lose 1 pound a week. If she swims every "
                 "day, she will lose 1.5 pounds a week. What is her weight after 8 weeks?",
                 id='not-a-difference'),
]


@pytest.mark.parametrize("text", DECLINED)
def test_gap_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers
