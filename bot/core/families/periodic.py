"""The periodic family: payments per period changed by one percent, totalled over a horizon.

"Insurance is normally $120 a month; after a claim it is 60% more than normal. How much
does he pay a year?" → 120 × 1.6 × 12. Several payments of one period are added first
("$300/month, $200/month and $500/month; she pays 50% more than the minimum"). The horizon
is converted with exact calendar facts only (12 months or 52 weeks a year, 7 days a week).
A second percent, another period, a one-off amount or a question about something else
makes the family step aside (None).
ORDER "after": only problems every earlier reader declined.
"""

from __future__ import annotations

from fractions import Fraction

ORDER = "after"

ASK_OK = frozenset("""how much money does do did will would is are was the a an in over for
per each every of to all total altogether she he they her his their it them calculate find
what pay pays paid spend spends spent cost costs charged amount had by end""".split())
ASK_BLOCK = frozenset("""minimum minimums normal usual regular standard more less extra
difference save saved percent percentage increase raise before original originally""".split())
PAID = frozenset("pay pays paid spend spends spent cost costs charged total".split())
EARNED = frozenset("earn earns earned make makes made get gets receive receives".split())


def solve(problem, text: str):
    """Return the Outcome of payments per period over a horizon, or None."""
    from bot.core.arith import build, doc as docs
    from bot.core.families._per_read import read

    doc = docs.read(problem)
    if doc is None:
        return None
    found = read(doc)
    if found is None:
        return None
    horizon = _horizon(list(doc.question), found)
    if horizon is None:
        return None
    count, unit, periods = horizon
    if found.bonus is not None and (count != 1 or unit != "year"):
        return None  # a bonus over several years: once, or once a year?
    show, work = build.show, build.Work()
    base = sum((t.value for t in found.payments), Fraction(0))
    if len(found.payments) > 1:
        work.step("per_sum", f"Payments per {found.period} added.",
                  " + ".join(show(t.value) for t in found.payments) + f" = {show(base)}")
    else:
        work.step("per_base", f"The payment is {found.payments[0].text} a {found.period}.",
                  show(base))
    change = found.change
    factor = 1 + change.sign * change.pct / 100
    per = base * factor
    work.step("per_percent", f"{change.tok.text} {'more' if change.sign > 0 else 'less'}: "
              f"multiply by {show(factor)}.", f"{show(base)} \u00d7 {show(factor)} = "
              f"{show(per)}")
    if found.phases is None:
        total = per * periods
        work.step("per_horizon", f"{show(count)} {unit}(s) = {show(periods)} "
                  f"{found.period}(s).", f"{show(per)} \u00d7 {show(periods)} = {show(total)}")
    else:
        split = found.phases
        if split.first + split.second != periods:
            return None  # the question's horizon is not the year the phases fill
        total = base * split.first + per * split.second
        work.step("per_phases", f"{show(split.first)} {found.period}(s) at {show(base)}, "
                  f"then {show(split.second)} at {show(per)}.",
                  f"{show(base)} \u00d7 {show(split.first)} + {show(per)} \u00d7 "
                  f"{show(split.second)} = {show(total)}")
    if found.bonus is not None:
        total = _with_bonus(found, total, base, per, work)
    work.reading.append(f"Payments per {found.period}, changed by {change.tok.text}, paid "
                        f"for {show(count)} {unit}(s)")
    label = " ".join(t.text for t in doc.question).rstrip(" ?.")
    return build.outcome(work, label, total, "dollars", text)


def _with_bonus(found, total: Fraction, base: Fraction, per: Fraction, work) -> Fraction:
    """Add the one-off bonus once: its money, or its share of one period's pay after the
    change (the share of the pay before it is the alternative reading)."""
    from bot.core.arith.build import show

    bonus = found.bonus
    if bonus.money is not None:
        amount = bonus.money.value
        work.step("per_bonus", f"Add the one-off bonus of {bonus.money.text} once.",
                  f"{show(total)} + {show(amount)} = {show(total + amount)}")
        return total + amount
    amount = bonus.share * per
    work.step("per_bonus", f"The bonus is {show(bonus.share)} of one {found.period}'s pay "
              "after the change, added once.", f"{show(bonus.share)} \u00d7 {show(per)} = "
              f"{show(amount)}", f"{show(total)} + {show(amount)} = {show(total + amount)}")
    work.alternative(f"the bonus taken of the {found.period}'s pay before the change",
                     total + bonus.share * base, "dollars")
    return total + amount


def _horizon(question, found) -> tuple[Fraction, str, Fraction] | None:
    """Return (count, unit, number of payment periods) of the asked horizon, or None."""
    from bot.core.families._deal_read import stem
    from bot.core.families._per_read import PER, PERIODS

    words = [t.low for t in question if t.kind == "word"]
    asks = EARNED if found.earned else PAID
    if not words or set(words) & ASK_BLOCK or not set(words) & asks:
        return None
    if set(words) & (PAID | EARNED) - asks - {"total"}:
        return None  # "how much does he pay" of an earning, or the other way round
    if not all(w in ASK_OK or w in asks or w in PERIODS or w in found.names or
               stem(w) in found.nouns for w in words):
        return None
    spots = [i for i, t in enumerate(question) if t.kind == "word" and t.low in PERIODS]
    numbers = [t for t in question if t.numeric]
    if len(spots) != 1 or len(numbers) > 1:
        return None
    at = spots[0]
    unit = PERIODS[question[at].low]
    before = question[at - 1] if at > 0 else None
    if numbers:
        if before is not numbers[0] or numbers[0].kind != "number":
            return None
        count = numbers[0].value
    elif before is not None and before.low in ("a", "an", "per", "each", "every"):
        count = Fraction(1)
    elif before is not None and before.low == "the" and found.phases and unit == "year":
        count = Fraction(1)  # "by the end of the year": the year the phases fill
    else:
        return None
    if unit == found.period:
        return count, unit, count
    scale = PER.get((found.period, unit))
    return None if scale is None else (count, unit, count * scale)
