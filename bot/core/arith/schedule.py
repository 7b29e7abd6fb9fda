"""A rate that changes partway: "10 miles per hour for 3 hours. After that, 5 miles per
hour. How many miles in 7 hours?" -> 10 × 3 + 5 × (7 − 3) = 50.

The problem states two or more rates of one kind (miles per hour, dollars per month), in
order, each starting a segment of time. A segment's length is stated with the rate ("for
30 days"), before it ("the first 6 months were ..."), or as the point where the next rate
starts ("After 16 minutes, the price drops to ..."; "after 8 months of the normal rate").
At most the last segment is open: it runs for what is left of the asked duration (stated in
the question, or after every rate: "He worked 50 hours this week"). The answer is the sum of
rate × length over the segments. A leg may instead state its amount ("150 miles at 50 mph");
when every leg has a length or an amount and the question asks a time, the answer is the sum
of the lengths and amount ÷ rate.

Declines: rates of different kinds or told apart by qualifiers (two items, not one changing
rate), two actors, an extra number, a length that cannot be placed on one segment, "after N
months" with no "of" past the first segment (since the start, or since the last change?),
lengths that do not add up to the asked duration, words of comparison or remainder.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.shapes import OTHER_PEOPLE
from bot.core.arith.shapes import duration as _duration, names as _names
from bot.core.arith.target import read_target
from bot.core.arith.units import dimension, is_time, plural, size

BLOCKING = frozenset("""twice half double triple times more less fewer than left remaining
remain still already except back return returns average faster slower farther apart together
both other another extra additional lost drain drains drained leak leaks leaked empty
empties emptied""".split())
CHANGE_CUES = frozenset("""then after afterwards later drops dropped increases increased rises
rose goes went changes changed switches switched slows slowed speeds following next""".split())
PART_WORDS = frozenset("""first last final initial second part stretch leg segment back
return""".split())
AUX_WORDS = frozenset("does did do will would can could is was are were".split())
WORK_VERBS = frozenset("""worked works work spent spends drove drives ran runs walked walks
rode rides traveled travels travelled played plays""".split())


@dataclass
class Segment:
    """One rate and the length of time it holds (None: runs to the end of the asked time)."""

    rate: qty.Quantity
    length: qty.Quantity | None = None
    amount: qty.Quantity | None = None  # "150 miles at 50 mph": the leg's amount instead
    verb: str = ""  # its earn / spend verb, if any
    region: frozenset = frozenset()  # word stems between the previous rate and this one


def _tier_parts(q: qty.Quantity) -> tuple[str, str] | None:
    """Return (amount unit, per unit) of a rate "X per Y": per time ("miles per hour") or per
    any measure ("$3 per mile for the first 10 miles"); None otherwise."""
    top = [n for n, e in q.unit if e == 1]
    bottom = [n for n, e in q.unit if e == -1]
    if len(q.unit) != 2 or len(top) != 1 or len(bottom) != 1 or is_time(top[0]):
        return None
    return top[0], bottom[0]


def _plain(q: qty.Quantity) -> str | None:
    """Return the unit of a plain amount ("3 hours", "10 miles"), or None."""
    if len(q.unit) == 1 and q.unit[0][1] == 1:
        return q.unit[0][0]
    return None


def _in_per(length: qty.Quantity, per: str) -> Fraction | None:
    """Return a plain amount in the rate's per-unit: converted within a dimension, or the
    same counted noun; None otherwise."""
    have = _plain(length)
    if have == per:
        return length.value
    if have is None or dimension(have) is None or dimension(have) != dimension(per):
        return None
    return length.value * size(have) / size(per)


def _segments(doc: Doc, sentences: list) -> tuple[list[Segment], list] | None:
    """Place every given quantity as a rate starting a segment, as one segment's length or
    amount, or (after every rate, "He worked 50 hours") as the whole time; return
    (segments, whole times)."""
    segments: list[Segment] = []
    wholes: list = []
    for tokens, sentence in zip(doc.given, sentences):
        tokens = list(tokens)
        ahead: qty.Quantity | None = None  # "the first 6 months were ..."
        leg: qty.Quantity | None = None  # "150 miles at 50 mph"
        for q in sentence.quantities:
            before = tokens[q.span[0] - 1].low if q.span[0] > 0 else ""
            here = bool(segments) and segments[-1].rate in sentence.quantities
            if before in ("first", "1th") and [t.low for t in tokens[max(
                    q.span[0] - 3, 0):q.span[0] - 1]] == ["for", "the"] and here:
                before = "for"  # "$20 a month for the first 3 months"
            if _tier_parts(q):
                if segments and not _cue_between(tokens, segments, q, sentence) or wholes:
                    return None
                start = segments[-1].rate.span[1] if here else 0
                region = frozenset(t.low for t in tokens[start:q.span[0]]
                                   if t.kind == "word")
                segments.append(Segment(q, ahead, leg, _verb(tokens, q.span[0]), region))
                ahead = leg = None
            elif _plain(q) and before in ("first", "1th") and ahead is None:
                ahead = q
            elif _plain(q) and before == "for" and here and segments[-1].length is None:
                segments[-1].length = q
            elif _plain(q) and before == "after" and segments and \
                    segments[-1].length is None and (len(segments) == 1 or _word_after(
                        tokens, q) == "of"):
                segments[-1].length = q
            elif _duration(q) and before in WORK_VERBS and segments and not wholes:
                wholes.append(q)
            elif _plain(q) and _word_after(tokens, q) == "at" and leg is None:
                leg = q
            else:
                return None
        if ahead is not None or leg is not None:
            return None
    return segments, wholes


def _same_word(a: str, b: str) -> bool:
    """Return True for two forms of one verb ("walk" / "walks", "cycle" / "cycles")."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _asks_one_activity(doc: Doc, segments: list[Segment]) -> bool:
    """Return True when the question's verb ("How many miles did he walk") names the activity
    of some rates while another rate brings its own ("walks ... and then runs ..."): the
    question asks about one activity, not the total. A rate with no word of its own ("and
    then $18 an hour") or only a change word ("increases it to") continues the activity."""
    from bot.core.arith.units import SIZES, singular

    words = doc.question_words
    verb = next((words[k + 2] for k in range(len(words) - 2) if words[k] in AUX_WORDS and
                 words[k + 2] not in qty.STOP), "")
    if not verb:
        return False
    own = [{w for w in s.region if w not in qty.STOP and w not in CHANGE_CUES and
            singular(w) not in SIZES} for s in segments]
    named = [any(_same_word(verb, w) for w in words_) for words_ in own]
    return any(named) and any(words_ and not hit for words_, hit in zip(own, named))


