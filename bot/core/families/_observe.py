"""Observations for the families that fit a law to stated values: (time, value) pairs.

"A culture starts with 8100 bacteria. After one hour the count is 10,000." holds two
observations: 8100 at time 0 and 10000 at 1 hour. A value is timed by the horizon in its own
clause, or by the only horizon of its sentence; an untimed statement value is a start value
(time 0) only when nothing else claims it. The question's horizon or target is read here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core import exact, spec
from bot.core.errors import NotUnderstood
from bot.core.families import _scan
from bot.core.outcome import Answer, Outcome, Step


@dataclass
class Observation:
    """A stated value with the time it was seen (None = not timed)."""

    value: Fraction
    text: str
    item: object
    where: _scan.Located
    time: tuple[Fraction, str] | None = None
    horizon: object = None


def statement_values(items: list[_scan.Located], skip: set[int]) -> list[Observation]:
    """Return the numbers stated outside questions and instructions, each with its time."""
    out = []
    for entry in items:
        if entry.question or entry.clause.sentence in skip:
            continue
        item = entry.item
        if isinstance(item, spec.Word) and item.kind == "NUMBER":
            after = entry.clause.items[entry.index + 1] if entry.index + 1 < len(
                entry.clause.items) else None
            if isinstance(after, spec.Word) and after.kind == "PCT":
                continue
            out.append(Observation(Fraction(item.text.lower()), item.text, item, entry))
        elif isinstance(item, (spec.Change, spec.Target)) and item.amount is not None and \
                getattr(item, "mode", "to") == "to" and item.amount.kind in ("plain", "money"):
            out.append(Observation(item.amount.value, item.amount.text, item, entry))
    for observation in out:
        _time_of(observation, items)
    return out


def _time_of(observation: Observation, items: list[_scan.Located]) -> None:
    """Time an observation by the span horizon of its clause, else by the nearest horizon
    earlier in its sentence ("After 30 minutes, the temperature is 200"); a value stated
    before the sentence's horizon is not timed by it ("has 500 users, and after 3 months")."""
    entry = observation.where
    own = [e for e in items if e.clause is entry.clause and _is_span(e.item)]
    if len(own) > 1:
        return
    if own:
        lo, hi = sorted((own[0].index, entry.index))
        between = [i for i in entry.clause.items[lo + 1:hi] if _is_value(i)]
        if not between:  # "starts with 200 and grows to 800 in 4 hours": 800 only
            observation.time = (own[0].item.count, own[0].item.unit)
            observation.horizon = own[0].item
        return
    order = [e for e in items if e.clause.sentence == entry.clause.sentence]
    position = next(i for i, e in enumerate(order) if e.item is entry.item)
    for earlier in reversed(order[:position]):
        if _is_span(earlier.item):
            between = [e for e in order[order.index(earlier) + 1:position]
                       if isinstance(e.item, spec.Word) and e.item.kind == "NUMBER"]
            if not between:
                observation.time = (earlier.item.count, earlier.item.unit)
                observation.horizon = earlier.item
            return


def _is_value(item) -> bool:
    """Return True for a number token or a "grows to 800" phrase."""
    return (isinstance(item, spec.Word) and item.kind == "NUMBER") or (
        isinstance(item, spec.Change) and item.mode == "to" and item.amount is not None)


def _is_span(item) -> bool:
    """Return True for a horizon that spans a time ("after 3 hours")."""
    return isinstance(item, spec.Horizon) and item.kind == "span"


@dataclass
class Asked:
    """What the question asks: the value at a time, or the time of a value."""

    kind: str  # value | time
    time: tuple[Fraction, str] | None = None
    level: Fraction | None = None
    text: str = ""
    unit: str = ""
    items: tuple = ()
    strict: bool = False  # "more than", "below": whole asked units, first one past


STRICT_WORDS = {"more", "exceed", "exceeds", "above", "over", "less", "below", "fewer",
                "under", "greater", "higher", "lower", "surpass", "surpasses"}
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")


def read_question(items: list[_scan.Located], questions) -> Asked:
    """Return what the question clauses ask (one horizon or one target level)."""
    q_items = [e for e in items if e.clause in questions]
    words = [w for c in questions for w in c.words()]
    unit = next((spec.canonical_unit(w) for w in words
                 if spec.canonical_unit(w) in TIME_UNITS), "")
    horizons = [e.item for e in q_items if _is_span(e.item)]
    targets = [e.item for e in q_items if isinstance(e.item, (spec.Target, spec.Change))
               and getattr(e.item, "amount", None) is not None
               and e.item.amount.kind in ("plain", "money")]
    numbers = [e.item for e in q_items if isinstance(e.item, spec.Word)
               and e.item.kind == "NUMBER"]
    asks_time = "when" in words or "long" in words or (
        "many" in words and unit != "")
    strict = bool(set(words) & STRICT_WORDS) or any(
        isinstance(t, spec.Target) and t.comparator.lower() in STRICT_WORDS for t in targets)
    if asks_time and len(targets) == 1 and not horizons:
        return Asked("time", level=targets[0].amount.value, text=targets[0].text, unit=unit,
                     items=(targets[0],), strict=strict)
    if asks_time and len(numbers) == 1 and not targets and not horizons:
        return Asked("time", level=Fraction(numbers[0].text.lower()), text=numbers[0].text,
                     unit=unit, items=(numbers[0],), strict=strict)
    if len(horizons) == 1 and not targets and not numbers:
        horizon = horizons[0]
        return Asked("value", time=(horizon.count, horizon.unit), text=horizon.text,
                     items=(horizon,))
    raise NotUnderstood("what the question asks", questions[0].text if questions else "",
                        "the value after a time (\u201cafter 2 hours\u201d) or when it "
                        "reaches a level")


def finish(expr, quantity: str, unit: str, text: str, steps: list, reading: list,
           unused, alternatives=()) -> Outcome:
    """Return the Outcome of one answer: decimal step, the asked rounding, exact form."""
    import sympy

    from bot.core.interpret import rounding_of

    value = exact.decimal_of(expr)
    steps.append(Step("decimal", "As a decimal:", (f"\u2248 {value}",)))
    rounding = rounding_of(text)
    rounded = exact.round_to(value, rounding[1]) if rounding and "e" not in value else ""
    answer = Answer(quantity, value, sympy.sstr(expr), unit, rounded)
    return Outcome(ok=True, answers=(answer,), reading=tuple(reading), steps=tuple(steps),
                   unused=tuple(unused), alternatives=tuple(alternatives))
