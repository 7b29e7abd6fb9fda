"""Read a deal: one price (of one item, of each of N items, or of N items together), the
percents that change it, and any extra cost paid on top (repairs).

Every numeric token of the given text must be that price, the count, an extra cost or a
percent with a direction; one actor at most; no period, rate, share or second person.
Anything else gives None (the family steps aside).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.arith.tokens import Tok
from bot.core.families import _deal_words as W
from bot.core.families._deal_percent import Change, percent_change
from bot.core.negation import negated


@dataclass
class Deal:
    """The price, the count of items it covers, the changes and the extra costs."""

    price: Tok | None = None
    each: bool = True  # the price is per item (or there is one item)
    count: Tok | None = None
    changes: list[Change] = field(default_factory=list)
    costs: list[Tok] = field(default_factory=list)
    names: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    sold_price: bool = False  # "sells a bag for $1.25": the stated price is a sale price
    buyer: str = ""  # "sold it to his friend": the one person besides the actor

    @property
    def sale(self) -> bool:
        """True when the changes make a selling price (profit, value) from a cost."""
        return any(c.sale for c in self.changes)


def stem(word: str) -> str:
    """Return a word lower-cased without a plural ending ("computers" -> "computer")."""
    low = word.lower()
    if low.endswith("'s"):
        low = low[:-2]
    if low.endswith("ves") and len(low) > 4:
        return low[:-3] + "f"  # "scarves" -> "scarf"
    if low.endswith(("sses", "xes", "ches", "shes")):
        return low[:-2]  # "dresses" -> "dress", "boxes" -> "box"
    if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
        low = low[:-1]
    return low


def names_of(sentences) -> frozenset[str] | None:
    """Return the capitalised names of the text (one actor at most), or None for two."""
    names = set()
    lower = {t.text for s in sentences for t in s if t.kind == "word" and t.text.islower()}
    for sentence in sentences:
        words = [t for t in sentence if t.kind == "word"]
        for k, tok in enumerate(words):
            if not tok.text[:1].isupper() or tok.text.isupper() or tok.low in W.NOT_NAMES:
                continue
            if k == 0 and tok.low not in names and (_common(tok.low) or tok.low in lower):
                continue  # "Pens cost $2" beside "10 pens": a word, not a name
            names.add(tok.low.removesuffix("'s"))
    merged = {n for n in names if not (n.endswith("s") and n[:-1] in names)}
    return frozenset(merged) if len(merged) <= 1 else None  # "Rogers" / "Roger's": one


def _common(low: str) -> bool:
    """Return True for a sentence-opening word that is not a name ("Each", "Prices")."""
    return low in W.PRICE or low in W.BUY or low in W.SELL or low in ("each", "all")


def read(doc) -> Deal | None:
    """Return the Deal of the given sentences, or None when a part cannot be placed."""
    lows = {t.low for t in doc.given_tokens if t.kind == "word"}
    if negated(lows) or lows & (W.BLOCK | W.NUMBER_WORDS):
        return None
    if {"he", "she"} <= lows | set(doc.question_words):
        return None
    buyer = _buyer(doc.given, lows & W.PEOPLE)
    if buyer is None:
        return None
    names = names_of(list(doc.given) + [doc.question])
    if names is None:
        return None
    deal = Deal(names=names, buyer=buyer)
    for sentence in doc.given:
        for i, tok in enumerate(sentence):
            if tok.numeric and not _place(deal, list(sentence), i):
                return None
    if deal.price is None or (deal.count is not None and deal.count.value < 1):
        return None
    if any(c.base for c in deal.changes[1:]):
        return None  # "10% off, and 8% tax on the original price": of which price?
    if deal.costs and not all(c.value for c in deal.changes):
        return None  # "sold at a 20% profit" after repairs: of the price, or of all spent?
    if not _words_placed(doc.given, deal):
        return None
    deal.nouns = frozenset(stem(t.text) for t in doc.given_tokens if t.kind == "word")
    return deal


def _buyer(given, people: set) -> str | None:
    """Return the one other person the text names, "" for none, None when a person is
    named other than as the buyer of a sale ("sold the watch to his friend")."""
    if not people:
        return ""
    if len(people) > 1:
        return None
    person = next(iter(people))
    for sentence in given:
        lows = [t.low for t in sentence]
        for k, low in enumerate(lows):
            if low != person:
                continue
            if k < 2 or lows[k - 2] != "to" or \
                    lows[k - 1] not in ("his", "her", "their", "a", "an") or \
                    not set(lows[:k]) & W.SELL:
                return None
    return person


def _words_placed(given, deal: Deal) -> bool:
    """Return True when the price sentence states the price before any change and every
    word of a percent sentence is a known word or a word of the price sentence."""
    def words(sentence):
        return {t.low.removesuffix("'s") for t in sentence if t.kind == "word"}

    home = next(s for s in given if any(t is deal.price for t in s))
    known = words(home)
    at = next(i for i, t in enumerate(home) if t is deal.price)
    if words(home[:at + 3]) & W.PRICE_AFTER:
        return False
    tail = [t.low for t in home[at + 1:]]
    if any(a == "and" and b in W.ANOTHER for a, b in zip(tail, tail[1:])):
        return False  # "a dress for $80 and a hat": a second thing bought, its price unknown
    for i, tok in enumerate(home):
        if tok.kind == "percent" and "than" in words(home[i:]):
            return False  # "costs $400, 20% less than the usual price": which is which?
        if tok.kind == "percent" and any(c.tok is tok and c.of_price for c in deal.changes) \
                and (words(home[:at]) & (W.BUY | W.SELL) or
                     (at > 0 and home[at - 1].low in ("for", "at"))):
            return False  # "bought it for $200 at 80% of the price": $200 is the new price
    allowed = (known | _actors(given, deal.names) | {deal.buyer} | W.FUNCTION | W.SCENE
               | W.PRICE | W.BUY | W.SELL | W.AFTER_DOWN | W.AFTER_UP | W.VERB_UP
               | W.VERB_DOWN | W.NOUN_UP | W.NOUN_DOWN | W.SALE | W.THAN_OK | W.AGAIN
               | {"up", "down", "sales", "than"})
    stems = {stem(w) for w in known}
    for sentence in given:
        if any(c.tok in sentence for c in deal.changes):
            if not all(w in allowed or stem(w) in stems for w in words(sentence)):
                return False
            if deal.count is not None and _one_of_them(sentence):
                return False  # "the third shirt is 20% off": one item, not all of them
    return True


def _one_of_them(sentence: list[Tok]) -> bool:
    """Return True when a sentence singles out one of several items (an ordinal, "one")."""
    return any(t.kind == "ordinal" or t.low in W.SINGLE for t in sentence)


ACTOR_VERBS = W.BUY | W.SELL | frozenset("""pays paid pay gets got get spends spent wants
wanted decides decided has had""".split())


def _actors(given, names: frozenset[str]) -> frozenset[str]:
    """Return the names that are people: capitalised inside a sentence somewhere, or the
    subject of a paying or buying verb. "Jeans are 25% more expensive" opens a sentence
    with a thing, which must not pass as the actor's name."""
    out = set()
    for sentence in given:
        words = [t for t in sentence if t.kind == "word"]
        for k, tok in enumerate(words):
            name = tok.low.removesuffix("'s")
            if name not in names:
                continue
            after = words[k + 1].low if k + 1 < len(words) else ""
            if k > 0 or after in ACTOR_VERBS:
                out.add(name)
    return frozenset(out)


