"""Workers together: their rates add. "Tom can paint a fence in 6 hours and Ann can paint the
fence in 3 hours; how long working together?" -> 1/6 + 1/3 = 1/2 fence per hour, so 2 hours.
"Two printers can each print 1/2 page per second; how long do both take for 100 pages?" ->
2 × 1/2 = 1 page per second, so 100 seconds.

A worker's rate is stated as an amount per time ("30 bolts per minute") or as a whole job in
a time ("fills the tank in 4 hours": 1 tank per 4 hours). "each" with one rate means every
worker has it; the number of workers then comes from "both" or a count in the question ("the
3 machines"). The question must say the work is shared ("together", "both", "combined",
"at the same time") and ask either the time for an amount (or for the job it names) or the
amount in a stated time.

Declines: one worker undoing the work (drains, leaks, empties), relative rates ("twice as
fast"), a worker leaving or joining partway, jobs that differ, a count of workers that does
not match the rates stated, an extra number.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.shapes import duration as _duration, rate_parts as _rate_parts
from bot.core.arith.target import read_target
from bot.core.arith.units import dimension, is_time, plural, singular, size

SHARED = frozenset("together both combined simultaneously collectively".split())
BLOCKING = frozenset("""twice half double triple times more less fewer than faster slower
drain drains drained empty empties emptied leak leaks leaked alone after before then later
leaves left joins joined stops stopped remaining rest percent only""".split())
COUNTS = {"both": 2}


def _job(tokens: list, q: qty.Quantity) -> str:
    """Return the job noun of "paint a fence in 6 hours" (the word before "in"), or ""."""
    k = q.span[0]
    if k < 2 or tokens[k - 1].low != "in" or tokens[k - 2].kind != "word":
        return ""
    word = tokens[k - 2].low
    return "" if word in qty.STOP else singular(word)


def _workers(doc: Doc, sentences: list) -> tuple[list, str, bool] | None:
    """Return ([(rate value, amount unit, time unit, text)], job noun, each) or None."""
    found, jobs, each = [], set(), False
    for tokens, sentence in zip(doc.given, sentences):
        tokens = list(tokens)
        each = each or any(t.low == "each" and not (
            k + 1 < len(tokens) and is_time(singular(tokens[k + 1].text)))
            for k, t in enumerate(tokens))  # "each hour" is a period, not every worker
        for q in sentence.quantities:
            parts = _rate_parts(q)
            if parts:
                found.append((q.value, parts[0], parts[1], q.text))
                continue
            job = _job(tokens, q) if _duration(q) else ""
            if job == "" and _duration(q) and len(jobs) == 1 and q.span[0] >= 2 and \
                    [t.low for t in tokens[q.span[0] - 2:q.span[0]]] == ["it", "in"]:
                job = next(iter(jobs))  # "Ben can clean it in 6 hours": the job named before
            if not job:
                return None
            jobs.add(job)
            found.append((1 / q.value, job, _duration(q), f"1 {job} in {q.text}"))
    if len(jobs) > 1 or not found:
        return None
    return found, (next(iter(jobs)) if jobs else ""), each


def _count(doc: Doc, asked: list, amounts: set[str]) -> tuple[int | None, list]:
    """Return the number of workers the question states ("both", "the 3 machines") and the
    question quantities that state it (a whole count of a noun the given text names)."""
    given = {singular(t.text) for s in doc.given for t in s if t.kind == "word"}
    counts = [q for q in asked if len(q.unit) == 1 and q.unit[0][1] == 1 and
              dimension(q.unit[0][0]) is None and q.value.denominator == 1 and
              q.unit[0][0] in given - amounts]
    if "both" in doc.question_words and not counts:
        return 2, counts
    if len(counts) == 1 and "both" not in doc.question_words:
        return int(counts[0].value), counts
    return None, counts


def _read(doc: Doc) -> list | None:
    """Read the sentences like the rates model, except that "A machine makes ..." names a
    worker (each worker is its own statement), so it is not a per-machine rate."""
    read = [qty.read_sentence(list(tokens)) for tokens in doc.given]
    question = qty.read_sentence(list(doc.question), question=True)
    question.pending = []
    read.append(question)
    for sentence in read:
        sentence.pending = [(name, of) for name, of in sentence.pending if is_time(name)]
        if not qty.attach_pending(sentence, set()):
            return None
    return read


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the shared time or amount of workers whose rates add, or None."""
    words = set(doc.question_words)
    if not SHARED & words or BLOCKING & doc.words or {"not", "never", "no"} & words or \
            any(t.kind in ("percent", "ordinal", "money") for t in doc.all_tokens):
        return None
    target = read_target(doc.question)
    sentences = _read(doc) if target and len(target.unit) == 1 and \
        target.unit[0][1] == 1 else None
    read = _workers(doc, sentences[:-1]) if sentences else None
    if read is None:
        return None
    workers, job, each = read
    count, count_tokens = _count(doc, sentences[-1].quantities, {w[1] for w in workers})
    asked = [q for q in sentences[-1].quantities if q not in count_tokens]
    if each != (len(workers) == 1) or (each and not count) or \
            (count is not None and not each and count != len(workers)):
        return None
    if len({w[1] for w in workers}) != 1 or len(asked) > 1 or len(count_tokens) > 1:
        return None
    placed = {i for s in sentences for q in s.quantities for i in q.sources}
    if any(id(t) not in placed for t in doc.numbers()):
        return None
    if job and job not in {singular(w) for w in doc.question_words}:
        return None  # the question must name the job the times are for
    return _combine(workers, job, count if each else 1, asked, target)


