"""A capacity filling (or emptying) at a steady rate: "A lot has 400 spaces and 25% of them are
taken. Every hour 30 more cars park there. How many spaces are empty after 6 hours?"

Numbers: the capacity (a count of places: beds, seats, spaces, rooms), the part already taken
(a fraction or percent of it, or a count, with occupied / taken / full / booked wording), the
change per period (arrivals: admitted, arrive, park, check in; departures: leave, discharged)
and the horizon in the question ("after 2 weeks", converted to the rate's period). Taken at
the end = taken + n·change; the question asks for the places still free (empty, unoccupied,
free, available, vacant) or the places taken. An end beyond the capacity or below zero (the
steady rate cannot hold), any other number, or a negation declines. ORDER "after".
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.frequency import skips_periods
from bot.core.arith.build import Work, outcome, show
from bot.core.arith.units import is_time, plural, singular, size
from bot.core.errors import NotUnderstood
from bot.core.negation import negated

ORDER = "after"
PLACES = frozenset("bed seat space spot room slot place table desk locker".split())
TAKEN = frozenset("occupied taken full filled booked reserved used".split())
FREE = frozenset("unoccupied empty free available vacant open".split())
ARRIVE = frozenset("admitted arrive arrives arrived park parks check checks join joins come "
                   "comes enter enters booked".split())
LEAVE = frozenset("leave leaves left discharged released depart departs exit exits".split())
PERIOD_WORDS = ("each", "every", "per", "a", "an")
# Who takes exactly one place: a patient one bed, a car one space (guests may share a room,
# so they are not counted as rooms).
ONE_EACH = {"bed": {"patient"}, "space": {"car", "vehicle", "truck"},
            "spot": {"car", "vehicle", "truck"},
            "seat": {"passenger", "person", "student", "spectator", "fan"}}
# Arrivals that may take more than one place each.
COMPANY = frozenset("""with bring brings brought plus along together group groups family
families couple couples pair pairs friend friends""".split())
BLOCKING = frozenset("""twice half double triple than less fewer except another extra both
other others then after before first""".split())


def solve(problem, text: str):
    """Return the free (or taken) places after n periods, or None."""
    from bot.core.arith import doc as docs

    doc = docs.read(problem)
    if doc is not None and skips_periods([t.low for t in doc.all_tokens]):
        return None  # "every other day", "twice a week": not one change per period
    if doc is None or not _signature(doc):
        return None
    given = {t.low for s in doc.given for t in s}
    if negated(doc.words) or given & BLOCKING or \
            any(t.kind == "ordinal" for t in doc.all_tokens):
        raise NotUnderstood("how the places fill", " ".join(doc.question_words),
                            "a capacity, the part taken, and a steady change per period")
    capacity, noun, taken, used, index = _capacity(doc)
    change, period, used2 = _change(doc, noun, index)
    horizon, unit, used3 = _horizon(doc)
    if any(id(t) not in used | used2 | used3 for t in doc.numbers()):
        raise NotUnderstood("a number the capacity model does not place",
                            next(t.text for t in doc.numbers()
                                 if id(t) not in used | used2 | used3))
    return _answer(doc, capacity, noun, taken, change, period, horizon, unit, text)


def _signature(doc) -> bool:
    """Return True when places are counted and the question asks free or taken places."""
    nouns = {singular(t.low) for t in doc.all_tokens if t.kind == "word"}
    return bool(nouns & PLACES) and bool(set(doc.question_words) & (FREE | TAKEN)) and \
        bool({t.low for s in doc.given for t in s} & TAKEN)


def _capacity(doc):
    """Return (capacity, noun, places taken, used ids, sentence index) from the sentence
    naming the places."""
    for index, tokens in enumerate(map(list, doc.given)):
        for k, tok in enumerate(tokens[:-1]):
            noun = singular(tokens[k + 1].text)
            if tok.kind == "number" and noun in PLACES:
                taken, used = _taken(tokens, k + 2, tok.value)
                return tok.value, noun, taken, {id(tok)} | used, index
    raise NotUnderstood("how many places there are", doc.given[0][0].text if doc.given else "")


def _taken(tokens, start: int, capacity: Fraction):
    """Return (places taken, used ids) from "with 1/5 occupied" / "25% of them are taken"."""
    numbers = [t for t in tokens[start:] if t.numeric]
    words = {t.low for t in tokens[start:]}
    if len(numbers) != 1 or not words & TAKEN:
        raise NotUnderstood("how many places are taken", " ".join(t.text for t in tokens))
    tok = numbers[0]
    if tok.kind == "percent":
        return capacity * tok.value / 100, {id(tok)}
    if tok.value < 1 or "/" in tok.text:
        return capacity * tok.value, {id(tok)}
    return tok.value, {id(tok)}


def _change(doc, noun: str, skip: int):
    """Return (change per period, period, used ids) from the arrivals or departures; each
    arrival must take one place (the place itself, or a patient per bed, a car per space)."""
    found = []
    for index, tokens in enumerate(map(list, doc.given)):
        words = {t.low for t in tokens}
        period = _period(tokens)
        nums = [t for t in tokens if t.numeric]
        if index != skip and period and nums and words & (ARRIVE | LEAVE):
            if len(nums) != 1 or bool(words & ARRIVE) == bool(words & LEAVE) or \
                    words & COMPANY or _each_not_period(tokens):
                raise NotUnderstood("the change per period", " ".join(t.text for t in tokens))
            k = tokens.index(nums[0]) + 1
            k += 1 if k < len(tokens) and tokens[k].low in ("more", "new") else 0
            who = singular(tokens[k].text) if k < len(tokens) else ""
            if who != noun and who not in ONE_EACH.get(noun, set()):
                raise NotUnderstood("how many places each arrival takes",
                                    f"{nums[0].text} {who}", f"{plural(noun)} taken one each")
            sign = 1 if words & ARRIVE else -1
            found.append((sign * nums[0].value, period, {id(nums[0])}))
    if len(found) != 1:
        raise NotUnderstood("one steady change per period", " ".join(doc.question_words))
    return found[0]


def _each_not_period(tokens) -> bool:
    """Return True for an "each" / "every" that is not a period ("each brings a friend")."""
    return any(tok.low in ("each", "every") and not (
        k + 1 < len(tokens) and is_time(singular(tokens[k + 1].text)))
        for k, tok in enumerate(tokens))


def _period(tokens) -> str:
    """Return the unit of "each day" / "every hour" / "a day" in a sentence, else ""."""
    for k, tok in enumerate(tokens[:-1]):
        if tok.low in PERIOD_WORDS and is_time(singular(tokens[k + 1].text)):
            return singular(tokens[k + 1].text)
    return ""


def _horizon(doc):
    """Return (count, unit, used ids) of "after 2 weeks" / "in 6 hours" in the question."""
    q = list(doc.question)
    found = [(t.value, singular(q[k + 1].text), {id(t)}) for k, t in enumerate(q[:-1])
             if t.kind == "number" and is_time(singular(q[k + 1].text)) and k > 0 and
             q[k - 1].low in ("after", "in", "within", "of")]
    if len(found) != 1:
        raise NotUnderstood("when the question looks", " ".join(doc.question_words),
                            "a horizon such as \u201cafter 2 weeks\u201d")
    return found[0]


def _answer(doc, capacity, noun, taken, change, period, horizon, unit, text):
    """Work out the places taken at the horizon and the answer asked."""
    periods = horizon * size(unit) / size(period)
    if periods.denominator != 1:
        raise NotUnderstood("the horizon in whole periods", f"{show(horizon)} {plural(unit)}")
    end = taken + change * periods
    if end > capacity or end < 0 or taken > capacity:
        raise NotUnderstood("a change that the capacity allows", f"{show(end)} {plural(noun)}",
                            "an end between empty and full")
    work = Work()
    work.reading.append(f"{show(capacity)} {plural(noun)}, {show(taken)} taken; "
                        f"{show(change)} per {period} for {show(periods)} {plural(period)}.")
    if unit != period:
        work.step("horizon", f"{show(horizon)} {plural(unit)} = {show(periods)} "
                  f"{plural(period)}.", f"{show(horizon)} \u00d7 {show(periods / horizon)} = "
                  f"{show(periods)}")
    work.step("taken_end", "Taken at the end = taken now + change per period \u00d7 periods.",
              f"{show(taken)} + {show(change)} \u00d7 {show(periods)} = {show(end)}")
    if set(doc.question_words) & FREE:
        free = capacity - end
        work.step("free_places", "Free = capacity \u2212 taken.",
                  f"{show(capacity)} \u2212 {show(end)} = {show(free)}")
        return outcome(work, f"free {plural(noun)}", free, plural(noun), text)
    return outcome(work, f"{plural(noun)} taken", end, plural(noun), text)
