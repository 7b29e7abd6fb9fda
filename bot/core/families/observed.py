"""Exponential laws derived from two observations: "starts with 8100; after 1 hour it is 10000".

With S at time 0 and V at time t1, the quantity is multiplied by V/S every t1, so
V(t) = S·(V/S)^(t/t1) and it reaches a level L at t = t1·log(L/S)/log(V/S). A stated model
N(t) = N0·e^(kt) with unknown N0 and k gives the same values (e^(k·t1) = V/S). The family
runs after the law pipeline (which needs a stated rate) and only takes problems with no
stated rate, exactly one start value and exactly one timed observation.
"""

from __future__ import annotations

import re
from fractions import Fraction

from bot.core import asks, exact, spec
from bot.core.errors import NotUnderstood
from bot.core.families import _observe, _scan
from bot.core.horizons import convert
from bot.core.outcome import Alternative, Outcome, Step

ORDER = "after"
EXPONENTIAL_CUES = {"exponential", "exponentially", "bacteria", "bacterium", "culture",
                    "cells", "colony", "population", "radioactive", "decay", "decays",
                    "decayed", "isotope", "virus", "infections", "infected", "yeast"}
START_CUES = {"starts", "start", "started", "initially", "initial", "begins", "began",
              "originally", "zero", "first", "beginning"}


def solve(problem: spec.Problem, text: str):
    """Return the Outcome of a two-observation growth problem, or None if not one."""
    clauses = _scan.clauses_of(problem)
    items = _scan.located(clauses)
    if _has_stated_law(items, problem):
        return None
    words = {w for sentence in problem.sentences
             for w in re.findall(r"[a-z-]+", sentence.text.lower())}
    if not words & EXPONENTIAL_CUES and not _model_note(problem):
        return None  # two values alone do not say exponential; linear is as plausible
    skip = _scan.instruction_sentences(clauses)
    values = _observe.statement_values(items, skip)
    timed = [v for v in values if v.time is not None and v.time[0] > 0]
    untimed = [v for v in values if v.time is None]
    starts = [v for v in untimed if _has_start_cue(v, items)]
    if len(timed) != 1 or len(starts) != 1 or len(values) != 2:
        return None
    questions = _scan.question_clauses(clauses)
    if not questions:
        return None
    for clause in questions:
        asks.refuse_change_ask(clause, share=False)  # a percent asked may be the rate
    asked = _observe.read_question(items, questions)
    start, seen = starts[0], timed[0]
    if start.value <= 0 or seen.value <= 0 or seen.value == start.value:
        raise NotUnderstood("how the quantity changes between the two values",
                            f"{start.text} and {seen.text}", "two different positive values")
    used = {id(start.item), id(seen.item), id(seen.horizon)} | {id(i) for i in asked.items}
    unused, unplaced = _scan.leftover_numbers(_scan.numbers_in(items), used, clauses)
    if unplaced is not None:
        raise NotUnderstood("what this number is", unplaced.text,
                            "a start value and one later observation")
    return _outcome(start, seen, asked, text, unused, _model_note(problem))


def _has_stated_law(items, problem) -> bool:
    """Return True when the text states a rate, a change, a period ("10 miles per hour")
    or a non-exponential formula: then the two values are not two observations of one law."""
    for entry in items:
        item = entry.item
        if isinstance(item, (spec.RateStatement, spec.Interest, spec.Period)):
            return True
        if isinstance(item, spec.Change) and item.mode != "to":
            return True
        if isinstance(item, spec.Word) and item.kind in ("PCT", "DOUBLING_TIME"):
            return True
    formulas = [f for s in problem.sentences for f in s.formulas]
    return any("e^" not in f.replace(" ", "") for f in formulas)


def _model_note(problem) -> str:
    """Return a reading line for a stated exponential model, if any."""
    formulas = [f for s in problem.sentences for f in s.formulas]
    if not formulas:
        return ""
    return ("The stated model is exponential; fitted to the two observations it gives "
            "N(t) = S\u00b7(V/S)^(t/t1).")


def _has_start_cue(value: _observe.Observation, items) -> bool:
    """Return True when a value is named as the start ("starts with", "Initially, ... has")."""
    sentence = [e for e in items if e.clause.sentence == value.where.clause.sentence]
    position = next(i for i, e in enumerate(sentence) if e.item is value.item)
    words = {e.item.text.lower() for e in sentence[max(0, position - 8):position + 3]
             if isinstance(e.item, spec.Word)}
    return bool(words & START_CUES)


