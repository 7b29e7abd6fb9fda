"""Solve tasks exactly with SymPy and record each step as data.

Compound: V(n) = S·f^n. Linear: V(n) = S + n·d. Thresholds: the exact crossing
t* = log(T/S)/log(f), and for strict comparisons the smallest whole n verified exactly at n−1
and n (floats get boundaries wrong). Formulas c·b^(a·t+k) are evaluated or inverted the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core import exact
from bot.core.errors import NotUnderstood
from bot.core.model import Task
from bot.core.outcome import Step


@dataclass
class Solved:
    """The value of one task: exact SymPy expression, decimal text, steps, series points."""

    expr: object
    value: str
    exact: str
    unit: str
    steps: list[Step] = field(default_factory=list)
    series: list[tuple[float, float]] = field(default_factory=list)
    rounded: str = ""
    crossing: object = None  # a threshold's Crossing, for its other count reading


def solve(task: Task) -> Solved:
    """Dispatch a task to its solver."""
    if task.kind == "threshold":
        from bot.core.thresholds import solve_threshold

        return solve_threshold(task)
    if task.kind == "formula_value":
        from bot.core.thresholds import solve_formula_value

        return solve_formula_value(task)
    if task.law.kind == "linear":
        return _linear_value(task)
    if task.kind == "percent_change":
        return _percent_change(task)
    return _compound_value(task)


def _percent_change(task: Task) -> Solved:
    """Return the overall percentage change after n periods, as a decrease when shrinking."""
    factor, n = task.law.factor, task.periods
    power, _ = exact.power(factor, n)
    down = factor < 1
    expr = (1 - power) * 100 if down else (power - 1) * 100
    word = "decrease" if down else "increase"
    shape = f"({exact.frac_text(factor)})^{exact.frac_text(n)}"
    formula = f"(1 \u2212 {shape})\u00b7100" if down else f"({shape} \u2212 1)\u00b7100"
    value = exact.decimal_of(expr)
    steps = factor_steps(task) + [_periods_step(task), Step(
        "percent_change", f"The overall {word} is the change of the factor over all steps, "
        f"as a percentage.", (f"{word} = {formula}", f"\u2248 {value}%"))]
    return Solved(expr, value, formula.replace("\u00b7", "*").replace("\u2212", "-"), "%",
                  steps)


def factor_steps(task: Task) -> list[Step]:
    """Return the step that derives the growth factor from the stated change."""
    law = task.law
    unit = law.period.unit if law.period else task.horizon_unit or "period"
    every = f"every {exact.frac_text(law.period.count)} {unit}s" if law.period and \
        law.period.count != 1 else f"per {unit}"
    if law.rate is not None:
        sign = "+" if law.rate > 0 else "\u2212"
        pct = exact.frac_text(abs(law.rate) * 100)
        return [Step("growth_factor", f"Each step multiplies by 1 {sign} {pct}% ({every}).",
                     (f"factor = 1 {sign} {pct}/100 = {exact.frac_text(law.factor)}",))]
    return [Step("growth_factor", f"\u201c{law.text}\u201d multiplies by "
                 f"{exact.frac_text(law.factor)} {every}.",
                 (f"factor = {exact.frac_text(law.factor)}",))]


def _compound_value(task: Task) -> Solved:
    """Return S·f^n (or f^n for "by what factor") exactly, with steps.

    A power small enough to expand is computed on Fractions (the Rational SymPy's
    Rational(S)·Rational(f)^n gives), its decimal and text without SymPy."""
    start = task.start.value if task.start and task.kind != "factor" else Fraction(1)
    factor, n = task.law.factor, task.periods
    if factor <= 0:
        raise NotUnderstood("a change that removes more than everything", task.law.text,
                            "a decrease below 100%")
    steps = factor_steps(task) + [_periods_step(task)]
    shape = f"{exact.frac_text(start)}\u00b7({exact.frac_text(factor)})^{exact.frac_text(n)}"
    if task.kind == "factor":
        shape = f"({exact.frac_text(factor)})^{exact.frac_text(n)}"
    steps.append(Step("compound_value", "Apply the factor once per step: value = start \u00d7 "
                      "factor^steps.", (f"value = {shape}",)))
    if exact.expands(factor, n):
        result = start * factor ** int(n)
        expr, value = exact.rational(result), exact.fraction_decimal(result)
        steps.append(_evaluate_step(exact.frac_text(result), value))
    else:
        expr = exact.power(factor, n)[0]
        if exact.digits_of_power(factor, n) <= exact.MAX_EXACT_DIGITS:
            value = exact.decimal_of(exact.rational(start) * expr)  # (3/5)^(5/2): small root
        else:
            value = exact.log_decimal(start, factor, n)
        steps.append(Step("evaluate_log", "The exact power is too large to expand; its "
                          "decimal comes from logarithms.", (f"\u2248 {value}",)))
    exact_text = shape.replace("\u00b7", "*").replace("^", "**")
    try:
        first, step = float(start), float(factor)  # converted once, not at every point
    except OverflowError:
        series = []  # what _series gives when its points overflow
    else:
        series = _series(lambda k: first * step ** k, n)
    return Solved(expr, value, exact_text, task.unit, steps, series)


def _linear_value(task: Task) -> Solved:
    """Return S + n·d exactly (d already absolute), with steps."""
    start, delta, n = task.start.value, task.law.delta, task.periods
    result = start + n * delta
    expr = exact.rational(result)
    sign = "+" if delta >= 0 else "\u2212"
    steps = [Step("linear_change", f"The change is a fixed amount: {sign}"
                  f"{exact.frac_text(abs(delta))} per step.",
                  (f"change per step = {exact.frac_text(delta)}",)),
             _periods_step(task),
             Step("linear_value", "Add the fixed change once per step: value = start + "
                  "steps \u00d7 change.",
                  (f"value = {exact.frac_text(start)} + {exact.frac_text(n)}\u00b7"
                   f"({exact.frac_text(delta)}) = {exact.frac_text(result)}",))]
    value = exact.decimal_of(expr)
    steps.append(Step("decimal", "As a decimal:", (f"\u2248 {value}",)))
    series = _series(lambda k: float(start + k * delta), n)
    return Solved(expr, value, f"{exact.frac_text(start)}+{exact.frac_text(n)}*"
                  f"({exact.frac_text(delta)})", task.unit, steps, series)


def _periods_step(task: Task) -> Step:
    """Return the step that says how many periods the horizon spans."""
    n = exact.frac_text(task.periods)
    unit = task.law.period.unit if task.law.period else task.horizon_unit
    count = task.law.period.count if task.law.period else 1
    label = f"{unit}s" if count == 1 else f"periods of {exact.frac_text(count)} {unit}s"
    return Step("periods", f"\u201c{task.horizon_text}\u201d is {n} {label}.", (f"n = {n}",))


def _evaluate_step(text: str, value: str) -> Step:
    """Return the step that shows the exact value (its text) and its decimal."""
    math = (f"= {text}" if len(text) <= 60 else "= (exact fraction, "
            f"{len(text)} characters)", f"\u2248 {value}")
    return Step("evaluate", "Evaluate exactly, then as a decimal.", math)


def _series(function, n: Fraction, points: int = 40) -> list[tuple[float, float]]:
    """Return up to `points` (step, value) pairs from 0 to n for plotting (empty if huge)."""
    try:
        end = float(n)
    except OverflowError:
        return []
    if not 0 < end <= 10_000:
        return []
    count = min(points, max(int(end), 1))
    out = []
    for i in range(count + 1):
        x = end * i / count
        try:
            out.append((x, float(function(x))))
        except (OverflowError, ValueError):
            return []
    return out

