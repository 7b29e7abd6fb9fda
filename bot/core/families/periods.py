"""Percent changes over successive named periods: "A boat cost $9000. In the first year it
lost 30% of its value. In the second year it lost another 30%. What is it worth after the
two years?" -> 9000 × 7/10 × 7/10.

One start amount; percent rises and falls each tied to an ordinal period ("in the first
year", "during the 2nd month", "in year 3", "the next year") or chained ("then", "another",
"a further"); the periods run 1, 2, ... n of one unit, none skipped or repeated. The question
asks the value after all of them ("after 2 years" with 2 periods listed, "now"), after the
first K ("at the end of the second year", "after 1 year": the later changes reported unused),
or the overall percent rise or fall. Every change works on the value the previous one left
(successive, not "of the original value", which declines). A horizon past the last listed
period, a second amount, a rate per period, trade words or any other question declines.

ORDER "after", and last of all families: it only sees what every other solver declined, so
it never changes an answer they give (the law pipeline declines these: one quantity with
several changes). Its own declines are recorded but the earlier decline is the one shown.
"""

from __future__ import annotations

from fractions import Fraction

ORDER = "after"
HORIZON_PREPS = frozenset("after in over within the for of by".split())
VALUE_ASKS = frozenset("""worth value price population amount level size number balance
now final finally end""".split())
ASK_BLOCK = frozenset("""start started original originally initially initial before begin
beginning bought paid cost costs change changed difference more less lose loses lost
gain gained gains each per average rate year's month's total earn earned earns
altogether sum combined all spent spend pay pays save saved interest new ago""".split())
MONEY_ASKS = frozenset("worth price dollars".split())
DOWN_ASKS = frozenset("""decrease decreased loss lost lose depreciation depreciated fall fell
drop dropped decline declined reduction""".split())
UP_ASKS = frozenset("""increase increased gain gained growth grew rise rose appreciation
appreciated""".split())


def solve(problem, text: str):
    """Return the value after successive percent changes over named periods, or None."""
    from bot.core.arith import doc as docs
    from bot.core.families import _periods_read as rd
    from bot.core.negation import negated

    doc = docs.read(problem)
    if doc is None or not _looks_like(doc):
        return None
    if negated(doc.words) or rd.blocked(doc.words):
        stop = rd.blocked(doc.words) or {"not", "never"}
        raise rd.decline("a change this family does not model",
                          [t for t in doc.all_tokens if t.low in stop][:1] or doc.question)
    found, used = rd.changes(doc)
    if len(found) < 1:
        return None
    start = rd.start(doc, used)
    kind, count = _asked(doc, found, start)
    return _answer(kind, start, found, count, text)


def _looks_like(doc) -> bool:
    """Return True for a problem with a percent and an ordinal period (the family's
    signature); everything else is left to the other solvers untouched."""
    tokens = doc.given_tokens
    return any(t.kind == "percent" for t in tokens) and any(t.kind == "ordinal" for t in tokens) \
        or any(t.kind == "percent" for t in tokens) and _year_number(tokens)


def _year_number(tokens) -> bool:
    """Return True for a "in year 2" label among the given tokens."""
    from bot.core.arith.units import is_time, singular

    return any(a.low in ("in", "during") and is_time(singular(b.text)) and c.kind == "number"
               for a, b, c in zip(tokens, tokens[1:], tokens[2:]))


def _asked(doc, found, start):
    """Return ("value" | "down" | "up", number of periods asked) or decline."""
    from bot.core.families._periods_read import decline

    q = list(doc.question)
    words = set(doc.question_words)
    count = _horizon(q, found)
    if "%" in {t.text for t in q} or words & {"percent", "percentage"}:
        down, up = bool(words & DOWN_ASKS), bool(words & UP_ASKS)
        if down == up:
            raise decline("which overall change the question asks", q)
        return ("down" if down else "up"), count
    if words & (ASK_BLOCK | UP_ASKS | DOWN_ASKS) or \
            not (words & VALUE_ASKS or _how_many(doc, q, start)):
        raise decline("what the question asks after the changes", q)
    if words & MONEY_ASKS and start.kind != "money":
        raise decline("a money value asked of a count", q)
    return "value", count


