"""Plan of the sequence family: the start amount and its ordered operations.

Every numeric token of the given text must be the start, used by an operation or reported
by one as not needed; otherwise there is no plan (the family steps aside).
"""

from __future__ import annotations

from bot.core.families._seq_clauses import start_of
from bot.core.families import _seq_words as W
from bot.core.families._seq_ops import FILLER, read_op


def plan(parts):
    """Return (Start, [Op]) for the clauses, or None when a clause cannot be placed."""
    start = None
    ops = []
    verb = None
    fresh = True
    accounted = []
    for clause in parts:
        if start is None:
            if any(t.numeric for t in clause):
                start = start_of(clause)
                if start is None:
                    return None
                accounted.append(start.token)
            elif _changes(clause):
                return None
            continue
        found = read_op(clause, start, verb, fresh)
        if found is None:
            return None
        op, verb = found
        if op == FILLER:
            continue
        ops.append(op)
        accounted.extend(op.used)
        accounted.extend(tok for tok, _ in op.unused)
        fresh = False
    if start is None or not ops:
        return None
    numeric = [t for clause in parts for t in clause if t.numeric]
    if len(numeric) != len(accounted) or \
            any(all(t is not a for a in accounted) for t in numeric):
        return None
    return start, ops


def _changes(clause) -> bool:
    """Return True when a clause before the start amount already names a change."""
    words = {t.low for t in clause}
    return bool(words & (W.TAKE | W.GIVE | W.BUY | W.SELL | W.GONE | W.COME | W.RISE
                         | W.FALL | set(W.MULTIPLY)))
