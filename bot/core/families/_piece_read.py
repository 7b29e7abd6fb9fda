"""Reading for the piecewise family: rates per period ("10% per year", "2 cm a week"), the
durations that bound them ("for the first 3 years", "for 2 years") and the points where a
new rate starts ("after 3 years", "from the 4th year on").

Everything is read from the typed tokens of bot/core/arith/doc.py, one sentence at a time.
Each sentence is a run of events: R (a rate), D (a duration) and B (a start point). A D or
B goes to the rate next to it in its sentence, not across a joining word ("then", "and",
";", "after which"); when two rates are next to it, to the one the other events leave free,
else (a D only) to the rate before it. Every number must be placed: anything else declines
with NotUnderstood naming the part, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.tokens import Tok
from bot.core.arith.units import is_time, singular
from bot.core.errors import NotUnderstood
from bot.core.families._periods_read import DOWN, UP, ordinal

PER = frozenset("per a an each every".split())
ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
           "daily": "day", "hourly": "hour"}
DURATION_PREPS = frozenset("for over during".split())
DURATION_MODS = frozenset("1th next following another remaining".split())
BREAKS = frozenset("then and but ; after from starting beginning while whereas".split())
START_WORDS = frozenset("from starting beginning".split())
ON_WORDS = frozenset("on onward onwards".split())
RATE_NOUNS = {"growth": 1, "increase": 1, "decay": -1, "decline": -1, "decrease": -1,
              "depreciation": -1, "loss": -1}
RATE_VERBS = frozenset("slows slowed slow accelerates accelerated".split())
MORE_UP = frozenset("grows adds added add deposits deposited saves saved".split())
MORE_DOWN = frozenset("""decays decayed decay shrinks withdraws withdrew spends spent melts
melted melt burns burned evaporates evaporated leaks leaked""".split())
CHANGE_WORDS = UP | DOWN | MORE_UP | MORE_DOWN | RATE_VERBS | set(RATE_NOUNS)


@dataclass
class Phase:
    """One rate: its token, +1/-1, "percent" or "amount", the period unit, the duration
    (in the period unit, None: open) and the start point (None: when the one before ends)."""

    tok: Tok
    sign: int
    kind: str
    unit: str
    at: int
    duration: tuple[Fraction, Tok, str] | None = None
    start: tuple[Fraction, Tok, str] | None = None
    amount_unit: str = ""


def decline(what: str, tokens) -> NotUnderstood:
    """Return the NotUnderstood naming the tokens of the part that did not fit."""
    quote = " ".join(t.text for t in tokens).strip(" .?")
    return NotUnderstood(what, quote, "a rate per period with how long it lasts, such as "
                         "\u201cgrows 10% per year for 2 years, then 5% per year\u201d")


def per_unit(tokens, k: int) -> str | None:
    """Return the time unit of "per year" / "a week" / "annually" starting at k, else None."""
    if k < len(tokens) and tokens[k].low in ADVERBS:
        return ADVERBS[tokens[k].low]
    if k + 1 < len(tokens) and tokens[k].low in PER and is_time(singular(tokens[k + 1].text)):
        return singular(tokens[k + 1].text)
    return None


def _of_value(tokens, k: int) -> int:
    """Return 3 for "of its value" / "of their value" at k (the value before, kept), else 0."""
    lows = [t.low for t in tokens[k:k + 3]]
    return 3 if lows[:1] == ["of"] and lows[1:2] in (["its"], ["their"]) and \
        lows[2:] == ["value"] else 0


def rate_at(tokens, k: int):
    """Return (kind, period unit, amount unit) of a rate starting at k, else None: "10% per
    year", "500 per year", "$50 a month", "2 cm per week"."""
    tok = tokens[k]
    if tok.kind == "percent" and per_unit(tokens, k + 1 + _of_value(tokens, k + 1)):
        return "percent", per_unit(tokens, k + 1 + _of_value(tokens, k + 1)), ""
    if tok.kind in ("number", "money") and per_unit(tokens, k + 1):
        return "amount", per_unit(tokens, k + 1), "dollar" if tok.kind == "money" else ""
    if tok.kind == "number" and k + 1 < len(tokens) and tokens[k + 1].kind == "word" and \
            not is_time(singular(tokens[k + 1].text)) and per_unit(tokens, k + 2):
        return "amount", per_unit(tokens, k + 2), singular(tokens[k + 1].text)
    return None


def span_at(tokens, k: int):
    """Return (kind "D" | "B", value, unit, last index) of a duration "for [the first] 3
    years" or a start "after 3 years" / "from the 4th year on" at k, else None."""
    low = tokens[k].low
    j = k + 1
    if low in DURATION_PREPS or low in ("after", "in"):
        if j < len(tokens) and tokens[j].low == "the":
            j += 1
        mod = tokens[j].low if j < len(tokens) and tokens[j].low in DURATION_MODS else ""
        if low == "after" and mod not in ("", "1th") or low == "in" and \
                mod not in ("1th", "next", "following"):
            return None  # "after another 2 years": since when? "in 3 years": a time, not a span
        j += bool(mod)
        if j + 1 < len(tokens) and tokens[j].kind == "number" and \
                is_time(singular(tokens[j + 1].text)):
            kind = "B" if low == "after" else "D"
            return kind, tokens[j], singular(tokens[j + 1].text), j + 1
        return None
    if low in START_WORDS:
        return _from_ordinal(tokens, k)
    return None


