"""The gap between compound and simple interest on one principal at one yearly rate:

    D = P·((1 + r)^n − 1 − n·r)        (compounded yearly, n whole years)

solved for whichever one of the principal P, the rate r or the gap D the question asks
(n must be stated). For a rate the polynomial in r must have exactly one positive rational
root, else decline. Other compounding periods ("half-yearly", "quarterly"), two rates, a
number with no role, or a question about something else: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.units import singular
from bot.core.negation import negated

COMPOUND = frozenset("compound compounded compounding ci".split())
OTHER_PERIODS = frozenset("""half half-yearly half-yearly semi-annually semiannually
quarterly monthly daily weekly continuously six months quarter""".split())
GAP_BEFORE = frozenset("in is was be of by".split())
GAP_AFTER = frozenset("more less extra".split())
GAP_WORDS = frozenset("difference differ differs exceeds exceed exceeded".split())
RATE_ASK = frozenset("rate".split())
PRINCIPAL_ASK = frozenset("principal sum amount invested borrowed lent deposited".split())
IS_WORDS = frozenset("is was are were be comes came amounts amounted".split())
BLOCKING = frozenset("""than twice times half ratio each every both two installments
instalments deposits deposit withdraws monthly""".split())


def _compound_named(doc: Doc) -> bool:
    """Return True when compound interest is named ("compound", "C.I.", "CI")."""
    tokens = [t.low for t in doc.all_tokens]
    spelled = any(tokens[k:k + 3] == ["c", ".", "i"] for k in range(len(tokens)))
    return bool(set(tokens) & COMPOUND) or spelled


def _roles(doc: Doc):
    """Return (principal, rate, years, gap) tokens (years as (token, n)); None when a number
    has no single role."""
    found = {"P": None, "r": None, "n": None, "D": None}
    for tokens in list(doc.given) + [doc.question]:
        words = [t.low for t in tokens]
        gap_sentence = bool(set(words) & (GAP_WORDS | GAP_AFTER))
        for k, tok in enumerate(tokens):
            if not tok.numeric:
                continue
            role = _role(tok, words, k, gap_sentence)
            if role is None or found[role] is not None:
                return None
            found[role] = tok
    return found


def _role(tok, words, k, gap_sentence) -> str | None:
    """Return "P", "r", "n" or "D" for one number from the words beside it."""
    if tok.kind == "percent":
        return "r"
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if tok.kind == "number":
        return "n" if singular(nxt) == "year" and tok.value.denominator == 1 else None
    if nxt in GAP_AFTER:
        return "D"
    prev = words[k - 1] if k else ""
    if gap_sentence and set(words[:k]) & GAP_WORDS and prev in GAP_BEFORE:
        return "D"
    if prev in IS_WORDS and "interest" in words[:k]:
        return None  # "The simple interest on a sum ... is $400": an interest, not the sum
    return "P"


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the asked principal, rate or gap of compound over simple interest, or None."""
    words = {w.strip(".") for w in doc.words}
    if "simple" not in words or not _compound_named(doc) or words & OTHER_PERIODS or \
            words & BLOCKING or negated(words):
        return None
    roles = _roles(doc)
    if roles is None or roles["n"] is None:
        return None
    question = set(doc.question_words)
    unknown = [k for k in ("P", "r", "D") if roles[k] is None]
    if len(unknown) != 1:
        return None
    asked = unknown[0]
    if asked == "r" and not question & RATE_ASK or asked == "P" and not \
            question & PRINCIPAL_ASK or asked == "D" and "difference" not in question:
        return None
    n = int(roles["n"].value)
    work = Work()
    work.reading.append(f"Compound interest (added once a year) and simple interest on the "
                        f"same principal at the same yearly rate for {n} years.")
    work.step("ci_si_gap", "The gap between compound and simple interest is "
              "P\u00b7((1 + r)^n \u2212 1 \u2212 n\u00b7r).", f"n = {n}")
    if asked == "r":
        return _rate(work, roles, n)
    r = roles["r"].value / 100
    factor = (1 + r) ** n - 1 - n * r
    if factor <= 0:
        return None
    if asked == "P":
        principal = roles["D"].value / factor
        work.step("ci_si_principal",
                  "Principal = gap \u00f7 ((1 + r)^n \u2212 1 \u2212 n\u00b7r).",
                  f"{show(roles['D'].value)} \u00f7 {show(factor)} = {show(principal)}")
        return work, principal, "dollars", "principal"
    gap = roles["P"].value * factor
    work.step("ci_si_difference", "Gap = P \u00d7 ((1 + r)^n \u2212 1 \u2212 n\u00b7r).",
              f"{show(roles['P'].value)} \u00d7 {show(factor)} = {show(gap)}")
    return work, gap, "dollars", "difference"


def _rate(work: Work, roles, n: int):
    """Solve P·((1 + r)^n − 1 − n·r) = D for the one positive rational rate."""
    import sympy

    r = sympy.Symbol("r", positive=True)
    p, d = (sympy.Rational(roles[k].value.numerator, roles[k].value.denominator)
            for k in ("P", "D"))
    roots = [x for x in sympy.solve(sympy.Eq(p * ((1 + r) ** n - 1 - n * r), d), r)
             if x.is_Rational and x > 0]
    if len(roots) != 1:
        return None
    rate = Fraction(int(roots[0].p), int(roots[0].q))
    work.step("ci_si_rate", f"Solve {show(roles['P'].value)}\u00b7((1 + r)^{n} \u2212 1 \u2212 "
              f"{n}r) = {show(roles['D'].value)} for r > 0.", f"r = {pct(rate)}")
    return work, rate * 100, "% per year", "interest rate"
