"""Periods until an outlay is earned back: "A tree costs $90 to plant. Each year it grows 7
lemons, sold for $1.50 each, and costs $3 a year to water. How many years before he starts
earning money on it?"

Numbers: one upfront cost (cost / paid / bought, no period), the income per period (money per
period with sells / earns / makes, or a count per period times a price "each"), and any
running costs per period (costs / spends / pays ... per period). Net per period = income −
running costs; the outlay is covered after cost ÷ net periods. The question says which
threshold: "break even" / "pay for itself" / "recoup" needs net total ≥ cost (⌈cost ÷ net⌉);
"start earning money" / "make a profit" needs more than the cost (⌊cost ÷ net⌋ + 1). A
question with neither wording, a second price, a percent or an unplaced number declines.
"""

from __future__ import annotations

import math
from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, show
from bot.core.arith.shapes import OTHER_PEOPLE
from bot.core.arith.target import read_target
from bot.core.arith.units import is_time, plural
from bot.core.negation import negated

INCOME = frozenset("sells sell sold earns earn makes make brings bring produces yields "
                   "income revenue".split())
OUTLAY = frozenset("cost costs paid pay pays bought buy buys spent spend price".split())
RUNNING = frozenset("cost costs spend spends pay pays feed maintain run upkeep".split())
STRICT = frozenset("profit earning earn making".split())
BLOCKING = frozenset("""twice half double triple more less fewer than extra another except
tax discount percent both other instead""".split())


def _threshold(words: list[str]) -> str | None:
    """Return "strict" (start earning / profit), "even" (break even / recoup), or None."""
    strict = bool(set(words) & STRICT)
    said = set(words)
    even = (bool({"break", "breaks"} & said) and "even" in said) or \
        bool({"recoup", "recover"} & said) or (bool({"pay", "pays"} & said) and "itself" in said)
    return None if strict == even else ("strict" if strict else "even")


def _sentence_period(tokens: list) -> str:
    """Return the period of a leading "Each year" / "Every week", else ""."""
    if len(tokens) > 1 and tokens[0].low in ("each", "every") and is_time(
            qty.singular(tokens[1].text)):
        return qty.singular(tokens[1].text)
    return ""


def _cue(tokens: list, k: int) -> str:
    """Return the nearest income / cost verb before position k in its sentence ("" if none
    within 6 words): "makes $40 a day and costs $15 a day" gives each amount its own verb."""
    for tok in reversed(tokens[max(0, k - 6):k]):
        if tok.low in INCOME | RUNNING | OUTLAY:
            return tok.low
    return ""


def _read(doc):
    """Return {"outlay": [...], "income": [...], "running": [...], "made": [...],
    "price": [...]} as (value, period/item, text), or None when a number has no role."""
    roles = {k: [] for k in ("outlay", "income", "running", "made", "price")}
    for tokens in map(list, doc.given):
        lead = _sentence_period(tokens)
        for q in qty.read_sentence(tokens).quantities:
            unit = q.unit_dict()
            k = next(j for j, t in enumerate(tokens) if id(t) == q.sources[0])
            after = tokens[k + 1].low if k + 1 < len(tokens) else ""
            times = [n for n, e in unit.items() if e == -1 and is_time(n)]
            period = times[0] if times else lead
            if unit.get("dollar") == 1 and len(unit) == (2 if times else 1):
                cue = _cue(tokens, k)
                if after in ("each", "apiece") and cue in INCOME and not times:
                    roles["price"].append((q.value, "", q.text))
                elif period and cue in INCOME:
                    roles["income"].append((q.value, period, q.text))
                elif period and cue in RUNNING:
                    roles["running"].append((q.value, period, q.text))
                elif not period and cue in OUTLAY:
                    roles["outlay"].append((q.value, "", q.text))
                else:
                    return None
            elif period and len(unit) == (2 if times else 1) and "dollar" not in unit:
                item = next(n for n in unit if n != period)
                roles["made"].append((q.value, period, q.text, item))
            else:
                return None
    return roles


def solve(doc):
    """Return (work, whole periods, unit, asked) for an outlay earned back, or None."""
    kind = _threshold(doc.question_words)
    target = read_target(doc.question) if kind else None
    if target is None or len(target.unit) != 1 or not is_time(target.unit[0][0]) or \
            doc.words & (BLOCKING | OTHER_PEOPLE) or negated(doc.words) or \
            any(t.numeric for t in doc.question) or \
            any(t.kind in ("percent", "ordinal") for t in doc.all_tokens):
        return None
    roles = _read(doc)
    if roles is None or len(roles["outlay"]) != 1:
        return None
    period = target.unit[0][0]
    work = Work()
    income = _income(roles, period, work)
    if income is None or any(p != period for _, p, _ in roles["running"]):
        return None
    running = sum(v for v, _, _ in roles["running"])
    return _count(work, roles, income, running, period, kind)


def _income(roles, period: str, work: Work):
    """Return the income per period: stated money, or count made × price each."""
    if roles["income"] and not roles["made"] and not roles["price"]:
        if len(roles["income"]) > 1 or any(p != period for _, p, _ in roles["income"]):
            return None
        return sum(v for v, _, _ in roles["income"])
    if len(roles["made"]) == 1 and len(roles["price"]) == 1 and not roles["income"]:
        count, made_period, text, item = roles["made"][0]
        price = roles["price"][0][0]
        if made_period != period:
            return None
        income = count * price
        work.step("income", f"Income per {period} = {plural(item)} \u00d7 price each.",
                  f"{show(count)} \u00d7 {show(price)} = {show(income)}")
        return income
    return None


def _count(work: Work, roles, income, running, period: str, kind: str):
    """Net per period, periods to cover the outlay, and the whole count the question needs."""
    cost = roles["outlay"][0][0]
    net = income - running
    if net <= 0:
        return None
    costs = "; ".join(t for _, _, t in roles["running"]) or "none"
    work.reading.append(f"Outlay \u201c{roles['outlay'][0][2]}\u201d; running costs: {costs}.")
    if roles["running"]:
        work.step("net", f"Net per {period} = income \u2212 running costs.",
                  f"{show(income)} \u2212 {show(running)} = {show(net)}")
    exact_count = cost / net
    work.step("cover", f"{plural(period).capitalize()} to earn back the outlay.",
              f"{show(cost)} \u00f7 {show(net)} = {show(exact_count)}")
    if kind == "strict":
        whole = Fraction(math.floor(exact_count) + 1)
        work.step("strict", f"Earning money means more than the outlay: the first whole "
                  f"{period} past {show(exact_count)}.", f"\u230a{show(exact_count)}\u230b + 1 "
                  f"= {show(whole)}")
        if exact_count.denominator == 1:
            work.alternative(f"the {period} the outlay is exactly covered", exact_count,
                             plural(period))
    else:
        whole = Fraction(math.ceil(exact_count))
        work.step("round_up", "Covered at the end of that whole period.",
                  f"\u2308{show(exact_count)}\u2309 = {show(whole)}")
    return work, whole, plural(period), f"{plural(period)} until the outlay is earned back"