def _from_ordinal(tokens, k: int):
    """Return ("B", K − 1, unit, last index) of "from the 4th year on", "starting in the
    3rd month", "beginning with year 5", else None."""
    j = k + 1
    while j < len(tokens) and tokens[j].low in ("in", "with", "the", "from"):
        j += 1
    if j + 1 >= len(tokens):
        return None
    first, second = tokens[j], tokens[j + 1]
    if first.kind == "ordinal" and is_time(singular(second.text)) and ordinal(first):
        n, unit, last = ordinal(first), singular(second.text), j + 1
    elif is_time(singular(first.text)) and second.kind == "number" and \
            second.value.denominator == 1:
        n, unit, last = int(second.value), singular(first.text), j + 1
    else:
        return None
    if tokens[k].low == "from" and (last + 1 >= len(tokens) or
                                    tokens[last + 1].low not in ON_WORDS):
        return None  # "from the 4th year" alone could be a count from, not a start
    return "B", Tok("number", str(n - 1), Fraction(n - 1)), unit, last + (tokens[k].low == "from")


def level_rate(tokens, k: int):
    """Return ("percent", "", "") for a new rate stated as a level of the rate: "the growth
    rate falls to 4%" (its period is the previous rate's), else None."""
    words = _clause(tokens, k)
    if tokens[k].kind == "percent" and words[-1:] == ["to"] and \
            ("rate" in words or set(words) & set(RATE_NOUNS)) and not per_unit(tokens, k + 1):
        return "percent", "", ""
    return None


def _events(tokens):
    """Return the sentence's events [(kind, index, data)] and the indexes they cover."""
    events, covered, k = [], set(), 0
    while k < len(tokens):
        rate = rate_at(tokens, k) or level_rate(tokens, k)
        span = None if rate else span_at(tokens, k)
        if rate:
            events.append(("R", k, rate))
            covered.add(k)
        elif span:
            events.append((span[0], k, span))
            covered |= set(range(k, span[3] + 1))
            k = span[3]
        k += 1
    return events, covered


def _separated(tokens, a: int, b: int) -> bool:
    """Return True when a joining word lies strictly between token positions a and b."""
    low, high = sorted((a, b))
    return any(t.low in BREAKS for t in tokens[low + 1:high])


def _attach(tokens, events) -> dict[int, int]:
    """Return {event index of a D/B: event index of its rate}; declines an unplaced one."""
    taken: dict[tuple[str, int], int] = {}
    out: dict[int, int] = {}
    pending = []
    for i, (kind, at, _) in enumerate(events):
        if kind == "R":
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(events) and events[j][0] == "R"
                and not _separated(tokens, events[j][1], at)]
        if kind == "B":
            near.sort(key=lambda j: j < i)  # a start goes first to the rate after it
        pending.append((i, kind, near))
    for _ in range(2):
        for i, kind, near in pending:
            free = [j for j in near if (kind, j) not in taken]
            if i not in out and len(free) == 1:
                out[i], taken[(kind, free[0])] = free[0], i
    for i, kind, near in pending:
        free = [j for j in near if (kind, j) not in taken]
        if i not in out and free:
            out[i], taken[(kind, free[0])] = free[0], i
        if i not in out:
            at = events[i][1]
            raise decline("which rate a time span belongs to", tokens[at:at + 4])
    return out


def _clause(tokens, k: int) -> list[str]:
    """Return the lower-case words before the rate at k back to a number or joining word."""
    words = []
    for tok in reversed(tokens[:k]):
        if tok.kind in ("percent", "number", "money") or tok.low in BREAKS - {"and"}:
            break
        if tok.kind == "word":
            words.insert(0, tok.low)
    return words


def _sign(tokens, k: int, previous: int | None) -> int | None:
    """Return +1/-1 of the rate at k from its clause: a change verb ("grows by 10%"), a
    rate noun ("the decay rate rises to 4%", "a growth rate of 5%"), else the previous
    rate's sign; 0 when the clause changes a rate by an amount ("the growth rate drops by
    2%": 2 points, or 2% of the rate?) or names a level ("drops to 3%" of what?)."""
    words = _clause(tokens, k)
    subject = [i for i, w in enumerate(words) if w == "rate" or w in RATE_NOUNS]
    verbs = [(i, 1 if w in UP or w in MORE_UP else -1) for i, w in enumerate(words)
             if w in UP | DOWN | MORE_UP | MORE_DOWN | RATE_VERBS]
    if set(words) & RATE_VERBS and words[-1:] != ["to"]:
        return 0
    nouns = [RATE_NOUNS[w] for w in words if w in RATE_NOUNS]
    if words[-1:] == ["to"]:
        if not (subject or set(words) & RATE_VERBS):
            return 0
        return nouns[-1] if nouns else previous
    if subject and any(i > subject[0] for i, _ in verbs):
        return 0
    if verbs:
        return verbs[-1][1]
    return nouns[-1] if nouns else previous


def phases(doc) -> tuple[list[Phase], set[int]]:
    """Return the phases in order and the ids of the tokens they use (rates, spans)."""
    out: list[Phase] = []
    used: set[int] = set()
    for tokens in map(list, doc.given):
        events, covered = _events(tokens)
        used |= {id(tokens[k]) for k in covered}
        mine: dict[int, Phase] = {}
        for i, (kind, at, data) in enumerate(events):
            if kind == "R":
                sign = _sign(tokens, at, out[-1].sign if out else None)
                if not sign:
                    raise decline("whether a rate is a rise or a fall, or what it changes",
                                  tokens[max(0, at - 4):at + 3])
                if not data[1] and not out:
                    raise decline("the period of a rate", tokens[max(0, at - 4):at + 1])
                unit = data[1] or out[-1].unit
                mine[i] = Phase(tokens[at], sign, data[0], unit, at, amount_unit=data[2])
                out.append(mine[i])
        for i, j in _attach(tokens, events).items():
            kind, _, (_, tok, unit, _) = events[i]
            slot = "duration" if kind == "D" else "start"
            setattr(mine[j], slot, (tok.value, tok, unit))
    return out, used
