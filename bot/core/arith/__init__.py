"""The arithmetic family: short multi-step rate, ratio and percent problems.

`solve(problem, text)` re-reads the parsed sentences with grammar/arith.lark (typed tokens),
then tries small exact models in turn: unit products of rates ("24 scans per hour per GPU",
"batches of 64 images"), percent relations (discounts, reverse percentages, percent change,
successive changes), simple interest and layer weights. A model answers only when every
stated number is placed and the question maps onto one derivation; otherwise None.
"""

from __future__ import annotations


def solve(problem, text: str):
    """Return an ok Outcome, or None when no arithmetic model fits with certainty."""
    from bot.core.arith import build, doc as docs, interest, layers, percents, rates, until

    doc = docs.read(problem)
    if doc is None:
        return None
    for model in (layers, interest, rates, until, percents):
        found = model.solve(doc)
        if found is not None:
            work, value, unit, asked = found
            return build.outcome(work, asked, value, unit, text)
    return None
