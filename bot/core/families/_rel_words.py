"""Vocabulary and the Fact of the relations family: words, names, counted things.

Shared by the clause reader (_rel_read), the clause shapes (_rel_shapes), the solver and the
question reader. A named quantity's key is the set of stemmed content words of its noun
phrase ("the price of the blue car" -> {blue, car}).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

VERBS = frozenset("""has have had is are was were costs cost weighs weighed weigh saved
scored scores earns earned earn got gets received receives sold sells made makes collected
collects picked picks read reads owns owned ran runs walked walks paid pays spent spends
bought buys ate eats drove drives went goes won wins caught catches found finds baked bakes
planted grew grows wrote writes takes took needs needed holds held contains contained
measures measured lifted lifts jumped jumps swam swims travels traveled travelled counted
counts raised raises donated donates gave gives drank drinks sold sells charges charged
drew painted built harvested knitted sewed typed solved answered visited watched played lost
hiked climbed biked rode slept studied practiced used brought carried washed folded baked
cooked delivered recycled invited served fixed repaired saw ordered downloaded posted sent
kicked threw jogged skated danced
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


GROUPS = frozenset("kid child children friend sibling brother sister student people boy "
                   "girl player member son daughter cousin worker employee".split())


@dataclass(frozen=True)
class GroupCount:
    """"Shelly's 3 kids ...": a count of the people the problem then names one by one."""

    count: Fraction
    text: str


PRONOUN_KEY = frozenset({"<pronoun>"})
PREVIOUS_KEY = frozenset({"<previous>"})
STOPS = frozenset("in on at for from of to with than and".split())
