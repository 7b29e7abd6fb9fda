"""A value that changes by r% per period, asked n periods ago: the present value divided by
(1 ± r)^n (compound: design guide §5 reads "increases by r% per year" as compound).

"The population grows by 10% every year; it is 12100 now; what was it 2 years ago?" gives
12100 ÷ 1.1² = 10000. One percent change with a recurring period ("every year", "per
annum", "annually"), one present value, and a question "n <periods> ago" in the same unit;
anything else (a second rate, a rate of another period, a future horizon) is None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.units import singular
from bot.core.negation import negated

UP = frozenset("increases increased increase increasing grows grow grew growing rises rise "
               "rose rising".split())
DOWN = frozenset("decreases decreased decrease decreasing falls fall fell falling declines "
                 "declined declining drops dropped shrinks depreciates depreciated "
                 "depreciating".split())
PERIOD_WORDS = {"annum": "year", "annually": "year", "yearly": "year", "year": "year",
                "monthly": "month", "month": "month", "week": "week", "weekly": "week",
                "day": "day", "daily": "day"}
RECURRING = frozenset("every per each annually yearly monthly weekly daily a".split())
BLOCKING = frozenset("than twice times half both interest compound simple more less "
                     "additional then".split())


def _rate(doc: Doc):
    """Return (percent, +1/−1, period unit) of the one recurring percent change, or None."""
    found = doc.sole_percent()
    if found is None:
        return None
    tokens, k = found
    words = [t.low for t in tokens]
    near = set(words[max(0, k - 4):k])
    up, down = bool(near & UP), bool(near & DOWN)
    after = words[k + 1:k + 3]
    units = {PERIOD_WORDS[w] for w in after if w in PERIOD_WORDS}
    recurring = bool(set(after[:1]) & RECURRING) or after[:1] in (["annually"],)
    if up == down or len(units) != 1 or not recurring:
        return None
    return tokens[k], 1 if up else -1, units.pop()


PRESENT = frozenset("present presently now current currently today".split())


def _names(doc: Doc) -> set[str]:
    """Return the capitalised words that are not the first of their sentence (names)."""
    return {t.text for tokens in list(doc.given) + [doc.question] for t in tokens[1:]
            if t.kind == "word" and t.text[:1].isupper() and t.text != "I"}


def _present(doc: Doc, rate) -> object | None:
    """Return the one stated value, said to be the present one ("now", "present"), or None."""
    values = [t for t in doc.given_tokens if t.numeric and t is not rate]
    if len(values) != 1 or values[0].kind == "percent":
        return None
    for tokens in doc.given:
        low = [t.low for t in tokens]
        for k, tok in enumerate(tokens):
            if tok is values[0] and set(low[max(0, k - 4):k + 3]) & PRESENT:
                return tok
    return None


def _ago(doc: Doc, unit: str) -> int | None:
    """Return n from "n <unit>s ago" in the question, or None."""
    tokens = doc.question
    numbers = [t for t in tokens if t.numeric]
    if len(numbers) != 1:
        return None
    k = next(i for i, t in enumerate(tokens) if t is numbers[0])
    after = [t.low for t in tokens[k + 1:k + 3]]
    if len(after) != 2 or singular(after[0]) != unit or after[1] != "ago" or \
            numbers[0].kind != "number" or numbers[0].value.denominator != 1:
        return None
    return int(numbers[0].value)


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the value n periods before the present one, or None."""
    words = doc.words
    question = set(doc.question_words)
    if words & BLOCKING or negated(words) or "ago" not in question or \
            question & (UP | DOWN | {"grow", "growth", "change", "changed"}):
        return None  # "how much did it grow 2 years ago" asks a change, not the value
    if len(_names(doc)) > 1:
        return None  # "town A ... town B": two actors
    rate = _rate(doc)
    if rate is None:
        return None
    tok, sign, unit = rate
    present, n = _present(doc, tok), _ago(doc, unit)
    if present is None or n is None or n <= 0:
        return None
    factor = 1 + sign * tok.value / 100
    if factor <= 0:
        return None
    value = present.value / factor ** n
    work = Work()
    work.reading.append(f"It is {present.text} now and {'grows' if sign > 0 else 'falls'} by "
                        f"{tok.text} each {unit} (compound); the question asks {n} {unit}s "
                        "back.")
    work.step("past_value", f"Undo {n} {unit}s of the change: divide by {show(factor)} "
              f"({pct(factor)}) {n} times.",
              f"{show(present.value)} \u00f7 {show(factor)}^{n} = {show(value)}")
    unit_text = "dollars" if present.kind == "money" else ""
    return work, value, unit_text, f"value {n} {unit}s ago"
