"""A sum that becomes k times itself at simple interest: k = 1 + r·n, so r = (k − 1) ÷ n and
n = (k − 1) ÷ r.

"A sum doubles in 8 years at simple interest; the rate?" gives 12.5%; "it doubles in 5
years; in how many years will it triple?" gives 10. Simple interest must be named
(compound growth is another law), the multiples read from "double(s)", "triple(s)",
"thrice", "N times"; any other number or cue: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.units import singular
from bot.core.negation import negated

MULTIPLES = {"double": 2, "doubles": 2, "doubled": 2, "twice": 2, "triple": 3, "triples": 3,
             "tripled": 3, "thrice": 3, "quadruple": 4, "quadruples": 4}
OTHER_PERIODS = frozenset("month months monthly quarter quarterly day days daily week weeks "
                          "weekly half".split())
BLOCKING = frozenset("compound compounded compounding than half more less each every "
                     "deposit deposits both".split())


def _multiple(tokens) -> tuple[Fraction, list] | None:
    """Return (k, number tokens used) of the one multiple in a token list, else None."""
    found = []
    for k, tok in enumerate(tokens):
        if tok.kind == "word" and tok.low in MULTIPLES:
            found.append((Fraction(MULTIPLES[tok.low]), []))
        elif tok.kind == "number" and tokens[k + 1:k + 2] and tokens[k + 1].low == "times":
            found.append((tok.value, [tok]))
    return found[0] if len(found) == 1 else None


def _years(tokens) -> list:
    """Return the number tokens followed by "year(s)"."""
    return [tok for k, tok in enumerate(tokens) if tok.kind == "number" and
            tokens[k + 1:k + 2] and singular(tokens[k + 1].low) == "year"]


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the rate or the years of a sum that multiplies at simple interest, or None."""
    words = {w.strip(".") for w in doc.words}
    if "simple" not in words or "interest" not in words or words & BLOCKING or \
            negated(words):
        return None
    q_words = set(doc.question_words)
    if q_words & OTHER_PERIODS:
        return None  # "the rate per month": the yearly reading would be wrong
    asks_rate = "rate" in q_words
    given = doc.all_tokens if asks_rate else doc.given_tokens
    question = [] if asks_rate else list(doc.question)
    first = _multiple(given)
    years = _years(given)
    percents = [t for t in given if t.kind == "percent"]
    if first is None or first[0] <= 1:
        return None
    k1, used = first
    others = [t for t in doc.all_tokens if t.numeric and t not in used and t not in years
              and t not in percents]
    work = Work()
    if asks_rate and len(years) == 1 and not percents and not others:
        n = years[0].value
        r = (k1 - 1) / n
        work.reading.append(f"The sum becomes {show(k1)} times itself in {years[0].text} "
                            "years at simple interest: the interest is (k \u2212 1) times it.")
        work.step("si_rate_from_multiple", "r = (k \u2212 1) \u00f7 n.",
                  f"({show(k1)} \u2212 1) \u00f7 {show(n)} = {pct(r)}")
        return work, r * 100, "% per year", "interest rate"
    if not {"many", "long"} & q_words or not {"years", "year"} & q_words:
        return None
    second = _multiple(question)
    if second is None or second[0] <= 1 or [t for t in others if t not in second[1]]:
        return None
    if len(years) == 1 and not percents:
        r = (k1 - 1) / years[0].value
        work.step("si_rate_from_multiple", "r = (k \u2212 1) \u00f7 n.",
                  f"({show(k1)} \u2212 1) \u00f7 {show(years[0].value)} = {pct(r)}")
    else:
        return None
    n2 = (second[0] - 1) / r
    work.reading.append("Simple interest: after n years the sum is (1 + r\u00b7n) times "
                        "itself.")
    work.step("si_years_to_multiple", "n = (k \u2212 1) \u00f7 r.",
              f"({show(second[0])} \u2212 1) \u00f7 {show(r)} = {show(n2)}")
    return work, n2, "years", "years"
