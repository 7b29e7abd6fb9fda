"""The sequence family: one amount changed step by step, asked at the end.

"Julie has $50. She spends 20% of it, then buys 3 books at $4 each. How much is left?"
The given sentences are cut into clauses; the first clause with a number states the start
amount, every later clause is one operation in order (an amount added or taken, a share of
the current amount, a percent change, a whole multiple, count × price). The question must
ask for the amount after the last operation. Any number or change word that no operation
places, a question about something else, or an "of it" that could name two amounts makes
the family step aside (None). ORDER "after": only problems every other reader declined.
"""

from __future__ import annotations

ORDER = "after"


def solve(problem, text: str):
    """Return an ok Outcome for a sequence of operations on one amount, or None."""
    from bot.core.arith import build, doc as docs
    from bot.core.families import _seq_words as W
    from bot.core.families._seq_ask import asks_final
    from bot.core.families._seq_clauses import clauses, start_of
    from bot.core.families._seq_plan import plan
    from bot.core.families._seq_run import run

    doc = docs.read(problem)
    if doc is None or doc.words & W.BLOCK:
        return None
    found = plan(clauses(doc.given))
    if found is None:
        return None
    start, ops = found
    if not asks_final(list(doc.question), start):
        return None
    work = build.Work()
    value = run(start, ops, work)
    if value is None:
        return None
    for op in ops:
        for tok, reason in op.unused:
            work.unused.append(build.Unused(tok.text, build.show(tok.value), reason))
    noun = "money left" if start.money and not start.price else \
        ("final price" if start.price else f"{start.unit} at the end")
    work.reading.append(f"Start amount {start.token.text}, then {len(ops)} change(s) "
                        "applied in order")
    unit = "dollars" if start.money else start.unit
    return build.outcome(work, noun, value, unit, text)
