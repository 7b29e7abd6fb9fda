"""The unknown start of a steady linear change: "She starts with some money, gets a weekly
allowance of $5 for 8 weeks and then has $100 in total. How much did she start with?"

Three numbers: a change per period (gained with receives/earns/saves/collects..., lost with
spends/uses/gives...), how many periods it ran (in the same unit), and the amount at the end.
Working backwards: start = end − n·gain (or end + n·loss). A repeated duration ("for 8 weeks
... at the end of the 8 weeks") is the same number said twice. Any other number, a second
rate, both directions, or an end amount in another unit decline. ORDER "after".
"""

from __future__ import annotations

from bot.core.frequency import skips_periods
from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, outcome, show
from bot.core.arith.units import is_time, plural
from bot.core.errors import NotUnderstood
from bot.core.negation import negated

ORDER = "after"
START_ASKS = frozenset("start started begin beginning initially originally first".split())
GAINS = frozenset("""receives received receive gets got get earns earned earn saves saved save
collects collected collect adds added add allowance deposits deposited gains gained grows
grew""".split())
LOSSES = frozenset("""spends spent spend uses used use gives gave give loses lost lose eats ate
eat removes removed remove withdraws withdrew withdraw pays paid pay""".split())
END_WORDS = frozenset("total has had have left ends end now".split())
BLOCKING = frozenset("""twice half double triple times percent more less than each except
another extra other both""".split())


def solve(problem, text: str):
    """Return the start amount of a linear change worked backwards, or None."""
    from bot.core.arith import doc as docs

    doc = docs.read(problem)
    if doc is not None and skips_periods([t.low for t in doc.all_tokens]):
        return None  # "every other day", "twice a week": not one change per period
    if doc is None or not _asks_start(doc):
        return None
    if negated(doc.words) or doc.words & BLOCKING or \
            any(t.kind in ("percent", "ordinal") for t in doc.all_tokens):
        raise NotUnderstood("how the amount changed", " ".join(doc.question_words),
                            "one steady gain or loss per period")
    rate, durations, ends = _read(doc)
    return _answer(doc, rate, durations, ends, text)


def _asks_start(doc) -> bool:
    """Return True for "how much did she start with" / "how many ... at first"."""
    words = doc.question_words
    return "how" in words and ("much" in words or "many" in words) and \
        bool(set(words) & START_ASKS) and not any(t.numeric for t in doc.question)


def _period_before(tokens, k: int) -> str:
    """Return "week" for "a weekly allowance of $5" (adverb, noun, "of" before k), else ""."""
    if k >= 3 and tokens[k - 1].low == "of" and tokens[k - 3].low in qty.ADVERBS:
        return qty.ADVERBS[tokens[k - 3].low]
    return ""


def _read(doc):
    """Return (rate, durations, ends): each quantity placed, or decline."""
    rates, durations, ends = [], [], []
    for tokens in doc.given:
        tokens = list(tokens)
        words = {t.low for t in tokens}
        for q in qty.read_sentence(tokens).quantities:
            unit = q.unit_dict()
            first = next(k for k, t in enumerate(tokens) if id(t) == q.sources[0])
            period = _period_before(tokens, first)
            times = [n for n in unit if is_time(n)]
            if len(unit) == 2 and len(times) == 1 and unit[times[0]] == -1:
                rates.append((q, next(n for n in unit if n != times[0]), times[0], words))
            elif len(unit) == 1 and period:
                rates.append((q, next(iter(unit)), period, words))
            elif len(unit) == 1 and times and unit[times[0]] == 1:
                durations.append(q)
            elif len(unit) == 1 and words & END_WORDS:
                ends.append(q)
            else:
                raise NotUnderstood("what this number is", q.text,
                                    "a change per period, a number of periods, an end amount")
    if len(rates) != 1 or len({d.value for d in durations}) != 1 or len(ends) != 1:
        raise NotUnderstood("the change, how long it ran, and the end amount",
                            ", ".join(q.text for q, *_ in rates) or "(no rate)")
    return rates[0], durations, ends[0]


def _answer(doc, rate, durations, end, text: str):
    """Work backwards from the end amount."""
    q, thing, period, words = rate
    if any(d.unit_dict() != {period: 1} for d in durations) or \
            end.unit_dict() != {thing: 1}:
        raise NotUnderstood("how the units line up", durations[0].text,
                            f"a number of {plural(period)} and an end amount in {plural(thing)}")
    gain, loss = bool(words & GAINS), bool(words & LOSSES)
    if gain == loss:
        raise NotUnderstood("whether the amount was added or removed", q.text)
    n = durations[0].value
    change = q.value * n
    start = end.value - change if gain else end.value + change
    if start < 0:
        raise NotUnderstood("a start below zero", end.text)
    work = Work()
    work.reading.append(f"{'Gain' if gain else 'Loss'} of \u201c{q.text}\u201d per {period} "
                        f"for {show(n)} {plural(period)}; end amount \u201c{end.text}\u201d.")
    work.step("total_change", f"Change over {show(n)} {plural(period)}.",
              f"{show(q.value)} \u00d7 {show(n)} = {show(change)}")
    sign = "\u2212" if gain else "+"
    work.step("undo_change", "Start = end " + ("\u2212 what was added." if gain else
                                                "+ what was removed."),
              f"{show(end.value)} {sign} {show(change)} = {show(start)}")
    return outcome(work, "amount at the start", start, plural(thing), text)
