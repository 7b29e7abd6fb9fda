"""Linear "how long until": a start amount, a steady rate and a goal in the same unit
("has $50, earns $10 a day, the bike costs $300" -> 25 days). The goal is the amount named
with cost/need/want/reach wording (or stated in the question), the start the one named with
has/is/already; anything else is declined. A fractional count of periods is rounded up (the
goal is first reached at the end of that period) with the exact value as the alternative.
"""

from __future__ import annotations

import math
from fractions import Fraction

from bot.core.arith import rates
from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.target import read_target
from bot.core.arith.units import dimension, is_time, plural, size

GOAL = frozenset("cost costs need needs want wants goal reach target afford buy must "
                 "required requires".split())
START = frozenset("has have had already saved savings currently now today is starts "
                  "start".split())
BLOCKING = frozenset("""than twice half double triple times both together altogether each
every other another extra then after before except remaining left spent spends lost gives
gave increases decreases""".split())


def _role(doc: Doc, quantity) -> str | None:
    """Return "goal" or "start" for an amount from the words of its sentence."""
    if quantity.question:
        return "goal"
    for tokens in doc.given:
        if any(id(t) in quantity.sources for t in tokens):
            words = [t.low for t in tokens]
            goal = bool(set(words) & GOAL) or any(
                a in ("has", "have", "needs") and b == "to" for a, b in zip(words, words[1:]))
            start = bool(set(words) & START)
            if goal:
                return "goal"
            return "start" if start else None
    return None


def _factor(unit: str, wanted: str) -> Fraction | None:
    """Return the factor turning an amount in `unit` into `wanted` (same dimension)."""
    if unit == wanted:
        return Fraction(1)
    if dimension(unit) is not None and dimension(unit) == dimension(wanted):
        return size(unit) / size(wanted)
    return None


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the number of periods until the goal is reached, or None."""
    if doc.words & BLOCKING or any(t.kind in ("percent", "ordinal") for t in doc.all_tokens):
        return None
    target = read_target(doc.question)
    sentences = rates._sentences(doc) if target else None
    if sentences is None:
        return None
    quantities = [q for s in sentences for q in s.quantities]
    if len(quantities) != 3 or any(id(t) not in {i for q in quantities for i in q.sources}
                                   for t in doc.numbers()):
        return None
    flows = [q for q in quantities if len(q.unit) == 2 and any(
        e == -1 and is_time(n) for n, e in q.unit)]
    amounts = [q for q in quantities if len(q.unit) == 1 and q.unit[0][1] == 1]
    if len(flows) != 1 or len(amounts) != 2:
        return None
    flow = flows[0]
    thing = next(n for n, e in flow.unit if e == 1)
    period = next(n for n, e in flow.unit if e == -1)
    roles = {_role(doc, q): q for q in amounts}
    if set(roles) != {"goal", "start"}:
        return None
    goal, start = roles["goal"], roles["start"]
    factors = [_factor(q.unit[0][0], thing) for q in (goal, start)]
    asked = target.unit_dict()
    if None in factors or not (asked == {period: 1} or asked == {"*time": 1}):
        return None
    gap = goal.value * factors[0] - start.value * factors[1]
    if gap <= 0 or flow.value <= 0:
        return None
    work = Work()
    work.reading.append(f"Start: \u201c{start.text}\u201d; goal: \u201c{goal.text}\u201d; "
                        f"rate: \u201c{flow.text}\u201d.")
    work.step("gap", "What is still missing = goal \u2212 start.",
              f"{show(goal.value * factors[0])} \u2212 {show(start.value * factors[1])} = "
              f"{show(gap)} {plural(thing)}")
    periods = gap / flow.value
    work.step("periods", f"Divide by the rate per {period}.",
              f"{show(gap)} \u00f7 {show(flow.value)} = {show(periods)}")
    if periods.denominator != 1:
        whole = Fraction(math.ceil(periods))
        work.step("round_up", f"The goal is first reached after {show(whole)} whole "
                  f"{plural(period)}.", f"\u2308{show(periods)}\u2309 = {show(whole)}")
        work.alternative(f"the exact (fractional) number of {plural(period)}", periods,
                         plural(period))
        periods = whole
    return work, periods, plural(period), f"{plural(period)} until the goal"
