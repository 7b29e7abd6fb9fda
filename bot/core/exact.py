"""Exact numbers and their printing: Fractions to SymPy, safe powers, decimal strings.

Huge exact powers are never expanded: above MAX_EXACT_DIGITS the value is kept as an
unevaluated power and its decimal is computed from logarithms (mpmath), so 10^18 periods
cost microseconds instead of hanging.
"""

from __future__ import annotations

import math
from fractions import Fraction

MAX_EXACT_DIGITS = 2000
SIG_DIGITS = 10


def rational(value: Fraction):
    """Return the SymPy Rational of an exact Fraction."""
    import sympy

    return sympy.Rational(value.numerator, value.denominator)


def frac_text(value: Fraction) -> str:
    """Return "21/20" or "30" for a Fraction (plain text, no evaluation)."""
    return str(value.numerator) if value.denominator == 1 else \
        f"{value.numerator}/{value.denominator}"


def digits_of_power(base: Fraction, exponent: Fraction) -> float:
    """Estimate the decimal digits of numerator/denominator of base**exponent."""
    size = max(abs(base.numerator), base.denominator, 2)
    return abs(float(exponent)) * math.log10(size)


def expands(base: Fraction, exponent: Fraction) -> bool:
    """Return True when base**exponent is computed exactly: a whole exponent and a result of
    at most MAX_EXACT_DIGITS digits (power() then gives the evaluated Rational)."""
    return exponent.denominator == 1 and digits_of_power(base, exponent) <= MAX_EXACT_DIGITS


def power(base: Fraction, exponent: Fraction) -> tuple[object, bool]:
    """Return (base**exponent as SymPy, exact_evaluated?) without expanding huge powers."""
    import sympy

    if expands(base, exponent):
        if base or exponent >= 0:
            # The same exact Rational SymPy's power gives, computed on Fractions: SymPy's
            # Pow asks assumptions about its operands first, which costs more than the power.
            return rational(base ** int(exponent)), True
        return rational(base) ** int(exponent), True
    return sympy.Pow(rational(base), rational(exponent), evaluate=False), False


def decimal_of(expr, digits: int = SIG_DIGITS) -> str:
    """Return a decimal string with `digits` significant digits (scientific when large)."""
    import sympy

    if getattr(expr, "is_Integer", False) and abs(expr.p).bit_length() < 100:
        return str(expr)
    if getattr(expr, "is_Rational", False):
        return rational_decimal(expr.p, expr.q, digits)
    return evaluated_decimal(sympy.N(expr, digits + 5), digits)


def evaluated_decimal(value, digits: int = SIG_DIGITS) -> str:
    """Return what decimal_of returns for an expression whose N(expr, digits + 5) is `value`.

    For a caller that also needs the number itself (e.g. to round it), so the expression is
    evaluated once.
    """
    import sympy

    if isinstance(value, sympy.Float):
        # What .is_zero / .is_real answer for a Float, without SymPy's assumption system
        # (deducing every fact of a new Float costs more than the evaluation itself).
        if not value:
            return "0"
    elif value.is_zero:
        return "0"
    elif not value.is_real:
        raise ValueError("not a real number")
    return format_float_text(sympy.Float(value, digits + 5), digits)


def rational_decimal(p: int, q: int, digits: int = SIG_DIGITS) -> str:
    """Return what `decimal_of(Rational(p, q))` returns, on mpmath's number tuples alone.

    The same roundings as SymPy's N(): the quotient to the working precision plus 4 bits,
    then to the precision of digits + 5 decimal places (and to mpmath's precision when it
    is printed), without building SymPy Floats (their assumptions cost more than the
    division).
    """
    import mpmath
    from mpmath.libmp import dps_to_prec, from_int, mpf_div, mpf_pos, round_nearest, to_str

    if not p:
        return "0"
    prec = dps_to_prec(digits + 5)
    value = mpf_pos(mpf_div(from_int(p), from_int(q), prec + 4, round_nearest), prec,
                    round_nearest)
    value = mpf_pos(value, mpmath.mp.prec, round_nearest)
    # What mpmath.nstr(mpmath.mpf(value), ...) prints: mpf() of a value already at mpmath's
    # precision keeps it, and nstr() of an mpf is to_str() of its tuple.
    return to_str(value, digits, min_fixed=-5, max_fixed=16)


def fraction_decimal(value: Fraction, digits: int = SIG_DIGITS) -> str:
    """Return decimal_of(rational(value)) without building the SymPy Rational."""
    p, q = value.numerator, value.denominator
    if q == 1 and abs(p).bit_length() < 100:
        return str(p)
    return rational_decimal(p, q, digits)


def format_float_text(value, digits: int = SIG_DIGITS) -> str:
    """Format a SymPy Float with `digits` significant digits, plain when moderate."""
    import mpmath

    mp = value._to_mpmath(mpmath.mp.prec) if hasattr(value, "_to_mpmath") else value
    text = mpmath.nstr(mp, digits, min_fixed=-5, max_fixed=16)
    return text


def log_decimal(start: Fraction, base: Fraction, exponent: Fraction) -> str:
    """Return start·base^exponent as a decimal string computed through logarithms."""
    import mpmath

    extra = len(str(abs(exponent.numerator))) + 20
    with mpmath.workdps(min(extra, 5000)):
        log10 = mpmath.log10(mpmath.mpf(start.numerator) / start.denominator) + \
            mpmath.mpf(exponent.numerator) / exponent.denominator * \
            mpmath.log10(mpmath.mpf(base.numerator) / base.denominator)
        exponent10 = int(mpmath.floor(log10))
        mantissa = mpmath.power(10, log10 - exponent10)
        mantissa_text = mpmath.nstr(mantissa, SIG_DIGITS)
    if mantissa_text.startswith("10.0"):
        mantissa_text, exponent10 = "1.0", exponent10 + 1
    return f"{mantissa_text}e{exponent10:+d}"


def round_to(value_text: str, step: Fraction) -> str:
    """Round a decimal string to a multiple of `step` (half up), as plain text."""
    from decimal import ROUND_HALF_UP, Decimal

    value = Decimal(value_text)
    if step >= 1:
        q = Decimal(step.numerator) / Decimal(step.denominator)
        return str(int((value / q).quantize(Decimal(1), rounding=ROUND_HALF_UP) * q))
    places = len(str(step.denominator)) - 1
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def pretty(expr) -> str:
    """Return a readable plain-text form of a SymPy expression (· for ×, ^ for powers)."""
    return pretty_text(text_of(expr))


def pretty_text(text: str) -> str:
    """Return pretty() of an expression whose str() is `text` (when both are shown)."""
    return text.replace("**", "^").replace("*", "·")


def text_of(expr) -> str:
    """Return str(expr), SymPy's plain text of an expression (what sympy.sstr gives).

    A Rational is printed directly ("21/20", "-3"): the text SymPy's _print_Rational and
    _print_Integer give, without the printer's set-up and dispatch around them."""
    if getattr(expr, "is_Rational", False):
        return str(expr.p) if expr.q == 1 else f"{expr.p}/{expr.q}"
    return str(expr)
