"""Combined parts of a two-quantity answer: "call the value N and the time T, find N + T".

Brilliant-style problems name the crossing time and the common value with letters and ask
for a sum or difference of them; the letters' defining words say which is which ("the
number of years is T" -> time, "the number of population reached (per million) is N" ->
value counted in millions).
"""

from __future__ import annotations

from fractions import Fraction

from bot.core import exact, spec
from bot.core.families import _common as common
from bot.core.outcome import Answer, Step
from bot.core.clauses import position_of


def combination(reading) -> tuple | None:
    """Return (letters, signs, definitions) for "... is N ... is T, find N + T", else None."""
    letters, sums = {}, None
    for clause in reading.clauses:
        words = [i for i in clause.items if isinstance(i, spec.Word)]
        texts = [w.text for w in words]
        for index, word in enumerate(texts[:-1]):
            nxt = texts[index + 1]
            if word.lower() == "is" and len(nxt) == 1 and nxt.isupper():
                letters[nxt] = [w.lower() for w in texts[max(0, index - 6):index]]
        for index, word in enumerate(texts[:-3]):
            if word.lower() in ("find", "calculate", "compute") and texts[index + 2] in "+-":
                sums = (texts[index + 1], texts[index + 2], texts[index + 3])
    if sums is None or sums[0] not in letters or sums[2] not in letters:
        return None
    return sums, letters


def _letter_kind(words: list[str]) -> str:
    """Return "time" or "value" for the words defining a letter."""
    return "time" if {"years", "year", "time", "months", "days"} & set(words) else "value"


def _scale(words: list[str]) -> Fraction:
    """Return the unit a value letter is counted in ("per million" -> 10^6)."""
    for word, scale in (("million", 10 ** 6), ("billion", 10 ** 9), ("thousand", 10 ** 3)):
        if word in words:
            return Fraction(scale)
    return Fraction(1)


def combined_value(combined, tracks, t, continuous: bool):
    """Return the asked combination of the letters (time and common value)."""
    (first, op, second), letters = combined
    values = {}
    for letter in (first, second):
        words = letters[letter]
        if _letter_kind(words) == "time":
            values[letter] = t
        else:
            values[letter] = tracks[0].at(t, continuous) / exact.rational(_scale(words))
    return values[first] + values[second] if op == "+" else values[first] - values[second]


def combine(combined, answers, tracks, t, continuous, steps, reading, text) -> Answer:
    """Return the single Answer for "find N + T" built from the parts."""
    import sympy

    from bot.core.interpret import rounding_of

    (first, op, second), letters = combined
    total = sympy.simplify(combined_value(combined, tracks, t, continuous))
    steps.append(Step("combine", f"{first} {op} {second} as asked.",
                      (f"{first} {op} {second} = {exact.pretty(total)} \u2248 "
                       f"{exact.decimal_of(total)}",)))
    decimal = exact.decimal_of(total)
    rounding = rounding_of(text)
    rounded = exact.round_to(decimal, rounding[1]) if rounding else ""
    _use_rounding_number(reading)
    return Answer(f"{first} {op} {second}", decimal, exact.pretty(total), "", rounded)


def _use_rounding_number(reading) -> None:
    """Mark the number of a "to 2 decimal places" instruction as used."""
    for clause in reading.clauses:
        for number in common.numbers(clause):
            after = [i.text.lower() for i in clause.items[position_of(clause.items, number.item):]
                     if isinstance(i, spec.Word)][1:3]
            if after[:1] == ["decimal"]:
                reading.used.add(id(number.item))