def _outcome(start, seen, asked, text, unused, note) -> Outcome:
    """Solve the fitted law for the question and build the Outcome with steps."""
    import sympy

    t1, unit = seen.time
    s, v = exact.rational(start.value), exact.rational(seen.value)
    factor = v / s
    steps = [Step("observed_factor", f"From {start.text} at the start to {seen.text} "
                  f"{seen.horizon.text.lower()}: the quantity is multiplied by "
                  f"{exact.pretty(factor)} every {exact.frac_text(t1)} {unit}s.",
                  (f"factor = {seen.text}/{start.text} = {exact.pretty(factor)}",)),
             Step("model", "Exponential change multiplies by the same factor over equal "
                  "times.", (f"V(t) = {start.text}\u00b7({exact.pretty(factor)})^(t/"
                             f"{exact.frac_text(t1)}), t in {unit}s",))]
    reading = [f"Start value {start.text}; {seen.text} {seen.horizon.text.lower()}."]
    extra = []
    if note:
        reading.append(note)
        steps.insert(1, Step("rate_constant", "In N(t) = N0\u00b7e^(kt): N0 is the start "
                             "value and e^(k\u00b7t1) is the factor.",
                             (f"k = log({exact.pretty(factor)})/{exact.frac_text(t1)} "
                              f"\u2248 {exact.decimal_of(sympy.log(factor) / exact.rational(t1))}"
                              f" per {unit}",)))
    if asked.kind == "value":
        t = convert(asked.time[0], asked.time[1], unit)[0]
        expr = s * factor ** exact.rational(t / t1)
        shape = f"{start.text}\u00b7({exact.pretty(factor)})^({exact.frac_text(t / t1)})"
        steps.append(Step("substitute", f"\u201c{asked.text}\u201d is t = "
                          f"{exact.frac_text(t)} {unit}s.", (f"V = {shape}",)))
        answer_unit, quantity = _unit_word(start), "value"
    else:
        level = exact.rational(asked.level)
        if level <= 0 or (factor > 1) == (level < s) and level != s:
            raise NotUnderstood("how the quantity could reach the level", asked.text,
                                "a level the change moves towards")
        out_unit = asked.unit or unit
        scale = exact.rational(convert(Fraction(1), unit, out_unit)[0])
        expr = exact.rational(t1) * sympy.log(level / s) / sympy.log(factor) * scale
        shape = f"{exact.frac_text(t1)}\u00b7log({exact.pretty(level / s)})/" \
            f"log({exact.pretty(factor)})"
        steps.append(Step("solve_time", "Set V(t) equal to the level and solve with "
                          "logarithms.", (f"t = {shape}",)))
        answer_unit, quantity = f"{out_unit}s", f"time until it reaches {asked.level}"
        if asked.strict and asked.unit:
            crossing = expr
            expr = _whole_units(s, factor, level, t1, unit, out_unit, expr, steps)
            extra.append(Alternative("the exact crossing time", exact.decimal_of(crossing),
                                     sympy.sstr(crossing), answer_unit))
    linear = _linear_reading(start, seen, asked, unit)
    return _observe.finish(expr, quantity, answer_unit, text, steps, reading, unused,
                           extra + ([linear] if linear else []))


def _whole_units(s, factor, level, t1, unit, out_unit, crossing, steps):
    """Return the first whole asked unit past the level, checked exactly at n−1 and n."""
    import sympy

    per = exact.rational(convert(Fraction(1), out_unit, unit)[0]) / exact.rational(t1)
    growing = factor > 1

    def past(n: int) -> bool:
        value = s * factor ** (per * n)
        return bool(value > level) if growing else bool(value < level)
    whole = max(int(sympy.ceiling(sympy.N(crossing, 50))), 0)
    if whole > 100_000:
        raise NotUnderstood("a time this long", str(whole), "a nearer level")
    while whole > 0 and past(whole - 1):
        whole -= 1
    while not past(whole):
        whole += 1
    steps.append(Step("whole_check", f"The question asks for whole {out_unit}s past the "
                      f"level: after {whole - 1} it is not yet past, after {whole} it is.",
                      (f"n = {whole}",)))
    return sympy.Integer(whole)


def _linear_reading(start, seen, asked, unit):
    """Return the straight-line reading (the same amount each period) as an Alternative."""
    import sympy

    t1 = exact.rational(seen.time[0])
    s, v = exact.rational(start.value), exact.rational(seen.value)
    if asked.kind == "value":
        t = exact.rational(convert(asked.time[0], asked.time[1], unit)[0])
        expr = s + (v - s) * t / t1
        out_unit = _unit_word(start)
    else:
        out_unit = asked.unit or unit
        expr = t1 * (exact.rational(asked.level) - s) / (v - s) * exact.rational(
            convert(Fraction(1), unit, out_unit)[0])
        if expr < 0:
            return None
        out_unit = f"{out_unit}s"
    return Alternative("linear change (the same amount in each equal time)",
                       exact.decimal_of(expr), sympy.sstr(expr), out_unit)


def _unit_word(start) -> str:
    """Return the word after the start value ("8100 bacteria" -> "bacteria")."""
    entry = start.where
    after = entry.clause.items[entry.index + 1] if entry.index + 1 < len(
        entry.clause.items) else None
    if isinstance(after, spec.Word) and after.kind in ("WORD", "DOLLARS"):
        return after.text
    return ""
