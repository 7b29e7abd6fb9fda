"""Population forecasts by a named method: geometric (percent per period) or arithmetic.

Engineering texts give both an average increase per period ("5000 per decade") and an average
percentage increase ("20% per decade") and then name the method: the geometrical increase
method compounds the percentage, P0·(1 + r)^n; the arithmetical increase method adds the
fixed increase, P0 + n·d. Signature (strong): the word "geometric(al)" or "arithmetic(al)"
next to "method"/"increase", one percentage and one fixed increase per the same period.
The named method gives the answer; the other method's value is shown as the alternative.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core import asks, exact, spec
from bot.core.errors import NotUnderstood
from bot.core.families import _changes as changes_
from bot.core.families import _common as common
from bot.core.outcome import Alternative, Answer, Outcome, Step

ORDER = "before"
GEOMETRIC = {"geometric", "geometrical"}
ARITHMETIC = {"arithmetic", "arithmetical"}


def solve(problem: spec.Problem, text: str) -> Outcome | None:
    """Answer a named-method forecast, or None when no method is named."""
    if not common.mentions(problem, ("geometric", "arithmetic")):
        return None  # (a fast path: `_method` needs one of these words)
    reading = common.read(problem)
    questions = [c for c in reading.clauses if common.asks(c)]
    asking = {c.sentence for c in questions}
    method = _method([c for c in reading.clauses if c.sentence in asking])
    if method is None:
        return None
    for clause in questions:
        # "how many more people", "by how much"; "increase" names the method itself
        asks.refuse_change_ask(clause, change=False)
    found = [c for c in changes_.changes(reading) if c.kind != "other"]
    percents = [c for c in found if c.kind == "percent"]
    taken = changes_.consumed(found)
    starts = common.start_candidates(reading, taken)
    fixed = [(s.value, s.item) for s in starts if _is_increase(s)] + [
        (c.value, c.items[0]) for c in found if c.kind == "fixed"]
    starts = [s for s in starts if not _is_increase(s)]
    if len(percents) != 1 or len(fixed) != 1 or len(starts) != 1 or \
            percents[0].value is None or percents[0].period is None:
        if method == "geometric" and len(percents) <= 1:
            return None  # the law pipeline reads a named geometric method from the percent
        raise NotUnderstood("the two averages the method needs",
                            "; ".join(c.text for c in found) or questions[0].text,
                            "an average increase per period and an average percentage")
    percent, (step_value, step_item), start = percents[0], fixed[0], starts[0]
    unit = percent.period.unit
    periods = _periods(questions, reading, unit)
    reading.used |= taken | {id(step_item), id(start.item)}
    geometric = exact.rational(start.value) * (1 + exact.rational(percent.value)) ** periods
    arithmetic = exact.rational(start.value) + exact.rational(step_value) * periods
    values = {"geometric": geometric, "arithmetic": arithmetic}
    chosen, other = values[method], values["arithmetic" if method == "geometric" else
                                           "geometric"]
    rate_text = f"{exact.frac_text(percent.value * 100)}%"
    steps = [Step("method", f"The {method} increase method: "
                  + (f"multiply by 1 + {rate_text} per {unit}." if method == "geometric"
                     else f"add {exact.frac_text(step_value)} per {unit}."),
                  (f"{exact.frac_text(start.value)}\u00b7(1 + {rate_text})^{periods}"
                   if method == "geometric" else
                   f"{exact.frac_text(start.value)} + {periods}\u00b7"
                   f"{exact.frac_text(step_value)}",)),
             Step("decimal", "Evaluate:", (f"= {exact.decimal_of(chosen)}",))]
    other_name = "arithmetic" if method == "geometric" else "geometric"
    return Outcome(
        ok=True,
        answers=(Answer(f"value by the {method} increase method", exact.decimal_of(chosen),
                        exact.pretty(chosen), start.unit),),
        reading=tuple([f"Start: {start.item.text}; {periods} {unit}s ahead.",
                       f"The question names the {method} increase method."] + reading.notes),
        steps=tuple(steps),
        alternatives=(Alternative(f"the {other_name} increase method", exact.decimal_of(other),
                                  exact.pretty(other), start.unit),),
        unused=tuple(common.unused_numbers(reading, reading.used, "the forecast")))


def _method(questions) -> str | None:
    """Return "geometric" or "arithmetic" when a question sentence names the method."""
    words = {w for c in questions for w in c.words()} | {
        i.text.lower() for c in questions for i in c.items if isinstance(i, spec.Cue)}
    if not words & {"method", "increase"}:
        return None
    if words & GEOMETRIC:
        return "geometric"
    if words & ARITHMETIC:
        return "arithmetic"
    return None


def _is_increase(number: common.Number) -> bool:
    """Return True for "the average increase ... per decade ... is 5000" (a fixed step)."""
    words = number.clause.words()
    has_period = any(isinstance(i, spec.Period) for i in number.clause.items)
    return has_period and bool(set(words) & {"increase", "increment", "growth"})


def _periods(questions, reading, unit: str) -> int:
    """Return the whole periods from the dated start to the asked year."""
    from bot.core.horizons import convert

    asked = [common.question_year(c) for c in questions]
    asked = [a for a in asked if a is not None]
    years = [y for y, _, _ in common.statement_years(reading)]
    if len(asked) != 1 or len(set(years)) != 1:
        raise NotUnderstood("which years the forecast runs between",
                            questions[0].text, "\u201cin 2000 ... in the year 2020\u201d")
    target = asked[0].count if isinstance(asked[0], spec.Horizon) else Fraction(asked[0].text)
    count, _ = convert(target - years[0], "year", unit)
    if count.denominator != 1 or count < 0:
        raise NotUnderstood("a whole number of periods", questions[0].text)
    reading.used.add(id(asked[0]))
    reading.used |= {id(item) for _, item, _ in common.statement_years(reading)}
    return int(count)
