"""Shapes of quantities the arithmetic models share: a rate per time, a plain length of
time, exact conversion of a length of time, and the actors' names of a problem.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.doc import Doc
from bot.core.arith.units import dimension, is_time, size

# People other than the actor ("his brother who earns $3 a week"): a second actor whose
# amounts must not be added to the first's, and a relative clause that brings one in.
OTHER_PEOPLE = frozenset("""brother brothers sister sisters friend friends mother father mom
dad son sons daughter daughters wife husband boss neighbor neighbors cousin cousins uncle aunt
grandma grandpa grandmother grandfather parents parent children child kids kid teacher
classmate classmates partner roommate who whose whom""".split())
NOT_NAMES = frozenset("""if after then to when while a an the he she it they we you i his her
its their our my this that there what how on in for at by from with during before am pm
monday tuesday wednesday thursday friday saturday sunday""".split())


def rate_parts(q: qty.Quantity) -> tuple[str, str] | None:
    """Return (amount unit, time unit) of a rate "X per T", or None."""
    top = [n for n, e in q.unit if e == 1]
    bottom = [n for n, e in q.unit if e == -1]
    if len(q.unit) != 2 or len(top) != 1 or len(bottom) != 1 or not is_time(bottom[0]) or \
            is_time(top[0]):
        return None
    return top[0], bottom[0]


def duration(q: qty.Quantity) -> str | None:
    """Return the time unit of a plain duration ("3 hours"), or None."""
    if len(q.unit) == 1 and q.unit[0][1] == 1 and is_time(q.unit[0][0]):
        return q.unit[0][0]
    return None


def in_unit(length: qty.Quantity, unit: str) -> Fraction | None:
    """Return a duration converted exactly to `unit`, or None across dimensions."""
    have = duration(length)
    if have is None or dimension(have) != dimension(unit):
        return None
    return length.value * size(have) / size(unit)


def names(doc: Doc) -> set[str]:
    """Return capitalised words that look like actors' names (two actors: decline)."""
    names = set()
    for sentence in doc.given + (doc.question,):
        for k, tok in enumerate(sentence):
            if tok.kind == "word" and tok.text[:1].isupper() and tok.low not in NOT_NAMES \
                    and (k > 0 or tok.low not in qty.STOP):
                names.add(tok.low)
    return names
