"""Backward reading of the sequence family: the start is unknown, the end is stated.

"Terry has some oranges. 4% are thrown away, 80% of the rest are sold and he is left with
48 oranges. How many did he have at first?" The operations are read as forward, then undone
in reverse order from the stated end (an amount taken is added back, a share taken is
divided out), and the start found is checked by running the operations forward exactly.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, num, show
from bot.core.families import _seq_words as W
from bot.core.families._seq_clauses import Start, same_unit, unknown_start_of
from bot.core.families._seq_op import Op
from bot.core.families._seq_plan import accounted, changes, read_ops, used

LEFT = frozenset("left remain remains remaining remained".split())
END_WORDS = frozenset("""is was are were has have had left with now still there only remain
remains remained remaining ends ended up in the his her their total""".split())
START_ASK = frozenset("""first initially originally original initial start started begin
began beginning""".split())


def reverse_plan(parts):
    """Return (Start, [Op], end token) for a problem with an unknown start, or None."""
    for index, clause in enumerate(parts):
        if any(t.numeric for t in clause) or (changes(clause) and index > 0):
            return None
        start = unknown_start_of(clause)
        if start is not None:
            break
    else:
        return None
    rest = parts[index + 1:]
    numbered = [i for i, c in enumerate(rest) if any(t.numeric for t in c)]
    if not numbered:
        return None
    last = numbered[-1]
    end = _end_of(rest[last], start)
    if end is None or any(changes(c) for c in rest[last + 1:]):
        return None
    ops = read_ops(rest[:last], start)
    if ops is None or not accounted(rest, [end] + used(ops)):
        return None
    return start, ops, end


def _end_of(clause, start: Start):
    """Return the token of "he is left with 48 oranges" / "she has $15 left", or None."""
    nums = [t for t in clause if t.numeric]
    if len(nums) != 1 or nums[0].kind == "percent" or (nums[0].kind == "money") != start.money:
        return None
    words = {t.low for t in clause if t.kind == "word"}
    if not words & (LEFT | {"now"}):
        return None
    allowed = END_WORDS | W.LEAD | start.owner | start.nouns | W.MONEY_NOUNS
    if not all(w in allowed or same_unit(w, start.unit) for w in words):
        return None
    return nums[0]


def asks_start(question, start: Start) -> bool:
    """Return True when the question asks for the amount before every change."""
    if not question or any(t.numeric for t in question):
        return False
    words = [t.low for t in question if t.kind == "word"]
    if not words or words[0] not in ("how", "what", "find") or not set(words) & START_ASK:
        return False
    verbs = W.TAKE | W.GIVE | W.BUY | W.SELL | W.GONE | W.COME | W.RISE | W.FALL
    if set(words) & ((W.ASK_BLOCK | verbs | W.FINAL) - START_ASK - {"before"}):
        return False
    if start.money:
        return bool(set(words) & W.MONEY_NOUNS) or words[:2] == ["how", "much"]
    return any(same_unit(w, start.unit) for w in words)


def undo(ops: list[Op], end: Fraction, work: Work) -> Fraction | None:
    """Undo `ops` from the end amount in reverse order, one step each; None if impossible."""
    current = end
    work.step("end", f"At the end: {show(end)}", show(end))
    for op in reversed(ops):
        after = current
        if op.kind == "add":
            current = after - op.value
            text = f"Undo \u201c{op.verb} {show(op.value)}\u201d: {show(after)} \u2212 " \
                   f"{show(op.value)} = {show(current)}"
        elif op.kind == "take":
            current = after + op.value
            text = f"Undo \u201c{op.verb} {show(op.value)}\u201d: {show(after)} + " \
                   f"{show(op.value)} = {show(current)}"
        else:
            factor = {"share_take": 1 - op.value, "share_add": 1 + op.value}.get(
                op.kind, op.value)
            if factor == 0:
                return None
            current = after / factor
            text = f"Undo \u201c{op.verb} {_what(op)}\u201d: {show(after)} was " \
                   f"{show(factor * 100)}% of the amount, so {show(after)} \u00f7 " \
                   f"{show(factor)} = {show(current)}"
        work.step("undo", text, show(current))
        if current <= 0:
            return None
    return current


def _what(op: Op) -> str:
    """Return the op's amount as stated ("25%", "1/3", "\u00d72")."""
    if op.kind == "factor":
        return f"\u00d7{num(op.value)}"
    if op.used and op.used[0].kind == "percent":
        return op.used[0].text
    return num(op.value)
