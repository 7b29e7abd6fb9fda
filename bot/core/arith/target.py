"""What a rate question asks for, as unit exponents: "how many hours a week" -> hour/week.

Generic targets stand for a whole dimension: "how long" is any time unit ("*time"), "how
far" any length ("*length"). Returns None when the question's head is not one we map with
certainty.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.quantities import DURATION_PREPS, _word, noun_at
from bot.core.arith.tokens import Tok
from bot.core.arith.units import is_time

AUX = frozenset("does did do will would is was are were should can could has have had must "
                "might may".split())
MONEY_VERBS = frozenset("cost costs pay paid earn earns earned make makes made spend spent "
                        "charge charged owe save saved receive received worth".split())


@dataclass(frozen=True)
class Target:
    """The asked unit (exponents; "*time"/"*length" for any unit of that dimension)."""

    unit: tuple[tuple[str, int], ...]
    text: str
    scale: Fraction = Fraction(1)  # "how many dozen eggs": the answer counts dozens

    def unit_dict(self) -> dict[str, int]:
        """Return the unit exponents as a dict."""
        return dict(self.unit)


def _head(q: list[Tok], words: list[str]) -> tuple[dict[str, int], int] | None:
    """Return the asked unit of the question head and the index after it."""
    if "how" in words:
        h = words.index("how")
        nxt = words[h + 1] if h + 1 < len(words) else ""
        if nxt == "many":
            skip = 1 if words[h + 2:h + 3] in (["total"], ["dozen"], ["dozens"]) else 0
            if skip and words[h + 3:h + 4] == ["of"]:
                skip = 2  # "how many dozens of eggs"
            unit, end = noun_at(q, h + 2 + skip)
            return (unit, end) if len(unit) == 1 else None
        if nxt == "long":
            return {"*time": 1}, h + 2
        if nxt == "far":
            return {"*length": 1}, h + 2
        if nxt == "much":
            after = words[h + 2] if h + 2 < len(words) else ""
            if after == "money":
                return {"dollar": 1}, h + 3
            if after == "time":
                return {"*time": 1}, h + 3
            if after in AUX and MONEY_VERBS & set(words):
                return {"dollar": 1}, h + 2
            if after and after not in AUX:
                unit, end = noun_at(q, h + 2, single=True)
                return (unit, end) if len(unit) == 1 else None
        return None
    for i, word in enumerate(words[:-2]):
        if word == "number" and words[i + 1] == "of":
            unit, end = noun_at(q, i + 2)
            return (unit, end) if len(unit) == 1 else None
    return None


def _in_unit(q: list[Tok], words: list[str], i: int, unit: dict) -> dict:
    """Apply "in GB" / ", in hours" after "how much memory" / "how long" (a measured unit
    replaces a generic head; a counted noun head keeps its own unit)."""
    from bot.core.arith.units import SIZES, singular

    generic = any(n.startswith("*") for n in unit) or all(
        dimension_free(n) for n in unit)
    for k in range(i, len(q) - 1):
        if words[k] == "in" and q[k + 1].kind == "word" and singular(q[k + 1].text) in SIZES:
            name = singular(q[k + 1].text)
            if generic and not is_time(name) or any(n.startswith("*") for n in unit):
                return {name: 1}
    return unit


def dimension_free(name: str) -> bool:
    """Return True for a head noun that names no unit ("memory", "storage")."""
    return name in ("memory", "storage", "space", "disk", "ram", "vram", "size")


def read_target(question: tuple[Tok, ...]) -> Target | None:
    """Return the Target of a question's tokens, or None when its head is not mapped."""
    q = list(question)
    words = [tok.low for tok in q]
    head = _head(q, words)
    if head is None:
        return None
    unit, i = head
    unit = _in_unit(q, words, i, unit)
    while i < len(q):
        low = q[i].low
        if any(tok.numeric for tok in q[max(i - 2, 0):i]):
            i += 1  # "at 6 km per hour": the per-phrase of a stated number, not the asked unit
            continue
        if low in ("per", "each", "every") or (
                low in ("a", "an") and _word(q, i - 1) not in DURATION_PREPS + ("half",)):
            per, end = noun_at(q, i + 1, single=True)
            name = next(iter(per)) if len(per) == 1 else ""
            if name and (low not in ("a", "an") or is_time(name)) and name not in unit:
                unit[name] = -1
                i = end
                continue
        i += 1
    text = " ".join(tok.text for tok in q)
    scale = Fraction(12) if {"dozen", "dozens"} & set(words[:4]) else Fraction(1)
    return Target(tuple(sorted(unit.items())), text, scale)
