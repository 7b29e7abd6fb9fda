"""Outcome building for the arithmetic family: exact values to Answer, steps as data."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core.outcome import Alternative, Answer, Outcome, Step, Unused


@dataclass
class Work:
    """A derivation being written: its steps and how the problem was read."""

    steps: list[Step] = field(default_factory=list)
    reading: list[str] = field(default_factory=list)
    unused: list[Unused] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def step(self, rule: str, text: str, *math: str) -> None:
        """Record one worked step."""
        self.steps.append(Step(rule, text, tuple(math)))

    def alternative(self, reading: str, value: Fraction, unit: str = "") -> None:
        """Record another defensible reading and its value."""
        self.alternatives.append(Alternative(reading, decimal(value), num(value), unit))


def num(value: Fraction) -> str:
    """Return the exact text of a Fraction ("21/20", "300")."""
    return str(value.numerator) if value.denominator == 1 else \
        f"{value.numerator}/{value.denominator}"


def show(value: Fraction) -> str:
    """Return a short human form: integers plain, terminating decimals exact, else ~10 digits."""
    if value.denominator == 1:
        return str(value.numerator)
    text = decimal(value)
    if Fraction(text) == value:
        return text
    return f"{text}\u2026"


def decimal(value: Fraction) -> str:
    """Return the decimal string (10 significant digits) of an exact Fraction."""
    from bot.core.exact import decimal_of, rational

    return decimal_of(rational(value))


def pct(value: Fraction) -> str:
    """Return a percent rate as text ("25%", "12.5%")."""
    return f"{show(value * 100)}%"


def outcome(work: Work, quantity: str, value: Fraction, unit: str, text: str) -> Outcome:
    """Return the ok Outcome of one answered quantity (rounded when the text asks)."""
    from bot.core.exact import round_to
    from bot.core.interpret import rounding_of

    rounding = rounding_of(text)
    rounded = round_to(decimal(value), rounding[1]) if rounding else ""
    answer = Answer(quantity, decimal(value), num(value), unit, rounded)
    return Outcome(ok=True, answers=(answer,), reading=tuple(work.reading),
                   steps=tuple(work.steps), alternatives=tuple(work.alternatives),
                   unused=tuple(work.unused), notes=tuple(work.notes))
