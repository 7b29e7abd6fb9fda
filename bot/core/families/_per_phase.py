"""Two phases of the periodic family: the payment as stated for the first part of the
year, changed by the percent for the rest ("for the first half of the year ... then 10% less
on the other half", "for the first 4 months ... then 20% more for the rest of the year").

Only these exact markers are read; they fix how many payment periods each phase lasts, and
the question must then ask for the whole year.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.tokens import Tok

YEAR = {"month": Fraction(12), "week": Fraction(52)}
HALF_YEAR = ("half", "of", "the", "year")
REST_YEAR = ("rest", "of", "the", "year")
# "first" and "second" as written or as the normalised ordinals ("1th").
FIRST = frozenset("first 1st 1th".split())
SECOND = frozenset("other second 2nd 2th".split())
# Words a phased story may hold that the periodic family otherwise refuses.
PHASE_WORDS = frozenset("first 1th 1st half other second rest then initial year".split())


@dataclass(frozen=True)
class Phases:
    """Periods at the stated payment (`first`) and at the changed one (`second`), the
    count token of "the first 4 months" (if any) and the token ids of the markers."""

    first: Fraction
    second: Fraction
    count: Tok | None
    markers: frozenset[int]


def _lows(tokens: list[Tok]) -> list[str]:
    """Return the lower-case text of every token."""
    return [t.low for t in tokens]


def phases(tokens: list[Tok], period: str, percent: Tok) -> Phases | None:
    """Return the two phases of the given tokens, or None when they are not exactly one
    first-phase marker before the percent and one second-phase marker after it."""
    if period not in YEAR:
        return None
    lows = _lows(tokens)
    at = next((i for i, t in enumerate(tokens) if t is percent), None)
    firsts = [i for i, low in enumerate(lows) if low in FIRST]
    if at is None or len(firsts) != 1 or firsts[0] > at:
        return None
    k = firsts[0]
    count = None
    if tuple(lows[k + 1:k + 5]) == HALF_YEAR:
        first, used = YEAR[period] / 2, range(k, k + 5)
    elif k + 2 < len(tokens) and tokens[k + 1].kind == "number" and \
            lows[k + 2].removesuffix("s") == period:
        count = tokens[k + 1]
        first, used = count.value, range(k, k + 3)
    else:
        return None
    second = _second(lows, k, at, period, first)
    if second is None or first <= 0 or second[0] <= 0 or first + second[0] != YEAR[period]:
        return None
    ids = {id(tokens[i]) for i in list(used) + list(second[1])}
    return Phases(first, second[0], count, frozenset(ids))


def _second(lows: list[str], k: int, at: int, period: str, first: Fraction):
    """Return (periods, token indexes) of the one second-phase marker after the first
    one (at `k`), in the percent's sentence (no full stop between them)."""
    found = []
    for i in range(k + 1, len(lows)):
        if lows[i] in SECOND and tuple(lows[i + 1:i + 5]) == HALF_YEAR:
            found.append((YEAR[period] / 2, range(i, i + 5)))
        elif lows[i] == "rest" and tuple(lows[i:i + 4]) == REST_YEAR:
            found.append((YEAR[period] - first, range(i, i + 4)))
    if len(found) != 1:
        return None
    where = found[0][1]
    between = lows[min(at, where[0]):max(at, where[-1])]
    return None if any(w in (".", "!", "?") for w in between) else found[0]
