"""The same route at another speed (bot/core/arith/route.py): own wordings, hand-computed;
traps decline."""

from fractions import Fraction

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ann drove from 9 a.m. to 11 a.m. at 50 mph. She drove back at 40 mph. How "
                 "long did the drive back take?", Fraction(5, 2), id="clock-am"),
    pytest.param("A boat sails at 12 miles per hour. It sails from 10 AM to 2 PM. It then "
                 "sails back at 16 miles per hour. How long does the trip back take?", 3,
                 id="clock-am-to-pm"),
    pytest.param("It takes a nurse 12 minutes to drive from home to the clinic at 30 km per "
                 "hour. How many minutes will it take her to walk along the same route at 5 "
                 "km per hour?", 72, id="same-route-question-speed"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. He returns at 6 km per hour. How "
                 "many hours does the return take?", 2, id="returns"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. He returns at 6 km per hour. How "
                 "many hours does the round trip take?", 5, id="round-trip-total"),
    pytest.param("Leo rows for 90 minutes at 4 km per hour. He returns at 3 km per hour. How "
                 "long does it take him to get back?", 120, id="how-long-in-minutes-as-stated"),
    pytest.param("It takes Mia 30 minutes to walk to the park at 4 km per hour. How long will "
                 "it take her to bike the same distance at 12 km per hour?", 10,
                 id="how-long-in-stated-unit"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Leo rows for 3 hours at 4 km per hour. He then rows on at 6 km per hour. "
                 "How many hours does he row?", id="no-same-route-cue"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. He returns 2 km per hour faster. "
                 "How many hours does the return take?", id="relative-speed"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. He returns at 6 km per hour after a "
                 "rest of 20 minutes. How many hours does the return take?", id="rest"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. Mia returns at 6 km per hour. How "
                 "many hours does Mia's return take?", id="two-actors"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. He returns at 6 km per hour. How "
                 "far does he row back?", id="asks-distance"),
    pytest.param("Leo rows for 3 hours at 4 km per hour with 2 friends. He returns at 6 km "
                 "per hour. How many hours does the return take?", id="extra-number"),
    pytest.param("Leo rows 12 km for 3 hours at 4 km per hour. He returns at 6 km per hour. "
                 "How many hours does the return take?", id="distance-and-time"),
    pytest.param("Ann drove from 11 a.m. to 9 a.m. at 50 mph. She drove back at 40 mph. How "
                 "long did the drive back take?", id="clock-backwards"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. He returns halfway at 6 km per "
                 "hour. How many hours does the return take?", id="halfway"),
    pytest.param("Leo rows for 3 hours at 4 km per hour. He returns at 6 km per hour. How "
                 "many hours does the return not take?", id="negated"),
])
def test_declines(text):
    _check(text, None)


# Red team (wt/hrate): a round trip at a speed named in the question may mean that speed both
# ways: declined.
HRATE = [
    pytest.param('It takes Uma 20 minutes to walk to the library at 3 mph. How many minutes '
                 'would the round trip take at 4 mph along the same route?',
                 None, id='round-trip-question-speed'),
    pytest.param('Leo jogs to the pool at 6 mph in 30 minutes. How many minutes does the whole '
                 'round trip take at 5 mph along the same road?',
                 None, id='whole-round-trip-question-speed'),
    pytest.param('It takes Uma 20 minutes to walk to the library at 3 mph. How many minutes '
                 'would it take her at 4 mph along the same route?',
                 15, id='same-route-question-speed'),
    pytest.param('Leo jogs to the pool at 6 mph in 30 minutes. He jogs back at 4 mph. How many '
                 'minutes does the round trip take?',
                 75, id='round-trip-back-speed-stated'),
    # "6 mph in 30 minutes" is a speed held for a time, never "0.2 mph per minute"
    pytest.param('Ada skates at 8 mph in 15 minutes. How many miles does she skate?',
                 2, id='speed-in-minutes-not-divided'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
