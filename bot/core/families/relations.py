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

from bot.core.families import _rel_ask as ask
from bot.core.families import _rel_read as reader
from bot.core.families import _rel_solve as solver
from bot.core.families import _rel_tally as tally

ORDER = "after"
HYPOTHETICAL = frozenset("would could should might".split())
# Numberless change verbs outside the relation verbs: a story clause with one changes a value.
CHANGES = frozenset("""doubles doubled triples tripled quadruples quadrupled halves halved
loses lost gives gave trades traded shares shared splits split returns returned adds added
removes removed""".split())


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

    if {t.low for t in doc.given_tokens} & HYPOTHETICAL:
        return None  # "if he had 5 more, he would have as many": not a stated relation
    facts, stories, groups = [], [], []
    for sentence in doc.given:
        for clause in reader.clauses(sentence):
            fact = reader.read_clause(clause)
            if fact is None:
                return None
            if fact == "story":
                stories.append(clause)
            elif isinstance(fact, reader.GroupCount):
                groups.append(fact)
            else:
                facts.append(fact)
    if len(facts) < 2 or all(f.kind == "value" for f in facts):
        return None
    if not _stories_unrelated(stories, facts):
        return None
    kept = _counts_removed(facts)
    checks = [f.text for f in facts if f not in kept] + [g.text for g in groups]
    facts = _pronouns_resolved(kept)
    if facts is None or any(g.count != len(_people(facts)) for g in groups):
        return None  # a group count must match the people named
    given_words = {reader.stem(t.text) for t in doc.given_tokens if t.kind == "word"}
    if ask.new_unit(doc.question, given_words):
        return None
    asked = ask.asked(doc.question, facts)
    if asked is None or not ask.things_agree(facts, doc.question):
        return None
    work = build.Work()
    for text in checks:
        work.step("count_check", f"\u201c{text}\u201d counts the quantities named below; "
                  "it checks the reading and is not added.")
    solved = solver.resolve(facts, work)
    if solved is None:
        return None
    values, targets = solved
    if solver.closure(asked.keys, targets) != set(values):
        return None  # a stated quantity the question does not need: a number left unplaced
    labels = {f.key: f.label for f in facts}
    total = ask.combine(asked, values, labels, work)
    if total is None:
        return None
    label = asked.label
    unit = "%" if asked.kind.startswith("pct") else \
        "dollars" if any(f.money for f in facts) else ""
    work.reading.append(f"{len(facts)} named quantities related to each other; asked: {label}.")
    return work, total, label, unit


def _pronouns_resolved(facts) -> list | None:
    """Return the facts with "him"/"his age" pointed at the one person the problem names
    (a one-word capitalised subject); None when a pronoun has no single such person."""
    from dataclasses import replace

    people = _people(facts)
    out = []
    for fact in facts:
        if fact.other == reader.PRONOUN_KEY:
            if len(people) != 1:
                return None
            fact = replace(fact, other=next(iter(people)))
        elif fact.other == reader.PREVIOUS_KEY:
            if not out or out[-1].key == fact.key:
                return None
            fact = replace(fact, other=out[-1].key, other_label=out[-1].label)
        out.append(fact)
    return out


def _people(facts) -> set:
    """Return the keys of quantities named by one capitalised word (a person's name)."""
    return {f.key for f in facts if " " not in f.label and f.label[:1].isupper()}


def _counts_removed(facts) -> list:
    """Drop a stated count of the quantities themselves ("a cassette with 2 songs" beside
    "the first song", "the second song"): it checks the reading and names no quantity."""
    out = []
    for fact in facts:
        parts = [f for f in facts if f is not fact and fact.thing and fact.thing in f.key]
        referenced = any(f.other == fact.key for f in facts)
        if fact.kind == "value" and len(parts) >= 2 and fact.amount == len(parts) \
                and not referenced:
            continue
        out.append(fact)
    return out


def _stories_unrelated(stories, facts) -> bool:
    """Return True when no numberless clause with a verb names one of the quantities."""
    words = set().union(*(f.key for f in facts))
    for clause in stories:
        stems = {reader.stem(t.text) for t in clause if t.kind == "word"}
        if stems & words and any(t.low in reader.VERBS or t.low in CHANGES for t in clause):
            return False  # "Then Toni gave her plants away", "Max doubles his coins"
    return True
