"""Typed tokens of a canonical sentence, read with the LALR grammar grammar/arith.lark.

A sentence becomes a flat list of `Tok`: money ("19.50 dollars", "Rs.360"), percent
("25%"), number ("48000", "1/2"), ordinal ("2th"), word, punctuation. Numbers stay exact
(`Fraction` built from the digits), nothing is evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cache


@dataclass(frozen=True)
class Tok:
    """One typed token: kind (money|percent|number|ordinal|word|punct), text, exact value."""

    kind: str
    text: str
    value: Fraction | None = None

    @property
    def low(self) -> str:
        """Return the lower-case text (words are compared case-insensitively)."""
        return self.text.lower()

    @property
    def numeric(self) -> bool:
        """Return True for tokens that carry a number the problem states."""
        return self.kind in ("money", "percent", "number")


@cache
def _parser():
    """Build the LALR token parser once per process (never at import)."""
    from lark import Lark

    return Lark.open_from_package("grammar", "arith.lark", parser="lalr")


def number_value(text: str) -> Fraction:
    """Return the exact value of "48000", "0.5" or "1/2" (digits only, no evaluation)."""
    if "/" in text:
        top, bottom = text.split("/")
        return Fraction(top) / Fraction(bottom)
    return Fraction(text)


def tokenize(text: str) -> list[Tok] | None:
    """Return the typed tokens of one canonical sentence, or None when it does not lex."""
    from lark.exceptions import LarkError

    try:
        tree = _parser().parse(text)
    except LarkError:
        return None
    out = []
    for node in tree.children:
        parts = [str(child) for child in node.children]
        kind = str(node.data)
        if kind == "percent":
            out.append(Tok(kind, "".join(parts), number_value(parts[0])))
        elif kind == "money":
            digits = parts[0] if parts[0][0].isdigit() else parts[1]
            out.append(Tok(kind, " ".join(parts), number_value(digits)))
        elif kind == "number":
            out.append(Tok("number", parts[0], number_value(parts[0])))
        else:
            out.append(Tok(kind, parts[0]))
    return out
