"""The same route at another speed: "She drives 2 hours at 60 mph. She comes back at 40 mph.
How long does the trip back take?" -> the route is 60 × 2 = 120 miles, back 120 ÷ 40 = 3
hours ("for the round trip" / "in total": 2 + 3 = 5 hours).

One leg is stated by its speed and its time (a length of time, "from 1 to 4 PM" on the
clock, or "it takes 9 minutes to ... at 20 km per hour"); a second speed is stated for the
same route: in the question, or in a sentence that goes "back" / "returns". The route is the
first speed × the first time; the asked time is the route ÷ the second speed.

Declines: no cue that the route is the same ("back", "return", "same route / way / road /
distance"), a second time or distance, two actors, relative speeds ("4 mph slower"), stops
or rests, the question asking anything but a time.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.shapes import duration as _duration
from bot.core.arith.shapes import in_unit as _in
from bot.core.arith.shapes import names as _names
from bot.core.arith.shapes import rate_parts as _rate_parts
from bot.core.arith.target import read_target
from bot.core.arith.units import dimension, plural, size

BACK = frozenset("back return returns returned returning".split())
SAME = frozenset("route way road path distance trip journey".split())
TOTAL = frozenset("total altogether round whole entire".split())
BLOCKING = frozenset("""twice half double triple times more less fewer than faster slower
increase increases increased decrease decreases decreased reduced stops stop stopped rest
rests rested break breaks wait waits waited halfway percent apart ahead behind
catch both together other another""".split())
MERIDIEM = {"am": 0, "pm": 12}


def _clock(tokens: list, k: int) -> tuple[int | None, int]:
    """Return (0 or 12 for a.m./p.m., next index) of the clock mark at k, (None, k) if none."""
    low = tokens[k].low if k < len(tokens) else ""
    if low in MERIDIEM:
        return MERIDIEM[low], k + 1
    if low in ("a", "p") and [t.low for t in tokens[k + 1:k + 3]] == [".", "m"]:
        dot = k + 3 < len(tokens) and tokens[k + 3].text == "."
        return (0 if low == "a" else 12), k + 3 + dot
    return None, k


def _interval(tokens: list) -> tuple[Fraction, list, str] | None:
    """Return (hours, number tokens, text) of "from 1 to 4 PM" / "from 9 a.m. to 1 p.m."."""
    for k in range(len(tokens) - 3):
        if tokens[k].low not in ("from", "between") or tokens[k + 1].kind != "number":
            continue
        start_mark, j = _clock(tokens, k + 2)
        if j >= len(tokens) or tokens[j].low not in ("to", "until", "till", "and") or \
                j + 1 >= len(tokens) or tokens[j + 1].kind != "number":
            continue
        end_mark, end = _clock(tokens, j + 2)
        if end_mark is None:
            return None
        a, b = tokens[k + 1].value, tokens[j + 1].value
        if a > 12 or b > 12 or a.denominator != 1 or b.denominator != 1:
            return None
        start = a % 12 + (end_mark if start_mark is None else start_mark)
        hours = b % 12 + end_mark - start
        if hours <= 0:
            return None
        text = " ".join(t.text for t in tokens[k:end])
        return Fraction(hours), [tokens[k + 1], tokens[j + 1]], text
    return None


def _legs(doc: Doc, sentences: list):
    """Return (first speed, first time or (hours, text), second speed) or None."""
    speeds, times, clock = [], [], None
    given = len(doc.given)
    for index, (tokens, sentence) in enumerate(zip(list(doc.given) + [doc.question],
                                                   sentences)):
        tokens = list(tokens)
        interval = _interval(tokens) if index < given else None
        ids = {id(t) for t in interval[1]} if interval else set()
        if interval:
            if clock is not None:
                return None
            clock = interval
        for q in sentence.quantities:
            if set(q.sources) & ids:
                continue
            parts = _rate_parts(q)
            if parts and dimension(parts[0]) == "length":
                back = bool(BACK & {t.low for t in tokens}) or q.question
                speeds.append((q, back))
            elif _duration(q) and not q.question:
                times.append(q)
            else:
                return None
    if len(speeds) != 2 or len(times) + (clock is not None) != 1 or speeds[0][1] or \
            not speeds[1][1] and not speeds[1][0].question:
        return None
    return speeds[0][0], (times[0] if times else clock), speeds[1][0]


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the time of the same route at the second speed (or both legs), or None."""
    from bot.core.arith.rates import _sentences

    words = doc.words
    same = any(a == "same" and b in SAME for a, b in zip(
        [t.low for t in doc.all_tokens], [t.low for t in doc.all_tokens][1:]))
    if not (same or BACK & words) or BLOCKING & words or len(_names(doc)) > 1 or \
            {"not", "never", "no"} & set(doc.question_words):
        return None
    if any(t.kind in ("ordinal", "percent", "money") for t in doc.all_tokens):
        return None
    target = read_target(doc.question)
    if not target or len(target.unit) != 1 or target.unit[0][1] != 1 or not (
            target.unit[0][0] == "*time" or dimension(target.unit[0][0]) == "clock"):
        return None
    sentences = _sentences(doc)
    legs = _legs(doc, sentences) if sentences else None
    if legs is None:
        return None
    placed = {i for s in sentences for q in s.quantities for i in q.sources}
    if any(id(tok) not in placed for tok in doc.numbers()):
        return None
    total = bool(TOTAL & set(doc.question_words))
    if total and legs[2].question:
        return None  # "the round trip at 4 mph": the question's speed may hold both ways
    return _route(legs, target, total)


def _route(legs, target, total: bool):
    """Route = speed × time; asked time = route ÷ second speed (+ the first time)."""
    first, time, second = legs
    length, per = _rate_parts(first)
    other = _rate_parts(second)
    if dimension(other[0]) != "length" or dimension(other[1]) != dimension(per):
        return None
    hours = _in(time, per) if isinstance(time, qty.Quantity) else \
        time[0] * size("hour") / size(per)
    if hours is None:
        return None
    work = Work()
    text = time.text if isinstance(time, qty.Quantity) else time[2]
    route = first.value * hours
    work.reading.append(f"Outbound: \u201c{first.text}\u201d for \u201c{text}\u201d; "
                        f"the same route at \u201c{second.text}\u201d.")
    work.step("distance", "The route is speed \u00d7 time.",
              f"{show(first.value)} \u00d7 {show(hours)} = {show(route)} {plural(length)}")
    in_second = route * size(length) / size(other[0])
    back = in_second / second.value
    work.step("time", "The time at the second speed is route \u00f7 speed.",
              f"{show(in_second)} \u00f7 {show(second.value)} = {show(back)} "
              f"{plural(other[1])}")
    value, unit = back, other[1]
    if total:
        value = back + hours * size(per) / size(unit)
        work.step("sum", "Both legs together.",
                  f"{show(hours * size(per) / size(unit))} + {show(back)} = {show(value)}")
    wanted = target.unit[0][0]
    if wanted == "*time" and isinstance(time, qty.Quantity):
        wanted = _duration(time)  # "how long": in the unit the first time was stated in
    if wanted != "*time" and wanted != unit:
        converted = value * size(unit) / size(wanted)
        work.step("unit_conversion", f"Convert to {plural(wanted)}.",
                  f"{show(value)} {plural(unit)} = {show(converted)} {plural(wanted)}")
        value, unit = converted, wanted
    work.reading.append(f"The question asks for a time: \u201c{target.text}\u201d.")
    return work, value, plural(unit, value), plural(unit, value)
