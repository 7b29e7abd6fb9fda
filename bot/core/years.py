"""When a plain number from 1600 to 2199 is a calendar year rather than an amount.

The sentence grammar's YEARNUM terminal and the readers of numbers (laws.py, the families'
number scan) must agree: "in 2010", "since 1990", "the end of 2014", "from 1990 to 2000" are
years; "a population of 2000", "grows to 2000" are amounts. A number taken for a year is
never used as a start value, so reading an amount as a year only costs a decline, while
reading a year as an amount could give a wrong answer: the cues stay generous.
"""

from __future__ import annotations

from fractions import Fraction

FIRST_YEAR, LAST_YEAR = 1600, 2199
YEAR_CUES = frozenset("in from since by until year before after".split())
# "<word> of 2010": a year only after a word that names a time
TIME_OF = frozenset("""year end start beginning middle summer spring autumn fall winter
january february march april may june july august september october november
december""".split())


def in_year_range(value: Fraction) -> bool:
    """Return True for a whole number that could be a calendar year."""
    return value.denominator == 1 and FIRST_YEAR <= value <= LAST_YEAR


def year_cue(words_before: list[str]) -> bool:
    """Return True when the lower-case words before a number make it a year: "in", "since",
    "year", ...; "of" only after a time word ("the end of"); "to" only after a year
    ("from 1990 to")."""
    if not words_before:
        return False
    last = words_before[-1]
    if last in YEAR_CUES:
        return True
    previous = words_before[-2] if len(words_before) > 1 else ""
    if last == "of":
        return previous in TIME_OF
    if last == "to":
        return previous.isdigit() and in_year_range(Fraction(int(previous)))
    return False
