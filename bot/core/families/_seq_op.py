"""One operation of the sequence family (the data read from one clause)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core.arith.tokens import Tok

PASSIVE = frozenset({"is", "are", "was", "were", "been", "be", "gets", "get", "got"})


@dataclass(frozen=True)
class Op:
    """One change: kind (add|take|share_take|share_add|factor), its value, the verb shown
    in the step, the numeric tokens it used and any number it reports as not needed."""

    kind: str
    value: Fraction
    verb: str
    used: tuple[Tok, ...] = ()
    count: Fraction | None = None
    price: Fraction | None = None
    unused: tuple[tuple[Tok, str], ...] = field(default=())
