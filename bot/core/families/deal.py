"""The deal family: one purchase or sale whose price is changed by percents.

"A coat costs $80 and is 25% off. How much change does she get from a $100 bill?",
"A shop buys 40 lamps for $600 and sells them all at a profit of 20%. How much is each lamp
sold for?", "He buys a boat for $9,000 and spends $1,000 on repairs; this raises its value
by 50%. What is his profit?". The percents multiply the price one after another (each is
of the price as it stands, design guide §5 for stacked ones); a count multiplies or divides
it; extra costs enter only the profit. Every number must have its place, one actor at most;
otherwise the family steps aside (None).
ORDER "after": only problems every earlier reader declined.
"""

from __future__ import annotations

from fractions import Fraction

ORDER = "after"


def solve(problem, text: str):
    """Return the Outcome of a deal, or None when the problem is not one we can read."""
    from bot.core.arith import build, doc as docs
    from bot.core.families._deal_ask import asked
    from bot.core.families._deal_read import read

    doc = docs.read(problem)
    if doc is None or _after_the_change(doc):
        return None
    deal = read(doc)
    if deal is None or not deal.changes:
        return None
    ask = asked(list(doc.question), deal)
    if ask is None:
        return None
    work = build.Work()
    value = _work_out(deal, ask, work)
    if value is None or value < 0:
        return None
    label = " ".join(t.text for t in doc.question).rstrip(" ?.")
    unit = "%" if ask.kind.startswith("pct") else "dollars"
    return build.outcome(work, label, value, unit, text)


def _after_the_change(doc) -> bool:
    """"was raised 20% to $18" states the level after the change: only the price before
    it can be asked from that; "She also buys a card." adds a thing with no price
    (percent_asks)."""
    from bot.core.arith.percent_asks import ORIGINAL_ASKS, raised_to, unpriced_purchase

    return unpriced_purchase(doc) or raised_to(doc) and not set(doc.question_words) & \
        ORIGINAL_ASKS


def _work_out(deal, ask, work) -> Fraction | None:
    """Return the asked value with its steps (price, changes, count, question)."""
    from bot.core.arith.build import show

    price = deal.price.value
    count = deal.count.value if deal.count is not None else Fraction(1)
    total = price * count if deal.each else price
    if deal.count is not None and deal.each:
        work.step("deal_count", f"{show(count)} items at {deal.price.text} each.",
                  f"{show(count)} \u00d7 {show(price)} = {show(total)}")
    else:
        work.step("deal_price", f"The price is {deal.price.text}.", show(total))
    if deal.sold_price:
        return _margin(deal, total, work)
    found = _changed(deal, total, work)
    if found is None:
        return None
    final, added = found
    work.reading.append(f"One price, {len(deal.changes)} percent change(s), each taken of "
                        "the price as it stands")
    value = _answer(deal, ask, total, final, count, work)
    if added is not None:
        costs = sum((c.value for c in deal.costs), Fraction(0))
        work.alternative("the percents added together, each taken of the first price",
                         _same_question(ask, added, total, count, costs),
                         "%" if ask.kind.startswith("pct") else "dollars")
    return value


def _margin(deal, total: Fraction, work) -> Fraction:
    """Profit when the stated price is the selling price ("sells a bag for $1.25 and makes
    20% profit"): a profit percent is taken on the cost by convention (selling price = cost ×
    (1 + rate)), as the profit-and-loss family reads it; the percent of the sales is shown as
    the alternative."""
    from bot.core.arith.build import show

    change = deal.changes[0]
    rate = change.pct / 100
    cost = total / (1 + rate)
    value = total - cost
    work.step("deal_margin", f"The price is what it sells for; a {change.tok.text} profit is "
              f"taken on the cost, so cost = {show(total)} \u00f7 {show(1 + rate)}.",
              f"{show(total)} \u2212 {show(total)} \u00f7 {show(1 + rate)} = {show(value)}")
    work.notes.append("The stated price is the selling price: the profit percent is read on "
                      "the cost (the convention); read as a percent of the sales it is larger.")
    work.alternative(f"the {change.tok.text} a share of the sales (profit = selling price "
                     "\u00d7 rate)", total * rate, "dollars")
    return value


