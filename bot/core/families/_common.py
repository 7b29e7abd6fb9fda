"""Shared extraction for the combined-law families: numbers, start values, parts, years.

The families in this package read the parsed spec (clauses of `spec` items) rather than the
single-law `interpret` step, because they need several changes at once: a percentage rate
*and* a fixed amount per period (recurrence), or one change for each of two quantities
(two_quantities); the changes themselves are read in `_changes`. Everything here is exact
(Fractions) and built from parsed tokens only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core import spec
from bot.core.years import year_cue
from bot.core.clauses import Clause, split_clauses, position_of

INSTRUCTION_WORDS = {"decimal", "nearest", "round", "rounded", "places", "significant"}
NUMERIC = ("NUMBER", "YEARNUM")
MARKED = {"PCT": ("percent", "%"), "DOLLARS": ("money", "dollars")}
SHOW_WORDS = {"show", "verify", "prove", "check", "confirm"}


@dataclass
class Number:
    """A bare number token with the clause it stands in."""

    value: Fraction
    item: spec.Word
    clause: Clause
    kind: str  # plain | money | percent
    unit: str
    position: tuple[int, int]


@dataclass
class Reading:
    """The clauses of a problem and the numbers its families consumed."""

    clauses: list[Clause]
    sentences: list[str]
    used: set = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def read(problem: spec.Problem) -> Reading:
    """Cut every sentence into clauses (the family view of the parsed problem)."""
    clauses = [c for i, s in enumerate(problem.sentences) for c in split_clauses(s, i)]
    return Reading(clauses, [s.text for s in problem.sentences])


def mentions(problem: spec.Problem, words) -> bool:
    """Return whether any sentence's lower-cased text holds one of `words` (as a substring).

    The cheap first test of a "before" family whose signature needs one of these words: when
    none occurs, the family returns None without cutting clauses."""
    return any(word in text for text in (s.text.lower() for s in problem.sentences)
               for word in words)


def position(clause: Clause, item) -> tuple[int, int]:
    """Return a sortable text position (sentence, offset) of an item."""
    span = getattr(item, "span", None)
    return (clause.sentence, span.start if span else 0)


def is_show_clause(clause: Clause) -> bool:
    """Return True for "Show that there will be roughly 9060 trees" (a part with a claim)."""
    return not SHOW_WORDS.isdisjoint(clause.leading_words(4))


def asks(clause: Clause) -> bool:
    """Return True for clauses that ask something (questions and "show that" parts)."""
    return clause.question or is_show_clause(clause)


def _is_exponent(items, index: int) -> bool:
    """Return True for the 3 of "m^{3}" / "m^3" (a unit power, not a quantity)."""
    before = [i.text for i in items[max(0, index - 2):index] if isinstance(i, spec.Word)]
    return bool(before) and (before[-1] == "^" or before[-2:] == ["^", "{"])


def numbers(clause: Clause) -> list[Number]:
    """Return the bare NUMBER tokens of a clause (unit powers left out), with kind and unit."""
    out, items = [], clause.items
    for index, item in enumerate(items):
        if not (isinstance(item, spec.Word) and item.kind in NUMERIC):
            continue
        if item.kind == "YEARNUM" and not _counts_after(items, index):
            continue
        if _is_exponent(items, index):
            continue
        nxt = items[index + 1] if index + 1 < len(items) else None
        next_kind = nxt.kind if isinstance(nxt, spec.Word) else ""
        kind, unit = MARKED.get(next_kind, ("plain", nxt.text if next_kind in (
            "WORD", "UNIT") else ""))
        out.append(Number(Fraction(item.text.lower()), item, clause, kind, unit,
                          position(clause, item)))
    return out


def _counts_after(items, index: int) -> bool:
    """Return True for a year-shaped number that counts things ("of 2000 people per year")."""
    nxt = items[index + 1] if index + 1 < len(items) else None
    after = items[index + 2] if index + 2 < len(items) else None
    return isinstance(nxt, spec.Word) and nxt.kind in ("WORD", "DOLLARS") and \
        isinstance(after, spec.Period)


def unit_exponents(clause: Clause) -> list[spec.Word]:
    """Return the number tokens that are unit powers ("m^{3}"), used as part of a unit."""
    return [item for index, item in enumerate(clause.items)
            if isinstance(item, spec.Word) and item.kind == "NUMBER" and
            _is_exponent(clause.items, index)]


def part_label(clause: Clause, index: int, total: int) -> str:
    """Return "a"/"b" from an "a)"/"(b)" marker, else a running letter when several parts."""
    words = [i.text.lower() for i in clause.items if isinstance(i, spec.Word)]
    for position_, word in enumerate(words[:3]):
        if len(word) == 1 and word in "abcdef" and position_ + 1 < len(words) and \
                words[position_ + 1] == ")":
            return word
    return "abcdef"[index] if total > 1 and index < 6 else ""


def statement_years(reading: Reading) -> list[tuple[Fraction, object, Clause]]:
    """Return the years named outside the questions ("at the start of 2021", "in 2000")."""
    out = []
    for clause in reading.clauses:
        if asks(clause):
            continue
        for item in clause.items:
            if isinstance(item, spec.Word) and item.kind == "YEARNUM" and \
                    not _counts_after(clause.items, position_of(clause.items, item)):
                out.append((Fraction(int(item.text)), item, clause))
            elif isinstance(item, spec.Horizon) and item.kind == "year":
                out.append((item.count, item, clause))
    return out


def question_year(clause: Clause) -> spec.Word | None:
    """Return the year a question looks at ("at the start of 2041"), if any."""
    for item in clause.items:
        if isinstance(item, spec.Word) and item.kind == "YEARNUM":
            return item
        if isinstance(item, spec.Horizon) and item.kind == "year":
            return item
    return None


def start_candidates(reading: Reading, taken: set) -> list[Number]:
    """Return numbers that can be a starting amount: stated, not a year, not a duration."""
    out = []
    for clause in reading.clauses:
        if asks(clause):
            continue
        for number in numbers(clause):
            if id(number.item) in taken or number.kind == "percent" or \
                    is_given(clause, number.item):
                continue
            unit_word = _word_after(clause, number.item)
            if getattr(unit_word, "kind", None) == "UNIT":
                continue  # "a 10 year program": a duration, not an amount
            if number.kind == "plain" and number.value.denominator == 1 and \
                    1600 <= number.value <= 2199 and _year_cue_before(clause, number.item):
                continue
            out.append(number)
    return out


def _word_after(clause: Clause, item):
    """Return the item right after `item` in its clause (None at the end)."""
    index = position_of(clause.items, item)
    return clause.items[index + 1] if index + 1 < len(clause.items) else None


def _year_cue_before(clause: Clause, item) -> bool:
    """Return True when the words before a plain 4-digit number make it a year (years.py)."""
    index = position_of(clause.items, item)
    words = []
    for before in reversed(clause.items[max(0, index - 2):index]):
        if not isinstance(before, spec.Word):
            break
        words.insert(0, before.text.lower())
    return year_cue(words)


def unit_text(number: Number) -> str:
    """Return the unit after a number, with a unit power when written ("m^3")."""
    clause = number.clause
    powers = [p for p in unit_exponents(clause) if position_of(clause.items, p) >
              position_of(clause.items, number.item)]
    index = position_of(clause.items, number.item)
    if powers and position_of(clause.items, powers[0]) <= index + 4:
        return f"{number.unit}^{powers[0].text}"
    return number.unit


def unused_numbers(reading: Reading, used: set, asked: str) -> list:
    """Return Unused entries for every number token and phrase no answer needed."""
    from bot.core.outcome import Unused

    out, seen = [], set()
    powers = {id(p) for c in reading.clauses for p in unit_exponents(c)}
    for clause in reading.clauses:
        for item in clause.items:
            if id(item) in used or id(item) in powers:
                continue
            text = None
            if isinstance(item, spec.Word) and item.kind in ("NUMBER", "YEARNUM"):
                after = _word_after(clause, item)
                text = item.text + (f" {after.text}" if isinstance(after, spec.Word) and
                                    after.kind in ("WORD", "UNIT") else "")
            elif isinstance(item, (spec.Horizon, spec.Target, spec.Change,
                                   spec.RateStatement)):
                text = item.text
            if text and text.lower() not in seen:
                seen.add(text.lower())
                out.append(Unused(text, _digits(text), _why_unused(clause, item, asked)))
    return out


def _why_unused(clause: Clause, item, asked: str) -> str:
    """Return why a number was not needed (a given constant, a count, a date, other)."""
    if isinstance(item, spec.Word) and is_given(clause, item):
        return "a given constant or an instruction; exact values are used instead"
    if isinstance(item, spec.Word) and item.text == "2" and \
            position_of(clause.items, item) + 1 < len(clause.items):
        return "how many quantities are compared"
    if isinstance(item, spec.Horizon) and item.kind == "year" or \
            isinstance(item, spec.Word) and item.kind == "YEARNUM":
        return "the calendar year of the start; the answer counts periods from it"
    return f"not needed for {asked}"


def _digits(text: str) -> str:
    """Return the first number written in a phrase ("" when none)."""
    token = next((t for t in text.replace("%", " ").split() if
                  t.replace(".", "", 1).replace("/", "", 1).isdigit()), "")
    return token


def name_of(start: Number, reading: Reading) -> str:
    """Return a word naming the quantity: one the start's clause and a question share."""
    from bot.core.clauses import content_words

    own = content_words(start.clause.words())
    for clause in reading.clauses:
        if asks(clause):
            shared = [w for w in content_words(clause.words()) if w in own]
            if shared:
                return shared[0]
    return ""


def is_given(clause: Clause, item) -> bool:
    """Return True for numbers of an instruction or a given constant ("ln2 = 0.693", "√2")."""
    if set(clause.words()) & INSTRUCTION_WORDS:
        return True
    index = position_of(clause.items, item)
    near = [i.text for i in clause.items[max(0, index - 1):index + 2]
            if isinstance(i, spec.Word) and i is not item]
    return any(t in ("=", "\u221a") for t in near)


def question_items(reading: Reading, clause: Clause) -> list:
    """Return the items of a question clause and of the clauses continuing it.

    "How many years | until the fund grows to 5000?" is cut at "until"; the target sits
    in the continuation, which is part of the same question.
    """
    items, seen = [], False
    for other in reading.clauses:
        if other is clause:
            seen = True
            items.extend(other.items)
        elif seen and other.sentence == clause.sentence and not asks(other):
            items.extend(other.items)
        elif seen:
            break
    return items


