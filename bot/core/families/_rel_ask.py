"""What a relations question asks: one named quantity, a sum, a difference, a percent.

"How many plants does Shondra have?" -> Shondra; "How much do both cars cost?" -> the sum
of the two cars; "How many more stamps does Omar have than Priya?" -> Omar − Priya;
"What percent more does Omar have than Lena?" -> (Omar − Lena)/Lena × 100. A number in
the question is only accepted as the count of summed quantities ("all 3 of them").
Horizons ("in a week"), rates ("per", "each") and leftovers decline (None).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.families import _rel_read as reader

SUM_WORDS = frozenset("both altogether total combined together".split())
COMPARE_WORDS = frozenset("more fewer less than difference percent percentage".split())
ASK_BANNED = frozenset("each per left remain remaining average every rate ratio twice half "
                       "after before if now still times".split())
AUX = frozenset("do does did are is was were there will would can could".split())
TIME_WORDS = frozenset("second minute hour day week month year decade".split())


@dataclass(frozen=True)
class Asked:
    """The asked combination: keys with their kind (one | sum | more | less | pct_more |
    pct_less) and the question's words as the answer's label."""

    keys: tuple
    kind: str
    label: str


def new_unit(question, given_words: set) -> bool:
    """Return True when the question asks "in grams"/"in feet", a unit the text never
    states (a conversion the relations do not make)."""
    lows = [t.low for t in question]
    for i, low in enumerate(lows[:-1]):
        if low == "in" and lows[i + 1] not in ("all", "total") and question[i + 1].kind == \
                "word" and reader.stem(lows[i + 1]) not in given_words:
            return True
    return False


def asked(question, facts) -> Asked | None:
    """Return what the question asks of the named quantities, or None."""
    counts = [t for t in question if t.numeric]
    lows = [t.low for t in question if t.kind in ("word", "ordinal")]
    label = " ".join(t.text for t in question).rstrip(" ?")
    stems = {reader.stem(w) for w in lows}
    if any(t.kind != "number" for t in counts) or set(lows) & ASK_BANNED - {"times"}:
        return None
    if "times" in lows and lows[:3] != ["how", "many", "times"]:
        return None
    if stems & TIME_WORDS and not stems & {"old", "age"}:
        return None  # "in a week": a horizon the relations do not carry
    keys = list(dict.fromkeys(f.key for f in facts))
    if set(lows) & (COMPARE_WORDS | reader.UP | reader.DOWN):
        percent = bool({"percent", "percentage"} & set(lows)) or \
            any(t.text == "%" for t in question)
        return None if counts else _compared(lows, keys, label, percent)
    named = [k for k in keys if k <= stems]
    if set(lows) & SUM_WORDS or "all" in lows:
        chosen = named if len(named) >= 2 else keys if not named else []
        if "both" in lows and len(chosen) != 2:
            return None
        if chosen and all(t.value == len(chosen) for t in counts):
            return Asked(tuple(chosen), "sum", label)
        return None
    widest = _widest(named)
    if len(widest) == 1 and not counts:
        return Asked(tuple(widest), "one", label)
    return None


def _widest(named: list) -> list:
    """Drop keys contained in another named key ("Nani" inside "Nani's sister")."""
    return [k for k in named if not any(k < other for other in named)]


def _compared(lows, keys, label, percent: bool) -> Asked | None:
    """"how many more X does A have than B", "what percent less is A than B"."""
    if lows.count("than") != 1:
        return None
    directions = [w for w in lows if w in reader.UP or w in reader.DOWN]
    if len(directions) != 1:
        return None
    than = lows.index("than")
    left = _widest([k for k in keys if k <= {reader.stem(w) for w in lows[:than]}])
    right = _widest([k for k in keys if k <= {reader.stem(w) for w in lows[than + 1:]}])
    if len(left) != 1 or len(right) != 1 or left == right:
        return None
    kind = ("pct_" if percent else "") + ("more" if directions[0] in reader.UP else "less")
    return Asked((left[0], right[0]), kind, label)


def combine(ask: Asked, values: dict, labels: dict, work: Work) -> Fraction | None:
    """Return the asked value from the quantities' values, with its step; None when the
    question's direction does not fit ("how many more" when A has fewer)."""
    if ask.kind == "one":
        return values[ask.keys[0]]
    if ask.kind == "sum":
        total = sum(values[k] for k in ask.keys)
        names = ", ".join(labels[k] for k in ask.keys)
        work.step("relation_sum", f"Add the {len(ask.keys)} quantities asked for ({names}).",
                  " + ".join(show(values[k]) for k in ask.keys) + f" = {show(total)}")
        return total
    a, b = (values[k] for k in ask.keys)
    gap = a - b if ask.kind.endswith("more") else b - a
    if gap <= 0 or (ask.kind.startswith("pct") and b == 0):
        return None
    first, second = (labels[k] for k in ask.keys)
    if ask.kind.startswith("pct"):
        value = gap / b * 100
        work.step("relation_percent_difference", f"The gap as a percent of {second}.",
                  f"{show(gap)} / {show(b)} \u00d7 100 = {show(value)}%")
        return value
    work.step("relation_difference", f"The difference between {first} and {second}.",
              f"|{show(a)} \u2212 {show(b)}| = {show(gap)}")
    return gap


def things_agree(facts, question) -> bool:
    """Return True when related quantities count the same things: a relation's noun
    ("7 fewer plants than") matches the noun of what it refers to and of the question."""
    things = {f.thing for f in facts if f.thing and f.thing != "time"}
    lows = [t.low for t in question]
    if "many" in lows and things:
        run = []
        for tok in question[lows.index("many") + 1:]:
            if tok.kind != "word" or tok.low in reader.VERBS or tok.low in AUX \
                    or tok.low in COMPARE_WORDS:
                break
            run.append(reader.stem(tok.text))
        if run and run != ["time"] and not set(run) & things:
            return False
    return len(things) <= 1
