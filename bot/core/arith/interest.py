"""Simple interest: I = P·r·t and A = P + I, solved for whichever of P, r, t-interest or
amount the question asks. Compounding wording is left to the law pipeline; "monthly interest
of 2%" without "compound" is simple with the compound value as the alternative (design guide
§5). Days convert to years by 365 (stated in the reading).
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.units import singular

COMPOUND = frozenset("compound compounded compounding c.i ci".split())
PERIOD_WORDS = {"annum": "year", "annual": "year", "annually": "year", "yearly": "year",
                "year": "year", "monthly": "month", "month": "month"}
YEARS = {"year": Fraction(1), "month": Fraction(1, 12), "day": Fraction(1, 365)}
AMOUNT_ASK = frozenset("amount total pay repay clear owe owed owes back give have return"
                       .split())


def _rate(doc: Doc):
    """Return (percent token, period unit) of the one interest rate, or None."""
    percents = [t for t in doc.given_tokens if t.kind == "percent"]
    if len(percents) != 1:
        return None
    tokens = next(list(s) for s in doc.given if percents[0] in s)
    i = tokens.index(percents[0])
    near = [t.low.strip(".") for t in tokens[max(0, i - 3):i + 5]]
    periods = {PERIOD_WORDS[w] for w in near if w in PERIOD_WORDS}
    if "p" in near and "a" in near:
        periods.add("year")
    return (percents[0], periods.pop()) if len(periods) == 1 else None


def _duration(doc: Doc):
    """Return (number token, years as Fraction) of the one stated duration, or None."""
    found = []
    tokens = doc.all_tokens
    for k, tok in enumerate(tokens[:-1]):
        if tok.kind == "number" and tokens[k + 1].kind == "word":
            unit = singular(tokens[k + 1].text)
            if unit in YEARS:
                found.append((tok, tok.value * YEARS[unit], unit))
    return found[0] if len(found) == 1 else None


def _money_roles(doc: Doc):
    """Split the stated money into principal and interest by the words around each."""
    principal, interest = [], []
    for tokens in list(doc.given) + [doc.question]:
        for k, tok in enumerate(tokens):
            if tok.kind != "money":
                continue
            before = [t.low for t in tokens[max(0, k - 3):k]]
            after = [t.low for t in tokens[k + 1:k + 4]]
            as_interest = any(a == "interest" and b in ("of", "was", "is") for a, b in
                              zip(before, before[1:])) or any(
                a in ("on", "as", "in") and b == "interest" for a, b in zip(after, after[1:]))
            (interest if as_interest else principal).append(tok)
    return principal, interest


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the asked simple-interest quantity, or None."""
    words = {w.strip(".") for w in doc.words}
    if "interest" not in words or words & COMPOUND:
        return None
    rate, duration = _rate(doc), _duration(doc)
    principal, interest = _money_roles(doc)
    numbers = [t for t in doc.numbers()]
    placed = [t for t in (rate and rate[0], duration and duration[0], *principal, *interest) if t]
    if len(placed) != len(numbers) or len(principal) > 1 or len(interest) > 1:
        return None
    question = set(doc.question_words)
    work = Work()
    years = duration[1] if duration else None
    if rate and years is not None:
        r = rate[0].value / 100 / YEARS[rate[1]]
        work.reading.append(f"Simple interest at {rate[0].text} per {rate[1]}"
                            f"{' (365 days a year)' if duration[2] == 'day' else ''} for "
                            f"{duration[0].text} {duration[2]}s.")
        if principal and not interest:
            p = principal[0].value
            i = p * r * years
            work.step("simple_interest", "Interest = principal \u00d7 rate \u00d7 time.",
                      f"{show(p)} \u00d7 {pct(r)} \u00d7 {show(years)} = {show(i)}")
            if "interest" in question and not question & {"amount", "total"}:
                return work, i, "dollars", "interest"
            if question & AMOUNT_ASK:
                work.step("simple_amount", "Amount = principal + interest.",
                          f"{show(p)} + {show(i)} = {show(p + i)}")
                if "simple" not in words:
                    steps = years / YEARS[rate[1]]
                    if steps.denominator == 1:
                        work.alternative("interest compounded each period",
                                         p * (1 + rate[0].value / 100) ** int(steps), "dollars")
                return work, p + i, "dollars", "amount"
            return None
        if interest and not principal and question & {"principal", "sum", "invested",
                                                      "borrowed"}:
            i = interest[0].value
            p = i / (r * years)
            work.step("principal_from_interest", "Principal = interest \u00f7 (rate \u00d7 time).",
                      f"{show(i)} \u00f7 ({pct(r)} \u00d7 {show(years)}) = {show(p)}")
            return work, p, "dollars", "principal"
        return None
    if not rate and years is not None and principal and interest and "rate" in question:
        p, i = principal[0].value, interest[0].value
        r = i / (p * years) * 100
        work.step("rate_from_interest", "Rate = interest \u00f7 (principal \u00d7 time) \u00d7 100.",
                  f"{show(i)} \u00f7 ({show(p)} \u00d7 {show(years)}) \u00d7 100 = {show(r)}")
        return work, r, "% per year", "interest rate"
    return None
