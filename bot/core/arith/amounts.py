"""A sum that "amounts to" stated values at interest (yearly, simple or compound):

    simple:   A = P·(1 + r·n)          compound: A = P·(1 + r)^n

Stated: the rate or the principal, and one amount after n years; or two amounts after
n1 < n2 years (the yearly interest, or the yearly factor, comes from their gap). Asked: the
principal ("the sum") or the rate. Rates and roots must come out exact (a rational n-th
root) or the model declines; so does a compounding period other than a year, both or
neither of "simple" and "compound", or any number without a role.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.units import singular
from bot.core.negation import negated

AMOUNT_CUES = frozenset("amounts amount amounted becomes become became".split())
# (the year count may follow "in" or "after": "Rs. 13,380 after 3 years")
COMPOUND = frozenset("compound compounded compounding ci".split())
OTHER_PERIODS = frozenset("""half half-yearly semi-annually semiannually quarterly monthly
daily weekly continuously quarter months""".split())
BLOCKING = frozenset("""difference than more less twice times double doubles triple thrice
each every installments instalments deposit deposits withdraws both two""".split())
PRINCIPAL_ASK = frozenset("sum principal invested borrowed lent deposited".split())


def _kind(doc: Doc) -> str | None:
    """Return "simple" or "compound" when exactly one is named."""
    tokens = [t.low for t in doc.all_tokens]
    compound = bool(set(tokens) & COMPOUND) or any(tokens[k:k + 3] == ["c", ".", "i"]
                                                   for k in range(len(tokens)))
    simple = "simple" in tokens or any(tokens[k:k + 3] == ["s", ".", "i"]
                                       for k in range(len(tokens)))
    return None if compound == simple else "compound" if compound else "simple"


def _read(doc: Doc):
    """Return (principal, rate, [(amount, years)]) tokens, or None when a number has no
    single role. A year count belongs to the amount just before it ("Rs. 850 in 3 years")."""
    principal = rate = None
    amounts, pending = [], None
    for tokens in list(doc.given) + [doc.question]:
        words = [t.low for t in tokens]
        seen = len(amounts)
        for k, tok in enumerate(tokens):
            if not tok.numeric:
                continue
            nxt = singular(words[k + 1]) if k + 1 < len(words) else ""
            before = set(words[max(0, k - 3):k])
            if tok.kind == "percent":
                if rate is not None:
                    return None
                rate = tok
            elif tok.kind == "number" and nxt == "year" and tok.value.denominator == 1:
                if pending is None:
                    return None
                amounts.append((pending, int(tok.value)))
                pending = None
            elif tok.kind == "money" and (before & AMOUNT_CUES or words[k - 1:k] in
                                          (["to"], ["and"]) and len(amounts) > seen):
                if pending is not None or not _sum_is_subject(words, k):
                    return None
                pending = tok  # "amounts to Rs. 850 in 3 years and to Rs. 925 in 4 years"
            elif tok.kind == "money" and principal is None and pending is None:
                principal = tok
            else:
                return None
    if pending is not None or not amounts:
        return None
    return principal, rate, amounts


SUBJECTS = frozenset("sum money principal investment deposit loan amount capital".split())


def _sum_is_subject(words: list[str], k: int) -> bool:
    """Return True when the first noun of the clause before the amount is the sum ("A sum at
    compound interest amounts to ..."), not the interest ("The interest amounts to ...")."""
    for word in words[:k]:
        if word in SUBJECTS:
            return True
        if word == "interest":
            return False
    return False


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the asked principal or rate of a sum that amounts to stated values, or None."""
    words = {w.strip(".") for w in doc.words}
    if "interest" not in words or not words & AMOUNT_CUES or words & OTHER_PERIODS or \
            words & BLOCKING or negated(words):
        return None
    kind, read = _kind(doc), _read(doc)
    if kind is None or read is None:
        return None
    principal, rate, amounts = read
    question = set(doc.question_words)
    asks = "rate" if "rate" in question else "principal" if question & PRINCIPAL_ASK else None
    if asks is None or len(amounts) > 2 or asks == "rate" and rate is not None or \
            asks == "principal" and principal is not None:
        return None
    work = Work()
    work.reading.append(f"{kind.capitalize()} interest, added once a year: "
                        + ("A = P\u00b7(1 + r\u00b7n)." if kind == "simple" else
                           "A = P\u00b7(1 + r)^n."))
    if len(amounts) == 2:
        found = _from_two(work, kind, amounts, rate, principal, asks == "rate")
    else:
        found = _from_one(work, kind, amounts[0], rate, principal)
    if found is None:
        return None
    p, r = found
    if p <= 0 or r is not None and r <= 0:
        return None
    if asks == "rate":
        return work, r * 100, "% per year", "interest rate"
    return work, p, "dollars", "principal"


def _from_one(work: Work, kind, amount, rate, principal):
    """One amount A after n years with the rate (-> P) or the principal (-> r)."""
    tok, n = amount
    a = tok.value
    if rate is not None and principal is None:
        r = rate.value / 100
        factor = 1 + r * n if kind == "simple" else (1 + r) ** n
        p = a / factor
        work.step("principal_from_amount", "P = A \u00f7 " + ("(1 + r\u00b7n)." if kind ==
                                                             "simple" else "(1 + r)^n."),
                  f"{show(a)} \u00f7 {show(factor)} = {show(p)}")
        return p, r
    if principal is not None and rate is None:
        p = principal.value
        if kind == "simple":
            r = (a / p - 1) / n
            work.step("rate_from_amount", "r = (A \u00f7 P \u2212 1) \u00f7 n.",
                      f"({show(a)} \u00f7 {show(p)} \u2212 1) \u00f7 {n} = {pct(r)}")
            return p, r
        root = _root(a / p, n)
        if root is None:
            return None
        work.step("rate_from_amount", "1 + r = (A \u00f7 P)^(1/n).",
                  f"({show(a)} \u00f7 {show(p)})^(1/{n}) = {show(root)}; r = {pct(root - 1)}")
        return p, root - 1
    return None


def _from_two(work: Work, kind, amounts, rate, principal, asks_rate: bool):
    """Two amounts after n1 < n2 years: their gap gives the yearly interest or factor."""
    if rate is not None or principal is not None:
        return None
    (first, n1), (second, n2) = sorted(amounts, key=lambda pair: pair[1])
    gap = n2 - n1
    if gap <= 0:
        return None
    a1, a2 = first.value, second.value
    if kind == "simple":
        yearly = (a2 - a1) / gap
        p = a1 - yearly * n1
        work.step("yearly_interest", "The yearly interest is the gap of the amounts over the "
                  "gap of the years.", f"({show(a2)} \u2212 {show(a1)}) \u00f7 {gap} = "
                  f"{show(yearly)}")
        work.step("principal_from_amounts", "P = the first amount less its years of interest.",
                  f"{show(a1)} \u2212 {n1} \u00d7 {show(yearly)} = {show(p)}")
        return (p, yearly / p) if p > 0 else None
    root = _root(a2 / a1, gap)
    if root is None:
        if n1 % gap or asks_rate:
            return None  # the yearly factor is irrational and the answer needs it
        p = a1 / (a2 / a1) ** (n1 // gap)  # factor^n1 = (A2/A1)^(n1/gap), a whole power
        work.step("principal_from_amounts", "P = first amount \u00f7 (A2 \u00f7 A1)^(n1 "
                  "\u00f7 gap of the years).", f"{show(a1)} \u00f7 ({show(a2)} \u00f7 "
                  f"{show(a1)})^{n1 // gap} = {show(p)}")
        return p, None
    p = a1 / root ** n1
    work.step("yearly_factor", "The yearly factor is the ratio of the amounts to the power "
              "1 \u00f7 (gap of the years).", f"({show(a2)} \u00f7 {show(a1)})^(1/{gap}) = "
              f"{show(root)}")
    work.step("principal_from_amounts", "P = first amount \u00f7 factor^n1.",
              f"{show(a1)} \u00f7 {show(root)}^{n1} = {show(p)}")
    return p, root - 1


def _root(value: Fraction, n: int) -> Fraction | None:
    """Return the exact positive n-th root of a rational, or None when it is irrational."""
    if value <= 0 or n <= 0:
        return None
    top, bottom = _int_root(value.numerator, n), _int_root(value.denominator, n)
    return Fraction(top, bottom) if top is not None and bottom is not None else None


def _int_root(value: int, n: int) -> int | None:
    """Return the integer n-th root of a positive integer, or None."""
    guess = round(value ** (1 / n))
    for candidate in (guess - 1, guess, guess + 1):
        if candidate > 0 and candidate ** n == value:
            return candidate
    return None
