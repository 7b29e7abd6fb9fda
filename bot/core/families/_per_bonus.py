"""A one-off bonus beside earnings per period (periodic family): "He also gets a $500
bonus", "It also gives him a bonus worth half a month's salary".

A bonus sentence is read whole: every word must come from a closed list, the bonus is a
money amount or a share of one period's pay ("half a month's salary", "a week's pay"), and
it is added once to the earnings over the horizon. The share is taken of the pay after the
percent change (the raise came with it), with the pay before it as the other reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.tokens import Tok

WORDS = frozenset("""it also he she they gets got get gives gave give him her them receives
received receive a an one-time bonus worth of equal to the and plus his their its salary pay
wage wages paycheck half""".split())
SHARES = {"half": Fraction(1, 2), "a": Fraction(1), "one": Fraction(1)}


@dataclass(frozen=True)
class Bonus:
    """A one-off bonus: a money token, or a share of one period's pay."""

    money: Tok | None
    share: Fraction | None
    text: str


def bonus_of(sentence: list[Tok], period: str) -> Bonus | None:
    """Return the Bonus stated by `sentence`, or None when it is not a bonus sentence."""
    lows = [t.low for t in sentence if t.kind != "punct"]
    if "bonus" not in lows:
        return None
    text = " ".join(t.text for t in sentence).rstrip(" .")
    numbers = [t for t in sentence if t.numeric]
    rest = [w for w in lows if not any(w == t.low for t in numbers)]
    owned = f"{period}'s"
    if not all(w in WORDS or w == owned for w in rest):
        return None
    if numbers:
        if len(numbers) != 1 or numbers[0].kind != "money" or owned in lows:
            return None
        return Bonus(numbers[0], None, text)
    at = lows.index("bonus")
    tail = lows[at + 1:]
    if tail[:1] == ["worth"] or tail[:1] == ["of"]:
        tail = tail[1:]
    elif tail[:2] == ["equal", "to"]:
        tail = tail[2:]
    else:
        return None
    if len(tail) == 4 and tail[0] == "half" and tail[1] == "a":
        tail = ["half"] + tail[2:]
    if len(tail) != 3 or tail[0] not in SHARES or tail[1] != owned or \
            tail[2] not in ("salary", "pay", "wage", "wages", "paycheck"):
        return None
    return Bonus(None, SHARES[tail[0]], text)
