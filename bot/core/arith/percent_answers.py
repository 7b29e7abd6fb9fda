"""Answers of the percent model (percents.py) other than the amount after the changes:
the answer converted to the asked unit, two parts of a story (the changed part, or both
added), the change itself, and the check that a percent is on one of several items bought.
"""

from __future__ import annotations

from bot.core.arith import percent_asks as asks
from bot.core.arith.build import pct, show


def _sentence_of(doc, tok):
    """Return the token list that holds `tok` (see percents._sentence_of)."""
    from bot.core.arith.percents import _sentence_of as sentence_of

    return sentence_of(doc, tok)


def in_asked_unit(found, scale):
    """Convert the answer to the asked unit ("how many cents" of dollar amounts)."""
    factor, unit, _ = scale
    if found is None or factor == 1:
        return found if found is None else (found[0], found[1], unit or found[2], found[3])
    work, value, have, asked = found
    work.step("unit_conversion", f"The question asks in {unit}: convert from "
              f"{have or 'the stated unit'}.",
              f"{show(value)} \u00d7 {show(factor)} = {show(value * factor)}")
    return work, value * factor, unit, asked


def parts(doc, changes, base, work):
    """Two parts of one story ("20 points in the first game and 25% more points in the
    second game"): the question names the changed part (its value), or asks a total (both
    parts added). Returns False when the story has no two parts; None to decline."""
    marks = set().union(*(asks.part_marks(s) for s in doc.given))
    comparative = any(c.cue in asks.COMPARATIVE for c in changes)
    total = asks.asks_total(doc)
    if not comparative or len(marks) < 2 and not total:
        return False
    if len(changes) != 1 or len(marks) < 2:
        return None  # "25% more ... in total" with no second part named: which two?
    change = changes[0]
    tokens = _sentence_of(doc, change.token)
    k = next(i for i, t in enumerate(tokens) if t is change.token)
    mine = asks.part_marks(tokens[k:])
    asked = asks.part_marks(doc.question)
    value, text = base
    changed = value * change.factor
    work.step("apply_percent", f"The other part is {change.token.text} {change.cue}: "
              f"{pct(change.factor)} of {show(value)}.",
              f"{show(value)} \u00d7 {show(change.factor)} = {show(changed)}")
    if total and not asked:
        work.step("sum", "The question asks for both parts together.",
                  f"{show(value)} + {show(changed)} = {show(value + changed)}")
        work.reading.append(f"{text} is one part; the other is {change.token.text} "
                            f"{change.cue}; the question asks the total.")
        return work, value + changed, "", "total"
    if asked and asked <= mine and not total and asks.asks_change(doc) == 0:
        work.reading.append(f"The question asks the part that is {change.token.text} "
                            f"{change.cue} than {text}.")
        return work, changed, "", "the other part"
    return None


def one_of_several(doc, changes, text: str) -> bool:
    """Return True when a percent's sentence names one of the items counted in the base
    ("3 shirts at $25 each ... 20% off the second shirt", "one of the mugs")."""
    from bot.core.arith.units import singular

    count = text.split()[0]
    tokens = doc.given_tokens
    k = next((i for i, t in enumerate(tokens) if t.numeric and t.text == count), None)
    item = singular(tokens[k + 1].text) if k is not None and k + 1 < len(tokens) else ""
    for change in changes:
        words = [t for t in _sentence_of(doc, change.token) if t.kind in ("word", "ordinal")]
        for i, tok in enumerate(words[:-1]):
            if tok.low in asks.PART_MARKS or tok.kind == "ordinal" or tok.low == "one":
                after = [singular(t.text) for t in words[i + 1:i + 4]]
                if item in after or after[:1] == ["of"]:
                    return True
    return False


def change_asked(changes, base, direction: int, unit: str, work):
    """The change itself: "how many feet did it grow" = the amount after the changes minus
    the amount before (all changes one way, the way the question asks)."""
    value, text = base
    ups = {c.factor > 1 for c in changes}
    if len(ups) != 1 or direction != 2 and (direction > 0) != ups.pop():
        return None  # "how much did it drop" after a rise, or a rise and a fall
    after = value
    for change in changes:
        work.step("apply_percent", f"After the {change.token.text} {change.cue} the amount is "
                  f"{pct(change.factor)} of {show(after)}.",
                  f"{show(after)} \u00d7 {show(change.factor)} = {show(after * change.factor)}")
        after *= change.factor
    amount = abs(after - value)
    work.step("percent_amount", "The question asks how much it changed: new amount minus "
              "old amount.", f"|{show(after)} \u2212 {show(value)}| = {show(amount)}")
    work.reading.append(f"The amount {text} changes; the question asks the change itself.")
    return work, amount, unit, "change"
