"""A sum divided between two people so that their shares, at one compound rate, grow to
equal amounts: x1·(1 + r)^n1 = x2·(1 + r)^n2 with x1 + x2 = T, so
x1 = T·(1 + r)^(n2 − n1) ÷ (1 + (1 + r)^(n2 − n1)).

The years come from "after n1 years ... after n2 years", or from the two ages now and the
age both shares are paid at ("who are 23 and 24 ... at the age of 26"). The two names are
taken in the order they are written; the question asks one of them. Anything else: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.units import singular
from bot.core.negation import negated

DIVIDE = frozenset("divide divides divided split distribute distributes distributed".split())
PEOPLE = frozenset("sons daughters children people persons friends brothers sisters".split())
BLOCKING = frozenset("simple than more less twice times each every three".split())


def _names(doc: Doc) -> list[str]:
    """Return the capitalised words after "between" or "sons"/"daughters", in order."""
    tokens = doc.given_tokens
    names = []
    for k, tok in enumerate(tokens[1:], 1):
        if tok.kind == "word" and tok.text[:1].isupper() and tok.text not in names and \
                tokens[k - 1].text != "." and tok.low not in ("rs", "if", "he", "she", "i"):
            names.append(tok.text)
    return names


def _years(doc: Doc, numbers) -> tuple[Fraction, Fraction, list] | None:
    """Return (n1, n2, tokens used): from "after n years" twice, or two ages and a target."""
    tokens = doc.given_tokens
    index = {id(t): k for k, t in enumerate(tokens)}
    plain = [t for t in numbers if t.kind == "number"]
    afters = [t for t in plain if tokens[index[id(t)] - 1].low == "after" and
              singular(tokens[index[id(t)] + 1].low) == "year"]
    if len(afters) == 2 and len(plain) == 2:
        return afters[0].value, afters[1].value, afters
    words = [t.low for t in tokens]
    if len(plain) == 3 and "age" in words:
        first, second, target = plain
        k = index[id(second)]
        if tokens[index[id(first)] + 1].low != "and" or k + 1 >= len(tokens) or \
                target.value <= max(first.value, second.value):
            return None
        return target.value - first.value, target.value - second.value, plain
    return None


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the share of the asked person, or None."""
    words = doc.words
    singular_words = words | {w.rstrip("s") for w in words}
    if not words & DIVIDE or not words & {"compound", "compounded"} or \
            "equal" not in singular_words or words & BLOCKING or negated(words):
        return None
    numbers = [t for t in doc.all_tokens if t.numeric]
    money = [t for t in numbers if t.kind == "money"]
    rate = [t for t in numbers if t.kind == "percent"]
    if len(money) != 1 or len(rate) != 1 or any(t.numeric for t in doc.question):
        return None
    tokens = doc.given_tokens
    pair = [t for k, t in enumerate(tokens) if t.kind == "number" and t.value == 2 and
            tokens[k + 1:k + 2] and tokens[k + 1].low in PEOPLE]  # "his two sons"
    numbers = [t for t in numbers if not any(t is p for p in pair)]
    years = _years(doc, numbers)
    names = _names(doc)
    if years is None or len(names) != 2 or len(numbers) != 2 + len(years[2]) or len(pair) > 1:
        return None
    asked = [n for n in names if n.lower() in doc.question_words or
             n.lower() + "'s" in doc.question_words]
    if len(asked) != 1:
        return None
    n1, n2, _ = years
    factor = 1 + rate[0].value / 100
    gap = n2 - n1
    if gap.denominator != 1:
        return None
    ratio = factor ** int(gap)  # x1 / x2
    total = money[0].value
    first = total * ratio / (1 + ratio)
    value = first if asked[0] == names[0] else total - first
    work = Work()
    work.reading.append(f"{names[0]}'s share grows for {show(n1)} years, {names[1]}'s for "
                        f"{show(n2)}, at {rate[0].text} compound interest; the amounts are "
                        "equal.")
    work.step("equal_amounts", f"{names[0]} : {names[1]} = (1 + r)^(n2 \u2212 n1).",
              f"{show(factor)}^{int(gap)} = {show(ratio)}")
    work.step("divide_in_ratio", f"{names[0]}'s share = total \u00d7 ratio \u00f7 (1 + ratio).",
              f"{show(total)} \u00d7 {show(ratio)} \u00f7 {show(1 + ratio)} = {show(first)}")
    if value != first:
        work.step("other_share", f"{names[1]}'s share is the rest.",
                  f"{show(total)} \u2212 {show(first)} = {show(value)}")
    return work, value, "dollars", f"{asked[0]}'s share"
