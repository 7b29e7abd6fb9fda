"""A price change that lets a fixed sum buy more (or less): "a 20% cut in the price of sugar
lets a man buy 5 kg more for Rs. 100; the reduced price per kg?"

With the old price o, the new price n = o·(1 ∓ p) and the sum Y: Y/n − Y/o = ±Q, so in both
directions the new price is n = p·Y ÷ Q (p taken of the old price) and the old one is
o = n ÷ (1 ∓ p). One percent change of a price, one sum, one quantity "more"/"less" with
its unit, and a question for the new ("reduced", "increased", "new") or the old
("original") price: anything else is None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.negation import negated

DOWN = frozenset("reduction reduced reduces reduce fall falls fell decrease decreased "
                 "drop dropped cut lowered lower".split())
UP = frozenset("rise rises rose increase increased increases hike raised".split())
NEW_ASK = frozenset("reduced new increased present current".split())
OLD_ASK = frozenset("original old earlier initial usual".split())
BLOCKING = frozenset("each than twice times half both spends spent profit discount tax "
                     "interest".split())


def _read(doc: Doc):
    """Return (percent, sum, quantity, unit, more?) tokens, or None."""
    numbers = [t for t in doc.given_tokens if t.numeric]
    if any(t.numeric for t in doc.question) or len(numbers) != 3:
        return None
    percent = [t for t in numbers if t.kind == "percent"]
    money = [t for t in numbers if t.kind == "money"]
    plain = [t for t in numbers if t.kind == "number"]
    if not (len(percent) == len(money) == len(plain) == 1):
        return None
    tokens = doc.given_tokens
    k = next(i for i, t in enumerate(tokens) if t is plain[0])
    after = [t.low for t in tokens[k + 1:k + 3]]
    if len(after) < 2 or after[1] not in ("more", "less", "fewer") or \
            tokens[k + 1].kind != "word":
        return None
    return percent[0], money[0], plain[0], after[0], after[1] == "more"


def _direction(doc: Doc, percent) -> int | None:
    """Return −1 for a price cut, +1 for a rise, from the words beside the percent."""
    tokens = doc.given_tokens
    k = next(i for i, t in enumerate(tokens) if t is percent)
    near = {t.low for t in tokens[max(0, k - 4):k + 3]}
    if "price" not in {t.low for t in tokens[max(0, k - 6):k + 6]}:
        return None
    down, up = bool(near & DOWN), bool(near & UP)
    return None if down == up else -1 if down else 1


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the new or old price per unit, or None."""
    words = doc.words
    question = set(doc.question_words)
    if words & BLOCKING or negated(words) or "price" not in question:
        return None
    read = _read(doc)
    if read is None:
        return None
    percent, total, quantity, unit, more = read
    sign = _direction(doc, percent)
    if sign is None or more != (sign < 0):
        return None  # a cheaper price buys more; a dearer one less
    asks_new, asks_old = bool(question & NEW_ASK), bool(question & OLD_ASK)
    if asks_new == asks_old:
        return None
    p, y, q = percent.value / 100, total.value, quantity.value
    new = p * y / q
    work = Work()
    work.reading.append(f"The price {'falls' if sign < 0 else 'rises'} by {percent.text}; "
                        f"{total.text} then buys {quantity.text} {unit} "
                        f"{'more' if more else 'less'}.")
    work.step("price_change_buys", f"The {pct(p)} change of the old price, over the whole sum, "
              f"is what {quantity.text} {unit} cost at the new price.",
              f"new price = {show(p)} \u00d7 {show(y)} \u00f7 {show(q)} = {show(new)}")
    if asks_new:
        return work, new, f"dollars per {unit}", "new price"
    old = new / (1 + sign * p)
    work.step("old_price", "Old price = new price \u00f7 (1 \u2213 change).",
              f"{show(new)} \u00f7 {show(1 + sign * p)} = {show(old)}")
    return work, old, f"dollars per {unit}", "original price"
