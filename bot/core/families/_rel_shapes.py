"""Clause shapes after the verb: comparisons, multiples, shares, sums, stated values.

"60% more plants than Frederick", "4 times as much as Anne", "twice his age", "80% of
Sara's bill", "as many as A and B combined", "has 10 plants": each reader returns the
Fact of its shape, or None when the words after the verb are not that shape.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.families._rel_words import (DOWN, FACTORS, MEASURES, PREVIOUS_KEY, PRONOUN_KEY,
                                          PRONOUNS, RELATION_WORDS, STOPS, UP, Fact, name_key,
                                          thing_of)


def _other(tokens) -> tuple[frozenset, str] | None:
    """Return the key of the quantity a relation refers to (the words after "than"/"as").

    A bare pronoun ("him", "his age") gives PRONOUN_KEY, resolved later to the one person
    the problem names.
    """
    words = [t.text for t in tokens]
    while words and words[-1].lower() in ("does", "did", "do", "has", "had", "is", "was"):
        words = words[:-1]
    if any(t.numeric for t in tokens):
        return None
    lows = [w.lower() for w in words]
    if lows in (["that"], ["before"], ["it"]):
        return PREVIOUS_KEY, "that"
    if lows and lows[0] in PRONOUNS and all(w in PRONOUNS or w in MEASURES for w in lows):
        return PRONOUN_KEY, " ".join(words)
    return name_key(words)


MULTIPLES = frozenset(FACTORS) | {"times"}
COINS = frozenset("cent cents penny pennies pence dime dimes nickel nickels quarter quarters "
                  "dollar dollars".split())


def compare(rest, named, text) -> Fact | None:
    """"N% more/less ... than X", "N fewer ... than X"."""
    lows = [t.low for t in rest]
    if lows.count("than") > 1:
        return None
    than = lows.index("than") if "than" in lows else _implicit_end(rest)
    if than is None:
        return None
    nums = [i for i, t in enumerate(rest[:than]) if t.numeric]
    if len(nums) != 1 or nums[0] + 1 >= than:
        return None
    at = nums[0]
    amount = rest[at]
    if set(lows[:than]) & MULTIPLES or "/" in amount.text:
        return None  # "4 times more", "a third more": a multiple or a share, not a difference
    if amount.kind == "number" and lows[at + 1:at + 2] and lows[at + 1] in COINS:
        return None  # "40 cents more than" a dollar amount: the units are not converted
    unit = ""
    if amount.kind == "number" and at + 2 < than and lows[at + 2] in UP | DOWN \
            and thing_of(rest[at + 1:]):
        unit, at = thing_of(rest[at + 1:]), at + 1  # "5 years older than"
    word = lows[at + 1]
    if word not in UP and word not in DOWN:
        return None
    if any(low in UP or low in DOWN for low in lows[at + 2:than]):
        return None
    other = _other(rest[than + 1:]) if than < len(rest) else (PREVIOUS_KEY, "that")
    if other is None or (amount.kind == "percent" and lows[at + 2:at + 3] == ["of"]):
        return None
    up = word in UP
    if amount.kind == "percent":
        kind = "pct_up" if up else "pct_down"
    else:
        kind = "plus" if up else "minus"
    return Fact(named[0], named[1], kind, amount.value, amount.text, other[0], other[1],
                amount.kind == "money", text, unit or thing_of(rest[at + 2:than]))


def _implicit_end(rest) -> int | None:
    """Return len(rest) for a comparison that ends the clause ("is 60% longer", "25% more
    points"): it refers to the quantity stated just before; None otherwise."""
    lows = [t.low for t in rest]
    at = next((i for i, low in enumerate(lows) if low in UP or low in DOWN), None)
    if at is None or at == 0 or not rest[at - 1].numeric:
        return None
    tail = rest[at + 1:]
    if len(tail) > 3 or any(t.kind != "word" or t.low in STOPS for t in tail):
        return None
    return len(rest)


def times(rest, named, text) -> Fact | None:
    """"N times as many ... as X", "twice as much as X", "half as many ... as X"."""
    lows = [t.low for t in rest]
    for i, tok in enumerate(rest):
        if tok.kind == "number" and lows[i + 1:i + 2] == ["times"]:
            factor, start, shown = tok.value, i + 2, f"{tok.text} times"
        elif tok.low in FACTORS and lows[i + 1:i + 2] != ["of"]:
            factor, start, shown = FACTORS[tok.low], i + 1, tok.low
        else:
            continue
        if any(t.numeric for j, t in enumerate(rest) if j != i):
            return None
        if lows[start:start + 1] != ["as"]:
            return _times_of(rest[start:], factor, shown, named, text)
        if lows[start + 1:start + 2] not in (["many"], ["much"]) or "as" not in lows[start + 1:]:
            return None
        second = start + 1 + lows[start + 1:].index("as")
        other = _other(rest[second + 1:])
        if other is None:
            return None
        return Fact(named[0], named[1], "times", factor, shown, other[0], other[1],
                    False, text, thing_of(rest[start + 2:second]))
    return None


SUM_FILLERS = frozenset("the sum of total combined together put".split())


def equal(rest, named, text) -> Fact | None:
    """"as many as A and B combined", "as many as the sum of A and B": a sum of parts."""
    lows = [t.low for t in rest]
    if lows[:1] != ["as"] or lows[1:2] not in (["many"], ["much"]) or "as" not in lows[2:]:
        return None
    tail = rest[2 + lows[2:].index("as") + 1:]
    words = [t.text for t in tail if t.low not in SUM_FILLERS]
    if any(t.numeric for t in tail) or [w.lower() for w in words].count("and") != 1:
        return None
    cut = [w.lower() for w in words].index("and")
    parts = [_other_words(words[:cut]), _other_words(words[cut + 1:])]
    if None in parts:
        return None
    others = tuple((key, False) for key, _ in parts)
    return Fact(named[0], named[1], "sum_of", Fraction(0), "", frozenset(), " and ".join(
        label for _, label in parts), False, text, others=others)


def _other_words(words) -> tuple[frozenset, str] | None:
    """Return the key of one part named in a sum ("red", "green cards")."""
    if not words or any(w.lower() in PRONOUNS for w in words):
        return None
    return name_key(words)


def share(rest, named, text) -> Fact | None:
    """"N% of X", "half of X" as the whole clause after the verb."""
    lows = [t.low for t in rest]
    if len(rest) < 3 or lows[1] != "of":
        return None
    first = rest[0]
    if first.kind == "percent":
        kind, amount, shown = "pct_of", first.value, first.text
    elif first.low == "half":
        kind, amount, shown = "times", Fraction(1, 2), "half"
    elif first.kind == "number" and "/" in first.text and first.value < 1:
        kind, amount, shown = "times", first.value, first.text
    else:
        return None
    other = _other(rest[2:])
    if other is None:
        return None
    return Fact(named[0], named[1], kind, amount, shown, other[0], other[1], False, text)


def value(rest, named, text) -> Fact | None:
    """"has 10 plants", "is $100", "went down the slide 30 times", "has 3 dozen seeds"."""
    nums = [i for i, t in enumerate(rest) if t.numeric]
    lows = [t.low for t in rest]
    if len(nums) != 1 or set(lows) & (RELATION_WORDS - {"times", "of"}):
        return None
    at = nums[0]
    tok = rest[at]
    if tok.kind == "percent" or "of" in lows[at + 1:at + 2] or "times" in lows[at + 2:]:
        return None
    if {"a", "an"} & set(lows[at + 1:]):
        return None  # "$15 an hour": a rate, not a value
    value, shown, after = tok.value, tok.text, at + 1
    if lows[at + 1:at + 2] == ["dozen"]:
        value, shown, after = value * 12, f"{tok.text} dozen = {value * 12}", at + 2
    return Fact(named[0], named[1], "value", value, shown, money=tok.kind == "money",
                text=text, thing=thing_of(rest[after:]))


def _times_of(rest, factor, shown, named, text) -> Fact | None:
    """"twice his age", "3 times Bo's height": a multiple of a named quantity directly."""
    if not rest or rest[0].low in UP | DOWN | {"than", "a", "per", "each", "every"}:
        return None
    other = _other(rest)
    if other is None:
        return None
    return Fact(named[0], named[1], "times", factor, shown, other[0], other[1], False, text)
