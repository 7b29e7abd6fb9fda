"""Quantities with units read from typed tokens: "6 lemons per tree per year" -> 6 lemon/(tree·year).

A quantity is a stated number with a unit written as exponents of unit names
(`{"lemon": 1, "tree": -1, "year": -1}`). Per-phrases bind right after the number's noun
("per hour", "a day", "every 2 weeks", "/minute", "on a single GPU", "in 4 years"); a
sentence-level "each dog" / "every day" binds to the one quantity of its sentence. "for a
week" / "in a decade" are implicit durations (1 week, 1 decade) that must be used too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

from bot.core.arith.tokens import Tok
from bot.core.arith.units import COMPOUND, SIZES, is_time, singular

STOP = frozenset("""a an the per each every of in on at for to from with by and or but if that
which who whom than as into over during after before while when then so this these those it
he she they we you i his her their its our my your is are was were be been will would can
could shall should may might must has have had does do did more less fewer left remaining
total all long old tall high wide deep away ago later earlier apart each other some any no
not only just about around nearly approximately exactly altogether together how what many
much there here per now today yesterday tomorrow respectively takes take took lasts costs
cost needs need makes make""".split())
DURATION_PREPS = ("in", "for", "over", "during", "within", "after")
ONE_WORDS = ("a", "an", "one")
ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
           "hourly": "hour", "annually": "year", "nightly": "night"}
ADJECTIVES = ("long", "tall", "high", "wide", "deep", "heavy", "old", "each")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit exponents; `sources` are the ids of the tokens it consumed."""

    value: Fraction
    unit: tuple[tuple[str, int], ...]
    text: str
    sources: tuple[int, ...] = ()
    question: bool = False
    tags: tuple[str, ...] = ()  # qualifiers: "soda" bottles, drums "of grapes", "today"
    divided: tuple[Fraction, ...] = ()  # (stated amount, count) of "1200 widgets in 8 hours"
    span: tuple[int, int] = (0, 0)  # token indices [start, end) in its sentence

    def unit_dict(self) -> dict[str, int]:
        """Return the unit exponents as a dict."""
        return dict(self.unit)