def _combine(workers: list, job: str, copies: int, asked: list, target):
    """Add the rates in one time unit, then divide the amount or multiply the time."""
    amount_unit = workers[0][1]
    per = workers[0][2]
    work = Work()
    rates = []
    for value, _, time_unit, text in workers:
        if dimension(time_unit) != dimension(per):
            return None
        rates.append(value * size(per) / size(time_unit))
        work.reading.append(f"\u201c{text}\u201d: {show(rates[-1])} {plural(amount_unit)} per "
                            f"{per}.")
    total = sum(rates, Fraction(0)) * copies
    shown = " + ".join(show(r) for r in rates)
    work.step("combined_rate", "Rates of workers together add.",
              (f"{copies} \u00d7 {shown}" if copies > 1 else shown) +
              f" = {show(total)} {plural(amount_unit)} per {per}")
    wanted = target.unit[0][0]
    if wanted == "*time" or is_time(wanted):
        amount = _amount(asked, amount_unit, job)
        if amount is None or (wanted != "*time" and dimension(wanted) != dimension(per)):
            return None
        value, unit = amount / total, per
        work.step("time", "Time = amount \u00f7 combined rate.",
                  f"{show(amount)} \u00f7 {show(total)} = {show(value)} {plural(per)}")
        if wanted not in ("*time", per):
            value, unit = value * size(per) / size(wanted), wanted
            work.step("unit_conversion", f"Convert to {plural(wanted)}.",
                      f"= {show(value)} {plural(wanted)}")
        return work, value, plural(unit, value), plural(unit, value)
    if singular(wanted) != amount_unit or len(asked) != 1 or not _duration(asked[0]):
        return None
    time_unit = _duration(asked[0])
    if dimension(time_unit) != dimension(per):
        return None
    hours = asked[0].value * size(time_unit) / size(per)
    value = total * hours
    work.step("amount", "Amount = combined rate \u00d7 time.",
              f"{show(total)} \u00d7 {show(hours)} = {show(value)} {plural(amount_unit)}")
    if value.denominator != 1 and dimension(amount_unit) is None:
        return None
    return work, value, plural(amount_unit, value), plural(amount_unit, value)


def _amount(asked: list, amount_unit: str, job: str) -> Fraction | None:
    """Return the amount the question asks the time for: "100 pages", or 1 named job."""
    if len(asked) == 1:
        unit = asked[0].unit
        if len(unit) == 1 and unit[0] == (amount_unit, 1):
            return asked[0].value
        return None
    return Fraction(1) if job and not asked else None
