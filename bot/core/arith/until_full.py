"""Time until a level given in percent is full: "A battery charges 5% every 10 minutes. It is
at 30% now. How many minutes until it is fully charged?"

Two percents: the rate (percentage points per period: "1 percentage-point per 3 minutes",
"5% every 10 minutes") and the present level ("is at 60%", "is 30% full"); "fully" / "full"
in the question is the 100% goal, "until it is 80% charged" an 80% goal. Steps of the stated
size: (goal − level) ÷ step steps of the stated period, converted to the asked unit. Only
battery, charge and tank wording is read as percentage points; a gap that is not a whole
number of steps, any other number, or a change word (faster, slower, then, after) declines.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.quantities import noun_at
from bot.core.arith.target import read_target
from bot.core.arith.units import is_time, plural, size
from bot.core.negation import negated

CONTEXT = frozenset("battery charge charges charged charging recharges recharge tank".split())
LEVEL = frozenset("is at now currently".split())
BLOCKING = frozenset("""twice half double faster slower then after before first but more less
than each other another except drains drain leaks leak uses loses empty emptied used drained
discharged gone""".split())  # "it is 20% empty": a level counted from the other end


def _rate(tokens, k: int):
    """Return (count, unit) of "per 3 minutes" / "every 10 minutes" / "a minute" after k."""
    for j in range(k + 1, min(len(tokens), k + 7)):
        if tokens[j].low in ("per", "every", "each", "a", "an"):
            count, n = Fraction(1), j + 1
            if n < len(tokens) and tokens[n].kind == "number":
                count, n = tokens[n].value, n + 1
            unit, _ = noun_at(tokens, n, single=True)
            name = next(iter(unit), "")
            return (count, name) if len(unit) == 1 and is_time(name) else None
        if tokens[j].numeric:
            return None
    return None


def _read(doc):
    """Return (rate percent, period count, period unit, level percent) or None."""
    rates, levels = [], []
    for tokens in map(list, doc.given):
        words = {t.low for t in tokens}
        for k, tok in enumerate(tokens):
            if tok.kind == "percent":
                found = _rate(tokens, k)
                if found:
                    rates.append((tok, *found))
                elif words & LEVEL:
                    levels.append(tok)
                else:
                    return None
            elif tok.numeric and not (k > 0 and tokens[k - 1].low in ("per", "every", "each")):
                return None  # only the count of "every 10 minutes" besides the percents
    if len(rates) != 1 or len(levels) != 1:
        return None
    return rates[0], levels[0]


def _goal(doc) -> Fraction | None:
    """Return 100 for "fully charged" / "full", p for one "p% charged" in the question."""
    words = set(doc.question_words)
    percents = [t for t in doc.question if t.kind == "percent"]
    if any(t.numeric and t.kind != "percent" for t in doc.question) or len(percents) > 1:
        return None
    if percents:
        return None if words & {"full", "fully"} else percents[0].value
    return Fraction(100) if words & {"full", "fully"} else None


def solve(doc):
    """Return (work, time, unit, asked) until the level is full, or None."""
    goal = _goal(doc)
    target = read_target(tuple(t for t in doc.question if t.kind != "percent"))
    if goal is None or not doc.words & CONTEXT or target is None or \
            len(target.unit) != 1 or doc.words & BLOCKING or negated(doc.words) or \
            any(t.kind == "ordinal" for t in doc.all_tokens):
        return None
    found = _read(doc)
    if found is None:
        return None
    (step_tok, count, period), level = found
    asked = target.unit[0][0]
    asked = period if asked == "*time" else asked
    if not is_time(asked) or step_tok.value <= 0 or not 0 <= level.value < goal <= 100:
        return None
    gap = goal - level.value
    steps = gap / step_tok.value
    if steps.denominator != 1:
        return None
    time = steps * count
    value = time * size(period) / size(asked)
    work = Work()
    work.reading.append(f"Level {level.text} now; it rises {step_tok.text} (percentage "
                        f"points) every {show(count)} {plural(period, count)}; goal {show(goal)}%.")
    work.step("gap", "Still missing = goal \u2212 level.", f"{show(goal)} \u2212 "
              f"{show(level.value)} = {show(gap)} points")
    work.step("steps", "Steps of the stated size.", f"{show(gap)} \u00f7 {show(step_tok.value)}"
              f" = {show(steps)}")
    work.step("time", f"Time = steps \u00d7 {show(count)} {plural(period, count)}.",
              f"{show(steps)} \u00d7 {show(count)} = {show(time)} {plural(period)}")
    if asked != period:
        work.step("convert", f"In {plural(asked)}.", f"= {show(value)} {plural(asked)}")
    return work, value, plural(asked), "time until full"
