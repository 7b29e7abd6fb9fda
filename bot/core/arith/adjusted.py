"""A rate changed by a stated amount under a named condition: "Ben usually rides at 15 mph.
On a windy day his speed is reduced by 4 mph. How far does he ride on a windy day in 30
minutes?" -> (15 − 4) × 1/2 = 5.5 miles.

One base rate, one sentence that changes it by an amount of the same unit ("reduced by",
"increased by", "drops by", "N mph slower / faster"), and a question that names the
condition of the change (a word of the changing sentence the base sentence does not have,
"windy") and none of the base's own condition words ("normal"). The changed rate then
multiplies or divides the question's quantity, by units, as in rates.py.

Declines: a factor instead of an amount ("twice as fast", "by 20%"), two changes, a question
naming no condition or the base one, an extra number.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.target import read_target

DOWN = frozenset("reduced decreased drops dropped falls fell lowered cut slower less".split())
UP = frozenset("increased rises rose raised goes faster more".split())
RATE_WORDS = frozenset("""speed rate pace is was by his her its their usually normally
reduced decreased increased drops dropped falls fell lowered cut slower faster less more rises
rose raised goes day days""".split())
BLOCKING = frozenset("twice half double triple times percent than average then".split())


def _content(tokens) -> set[str]:
    """Return the content words of a sentence (no stop words, no rate-change words)."""
    return {t.low for t in tokens if t.kind == "word" and t.low not in qty.STOP and
            t.low not in RATE_WORDS}


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the question's product under the changed rate, or None."""
    from bot.core.arith.rates import _fits, _sentences, unit_text

    if BLOCKING & doc.words or {"not", "never", "no"} & set(doc.question_words) or \
            any(t.kind in ("percent", "ordinal") for t in doc.all_tokens):
        return None
    target = read_target(doc.question)
    sentences = _sentences(doc) if target else None
    if not sentences:
        return None
    stated = [(tokens, s) for tokens, s in zip(doc.given, sentences[:-1]) if s.quantities]
    if len(stated) != 2 or any(len(s.quantities) != 1 for _, s in stated):
        return None
    (base_tokens, base), (change_tokens, change) = stated
    rate, delta = base.quantities[0], change.quantities[0]
    words = {t.low for t in change_tokens}
    sign = -1 if DOWN & words else 1 if UP & words else 0
    if not sign or bool(DOWN & words) == bool(UP & words) or rate.unit != delta.unit or \
            not any(e < 0 for _, e in rate.unit) or "by" not in words and not (
                {"slower", "faster"} & words):
        return None
    from bot.core.arith.shapes import names as _names

    names = _names(doc)  # the actor is named everywhere; not a condition
    mine, theirs = _content(change_tokens) - _content(base_tokens) - names, \
        _content(base_tokens) - _content(change_tokens) - names
    asked = set(doc.question_words)
    if not mine & asked or theirs & asked or \
            _qualifier_differs(change_tokens, doc.question, mine & asked):
        return None
    value = rate.value + sign * delta.value
    if value <= 0:
        return None
    changed = qty.Quantity(value, rate.unit, f"{rate.text} changed by {delta.text}",
                           rate.sources + delta.sources)
    fits = _fits([changed] + sentences[-1].quantities, target)
    if len({v for v, _, _, _ in fits}) != 1 or len(sentences[-1].quantities) != 1:
        return None
    answer, signs, factor, name = fits[0]
    work = Work()
    work.reading.append(f"Base rate \u201c{rate.text}\u201d; under "
                        f"\u201c{' '.join(sorted(mine & asked))}\u201d it changes by "
                        f"\u201c{delta.text}\u201d; the question asks about that case.")
    minus = "\u2212" if sign < 0 else "+"
    work.step("changed_rate", "Apply the change to the rate.",
              f"{show(rate.value)} {minus} {show(delta.value)} = "
              f"{show(value)} {unit_text(dict(rate.unit))}")
    shown = show(sentences[-1].quantities[0].value)
    product = f"{show(value)} \u00d7 {shown}" if signs == (1, 1) else \
        f"{shown} \u00f7 {show(value)}" if signs[0] == -1 else f"{show(value)} \u00f7 {shown}"
    work.step("rate_product", f"Use the changed rate with {sentences[-1].quantities[0].text}"
              + (", converting units" if factor != 1 else "") + ".",
              product + _factor_text(factor) + f" = {show(answer)}")
    return work, answer, name, name


QUALIFIERS = frozenset("""with against without into toward towards away up down upstream
downstream before after no""".split())


def _qualifier_differs(change_tokens, question, words: set) -> bool:
    """Return True when a condition word is qualified differently in the question: "against
    the current" changes the rate, "with the current" is another case the text never gives."""
    def before(tokens, word):
        lows = [t.low for t in tokens if t.kind == "word" and t.low not in ("the", "a", "an")]
        return {lows[k - 1] for k in range(1, len(lows)) if lows[k] == word}

    for word in words:
        mine, theirs = before(list(change_tokens), word), before(list(question), word)
        if mine != theirs and (mine | theirs) & QUALIFIERS:
            return True
    return False


def _factor_text(factor: Fraction) -> str:
    """Return the unit conversion as a step fragment ("÷ 60", "× 60", or nothing)."""
    if factor == 1:
        return ""
    return f" \u00f7 {show(1 / factor)}" if factor < 1 else f" \u00d7 {show(factor)}"
