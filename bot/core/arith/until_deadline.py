"""How early a steady job ends before its deadline: "A 200-page book must be read within 30
days; Mike reads 10 pages a day. How many days before the deadline will he finish?"

Three numbers: the job (a count: "a 200-page book", "300 bricks"), the rate per period
("10 pages a day"), and the time allowed ("within 30 days", "in 30 days", "a deadline of 30
days"), in the rate's period. Time needed = job ÷ rate; the answer is allowed − needed. The
question must ask "how many <periods> before the deadline" or "how many <periods> early".
A time needed that is not whole is declined (whether the part period counts is not said), as
is a job that does not fit in the time allowed.
"""

from __future__ import annotations

from bot.core.arith.build import Work, show
from bot.core.arith.target import read_target
from bot.core.arith.until_observed import BLOCKING, _amounts
from bot.core.arith.units import is_time, plural
from bot.core.negation import negated

ALLOWED = frozenset("within deadline in by".split())


def _read(doc):
    """Return (job, rate, allowed) quantities, or None."""
    jobs, rates, allowed = [], [], []
    for tokens in doc.given:
        words = {t.low for t in tokens}
        for q in _amounts(list(tokens)):
            unit = q.unit_dict()
            times = [n for n in unit if is_time(n)]
            if len(unit) == 2 and len(times) == 1 and unit[times[0]] == -1:
                rates.append((q, times[0], next(n for n in unit if n != times[0])))
            elif len(unit) == 1 and times and unit[times[0]] == 1 and words & ALLOWED:
                allowed.append(q)
            elif len(unit) == 1 and not times and unit[next(iter(unit))] == 1:
                jobs.append(q)
            else:
                return None
    if len(jobs) != 1 or len(rates) != 1 or len(allowed) != 1:
        return None
    return jobs[0], rates[0], allowed[0]


def solve(doc):
    """Return (work, periods early, unit, asked) or None."""
    target = read_target(doc.question)
    qwords = doc.question_words
    early = "early" in qwords or ("before" in qwords and "deadline" in qwords)
    if target is None or len(target.unit) != 1 or not early or \
            any(t.numeric for t in doc.question) or negated(doc.words) or \
            doc.words & (BLOCKING - {"before", "per"}) or \
            any(t.kind in ("percent", "ordinal") for t in doc.all_tokens):
        return None
    found = _read(doc)
    if found is None:
        return None
    job, (rate, period, thing), allowed = found
    if job.unit_dict() != {thing: 1} or allowed.unit_dict() != {period: 1} or \
            target.unit_dict() != {period: 1}:
        return None
    needed = job.value / rate.value
    spare = allowed.value - needed
    if needed.denominator != 1 or spare < 0:
        return None
    work = Work()
    work.reading.append(f"Job: \u201c{job.text}\u201d; rate: \u201c{rate.text}\u201d; time "
                        f"allowed: \u201c{allowed.text}\u201d.")
    work.step("time_needed", "Time needed = job \u00f7 rate.",
              f"{show(job.value)} \u00f7 {show(rate.value)} = {show(needed)} {plural(period)}")
    work.step("spare_time", "Finished early by = time allowed \u2212 time needed.",
              f"{show(allowed.value)} \u2212 {show(needed)} = {show(spare)}")
    return work, spare, plural(period), f"{plural(period)} before the deadline"
