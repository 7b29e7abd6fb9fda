"""A bill changed by percents (discount, tax, tip) and shared equally by a group:
each pays bill × factors ÷ N.

"5 friends share equally a bill of $1200 with a 15% discount; how much does each pay?"
gives 1200 × 0.85 ÷ 5 = 204. One group count (N friends, people, students ...), one bill,
each percent placed by the percent model's cue words, a question for what each one pays.
Anything else: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.negation import negated

PEOPLE = frozenset("friends people persons students members colleagues roommates children "
                   "kids coworkers siblings brothers sisters guests players workers".split())
SHARE = frozenset("equally split share shared sharing divide divided evenly".split())
BILL = frozenset("bill total cost price amount check".split())
BLOCKING = frozenset("than twice times per every left remaining more less except "
                     "only".split())


CHANGES = frozenset("tip tips tax taxes discount discounts fee fees gratuity".split())
STACKED = frozenset("additional another further extra".split())


def _stacked(tokens, later) -> bool:
    """Return True when every later percent is said to come on top of the one before ("an
    additional 5% off"): then each is of the bill as it stands. Otherwise a second percent
    may be of the first bill ("a 15% tip on the pre-tax amount"), and split declines."""
    index = {id(t): k for k, t in enumerate(tokens)}
    return all({t.low for t in tokens[max(0, index[id(tok)] - 3):index[id(tok)]]} & STACKED
               for tok in later)


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return what each member of the group pays, or None."""
    from bot.core.arith import percents

    words = doc.words
    question = set(doc.question_words)
    given = {t.low for t in doc.given_tokens}
    if words & BLOCKING or negated(words) or not words & SHARE or "each" not in question \
            or "each" in given \
            or not question & {"pay", "pays", "paid", "share", "contribute", "owe"} \
            or question & CHANGES:
        return None  # "how much of the tip does each pay": the change's own share
    tokens = doc.all_tokens
    counts = [t for k, t in enumerate(tokens) if t.kind == "number" and
              tokens[k + 1:k + 2] and tokens[k + 1].low in PEOPLE]
    money = [t for t in tokens if t.kind == "money"]
    percent = [t for t in tokens if t.kind == "percent"]
    if len(counts) != 1 or len(money) != 1 or not percent or \
            len(counts) + len(money) + len(percent) != sum(t.numeric for t in tokens):
        return None
    k = next(i for i, t in enumerate(tokens) if t is money[0])
    if not {t.low for t in tokens[max(0, k - 4):k]} & BILL:
        return None
    if len(percent) > 1 and not _stacked(tokens, percent[1:]):
        return None  # "10% tax and a 15% tip on the pre-tax bill": each of what?
    changes = []
    for tok in percent:
        change = percents._role(doc, tok, False, changes[-1] if changes else None)
        if change is None or change.cue == "of":
            return None
        changes.append(change)
    value = money[0].value
    work = Work()
    for change in changes:
        after = value * change.factor
        work.step("apply_percent", f"After the {change.token.text} {change.cue} the bill is "
                  f"{show(change.factor)} of {show(value)}.",
                  f"{show(value)} \u00d7 {show(change.factor)} = {show(after)}")
        value = after
    n = counts[0].value
    share = value / n
    work.reading.append(f"The bill of {money[0].text} is shared equally by {counts[0].text}.")
    work.step("equal_share", f"Each of the {counts[0].text} pays an equal part.",
              f"{show(value)} \u00f7 {show(n)} = {show(share)}")
    return work, share, "dollars", "each one's share"
