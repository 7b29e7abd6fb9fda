"""Shared scanning helpers for the single-quantity families (interest, observed, cooling).

A family reads the parsed problem as a flat list of located items (item, clause, index) so it
can ask "which numbers are in statements", "which period sits next to this rate", "what does
the question ask" without re-parsing. Every number a family does not use must be reported
(`leftover_numbers`); nothing here evaluates user text.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core import spec
from bot.core.clauses import Clause, split_clauses
from bot.core.outcome import Unused

INSTRUCTION_WORDS = ("round", "rounded", "give", "express", "nearest", "decimal", "point",
                     "points")


@dataclass(frozen=True)
class Located:
    """A parsed item with its clause and its position in that clause."""

    item: object
    clause: Clause
    index: int

    @property
    def question(self) -> bool:
        """Return True when the item sits in a question clause."""
        return self.clause.question


def clauses_of(problem: spec.Problem) -> list[Clause]:
    """Return every clause of the problem, in order; the clauses after a question clause in
    its sentence belong to the question ("How many days | until it is 100 grams?")."""
    out = []
    for index, sentence in enumerate(problem.sentences):
        asking = False
        for clause in split_clauses(sentence, index):
            asking = asking or clause.question
            if asking and not clause.question and not is_instruction(clause):
                clause.question = True
            out.append(clause)
    return out


def located(clauses: list[Clause]) -> list[Located]:
    """Return every item of every clause with where it sits."""
    return [Located(item, clause, index) for clause in clauses
            for index, item in enumerate(clause.items)]


def lowered_words(problem: spec.Problem) -> list[str]:
    """Return all filler words of the problem, lower case, in order."""
    return [i.text.lower() for s in problem.sentences for i in s.items
            if isinstance(i, spec.Word) and i.kind != "PUNCT"]


def is_instruction(clause: Clause) -> bool:
    """Return True for "Round to the nearest ..." / "(1 point)" style clauses."""
    words = clause.words()
    return bool(words) and (words[0] in ("round", "rounded", "give", "express", "do") or
                            "decimal" in words or "nearest" in words or
                            words in (["1", "point"], ["point"]))


@dataclass
class Number:
    """A free-standing number token with its kind (plain, percent, money) and neighbours."""

    value: Fraction
    kind: str
    text: str
    where: Located
    unit: str = ""


def numbers_in(items: list[Located]) -> list[Number]:
    """Return every NUMBER token with the %, dollars or unit word that follows it."""
    out = []
    for entry in items:
        item = entry.item
        if not (isinstance(item, spec.Word) and item.kind in ("NUMBER", "YEARNUM")):
            continue  # "payments of 2000 dollars" lexes 2000 as a year: still a number
        after = entry.clause.items[entry.index + 1] if entry.index + 1 < len(
            entry.clause.items) else None
        kind, unit, text = "plain", "", item.text
        if isinstance(after, spec.Word) and after.kind == "PCT":
            kind, unit, text = "percent", "%", item.text + "%"
        elif isinstance(after, spec.Word) and after.kind == "DOLLARS":
            kind, unit, text = "money", "dollars", item.text + " dollars"
        elif isinstance(after, spec.Word) and after.text.lower() == "rupees":
            kind, unit, text = "money", "rupees", item.text + " rupees"
        elif isinstance(after, spec.Word) and after.kind in ("WORD", "UNIT"):
            unit = after.text
        out.append(Number(Fraction(item.text.lower()), kind, text, entry, unit))
    return out


def words_near(entry: Located, before: int = 4, after: int = 0) -> list[str]:
    """Return the lower-case filler words around an item within its clause."""
    items = entry.clause.items
    lo, hi = max(0, entry.index - before), min(len(items), entry.index + after + 1)
    return [i.text.lower() for i in items[lo:hi]
            if isinstance(i, spec.Word) and i.kind not in ("PUNCT", "NUMBER")]


def instruction_sentences(clauses: list[Clause]) -> set[int]:
    """Return the indexes of sentences that hold a rounding/format instruction."""
    return {c.sentence for c in clauses if is_instruction(c)}


def leftover_numbers(numbers: list[Number], used: set,
                     clauses: list[Clause] = ()) -> tuple[list[Unused], Number | None]:
    """Return Unused entries for rounding instructions and the first number nobody placed."""
    unused, unplaced = [], None
    skip = instruction_sentences(list(clauses))
    for number in numbers:
        if id(number.where.item) in used:
            continue
        if is_instruction(number.where.clause) or number.where.clause.sentence in skip:
            unused.append(Unused(number.text, number.where.item.text,
                                 "part of the rounding instruction"))
            continue
        if unplaced is None:
            unplaced = number
    return unused, unplaced


def question_clauses(clauses: list[Clause]) -> list[Clause]:
    """Return the question clauses (instructions excluded)."""
    return [c for c in clauses if c.question and not is_instruction(c)]
