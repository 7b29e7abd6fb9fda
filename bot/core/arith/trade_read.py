"""Reading a buy-and-sell problem: the role of every stated amount and percent.

Three prices are modelled: the cost price C (what the seller paid), the marked or list price
M, and the selling price S (per scenario: "If he sold it for ..." opens a second one, S1).
Each number takes its role from its nearest cue word: "sold for $90" sets S, "a profit of
20%" ties S to C, "a discount of 5%" ties S to M, "$15 less as profit" compares the profits of
two scenarios. A number whose cues disagree, or that has none, leaves the reading None (the
caller declines).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.arith.tokens import Tok

SELL = frozenset("sold sells sell selling sale".split())
COST = frozenset("cost costs bought buys buy purchased purchases purchase cp wholesale "
                 "costing".split())
MARK = frozenset("marked mark marks list listed labelled labeled tagged retail printed "
                 "tag".split())
PROFIT = frozenset("profit profits gain gains gained gaining".split())
LOSS = frozenset("loss losses lose loses lost losing".split())
DISCOUNT = frozenset("discount discounts discounted off".split())
ABOVE = frozenset("above more over".split())
BELOW = frozenset("below less under".split())
SPENDS = frozenset("spends spent spend pays paid pay".split())
OVERHEADS = frozenset("""repairs repair transport transportation overhead overheads freight
carriage labour labor maintenance cartage transporting shipping delivery""".split())
HYPOTHETICAL = frozenset("if had would were should could".split())
BUYERS = frozenset("customer customers buyer buyers client clients".split())
CHANGE_VERBS = frozenset("increases increased increase rises rose decreases decreased "
                         "decrease falls fell".split())


@dataclass(frozen=True)
class Fact:
    """One placed number: its role, the scenario it belongs to, and its token.

    role: "C", "M", "S" (an amount), "profit_amount", "loss_amount", "discount_amount"
    (M − S, "a discount of $30"), "profit_diff" (profit
    of the later scenario minus the earlier one), "profit", "loss", "discount", "markup"
    (percents), "loss_change"/"profit_change" (a percent that itself changes, in points)."""

    role: str
    scenario: int
    token: Tok
    sign: int = 1


def words_of(tokens) -> list[str]:
    """Return the lower-case texts of the tokens: percents as "%#", other numbers as "#"."""
    return ["%#" if t.kind == "percent" else "#" if t.numeric else t.low for t in tokens]


def _window(words: list[str], i: int, back: int, ahead: int,
            stops=("#", "%#")) -> tuple[list[str], list[str]]:
    """Return the words before (nearest first) and after `i`, stopping at a number."""
    before = []
    for word in reversed(words[max(0, i - back):i]):
        if word in stops:
            break
        before.append(word)
    after = []
    for word in words[i + 1:i + 1 + ahead]:
        if word in stops:
            break
        after.append(word)
    return before, after


def percent_role(words: list[str], i: int) -> str | None:
    """Return the role of the percent at `i` from its cue words, or None."""
    before, after = _window(words, i, 5, 5)
    ratio = price_ratio(words, i)
    if ratio:
        return ratio
    if set(after) & {"selling", "sale", "sp", "sales"}:
        profit, loss = bool(set(before[:3]) & PROFIT), bool(set(before[:3]) & LOSS)
        if profit != loss and after[:1] in (["on"], ["of"]):
            return "profit_on_sale" if profit else "loss_on_sale"  # "20% on the selling price"
        return None
    if set(before[:4]) & {"marks", "marked", "mark"} and not set(before[:4]) & DISCOUNT:
        if after[:1] and after[0] in ABOVE or "up" in before[:2]:
            return "markup"  # "marks his goods 25% above cost", "marked up by 40%"
        return None
    roles = set()
    if after[:1] and after[0] in PROFIT or set(before[:3]) & PROFIT:
        roles.add("profit")
    if after[:1] and after[0] in LOSS or set(before[:3]) & LOSS:
        roles.add("loss")
    if after[:1] and after[0] in DISCOUNT or set(before[:3]) & DISCOUNT:
        roles.add("discount")
    if {"up", "markup"} & set(before[:3]):
        roles.add("markup")
    compared = _compared(after)
    if compared:
        roles.add(compared)
    if "by" in before[:2] and set(before[:3]) & CHANGE_VERBS:
        if len(roles) == 1 and roles <= {"profit", "loss"}:
            return f"{roles.pop()}_change"  # "his loss increases by 2%": in points
        return None
    if len(roles) != 1:
        return None
    role = roles.pop()
    if role in ("above_cost", "below_cost"):
        sell, mark = bool(set(words) & SELL), bool(set(words) & MARK)
        if sell == mark:
            return None
        if role == "below_cost":
            return "loss" if sell else None
        return "profit" if sell else "markup"
    return "discount" if role == "below_mark" else role


PRICE_NOUNS = (("S", ("selling", "sale", "sp")), ("C", ("cost", "cp", "bought")),
               ("M", ("marked", "list", "mrp", "tag")))


def _price_of(words: list[str]) -> str | None:
    """Return "C", "S" or "M" for the first price noun in `words`, else None."""
    for word in words:
        for name, nouns in PRICE_NOUNS:
            if word in nouns:
                return name
    return None


def price_ratio(words: list[str], i: int) -> str | None:
    """Return "ratio:X:Y" for "the cost price is 80% of the selling price" (X = p·Y)."""
    if words[i + 1:i + 2] != ["of"] or words[i - 1:i] not in (["is"], ["was"], ["be"]):
        return None
    start = i - 1
    while start > 0 and words[start - 1] not in ("#", "%#", ",", ".", "and"):
        start -= 1
    left = _price_of(words[start:i])
    right = _price_of(words[i + 2:i + 6])
    if left and right and left != right and words[start:i].count("price") <= 1:
        return f"ratio:{left}:{right}"
    return None


def _compared(after: list[str]) -> str | None:
    """Return "above_cost", "below_cost" or "below_mark" for "40% above (its) cost",
    "5% below the list price", "20 percent less than the retail price"; else None."""
    if not after or after[0] not in ABOVE | BELOW:
        return None
    rest = [w for w in after[1:] if w not in ("than", "the", "its", "his", "her", "their")]
    if not rest:
        return None
    up = after[0] in ABOVE
    if rest[0] in COST:
        return "above_cost" if up else "below_cost"
    if rest[0] in MARK or rest[0] in ("original", "regular", "marked"):
        return None if up else "below_mark"
    return None


def money_role(words: list[str], i: int, buyer: bool) -> str | None:
    """Return the role of the amount at `i`: "C", "M", "S", "profit_amount", "loss_amount",
    "discount_amount" ("a discount of $30", "$30 off"), "profit_diff" ("$15 less as
    profit"), or None when no single cue is near."""
    before, after = _window(words, i, 9, 4, stops=("#",))
    if after[:1] and after[0] in ("less", "more") and set(after[1:4]) & PROFIT:
        return "profit_diff_less" if after[0] == "less" else "profit_diff_more"
    cues = set(after[:1] + before[:2])
    if before[:1] == ["of"] and set(before[1:2]) & DISCOUNT or after[:1] and \
            after[0] in DISCOUNT:
        return None if cues & (PROFIT | LOSS) else "discount_amount"  # "a discount of $30"
    if cues & (PROFIT | LOSS):  # "a profit of $20", "$20 profit"; both cues: no single role
        return None if cues & PROFIT and cues & LOSS else \
            "loss_amount" if cues & LOSS else "profit_amount"
    if set(before[:3]) & SPENDS and after[:1] == ["on"] and set(after[1:4]) & OVERHEADS:
        return "C_extra"  # "spends $1000 on repairs": part of the cost price
    if after[:1] and after[0] in ("more", "less"):
        sold = any(word in SELL for word in before)
        return ("S_more" if after[0] == "more" else "S_less") if sold else None
    for word in before:
        if word in SELL or buyer and word in ("pays", "paid", "pay"):
            return "S"
        if word in COST:
            return "S" if buyer and word not in ("cost", "costs", "cp") else "C"
        if word in MARK:
            return "M"
    return None


def hypothetical(words: list[str]) -> bool:
    """Return True for a sentence that states another case ("If he had sold it for ...")."""
    return bool(words) and (words[0] in ("if", "had") or bool(set(words) & {"would",
                                                                            "should",
                                                                            "were"}))


ASK_ROLES = (("M", MARK), ("S", SELL), ("C", COST))


def asked(question: list[Tok]) -> tuple[str, bool] | None:
    """Return (what is asked, asks a percent) from the question's words before its first
    number: "C", "M", "S", "profit", "loss" or "discount"; None when no single cue."""
    words = []
    if question and question[0].low == "if":  # "If it were sold for $25.75, then what ..."
        cut = next((k for k, t in enumerate(question) if t.text == "," or t.low == "then"),
                   None)
        question = question[cut + 1:] if cut is not None else []
    for tok in question:
        if tok.numeric or tok.low in ("if", "so", "when", "which", "who"):
            break
        if tok.kind == "word" or tok.text == "%":
            words.append(tok.low)
    percent = bool(set(words) & {"percent", "percentage", "%"})
    if not percent and set(words) & {"more", "less", "extra", "fewer"}:
        return None  # "how much more would he pay at the marked price": a difference
    if percent and set(words) & {"selling", "sale", "sp"}:
        return None  # "his profit percent on the selling price": not the cost convention
    for word in words:
        if percent and word in PROFIT | LOSS | DISCOUNT:
            return ("loss" if word in LOSS else "discount" if word in DISCOUNT else
                    "profit"), True
        if percent and word in ABOVE:
            return "profit", True
        if not percent and word in PROFIT | LOSS:
            return ("loss" if word in LOSS else "profit"), False
        for role, cues in ASK_ROLES:
            if word in cues and not percent:
                return role, False
    return None


def asked_words(words: list[str]) -> str | None:
    """Return "M", "S" or "C" for the first price cue among the question's words."""
    for word in words:
        for role, cues in ASK_ROLES:
            if word in cues:
                return role
    return None
