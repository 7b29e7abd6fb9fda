"""The question of the piecewise family: the value after a horizon ("after 5 years", "at
the end of 10 weeks", "at the end of the 6th month"), in the rates' unit or one that converts
exactly to it (24 months = 2 years, 2 days = 48 hours); anything else declines."""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.units import dimension, is_time, singular, size
from bot.core.families._periods_read import ordinal
from bot.core.families._piece_read import decline
from bot.core.families.periods import ASK_BLOCK, DOWN_ASKS, UP_ASKS, VALUE_ASKS

HORIZON_PREPS = frozenset("after in within of".split())
SIZE_ASKS = frozenset("tall high long heavy big large deep wide".split())
COMMON = frozenset("""what is are was were will be would the a an there it its after in at of
end how by does do did have has live living remain remains to nearest whole number round
rounded rounding tenth hundredth cent decimal place places answer give find calculate
compute determine""".split())
ASK_EXTRA = frozenset("""when take takes took rate old grow grows shrink shrinks change
changes gain lose added""".split())


def convert(value: Fraction, unit: str, target: str, tok) -> Fraction:
    """Return `value` `unit`s counted in `target`s, or decline when the two units do not
    convert exactly (weeks and months, days and years)."""
    if unit == target:
        return value
    if dimension(unit) != dimension(target):
        raise decline(f"how {unit}s convert to {target}s", [tok])
    return value * size(unit) / size(target)


def horizon(doc):
    """Return (number, unit, token) of the one time the question asks about, or decline."""
    q = list(doc.question)
    numerics = [t for t in q if t.numeric or t.kind == "ordinal"]
    found = []
    for k, tok in enumerate(q):
        after = singular(q[k + 1].text) if k + 1 < len(q) else ""
        before = q[k - 1].low if k > 0 else ""
        if tok.kind == "number" and is_time(after) and before in HORIZON_PREPS:
            found.append((tok.value, after, tok))
        elif tok.kind == "ordinal" and is_time(after) and ordinal(tok) and \
                [t.low for t in q[max(0, k - 3):k]] == ["end", "of", "the"]:
            found.append((Fraction(ordinal(tok)), after, tok))
    if len(found) != 1 or len(numerics) != 1:
        raise decline("when the question asks about", numerics or q)
    return found[0]


def check_asks(doc, start, noun: str) -> None:
    """Decline unless the question asks the value itself: "what is the population", "how
    many bacteria", "what is it worth", "how tall is it", "what are sales"."""
    q = list(doc.question)
    words = set(doc.question_words)
    if "%" in {t.text for t in q} or words & {"percent", "percentage"}:
        raise decline("a percent asked (the value after the rates is what I compute)", q)
    if words & (ASK_BLOCK | UP_ASKS | DOWN_ASKS | ASK_EXTRA):
        raise decline("what the question asks after the rates", q)
    lows = [t.low for t in q]
    if "by" in lows and lows.index("by") + 1 < len(lows) and lows[lows.index("by") + 1] == "how":
        raise decline("how much it changed (the value after the rates is what I compute)", q)
    how = lows.index("how") if "how" in lows else -1
    follow = lows[how + 1] if 0 <= how < len(lows) - 1 else ""
    named = singular(lows[how + 2]) if follow == "many" and how + 2 < len(lows) else ""
    start_words = {t.low for s in doc.given[:1] for t in s if t.kind == "word"}
    nouns = {w for w in words if w not in COMMON and not is_time(singular(w))}
    if follow == "many" and (not named or named != noun or is_time(named)):
        raise decline("what the question counts", q)
    if not (follow in ("much", "many") or follow in SIZE_ASKS or
            nouns and nouns <= start_words | VALUE_ASKS):
        raise decline("what the question asks after the rates", q)
    if words & {"worth", "price", "dollars"} and start.kind != "money":
        raise decline("a money value asked of a count", q)
