"""The arithmetic family: short multi-step rate, ratio and percent problems.

`solve(problem, text)` re-reads the parsed sentences with grammar/arith.lark (typed tokens),
then tries small exact models in turn: unit products of rates ("24 scans per hour per GPU",
"batches of 64 images"), a rate that changes partway (schedule), amounts in and out over a
time (flows) or the time they took (flow_time), two sides' rate products compared
(compare), the same route at another speed (route), two movers apart or catching up
(pursuit), workers whose rates add (together), a rate changed by an amount under a named
condition (adjusted), percent relations (discounts, reverse percentages, percent change,
successive changes), simple interest and layer weights. A model answers only when every
stated number is placed and the question maps onto one derivation; otherwise None.
"""

from __future__ import annotations


def solve(problem, text: str):
    """Return an ok Outcome, or None when no arithmetic model fits with certainty."""
    from bot.core.arith import (adjusted, build, compare, doc as docs, flow_time, flows,
                                interest, layers, percents, pursuit, rates, route, schedule,
                                together, until)

    doc = docs.read(problem)
    if doc is None:
        return None
    rate_models = (rates, schedule, flows, flow_time, compare, route, pursuit, together,
                   adjusted, until)
    skipped = rate_models if _negated_given(doc) else ()
    for model in (layers, interest, rates, schedule, flows, flow_time, compare, route,
                  pursuit, together, adjusted, until, percents):
        if model in skipped:
            continue
        found = model.solve(doc)
        if found is not None:
            work, value, unit, asked = found
            if _unrounded_whole(doc, value):
                return None
            return build.outcome(work, asked, value, unit, text)
    return None


DAY_NAMES = frozenset("""monday mondays tuesday tuesdays wednesday wednesdays thursday
thursdays friday fridays saturday saturdays sunday sundays weekend weekends weekday weekdays
holiday holidays""".split())


def _negated_given(doc) -> bool:
    """Return True when a given sentence negates a number or a time ("on Sundays they do not
    work", "was not paid for 2 hours"): the rate models read each number on its own, so the
    rate would count as if it held every period. "She does not spend any of it" is no cue."""
    from bot.core.arith.units import is_time, singular
    from bot.core.negation import negated

    return any(negated([t.low for t in tokens]) and any(
        t.numeric or t.low in DAY_NAMES or t.kind == "word" and is_time(singular(t.low))
        for t in tokens) for tokens in doc.given)


WHOLE_CUES = frozenset("least most minimum maximum fewest".split())


def _unrounded_whole(doc, value) -> bool:
    """Return True for a fractional answer to a question that wants a whole count ("the
    least number of whole hours", "needs at least $100"): rounding up or down is a step no
    model took, so the exact quotient would be a wrong answer. "the whole trip" is no cue."""
    from fractions import Fraction

    from bot.core.arith.units import is_time, singular

    words = doc.question_words
    whole = any(a == "whole" and (b in ("number", "numbers") or is_time(singular(b)))
                for a, b in zip(words, words[1:]))
    cued = whole or WHOLE_CUES & set(words) or {"least", "most"} & doc.words
    return bool(cued) and Fraction(value).denominator != 1
