"""The question of the deal family: what was paid, what it sold for, the profit, the price
of each, or the change from a bill. Anything else (the original price, the discount, a
percent, another person) gives None.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.arith.tokens import Tok
from bot.core.families import _deal_words as W
from bot.core.families._deal_read import Deal, stem

# Words that ask about something other than the final amount.
ASK_BLOCK = frozenset("""original originally initial initially before first start
started discount discounted off tax tip percent percentage save saved saves saving more less
fewer difference increase decrease markup reduction planned expected usual normal regular
old loss gain repairs repair per every than""".split())


@dataclass(frozen=True)
class Asked:
    """The kind asked (pay | sale | each_pay | each_sale | profit | change | pct_down |
    pct_up) and the bill."""

    kind: str
    bill: Tok | None = None


def asked(question: list[Tok], deal: Deal) -> Asked | None:
    """Return what the question asks of the deal, or None."""
    words = {t.low for t in question if t.kind == "word"}
    numbers = [t for t in question if t.numeric]
    if any(t.text == "%" for t in question) or words & PCT_WORDS:
        return None if numbers else _percent(words, deal)
    if not words or words & ASK_BLOCK:
        return None
    if deal.buyer and deal.buyer in {w.removesuffix("'s") for w in words}:
        return None  # a question about the buyer: only their discount is read
    known = W.ASK_OK | W.PAY_ASK | W.SALE_ASK | W.CHANGE_ASK | {"profit"} | deal.names
    if not all(w in known or stem(w) in deal.nouns for w in words):
        return None
    if deal.sold_price and ("profit" not in words or deal.costs or len(deal.changes) != 1
                            or deal.changes[0].of_price):
        return None  # the stated price is what it sells for: only its profit is read
    if numbers:
        return _change(question, numbers, words, deal)
    if words & W.CHANGE_ASK:
        return None
    if "profit" in words:
        ok = deal.sale and "each" not in words and all(c.sign > 0 for c in deal.changes)
        return Asked("profit") if ok else None
    if deal.costs:
        return None  # the extra cost only enters the profit
    sale = bool(words & W.SALE_ASK)
    pays = bool(words & (W.PAY_ASK - {"amount", "money", "total"}))
    if sale != deal.sale or (pays and deal.sale) or not (sale or words & W.PAY_ASK):
        return None  # a buying question of a sale story, or the other way round
    if "each" in words:
        if deal.count is None or deal.each:
            return None  # the price of each is already the stated one
        return Asked("each_sale" if sale else "each_pay")
    return Asked("sale" if sale else "pay")


PCT_WORDS = frozenset("percent percentage".split())
PCT_DOWN = frozenset("discount off less decrease reduction".split())
PCT_UP = frozenset("increase more markup".split())
PCT_OK = frozenset("""what is was the a an of by from on obtained got gets get received
receives total overall original price mr mrs ms it""".split())


def _percent(words: set, deal: Deal) -> Asked | None:
    """"What is the percent discount from the original price?": the final price against
    the first one, as a percent down (or up). Only asked against the original price."""
    if "original" not in words or deal.costs or deal.sold_price:
        return None
    down, up = bool(words & PCT_DOWN), bool(words & PCT_UP)
    if down == up:
        return None
    known = PCT_OK | PCT_WORDS | PCT_DOWN | PCT_UP | deal.names | {deal.buyer}
    if not all(w.removesuffix("'s") in known or w.removesuffix("'s") + "s" in deal.names
               for w in words):
        return None
    return Asked("pct_down" if down else "pct_up")


def _change(question: list[Tok], numbers: list[Tok], words: set, deal: Deal) -> Asked | None:
    """"How much is left if she pays with a $50 bill?": the bill minus the price."""
    if len(numbers) != 1 or numbers[0].kind != "money" or deal.sale or deal.costs:
        return None
    at = next(i for i, t in enumerate(question) if t is numbers[0])
    if question[at + 1:at + 2] == [] or question[at + 1].low not in ("bill", "note"):
        return None
    if not words & W.CHANGE_ASK or not words & {"pays", "pay", "paid", "gives", "hands"}:
        return None
    return Asked("change", numbers[0])
