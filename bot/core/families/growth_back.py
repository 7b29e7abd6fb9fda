"""The start of a quantity that doubles (triples, halves) every period, worked backwards:
"A colony doubles every 3 days. After 9 days there are 800. How many were there at the start?"

One factor word (doubles, triples, quadruples, halves), its period ("every 3 days", "every
year", "each week"), one horizon ("after 9 days", "in 2 years") and the amount then. The
number of whole periods is horizon ÷ period (converted units); start = amount ÷ factor^n.
A horizon that is not a whole number of periods, a second amount or factor, a percent, or a
question that is not about the start declines. Asked at another time ("how many after 12
days?"), the amount is carried from the stated time: amount × factor^((asked − stated) ÷
period). "After how many days will there be 3200?" finds the whole k with amount·factor^k =
3200 and counts from the start (stated time + k periods), the count from the stated time
being the other reading. ORDER "after": the law pipeline reads problems whose start is at
time zero; it declines these.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, outcome, show
from bot.core.arith.units import is_time, plural, singular, size
from bot.core.errors import NotUnderstood
from bot.core.negation import negated

ORDER = "after"
FACTORS = {"doubles": 2, "double": 2, "doubled": 2, "doubling": 2, "triples": 3, "triple": 3,
           "tripled": 3, "tripling": 3, "quadruples": 4, "quadrupled": 4, "halves": Fraction(1, 2),
           "halved": Fraction(1, 2), "halving": Fraction(1, 2)}
START_ASKS = frozenset("start started begin beginning initially originally first".split())
HORIZON_PREPS = ("after", "in", "within")
BLOCKING = frozenset("""twice half more less than each other another extra then except both
percent plus minus added removed""".split())


def solve(problem, text: str):
    """Return the start amount of a doubling (tripling, halving) quantity, or None."""
    from bot.core.arith import doc as docs

    doc = docs.read(problem)
    if doc is None or not doc.words & set(FACTORS):
        return None
    later = None if _asks_start(doc) else _asked_horizon(doc)
    goal = None if later or _asks_start(doc) else _asked_goal(doc)
    if later is None and goal is None and not _asks_start(doc):
        return None
    if negated(doc.words) or doc.words & BLOCKING or \
            any(t.kind in ("percent", "ordinal") for t in doc.all_tokens):
        raise NotUnderstood("how the quantity grew", " ".join(doc.question_words),
                            "one doubling (tripling, halving) every period")
    factor, period, used = _factor(doc)
    horizon, amount, used2 = _horizon_amount(doc)
    used = used | used2 | ({later[2]} if later else set()) | ({id(goal)} if goal else set())
    if any(id(t) not in used for t in doc.numbers()):
        raise NotUnderstood("a number the doubling does not use",
                            next(t.text for t in doc.numbers() if id(t) not in used))
    if later is not None:
        return _forward(factor, period, horizon, amount, later, text)
    if goal is not None:
        return _until(factor, period, horizon, amount, goal, text)
    return _answer(factor, period, horizon, amount, text)


def _asked_horizon(doc):
    """Return (count, unit, token id) of "how many ... after 12 days" (one number asked)."""
    q = list(doc.question)
    words = doc.question_words
    found = [(t.value, singular(q[k + 1].text), id(t)) for k, t in enumerate(q[:-1])
             if t.kind == "number" and is_time(singular(q[k + 1].text)) and k > 0 and
             q[k - 1].low in HORIZON_PREPS]
    numbers = [t for t in q if t.numeric]
    if "how" not in words or not {"many", "much"} & set(words) or len(found) != 1 or \
            len(numbers) != 1:
        return None
    return found[0]


def _asked_goal(doc):
    """Return the amount token of "(after) how many days will there be 3200" (one number)."""
    q = list(doc.question)
    words = doc.question_words
    numbers = [t for t in q if t.numeric]
    if words[:2] != ["how", "many"] or len(words) < 3 or len(numbers) != 1 or \
            not is_time(singular(words[2])):
        return None
    k = q.index(numbers[0])
    return None if k + 1 < len(q) and is_time(singular(q[k + 1].text)) else numbers[0]


def _until(factor, period, horizon, amount, goal, text: str):
    """Whole periods k with amount × factor^k = goal; counted from the start (stated time +
    k periods), with the count from the stated time as the other reading."""
    (count, unit), (h_count, h_unit) = period, horizon
    k, value = 0, amount.value
    while value != goal.value and k < 64 and (value < goal.value) == (factor > 1):
        value, k = value * factor, k + 1
    if value != goal.value or k == 0:
        raise NotUnderstood("a goal reached after a whole number of periods", goal.text)
    since = k * count * size(unit) / size(h_unit)
    total = h_count + since
    work = Work()
    work.reading.append(f"Multiplied by {show(factor)} every {show(count)} {plural(unit, count)}"
                        f"; {amount.text} after {show(h_count)} {plural(h_unit)}.")
    work.step("periods_to_goal", f"{show(amount.value)} \u00d7 {show(factor)}^{k} = "
              f"{show(goal.value)}.", f"{k} periods of {show(count)} {plural(unit, count)} = "
              f"{show(since)} {plural(h_unit)}")
    work.step("from_start", "Counted from the start.",
              f"{show(h_count)} + {show(since)} = {show(total)} {plural(h_unit)}")
    work.alternative(f"counted from the time the {amount.text} were stated", since,
                     plural(h_unit))
    return outcome(work, f"{plural(h_unit)} until {goal.text}", total, plural(h_unit), text)


def _forward(factor, period, horizon, amount, later, text: str):
    """value = amount × factor^k, k = (asked horizon − stated horizon) ÷ period (whole)."""
    (count, unit), (h_count, h_unit) = period, horizon
    a_count, a_unit, _ = later
    steps = (a_count * size(a_unit) - h_count * size(h_unit)) / (count * size(unit))
    if steps.denominator != 1:
        raise NotUnderstood("a whole number of periods between the two times",
                            f"{show(a_count)} {plural(a_unit)}")
    k = int(steps)
    value = amount.value * factor ** k
    work = Work()
    work.reading.append(f"Multiplied by {show(factor)} every {show(count)} {plural(unit, count)}"
                        f"; {amount.text} after {show(h_count)} {plural(h_unit)} (not at the "
                        f"start).")
    work.step("periods_between", "Whole periods from the stated time to the asked time.",
              f"({show(a_count)} {plural(a_unit)} \u2212 {show(h_count)} {plural(h_unit)}) "
              f"\u00f7 {show(count)} {plural(unit, count)} = {k}")
    work.step("grow_from_level", f"Value = stated amount \u00d7 {show(factor)}^{k}.",
              f"{show(amount.value)} \u00d7 {show(factor ** k)} = {show(value)}")
    return outcome(work, f"amount after {show(a_count)} {plural(a_unit)}", value, "", text)


def _asks_start(doc) -> bool:
    """Return True for "how many ... at the start / at first / initially"."""
    words = doc.question_words
    return "how" in words and ("many" in words or "much" in words) and \
        bool(set(words) & START_ASKS) and not any(t.numeric for t in doc.question)


def _factor(doc):
    """Return (factor, (count, unit) period, used ids) of the one factor word, or decline."""
    found = []
    for tokens in map(list, doc.given):
        for k, tok in enumerate(tokens):
            if tok.low in FACTORS:
                found.append((Fraction(FACTORS[tok.low]), _period(tokens, k)))
    if len(found) != 1 or found[0][1] is None:
        raise NotUnderstood("how often the quantity doubles", " ".join(doc.question_words),
                            "a period such as \u201cevery 3 days\u201d")
    factor, (count, unit, used) = found[0]
    return factor, (count, unit), used


def _period(tokens, k: int):
    """Return (count, unit, used ids) of "every 3 days" / "each year" within 4 words of k."""
    for j in range(k + 1, min(len(tokens), k + 5)):
        if tokens[j].low in ("every", "each", "per", "a", "an"):
            n, count, used = j + 1, Fraction(1), set()
            if n < len(tokens) and tokens[n].kind == "number":
                count, used, n = tokens[n].value, {id(tokens[n])}, n + 1
            unit = singular(tokens[n].text) if n < len(tokens) else ""
            return (count, unit, used) if is_time(unit) else None
        if tokens[j].numeric:
            return None
    return None


def _horizon_amount(doc):
    """Return ((count, unit), amount token, used ids) from "After 9 days there are 800"."""
    found = []
    for tokens in map(list, doc.given):
        for k, tok in enumerate(tokens[:-1]):
            unit = singular(tokens[k + 1].text)
            if tok.kind == "number" and is_time(unit) and k > 0 and \
                    tokens[k - 1].low in HORIZON_PREPS:
                amounts = [t for t in tokens if t.numeric and t is not tok]
                if len(amounts) != 1:
                    raise NotUnderstood("the amount at the horizon",
                                        " ".join(t.text for t in tokens))
                found.append(((tok.value, unit), amounts[0], {id(tok), id(amounts[0])}))
    if len(found) != 1:
        raise NotUnderstood("when the amount was measured", " ".join(doc.question_words),
                            "a horizon such as \u201cafter 9 days there are 800\u201d")
    return found[0]


def _answer(factor, period, horizon, amount, text: str):
    """start = amount ÷ factor^n with n = horizon ÷ period (whole)."""
    (count, unit), (h_count, h_unit) = period, horizon
    steps = h_count * size(h_unit) / (count * size(unit))
    if steps.denominator != 1 or steps <= 0:
        raise NotUnderstood("a whole number of periods", f"{show(h_count)} {plural(h_unit)}")
    n = int(steps)
    start = amount.value / factor ** n
    work = Work()
    work.reading.append(f"Multiplied by {show(factor)} every {show(count)} {plural(unit, count)}"
                        f"; {amount.text} after {show(h_count)} {plural(h_unit)}.")
    work.step("periods", "Whole periods in the horizon.",
              f"{show(h_count)} {plural(h_unit)} \u00f7 {show(count)} {plural(unit, count)} = "
              f"{n}")
    work.step("undo_growth", f"Start = amount \u00f7 {show(factor)}^{n}.",
              f"{show(amount.value)} \u00f7 {show(factor ** n)} = {show(start)}")
    return outcome(work, "amount at the start", start, "", text)
