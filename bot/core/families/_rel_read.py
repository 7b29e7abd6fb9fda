"""Clauses of a relations problem read into facts about named quantities.

A given sentence (typed tokens from grammar/arith.lark via `bot.core.arith.doc`) is split
into clauses; each clause becomes one `Fact` about its subject: a stated value ("Frederick
has 10 plants", "The price of the blue car is $100"), or a relation to another named
quantity ("Toni has 60% more plants than Frederick", "Shondra has 7 fewer plants than
Toni", "Robert went down 4 times as much as Anne", "Bob's bill is 80% of Ann's bill").
A clause with a number that fits none of these shapes makes the whole reading None: the
family only answers when every stated number has its place.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.negation import negated
from bot.core.families._rel_shapes import compare, equal, share, times, value
from bot.core.families._rel_words import (  # noqa: F401 - re-exported for the family
    DOWN, GROUPS, LEADERS, PREVIOUS_KEY, PRONOUN_KEY, PRONOUNS, RELATION_WORDS, STOPS, TITLES,
    UP, VERBS, Fact, GroupCount, name_key, stem)




def clauses(tokens) -> list[list]:
    """Split a sentence's tokens at commas, semicolons and "and"/"but" between two clauses.

    A piece without a verb is joined back to the piece before it ("Toni and Eva").
    """
    pieces: list[tuple] = [(None, [])]
    previous = ""
    for tok in tokens:
        previous, before = tok.low, previous
        if tok.text == "." and before in TITLES:
            continue  # "Mr. Lee": the title's dot ends no clause
        if tok.text in (",", ";", ".", "!", ":") or tok.low in ("and", "but", "while"):
            pieces.append((tok, []))
        else:
            pieces[-1][1].append(tok)
    out: list[list] = []
    for separator, piece in pieces:
        if not piece:
            continue
        there = _there_at([t.low for t in out[-1]], out[-1]) if out else None
        if there is not None and piece[0].numeric:
            # "there are 15 red cards and 9 blue cards"
            out.append(out[-1][there:there + 2] + piece)
        elif out and not any(t.low in VERBS for t in piece):
            out[-1] = out[-1] + [separator] + piece  # the joiner stays: "Ben and Carl"
        else:
            out.append(piece)
    return out


def _strip(tokens) -> list:
    """Drop leading connectives ("If", "then") and fillers ("in total", "altogether")."""
    toks = list(tokens)
    while toks and toks[0].low in LEADERS:
        toks = toks[1:]
    out, i = [], 0
    while i < len(toks):
        if toks[i].low == "in" and i + 1 < len(toks) and toks[i + 1].low in ("total", "all"):
            i += 2
            continue
        if toks[i].low == "altogether":
            i += 1
            continue
        out.append(toks[i])
        i += 1
    return out


def read_clause(tokens) -> Fact | None | str:
    """Return the Fact of one clause, "story" for a numberless clause without relation
    words (a candidate to ignore), or None when the clause cannot be placed."""
    toks = _strip(tokens)
    verb = next((i for i, t in enumerate(toks) if t.kind == "word" and t.low in VERBS), None)
    numbers = [t for t in toks if t.numeric]
    lows = [t.low for t in toks]
    as_many = any(a == "as" and b in ("many", "much") for a, b in zip(lows, lows[1:]))
    if not numbers and not as_many and \
            not set(lows) & (RELATION_WORDS - {"of", "as", "each", "every"}):
        return "story"
    if negated(lows):
        return None  # "does not have 5 more than": a negated relation is not a fact
    group = _group_count(toks)
    if group is not None:
        return group
    there = _there_at(lows, toks)
    if there is not None:
        return _there(toks[there + 2:], " ".join(t.text for t in toks))
    if verb is None or verb == 0 or any(t.numeric for t in toks[:verb]):
        return None
    named = name_key([t.text for t in toks[:verb]])
    if named is None:
        return None
    text = " ".join(t.text for t in toks)
    rest = toks[verb + 1:]
    for reader in (compare, equal, times, share, value):
        fact = reader(rest, named, text)
        if fact is not None:
            return fact
    return None


def _group_count(toks) -> GroupCount | None:
    """Return the GroupCount of a clause whose one number counts a group of people."""
    nums = [i for i, t in enumerate(toks) if t.numeric]
    lows = [t.low for t in toks]
    if len(nums) != 1 or toks[nums[0]].kind != "number" or nums[0] + 1 >= len(toks):
        return None
    if stem(lows[nums[0] + 1]) not in GROUPS and lows[nums[0] + 1] not in GROUPS:
        return None
    if set(lows) & (RELATION_WORDS - {"of"}) or set(lows) & {"has", "have", "had", "there"}:
        return None
    if any(low in VERBS for low in lows[:nums[0]]):
        return None  # the group must be the subject: "Shelly's 3 kids went ..."
    return GroupCount(toks[nums[0]].value, " ".join(t.text for t in toks))


def _there_at(lows, toks) -> int | None:
    """Return where "there are" opens the clause, after an optional place ("In the jar")."""
    for k, low in enumerate(lows[:-1]):
        if low == "there" and lows[k + 1] in ("are", "were", "is", "was"):
            place = lows[:k]
            if not place or (place[0] in ("in", "on", "at", "inside") and
                             not any(t.numeric for t in toks[:k])):
                return k
            return None
    return None


def _there(rest, text: str) -> Fact | None:
    """"there are 15 red cards", "there are 4 more girls than boys": the counted noun
    phrase after the number (or after the comparison word) names the quantity."""
    lows = [t.low for t in rest]
    if "as" in lows and lows.count("as") == 2 and lows[lows.index("as") + 1:][:1] in (
            ["many"], ["much"]):
        first = lows.index("as") + 2
        second = first + lows[first:].index("as")
        named = name_key([t.text for t in rest[first:second]])
        fact = None if named is None else times(rest, named, text)
        return None if fact is None else replace(fact, thing="")
    nums = [i for i, t in enumerate(rest) if t.numeric]
    if len(nums) != 1 or nums[0] != 0:
        return None
    start = 2 if lows[1:2] and (lows[1] in UP or lows[1] in DOWN) else 1
    end = next((i for i in range(start, len(rest)) if lows[i] in STOPS), len(rest))
    named = name_key([t.text for t in rest[start:end]])
    if named is None:
        return None
    fact = value(rest[:end], named, text) if start == 1 else compare(rest, named, text)
    return None if fact is None else replace(fact, thing="")  # the phrase is the thing
