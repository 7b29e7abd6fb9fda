"""Two movers on one line: how far apart after a time, or how long until one catches up.

"Two trains leave in opposite directions at 50 and 70 mph; how far apart after 3 hours?"
-> (50 + 70) × 3 = 360. Same direction ("passes", "overtakes", "same direction"): the
speeds subtract, (70 − 50) × 3 = 60. "Ada is 30 miles ahead of Ben, riding 20 mph. Ben
rides 30 mph. How long until Ben catches up?" -> 30 ÷ (30 − 20) = 3 hours.

The second speed may be stated from the first ("the other sails twice as fast", "half that
speed").

Declines: no direction cue for "apart", both cues, no cue that they start from one place
("leave a station", "from a park", "passes"), a gap without "ahead" / "behind" saying
who leads, a leader at least as fast as the chaser, speeds not both stated, an extra number,
a third mover, relative wording beside two stated speeds or against something else ("twice
as fast as a bird").
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.shapes import duration as _duration
from bot.core.arith.shapes import in_unit as _in
from bot.core.arith.shapes import names as _names
from bot.core.arith.shapes import rate_parts as _rate_parts
from bot.core.arith.target import read_target
from bot.core.arith.units import dimension, plural, size

OPPOSITE = frozenset("opposite".split())
SAME_WAY = frozenset("passes passed overtakes overtook overtake pass".split())
APART = frozenset("apart separate separates separated between".split())
START_CUES = frozenset("""passes passed overtakes overtook leave leaves left depart departs
departed start starts started from""".split())
BLOCKING = frozenset("""twice half double triple times percent than more less fewer faster
slower stops stop stopped rest rests break breaks back return returns left remaining meet
meets toward towards""".split())


RELATIVE = {"half": Fraction(1, 2), "twice": Fraction(2), "double": Fraction(2),
            "triple": Fraction(3), "thrice": Fraction(3)}


def _relative(doc: Doc) -> tuple[Fraction, str] | None:
    """Return (factor, word) of the one "half that speed" / "twice as fast" in the given
    text: the second mover's speed stated from the first's."""
    found = []
    for tokens in doc.given:
        lows = [t.low for t in tokens]
        for k, word in enumerate(lows[:-1]):
            ends = lows[k + 3:k + 4] in ([], ["."], [","], [";"])
            if word in RELATIVE and (lows[k + 1] == "that" or lows[k + 1:k + 3] == [
                    "as", "fast"] and ends):  # not "twice as fast as a bird"
                found.append((RELATIVE[word], word))
    return found[0] if len(found) == 1 else None


def _speeds(sentences: list, relative=None) -> list | None:
    """Return the two speeds (quantities of length per time), in order; with a relative
    statement, the one stated speed and the speed derived from it."""
    from bot.core.arith import quantities as qty

    speeds = [q for s in sentences for q in s.quantities if _rate_parts(q) and
              dimension(_rate_parts(q)[0]) == "length"]
    if relative and len(speeds) == 1:
        factor, word = relative
        first = speeds[0]
        speeds.append(qty.Quantity(first.value * factor, first.unit,
                                   f"{word} {first.text} = {first.value * factor}"))
    elif relative:
        return None
    return speeds if len(speeds) == 2 else None


def _movers_count(doc: Doc, sentences: list) -> list:
    """Return stated counts of the two movers, not other numbers: "Two cars" opening a
    sentence or naming a noun the text names again ("the first car"), "one train" / "One
    travels" with "the other"."""
    from bot.core.arith.units import singular

    named = [singular(t.text) for t in doc.all_tokens if t.kind == "word"]
    found = []
    for tokens, sentence in zip(doc.given, sentences):
        for q in sentence.quantities:
            if len(q.unit) != 1 or q.unit[0][1] != 1 or dimension(q.unit[0][0]) is not None:
                continue
            again = named.count(q.unit[0][0]) >= 2
            if q.value == 2 and (q.span[0] == 0 or again) or \
                    q.value == 1 and "other" in doc.words and (again or q.span[0] == 0):
                found.append(q)
    return found


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the distance apart after a time, or the time to catch up, or None."""
    from bot.core.arith.rates import _sentences

    relative = _relative(doc)
    words = doc.words - ({relative[1]} if relative else set())
    if BLOCKING & words or {"not", "never", "no"} & set(doc.question_words) or \
            len(_names(doc)) > 2 or any(t.kind in ("ordinal", "percent", "money") and
                                        t.text not in ("1th", "2th")
                                        for t in doc.all_tokens):
        return None
    if len({"1th", "2th"} & {t.text for t in doc.all_tokens}) == 1:
        return None
    target = read_target(doc.question)
    sentences = _sentences(doc) if target else None
    speeds = _speeds(sentences, relative) if sentences else None
    if speeds is None or len({_rate_parts(q) for q in speeds}) != 1:
        return None
    others = [q for s in sentences for q in s.quantities if q not in speeds]
    pair = _movers_count(doc, sentences)
    others = [q for q in others if q not in pair]
    placed = {i for s in sentences for q in s.quantities for i in q.sources}
    if len({q.value for q in pair}) != len(pair) or len(others) != 1 or \
            any(id(t) not in placed for t in doc.numbers()):
        return None
    if {"catch", "catches"} & set(doc.question_words):
        return _catch_up(doc, speeds, others[0], target)
    if APART & set(doc.question_words):
        return _apart(doc, speeds, others[0], target)
    return None


def _apart(doc: Doc, speeds: list, time, target):
    """Distance between the movers after a time: speeds add (opposite) or subtract (same)."""
    opposite, same = bool(OPPOSITE & doc.words), bool(SAME_WAY & doc.words) or any(
        a == "same" and b == "direction" for a, b in zip(
            [t.low for t in doc.all_tokens], [t.low for t in doc.all_tokens][1:]))
    length, per = _rate_parts(speeds[0])
    if opposite == same or not _duration(time) or target.unit_dict() not in (
            {"*length": 1}, {length: 1}) or not START_CUES & doc.words:
        return None  # no cue that they start together: the gap at the start is unknown
    hours = _in(time, per)
    if hours is None:
        return None
    a, b = speeds[0].value, speeds[1].value
    gap = a + b if opposite else abs(a - b)
    work = Work()
    work.reading.append(f"Speeds \u201c{speeds[0].text}\u201d and \u201c{speeds[1].text}\u201d"
                        f", {'opposite directions' if opposite else 'the same direction'}.")
    if opposite:
        work.step("closing_speed", "Moving apart in opposite directions, the speeds add.",
                  f"{show(a)} + {show(b)} = {show(gap)}")
    else:
        work.step("closing_speed", "Moving the same way, the gap grows by the difference.",
                  f"{show(max(a, b))} \u2212 {show(min(a, b))} = {show(gap)}")
    value = gap * hours
    work.step("distance", f"Distance apart after {time.text}.",
              f"{show(gap)} \u00d7 {show(hours)} = {show(value)} {plural(length)}")
    if gap == 0:
        return None
    return work, value, plural(length, value), plural(length, value)


def _leader(doc: Doc, speeds: list) -> int | None:
    """Return the index of the leader's speed: the one stated in the "ahead" sentence (the
    other one for "behind"), or None."""
    for tokens in doc.given:
        low = {t.low for t in tokens}
        if not {"ahead", "behind"} & low or {"ahead", "behind"} <= low:
            continue
        inside = [k for k, q in enumerate(speeds) if set(q.sources) & {id(t) for t in tokens}]
        if len(inside) != 1:
            return None
        return inside[0] if "ahead" in low else 1 - inside[0]
    return None


def _catch_up(doc: Doc, speeds: list, gap, target):
    """Time to close a head start: gap ÷ (chaser's speed − leader's speed)."""
    leader = _leader(doc, speeds)
    length, per = _rate_parts(speeds[0])
    if leader is None or len(gap.unit) != 1 or dimension(gap.unit[0][0]) != "length" or \
            target.unit_dict() != {"*time": 1} and not (
                len(target.unit) == 1 and dimension(target.unit[0][0]) == dimension(per)):
        return None
    lead, chase = speeds[leader], speeds[1 - leader]
    closing = chase.value - lead.value
    if closing <= 0:
        return None
    distance = gap.value * size(gap.unit[0][0]) / size(length)
    work = Work()
    work.reading.append(f"Head start \u201c{gap.text}\u201d; leader \u201c{lead.text}\u201d, "
                        f"chaser \u201c{chase.text}\u201d.")
    work.step("closing_speed", "The chaser gains the difference of the speeds.",
              f"{show(chase.value)} \u2212 {show(lead.value)} = {show(closing)}")
    value, unit = distance / closing, per
    work.step("time", "Time to close the gap = gap \u00f7 closing speed.",
              f"{show(distance)} \u00f7 {show(closing)} = {show(value)} {plural(per)}")
    wanted = target.unit[0][0]
    if wanted != "*time" and wanted != per:
        converted = value * size(per) / size(wanted)
        work.step("unit_conversion", f"Convert to {plural(wanted)}.",
                  f"{show(value)} {plural(per)} = {show(converted)} {plural(wanted)}")
        value, unit = converted, wanted
    return work, value, plural(unit, value), plural(unit, value)
