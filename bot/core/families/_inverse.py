"""Interest questions asked backwards: the principal or the rate from the interest earned.

Simple: I = P·r·t, so P = I/(r·t) and r = I/(P·t). Compound: I = P·((1 + i)^n − 1), so
P = I/((1 + i)^n − 1) and i = (1 + I/P)^(1/n) − 1 (nominal rate = i × periods per rate
unit). Continuous: I = P·(e^(r·t) − 1).
"""

from __future__ import annotations

from bot.core import exact
from bot.core.errors import NotUnderstood
from bot.core.horizons import convert
from bot.core.outcome import Answer, Outcome, Step


def solve_inverse(terms, mode: str, why: str, text: str) -> Outcome:
    """Return the Outcome for "find the principal" / "what is the rate" questions."""
    from bot.core.families._money import _compound_period, currency
    from bot.core.interpret import rounding_of

    if terms.kind == "principal" and terms.known_amount is not None and \
            terms.deposit is None and terms.horizon is not None:
        return _principal_from_amount(terms, mode, why, text)
    if terms.horizon is None or terms.known_interest is None or terms.deposit is not None:
        raise NotUnderstood("the terms of the interest", terms.rate_text or "the interest",
                            "the interest earned, the time and the rate or principal")
    count, unit, horizon_text = terms.horizon
    rate_unit = terms.rate_unit[0]
    t = exact.rational(convert(count, unit, rate_unit)[0])
    interest_value, interest_text = terms.known_interest
    earned = exact.rational(interest_value)
    reading = [f"Kind of interest: {mode} ({why}).",
               f"The interest earned is {interest_text} over {horizon_text}."]
    steps = []
    if terms.kind == "principal":
        if not terms.rate:
            raise NotUnderstood("the interest rate", terms.rate_text or "the rate",
                                "a rate such as \u201c9% per year\u201d")
        factor, shape = _growth(terms, mode, t, _compound_period)
        expr = earned / (factor - 1)
        steps.append(Step("principal", "The interest is the principal times (growth "
                          "factor \u2212 1), so divide.",
                          (f"P = {interest_text}/({shape} \u2212 1)",)))
        quantity, answer_unit = "principal", currency(terms)
    else:
        if terms.principal is None:
            raise NotUnderstood("the principal", interest_text, "the amount borrowed")
        principal = exact.rational(terms.principal[0])
        expr, shape = _rate(terms, mode, principal, earned, t, _compound_period)
        steps.append(Step("rate", f"Solve for the rate per {rate_unit}.", (shape,)))
        quantity, answer_unit = "interest rate", f"% per {rate_unit}"
    value = exact.decimal_of(expr)
    steps.append(Step("decimal", "As a decimal:", (f"\u2248 {value}",)))
    rounding = rounding_of(text)
    rounded = exact.round_to(value, rounding[1]) if rounding and "e" not in value else ""
    return Outcome(ok=True, answers=(Answer(quantity, value, str(expr), answer_unit,
                                            rounded),),
                   reading=tuple(reading), steps=tuple(steps), unused=tuple(terms.unused))


def _growth(terms, mode: str, t, compound_period):
    """Return (growth factor over the horizon, its shape) under the kind of interest."""
    import sympy

    r = exact.rational(terms.rate)
    if mode == "simple":
        return 1 + r * t, f"(1 + {exact.pretty(r)}\u00b7{exact.pretty(t)})"
    if mode == "continuous":
        return sympy.exp(r * t), f"e^({exact.pretty(r)}\u00b7{exact.pretty(t)})"
    count, unit = compound_period(terms)
    i = r * exact.rational(convert(count, unit, terms.rate_unit[0])[0])
    n = t / exact.rational(convert(count, unit, terms.rate_unit[0])[0])
    return (1 + i) ** n, f"({exact.pretty(1 + i)})^{exact.pretty(n)}"


def _rate(terms, mode: str, principal, earned, t, compound_period):
    """Return (rate in percent per rate unit, shape text) from P, I and t."""
    import sympy

    if mode == "simple":
        expr = earned / (principal * t) * 100
        return expr, f"r = I/(P\u00b7t) = {exact.pretty(earned)}/({exact.pretty(principal)}" \
            f"\u00b7{exact.pretty(t)}) = {exact.pretty(expr / 100)}"
    if mode == "continuous":
        expr = sympy.log(1 + earned / principal) / t * 100
        return expr, f"r = log(1 + I/P)/t = {exact.pretty(expr / 100)}"
    count, unit = compound_period(terms)
    share = exact.rational(convert(count, unit, terms.rate_unit[0])[0])
    n = t / share
    per_period = (1 + earned / principal) ** (1 / n) - 1
    expr = per_period / share * 100
    return expr, f"i = (1 + I/P)^(1/n) \u2212 1 = {exact.pretty(per_period)}, " \
        f"r = i\u00b7{exact.pretty(1 / share)}"


def _principal_from_amount(terms, mode: str, why: str, text: str) -> Outcome:
    """Return P = A / growth factor for "received A including interest; what was invested?"."""
    from bot.core.families._money import _compound_period, currency
    from bot.core.interpret import rounding_of

    if not terms.rate:
        raise NotUnderstood("the interest rate", terms.known_amount[1], "a rate per year")
    count, unit, horizon_text = terms.horizon
    t = exact.rational(convert(count, unit, terms.rate_unit[0])[0])
    factor, shape = _growth(terms, mode, t, _compound_period)
    expr = exact.rational(terms.known_amount[0]) / factor
    steps = [Step("principal_from_amount", "The final amount is the principal times the "
                  "growth factor, so divide.", (f"P = {terms.known_amount[1]}/{shape}",))]
    value = exact.decimal_of(expr)
    steps.append(Step("decimal", "As a decimal:", (f"\u2248 {value}",)))
    rounding = rounding_of(text)
    rounded = exact.round_to(value, rounding[1]) if rounding and "e" not in value else ""
    reading = (f"Kind of interest: {mode} ({why}).",
               f"The final amount is {terms.known_amount[1]} after {horizon_text}.")
    return Outcome(ok=True, answers=(Answer("principal", value, str(expr), currency(terms),
                                            rounded),),
                   reading=reading, steps=tuple(steps), unused=tuple(terms.unused))
