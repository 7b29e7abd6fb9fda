"""Guard for the periods family, tried before the law pipeline: a rate per period that a
later ordinal period replaces ("grew by 10% each year for the first two years, then by 5%
in the third year"; "20% every hour in the first 3 hours and 10% in the fourth hour").

The single-law pipeline reads one change per quantity: it would apply the first rate to the
whole horizon and report the other percent as unused, a confident wrong answer. The
signature is narrow: two or more percents in the given sentences, one of them a rate ("each
year", "every hour", "per month", "a week" right after it) and another tied to an ordinal
period ("in the 3rd year") in its own phrase. Then the problem is declined (the after
families still try it); anything else returns None untouched. ORDER "before".
"""

from __future__ import annotations

ORDER = "before"
RATE_WORDS = frozenset("each every per a an".split())
LEVEL_BEFORE = frozenset("at to is was were be of from".split())


def solve(problem, text: str):
    """Decline a per-period rate that an ordinal period replaces; otherwise None."""
    from bot.core.arith import doc as docs
    from bot.core.families._periods_read import decline

    if not _may_match(problem):
        return None
    doc = docs.read(problem)
    if doc is None:
        return None
    percents = [(tokens, k) for tokens in map(list, doc.given)
                for k, t in enumerate(tokens) if t.kind == "percent"]
    if len(percents) < 2:
        return None
    rates = [tokens[k] for tokens, k in percents if _is_rate(tokens, k)]
    placed = [tokens[k] for tokens, k in percents
              if _in_ordinal_period(tokens, k) and not _is_level(tokens, k)]
    if rates and placed and set(map(id, placed)) - set(map(id, rates)):
        raise decline("a rate that changes from one period to another", placed[:1])
    return None


def _may_match(problem) -> bool:
    """Return True when the canonical text has two percents and a period label ("3th",
    "year 3"): a cheap test so that other problems never build the token parser here."""
    import re

    text = " ".join(sentence.text for sentence in problem.sentences)
    return text.count("%") >= 2 and re.search(r"\d(st|nd|rd|th)\b|\b(year|month|week|day|"
                                              r"hour|quarter)s? \d", text, re.I) is not None


def _is_level(tokens, k: int) -> bool:
    """Return True for a percent that states a level, not a change ("starting at 78%",
    "rose to 110%", "was 5%")."""
    return k > 0 and tokens[k - 1].low in LEVEL_BEFORE


def _is_rate(tokens, k: int) -> bool:
    """Return True for "10% each year" / "20% every hour" / "2% per month" / "5% a week"
    (a rate word and a time unit within the three tokens after the percent)."""
    from bot.core.arith.units import is_time, singular

    after = tokens[k + 1:k + 5]
    return any(a.low in RATE_WORDS and is_time(singular(b.text))
               for a, b in zip(after, after[1:]))


def _in_ordinal_period(tokens, k: int) -> bool:
    """Return True when an ordinal period ("the 3th year", "in year 3") lies in the phrase
    of the percent at k: after it up to a joining word, or before it back to one."""
    from bot.core.arith.units import is_time, singular
    from bot.core.families._periods_read import LABEL_PREPS, SEPARATORS

    def labelled(span) -> bool:
        ordinal = any(a.kind == "ordinal" and is_time(singular(b.text))
                      for a, b in zip(span, span[1:]))
        numbered = any(a.low in LABEL_PREPS and is_time(singular(b.text)) and
                       c.kind == "number" for a, b, c in zip(span, span[1:], span[2:]))
        return ordinal or numbered

    after, before = [], []
    for tok in tokens[k + 1:]:
        if tok.kind == "percent" or tok.low in SEPARATORS:
            break
        after.append(tok)
    for tok in reversed(tokens[:k]):
        if tok.kind == "percent" or tok.low in SEPARATORS:
            break
        before.insert(0, tok)
    return labelled(after) or labelled(before)
