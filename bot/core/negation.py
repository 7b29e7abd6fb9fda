"""Negated changes: "did not double", "never halves", "the interest is not compounded".

The readers take a change verb (or an interest cue) on its own, so a negated one would be
applied exactly as if it were stated. Until negation is modelled, a problem that negates a
change is declined, by the law pipeline and by the family readers alike.
"""

from __future__ import annotations

from bot.core import spec
from bot.core.errors import NotUnderstood

NEGATIONS = frozenset({"not", "never", "n't", "no", "none", "didn't", "doesn't", "don't",
                       "won't", "isn't", "wasn't", "hasn't", "haven't", "cannot", "can't",
                       "aren't", "weren't"})


def negated(words) -> bool:
    """True when any of the lower-case `words` negates ("not", "none", any "...n't")."""
    return any(word in NEGATIONS or word.endswith("n't") for word in words)
CHANGES = (spec.Change, spec.RateStatement, spec.Interest)


def refuse_negated_change(clauses) -> None:
    """Raise NotUnderstood when one of the two words right before a change is a negation."""
    for clause in clauses:
        before: list[str] = []
        for item in clause.items:
            if isinstance(item, spec.Word):
                before.append(item.text.lower())
                continue
            if isinstance(item, CHANGES) and set(before[-2:]) & NEGATIONS:
                raise NotUnderstood("a negated change", clause.text.strip(" ,.;"),
                                    "a change that happens, such as \u201cgrows by 5% per "
                                    "year\u201d")
            before = []
