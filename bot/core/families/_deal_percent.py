"""A percent of the deal and periodic families read as a change with a direction.

"25% off", "10% higher than planned", "increased the value by 150%", "a discount of 20%",
"at a profit of 25%", "went up 10%", "saves 20%": the direction comes from the word right
after the percent, or from the verb or noun before it in its clause; both must agree, and
a percent followed by "of" (a share) or without a direction gives None.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.arith.tokens import Tok
from bot.core.families import _deal_words as W


@dataclass(frozen=True)
class Change:
    """One percent change of the price: its token, +1 or -1, and whether it is a sale
    (a profit, a rise in value) rather than a price paid."""

    tok: Tok
    sign: int
    sale: bool
    again: bool  # "an additional 10% off": stacked on an earlier change
    value: bool = False  # "raised the value by 40%": the worth of what was bought rises
    of_price: bool = False  # "at 75% of its price": the new price is that share of it
    base: bool = False  # "8% tax on the original price": taken of a named earlier price

    @property
    def pct(self):
        """Return the percent the price changes by ("at 75% of its price" changes it by 25)."""
        return abs(self.tok.value - 100) if self.of_price else self.tok.value


def percent_change(sentence: list[Tok], i: int,
                   than_ok: frozenset = W.THAN_OK) -> Change | None:
    """Return the Change of the percent at `i` from the words around it, or None.
    `than_ok`: the words that may follow "than" (what the percent compares with)."""
    lows = [t.low if t.kind == "word" else t.text for t in sentence]
    after = lows[i + 1:i + 2]
    if after == ["sales"] and lows[i + 2:i + 3] == ["tax"]:
        after = ["tax"]  # "a 10% sales tax"
    cut = max((j + 1 for j in range(i) if lows[j] in (",", ";", ":")), default=0)
    before = lows[cut:i]
    words = set(lows)
    again = bool(set(before) & W.AGAIN)
    sign = None
    if after and after[0] in W.AFTER_DOWN:
        sign = -1
    elif after and after[0] in W.AFTER_UP:
        sign = 1
    if after == ["of"] and before[-1:] == ["at"]:
        return _of_price(sentence, i, lows, words)
    if after and after[0] in ("of", "than"):
        return None  # "20% of the price": a share, not a change of it
    if sign is not None and not _than_ok(lows, i + 2, than_ok):
        return None
    near = _before_sign(before)
    if sign is None:
        sign = near
    elif near is not None and near != sign:
        return None
    if sign is None:
        return None
    rest = _clause_after(lows, i)
    if after and after[0] in MARGIN and set(rest[1:]) & ON_SALES:
        return None  # "a 20% profit on the selling price": not on the cost
    sale = bool(words & W.SALE)
    return Change(sentence[i], sign, sale, again, bool(words & {"value", "worth"}),
                  base=bool(set(rest) & BASES))


# A margin word right after the percent, and the words that put it on the sales instead of
# the cost ("a 20% profit on the selling price", "25% of the revenue").
MARGIN = frozenset("profit gain loss markup".split())
ON_SALES = frozenset("selling sale sales revenue sp".split())
# Words after a percent that name the price it is taken of ("8% tax on the original
# price", "a 15% tip on the pre-tax bill"): with several changes, not the price as it stands.
BASES = frozenset("""original originally pre pre-tax before undiscounted full regular list
listed marked initial first""".split())


def _clause_after(lows: list[str], i: int) -> list[str]:
    """Return the words after the percent at `i` up to the end of its clause."""
    rest = []
    for low in lows[i + 1:]:
        if low in (".", ",", ";", "!", "?", "and"):
            break
        rest.append(low)
    return rest


def _before_sign(before: list[str]) -> int | None:
    """Return the direction named just before a percent: "increased by", "a discount of",
    "went up", "saves"; None when nothing there names one."""
    words = list(before)
    if words and words[-1] in ("by", "of"):
        head = words[:-1]
        if words[-1] == "of":
            if head and head[-1] in W.NOUN_UP:
                return 1
            if head and head[-1] in W.NOUN_DOWN:
                return -1
            return None
        words = head
    if words[-1:] == ["up"]:
        return 1
    if words[-1:] == ["down"]:
        return -1
    for word in reversed(words):
        if word in W.VERB_UP:
            return 1 if word not in ("went", "goes", "marked") else None
        if word in W.VERB_DOWN:
            return -1
    return None


def _than_ok(lows: list[str], k: int, than_ok: frozenset) -> bool:
    """Return True when a "than" after the direction word compares with the price itself
    ("10% higher than they had planned"), or there is no "than"."""
    if lows[k:k + 1] != ["than"]:
        return "than" not in lows[k:]
    rest = [w for w in lows[k + 1:] if w not in (".", ",", "!", ";")]
    return all(w in than_ok for w in rest)


# Words after "at 75% of" that name the price itself ("its original price", "the price
# he paid for it").
OF_PRICE = frozenset("""its the original price that he she they bought paid it for list
regular usual normal marked""".split())


def _of_price(sentence: list[Tok], i: int, lows: list[str], words: set) -> Change | None:
    """"bought it at 75% of its original price", "sold it at 120% of the price he paid":
    the price becomes that share of the price as it stands."""
    rest = []
    for low in lows[i + 2:]:
        if low in (".", ",", ";", "!", "?"):
            break
        rest.append(low)
    if "price" not in rest or not all(w in OF_PRICE for w in rest):
        return None
    if sentence[i].value == 100 or sentence[i].value <= 0:
        return None
    sign = 1 if sentence[i].value > 100 else -1
    return Change(sentence[i], sign, bool(words & W.SALE), False, False, True)