def _signs_clash(segments: list[Segment]) -> bool:
    """Return True when one rate comes in and another goes out ("earns ... then spends"):
    not one changing rate, and their sum would be wrong."""
    from bot.core.arith.flows import IN_VERBS, OUT_VERBS

    verbs = {s.verb for s in segments}
    return bool(verbs & IN_VERBS) and bool(verbs & OUT_VERBS)


def _verb(tokens: list, start: int) -> str:
    """Return the nearest earn / spend verb before a rate (flows.py's reading)."""
    from bot.core.arith.flows import _verb as flow_verb

    return flow_verb(tokens, start)


def _word_after(tokens: list, q: qty.Quantity) -> str:
    """Return the word right after a quantity's span."""
    return tokens[q.span[1]].low if q.span[1] < len(tokens) else ""


def _cue_between(tokens: list, segments: list, q: qty.Quantity, sentence) -> bool:
    """Return True when a change cue ("then", "after that", "drops to") comes before a
    later rate: in its own sentence, before it; or right after the previous rate."""
    start = 0
    if segments[-1].rate in sentence.quantities:
        start = segments[-1].rate.span[1]
    return any(t.low in CHANGE_CUES for t in tokens[start:q.span[0]])


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the total over a piecewise-constant rate, or None."""
    from bot.core.arith.rates import _sentences

    if {"not", "never", "no"} & set(doc.question_words) or any(
            w.endswith("n't") for w in doc.question_words):
        return None
    if PART_WORDS & set(doc.question_words) or any(t.kind == "ordinal" for t in doc.question):
        return None  # "in the last hour", "in the first 5 minutes": one part, not the whole
    average = _asks_average(doc)
    given_words = {t.low for t in doc.given_tokens}
    if BLOCKING & (given_words if average else doc.words) or len(_names(doc)) > 1 or \
            OTHER_PEOPLE & doc.words or \
            not CHANGE_CUES & doc.words:
        return None
    if any(t.kind in ("ordinal", "percent") and t.text not in ("1th",)
           for t in doc.all_tokens):
        return None
    target = read_target(doc.question)
    sentences = _sentences(doc) if target or average else None
    if not sentences or any(q.divided for s in sentences for q in s.quantities):
        return None
    read = _segments(doc, sentences[:-1])
    asked = sentences[-1].quantities
    if not read or len(read[0]) < 2 or len(asked) + len(read[1]) > 1 or \
            (asked and not _plain(asked[0])):
        return None
    segments, wholes = read
    placed = {i for s in sentences for q in s.quantities for i in q.sources}
    if any(id(tok) not in placed for tok in doc.numbers()):
        return None
    kinds = {_tier_parts(s.rate) for s in segments}
    if len(kinds) != 1 or len({s.rate.tags for s in segments}) != 1 or \
            _signs_clash(segments) or _asks_one_activity(doc, segments):
        return None
    amount, per = next(iter(kinds))
    if dimension(amount) is not None and dimension(amount) == dimension(per):
        return None  # "miles per mile" is a ratio, not a rate
    if any(s.amount and dict(s.amount.unit) != {amount: 1} for s in segments):
        return None
    whole = (asked or wholes or [None])[0]
    if average:
        return None if whole else _average(segments, amount, per, doc)
    wanted = next(iter(target.unit_dict())) if len(target.unit) == 1 and \
        target.unit[0][1] == 1 else ""
    if is_time(per) and (wanted == "*time" or (wanted and is_time(wanted) and
                                                dimension(wanted) == dimension(per))):
        return _total_time(segments, whole, amount, per, wanted, target)
    if wanted not in (amount, "*" + str(dimension(amount))) or \
            any(s.amount for s in segments):
        return None
    return _total(segments, whole, amount, per, target)


def _asks_average(doc: Doc) -> bool:
    """Return True for "What is his average speed (for the whole trip)?"."""
    words = doc.question_words
    return "average" in words and bool({"speed", "rate", "pace"} & set(words)) and \
        not any(t.numeric for t in doc.question)


def _average(segments: list[Segment], amount: str, per: str, doc: Doc):
    """Average rate over every leg = total amount ÷ total time (each leg needs its time or
    its amount stated)."""
    if not is_time(per) or any(bool(s.length) == bool(s.amount) for s in segments):
        return None
    work = Work()
    amounts, times = [], []
    for s in segments:
        if s.length:
            time = _in_per(s.length, per)
            if time is None:
                return None
            times.append(time)
            amounts.append(s.rate.value * time)
            work.step("rate_times_time", f"{s.rate.text} for {s.length.text}.",
                      f"{show(s.rate.value)} \u00d7 {show(time)} = {show(amounts[-1])} "
                      f"{plural(amount)}")
        else:
            amounts.append(s.amount.value)
            times.append(s.amount.value / s.rate.value)
            work.step("time", f"{s.amount.text} at {s.rate.text}: amount \u00f7 rate.",
                      f"{show(s.amount.value)} \u00f7 {show(s.rate.value)} = "
                      f"{show(times[-1])} {plural(per)}")
    total, time = sum(amounts, Fraction(0)), sum(times, Fraction(0))
    value = total / time
    work.step("sum", "Total amount and total time.", " + ".join(show(a) for a in amounts) +
              f" = {show(total)}; " + " + ".join(show(t) for t in times) + f" = {show(time)}")
    work.step("average_rate", "Average rate = total amount \u00f7 total time (not the mean "
              "of the rates).", f"{show(total)} \u00f7 {show(time)} = {show(value)}")
    unit = f"{plural(amount)} per {per}"
    work.reading.append(f"The question asks for the average rate: \u201c"
                        f"{' '.join(t.text for t in doc.question)}\u201d.")
    return work, value, unit, unit


def _total_time(segments: list[Segment], whole, amount: str, per: str, wanted: str,
                target):
    """Add the time of every leg: stated, or its amount ÷ its rate."""
    if whole is not None or any(bool(s.length) == bool(s.amount) for s in segments):
        return None
    work = Work()
    total = Fraction(0)
    for s in segments:
        if s.length:
            part = _in_per(s.length, per)
            if part is None:
                return None
            work.reading.append(f"\u201c{s.rate.text}\u201d for \u201c{s.length.text}\u201d.")
        else:
            part = s.amount.value / s.rate.value
            work.step("time", f"{s.amount.text} at {s.rate.text}: amount \u00f7 rate.",
                      f"{show(s.amount.value)} \u00f7 {show(s.rate.value)} = {show(part)} "
                      f"{plural(per)}")
        total += part
    value, unit = total, per
    work.step("sum", "Add the times of the legs.", f"= {show(total)} {plural(per)}")
    if wanted not in ("*time", per):
        value, unit = total * size(per) / size(wanted), wanted
        work.step("unit_conversion", f"Convert to {plural(wanted)}.",
                  f"{show(total)} {plural(per)} = {show(value)} {plural(wanted)}")
    work.reading.append(f"The question asks for a time: \u201c{target.text}\u201d.")
    return work, value, plural(unit, value), plural(unit, value)


def _total(segments: list[Segment], asked, amount: str, per: str, target):
    """Fill the open segment from the asked duration, then add rate × length."""
    work = Work()
    lengths = [_in_per(s.length, per) if s.length else None for s in segments]
    if any(s.length and v is None for s, v in zip(segments, lengths)) or \
            None in lengths[:-1]:
        return None
    whole = _in_per(asked, per) if asked else None
    if asked is not None and whole is None:
        return None
    stated = sum((v for v in lengths if v is not None), Fraction(0))
    unit = plural(per)
    if lengths[-1] is None:
        if whole is None or whole <= stated:
            return None
        lengths[-1] = whole - stated
        work.step("remaining_time", f"The last rate holds for the rest of {asked.text}.",
                  f"{show(whole)} \u2212 {show(stated)} = {show(lengths[-1])} {unit}")
    elif whole is not None and whole != stated:
        return None
    total = Fraction(0)
    for segment, length in zip(segments, lengths):
        part = segment.rate.value * length
        total += part
        work.reading.append(f"\u201c{segment.rate.text}\u201d holds for {show(length)} {unit}.")
        work.step("rate_times_time", f"{segment.rate.text} for {show(length)} {unit}.",
                  f"{show(segment.rate.value)} \u00d7 {show(length)} = {show(part)}")
    parts = [show(s.rate.value * v) for s, v in zip(segments, lengths)]
    work.step("sum", "Add the segments.", " + ".join(parts) + f" = {show(total)}")
    name = plural(amount, total)
    if next(iter(target.unit_dict())).startswith("*") and dimension(amount) is None:
        return None
    if target.scale != 1:
        work.step("dozens", f"Count in dozens: divide by {show(target.scale)}.",
                  f"{show(total)} \u00f7 {show(target.scale)} = {show(total / target.scale)}")
        total, name = total / target.scale, f"dozen {name}"
    work.reading.append(f"The question asks for {name}: \u201c{target.text}\u201d.")
    return work, total, name, name
