"""Threshold questions and explicit formulas: exact crossings and verified whole counts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from bot.core import exact
from bot.core.errors import NotUnderstood
from bot.core.model import Task
from bot.core.outcome import Step
from bot.core.solve import Solved, factor_steps

MAX_VERIFIED = 100_000


def _formula_parts(task: Task):
    """Return (coefficient, base, slope, offset) with expr = coeff·base^(slope·t + offset)."""
    import sympy

    formula = task.law.formula
    t = sympy.Symbol(formula.variable, positive=True)
    t_any = [s for s in formula.expr.free_symbols if str(s) == formula.variable]
    expr = formula.expr.subs(t_any[0], t) if t_any else formula.expr
    coeff, rest = expr.as_independent(t, as_Add=False)
    if isinstance(rest, sympy.exp):
        rest = sympy.Pow(sympy.E, rest.args[0], evaluate=False)
    if not isinstance(rest, sympy.Pow):
        raise NotUnderstood("the shape of the formula", formula.text,
                            "an exponential formula such as P(t) = 600e^(0.27t)")
    base, exponent = rest.args
    slope = sympy.diff(exponent, t)
    offset = exponent - slope * t
    if slope.free_symbols or offset.free_symbols or base.free_symbols:
        raise NotUnderstood("the exponent of the formula", formula.text,
                            "an exponent proportional to the variable")
    return coeff, base, slope, offset, t, expr


def solve_formula_value(task: Task) -> Solved:
    """Evaluate a stated formula at the horizon (converted to the formula's time unit)."""
    formula = task.law.formula
    t = [s for s in formula.expr.free_symbols if str(s) == formula.variable]
    value_t = exact.rational(task.periods)
    expr = formula.expr.subs(t[0], value_t) if t else formula.expr
    if expr.free_symbols:
        raise NotUnderstood("the unknown constants in the formula", formula.text)
    value, text = exact.decimal_of(expr), exact.text_of(expr)
    steps = [Step("formula", "Use the formula from the text.", (formula.text,)),
             Step("substitute", f"Put {formula.variable} = {exact.frac_text(task.periods)}.",
                  (f"{formula.name}({exact.frac_text(task.periods)}) = "
                   f"{exact.pretty_text(text)}",)),
             Step("decimal", "As a decimal:", (f"\u2248 {value}",))]
    return Solved(expr, value, text, task.unit, steps)


def solve_threshold(task: Task) -> Solved:
    """Return the crossing time (exact) or the smallest whole count of periods."""
    import sympy

    if task.law.kind == "formula":
        coeff, base, slope, offset, t, expr = _formula_parts(task)
        target = task.target
        level = coeff * exact.rational(target[1]) if isinstance(target, tuple) else \
            exact.rational(target)
        crossing = (sympy.log(level / coeff) / sympy.log(base) - offset) / slope
        crossing = sympy.simplify(crossing)
        if coeff.free_symbols:  # "0.1·Ao": compare shares of the unknown start
            expr, level = sympy.simplify(expr / coeff), sympy.simplify(level / coeff)
        steps = [Step("formula", "Use the formula from the text.", (task.law.formula.text,)),
                 Step("set_equal", f"Set it equal to the target ({task.target_text}).",
                      (f"{exact.pretty(expr)} = {exact.pretty(level)}",))]
        return _finish(task, crossing, lambda k: expr.subs(t, k), level, steps,
                       bool((base > 1) == (slope > 0)))
    if task.law.kind == "linear":
        return _linear_threshold(task)
    start = exact.rational(task.start.value if task.start else Fraction(1))
    factor = exact.rational(task.law.factor)
    level = exact.rational(task.target) if not isinstance(task.target, tuple) else \
        start * exact.rational(task.target[1])
    if start <= 0 or factor <= 0 or level <= 0 or (factor > 1) == (level < start) and \
            level != start:
        raise NotUnderstood("how the quantity could reach the target", task.target_text,
                            "a target the change moves towards")
    crossing = sympy.log(level / start) / sympy.log(factor)
    steps = factor_steps(task) + [
        Step("set_equal", "Solve start \u00d7 factor^n = target for n with logarithms.",
             (f"{exact.pretty(start)}\u00b7({exact.pretty(factor)})^n = {exact.pretty(level)}",
              f"n = log({exact.pretty(level / start)}) / log({exact.pretty(factor)})"))]
    return _finish(task, crossing, lambda k: start * factor ** k, level, steps, factor > 1)


def _linear_threshold(task: Task) -> Solved:
    """Solve start + n·d = target exactly (linear change)."""
    import sympy

    start, delta = exact.rational(task.start.value), exact.rational(task.law.delta)
    level = exact.rational(task.target) if not isinstance(task.target, tuple) else \
        start * exact.rational(task.target[1])
    if delta == 0 or (level - start) / delta < 0:
        raise NotUnderstood("how the quantity could reach the target", task.target_text)
    crossing = (level - start) / delta
    steps = [Step("set_equal", "Solve start + n \u00d7 change = target for n.",
                  (f"{exact.pretty(start)} + n\u00b7({exact.pretty(delta)}) = "
                   f"{exact.pretty(level)}", f"n = {exact.pretty(crossing)}"))]
    return _finish(task, sympy.nsimplify(crossing), lambda k: start + delta * k, level, steps,
                   delta > 0)


@dataclass(frozen=True)
class Crossing:
    """What a threshold solve found: the exact crossing, its decimal and the whole count.

    Kept on the Solved so the other count reading of the same question (whole periods vs the
    exact crossing) is answered from it instead of being solved again.
    """

    expr: object
    text: str
    whole: int


def _finish(task, crossing, value_at, level, steps, growing: bool) -> Solved:
    """Pick the exact crossing or the verified smallest whole count, in the asked unit."""
    text, approx = _crossing_decimal(crossing)
    whole = _smallest_whole(_guess(crossing, approx), value_at, level, task.comparator,
                            growing)
    steps.append(Step("crossing", "The exact crossing:", (f"n = {text}",)))
    if whole <= MAX_VERIFIED:
        steps.append(Step("whole_check", f"Check whole steps exactly: at n = {whole - 1} the "
                      f"target is not yet met, at n = {whole} it is.",
                      (f"value({whole - 1}) \u2248 {exact.decimal_of(value_at(whole - 1))}",
                       f"value({whole}) \u2248 {exact.decimal_of(value_at(whole))}")))
    return _answer_of(task, Crossing(crossing, text, whole), steps)


def other_count(task: Task, solved: Solved, other: Task) -> Solved | None:
    """Return `other` solved from `task`'s solution when it asks the same threshold counted
    the other way (whole periods instead of the exact crossing, or back): the crossing and the
    whole count are the same, only the answer differs. None when `other` is another task."""
    found = solved.crossing
    if found is None or other.kind != "threshold" or other.integer == task.integer or \
            other.law is not task.law or other.start is not task.start or \
            (other.target, other.comparator, other.answer_unit) != \
            (task.target, task.comparator, task.answer_unit):
        return None
    return _answer_of(other, found, [])


def _answer_of(task: Task, found: Crossing, steps: list[Step]) -> Solved:
    """Return the whole count or the exact crossing times the period, in the asked unit
    (after `steps`, the steps that found them)."""
    import sympy

    period = task.law.period
    count = exact.rational(period.count) if period else 1
    primary = sympy.Integer(found.whole) if task.integer else found.expr
    expr = primary * count
    unit = f"{period.unit}s" if period else "periods"
    if period and task.answer_unit and task.answer_unit != period.unit:
        from bot.core.horizons import convert

        scale = convert(Fraction(1), period.unit, task.answer_unit)[0]
        expr = expr * exact.rational(scale)
        value = exact.decimal_of(expr)
        steps.append(Step("convert_unit", f"The question asks in {task.answer_unit}s: one "
                          f"{period.unit} is {exact.frac_text(scale)} {task.answer_unit}s.",
                          (f"\u2248 {value} {task.answer_unit}s",)))
        unit = f"{task.answer_unit}s"
    else:
        value = found.text if expr is found.expr else exact.decimal_of(expr)
    task.unit = unit
    return Solved(expr, value, exact.text_of(expr), unit, steps, crossing=found)


def _crossing_decimal(crossing) -> tuple[str, Fraction | None]:
    """Return the crossing's decimal text and the exact value of the number it was printed
    from (None when that is no finite real number), evaluating the crossing once."""
    import sympy
    from mpmath.libmp import finf, fnan, fninf, to_rational

    if crossing.is_Rational:
        return exact.decimal_of(crossing), Fraction(crossing.p, crossing.q)
    value = sympy.N(crossing, exact.SIG_DIGITS + 5)
    text = exact.evaluated_decimal(value)
    if not isinstance(value, sympy.Float) or value._mpf_ in (finf, fninf, fnan):
        return text, None
    return text, Fraction(*to_rational(value._mpf_))


def _guess(crossing, approx: Fraction | None) -> int:
    """Return ceil(N(crossing, 60)), the first whole count to check.

    `approx` is the crossing to at least 15 significant digits (exact for a Rational). When it
    lies farther than 2^-30 (relative) from every integer, the 60-digit value has the same
    ceiling, and the 60-digit evaluation is skipped; near an integer it is done as before.
    """
    import sympy

    if approx is not None:
        if crossing.is_Rational and approx.denominator == 1 and abs(approx) < 2 ** 100:
            return int(approx)  # a whole Rational: N() at 60 digits is that integer exactly
        low = math.floor(approx)
        margin = max(1, abs(approx)) / 2 ** 30
        if approx - low > margin and low + 1 - approx > margin:
            return low + 1
    return int(sympy.ceiling(sympy.N(crossing, 60)))


def _smallest_whole(guess: int, value_at, level, comparator: str, growing: bool) -> int:
    """Return the smallest whole n meeting the comparison, verified exactly at n−1 and n,
    searching from `guess` (the ceiling of the crossing)."""
    guess = max(guess, 0)
    if guess > MAX_VERIFIED:
        return guess

    def met(k: int) -> bool:
        value = value_at(k)
        if comparator == "<":
            return bool(value < level)
        if comparator == "<=":
            return bool(value <= level)
        if comparator == ">":
            return bool(value > level)
        if comparator == ">=":
            return bool(value >= level)
        return bool(value >= level) if growing else bool(value <= level)
    while guess > 0 and met(guess - 1):
        guess -= 1
    while not met(guess):
        guess += 1
    return guess
