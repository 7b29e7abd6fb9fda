"""Newton's law of cooling with an ambient temperature: T(t) = Ta + (T0 − Ta)·e^(−kt).

The text gives the start temperature T0, the room (ambient) temperature Ta and one later
reading T1 at time t1, so e^(−k·t1) = (T1 − Ta)/(T0 − Ta) and
T(t) = Ta + (T0 − Ta)·((T1 − Ta)/(T0 − Ta))^(t/t1); the time to reach X is
t = t1·log((X − Ta)/(T0 − Ta))/log((T1 − Ta)/(T0 − Ta)). The family needs the words of an
ambient temperature ("room temperature", "surroundings", "ambient") and exactly these three
statement values; anything else is left to other solvers or declined.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core import asks, exact, spec
from bot.core.errors import NotUnderstood
from bot.core.families import _observe, _scan
from bot.core.horizons import convert
from bot.core.outcome import Outcome, Step

ORDER = "after"
AMBIENT = {"room", "ambient", "surrounding", "surroundings", "environment", "outside",
           "freezer", "refrigerator", "fridge"}
TEMPERATURE = {"temperature", "degrees", "degree", "cool", "cools", "cooling", "cooled",
               "warm", "warms", "warmed", "heated", "heats"}


def solve(problem: spec.Problem, text: str):
    """Return the Outcome of a cooling/warming problem with an ambient temperature, or None."""
    clauses = _scan.clauses_of(problem)
    items = _scan.located(clauses)
    words = set(_scan.lowered_words(problem))
    if not words & AMBIENT or not words & TEMPERATURE:
        return None
    skip = _scan.instruction_sentences(clauses)
    values = _observe.statement_values(items, skip)
    ambient = _ambient(values, items)
    if ambient is None:
        return None
    timed = [v for v in values if v.time is not None and v.time[0] > 0 and v is not ambient]
    starts = [v for v in values if v.time is None and v is not ambient]
    if len(timed) != 1 or len(starts) != 1 or len(values) != 3:
        raise NotUnderstood("the temperatures of the cooling problem",
                            ", ".join(v.text for v in values),
                            "a start temperature, the room temperature and one later reading")
    questions = _scan.question_clauses(clauses)
    if not questions:
        return None
    for clause in questions:
        asks.refuse_change_ask(clause)  # "how many degrees has it lost"
    asked = _observe.read_question(items, questions)
    start, seen = starts[0], timed[0]
    used = {id(start.item), id(seen.item), id(seen.horizon), id(ambient.item)} | {
        id(i) for i in asked.items}
    unused, unplaced = _scan.leftover_numbers(_scan.numbers_in(items), used, clauses)
    if unplaced is not None:
        raise NotUnderstood("what this number is", unplaced.text,
                            "a start temperature, the room temperature and one reading")
    return _outcome(start, ambient, seen, asked, text, unused)


def _ambient(values, items):
    """Return the value named as the ambient temperature (the first after "room" ...)."""
    for value in values:
        sentence = [e for e in items if e.clause.sentence == value.where.clause.sentence]
        position = next(i for i, e in enumerate(sentence) if e.item is value.item)
        before = [e.item for e in sentence[max(0, position - 8):position]]
        cue = [i for i in before if isinstance(i, spec.Word) and i.text.lower() in AMBIENT]
        numbers_between = [i for i in before[before.index(cue[-1]) + 1:]
                           if isinstance(i, spec.Word) and i.kind == "NUMBER"] if cue else []
        if cue and not numbers_between and value.time is None:
            return value
    return None


def _outcome(start, ambient, seen, asked, text, unused) -> Outcome:
    """Solve Newton's law for the question and build the Outcome with steps."""
    import sympy

    t1, unit = seen.time
    t0v, ta, t1v = (exact.rational(v.value) for v in (start, ambient, seen))
    if (t0v - ta) == 0 or (t1v - ta) / (t0v - ta) <= 0 or (t1v - ta) / (t0v - ta) >= 1:
        raise NotUnderstood("how the temperature moves towards the room temperature",
                            seen.text, "a reading between the start and room temperatures")
    ratio = (t1v - ta) / (t0v - ta)
    k = -sympy.log(ratio) / exact.rational(t1)
    steps = [Step("newton_cooling", "Newton's law of cooling: the difference from the room "
                  "temperature shrinks by the same factor over equal times.",
                  (f"T(t) = {ambient.text} + ({start.text} \u2212 {ambient.text})\u00b7"
                   "e^(\u2212k\u00b7t)",)),
             Step("rate_constant", f"Use the reading {seen.text} "
                  f"{seen.horizon.text.lower()} to find k.",
                  (f"e^(\u2212k\u00b7{exact.frac_text(t1)}) = ({seen.text} \u2212 "
                   f"{ambient.text})/({start.text} \u2212 {ambient.text}) = "
                   f"{exact.pretty(ratio)}",
                   f"k = log({exact.pretty(1 / ratio)})/{exact.frac_text(t1)} \u2248 "
                   f"{exact.decimal_of(k)} per {unit}"))]
    reading = [f"Start temperature {start.text}, room temperature {ambient.text}, "
               f"{seen.text} {seen.horizon.text.lower()}."]
    if asked.kind == "value":
        t = convert(asked.time[0], asked.time[1], unit)[0]
        expr = ta + (t0v - ta) * ratio ** exact.rational(t / t1)
        steps.append(Step("substitute", f"Put t = {exact.frac_text(t)} {unit}s.",
                          (f"T = {ambient.text} + {exact.pretty(t0v - ta)}\u00b7"
                           f"({exact.pretty(ratio)})^({exact.frac_text(t / t1)})",)))
        quantity, answer_unit = "temperature", _degrees(start)
    else:
        level = exact.rational(asked.level)
        share = (level - ta) / (t0v - ta)
        if share <= 0 or share >= 1:
            raise NotUnderstood("how the temperature could reach the level", asked.text,
                                "a level between the start and the room temperature")
        out_unit = asked.unit or unit
        scale = exact.rational(convert(Fraction(1), unit, out_unit)[0])
        expr = exact.rational(t1) * sympy.log(share) / sympy.log(ratio) * scale
        steps.append(Step("solve_time", "Set T(t) equal to the level and solve with "
                          "logarithms.",
                          (f"({asked.level} \u2212 {ambient.text})/({start.text} \u2212 "
                           f"{ambient.text}) = {exact.pretty(share)}",
                           f"t = {exact.frac_text(t1)}\u00b7log({exact.pretty(share)})/"
                           f"log({exact.pretty(ratio)})")))
        quantity, answer_unit = f"time until it reaches {asked.level}", f"{out_unit}s"
    return _observe.finish(expr, quantity, answer_unit, text, steps, reading, unused)


def _degrees(start) -> str:
    """Return the temperature unit written after the start value ("degrees F")."""
    entry = start.where
    tail = [i.text for i in entry.clause.items[entry.index + 1:entry.index + 3]
            if isinstance(i, spec.Word) and i.kind == "WORD"]
    return " ".join(tail) if tail and tail[0].lower().startswith("degree") else "degrees"
