"""Plan of the sequence family: the start amount and its ordered operations.

Every numeric token of the given text must be the start, used by an operation or reported
by one as not needed; otherwise there is no plan (the family steps aside).
"""

from __future__ import annotations

from bot.core.families import _seq_words as W
from bot.core.families._seq_clauses import Start, start_of
from bot.core.families._seq_ops import FILLER, read_op


def plan(parts):
    """Return (Start, [Op]) for the clauses, or None when a clause cannot be placed."""
    for index, clause in enumerate(parts):
        if any(t.numeric for t in clause):
            start = start_of(clause)
            if start is None:
                return None
            ops = read_ops(parts[index + 1:], start)
            if ops is None or not accounted(parts, [start.token] + used(ops)):
                return None
            return start, ops
        if changes(clause):
            return None
    return None


def read_ops(parts, start: Start):
    """Return the ordered operations of the clauses after the start, or None."""
    ops = []
    verb = None
    for clause in parts:
        found = read_op(clause, start, verb, not ops)
        if found is None:
            return None
        op, verb = found
        if op != FILLER:
            ops.append(op)
    return ops or None


def used(ops) -> list:
    """Return every numeric token the operations used or reported as not needed."""
    return [tok for op in ops for tok in op.used] + \
        [tok for op in ops for tok, _ in op.unused]


def accounted(parts, tokens) -> bool:
    """Return True when every numeric token of the clauses is one of `tokens`, once."""
    numeric = [t for clause in parts for t in clause if t.numeric]
    return len(numeric) == len(tokens) and \
        all(any(t is a for a in tokens) for t in numeric)


def changes(clause) -> bool:
    """Return True when a clause before the start amount already names a change."""
    words = {t.low for t in clause}
    return bool(words & (W.TAKE | W.GIVE | W.BUY | W.SELL | W.GONE | W.COME | W.RISE
                         | W.FALL | set(W.MULTIPLY)))
