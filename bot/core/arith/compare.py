"""Two named actors, each with their own rate product; the question asks how much more one
did: "Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour for 2 hours. How
many miles farther did Ann hike?" -> 4 × 3 − 3 × 2 = 6.

Each given sentence belongs to the one actor it names (a sentence opening with he / she /
they continues the previous actor). Each actor's amount is the one unit-analysis product of
their own quantities (and any number the question states for both) that comes out in the
asked unit. "more / farther / further / longer" asks first − second, "fewer / less / shorter"
second − first, where the first actor is the one the question names first.

Declines: not exactly two actors, a sentence naming both, an actor whose quantities give no
or several products in the asked unit, no rate at all (plain "how many more", the
relations family's), a difference that would be negative, several comparison words.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.shapes import names as _names
from bot.core.arith.target import read_target
from bot.core.outcome import Unused

MORE = frozenset("more farther further longer".split())
LESS = frozenset("fewer less shorter".split())
PRONOUNS = frozenset("he she they it".split())
BLOCKING = frozenset("""twice half double triple times percent together both
apart left remaining already except average other another same""".split())


def _actors(doc: Doc, names: set[str], sentences: list) -> dict | None:
    """Return {actor: [quantities]} from the given sentences, or None when unclear."""
    owned: dict[str, list] = {name: [] for name in names}
    current = ""
    for tokens, sentence in zip(doc.given, sentences):
        named = {t.low for t in tokens if t.low in names}
        if len(named) > 1:
            return None
        if named:
            current = next(iter(named))
        elif not tokens or tokens[0].low not in PRONOUNS or not current:
            if sentence.quantities:
                return None
            continue
        owned[current].extend(sentence.quantities)
    return owned


def _amount(quantities: list, target) -> tuple[Fraction, tuple, list] | None:
    """Return the one product of an actor's quantities in the asked unit."""
    from bot.core.arith.rates import _fits

    fits = _fits(quantities, target)
    values = {value for value, _, _, _ in fits}
    if len(values) != 1:
        return None
    value, signs, _, _ = fits[0]
    return value, signs, quantities


def _by_names(doc: Doc, sentences: list, names: set[str]) -> tuple | None:
    """Return (first, its quantities, second, its quantities) for two named actors."""
    asked = [w for w in doc.question_words if w in names]
    owned = _actors(doc, names, sentences[:-1]) if len(names) == 2 and asked else None
    if owned is None:
        return None
    shared = sentences[-1].quantities
    first = asked[0]
    second = next(name for name in names if name != first)
    return first, owned[first] + shared, second, owned[second] + shared, []


def _by_tags(doc: Doc, sentences: list) -> tuple | None:
    """Return the two sides of "how many more hours on english than on chinese": amounts
    told apart by qualifiers, one side named before "than", the other after it (and the
    amounts of a third kind, set aside as not needed)."""
    words = doc.question_words
    if "than" not in words:
        return None
    cut = words.index("than")
    before, after = set(words[:cut]), set(words[cut + 1:])
    given = [q for s in sentences[:-1] for q in s.quantities]
    tagged = [q for q in given if q.tags]
    if not tagged:
        return None
    common = set.intersection(*(set(q.tags) for q in tagged))
    sides: tuple[list, list] = ([], [])
    shared = list(sentences[-1].quantities)
    aside = []
    for q in given:
        own = set(q.tags) - common
        a, b = bool(own & before - after), bool(own & after - before)
        if a and b or own & before & after:
            return None
        if own and not a and not b:
            aside.append(q)  # a third kind the question does not compare
            continue
        (sides[0] if a else sides[1] if b else shared).append(q)
    if not sides[0] or not sides[1] or any(q.unit not in {s.unit for s in sides[0] + sides[1]}
                                           for q in aside):
        return None
    labels = [" ".join(t for t in side[0].tags if t not in common) for side in sides]
    return labels[0], sides[0] + shared, labels[1], sides[1] + shared, aside


def _period_of(q) -> str | None:
    """Return the time unit T of an amount "X per T" (X may itself be a time), or None."""
    from bot.core.arith.units import is_time

    bottom = [n for n, e in q.unit if e == -1]
    if len(q.unit) == 2 and len(bottom) == 1 and is_time(bottom[0]) and \
            any(e == 1 for _, e in q.unit):
        return bottom[0]
    return None


def _per_period(target, first: list, second: list):
    """Return the target per the one period every rate of both sides shares ("how many more
    hours" of two daily amounts compares them per day), or None."""
    from bot.core.arith.target import Target

    pers = {_period_of(q) for q in first + second}
    if len(pers) != 1 or None in pers:
        return None
    period = next(iter(pers))
    unit = dict(target.unit)
    if period in unit:
        return None
    unit[period] = -1
    return Target(tuple(sorted(unit.items())), target.text)


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return how much more one side's rate product is than the other's, or None."""
    from bot.core.arith.rates import _sentences, unit_text

    words = doc.question_words
    comparing = [w for w in words if w in MORE | LESS]
    if len(comparing) != 1 or BLOCKING & doc.words or {"not", "never", "no"} & set(words):
        return None
    if any(t.kind in ("ordinal", "percent") for t in doc.all_tokens):
        return None
    names = _names(doc)
    target = read_target(tuple(t for k, t in enumerate(doc.question) if not (
        t.low in MORE | LESS and k > 0 and doc.question[k - 1].low in ("many", "much"))))
    sentences = _sentences(doc) if target and target.scale == 1 else None
    if not sentences:
        return None
    sides = _by_names(doc, sentences, names) if len(names) == 2 else \
        _by_tags(doc, sentences) if len(names) < 2 else None
    if sides is None:
        return None
    first, mine, second, theirs, aside = sides
    if _amount(mine, target) is None and _amount(theirs, target) is None:
        target = _per_period(target, mine, theirs) or target
    found = {first: _amount(mine, target), second: _amount(theirs, target)}
    placed = {i for q in mine + theirs + aside for i in q.sources}
    if None in found.values() or any(id(t) not in placed for t in doc.numbers()):
        return None
    if not any(_period_of(q) for q in mine + theirs):
        return None
    a, b = found[first][0], found[second][0]
    value = a - b if comparing[0] in MORE else b - a
    if value <= 0:
        return None
    work = Work()
    unit = unit_text(target.unit_dict(), value)
    work.unused.extend(Unused(q.text, show(q.value), "not needed: the question compares "
                              f"{first} and {second}") for q in aside)
    for name in (first, second):
        amount, signs, quantities = found[name]
        shown = [("" if s == 1 else "1 \u00f7 ") + show(q.value) if i == 0 else
                 ("\u00d7 " if s == 1 else "\u00f7 ") + show(q.value)
                 for i, (q, s) in enumerate(zip(quantities, signs))]
        work.reading.append(f"{name.title()}: " + ", ".join(f"\u201c{q.text}\u201d"
                                                          for q in quantities) + ".")
        work.step("rate_product", f"{name.title()}'s amount in {unit}.",
                  " ".join(shown) + f" = {show(amount)}")
    order = (first, second) if comparing[0] in MORE else (second, first)
    work.step("difference", f"Compare ({comparing[0]}): {order[0].title()} minus "
              f"{order[1].title()}.", f"{show(found[order[0]][0])} \u2212 "
              f"{show(found[order[1]][0])} = {show(value)}")
    work.reading.append(f"The question asks how many {unit} {comparing[0]}: "
                        f"\u201c{target.text}\u201d.")
    return work, value, unit, unit
