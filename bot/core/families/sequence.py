"""The sequence family: one amount changed step by step, asked at the end (or the start).

"Julie has $50. She spends 20% of it, then buys 3 books at $4 each. How much is left?"
The given sentences are cut into clauses; the first clause with a number states the start
amount, every later clause is one operation in order (an amount added or taken, a share of
the current amount, a percent change, a whole multiple, count × price). The question must
ask for the amount after the last operation. Backward: "Terry has some oranges ... he is left
with 48. How many did he have at first?" undoes the operations from the stated end. Any
number or change word that no operation places, a question about something else, or an
"of it" that could name two amounts makes the family step aside (None).
ORDER "after": only problems every other reader declined.
"""

from __future__ import annotations

ORDER = "after"


def solve(problem, text: str):
    """Return an ok Outcome for a sequence of operations on one amount, or None."""
    from bot.core.arith import build, doc as docs
    from bot.core.families import _seq_words as W
    from bot.core.families._seq_clauses import clauses

    from bot.core.arith.percent_asks import current_start

    doc = docs.read(problem)
    if doc is None or doc.words & W.BLOCK or W.TWO_PEOPLE <= doc.words:
        return None  # "he ... she ...": two people act, only one amount is tracked
    if current_start(doc):
        return None  # "A TV now costs $400. It was cut by 20%.": 400 is after the cut
    parts = clauses(doc.given)
    found = _forward(parts, list(doc.question)) or _backward(parts, list(doc.question))
    if found is None:
        return None
    work, start, ops, value, noun = found
    for op in ops:
        for tok, reason in op.unused:
            work.unused.append(build.Unused(tok.text, build.show(tok.value), reason))
    unit = "dollars" if start.money else start.unit
    return build.outcome(work, noun, value, unit, text)


def _forward(parts, question):
    """Return (work, start, ops, final value, noun) of a forward sequence, or None."""
    from bot.core.arith.build import Work
    from bot.core.arith.build import show
    from bot.core.families._seq_ask import asks_final, asks_spent
    from bot.core.families._seq_plan import plan
    from bot.core.families._seq_run import run

    found = plan(parts)
    if found is None:
        return None
    start, ops = found
    final, spent = asks_final(question, start), asks_spent(question, start, ops)
    if not final and not spent:
        return None
    work = Work()
    value = run(start, ops, work)
    if value is None:
        return None
    if spent:
        total = start.token.value - value
        work.step("spent", f"Spent in total = start \u2212 what is left: "
                  f"{show(start.token.value)} \u2212 {show(value)} = {show(total)}",
                  f"{show(start.token.value)} \u2212 {show(value)}")
        work.reading.append(f"Start amount {start.token.text}; every change is money spent, "
                            "so the total spent is the start minus what is left")
        return work, start, ops, total, "money spent"
    noun = "final price" if start.price else \
        ("money left" if start.money else f"{start.unit} at the end")
    unit = "" if start.money else f" {start.unit}"
    work.reading.append(f"Start amount {start.token.text}{unit}, then {len(ops)} change(s) "
                        "applied in order")
    return work, start, ops, value, noun


def _backward(parts, question):
    """Return (work, start, ops, start value, noun) of an unknown start, or None."""
    from bot.core.arith.build import Work
    from bot.core.families._seq_reverse import asks_start, reverse_plan, undo
    from bot.core.families._seq_run import apply

    found = reverse_plan(parts)
    if found is None or not asks_start(question, found[0]):
        return None
    start, ops, end = found
    work = Work()
    value = undo(ops, end.value, work)
    if value is None or apply(start, ops, value) != end.value:
        return None
    if not start.money and value.denominator != 1:
        return None
    work.reading.append(f"Unknown start, {len(ops)} change(s) in order, {end.text} at the "
                        "end: the changes are undone from the end")
    return work, start, ops, value, "amount at the start"
