"""Run the sequence family's operations in order with exact Fractions, one Step each."""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, num, show
from bot.core.families._seq_clauses import Start
from bot.core.families._seq_words import MEASURES
from bot.core.families._seq_op import Op


def _money(value: Fraction, money: bool) -> str:
    """Return a value as shown in a step ("$40" for money)."""
    return f"${show(value)}" if money else show(value)


def _share(op: Op) -> str:
    """Return the share as the text stated it: "20%" or a fraction ("1/4")."""
    if op.used and op.used[0].kind == "percent":
        return op.used[0].text
    return num(op.value)


def run(start: Start, ops: list[Op], work: Work) -> Fraction | None:
    """Apply `ops` to the start amount, writing one step per op; None when the amount
    would go below zero (a misread) or a count of items stops being whole."""
    money = start.money
    current = start.token.value
    unit = "" if money else f" {start.unit}"
    work.step("start", f"Start: {_money(current, money)}{unit}", show(current))
    for op in ops:
        before = current
        if op.kind in ("add", "take"):
            sign = 1 if op.kind == "add" else -1
            symbol = "+" if sign > 0 else "\u2212"
            current = before + sign * op.value
            if op.count is not None:
                text = f"{op.verb.capitalize()} {show(op.count)} at " \
                       f"{_money(op.price, money)} each: {show(op.count)} \u00d7 " \
                       f"{show(op.price)} = {show(op.value)}, so {show(before)} {symbol} " \
                       f"{show(op.value)} = {show(current)}"
            else:
                text = f"{op.verb.capitalize()} {_money(op.value, money)}: " \
                       f"{show(before)} {symbol} {show(op.value)} = {show(current)}"
            work.step(op.kind, text, f"{show(before)} {symbol} {show(op.value)}")
        elif op.kind in ("share_take", "share_add"):
            sign = 1 if op.kind == "share_add" else -1
            part = before * op.value
            current = before + sign * part
            symbol = "+" if sign > 0 else "\u2212"
            work.step(op.kind, f"{op.verb.capitalize()} {_share(op)} of "
                      f"{show(before)}: {show(before)} \u00d7 {show(op.value)} = "
                      f"{show(part)}, so {show(before)} {symbol} {show(part)} = "
                      f"{show(current)}", f"{show(before)} {symbol} {show(part)}")
        else:
            current = before * op.value
            work.step("factor", f"It {op.verb}: {show(before)} \u00d7 {show(op.value)} = "
                      f"{show(current)}", f"{show(before)}*{show(op.value)}")
        if current < 0:
            return None
    if not money and start.unit not in MEASURES and current.denominator != 1:
        return None
    return current


def apply(start: Start, ops: list[Op], value: Fraction) -> Fraction:
    """Return the amount after `ops` from `value` (no steps): the check of a backward
    reading."""
    current = value
    for op in ops:
        if op.kind == "add":
            current += op.value
        elif op.kind == "take":
            current -= op.value
        elif op.kind == "share_take":
            current -= current * op.value
        elif op.kind == "share_add":
            current += current * op.value
        else:
            current *= op.value
    return current