def _place(deal: Deal, sentence: list[Tok], i: int) -> bool:
    """Place the numeric token at `i` in the deal; False when it fits no role."""
    tok = sentence[i]
    if tok.kind == "percent":
        change = percent_change(sentence, i)
        if change is None:
            return False
        deal.changes.append(change)
        return True
    if tok.kind == "number":
        return _count(deal, sentence, i)
    if _extra_cost(sentence, i):
        deal.costs.append(tok)
        return True
    if deal.price is not None or not _price_cue(sentence, i):
        return False
    deal.price = tok
    deal.sold_price = bool({t.low for t in sentence[:i]} & W.SELL)
    after = [t.low for t in sentence[i + 1:i + 3]]
    deal.each = not deal.count or after[:1] in (["each"], ["apiece"]) or \
        after[:2] == ["for", "each"]
    if deal.count is not None and not deal.each and not _total_for(sentence, i):
        return False
    return True


def _extra_cost(sentence: list[Tok], i: int) -> bool:
    """Return True for money spent on top of the purchase: a paying verb before it (since
    the money before) and "in/on/for repairs" right after ("puts $5,000 into repairs")."""
    start = max((j + 1 for j in range(i) if sentence[j].numeric), default=0)
    verbs = {t.low for t in sentence[start:i] if t.kind == "word"} & W.COST_VERBS
    after = [t.low for t in sentence[i + 1:i + 4] if t.kind == "word"]
    return bool(verbs) and len(after) >= 2 and after[0] in ("in", "on", "into", "for") and \
        bool(set(after[1:3]) & W.COST_NOUNS)


def _price_cue(sentence: list[Tok], i: int) -> bool:
    """Return True when the money at `i` is a price: a price word or a purchase before it
    in the sentence, or it stands before the item's noun ("a $2000 watch")."""
    before = {t.low for t in sentence[:i] if t.kind == "word"}
    after = sentence[i + 1] if i + 1 < len(sentence) else None
    if before & (W.PRICE | W.BUY):
        return True
    return after is not None and after.kind == "word" and after.low not in (
        "a", "an", "per", "each", "every", "for", "to", "on", "in")


def _total_for(sentence: list[Tok], i: int) -> bool:
    """Return True for "bought 50 melons for $80": the money after "for" right after the
    counted noun is the price of all of them together."""
    k = next((j for j in range(i) if sentence[j].kind == "number"), None)
    if k is None or i < 2 or sentence[i - 1].low != "for":
        return False
    between = sentence[k + 1:i - 1]
    return 1 <= len(between) <= 2 and all(t.kind == "word" for t in between)


def _count(deal: Deal, sentence: list[Tok], i: int) -> bool:
    """Place a plain number as the count of items bought or sold ("buys 500 computers")."""
    tok = sentence[i]
    if deal.count is not None or tok.value.denominator != 1 or "/" in tok.text:
        return False
    noun = sentence[i + 1] if i + 1 < len(sentence) else None
    if noun is None or noun.kind != "word" or noun.low in W.BLOCK | W.NUMBER_WORDS | {
            "percent", "of", "more", "less", "times", "for", "at", "each"}:
        return False
    before = {t.low for t in sentence[:i] if t.kind == "word"}
    if not before & (W.BUY | W.SELL):
        return False
    deal.count = tok
    return True