def _how_many(doc, q, start) -> bool:
    """Return True for "how much ..." or "how many <start's noun> ..." (not "how many
    years", not a noun other than the start's)."""
    from bot.core.arith.units import is_time, singular

    lows = [t.low for t in q]
    if "how" not in lows or lows.index("how") + 1 >= len(lows):
        return False
    k = lows.index("how")
    if lows[k + 1] == "much":
        return True
    if lows[k + 1] != "many" or k + 2 >= len(lows) or start.kind != "number":
        return False
    noun = singular(lows[k + 2])
    return not is_time(noun) and noun == _start_noun(doc, start)


def _start_noun(doc, start) -> str:
    """Return the singular noun right after the start number ("20000 people" -> "person")."""
    from bot.core.arith.units import singular

    for tokens in doc.given:
        for tok, nxt in zip(tokens, tokens[1:]):
            if tok is start and nxt.kind == "word":
                return singular(nxt.text)
    return ""


def _horizon(q, found) -> int:
    """Return the number of periods the question asks about: "after N units" (N at most
    the periods listed), "at the end of / after the Kth unit", or all when none is named."""
    from bot.core.arith.units import is_time, singular
    from bot.core.families._periods_read import decline, ordinal

    unit, asked = found[0].unit, []
    numerics = [t for t in q if t.numeric or t.kind == "ordinal"]
    for k, tok in enumerate(q):
        after = singular(q[k + 1].text) if k + 1 < len(q) else ""
        before = q[k - 1].low if k > 0 else ""
        if tok.kind == "number" and is_time(after) and before in HORIZON_PREPS:
            asked.append((tok, after, tok.value))
        elif tok.kind == "ordinal" and is_time(after) and (
                "end" in [t.low for t in q[max(0, k - 4):k]] or
                [t.low for t in q[max(0, k - 2):k]] == ["after", "the"]):
            asked.append((tok, after, Fraction(ordinal(tok) or 0)))
    if len(asked) != len(numerics) or len(asked) > 1:
        raise decline("when the question asks about", numerics or q)
    if not asked:
        return len(found)
    tok, asked_unit, n = asked[0]
    if asked_unit != unit or n.denominator != 1 or not 1 <= n <= len(found):
        raise decline("a time the listed changes reach", [tok])
    return int(n)


def _answer(kind: str, start, found, count: int, text: str):
    """Apply the first `count` changes one period at a time; the value or the overall
    percent change, with the later changes reported unused."""
    from bot.core.arith.build import Work, num, outcome, show
    from bot.core.families._periods_read import fraction_of
    from bot.core.outcome import Unused

    work, value = Work(), start.value
    unit = found[0].unit
    work.reading.append(f"Start {start.text}; each change works on the value the one before "
                        f"left (successive {unit}s).")
    for change in found[:count]:
        factor = fraction_of(change.tok, change.sign)
        new = value * factor
        word = "rise" if change.sign > 0 else "fall"
        work.step("period_change", f"{unit.capitalize()} {change.period}: a {word} of "
                  f"{change.tok.text} multiplies the value by {num(factor)}.",
                  f"{show(value)} \u00d7 {num(factor)} = {show(new)}")
        value = new
    for change in found[count:]:
        work.unused.append(Unused(change.tok.text, show(change.tok.value), f"not needed: "
                                  f"{unit} {change.period} is after the asked time"))
    if kind == "value":
        money = "dollars" if start.kind == "money" else ""
        return outcome(work, f"value after {count} {unit}{'s' if count > 1 else ''}",
                       value, money, text)
    return _overall(work, kind, start.value, value, found[:count], text)


def _overall(work, kind: str, first: Fraction, last: Fraction, used, text: str):
    """Return the overall percent rise or fall from `first` to `last` (declined when the
    value moved the other way)."""
    from bot.core.arith.build import outcome, show
    from bot.core.families._periods_read import decline

    ratio = last / first
    value = (1 - ratio) * 100 if kind == "down" else (ratio - 1) * 100
    if value < 0:
        raise decline("an overall change in the other direction", [c.tok for c in used])
    work.step("overall_percent", "Overall change = (1 \u2212 final \u00f7 start) \u00d7 100."
              if kind == "down" else "Overall change = (final \u00f7 start \u2212 1) \u00d7 "
              "100.", f"{show(last)} \u00f7 {show(first)} = {show(ratio)}; "
              f"{show(value)}%")
    added = sum((c.sign * c.tok.value for c in used), Fraction(0))
    work.alternative("the percents simply added", -added if kind == "down" else added, "%")
    return outcome(work, f"overall percent {'decrease' if kind == 'down' else 'increase'}",
                   value, "%", text)