def _changed(deal, total: Fraction, work) -> tuple[Fraction, Fraction | None] | None:
    """Return (changed price, additive reading or None): the percents applied in order.
    Stacked same-direction ones ("an additional 10% off") also give the additive reading
    (design guide §5); two same-direction ones without such a cue give None."""
    from bot.core.arith.build import show

    current = total
    signs = [c.sign for c in deal.changes]
    for change in deal.changes:
        rate = change.pct / 100
        factor = 1 + change.sign * rate
        if factor < 0:
            return None
        new = current * factor
        word = "of the price" if change.of_price else "up" if change.sign > 0 else "down"
        work.step("deal_percent", f"{change.tok.text} {word}: multiply by "
                  f"{show(factor)}.", f"{show(current)} \u00d7 {show(factor)} = {show(new)}")
        current = new
    if len(set(signs)) == 1 and len(signs) > 1:
        if not all(c.again for c in deal.changes[1:]):
            return None  # "10% tax and 15% tip": on the price, or one on the other?
        work.notes.append("Stacked percents: each taken of the price as it stands "
                          "(design guide \u00a75); added together they give another value.")
        return current, total * (1 + sum(c.sign * c.pct / 100 for c in deal.changes))
    return current, None


def _answer(deal, ask, total, final, count, work) -> Fraction | None:
    """Return the value the question asks from the first and the changed price."""
    from bot.core.arith.build import show

    costs = sum((c.value for c in deal.costs), Fraction(0))
    if ask.kind in ("pay", "sale"):
        value = final
        work.step("deal_answer", "The price after the changes is the answer.", show(final))
    elif ask.kind in ("each_pay", "each_sale"):
        value = final / count
        work.step("deal_each", f"Shared over the {show(count)} items.",
                  f"{show(final)} \u00f7 {show(count)} = {show(value)}")
    elif ask.kind.startswith("pct"):
        ratio = final / total
        value = (1 - ratio if ask.kind == "pct_down" else ratio - 1) * 100
        if value <= 0:
            return None
        work.step("deal_percent_overall", "Against the original price, as a percent.",
                  f"{show(final)} \u00f7 {show(total)} = {show(ratio)}",
                  f"|1 \u2212 {show(ratio)}| \u00d7 100 = {show(value)}%")
    elif ask.kind == "change":
        value = ask.bill.value - final
        work.step("deal_change", f"Paid with {ask.bill.text}: the change is the bill minus "
                  "the price.", f"{show(ask.bill.value)} \u2212 {show(final)} = {show(value)}")
    else:
        spent = total + costs
        value = final - spent
        if deal.costs:
            work.step("deal_costs", "Spent in all: the price plus the extra costs.",
                      " + ".join([show(total)] + [show(c.value) for c in deal.costs]) +
                      f" = {show(spent)}")
        work.step("deal_profit", "Profit = what it is worth (or sold for) \u2212 what was "
                  "spent.", f"{show(final)} \u2212 {show(spent)} = {show(value)}")
        if deal.costs and len(deal.changes) == 1:
            other = spent * (1 + deal.changes[0].sign * deal.changes[0].pct / 100)
            work.alternative(f"the {deal.changes[0].tok.text} taken of the price plus the "
                             "extra costs", other - spent, "dollars")
    return value


def _same_question(ask, final, total, count, costs) -> Fraction | None:
    """Return the asked value for another final price (an alternative reading)."""
    if ask.kind in ("pay", "sale"):
        return final
    if ask.kind in ("each_pay", "each_sale"):
        return final / count
    if ask.kind == "change":
        return ask.bill.value - final
    if ask.kind.startswith("pct"):
        return abs(1 - final / total) * 100
    return final - total - costs
