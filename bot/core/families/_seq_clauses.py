"""Clauses and the start amount of the sequence family.

The given sentences (typed tokens of grammar/arith.lark, read by `bot.core.arith.doc`) are
cut into clauses at commas, semicolons, "then" and "and": each clause then holds at most one
step of the amount's history. The start is the first clause holding a number; it must state
the amount with a start verb ("has", "holds", "costs") and hold exactly one number.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.arith.tokens import Tok
from bot.core.families import _seq_words as W

CUTS = frozenset({",", ";", ":"})
CUT_WORDS = frozenset({"then", "and"})
DETERMINERS = frozenset({"a", "an", "the", "there", "of", "in", "on", "at", "his", "her",
                         "their", "its"})


@dataclass(frozen=True)
class Start:
    """The tracked amount: its token, unit, owner words, nouns, and whether it is a price."""

    token: Tok | None  # None: an unknown start ("Terry has some oranges")
    unit: str          # "dollars" for money, else the noun after the number ("litres")
    owner: frozenset[str]
    nouns: frozenset[str]
    price: bool
    money: bool


def clauses(sentences) -> list[list[Tok]]:
    """Return the clauses of the given sentences, punctuation and cut words removed."""
    out: list[list[Tok]] = []
    for sentence in sentences:
        current: list[Tok] = []
        for tok in sentence:
            if tok.low in CUT_WORDS and not _has_change(current):
                continue  # "He then spends": the subject stays with its verb
            if tok.text in CUTS or tok.low in CUT_WORDS or tok.text in ".!?":
                if current:
                    out.append(current)
                current = []
            elif tok.kind != "punct" or tok.text in ("$", "'"):
                current.append(tok)
        if current:
            out.append(current)
    return out


def _has_change(clause: list[Tok]) -> bool:
    """Return True when the clause so far holds a number or a change verb."""
    verbs = W.TAKE | W.GIVE | W.BUY | W.SELL | W.GONE | W.COME | W.RISE | W.FALL | W.START
    return any(t.numeric or t.low in verbs or t.low in W.MULTIPLY for t in clause)


def same_unit(word: str, unit: str) -> bool:
    """Return True when `word` names `unit` (singular or plural: "apple" / "apples")."""
    def stem(text: str) -> str:
        for end in ("es", "s"):
            if text.endswith(end) and len(text) > len(end) + 2:
                return text[: -len(end)]
        return text
    return stem(word.lower()) == stem(unit.lower())


def start_of(clause: list[Tok]) -> Start | None:
    """Return the Start stated by `clause`, or None when it is not a plain start."""
    numbers = [t for t in clause if t.numeric]
    if len(numbers) != 1 or numbers[0].kind == "percent":
        return None
    token = numbers[0]
    at = next(i for i, t in enumerate(clause) if t is token)
    verbs = [i for i, t in enumerate(clause[:at]) if t.low in W.START]
    if not verbs:
        return None
    after = [t.low for t in clause[at + 1:] if t.kind == "word"]
    if token.kind == "money":
        unit = "dollars"
    elif after and after[0] not in DETERMINERS:
        unit = after[0]
    else:
        return None
    owner = frozenset(t.low for t in clause[:verbs[0]] if t.kind == "word") - DETERMINERS
    nouns = frozenset(after) - DETERMINERS
    words = {t.low for t in clause if t.kind == "word"}
    price = bool(words & (W.PRICE_NOUNS | {"sells", "sold"})) and token.kind == "money"
    return Start(token, unit, owner | ({"it"} if price else frozenset()), nouns | owner, price,
                 token.kind == "money")


def unknown_start_of(clause: list[Tok]) -> Start | None:
    """Return the unknown Start of "Terry has some oranges", "Ana had a certain amount of
    money", or None."""
    words = [t.low for t in clause if t.kind == "word"]
    if any(t.numeric for t in clause):
        return None
    verbs = [i for i, w in enumerate(words) if w in W.START]
    if not verbs:
        return None
    after = words[verbs[0] + 1:]
    for lead in (("some",), ("a", "certain", "amount", "of"), ("a", "certain", "number", "of"),
                 ("a", "certain"), ("a", "number", "of")):
        if tuple(after[:len(lead)]) == lead and len(after) > len(lead):
            noun = after[len(lead)]
            owner = frozenset(words[:verbs[0]]) - DETERMINERS
            money = noun in W.MONEY_NOUNS
            unit = "dollars" if money else noun
            return Start(None, unit, owner, frozenset(after[len(lead):]) | owner, False, money)
    return None
