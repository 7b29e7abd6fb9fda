"""Periods until a goal when the pace is observed, not stated: "Their goal is $6300. In the
first 3 hours they raised $2100. How many hours in total, at the same pace?"

Three numbers: the goal (named with goal/cost/need wording, or the size of the job: "a
240-page book"), and the progress so far with the time it took, stated in one sentence
("after the first 3 hours", "in the first 4 days", "so far"). The pace is progress ÷ time;
the total time is goal ÷ pace, and "how many more" subtracts the time already spent. The
question must say which ("in total" or "more / still / left"); a fractional count is rounded
up (the goal is reached during that period) with the exact value as the alternative.
"""

from __future__ import annotations

import math
from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, show
from bot.core.arith.target import read_target
from bot.core.arith.units import is_time, plural, singular, size
from bot.core.negation import negated

GOAL = frozenset("goal goals target need needs cost costs want wants wanted must total "
                 "raise".split())
SO_FAR = frozenset("after first so far already".split())
MORE = frozenset("more still left remaining else".split())
BLOCKING = frozenset("""than twice half double triple times both each other extra then before
except spent lost gives gave increases decreases faster slower rest per""".split())


def _amounts(tokens: list) -> list:
    """Return the quantities of one sentence; "a 240-page book" counts pages."""
    out = []
    for q in qty.read_sentence(tokens).quantities:
        unit = q.unit_dict()
        times = [n for n, e in unit.items() if e == -1 and is_time(n)]
        if q.divided and len(unit) == 2 and times:  # "8 miles in 2 weeks": both stated
            thing = next(n for n in unit if n != times[0])
            out.append(qty.Quantity(q.divided[0], ((thing, 1),), q.text, q.sources[:1]))
            out.append(qty.Quantity(q.divided[1], ((times[0], 1),), q.text, q.sources[1:]))
            continue
        if not q.unit:
            k = next(k for k, t in enumerate(tokens) if id(t) == q.sources[0])
            if k + 2 < len(tokens) and tokens[k + 1].text == "-" and \
                    tokens[k + 2].kind == "word":
                q = qty.Quantity(q.value, ((singular(tokens[k + 2].text), 1),),
                                 q.text + "-" + tokens[k + 2].text, q.sources)
        out.append(q)
    return out


def _ordinals_ok(doc) -> bool:
    """Allow only "the first 3 hours" (ordinal "1th" right before a number)."""
    tokens = doc.all_tokens
    return all(t.text == "1th" and k + 1 < len(tokens) and tokens[k + 1].kind == "number"
               for k, t in enumerate(tokens) if t.kind == "ordinal")


def _read(doc):
    """Return (goal, progress, elapsed) quantities, or None."""
    goals, progress, elapsed = [], [], []
    for tokens in doc.given:
        tokens = list(tokens)
        words = {t.low for t in tokens}
        found = _amounts(tokens)
        times = [q for q in found if len(q.unit) == 1 and is_time(q.unit[0][0]) and
                 q.unit[0][1] == 1]
        things = [q for q in found if q not in times]
        if any(len(q.unit) != 1 or q.unit[0][1] != 1 for q in things):
            return None
        so_far = words & SO_FAR or any(t.text == "1th" for t in tokens)
        if times and len(times) == 1 and len(things) == 1 and so_far:
            elapsed += times
            progress += things
        elif not times and len(things) == 1 and (words & GOAL or "-" in things[0].text):
            goals += things
        elif found:
            return None
    if len(goals) != 1 or len(progress) != 1 or goals[0].unit != progress[0].unit:
        return None
    return goals[0], progress[0], elapsed[0]


def solve(doc):
    """Return (work, periods, unit, asked) for an observed pace toward a goal, or None."""
    target = read_target(tuple(t for t in doc.question if t.low != "more"))
    if target is None or len(target.unit) != 1 or any(t.numeric for t in doc.question):
        return None
    asked = target.unit[0][0]
    qwords = set(doc.question_words)
    if not (is_time(asked) or asked == "*time") or doc.words & BLOCKING or \
            negated(doc.words) or not _ordinals_ok(doc) or \
            any(t.kind == "percent" for t in doc.all_tokens):
        return None
    found = _read(doc)
    if found is None or bool(qwords & MORE) == ("total" in qwords):
        return None
    goal, done, elapsed = found
    period = elapsed.unit[0][0]
    asked = period if asked == "*time" else asked
    if goal.value <= done.value:
        return None
    return _count(goal, done, elapsed, period, asked, bool(qwords & MORE))


def _count(goal, done, elapsed, period: str, asked: str, more: bool):
    """Write the pace, total and (for "more") remaining steps; round up a part period."""
    work = Work()
    work.reading.append(f"Goal: \u201c{goal.text}\u201d; so far \u201c{done.text}\u201d in "
                        f"\u201c{elapsed.text}\u201d at a steady pace.")
    pace = done.value / elapsed.value
    work.step("pace", f"Pace = progress \u00f7 time ({plural(goal.unit[0][0])} per {period}).",
              f"{show(done.value)} \u00f7 {show(elapsed.value)} = {show(pace)}")
    total = goal.value / pace
    work.step("total_time", "Time for the whole goal = goal \u00f7 pace.",
              f"{show(goal.value)} \u00f7 {show(pace)} = {show(total)} {plural(period)}")
    value = total - elapsed.value if more else total
    if more:
        work.step("time_left", "Time still needed = total \u2212 time already spent.",
                  f"{show(total)} \u2212 {show(elapsed.value)} = {show(value)}")
    if asked != period and value.denominator != 1:
        return None  # round up in days, then in weeks? the text does not say
    value = value * size(period) / size(asked)
    if asked != period:
        work.step("convert", f"In {plural(asked)}.", f"= {show(value)} {plural(asked)}")
    elif value.denominator != 1:
        whole = Fraction(math.ceil(value))
        work.step("round_up", f"The goal is reached during {plural(asked)} number "
                  f"{show(whole)}.", f"\u2308{show(value)}\u2309 = {show(whole)}")
        work.alternative(f"the exact (fractional) number of {plural(asked)}", value,
                         plural(asked))
        value = whole
    name = f"more {plural(asked)} needed" if more else f"{plural(asked)} in total"
    return work, value, plural(asked), name
