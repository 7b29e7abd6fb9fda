"""Law pipeline guards found by the rate / until red team (wt/hrate): readings that would
give a confident wrong value decline; the plain readings beside them still answer.

Every sentence is written for these tests; the expected values are worked by hand.
"""

from fractions import Fraction

import pytest

from bot.core import answer

CASES = [
    # a count of the actors is no start of what they move
    pytest.param("Five pumps together remove 400 gallons per hour. How many gallons does each "
                 "pump remove in 3 hours?", None, id="count-of-pumps-not-a-start"),
    pytest.param("Three ovens bake 90 rolls per hour. How many rolls does each oven bake in "
                 "2 hours?", 60, id="count-of-ovens-is-a-divisor"),
    pytest.param("A tank holds 900 gallons. A pump removes 40 gallons per hour. How many "
                 "gallons are in the tank after 3 hours?", 780, id="same-noun-start"),
    # a rate start asked over a span in another time unit
    pytest.param("A boat travels at 20 km per hour in still water. Going against the current "
                 "its speed is reduced by 5 km per hour. How many km does it go in 90 minutes "
                 "against the current?", Fraction(45, 2), id="rate-start-minutes-span"),
    # a level stated after some periods, asked from time zero
    pytest.param("A rumor spreads so that the number who know it triples every day. After 4 "
                 "days, 810 people know it. How many people learned it on the fourth day?",
                 None, id="later-level-ordinal-question"),
    pytest.param("A 500 mg dose of a drug decays so that 60% remains after 4 hours. How much "
                 "remains after 8 hours?", 180, id="change-own-span-is-no-later-level"),
    # the asked unit, a split horizon, a part step, a change asked
    pytest.param("A tree is 5 feet tall and grows 8 inches a year. How tall is it in inches "
                 "after 6 years?", None, id="asked-in-other-unit"),
    pytest.param("A tree is 5 feet tall and grows 8 inches a year. How tall is it in feet "
                 "after 6 years?", 9, id="asked-in-start-unit"),
    pytest.param("A herd of 90 deer grows by 12 deer a year. How many deer will there be in "
                 "3 years and 6 months?", None, id="split-horizon"),
    pytest.param("A plant is 12 cm tall. It grows 2 cm every 3 days. How tall is it after 2 "
                 "weeks?", None, id="part-step"),
    pytest.param("A plant is 12 cm tall. It grows 2 cm every 3 days. How tall is it after 15 "
                 "days?", 22, id="whole-steps"),
    pytest.param("A colony of 400 ants grows by 50 ants each week. How many ants are added in "
                 "5 weeks?", None, id="asks-added"),
    pytest.param("A colony of 400 ants grows by 50 ants each week. How many ants are there "
                 "after 5 weeks?", 650, id="asks-level"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_law_rate_guards(text, expected):
    outcome = answer(text)
    if expected is None:
        assert not outcome.ok, outcome.answers
    else:
        assert outcome.ok, outcome.error
        assert Fraction(outcome.answers[0].value) == Fraction(expected)
