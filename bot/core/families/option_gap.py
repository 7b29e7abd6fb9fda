"""The gap after n periods between two options that change one amount at different rates:
"If she walks she loses 1 pound a week; if she swims she loses 1.5 pounds a week. What is the
difference in her weight after 8 weeks between the two options?"

Each option is an "if" sentence with one rate per period, signed by its verb (gain, save,
earn, grow: up; lose, spend, burn, drop: down). Both start from the same amount, so the gap
after n periods is |r1 − r2|·n (the start cancels). The horizon is in the question ("at the
end of 5 weeks", "after 8 weeks"), converted to the rates' period; "the two options" may be
counted in the question. Anything else (a third rate, a stated start, a percent, an unsigned
rate) declines. ORDER "after".
"""

from __future__ import annotations

from bot.core.frequency import skips_periods
from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, outcome, show
from bot.core.arith.units import is_time, plural, singular, size
from bot.core.errors import NotUnderstood
from bot.core.negation import negated

ORDER = "after"
UP = frozenset("gain gains gained earn earns save saves grow grows add adds put puts".split())
DOWN = frozenset("lose loses lost spend spends burn burns drop drops use uses".split())
BLOCKING = frozenset("twice half double triple more less than each extra another both".split())


def solve(problem, text: str):
    """Return the gap between two options after n periods, or None."""
    from bot.core.arith import doc as docs

    doc = docs.read(problem)
    if doc is not None and skips_periods([t.low for t in doc.all_tokens]):
        return None  # "every other day", "twice a week": not one change per period
    if doc is None or "difference" not in doc.question_words or \
            not {"between", "options", "option", "choices", "plans"} & set(doc.question_words):
        return None
    if negated(doc.words) or doc.words & BLOCKING or \
            any(t.kind in ("percent", "ordinal") for t in doc.all_tokens):
        raise NotUnderstood("how the two options change the amount",
                            " ".join(doc.question_words))
    rates = _rates(doc)
    horizon, unit, counted = _horizon(doc)
    used = {i for q, _ in rates for i in q.sources} | counted
    if any(id(t) not in used for t in doc.numbers()):
        raise NotUnderstood("a number the two options do not use",
                            next(t.text for t in doc.numbers() if id(t) not in used))
    return _answer(rates, horizon, unit, text)


def _rates(doc):
    """Return the two signed rates [(quantity, sign)], one per "if" sentence, or decline."""
    found = []
    for tokens in map(list, doc.given):
        quantities = [q for q in qty.read_sentence(tokens).quantities if q.sources]
        if not quantities:
            continue
        words = {t.low for t in tokens}
        up, down = bool(words & UP), bool(words & DOWN)
        unit = quantities[0].unit_dict()
        if len(quantities) != 1 or tokens[0].low != "if" or up == down or len(unit) != 2 or \
                not any(e == -1 and is_time(n) for n, e in unit.items()):
            raise NotUnderstood("one option and its rate", " ".join(t.text for t in tokens))
        found.append((quantities[0], 1 if up else -1))
    if len(found) != 2 or found[0][0].unit != found[1][0].unit:
        raise NotUnderstood("two options with rates in one unit", " ".join(doc.question_words))
    return found


def _horizon(doc):
    """Return (count, unit, used ids): the horizon, and the "2" of "the 2 options"."""
    q = list(doc.question)
    horizons, counted = [], set()
    for k, tok in enumerate(q):
        if tok.kind != "number":
            continue
        nxt = singular(q[k + 1].text) if k + 1 < len(q) else ""
        if is_time(nxt):
            horizons.append((tok.value, nxt))
        elif tok.value == 2 and any(singular(t.low) in ("option", "choice", "plan")
                                    for t in q[k + 1:k + 4]):
            counted.add(id(tok))
        else:
            raise NotUnderstood("a number in the question", tok.text)
    if len(horizons) != 1:
        raise NotUnderstood("when the question looks", " ".join(doc.question_words))
    return horizons[0][0], horizons[0][1], counted | {
        id(t) for t in q if t.kind == "number" and id(t) not in counted}


def _answer(rates, horizon, unit: str, text: str):
    """|r1 − r2| per period times the number of periods."""
    (first, s1), (second, s2) = rates
    thing = next(n for n, e in first.unit if e == 1)
    period = next(n for n, e in first.unit if e == -1)
    periods = horizon * size(unit) / size(period)
    r1, r2 = s1 * first.value, s2 * second.value
    gap = abs(r1 - r2)
    work = Work()
    work.reading.append(f"Option 1: {show(r1)} {plural(thing)} per {period}; option 2: "
                        f"{show(r2)}; both from the same start.")
    work.step("rate_gap", f"The options differ by this much per {period}.",
              f"|{show(r1)} \u2212 ({show(r2)})| = {show(gap)}")
    if unit != period:
        work.step("horizon", f"{show(horizon)} {plural(unit)} in {plural(period)}.",
                  f"= {show(periods)}")
    total = gap * periods
    work.step("gap_after", f"Gap after {show(periods)} {plural(period)}.",
              f"{show(gap)} \u00d7 {show(periods)} = {show(total)}")
    return outcome(work, "difference between the options", total, plural(thing), text)
