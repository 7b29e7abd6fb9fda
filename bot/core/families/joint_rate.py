"""Two workers on one job, the second's rate stated relative to the first's.

"Ada can paint 3 fences a day while Ben can paint twice as many. How many days will 18 fences
take them?" One rate (a count per time unit), one relation ("twice as much", "half as many
... as Ada", "3 times as fast") said of a second actor, and the size of the job. Working
together their rates add: total ÷ (a + k·a), converted to the asked time unit. A count of
whole periods that does not come out whole is declined for "how many days will it last" (it
would need a rounding rule the text does not give).

Every number is placed (rate, job size, the "3" of "3 times") or the family steps aside;
"than", "more", "alone", "each", a single actor named in the question, or a negation decline.
ORDER "after": only problems the other solvers declined reach it.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.frequency import skips_periods
from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, outcome, show
from bot.core.arith.target import read_target
from bot.core.arith.units import is_time, plural, singular, size
from bot.core.errors import NotUnderstood
from bot.core.negation import negated

ORDER = "after"
FACTORS = {"twice": Fraction(2), "double": Fraction(2), "half": Fraction(1, 2),
           "triple": Fraction(3), "thrice": Fraction(3)}
MEASURES = frozenset("much many fast quickly".split())
SEPARATORS = frozenset("while and but whereas".split())
NOT_ACTORS = frozenset("""if the a an when while her his their he she they it its this that
there how what monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday
fridays saturday saturdays sunday sundays january february march april may june july august
september october november december""".split())
POSSESSIVES = frozenset("her his their my our".split())
BLOCKING = frozenset("""than more less fewer alone only each left remaining after then first
until before already rest split evenly equally divide divided share shares shared turns
taking""".split())


def solve(problem, text: str):
    """Return the time two workers take together, or None when this is not their problem."""
    from bot.core.arith import doc as docs

    doc = docs.read(problem)
    if doc is not None and skips_periods([t.low for t in doc.all_tokens]):
        return None  # "every other day", "twice a week": not one change per period
    if doc is None:
        return None
    relation = _relation(doc)
    if relation is None:
        return None
    if negated(doc.words) or doc.words & BLOCKING or \
            _question_actor(doc):
        raise NotUnderstood("how the two workers share the job", " ".join(doc.question_words),
                            "two rates added while they work together")
    return _answer(doc, relation, text)


def _relation(doc):
    """Return (sentence index, token index, factor, used ids) of the one "twice as much"."""
    found = []
    for s, tokens in enumerate(doc.given):
        for k, tok in enumerate(tokens[:-2]):
            factor, used = _factor_at(tokens, k)
            if factor is not None and tokens[k + 1].low == "as" and \
                    tokens[k + 2].low in MEASURES:
                found.append((s, k, factor, used))
    return found[0] if len(found) == 1 else None


def _factor_at(tokens, k: int):
    """Return (factor, used ids) for "twice" / "half" at k, or "3 times" ending at k."""
    tok = tokens[k]
    if tok.low in FACTORS:
        return FACTORS[tok.low], set()
    if tok.low == "times" and k > 0 and tokens[k - 1].kind == "number":
        return tokens[k - 1].value, {id(tokens[k - 1])}
    return None, set()


def _actors(tokens) -> list[str]:
    """Return the actor words of a stretch of tokens: names and "her mom"-style nouns."""
    out = []
    for k, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        if tok.low in POSSESSIVES and k + 1 < len(tokens) and tokens[k + 1].kind == "word":
            out.append(tokens[k + 1].low)
        elif tok.text[:1].isupper() and tok.low not in NOT_ACTORS and (
                k == 0 or tokens[k - 1].low not in POSSESSIVES):
            out.append(tok.low)
    return out


def _question_actor(doc) -> bool:
    """Return True when the question names one actor ("How long will Ben take?")."""
    return bool(_actors(list(doc.question)[1:]))


def _rate_and_job(doc, relation):
    """Return (rate quantity, its sentence index, job quantity) or decline."""
    rates, jobs = [], []
    for s, tokens in enumerate(list(doc.given) + [doc.question]):
        for q in qty.read_sentence(list(tokens), question=s == len(doc.given)).quantities:
            if set(q.sources) & relation[3]:
                continue  # the "3" of "3 times as many"
            unit = q.unit_dict()
            if len(unit) == 2 and sum(1 for n in unit if is_time(n)) == 1 and \
                    -1 in unit.values():
                rates.append((q, s))
            elif len(unit) == 1 and list(unit.values()) == [1] and not is_time(next(iter(unit))):
                jobs.append(q)
    if len(rates) != 1 or len(jobs) != 1:
        raise NotUnderstood("which rate and which job the workers share",
                            ", ".join(q.text for q, _ in rates) or "(no rate)")
    rate, s = rates[0]
    thing = next(n for n, e in rate.unit if e == 1)
    if singular(next(iter(jobs[0].unit_dict()))) != thing:
        raise NotUnderstood("what the job is counted in", jobs[0].text, f"{plural(thing)}")
    return rate, s, jobs[0]


def _second_actor(doc, relation, rate_sentence: int) -> bool:
    """Return True when the relation is said of another actor than the rate's."""
    s, k, _, _ = relation
    tokens = list(doc.given[s])
    if s == rate_sentence:
        cut = max((j for j, t in enumerate(tokens[:k]) if t.low in SEPARATORS), default=-1)
        if cut < 0:
            return False
        first, second = _actors(tokens[:cut]), _actors(tokens[cut + 1:k])
    else:
        first, second = _actors(list(doc.given[rate_sentence])), _actors(tokens[:k])
    return bool(second) and second[0] not in first


