"""Reading for the periods family: one start amount and percent changes tied to ordinal
periods ("in the 1th year it lost 30%", "grew 10% in year 1 and 20% in year 2", "then a
further 5% the next month").

Everything is read from the typed tokens of bot/core/arith/doc.py. Each sentence is a run
of events: P (a signed percent change) and L (a period label). A sentence whose first event
is a label pairs every label with the percent right after it ("In the 1th year it lost
30%"); otherwise every percent takes the label right after it ("grew 10% in the 1th year
and 20% in the 2th year"). A percent without a label must be chained ("then", "another",
"a further") and takes the period after the previous one. Anything that does not fit this
shape raises NotUnderstood naming the part, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.tokens import Tok
from bot.core.arith.units import is_time, singular
from bot.core.errors import NotUnderstood

UP = frozenset("""grew grow grows increased increase increases rose rise rises gained gain
gains appreciated appreciate appreciates climbed climbs climb jumped jumps up""".split())
DOWN = frozenset("""lost lose loses fell fall falls decreased decrease decreases depreciated
depreciate depreciates declined decline declines dropped drop drops shrank shrinks shrink
reduced reduces dipped dips down cut cuts slashed""".split())
UP_NOUNS = frozenset("increase rise gain growth jump appreciation".split())
DOWN_NOUNS = frozenset("decrease drop fall loss decline depreciation reduction dip".split())
CHAIN = frozenset("then another further".split())
SEPARATORS = frozenset("then and but while after ; whereas".split())
RELATIVE = frozenset("next following".split())
LABEL_PREPS = frozenset("in during over for of through".split())
BASE_WORDS = frozenset("""original initial purchase cost starting start beginning bought
first new paid""".split())
SUBJECT_STOP = frozenset("""the a an its it their his her this that these those they he she
of was were is are had has have also again by to be been value worth price amount total
""".split())
LATER_WORDS = frozenset("after now then end left remains remaining later ago".split())
ORDINAL_WORDS = frozenset("""first second third fourth fifth sixth seventh eighth ninth
tenth""".split())
BLOCKING = frozenset("""each every per annually annual yearly monthly weekly daily quarterly
compound compounded compounding interest than more less points point twice half double
times both together respectively sold sell sells selling profit discount tax same rate
rates average""".split())


@dataclass(frozen=True)
class Change:
    """One percent change: its token, +1 or -1, its 1-based period and the period unit."""

    tok: Tok
    sign: int
    period: int
    unit: str


@dataclass(frozen=True)
class Label:
    """A period label: absolute number (None for "the next year") and its unit."""

    number: int | None
    unit: str


def decline(what: str, tokens) -> NotUnderstood:
    """Return the NotUnderstood naming the tokens of the part that did not fit."""
    quote = " ".join(t.text for t in tokens).strip(" .?")
    return NotUnderstood(what, quote, "percent changes each tied to its period, such as "
                         "\u201cin the first year it lost 30%, in the second year 20%\u201d")


def ordinal(tok: Tok) -> int | None:
    """Return n of a normalised ordinal token "2th" / "3rd", else None."""
    digits, tail = tok.low[:-2], tok.low[-2:]
    if tok.kind == "ordinal" and digits.isdigit() and tail in ("st", "nd", "rd", "th"):
        return int(digits)
    return None


def _label_at(tokens, k: int):
    """Return (Label, token ids used) of a period label starting at k, else None.

    "1th year", "year 2" (after in/during/...), "next year" / "following month"."""
    tok, nxt = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    after = singular(nxt.text) if nxt is not None and nxt.kind == "word" else ""
    if tok.kind == "ordinal":
        n = ordinal(tok)
        if n is None or not is_time(after):
            raise decline("which period a change belongs to", tokens[k:k + 3])
        return Label(n, after), set()
    if tok.kind == "word" and tok.low in RELATIVE and is_time(after):
        return Label(None, after), set()
    if tok.kind == "word" and is_time(singular(tok.text)) and nxt is not None and \
            nxt.kind == "number" and k > 0 and tokens[k - 1].low in LABEL_PREPS:
        if nxt.value.denominator != 1 or nxt.value < 1:
            raise decline("which period a change belongs to", tokens[k:k + 2])
        return Label(int(nxt.value), singular(tok.text)), {id(nxt)}
    return None


def _sign(tokens, k: int, previous: int | None) -> int | None:
    """Return +1/-1 of the percent at k: a noun right after it ("a 10% drop"), else the
    nearest change verb before it in the sentence, else `previous` (only after "another",
    "a further"), else None; None too when a change verb follows it in its own phrase."""
    after = [t.low for t in tokens[k + 1:k + 3] if t.kind == "word"]
    if after and after[0] in UP_NOUNS | DOWN_NOUNS:
        return 1 if after[0] in UP_NOUNS else -1
    if {t.low for t in _segment_after(tokens, k)} & (UP | DOWN):
        return None  # "10% was lost in the first year": the verb after, read no further
    for tok in reversed(tokens[:k]):
        if tok.low in UP:
            return 1
        if tok.low in DOWN:
            return -1
    return previous


def _check_base(tokens, k: int) -> None:
    """Decline "30% of its original value" / "of the cost" (a change on a fixed base is
    straight-line, not successive) and "to 110%" (a level, not a change)."""
    if k > 0 and tokens[k - 1].low == "to":
        raise decline("a percent that is a level, not a change", tokens[k - 1:k + 1])
    tail = [t.low for t in _segment_after(tokens, k)]
    if tail[:1] == ["of"] and set(tail) & BASE_WORDS:
        raise decline("a percent of the original value (not of the value before it)",
                       tokens[k:k + 1 + len(tail)])


def _segment_after(tokens, k: int) -> list:
    """Return the tokens after the percent at k up to the next percent, joining word or
    the end of the sentence (the phrase that still belongs to that change)."""
    out = []
    for tok in tokens[k + 1:]:
        if tok.kind == "percent" or tok.low in SEPARATORS:
            break
        out.append(tok)
    return out


def _events(tokens, previous_sign: int | None):
    """Return the sentence's events [("P", k, sign) | ("L", k, Label)], the ids of label
    numbers, and the last sign seen."""
    events, used, sign = [], set(), previous_sign
    for k, tok in enumerate(tokens):
        if tok.kind == "percent":
            _check_base(tokens, k)
            chained = bool(CHAIN & {t.low for t in tokens[max(0, k - 3):k]})
            found = _sign(tokens, k, sign if chained else None)
            if found is None:
                raise decline("whether a percent is a rise or a fall",
                               tokens[max(0, k - 3):k + 1])
            sign = found
            events.append(("P", k, found))
            continue
        label = _label_at(tokens, k)
        if label is not None:
            events.append(("L", k, label[0]))
            used |= label[1]
    return events, used, sign


def _chained(tokens, start: int, k: int) -> bool:
    """Return True when the segment before the percent at k holds "then"/"another"/"further"."""
    return bool(CHAIN & {t.low for t in tokens[start:k]})


def _separated(tokens, a: int, b: int) -> bool:
    """Return True when a joining word ("and", "then", "but", ";") lies between
    token positions a and b: a label and a percent on either side of it are not paired."""
    low, high = sorted((a, b))
    return any(t.low in SEPARATORS for t in tokens[low + 1:high])


def _candidates(tokens, events, i: int) -> list[int]:
    """Return the event indexes of the percents next to label event i, not separated."""
    return [j for j in (i - 1, i + 1) if 0 <= j < len(events) and events[j][0] == "P"
            and not _separated(tokens, events[j][1], events[i][1])]


def _pair(tokens, events):
    """Return [(percent index, sign, Label | None)] of one sentence (None: unlabeled).

    Every label goes to the one percent next to it, not across a joining word; a label
    between two such percents goes to the one the other labels leave free. A label with
    no percent, two labels on one percent, or a choice left open declines."""
    pending = {i: _candidates(tokens, events, i) for i, e in enumerate(events) if e[0] == "L"}
    labels: dict[int, Label] = {}
    while pending:
        progress = False
        for i, cands in list(pending.items()):
            free = [j for j in cands if j not in labels]
            if not free:
                raise decline("which change a period belongs to", tokens[events[i][1]:][:3])
            if len(free) == 1:
                labels[free[0]] = events[i][2]
                del pending[i]
                progress = True
        if not progress:
            at = events[min(pending)][1]
            raise decline("which change a period belongs to", tokens[at:at + 3])
    return [(e[1], e[2], labels.get(j)) for j, e in enumerate(events) if e[0] == "P"]


def _numbered(tokens, pairs, last: Change | None) -> list[Change]:
    """Give every pair its absolute period: labels as stated, "next year" and chained
    percents the period after the previous change."""
    out, previous_at = [], 0
    for at, sign, label in pairs:
        if label is None and not (_chained(tokens, previous_at, at) and last is not None):
            raise decline("which period a change belongs to", tokens[previous_at:at + 1])
        if label is None or label.number is None:
            if last is None:
                raise decline("which period a change belongs to", tokens[previous_at:at + 1])
            unit = label.unit if label is not None else last.unit
            label = Label(last.period + 1, unit)
        last = Change(tokens[at], sign, label.number, label.unit)
        out.append(last)
        previous_at = at + 1
    return out


def _subject(tokens, k: int) -> set[str]:
    """Return the content words of the phrase before the percent at k (back to the sentence
    start, a joining word or the previous percent): what the change is a change of."""
    out = set()
    for tok in reversed(tokens[:k]):
        if tok.kind == "percent" or tok.low in SEPARATORS:
            break
        low = tok.low
        if tok.kind == "word" and low not in SUBJECT_STOP and not is_time(singular(low)) \
                and low not in UP | DOWN | CHAIN | RELATIVE | LABEL_PREPS:
            out.add(singular(low))
    return out


def _one_subject(found, subjects) -> None:
    """Decline when two changes name different things ("the population grew 10% ... and the
    number of houses grew 20%"): a second quantity."""
    named = [(c, words) for c, words in zip(found, subjects) if words]
    for (c1, w1), (c2, w2) in zip(named, named[1:]):
        if not w1 & w2:
            raise decline("two different things changing", [c1.tok, c2.tok])


def blocked(words: set[str]) -> set[str]:
    """Return the words that put a problem outside this family (rates per period, a second
    base, trade, percentage points, unnormalised ordinals)."""
    return words & (BLOCKING | ORDINAL_WORDS)


def changes(doc):
    """Return ([Change] sorted by period, ids of label numbers) of the given sentences.

    Declines a skipped or repeated period, mixed period units or a fall of more than 100%."""
    found, used, sign, subjects = [], set(), None, []
    for tokens in map(list, doc.given):
        events, ids, sign = _events(tokens, sign)
        used |= ids
        found += _numbered(tokens, _pair(tokens, events), found[-1] if found else None)
        subjects += [_subject(tokens, at) for kind, at, _ in events if kind == "P"]
    if not found:
        return [], used
    _one_subject(found, subjects)
    periods = sorted(c.period for c in found)
    everything = [t for s in doc.given for t in s]
    if periods != list(range(1, len(found) + 1)):
        raise decline("a period skipped or stated twice", everything[-8:])
    if len({c.unit for c in found}) != 1:
        raise decline("changes over periods of different lengths", everything[-8:])
    for c in found:
        if c.sign < 0 and c.tok.value > 100:
            raise decline("a fall of more than 100%", [c.tok])
    return sorted(found, key=lambda c: c.period), used


def start(doc, used: set) -> Tok:
    """Return the one stated amount that is not a percent or a period number, or decline
    (a second amount is a second quantity, a price per item, or a change by an amount)."""
    amounts = [t for s in doc.given for t in s
               if t.numeric and t.kind != "percent" and id(t) not in used]
    if len(amounts) != 1:
        raise decline("which number is the starting amount", amounts or list(doc.question))
    percents = [t for s in doc.given for t in s if t.kind == "percent"]
    order = [t for s in doc.given for t in s]
    sentence = next(list(s) for s in doc.given if any(t is amounts[0] for t in s))
    head = sentence[:next((k for k, t in enumerate(sentence) if t.kind == "percent"),
                          len(sentence))]
    if _index(order, amounts[0]) > _index(order, percents[0]) or \
            {t.low for t in head} & LATER_WORDS:
        raise decline("an amount stated after the changes, not before them", sentence)
    return amounts[0]


def _index(tokens, tok) -> int:
    """Return the position of the very token `tok` (identity, not equality) in tokens."""
    return next(k for k, t in enumerate(tokens) if t is tok)


def fraction_of(tok: Tok, sign: int) -> Fraction:
    """Return the multiplier 1 ± p/100 of a percent change token."""
    return 1 + sign * tok.value / 100
