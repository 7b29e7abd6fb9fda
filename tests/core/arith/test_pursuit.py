"""Two movers apart or catching up (bot/core/arith/pursuit.py): own wordings,
hand-computed; traps decline."""

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Two buses leave a depot in opposite directions. One bus drives 40 miles per "
                 "hour and the other bus drives 55 miles per hour. How far apart are they "
                 "after 2 hours?", 190, id="opposite"),
    pytest.param("Two boats are on a lake. The first boat moves at 8 km per hour when the "
                 "second boat passes it at 11 km per hour. If both keep their speeds, how "
                 "many km will separate them after 3 hours?", 9, id="passes-same-way"),
    pytest.param("Two runners start from a gate and head in the same direction at 9 km per "
                 "hour and 12 km per hour. How many km apart are they after 40 minutes?", 2,
                 id="same-direction-minutes"),
    pytest.param("Ada is 30 miles ahead of Ben, riding 20 miles per hour. Ben is riding 30 "
                 "miles per hour. How long will it take Ben to catch up with Ada?", 3,
                 id="catch-up-ahead"),
    pytest.param("Ben is riding 30 miles per hour. Ada is 10 miles ahead of Ben, riding 20 "
                 "miles per hour. How many minutes will it take Ben to catch up?", 60,
                 id="catch-up-minutes"),
    pytest.param("Ben is 12 km behind Ada, running 15 km per hour. Ada runs 11 km per hour. "
                 "How long will it take Ben to catch up with Ada?", 3, id="catch-up-behind"),
    pytest.param("Two ferries leave the same dock at the same time going in opposite "
                 "directions. One sails at 12 mph and the other at 18 mph. How far apart are "
                 "they after 2 hours?", 60, id="one-and-the-other"),
    # the second speed stated from the first
    pytest.param("Two boats leave a dock in opposite directions. One boat sails at 10 mph and "
                 "the other sails twice as fast. How far apart are they after 2 hours?", 60,
                 id="twice-as-fast"),
    pytest.param("Two vans leave a depot in opposite directions. One van drives 50 mph and "
                 "the other drives half that speed. How far apart are they after 2 hours?",
                 150, id="half-that-speed"),
    pytest.param("Two buses leave a depot in opposite directions. One bus drives 40 miles per "
                 "hour and the other bus drives twice as fast. How far apart are they after "
                 "2 hours?", 240, id="relative-speed-bus"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Two buses leave a depot. One bus drives 40 miles per hour and the other bus "
                 "drives 55 miles per hour. How far apart are they after 2 hours?",
                 id="no-direction"),
    pytest.param("Ada is 30 miles ahead of Ben, riding 40 miles per hour. Ben is riding 30 "
                 "miles per hour. How long will it take Ben to catch up with Ada?",
                 id="leader-faster"),
    pytest.param("Two buses leave a depot in opposite directions with 3 drivers. One bus "
                 "drives 40 miles per hour and the other bus drives 55 miles per hour. How "
                 "far apart are they after 2 hours?", id="extra-number"),
    pytest.param("Ada rides 20 miles per hour. Ben rides 30 miles per hour. Ada starts 30 "
                 "miles away. How long will it take Ben to catch up?", id="no-ahead-cue"),
    pytest.param("Two buses leave a depot in opposite directions. One bus drives 40 miles per "
                 "hour and the other bus drives 55 miles per hour. How far apart are they "
                 "after 2 hours if the first stops for 1 hour?", id="stop"),
    pytest.param("Two buses drive toward each other at 40 and 55 miles per hour from 380 "
                 "miles apart. When do they meet?", id="meeting-not-modeled"),
    pytest.param("Two buses leave a depot in opposite directions. One bus drives 40 miles per "
                 "hour and the other bus drives 55 miles per hour. How long until they are "
                 "190 miles apart?", id="asks-time-for-apart"),
    pytest.param("Ada is 30 miles ahead of Ben, riding 20 miles per hour. Ben is riding 30 "
                 "miles per hour. How far will Ben ride before he catches up with Ada?",
                 id="asks-distance-of-catch-up"),
    pytest.param("Two buses leave a depot in opposite directions. One bus drives 40 miles per "
                 "hour and the other bus drives 55 miles per hour. How far apart are they "
                 "not after 2 hours?", id="negated"),
    pytest.param("A car goes 50 mph and a truck goes 40 mph in the same direction. How far "
                 "apart are they after 3 hours?", id="no-common-start"),
    pytest.param("A car goes 50 mph and a truck goes 40 mph in the same direction from a "
                 "town. How far apart are they after 3 hours if they started 10 miles "
                 "apart?", id="start-gap-stated"),
    pytest.param("Two boats leave a dock in opposite directions. One boat sails at 10 mph and "
                 "the other sails twice as fast as a bird. How far apart are they after 2 "
                 "hours?", id="twice-as-fast-as-something-else"),
    pytest.param("Two boats leave a dock in opposite directions. One boat sails at 10 mph and "
                 "the other at 12 mph, twice that of a raft. How far apart are they after 2 "
                 "hours?", id="relative-with-two-speeds"),
])
def test_declines(text):
    _check(text, None)
