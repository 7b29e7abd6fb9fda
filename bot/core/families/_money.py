"""Interest arithmetic with worked steps: the terms read by `interest`, solved exactly.

Compound: A = P·(1 + i)^n with i the rate per compounding period and n the number of periods;
continuous: A = P·e^(r·t); simple: A = P·(1 + r·t); end-of-period deposits D add
D·((1 + i)^n − 1)/i (a geometric series). Time to a multiple k: n = log(k)/log(1 + i),
t = log(k)/r (continuous), t = (k − 1)/r (simple); whole periods are verified exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core import exact, spec
from bot.core.errors import NotUnderstood
from bot.core.horizons import convert
from bot.core.outcome import Alternative, Answer, Outcome, Step

STRICT = {"exceed", "exceeds", "more", "over", "above", "surpass", "whole", "full", "complete"}


@dataclass
class InterestTerms:
    """What an interest problem states and asks."""

    rate: Fraction = Fraction(0)
    rate_text: str = ""
    rate_unit: tuple[str, str] = ("year", "")
    compounding: spec.Period | None = None
    continuous: bool = False
    simple: bool = False
    principal: tuple[Fraction, str] | None = None
    deposit: Fraction | None = None
    deposit_period: spec.Period | None = None
    deposit_timing: str = "end"
    kind: str = "amount"  # amount | interest | time
    horizon: tuple[Fraction, str, str] | None = None
    asked_unit: str = ""
    target_factor: Fraction | None = None
    target_level: Fraction | None = None
    target_text: str = ""
    strict: bool = False
    unused: list = field(default_factory=list)
    known_interest: tuple[Fraction, str] | None = None
    known_amount: tuple[Fraction, str] | None = None


def pct(rate: Fraction) -> str:
    """Return a rate as percent text: 0.036 -> "3.6", 1/300 -> "1/3"."""
    value = rate * 100
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        return exact.frac_text(value)
    from decimal import Decimal

    text = str(Decimal(value.numerator) / Decimal(value.denominator))
    return text.rstrip("0").rstrip(".") if "." in text else text


def currency(terms: InterestTerms) -> str:
    """Return the money unit of the problem ("rupees" for Rs., else dollars)."""
    texts = [t[1] for t in (terms.principal, terms.known_interest, terms.known_amount) if t]
    if any(t.endswith("rupees") for t in texts):
        return "rupees"
    return "dollars" if any(t.endswith("dollars") for t in texts) else ""


def _mode(terms: InterestTerms) -> tuple[str, str]:
    """Return (mode, why): simple, continuous or compound, and the cue that picked it."""
    if terms.simple and (terms.compounding or terms.continuous):
        raise NotUnderstood("whether the interest is simple or compound", terms.rate_text,
                            "one kind of interest per problem")
    if terms.simple:
        return "simple", "the text says simple interest"
    if terms.continuous:
        return "continuous", "the text says compounded continuously"
    if terms.compounding is not None:
        return "compound", "the text says the interest is compounded"
    if terms.rate_unit[0] == "month" and terms.rate_unit[1]:
        return "simple", "a monthly interest rate with no compounding is simple interest"
    if terms.kind != "time" and terms.deposit is None and terms.horizon and convert(
            terms.horizon[0], terms.horizon[1], terms.rate_unit[0])[0] < 1:
        return "simple", f"the horizon is shorter than one {terms.rate_unit[0]}, so no " \
            "interest is compounded yet"
    return "compound", "no compounding is stated; interest is compounded once per " \
        f"{terms.rate_unit[0]}"


def _compound_period(terms: InterestTerms) -> tuple[Fraction, str]:
    """Return (count, unit) of the compounding period (the rate's period when unstated)."""
    period = terms.compounding
    if period is None or period.count == 0:
        return Fraction(1), terms.rate_unit[0]
    return period.count, period.unit


def solve_terms(terms: InterestTerms, text: str) -> Outcome:
    """Solve an interest problem and return its Outcome with steps and alternatives."""
    from bot.core.interpret import rounding_of

    mode, why = _mode(terms)
    if terms.deposit is not None and mode != "compound":
        raise NotUnderstood("regular deposits with this kind of interest", terms.rate_text,
                            "deposits into an account compounded each period")
    if terms.kind in ("principal", "rate"):
        from bot.core.families._inverse import solve_inverse

        return solve_inverse(terms, mode, why, text)
    if terms.principal is None and terms.target_factor is None:
        raise NotUnderstood("the starting amount (principal)", terms.rate_text,
                            "an amount such as \u201cinvests $5,000\u201d")
    reading = [f"The interest rate is {pct(terms.rate)}% per "
               f"{terms.rate_unit[0]}{'' if terms.rate_unit[1] else ' (assumed: rates are yearly unless stated)'}.",
               f"Kind of interest: {mode} ({why})."]
    if terms.kind == "time":
        value, exact_text, unit, steps, alts = _time(terms, mode)
        quantity = f"time until the money {terms.target_text}".strip()
    else:
        value, exact_text, steps, alts = _amount(terms, mode, reading)
        unit = currency(terms)
        quantity = "interest earned" if terms.kind == "interest" else "amount"
    rounding = rounding_of(text)
    rounded = exact.round_to(value, rounding[1]) if rounding and "e" not in value else ""
    answer = Answer(quantity, value, exact_text, unit, rounded)
    return Outcome(ok=True, answers=(answer,), reading=tuple(reading), steps=tuple(steps),
                   alternatives=tuple(alts), unused=tuple(terms.unused))


def _amount(terms: InterestTerms, mode: str, reading: list):
    """Return (value, exact, steps, alternatives) of the amount or interest after the horizon."""
    count, unit, horizon_text = terms.horizon
    principal = terms.principal[0]
    t = convert(count, unit, terms.rate_unit[0])[0]
    reading.append(f"The principal is {terms.principal[1]}; the horizon is {horizon_text}.")
    expr, shape, steps = _amount_expr(terms, mode, principal, t, horizon_text)
    alts = []
    if mode == "simple" and not terms.simple and t >= 1:
        other, other_shape, _ = _amount_expr(terms, "compound", principal, t, horizon_text)
        alts.append(_alternative("compound interest (once per period)", terms, other,
                                 principal, other_shape))
    elif mode == "compound" and terms.compounding is None and terms.deposit is None:
        other, other_shape, _ = _amount_expr(terms, "simple", principal, t, horizon_text)
        alts.append(_alternative("simple interest (no compounding)", terms, other,
                                 principal, other_shape))
    if terms.kind == "interest":
        paid_in = principal + (terms.deposit or 0) * _periods(terms, horizon_text)[0] \
            if terms.deposit else principal
        expr = expr - exact.rational(paid_in)
        shape = f"{shape} \u2212 {exact.frac_text(paid_in)}"
        steps.append(Step("interest", "The interest is the final amount minus what was "
                          "paid in.", (f"interest = {shape}",)))
    value = exact.decimal_of(expr)
    steps.append(Step("decimal", "As a decimal:", (f"\u2248 {value}",)))
    return value, shape.replace("\u00b7", "*").replace("\u2212", "-").replace("^", "**"), \
        steps, alts


def _alternative(reading, terms, expr, principal, shape) -> Alternative:
    """Return an alternative reading's value (interest only when interest is asked)."""
    if terms.kind == "interest":
        expr = expr - exact.rational(principal)
    return Alternative(reading, exact.decimal_of(expr), shape, currency(terms))


def _periods(terms: InterestTerms, horizon_text: str) -> tuple[Fraction, Fraction]:
    """Return (n, i): compounding periods in the horizon and the rate per period."""
    count, unit = _compound_period(terms)
    per_period = terms.rate * convert(count, unit, terms.rate_unit[0])[0]
    horizon_count, horizon_unit, _ = terms.horizon
    n = convert(horizon_count, horizon_unit, unit)[0] / count
    return n, per_period


def _amount_expr(terms, mode, principal, t, horizon_text):
    """Return (SymPy value, shape text, steps) of the amount under one kind of interest."""
    import sympy

    p, r = exact.rational(principal), exact.rational(terms.rate)
    rate_unit = terms.rate_unit[0]
    if mode == "simple":
        expr = p * (1 + r * exact.rational(t))
        shape = f"{exact.frac_text(principal)}\u00b7(1 + ({exact.frac_text(terms.rate)})\u00b7" \
            f"{exact.frac_text(t)})"
        return expr, shape, [Step("simple_interest", f"Simple interest adds "
                                  f"{pct(terms.rate)}% of the principal per "
                                  f"{rate_unit}; {horizon_text} is {exact.frac_text(t)} "
                                  f"{rate_unit}s.", (f"A = P\u00b7(1 + r\u00b7t) = {shape}",))]
    if mode == "continuous":
        expr = p * sympy.exp(r * exact.rational(t))
        shape = f"{exact.frac_text(principal)}\u00b7e^(({exact.frac_text(terms.rate)})\u00b7" \
            f"{exact.frac_text(t)})"
        return expr, shape, [Step("continuous_interest", f"Continuous compounding: A = "
                                  f"P\u00b7e^(r\u00b7t) with t in {rate_unit}s.", (f"A = {shape}",))]
    n, i = _periods(terms, horizon_text)
    count, unit = _compound_period(terms)
    every = f"{exact.frac_text(count)} {unit}s" if count != 1 else unit
    steps = [Step("period_rate", f"The rate per compounding period ({every}) is "
                  f"{pct(terms.rate)}% \u00d7 the share of a {rate_unit} that {every} is.",
                  (f"i = {exact.frac_text(i)}",)),
             Step("periods", f"\u201c{horizon_text}\u201d is {exact.frac_text(n)} "
                  f"compounding periods.", (f"n = {exact.frac_text(n)}",))]
    power, _ = exact.power(1 + i, n)
    expr = p * power
    shape = f"{exact.frac_text(principal)}\u00b7({exact.frac_text(1 + i)})^{exact.frac_text(n)}"
    steps.append(Step("compound_interest", "Compound interest: A = P\u00b7(1 + i)^n.",
                      (f"A = {shape}",)))
    if terms.deposit is not None:
        expr, shape = _with_deposits(terms, expr, shape, n, i, unit, steps)
    return expr, shape, steps


def _with_deposits(terms, expr, shape, n, i, unit, steps):
    """Add regular deposits: D·((1+i)^n − 1)/i at period ends (×(1+i) at beginnings)."""
    if terms.deposit_period.unit != unit or terms.deposit_period.count != _compound_period(
            terms)[0] or n.denominator != 1:
        raise NotUnderstood("deposits on a different schedule from the compounding",
                            terms.deposit_period.text,
                            "a deposit each compounding period")
    power, _ = exact.power(1 + i, n)
    d, rate = exact.rational(terms.deposit), exact.rational(i)
    series = d * (power - 1) / rate
    series_shape = f"{exact.frac_text(terms.deposit)}\u00b7(({exact.frac_text(1 + i)})^" \
        f"{exact.frac_text(n)} \u2212 1)/({exact.frac_text(i)})"
    due = terms.deposit_timing == "beginning"
    if due:
        series = series * (1 + rate)
        series_shape += f"\u00b7{exact.frac_text(1 + i)}"
    steps.append(Step("deposits", f"Each deposit of {exact.frac_text(terms.deposit)} at the "
                      f"{terms.deposit_timing} of a {unit} grows until the horizon; together "
                      f"they are a geometric series.",
                      ("deposits = D\u00b7((1 + i)^n \u2212 1)/i" +
                       ("\u00b7(1 + i)" if due else "") + f" = {series_shape}",)))
    steps.append(Step("total", "Add the grown principal and the grown deposits.",
                      (f"A = {shape} + {series_shape}",)))
    return expr + series, f"{shape} + {series_shape}"


def _time(terms: InterestTerms, mode: str):
    """Return (value, exact, unit, steps, alternatives) of the time to reach the target."""
    import sympy

    if terms.deposit is not None:
        raise NotUnderstood("how long with regular deposits", terms.target_text,
                            "a time question without deposits")
    if terms.target_factor is not None:
        k = terms.target_factor
    else:
        k = terms.target_level / terms.principal[0]
    if k <= 1:
        raise NotUnderstood("how the money could reach the target", terms.target_text,
                            "a target above the principal")
    asked = terms.asked_unit or terms.rate_unit[0]
    r, factor = exact.rational(terms.rate), exact.rational(k)
    if mode == "simple":
        crossing = (factor - 1) / r
        steps = [Step("simple_time", "Simple interest: solve 1 + r\u00b7t = k.",
                      (f"t = ({exact.frac_text(k)} \u2212 1)/{exact.frac_text(terms.rate)}",))]
        return _in_unit(crossing, terms.rate_unit[0], asked, steps, [])
    if mode == "continuous":
        crossing = sympy.log(factor) / r
        steps = [Step("continuous_time", "Continuous compounding: solve e^(r\u00b7t) = k.",
                      (f"t = log({exact.frac_text(k)})/{exact.frac_text(terms.rate)}",))]
        return _in_unit(crossing, terms.rate_unit[0], asked, steps, [])
    count, unit = _compound_period(terms)
    i = terms.rate * convert(count, unit, terms.rate_unit[0])[0]
    growth = exact.rational(1 + i)
    crossing = sympy.log(factor) / sympy.log(growth)
    whole = _smallest_whole(crossing, growth, factor)
    steps = [Step("period_rate", f"The rate per compounding period is "
                  f"{pct(i)}%.", (f"i = {exact.frac_text(i)}",)),
             Step("set_equal", "Solve (1 + i)^n = k for n with logarithms.",
                  (f"n = log({exact.frac_text(k)})/log({exact.frac_text(1 + i)})",
                   f"n \u2248 {exact.decimal_of(crossing)}")),
             Step("whole_check", f"Whole periods: after {whole - 1} the target is not yet "
                  f"reached, after {whole} it is.",
                  (f"({exact.frac_text(1 + i)})^{whole - 1} \u2248 "
                   f"{exact.decimal_of(growth ** (whole - 1))}",
                   f"({exact.frac_text(1 + i)})^{whole} \u2248 "
                   f"{exact.decimal_of(growth ** whole)}"))]
    scale = exact.rational(convert(count, unit, asked)[0])
    exact_time, whole_time = crossing * scale, sympy.Integer(whole) * scale
    primary, other, label = (whole_time, exact_time, "the exact crossing time") if \
        terms.strict else (exact_time, whole_time, "whole compounding periods (first "
                           "period end at or past the target)")
    alts = [Alternative(label, exact.decimal_of(other), sympy.sstr(other), f"{asked}s")]
    if terms.compounding is None:
        simple = (factor - 1) / r * exact.rational(convert(Fraction(1), terms.rate_unit[0],
                                                           asked)[0])
        alts.append(Alternative("simple interest (no compounding is stated)",
                                exact.decimal_of(simple), sympy.sstr(simple), f"{asked}s"))
    value = exact.decimal_of(primary)
    steps.append(Step("decimal", f"In {asked}s:", (f"\u2248 {value}",)))
    return value, sympy.sstr(primary), f"{asked}s", steps, alts


def _in_unit(crossing, unit: str, asked: str, steps, alts):
    """Return a crossing time converted from the rate's unit to the asked unit."""
    import sympy

    value_expr = crossing * exact.rational(convert(Fraction(1), unit, asked)[0])
    value = exact.decimal_of(value_expr)
    steps.append(Step("decimal", f"In {asked}s:", (f"\u2248 {value}",)))
    return value, sympy.sstr(value_expr), f"{asked}s", steps, alts


def _smallest_whole(crossing, growth, factor) -> int:
    """Return the smallest whole n with growth^n >= factor, checked exactly."""
    import sympy

    guess = max(int(sympy.ceiling(sympy.N(crossing, 50))), 0)
    if guess > 100_000:
        raise NotUnderstood("a time this long", sympy.sstr(crossing), "a realistic rate")
    while guess > 0 and growth ** (guess - 1) >= factor:
        guess -= 1
    while growth ** guess < factor:
        guess += 1
    return guess
