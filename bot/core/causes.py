"""Finer decline causes for `stepwise eval --list`, so declined problems group by what they hold.

When no law of change was found and every family stepped aside, the law pipeline's reason ("how
the quantity changes") says little: most such problems are not about a changing quantity at
all. `refine` names the first construct of the text that no solver placed — a comparison
between quantities, a sequence of steps, a rate, a percent — from cue words of the normalised
text. It only labels the decline (the user's message is unchanged) and never affects answers.
"""

from __future__ import annotations

import re

GENERIC = "how the quantity changes"

# (cause, cue pattern), tried in order: the first that matches labels the decline.
CUES: tuple[tuple[str, re.Pattern], ...] = tuple((cause, re.compile(pattern, re.IGNORECASE))
                                                 for cause, pattern in (
    ("a comparison between quantities",
     r"\b(more|less|fewer|older|younger|taller|shorter|cheaper)\s+than\b|"
     r"\b(twice|half|\d+\s+times)\s+(as|the)\b|\bas\s+(many|much)\s+as\b"),
    ("a sequence of steps on an amount",
     r"\b(then|after that|left|remaining|remains|the rest)\b"),
    ("a rate or price per unit",
     r"\b(per|each|every|an?\s+(hour|minute|day|week|month|year))\b"),
    ("a percent of an amount", r"%"),
))


def refine(cause: str, text: str) -> str:
    """Return a finer cause for the generic no-law decline, else `cause` unchanged."""
    if cause != GENERIC:
        return cause
    for name, pattern in CUES:
        if pattern.search(text):
            return f"{GENERIC}: {name}"
    return cause
