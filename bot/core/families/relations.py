"""Relations between named quantities: "Toni has 60% more plants than Frederick".

A problem of this family is a set of named quantities (people's things, priced objects),
each given by a value or by a relation to another one (more/fewer by an amount, by a
percent, N times, half, N% of), and a question asking for one of them or for the sum of
several ("in total", "both", "altogether", "combined"). Every clause with a number must be
read as one such fact, every number is used, and numberless story clauses are ignored only
when they name none of the quantities; otherwise the family returns None.

ORDER "after": only problems the law pipeline and the earlier families declined reach it.
"""

from __future__ import annotations

from bot.core.families import _rel_read as reader
from bot.core.families import _rel_solve as solver
from bot.core.families import _rel_tally as tally

ORDER = "after"

SUM_WORDS = frozenset("both altogether total combined together".split())
ASK_BANNED = frozenset("more fewer less than difference percent percentage each per left "
                       "remain remaining average every rate ratio twice half after "
                       "before if now still".split())
AUX = frozenset("do does did are is was were there will would can could".split())
TIME_WORDS = frozenset("second minute hour day week month year decade".split())


def solve(problem, text: str):
    """Return the Outcome of a relations problem, or None when it is not one we can read."""
    from bot.core.arith import build, doc as docs

    doc = docs.read(problem)
    if doc is None:
        return None
    found = _named(doc) or tally.solve(doc)
    if found is None:
        return None
    work, total, label, unit = found
    return build.outcome(work, label, total, unit, text)


def _named(doc):
    """Return (work, value, asked, unit) for named quantities related to each other."""
    from bot.core.arith import build

    facts, stories = [], []
    for sentence in doc.given:
        for clause in reader.clauses(sentence):
            fact = reader.read_clause(clause)
            if fact is None:
                return None
            if fact == "story":
                stories.append(clause)
            else:
                facts.append(fact)
    if len(facts) < 2 or all(f.kind == "value" for f in facts):
        return None
    if not _stories_unrelated(stories, facts):
        return None
    facts = _pronouns_resolved(facts)
    if facts is None:
        return None
    asked = _asked(doc.question, facts)
    if asked is None:
        return None
    keys, label = asked
    if not _things_agree(facts, doc.question):
        return None
    work = build.Work()
    solved = solver.resolve(facts, work)
    if solved is None:
        return None
    values, targets = solved
    if solver.closure(keys, targets) != set(values):
        return None  # a stated quantity the question does not need: a number left unplaced
    total = sum(values[k] for k in keys)
    if len(keys) > 1:
        names = [next(f.label for f in facts if f.key == k) for k in keys]
        work.step("relation_sum", f"Add the {len(keys)} quantities asked for "
                  f"({', '.join(names)}).",
                  " + ".join(build.show(values[k]) for k in keys) + f" = {build.show(total)}")
    unit = "dollars" if any(f.money for f in facts) else ""
    work.reading.append(f"{len(facts)} named quantities related to each other; asked: {label}.")
    return work, total, label, unit


def _pronouns_resolved(facts) -> list | None:
    """Return the facts with "him"/"his age" pointed at the one person the problem names
    (a one-word capitalised subject); None when a pronoun has no single such person."""
    from dataclasses import replace

    people = {f.key for f in facts if " " not in f.label and f.label[:1].isupper()}
    out = []
    for fact in facts:
        if fact.other == reader.PRONOUN_KEY:
            if len(people) != 1:
                return None
            fact = replace(fact, other=next(iter(people)))
        out.append(fact)
    return out


def _things_agree(facts, question) -> bool:
    """Return True when related quantities count the same things: a relation's noun
    ("7 fewer plants than") matches the noun of what it refers to and of the question."""
    things = {f.thing for f in facts if f.thing and f.thing != "time"}
    lows = [t.low for t in question]
    if "many" in lows and things:
        run = []
        for tok in question[lows.index("many") + 1:]:
            if tok.kind != "word" or tok.low in reader.VERBS or tok.low in AUX:
                break
            run.append(reader.stem(tok.text))
        if run and run != ["time"] and not set(run) & things:
            return False
    return len(things) <= 1


def _stories_unrelated(stories, facts) -> bool:
    """Return True when no numberless clause names one of the quantities (it is story)."""
    words = set().union(*(f.key for f in facts))
    for clause in stories:
        if {reader.stem(t.text) for t in clause if t.kind == "word"} & words:
            return False
    return True


def _asked(question, facts) -> tuple[list, str] | None:
    """Return (keys asked, label): one named quantity, or the sum of several."""
    counts = [t for t in question if t.numeric]
    if any(t.kind != "number" for t in counts):
        return None
    lows = [t.low for t in question if t.kind == "word"]
    if set(lows) & ASK_BANNED:
        return None
    stems = {reader.stem(w) for w in lows}
    if stems & TIME_WORDS and not stems & {"old", "age"}:
        return None  # "in a week": a horizon the relations do not carry
    keys = list(dict.fromkeys(f.key for f in facts))
    named = [k for k in keys if k <= stems]
    summed = bool(set(lows) & SUM_WORDS) or "all" in lows
    text = " ".join(t.text for t in question).rstrip(" ?")
    if summed:
        chosen = named if len(named) >= 2 else keys if not named else []
        if "both" in lows and len(chosen) != 2:
            return None
        if chosen and all(t.value == len(chosen) for t in counts):
            return chosen, text
        return None
    widest = [k for k in named if not any(k < other for other in named)]
    if len(widest) == 1 and not counts:
        return widest, text
    return None
