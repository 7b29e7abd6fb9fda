"""A rate changed by an amount under a named condition (bot/core/arith/adjusted.py): own
wordings, hand-computed; traps decline."""

from fractions import Fraction

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 4 mph. "
                 "How far does he ride on a windy day in 30 minutes?", Fraction(11, 2),
                 id="reduced-by"),
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 4 mph. "
                 "How long does he take to ride 22 miles on a windy day?", 2,
                 id="reduced-time-asked"),
    pytest.param("A press usually makes 40 parts per hour. On busy days its rate is increased "
                 "by 10 parts per hour. How many parts does it make in 3 hours on a busy day?",
                 150, id="increased-by"),
    pytest.param("On a calm day Ada usually rows at 6 km per hour. On a stormy day she rows 2 "
                 "km per hour slower. How far does Ada row in 90 minutes on a stormy day?", 6,
                 id="slower"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 4 mph. "
                 "How far does he ride in 30 minutes?", id="no-condition-asked"),
    pytest.param("On a calm day Ben rides at 15 mph. On a windy day his speed is reduced by 4 "
                 "mph. How far does he ride on a calm day in 30 minutes?",
                 id="base-condition-asked"),
    pytest.param("A press usually makes 40 parts per hour. On busy days its rate is increased "
                 "by 10%. How many parts does it make in 3 hours on a busy day?",
                 id="percent-change"),
    pytest.param("Ben usually rides at 15 mph. On a windy day he rides twice as slow. How far "
                 "does he ride on a windy day in 30 minutes?", id="factor"),
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 4 mph "
                 "and by 2 mph more uphill. How far does he ride on a windy day in 30 "
                 "minutes?", id="two-changes"),
    pytest.param("Ben usually rides at 15 mph with 3 friends. On a windy day his speed is "
                 "reduced by 4 mph. How far does he ride on a windy day in 30 minutes?",
                 id="extra-number"),
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 20 mph. "
                 "How far does he ride on a windy day in 30 minutes?", id="negative-rate"),
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 4 "
                 "miles. How far does he ride on a windy day in 30 minutes?",
                 id="unit-mismatch"),
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 4 mph. "
                 "How far does he not ride on a windy day in 30 minutes?", id="negated"),
    pytest.param("Ben usually rides at 15 mph. On a windy day his speed is reduced by 4 mph. "
                 "How many more miles does he ride on a calm day than on a windy day in 30 "
                 "minutes?", id="comparison"),
])
def test_declines(text):
    _check(text, None)


# Red team (wt/hrate): the condition qualified the other way ('with' / 'against the current')
# is a case the text never gives.
HRATE = [
    pytest.param('A boat travels at 20 km per hour in still water. Going against the current its'
                 ' speed is reduced by 5 km per hour. How many hours does it take to go 45 km '
                 'with the current?',
                 None, id='with-vs-against-current'),
    pytest.param('A kayak moves at 8 mph on calm water. Going upstream its speed is reduced by 2'
                 ' mph. How many hours does it take to go 12 miles downstream?',
                 None, id='upstream-vs-downstream'),
    pytest.param('A boat travels at 20 km per hour in still water. Going against the current its'
                 ' speed is reduced by 5 km per hour. How many km does it go in 90 minutes '
                 'against the current?',
                 '45/2', id='against-current-minutes'),
    pytest.param('A boat travels at 20 km per hour in still water. Going against the current its'
                 ' speed is reduced by 5 km per hour. How many hours does it take to go 45 km '
                 'against the current?',
                 3, id='against-current-hours'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
