"""The whole from a percent's amount: "a 5% commission on sales; he got $500 as commission;
the sales were worth?" gives sales = 500 ÷ 5%.

One percent tied to a change noun (commission, discount, tax, tip, rebate, reduction), one
amount tied to the same noun ("$500 as commission", "a reduction of $13"), and a question
that asks for the amount the percent is taken of (sales, bill, price, worth ...) and not
for the noun itself. Any other number or cue: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.negation import negated

NOUNS = {"commission": "commission", "commissions": "commission", "discount": "discount",
         "tax": "tax", "tip": "tip", "rebate": "rebate", "reduction": "reduction",
         "concession": "concession", "brokerage": "brokerage"}
WHOLE = frozenset("sales sale worth bill price cost value amount total sum".split())
AFTER_ASK = frozenset("""paid pay pays spent spend spends net left get gets got received
receive receives kept keep keeps""".split())
SUBJECT_VERBS = frozenset("came amounted amounts totaled totalled was were is saved "
                          "saves".split())
BLOCKING = frozenset("""each per every than more less twice half times plus and both
another additional further then after before left remaining salary fixed""".split())


def _noun_near(words: list[str], k: int, before: int, after: int) -> set[str]:
    """Return the change nouns within `before` words before and `after` words after k."""
    near = words[max(0, k - before):k] + words[k + 1:k + 1 + after]
    return {NOUNS[w] for w in near if w in NOUNS}


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the whole a percent is taken of, from the percent's amount, or None."""
    words = doc.words
    question = set(doc.question_words)
    if words & BLOCKING or negated(words) or not question & WHOLE or \
            question & set(NOUNS) or question & AFTER_ASK:
        return None  # "the price she paid" is the price after the discount, not the whole
    numbers = [t for t in doc.all_tokens if t.numeric]
    percents = [t for t in numbers if t.kind == "percent"]
    amounts = [t for t in numbers if t.kind != "percent"]
    if len(percents) != 1 or len(amounts) != 1 or any(t.numeric for t in doc.question):
        return None
    nouns = []
    for tokens in doc.given:
        low = [t.low for t in tokens]
        at = None
        for k, tok in enumerate(tokens):
            if tok is percents[0]:
                nouns.append(_noun_near(low, k, 3, 1))
                at = k
            elif tok is amounts[0]:
                own = _noun_near(low, k, 2, 2)
                if not own and at is not None and set(low[at + 1:k]) & SUBJECT_VERBS:
                    own = set(nouns[0])  # "A 5% tax on a meal came to $3": the tax's amount
                nouns.append(own)
    if len(nouns) != 2 or len(nouns[0]) != 1 or nouns[0] != nouns[1]:
        return None
    noun = nouns[0].pop()
    rate = percents[0].value / 100
    part = amounts[0].value
    whole = part / rate
    work = Work()
    work.reading.append(f"The {noun} is {percents[0].text} of the whole, and the {noun} was "
                        f"{amounts[0].text}.")
    work.step("whole_from_part", f"Whole = {noun} \u00f7 {pct(rate)}.",
              f"{show(part)} \u00f7 {show(rate)} = {show(whole)}")
    unit = "dollars" if amounts[0].kind == "money" else ""
    return work, whole, unit, "whole amount"


NUMBER_NOUNS = frozenset("number value quantity amount sum".split())
EQUALS = frozenset("is was equals equal gives makes".split())


def solve_number(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """"30% of a number is 60; what is the number?" -> 60 ÷ 30% = 200. One percent, one
    number, the noun repeated by the question; anything else: None."""
    question = doc.question_words
    if doc.words & BLOCKING or negated(doc.words) or any(t.numeric for t in doc.question):
        return None
    numbers = [t for t in doc.given_tokens if t.numeric]
    if len(numbers) != 2 or numbers[0].kind != "percent" or numbers[1].kind == "percent":
        return None
    for tokens in doc.given:
        low = [t.low for t in tokens]
        if not any(t is numbers[0] for t in tokens) or not any(t is numbers[1] for t in tokens):
            continue
        k = next(i for i, t in enumerate(tokens) if t is numbers[0])
        j = next(i for i, t in enumerate(tokens) if t is numbers[1])
        middle = [w for w in low[k + 1:j] if w not in ("a", "the", "certain")]
        if len(middle) != 3 or middle[0] != "of" or middle[1] not in NUMBER_NOUNS or \
                middle[2] not in EQUALS or middle[1] not in question:
            return None
        rate, part = numbers[0].value / 100, numbers[1].value
        work = Work()
        work.reading.append(f"{numbers[0].text} of the {middle[1]} is {numbers[1].text}.")
        work.step("whole_from_part", f"The {middle[1]} = {show(part)} \u00f7 {pct(rate)}.",
                  f"{show(part)} \u00f7 {show(rate)} = {show(part / rate)}")
        return work, part / rate, "", middle[1]
    return None


def solve_chain(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """"What is 15% of 20% of 400?": a percent of a percent of an amount, asked outright."""
    if doc.given or not doc.question or doc.question[0].low != "what":
        return None
    body = [t for t in doc.question[1:] if t.text not in ("?", ".")]
    if not body or body[0].low not in ("is", "was"):
        return None
    body = body[1:]
    if len(body) < 5 or len(body) % 2 == 0 or body[-1].kind not in ("number", "money"):
        return None
    percents, value = body[:-1:2], body[-1].value
    if any(t.kind != "percent" for t in percents) or any(t.low != "of" for t in body[1::2]):
        return None
    work = Work()
    for tok in reversed(percents):
        after = value * tok.value / 100
        work.step("percent_of", f"{tok.text} of {show(value)}.",
                  f"{show(value)} \u00d7 {show(tok.value / 100)} = {show(after)}")
        value = after
    unit = "dollars" if body[-1].kind == "money" else ""
    return work, value, unit, "percent of a percent"