def freeze(unit: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """Return unit exponents as a sorted tuple without zero exponents."""
    return tuple(sorted((name, exp) for name, exp in unit.items() if exp))


def _word(tokens: list[Tok], i: int) -> str:
    """Return the lower-case word at i, or "" when i is out of range or not a word."""
    return tokens[i].low if 0 <= i < len(tokens) and tokens[i].kind == "word" else ""


def noun_at(tokens: list[Tok], i: int, single: bool = False) -> tuple[dict[str, int], int]:
    """Return the unit of the noun phrase starting at i ({} when none) and the next index.

    `single` reads one word (after "each", "per": "each GPU experiences" names the GPU)."""
    word = _word(tokens, i)
    if not word:
        return {}, i
    name = singular(tokens[i].text)
    if name in COMPOUND:
        return dict(COMPOUND[name]), i + 1
    if name in SIZES:
        if _word(tokens, i + 1) == "of" and _word(tokens, i + 2) and \
                _word(tokens, i + 2) not in STOP:
            return {name: 1}, i + 3  # "15 kg of meat": the unit is the measure
        return {name: 1}, i + 1
    words, j = [], i
    while j < len(tokens) and len(words) < (1 if single else 3):
        word = _word(tokens, j)
        if not word or word in STOP or word.endswith("ly") or not word.isalpha():
            break
        words.append(tokens[j].text)
        j += 1
        if singular(tokens[j - 1].text) in SIZES:
            break
    if not words:
        return {}, i
    plural = [w for w in words if w.lower().endswith("s") and not w.lower().endswith("ss")]
    head = plural[0] if plural else words[0]
    j = i + words.index(head) + 1
    return {singular(head): 1}, j


def _per(tokens: list[Tok], j: int, question: bool) -> tuple[dict[str, int], Fraction, int]:
    """Read one per-phrase at j: (unit to divide by, its count, next index) or ({}, 1, j).

    A count inside the phrase ("every 2 hours", "in 4 years") is a token between j and the
    returned index; the caller marks it consumed."""
    word = tokens[j].text if j < len(tokens) else ""
    low = word.lower()
    if low in ("per", "each", "every", "/") and _word(tokens, j + 1) != "of":
        count, k = Fraction(1), j + 1
        if k < len(tokens) and tokens[k].kind == "number":
            count, k = tokens[k].value, k + 1
        unit, end = noun_at(tokens, k, single=True)
        if len(unit) == 1 and next(iter(unit.values())) == 1:
            return unit, count, end
    if low in ADVERBS:
        return {ADVERBS[low]: 1}, Fraction(1), j + 1
    if low in ONE_WORDS[:2]:
        unit, end = noun_at(tokens, j + 1)
        if len(unit) == 1 and is_time(next(iter(unit))):
            return unit, Fraction(1), end
    if low in ("on", "for", "with", "using"):
        k = j + 1
        if _word(tokens, k) in ONE_WORDS[:2] and _word(tokens, k + 1) == "single":
            k += 2
        elif k < len(tokens) and tokens[k].kind == "number" and tokens[k].value == 1:
            k += 1
        if k > j + 1:
            unit, end = noun_at(tokens, k, single=True)
            if len(unit) == 1:
                return unit, Fraction(1), end
    if low == "in" and not question:
        k, count = j + 1, None
        if k < len(tokens) and tokens[k].kind == "number":
            count = tokens[k].value
        elif _word(tokens, k) in ONE_WORDS + ("each", "every"):
            count = Fraction(1)
        if count:
            unit, end = noun_at(tokens, k + 1, single=True)
            name = next(iter(unit)) if len(unit) == 1 else ""
            if name and (is_time(name) or tokens[k].kind != "number"):
                return unit, count, end
    return {}, Fraction(1), j


@dataclass
class Sentence:
    """Quantities of one sentence and its sentence-level per-words ("each dog")."""

    quantities: list[Quantity] = field(default_factory=list)
    pending: list[tuple[str, bool]] = field(default_factory=list)  # (noun, from "each of")
    consumed: set[int] = field(default_factory=set)


def read_sentence(tokens: list[Tok], question: bool = False) -> Sentence:
    """Return the quantities stated in one token list (a sentence or the question)."""
    out = Sentence()
    if len(tokens) > 2 and tokens[0].low in ("a", "an", "each", "every") and not question:
        unit, _ = noun_at(tokens, 1, single=True)
        if len(unit) == 1 and not is_time(next(iter(unit))):
            out.pending.append((next(iter(unit)), False))  # "An annotator labels ..."
            if tokens[0].low in ("each", "every"):
                out.pending.pop()  # read again below as a sentence-level "each"
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind in ("number", "money"):
            i = _read_quantity(tokens, i, question, out)
            continue
        low = tok.low
        if low in ("each", "every", "per") and i + 1 < len(tokens):
            k = i + 1
            if _word(tokens, k) == "of":
                k += 2 if _word(tokens, k + 1) == "the" else 1
                if k < len(tokens) and tokens[k].kind == "number":
                    unit, _ = noun_at(tokens, k + 1)
                    out.pending.extend((name, True) for name in unit)
                i += 1
                continue
            unit, end = noun_at(tokens, k, single=True)
            if len(unit) == 1:
                out.pending.append((next(iter(unit)), False))
                i = end
                continue
        if low == "half" and _word(tokens, i + 1) in ONE_WORDS[:2]:
            unit, end = noun_at(tokens, i + 2, single=True)
            if len(unit) == 1 and is_time(next(iter(unit))):
                text = " ".join(t.text for t in tokens[i:end])
                out.quantities.append(Quantity(Fraction(1, 2), freeze(unit), text, (),
                                               question))
                i = end
                continue
        if low in DURATION_PREPS and _word(tokens, i + 1) in ONE_WORDS:
            unit, end = noun_at(tokens, i + 2)
            if len(unit) == 1 and is_time(next(iter(unit))):
                text = " ".join(t.text for t in tokens[i:end])
                out.quantities.append(Quantity(Fraction(1), freeze(unit), text, (),
                                               question))
                i = end
                continue
        i += 1
    _merge_takes(tokens, out)
    share_per(tokens, out)
    return out


TAKES = ("takes", "take", "took", "lasts", "last", "costs", "cost", "needs", "need")


def _merge_takes(tokens: list[Tok], out: Sentence) -> None:
    """Read "1 epoch takes 45 minutes" / "5 apples cost $2" as one rate (45 minutes per
    epoch): a counted quantity, a takes/costs verb, then a second quantity."""
    if len(out.quantities) != 2:
        return
    first, second = out.quantities
    if len(first.unit) != 1 or first.unit[0][1] != 1 or len(second.unit) != 1:
        return
    ends = [k for k, t in enumerate(tokens) if id(t) in second.sources]
    starts = [k for k, t in enumerate(tokens) if id(t) in first.sources]
    if not ends or not starts or ends[0] - starts[0] > 4 or not any(
            t.low in TAKES for t in tokens[starts[0]:ends[0]]):
        return
    unit = dict(second.unit)
    unit[first.unit[0][0]] = unit.get(first.unit[0][0], 0) - 1
    out.quantities[:] = [Quantity(second.value / first.value, freeze(unit),
                                  f"{first.text} takes {second.text}",
                                  first.sources + second.sources, second.question)]


def _read_quantity(tokens: list[Tok], i: int, question: bool, out: Sentence) -> int:
    """Read the quantity whose number is at i into `out`; return the next index."""
    tok = tokens[i]
    value, j, sources = tok.value, i + 1, (id(tok),)
    divided: tuple[Fraction, ...] = ()
    if tok.kind == "money":
        unit = {"dollar": 1}
    else:
        if _word(tokens, j) in ("dozen", "dozens"):
            value, j = value * 12, j + 1
        if j + 1 < len(tokens) and tokens[j].text == "-" and _word(tokens, j + 1):
            j += 1  # "a 25-mile ride": the hyphen joins the number to its unit
        unit, j = noun_at(tokens, j)
    tags = _tags(tokens, i + 1, j)
    container = _word(tokens, i - 2) if _word(tokens, i - 1) == "of" else ""
    if container and container not in STOP and singular(container) != container and \
            not is_time(singular(container)):
        unit[singular(container)] = unit.get(singular(container), 0) - 1
    while True:
        per, count, end = _per(tokens, _skip_filler(tokens, j), question)
        if not per:
            break
        name = next(iter(per))
        if is_time(name) and any(e < 0 and is_time(n) for n, e in unit.items()) and \
                _word(tokens, _skip_filler(tokens, j)) in ("for", "in"):
            break  # "6 miles per hour for 1 hour" / "6 mph in 30 minutes": a length of time
        if unit.get(name, 0) >= 0:  # "records of 500 bytes per record" says it once
            unit[name] = unit.get(name, 0) - 1
        counts = [t for t in tokens[j:end] if t.kind == "number"]
        sources += tuple(id(t) for t in counts)
        if count != 1:
            divided = (value, count)
        value, j = value / count, end
    text = " ".join(t.text for t in tokens[i:j])
    if tok.kind == "money":
        tags = _on_tags(tokens, j)
    out.quantities.append(Quantity(value, freeze(unit), text, sources, question,
                                   tags, divided, (i, j)))
    out.consumed.update(sources)
    return j


WHEN = frozenset("yesterday today tomorrow morning afternoon evening night monday tuesday "
                 "wednesday thursday friday saturday sunday".split())


def _tags(tokens: list[Tok], start: int, end: int) -> tuple[str, ...]:
    """Return the qualifier words of a quantity: its noun phrase minus the head, then
    "of <word>" and a time-of-day word right after it."""
    words = [t.low for t in tokens[start:end - 1] if t.kind == "word"]
    k = end
    if _word(tokens, k) == "of" and _word(tokens, k + 1) and _word(tokens, k + 1) not in STOP:
        words.append(_word(tokens, k + 1))
        k += 2
    if _word(tokens, k) in ("on", "in", "during", "this", "last") and _word(tokens, k + 1) in WHEN:
        k += 1
    if _word(tokens, k) in WHEN:
        words.append(_word(tokens, k))
    return tuple(words) + _on_tags(tokens, k)


def _on_tags(tokens: list[Tok], k: int) -> tuple[str, ...]:
    """Return what an amount is spent on: "6 hours on learning english" -> learning,
    english; "$4 on lunch" -> lunch (the words that tell such amounts apart)."""
    if _word(tokens, k) != "on":
        return ()
    words = []
    for j in range(k + 1, min(k + 3, len(tokens))):
        word = _word(tokens, j)
        if not word or word in STOP:
            break
        words.append(word)
    return tuple(words)


PER_STARTS = ("per", "each", "every", "/", "in", "a", "an")


def _skip_filler(tokens: list[Tok], j: int) -> int:
    """Skip "long", "to train" or "of grapes" between a quantity and its per-phrase ("8
    inches long in", "90 drums of grapes per day")."""
    if _word(tokens, j) == "of" and _word(tokens, j + 1) and _word(tokens, j + 1) not in STOP \
            and _word(tokens, j + 2) in PER_STARTS:
        return j + 2
    for width in (1, 2):
        words = [_word(tokens, k) for k in range(j, j + width)]
        if not all(words):
            return j
        if (width == 1 and words[0] in ADJECTIVES) or (width == 2 and words[0] == "to"):
            nxt = tokens[j + width].low if j + width < len(tokens) else ""
            if nxt in PER_STARTS:
                return j + width
    return j


def attach_pending(sentence: Sentence, known: set[str]) -> bool:
    """Bind sentence-level per-words to the sentence's one quantity (or to every amount of
    a list of one kind: "every day he spends 6 hours on A and 7 hours on B"); False when
    ambiguous. A sentence that states no number ("the same amount each day") binds none."""
    for name, each_of in sentence.pending:
        if name not in known and not is_time(name):
            continue
        if not sentence.quantities:
            continue
        if any(name in q.unit_dict() for q in sentence.quantities if q.sources) and \
                not each_of and len(sentence.quantities) == 1:
            continue  # already "per parameter" from its own phrase
        if not each_of and any(q.unit == ((name, 1),) for q in sentence.quantities):
            continue  # "4 machines ... each machine": each of the counted ones
        targets = [q for q in sentence.quantities
                   if name not in q.unit_dict() and q.sources] or \
            [q for q in sentence.quantities if name not in q.unit_dict()]
        if len(targets) != 1 and not _one_kind(targets, sentence.quantities):
            return False
        for target in targets:
            unit = target.unit_dict()
            unit[name] = -1
            index = sentence.quantities.index(target)
            sentence.quantities[index] = replace(target, unit=freeze(unit),
                                                 text=f"{target.text} (per {name})")
    return True


def _one_kind(targets: list[Quantity], everything: list[Quantity]) -> bool:
    """Return True when the targets are every quantity of the sentence, all stated, all of
    one plain unit and told apart by qualifiers (a list the per-word applies to)."""
    units = {q.unit for q in targets}
    return len(targets) > 1 and len(targets) == len(everything) and len(units) == 1 and \
        all(q.sources and q.tags for q in targets) and \
        all(e > 0 for _, e in next(iter(units))) and len({q.tags for q in targets}) == len(targets)


def share_per(tokens: list[Tok], sentence: Sentence) -> None:
    """Give "31 sacks of ripe oranges and 24 sacks of unripe oranges per day" (or "4 apples
    and 3 pears a week") its per-phrase on every item: a plain counted amount joined by "and"
    / "," straight to the next amount, which is per something, takes that same per-unit."""
    items = sentence.quantities
    for k in range(len(items) - 2, -1, -1):
        first, second = items[k], items[k + 1]
        between = [t.low for t in tokens[first.span[1]:second.span[0]]]
        if between[:1] == ["of"] and len(between) > 2 and between[1] not in STOP:
            between = between[2:]  # "40 sacks of wheat and 25 sacks of rye per day"
        if not between or any(w not in ("and", ",") for w in between):
            continue
        plain = dict(first.unit)
        extra = {n: e for n, e in second.unit if e < 0}
        top = {n: e for n, e in second.unit if e > 0}
        if first.divided or second.divided or len(plain) != 1 or len(top) != 1 or \
                any(e != 1 for e in plain.values()) or not extra or \
                any(is_time(n) for n in plain) or set(plain) & set(extra):
            continue  # "4 apples and 3 oranges per week"; not "3 hours and 20 miles per hour"
        plain.update(extra)
        per = " per ".join(sorted(extra))
        items[k] = replace(first, unit=freeze(plain), text=f"{first.text} (per {per})")
