"""Guard for the piecewise family, tried before the law pipeline: a rate per period that
another rate replaces partway ("grows by 10% per year. After 2 years, the growth rate falls
to 4% per year"; "grew 4% per year; starting in the 3rd year the rate rose to 6% per year").

The single-law pipeline reads one change per quantity: it would apply the first rate to the
whole horizon and report the other as unused, a confident wrong answer. The signature is
narrow: two or more rates per period ("10% per year", "2 cm a week", or a new level of the
rate: "the growth rate falls to 4%") in the given sentences and a sign that one follows the other: a duration ("for 2 years") or start point ("after 3
years", "from the 4th year on") next to a rate, or "then" / "after that" / "thereafter"
between the first two rates. Then the problem is declined with the piecewise family's own
decline when it has one (the "after" families, the piecewise family last, still try it);
anything else returns None untouched. ORDER "before".
"""

from __future__ import annotations

ORDER = "before"
CUES = frozenset("then after thereafter afterwards afterward later".split())


def solve(problem, text: str):
    """Decline a rate that a later rate replaces partway; otherwise None."""
    from bot.core.arith import doc as docs
    from bot.core.families._piece_read import _events, decline

    if not _may_match(problem):
        return None
    doc = docs.read(problem)
    if doc is None:
        return None
    given = [list(s) for s in doc.given]
    events = [(i, kind, k) for i, tokens in enumerate(given) for kind, k, _ in _events(tokens)[0]]
    rates = [(i, k) for i, kind, k in events if kind == "R"]
    if len(rates) < 2:
        return None
    spans = any(kind != "R" for _, kind, _ in events)
    (i1, k1), (i2, k2) = rates[:2]
    between = given[i1][k1 + 1:] + [t for s in given[i1 + 1:i2] for t in s] + \
        given[i2][:k2] if i1 != i2 else given[i1][k1 + 1:k2]
    if spans or {t.low for t in between} & CUES:
        _precise(problem, text)
        raise decline("a rate that changes partway", [given[i2][k2]])
    return None


def _precise(problem, text: str) -> None:
    """Let the piecewise family read the problem now: its own decline (naming the part it
    could not place) is the one shown; when it reads the problem, return so that the guard
    declines and the family answers later, after every other solver."""
    from bot.core.families import piecewise

    piecewise.solve(problem, text)


def _may_match(problem) -> bool:
    """Return True when the canonical text names a period rate twice ("per year", "a week",
    "annually"): a cheap test so that other problems never build the token parser here."""
    import re

    text = " ".join(sentence.text for sentence in problem.sentences)
    pers = len(re.findall(r"\b(per|a|an|each|every) (year|month|week|day|hour|minute|"
                          r"quarter|second|decade)\b|\b(annually|yearly|monthly|weekly|"
                          r"daily|hourly)\b", text, re.I))
    return pers >= 2 or pers == 1 and text.count("%") >= 2
