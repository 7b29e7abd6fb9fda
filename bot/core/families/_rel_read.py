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

import re
from dataclasses import dataclass, replace
from fractions import Fraction

VERBS = frozenset("""has have had is are was were costs cost weighs weighed weigh saved
scored scores earns earned earn got gets received receives sold sells made makes collected
collects picked picks read reads owns owned ran runs walked walks paid pays spent spends
bought buys ate eats drove drives went goes won wins caught catches found finds baked bakes
planted grew grows wrote writes takes took needs needed holds held contains contained
measures measured lifted lifts jumped jumps swam swims travels traveled travelled counted
counts raised raises donated donates gave gives drank drinks sold sells charges charged
""".split())
UP = frozenset("more higher greater larger bigger longer taller older heavier faster "
               "costlier".split())
DOWN = frozenset("fewer less lower smaller shorter younger lighter cheaper slower".split())
DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
PRONOUNS = frozenset("he she it they we i you him them us me his her their its who whom "
                     "whose which".split())
MEASURES = frozenset("price cost number value age weight amount height length total "
                     "salary".split())
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE).match
TITLES = frozenset("mr mrs ms dr st prof".split())
JOINERS = frozenset("and or together combined total both all".split())
LEADERS = frozenset("if then and so but also while when".split())
FACTORS = {"twice": Fraction(2), "thrice": Fraction(3), "half": Fraction(1, 2),
           "double": Fraction(2), "triple": Fraction(3)}
RELATION_WORDS = UP | DOWN | frozenset("than as times twice thrice half double triple "
                                       "same equal sum each per every of".split())


@dataclass(frozen=True)
class Fact:
    """One clause about a named quantity: its value, or how it relates to another one.

    kind: value | plus | minus | pct_up | pct_down | times | pct_of. `amount` is the stated
    number (a percent as its number, "60" for 60%), `other` the referenced quantity's key.
    """

    key: frozenset
    label: str
    kind: str
    amount: Fraction
    amount_text: str
    other: frozenset = frozenset()
    other_label: str = ""
    money: bool = False
    text: str = ""
    thing: str = ""
    others: tuple = ()  # ((key, strict), ...) of the parts a "sum_of" adds

    @property
    def strict(self) -> bool:
        """True when the reference is possessive ("Ben's sister"): it never means "Ben"."""
        words = self.other_label.lower().split()
        return any(w.endswith(("'s", "s'")) for w in words[:-1])


NOT_THINGS = frozenset("than as in of for on at to from by with dollars dollar money worth "
                       "expensive old".split())


def thing_of(tokens) -> str:
    """Return the stem of the counted noun that opens `tokens` ("plants than" -> "plant"),
    or "" when none is named (units of money and adjectives are not things)."""
    if not tokens or tokens[0].kind != "word" or tokens[0].low in NOT_THINGS | DETERMINERS:
        return ""
    return stem(tokens[0].text)


def stem(word: str) -> str:
    """Return a word lower-cased without a plural or possessive ending ("cars" -> "car")."""
    low = word.lower()
    for end in ("'s", "s'", "'"):
        if low.endswith(end):
            low = low[: -len(end)]
    if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
        low = low[:-1]
    return low


def name_key(words: list[str]) -> tuple[frozenset, str] | None:
    """Return (key, label) of a noun phrase ("the price of the blue car" -> {blue, car}).

    None for an empty phrase, a pronoun, or a phrase holding a number.
    """
    lows = [w.lower() for w in words]
    if "of" in lows:
        at = lows.index("of")
        if at and all(w in MEASURES or w in DETERMINERS for w in lows[:at]):
            words, lows = words[at + 1:], lows[at + 1:]
    content = [w for w, low in zip(words, lows) if low not in DETERMINERS]
    measured = [w for w in content if w.lower() not in MEASURES]
    content = measured or content
    if not content or len(content) > 5 or any(not w[0].isalpha() and not ORDINAL(w)
                                              for w in content):
        return None
    if any(w.lower() in PRONOUNS or w.lower() in RELATION_WORDS or w.lower() in VERBS
           or w.lower() in JOINERS for w in content):
        return None
    return frozenset(stem(w) for w in content), " ".join(words)


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
    for reader in (_compare, _equal, _times, _share, _value):
        fact = reader(rest, named, text)
        if fact is not None:
            return fact
    return None


GROUPS = frozenset("kid child children friend sibling brother sister student people boy "
                   "girl player member son daughter cousin worker employee".split())


@dataclass(frozen=True)
class GroupCount:
    """"Shelly's 3 kids ...": a count of the people the problem then names one by one."""

    count: Fraction
    text: str


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


PRONOUN_KEY = frozenset({"<pronoun>"})
PREVIOUS_KEY = frozenset({"<previous>"})
STOPS = frozenset("in on at for from of to with than and".split())


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
        fact = None if named is None else _times(rest, named, text)
        return None if fact is None else replace(fact, thing="")
    nums = [i for i, t in enumerate(rest) if t.numeric]
    if len(nums) != 1 or nums[0] != 0:
        return None
    start = 2 if lows[1:2] and (lows[1] in UP or lows[1] in DOWN) else 1
    end = next((i for i in range(start, len(rest)) if lows[i] in STOPS), len(rest))
    named = name_key([t.text for t in rest[start:end]])
    if named is None:
        return None
    fact = _value(rest[:end], named, text) if start == 1 else _compare(rest, named, text)
    return None if fact is None else replace(fact, thing="")  # the phrase is the thing


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


def _compare(rest, named, text) -> Fact | None:
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


def _times(rest, named, text) -> Fact | None:
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


def _equal(rest, named, text) -> Fact | None:
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


def _share(rest, named, text) -> Fact | None:
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


def _value(rest, named, text) -> Fact | None:
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
