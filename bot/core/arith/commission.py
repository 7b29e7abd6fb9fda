"""Pay from a commission: earnings = fixed pay + p% of sales, solved for the sales.

"A fixed salary of $500 plus 5% of all sales; what sales make the salary $1500?" gives
sales = (1500 − 500) ÷ 5%. With the size of one sale ("how many sales of $250 each to reach
at least $1000?") the count is that amount over the commission of one sale, rounded up
when the target is a floor ("at least", "reach"), and declined when it must be exact but
does not divide. Only one percent, every number placed (fixed pay, target, size of a sale),
one pay period word at most; anything else is left to other models.
"""

from __future__ import annotations

import math
from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.negation import negated

PAY = frozenset("salary wage wages pay income earnings".split())
TARGET = frozenset("reaches reach reached earn earns income becomes become get gets "
                   "least".split())
SALES = frozenset("sale sales".split())
EARNED = frozenset("earned made received got".split())
PERIODS = frozenset("daily weekly monthly yearly annual annually hourly".split())
BLOCKING = frozenset("""than more less twice half times per every hours hour days weeks tax
discount profit loss interest minus expenses spend spends spent after before bonus
deduction deducted""".split())


def _percent(doc: Doc):
    """Return the one percent token when it is a commission on sales, else None."""
    found = doc.sole_percent()
    if found is None:
        return None
    tokens, k = found
    words = [t.low for t in tokens]
    near = set(words[max(0, k - 4):k + 3])
    after = words[k + 1:k + 8]
    commission = "commission" in near
    of_sales = words[k + 1:k + 2] == ["of"] and bool(set(after) & SALES)
    if (commission or of_sales) and set(after) & SALES:
        return tokens[k]
    return None


def _roles(doc: Doc, rate):
    """Return (fixed pay, target, size of one sale) tokens, or None when a number has no
    single role."""
    fixed = target = each = None
    for tokens, asking in [(s, False) for s in doc.given] + [(doc.question, True)]:
        words = [t.low for t in tokens]
        for k, tok in enumerate(tokens):
            if not tok.numeric or tok is rate:
                continue
            before = set(words[max(0, k - 4):k])
            if asking and words[k + 1:k + 2] == ["each"] and before & SALES and each is None:
                each = tok
            elif asking and before & TARGET | ({"as"} & before and before & PAY) and \
                    target is None:
                target = tok
            elif not asking and before & PAY and fixed is None:
                fixed = tok
            elif not asking and before & EARNED and not before & PAY and target is None and \
                    fixed is not None:
                target = tok  # "Last month she earned $3500": the pay reached
            else:
                return None
    return (fixed, target, each) if target is not None else None


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the sales (or number of sales) that bring the pay to the target, or None."""
    words = doc.words
    question = set(doc.question_words)
    if words & BLOCKING or negated(words) or len(words & PERIODS) > 1 or \
            not question & SALES:
        return None
    rate = _percent(doc)
    roles = _roles(doc, rate) if rate is not None else None
    if roles is None:
        return None
    fixed, target, each = roles
    p = rate.value / 100
    base = fixed.value if fixed is not None else Fraction(0)
    needed = target.value - base
    if needed <= 0:
        return None
    work = Work()
    unit = "dollars" if any(t.kind == "money" for t in (fixed, target, each) if t) else ""
    work.reading.append(f"Pay = {fixed.text + ' + ' if fixed else ''}{rate.text} of the sales;"
                        f" the pay must reach {target.text}.")
    if fixed is not None:
        work.step("commission_needed", "The commission must make up the rest of the pay.",
                  f"{show(target.value)} \u2212 {show(base)} = {show(needed)}")
    if each is None:
        if "many" in question:
            return None
        sales = needed / p
        work.step("commission_sales", f"Sales = commission needed \u00f7 {pct(p)}.",
                  f"{show(needed)} \u00f7 {show(p)} = {show(sales)}")
        return work, sales, unit, "sales"
    return _count(work, needed, p, each, question)


def _count(work: Work, needed, p, each, question):
    """The number of sales of a stated size: rounded up for "at least" / "reach"."""
    if "many" not in question:
        return None
    per_sale = each.value * p
    exact = needed / per_sale
    work.step("commission_per_sale", f"Each sale of {each.text} earns {pct(p)} of it.",
              f"{show(each.value)} \u00d7 {show(p)} = {show(per_sale)}")
    count = Fraction(math.ceil(exact))
    if count != exact and not question & {"least", "reach"}:
        return None
    work.step("commission_count", "Sales needed = commission needed \u00f7 commission of one "
              "sale" + (", rounded up to a whole sale" if count != exact else "") + ".",
              f"{show(needed)} \u00f7 {show(per_sale)} = {show(exact)}")
    return work, count, "sales", "number of sales"
