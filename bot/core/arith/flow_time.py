"""How long amounts flowing in and out took to reach a stated end: "She bought 90 rolls and
eats 12 rolls a day. She has 30 rolls left. How many days did she eat?" -> (90 − 30) ÷ 12
= 5; "earns $50 a week and pays $20 rent a week; he has $240 at the end; how many weeks?"
-> 240 ÷ (50 − 20) = 8.

The inverse of flows.py: the same signed flows per one period (at least one going out),
an optional starting amount ("bought", "has" before any flow), and one end amount: had
"left" / "remaining" / "at the end", or the amount the question says is had ("How many days
until they have 600 sacks?"; "to harvest 600 sacks" while some are discarded could count
the harvest or what is kept, so it is declined). The time is (end − start − amounts once)
÷ net rate.

Declines: no end or two, a net rate of zero, a time that is not a positive whole number of
periods (the story counts whole days or weeks), lengths of time already stated, flows over
different periods, anything flows.py would decline.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.flows import (BLOCKING, START_VERBS, Flow, _amount_unit, _asks_one_flow,
                                  _of_them, _verb, sign_of, unplaced_change)
from bot.core.arith.shapes import duration as _duration
from bot.core.arith.shapes import OTHER_PEOPLE
from bot.core.arith.shapes import names as _names
from bot.core.arith.shapes import rate_parts as _rate_parts
from bot.core.arith.target import read_target
from bot.core.arith.units import dimension, plural, size

END_WORDS = frozenset("left remaining remain remains end".split())
START_ONLY = frozenset("bought buys buy".split())


def _role(tokens: list, q, flows: list, question: bool) -> str:
    """Return "start", "end", "in", "out" or "" for one quantity of a sentence."""
    verb = _verb(tokens, q.span[0])
    if verb == "" and q.span[0] > 0 and tokens[q.span[0] - 1].low in START_ONLY:
        verb = tokens[q.span[0] - 1].low
    after = {t.low for t in tokens[q.span[1]:]}
    sign = sign_of(verb, q)
    if _rate_parts(q):
        return "in" if sign > 0 else "out" if sign < 0 else ""
    if question:  # "to have 600 sacks"; "to harvest 600" could be gross or net: declined
        return "end" if verb in START_VERBS else ""
    if verb in START_VERBS and END_WORDS & after:
        return "end"
    if (verb in START_VERBS or verb in START_ONLY) and not flows:
        return "start" if not END_WORDS & after else ""
    return "in" if sign > 0 else "out" if sign < 0 else ""


def _read(doc: Doc, sentences: list) -> tuple[list, list, list] | None:
    """Return (flows, starts, ends), or None when a quantity has no role."""
    flows, starts, ends = [], [], []
    given = len(doc.given)
    for index, (tokens, sentence) in enumerate(zip(list(doc.given) + [doc.question],
                                                   sentences)):
        tokens, previous = list(tokens), None
        for q in sentence.quantities:
            q = _of_them(tokens, q, previous) or q
            if _duration(q) or q.divided:
                return None
            role = _role(tokens, q, flows, index == given)
            if role in ("in", "out"):
                flows.append(Flow(q, 1 if role == "in" else -1, _verb(tokens, q.span[0])))
                previous = q if _rate_parts(q) else previous
            elif role:
                (starts if role == "start" else ends).append(q)
            else:
                return None
    return flows, starts, ends


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the number of periods the flows ran, or None."""
    from bot.core.arith.rates import _sentences

    words = set(doc.question_words)
    if (BLOCKING | OTHER_PEOPLE) & doc.words or len(_names(doc)) > 1 or \
            {"not", "never", "no"} & words or \
            any(t.kind in ("ordinal", "percent") for t in doc.all_tokens) or \
            unplaced_change(doc):
        return None
    if any(t.numeric for t in doc.question) and _asks_one_flow(doc):
        return None  # "until he has given away 60": the amount of one flow, not what is had
    target = read_target(doc.question)
    if not target or len(target.unit) != 1 or target.unit[0][1] != 1:
        return None
    asked = target.unit[0][0]
    sentences = _sentences(doc) if asked == "*time" or dimension(asked) in (
        "clock", "calendar") else None
    read = _read(doc, sentences) if sentences else None
    if read is None:
        return None
    flows, starts, ends = read
    rates = [f for f in flows if _rate_parts(f.quantity)]
    placed = {i for f in flows for i in f.quantity.sources} | \
        {i for q in starts + ends for i in q.sources}
    if any(id(tok) not in placed for tok in doc.numbers()) or len(ends) != 1 or \
            len(starts) > 1 or not any(f.sign < 0 for f in rates):
        return None
    kinds = {_rate_parts(f.quantity) for f in rates}
    amounts = [_amount_unit(q.unit) for q in [f.quantity for f in flows] + starts + ends]
    if len(kinds) != 1 or any(a != amounts[0] for a in amounts):
        return None
    period = next(iter(kinds))[1]
    if asked != "*time" and dimension(asked) != dimension(period):
        return None
    return _periods(flows, starts, ends[0], period, asked)


def _periods(flows: list, starts: list, end, period: str, asked: str):
    """Solve start + once + net × T = end for T (whole periods), with steps."""
    work = Work()
    start = starts[0].value if starts else Fraction(0)
    once = sum((f.sign * f.quantity.value for f in flows if not _rate_parts(f.quantity)),
               Fraction(0))
    rates = [f for f in flows if _rate_parts(f.quantity)]
    net = sum((f.sign * f.quantity.value for f in rates), Fraction(0))
    change = end.value - start - once
    if net == 0 or change == 0:
        return None
    periods = change / net
    if periods <= 0 or periods.denominator != 1:
        return None
    if starts:
        work.reading.append(f"Start: \u201c{starts[0].text}\u201d.")
    work.reading.append(f"End: \u201c{end.text}\u201d.")
    for f in flows:
        work.reading.append(f"\u201c{f.quantity.text}\u201d "
                            f"{'comes in' if f.sign > 0 else 'goes out'} ({f.verb}).")
    work.step("net_rate", f"Net change per {period}.", " ".join(
        ("\u2212 " if f.sign < 0 else "+ ") + show(f.quantity.value) for f in rates).lstrip(
        "+ ") + f" = {show(net)}")
    work.step("change", "The change over the whole time = end \u2212 start"
              + (" \u2212 the amounts that came once" if once else "") + ".",
              f"{show(end.value)} \u2212 {show(start)}"
              + (f" \u2212 ({show(once)})" if once else "") + f" = {show(change)}")
    work.step("periods", f"Divide by the net change per {period}.",
              f"{show(change)} \u00f7 {show(net)} = {show(periods)}")
    value, unit = periods, period
    if asked not in ("*time", period):
        value = periods * size(period) / size(asked)
        work.step("unit_conversion", f"Convert to {plural(asked)}.",
                  f"{show(periods)} {plural(period)} = {show(value)} {plural(asked)}")
        unit = asked
    return work, value, plural(unit, value), plural(unit, value)