def _answer(doc, relation, text: str):
    """Add the two rates, divide the job, convert to the asked unit."""
    rate, s, job = _rate_and_job(doc, relation)
    if not _second_actor(doc, relation, s):
        raise NotUnderstood("who works at the related rate", doc.given[relation[0]][0].text,
                            "a second worker: \u201cwhile Ben can paint twice as many\u201d")
    said = [singular(t.low) for t in doc.given[relation[0]][relation[1]:] if t.kind == "word"]
    if any(is_time(w) and w != next(n for n, e in rate.unit if e == -1) for w in said):
        raise NotUnderstood("the time unit of the related rate", " ".join(said))
    used = {i for q in (rate, job) for i in q.sources} | relation[3]
    if any(id(t) not in used for t in doc.numbers()):
        raise NotUnderstood("a number the two-worker job does not use",
                            next(t.text for t in doc.numbers() if id(t) not in used))
    target = read_target(doc.question)
    period = next(n for n, e in rate.unit if e == -1)
    asked = next(iter(target.unit_dict()), "") if target and len(target.unit) == 1 else ""
    if asked == "*time":
        asked = period
    if not asked or not is_time(asked) or target.unit_dict()[next(iter(target.unit_dict()))] != 1:
        raise NotUnderstood("what is asked about the two workers", " ".join(doc.question_words))
    factor = relation[2]
    work = Work()
    other = rate.value * factor
    together = rate.value + other
    work.reading.append(f"One works at \u201c{rate.text}\u201d, the other at {show(factor)} "
                        f"times that; together on \u201c{job.text}\u201d.")
    work.step("related_rate", f"The second rate is {show(factor)} \u00d7 the first.",
              f"{show(rate.value)} \u00d7 {show(factor)} = {show(other)}")
    work.step("joint_rate", "Working together, the rates add.",
              f"{show(rate.value)} + {show(other)} = {show(together)}")
    periods = job.value / together
    work.step("job_time", f"Time = job \u00f7 joint rate (in {plural(period)}).",
              f"{show(job.value)} \u00f7 {show(together)} = {show(periods)}")
    value = periods * size(period) / size(asked)
    if asked != period:
        work.step("convert", f"In {plural(asked)}.",
                  f"{show(periods)} {plural(period)} = {show(value)} {plural(asked)}")
    if value.denominator != 1 and "last" in doc.question_words:
        raise NotUnderstood("how to count a part period", show(value),
                            "a job that lasts a whole number of periods")
    return outcome(work, f"{plural(asked)} to finish together", value, plural(asked), text)
