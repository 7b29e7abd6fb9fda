"""The equations of a trade problem: one linear equation per placed number (see trade.py).

Prices are the sympy symbols C, M, S, S1 (positive); percents become exact Rationals. Each
builder returns (left, right, why): the two sides and the phrase the equation comes from.
"""

from __future__ import annotations

from bot.core.arith import trade_read as rd
from bot.core.arith.tokens import Tok

NAMES = {"C": "cost price", "M": "marked price", "S": "selling price",
         "S1": "selling price in the second case"}


def symbols():
    """Return the sympy symbols C, M, S, S1 (built here: sympy is imported lazily)."""
    import sympy

    return {name: sympy.Symbol(name, positive=True) for name in ("C", "M", "S", "S1")}


def equation(fact: rd.Fact, v, on_selling: bool):
    """Return (left, right, why) of one fact's equation, or None when it has no place.

    `on_selling` reads profit and loss percents on the selling price (the §5 alternative)."""
    import sympy

    value = sympy.Rational(fact.token.value.numerator, fact.token.value.denominator)
    s = v["S1"] if fact.scenario else v["S"]
    rate = value / 100
    role = fact.role
    if role in ("C", "M"):
        return v[role], value, f"the {NAMES[role]} is {fact.token.text}"
    if role == "S":
        return s, value, f"the selling price{' in the second case' * fact.scenario} is " \
                         f"{fact.token.text}"
    if role in ("profit", "loss"):
        sign = 1 if role == "profit" else -1
        if on_selling:
            return s - v["C"], sign * rate * s, f"a {role} of {fact.token.text} of the " \
                                                f"selling price"
        return s, v["C"] * (1 + sign * rate), f"a {role} of {fact.token.text} on the cost"
    if role == "discount":
        return s, v["M"] * (1 - rate), f"a discount of {fact.token.text} off the marked price"
    if role == "markup":
        return v["M"], v["C"] * (1 + rate), f"marked {fact.token.text} above the cost"
    if role in ("profit_amount", "loss_amount"):
        sign = 1 if role == "profit_amount" else -1
        return sign * (s - v["C"]), value, f"the {role.split('_')[0]} is {fact.token.text}"
    if role == "discount_amount":
        return v["M"] - s, value, f"a discount of {fact.token.text} off the marked price"
    if role.startswith("profit_diff") and fact.scenario == 1:
        sign = -1 if role.endswith("less") else 1
        return v["S1"] - v["S"], sign * value, f"the profit is {fact.token.text} " \
                                               f"{'less' if sign < 0 else 'more'} in the " \
                                               "second case"
    if role.startswith("ratio:"):
        _, left, right = role.split(":")
        sym = {"C": v["C"], "M": v["M"], "S": s}
        return sym[left], rate * sym[right], f"the {NAMES[left]} is {fact.token.text} of " \
                                             f"the {NAMES[right]}"
    if role in ("profit_on_sale", "loss_on_sale"):
        sign = 1 if role == "profit_on_sale" else -1
        return s - v["C"], sign * rate * s, f"a {role.split('_')[0]} of " \
                                            f"{fact.token.text} of the selling price"
    if role in ("S_more", "S_less") and fact.scenario == 1:
        sign = 1 if role == "S_more" else -1
        return v["S1"] - v["S"], sign * value, f"sold for {fact.token.text} " \
                                               f"{'more' if sign > 0 else 'less'}"
    if "_change_" in role:
        return change_equation(fact, v, relative=False)
    return None


def change_equation(fact: rd.Fact, v, relative: bool):
    """Return the equation of "his loss increases by 2%": the loss percent moves by 2 points
    (relative: it is multiplied by 1.02, the §5 alternative)."""
    import sympy

    value = sympy.Rational(fact.token.value.numerator, fact.token.value.denominator) / 100
    sign = 1 if fact.role.endswith("_up") else -1
    kind = fact.role.split("_")[0]
    gap0, gap1 = v["S"] - v["C"], v["S1"] - v["C"]
    if kind == "loss":
        gap0, gap1 = -gap0, -gap1
    if relative:
        return gap1, gap0 * (1 + sign * value), f"the {kind} is multiplied by " \
                                                f"{1 + sign * value}"
    return gap1 - gap0, sign * value * v["C"], f"the {kind} percent moves by " \
                                               f"{fact.token.text} (points of the cost)"


def with_overheads(facts):
    """Fold "spends $1000 on repairs" into the one stated purchase price (C = price + the
    overheads); None when there are overheads but not exactly one purchase price."""
    extras = [f for f in facts if f.role == "C_extra"]
    if not extras:
        return facts
    bought = [f for f in facts if f.role == "C"]
    if len(bought) != 1:
        return None
    total = bought[0].token.value + sum(f.token.value for f in extras)
    text = " + ".join(f.token.text for f in bought + extras)
    merged = rd.Fact("C", 0, Tok("money", text, total))
    return [merged if f is bought[0] else f for f in facts if f.role != "C_extra"]
