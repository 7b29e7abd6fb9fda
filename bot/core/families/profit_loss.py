"""Family adapter for percent problems of trade and money: profit and loss (cost, marked and
selling prices), commission pay, compound minus simple interest, a sum that amounts to
stated values at interest, undoing a percent change, the whole from a percent's amount,
successive discounts, a price change that buys more for a fixed sum, a value n periods
ago, a sum that doubles at simple interest, a projected and an actual change, a changed bill
shared equally, a sum divided so that compound amounts are equal. The models live in
bot/core/arith (trade, commission, ci_si, amounts, restore, share, successive,
price_quantity, past, si_multiple, two_outcomes, split, divide_equal).

ORDER "after", tried last: it only sees problems every other solver declined, so it never
changes an answer they give. Besides the questions bot/core/arith/doc.py reads, it also
reads a last sentence that ends with "?" but has no question word ("The goods sold that day
are worth?"), or the blank after its last comma ("..., the second discount is"), as the
question.
"""

from __future__ import annotations

ORDER = "after"


def solve(problem, text: str):
    """Return the Outcome of the first model that answers, or None."""
    from bot.core.arith import (amounts, build, ci_si, commission, divide_equal, past,
                                price_quantity, restore, share, si_multiple, split,
                                successive, trade, two_outcomes)

    from bot.core.arith.percent_asks import profit_of_other

    doc = _doc(problem)
    if doc is None or profit_of_other(doc):
        return None  # "sold it to her friend at a 20% profit; her friend's profit?"
    for solver in (trade.solve, commission.solve, ci_si.solve, amounts.solve, restore.solve,
                   restore.solve_compare, share.solve, share.solve_number, share.solve_chain,
                   successive.solve, price_quantity.solve, past.solve, si_multiple.solve,
                   two_outcomes.solve, split.solve, divide_equal.solve):
        found = solver(doc)
        if found is not None:
            work, value, unit, asked = found
            return build.outcome(work, asked, value, unit, text)
    return None


def _doc(problem):
    """Return the arithmetic Doc of the problem, or one whose question is a last sentence
    ending in "?" (when no other sentence asks), or None."""
    from bot.core.arith import doc as docs
    from bot.core.arith.tokens import tokenize

    doc = docs.read(problem)
    if doc is not None:
        return doc
    sentences = [tokenize(sentence.text) for sentence in problem.sentences]
    if len(sentences) < 2 or any(s is None or not s for s in sentences):
        return None
    *given, last = sentences
    if any(s[-1].text == "?" for s in given):
        return None
    if last[-1].text == "?":
        return docs.Doc(tuple(tuple(s) for s in given), tuple(last), problem.text)
    comma = max((k for k, t in enumerate(last) if t.text == ","), default=None)
    if comma is None:
        return None
    head, tail = last[:comma + 1], last[comma + 1:]
    words = [t.low for t in tail if t.kind == "word"]
    if not words or words[0] != "the" or any(t.numeric for t in tail) or not (
            words[-1] in ("is", "was", "be", "are") or tail[-1].text == ":"):
        return None  # "If the first is 10%, the second discount is": a blank after a comma
    return docs.Doc(tuple(tuple(s) for s in given) + (tuple(head),), tuple(tail),
                    problem.text)
