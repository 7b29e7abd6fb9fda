"""Changes of the amount itself in the sequence family: "the price rises 10%", "a 20%
discount", "it drops by $30", "her money doubles". Every word of such a clause must come
from a closed list (the owner, price nouns, change verbs, fillers), else no change is read.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.tokens import Tok
from bot.core.families import _seq_words as W
from bot.core.families._seq_clauses import Start
from bot.core.families._seq_op import PASSIVE, Op


def percent_change(clause: list[Tok], start: Start) -> Op | None:
    """Read "rises 10%", "is reduced by 20%", "goes up 5%", "a 20% discount", "25% off"."""
    nums = [t for t in clause if t.numeric]
    if len(nums) != 1 or nums[0].kind != "percent":
        return None
    tok = nums[0]
    i = next(k for k, t in enumerate(clause) if t is tok)
    words = [t.low for t in clause if t.kind == "word"]
    after = clause[i + 1].low if i + 1 < len(clause) else ""
    if after in ("of", "more", "less", "fewer", "than"):
        return None
    signs = _signs(words)
    if not signs and start.price and after in W.LESS_NOUN:
        signs = {-1}
    if not signs and start.price and after in W.MORE_NOUN:
        signs = {1}
    sign = signs.pop() if len(signs) == 1 else 0
    if sign not in (1, -1) or (i > 0 and clause[i - 1].low == "to"):
        return None
    if not set(words) <= _change_words(start):
        return None
    rate = tok.value / 100
    verb = "rises" if sign == 1 else "falls"
    return Op("factor", 1 + sign * rate, f"{verb} {tok.text}", (tok,))


CHANGE_FILLER = frozenset("""by a an of on sale applied added there with another additional
further again extra then its the is was are were gets got has had will be
been for number""".split())


def _change_words(start: Start) -> frozenset[str]:
    """Return the words a percent-change clause may hold (anything else: decline)."""
    prices = W.PRICE_NOUNS if start.price else frozenset()
    money = W.MONEY_NOUNS if start.money and not start.price else frozenset()
    return (W.LEAD | start.owner | start.nouns | prices | money | W.WHEN | W.POSSESSIVE | PASSIVE
            | W.RISE | W.FALL | W.GO | frozenset(W.UP_DOWN) | W.LESS_NOUN | W.MORE_NOUN
            | CHANGE_FILLER)


def multiply(clause: list[Tok], start: Start) -> Op | None:
    """Read "it doubles", "her money triples", "the amount is halved" (no number)."""
    words = [t.low for t in clause if t.kind == "word"]
    found = [w for w in words if w in W.MULTIPLY]
    if len(found) != 1 or any(t.numeric for t in clause):
        return None
    allowed = _change_words(start) | W.CURRENT | W.MONEY_NOUNS | set(W.MULTIPLY) | \
        {"number", "amount"}
    if not set(words) <= allowed:
        return None
    return Op("factor", Fraction(W.MULTIPLY[found[0]]), found[0])


def amount_change(clause: list[Tok], start: Start) -> Op | None:
    """Read "the price drops by $30", "it goes up by $5", "the level rises by 4 litres"."""
    nums = [t for t in clause if t.numeric]
    if len(nums) != 1 or nums[0].kind == "percent" or "/" in nums[0].text:
        return None
    tok = nums[0]
    if start.money != (tok.kind == "money"):
        return None
    words = [t.low for t in clause if t.kind == "word"]
    signs = _signs(words)
    sign = signs.pop() if len(signs) == 1 else None
    if sign is None or not set(words) <= _change_words(start) | {start.unit}:
        return None
    i = next(k for k, t in enumerate(clause) if t is tok)
    if i > 0 and clause[i - 1].low == "to":
        return None  # "rises to $60" states the new amount, not a change
    verb = "rises by" if sign > 0 else "falls by"
    return Op("add" if sign > 0 else "take", tok.value, verb, (tok,))


def _signs(words: list[str]) -> set[int]:
    """Return the directions named by rise/fall verbs ("drops", "goes up")."""
    signs = set()
    if set(words) & W.RISE:
        signs.add(1)
    if set(words) & W.FALL:
        signs.add(-1)
    for k, word in enumerate(words[:-1]):
        if word in W.GO and words[k + 1] in W.UP_DOWN:
            signs.add(W.UP_DOWN[words[k + 1]])
    return signs
