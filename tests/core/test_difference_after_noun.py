"""'How many kilograms more' asks a difference, like 'how many more kilograms' (own
sentences): the value solvers must not answer it with the value reached."""

import pytest

from bot.core import answer


@pytest.mark.parametrize("text", [
    pytest.param("A pile of sand doubles every week. It has 3 kg now. How many kilograms more "
                 "will it have after 4 weeks?", id="kilograms-more"),
    pytest.param("A flock of 40 birds grows by 10 birds a year. How many birds more will there "
                 "be after 3 years?", id="birds-more"),
    pytest.param("A tank holds 900 liters and loses 5% a day. How many liters less will it "
                 "hold after 2 days?", id="liters-less"),
])
def test_noun_then_more_is_a_difference(text):
    outcome = answer(text)
    assert not outcome.ok or outcome.answers[0].quantity != "value", outcome.answers
    if outcome.ok:  # a family that reads the difference must give the difference
        assert float(outcome.answers[0].value) in (45, 30, 87.75)


def test_time_noun_then_more_still_asks_a_time():
    outcome = answer("A tree is 10 feet tall and grows 2 feet a year. How many years more until "
                     "it is 20 feet tall?")
    assert outcome.ok and float(outcome.answers[0].value) == 5
