"""Successive discounts on a marked price: S = M·(1 − d1)·(1 − d2)···, solved for the
selling price, the marked price, or the one discount not stated ("sold at Rs. 4896 after
two successive discounts on Rs. 6400; the first is 10%; the second is?").

The count of discounts ("two successive discounts") must match the stated ones plus the
asked one; the prices take their roles from trade_read ("marked price of", "sold at").
Any other number, a discount without its place in the order, or a question about
something else: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith import trade_read as rd
from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.negation import negated

ORDINALS = {"first": 0, "second": 1, "third": 2}


def _order(word: str) -> int | None:
    """Return the 0-based place of "first" / "2nd" / "2th" (normalized ordinals), else None."""
    if word in ORDINALS:
        return ORDINALS[word]
    digits = word[:-2]
    if digits.isdigit() and word[-2:] in ("st", "nd", "rd", "th") and int(digits) > 0:
        return int(digits) - 1
    return None
SINGLE = frozenset("single effective equivalent net overall total combined".split())
BLOCKING = frozenset("""each per every than twice half times profit gain loss cost tax
interest both plus additional""".split())


def _read(doc: Doc):
    """Return (count, {order: percent}, marked token, selling token) or None."""
    count, discounts, marked, selling = None, {}, None, None
    for tokens in list(doc.given) + [doc.question]:
        words = rd.words_of(tokens)
        for k, tok in enumerate(tokens):
            if not tok.numeric:
                continue
            if tok.kind == "number" and words[k + 1:k + 2] == ["successive"] and count is None:
                count = int(tok.value) if tok.value.denominator == 1 else None
            elif tok.kind == "percent":
                order = [o for o in map(_order, words[max(0, k - 5):k]) if o is not None]
                place = order[0] if len(order) == 1 else len(discounts) if not order else None
                if place is None or place in discounts:
                    return None
                discounts[place] = tok  # "the first discount is 10%", or in stated order
            elif tok.kind == "money":
                role = rd.money_role(words, k, buyer=bool(set(words) & rd.BUYERS))
                if role == "M" and marked is None:
                    marked = tok
                elif role == "S" and selling is None:
                    selling = tok
                else:
                    return None
            else:
                return None
    return count, discounts, marked, selling


def _asked(question: list[str]):
    """Return ("discount", order) | ("S", None) | ("M", None) from the question."""
    order = [o for o in map(_order, question) if o is not None]
    if "discount" in question and len(order) == 1:
        return "discount", order[0]
    if "discount" in question and not order and set(question) & SINGLE:
        return "single", None
    found = rd.asked_words(question)
    if found in ("S", "M"):
        return found, None
    return None


def _head_words(doc: Doc) -> list[str]:
    """Return the words of the question's head when the question is only "what percent"
    ("... equivalent to a single discount of what percent?"), else []."""
    rest = {t.low for t in doc.question} - {"what", "%", "percent", "percentage", "?", "."}
    if rest or not doc.given or doc.given[-1][-1].text in (".", "!", "?"):
        return []
    return [t.low for t in doc.given[-1] if t.kind == "word"]


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the asked price or discount of a chain of successive discounts, or None."""
    words = doc.words
    if "successive" not in words or words & BLOCKING or negated(words):
        return None
    read = _read(doc)
    asked = _asked([t.low for t in doc.question] + _head_words(doc))
    if read is None or asked is None or read[0] is None and asked[0] != "single":
        return None
    count, discounts, marked, selling = read
    what, order = asked
    stated = set(discounts)
    if what == "single":
        return _single(count, discounts, marked, selling)
    if what == "discount":
        if marked is None or selling is None or stated | {order} != set(range(count)) or \
                order in stated:
            return None
    elif stated != set(range(count)) or (marked, selling).count(None) != 1:
        return None
    if what != "discount" and (what == "S") != (selling is None):
        return None
    factor = Fraction(1)
    for k in sorted(stated):
        factor *= 1 - discounts[k].value / 100
    work = Work()
    work.reading.append(f"{count} successive discounts on the marked price, each on the "
                        "price left by the one before.")
    work.step("successive_factor", "Multiply what each stated discount leaves.",
              " \u00d7 ".join(show(1 - discounts[k].value / 100) for k in sorted(stated))
              + f" = {show(factor)}")
    if what == "S":
        value = marked.value * factor
        work.step("successive_price", "Selling price = marked price \u00d7 that factor.",
                  f"{show(marked.value)} \u00d7 {show(factor)} = {show(value)}")
        return work, value, "dollars", "selling price"
    if what == "M":
        value = selling.value / factor
        work.step("successive_marked", "Marked price = selling price \u00f7 that factor.",
                  f"{show(selling.value)} \u00f7 {show(factor)} = {show(value)}")
        return work, value, "dollars", "marked price"
    left = selling.value / (marked.value * factor)
    if not 0 < left <= 1:
        return None
    value = (1 - left) * 100
    work.step("successive_missing", "The missing discount leaves selling \u00f7 (marked "
              "\u00d7 factor) of the price.", f"{show(selling.value)} \u00f7 "
              f"({show(marked.value)} \u00d7 {show(factor)}) = {show(left)}; discount = "
              f"{pct(1 - left)}")
    return work, value, "%", "discount percent"


def _single(count, discounts, marked, selling):
    """The one discount equal to successive ones: 1 − (1 − d1)(1 − d2)···, in percent."""
    if marked is not None or selling is not None or len(discounts) < 2 or \
            count is not None and count != len(discounts):
        return None
    factor = Fraction(1)
    work = Work()
    for k in sorted(discounts):
        factor *= 1 - discounts[k].value / 100
    work.reading.append("Successive discounts, each on the price left by the one before.")
    work.step("successive_factor", "Multiply what each discount leaves.",
              " \u00d7 ".join(show(1 - discounts[k].value / 100) for k in sorted(discounts))
              + f" = {show(factor)}")
    value = (1 - factor) * 100
    work.step("single_discount", "The single discount is what that leaves out.",
              f"(1 \u2212 {show(factor)}) \u00d7 100 = {show(value)}")
    additive = sum((d.value for d in discounts.values()), Fraction(0))
    work.alternative("the discounts simply added", additive, "%")
    return work, value, "%", "single equivalent discount"
