"""Frequencies the period readers do not model: "every other year", "twice a year".

The grammar reads "every other year" as a period of one year, "every second year" as a
period of one second, and leaves "twice" / "3 times" before "a year" as filler, so a change
"doubles twice a year" would be applied once a year. Until these are modelled, a problem
stating one is declined (by the law pipeline and by the per-period change readers).
"""

from __future__ import annotations

from bot.core import spec
from bot.core.errors import NotUnderstood

SKIPPING = {"other", "alternate"}
ORDINALS = {"second", "third", "fourth", "fifth", "sixth"}
REPEATS = {"twice", "thrice"}
EXPECTED = "a period such as \u201cevery 2 years\u201d or \u201cper year\u201d"


def refuse_unmodelled_frequency(clauses) -> None:
    """Raise NotUnderstood when a period says "every other", "every second <unit>" or is
    preceded by a repeat count ("twice a year", "3 times a year")."""
    for clause in clauses:
        items = clause.items
        for index, item in enumerate(items):
            if not isinstance(item, spec.Period):
                continue
            words = item.text.lower().split()
            following = items[index + 1] if index + 1 < len(items) else None
            before = items[index - 1] if index else None
            skipping = bool(set(words) & SKIPPING) or (
                words[-1:] and words[-1] in ORDINALS and isinstance(following, spec.Word)
                and following.kind == "UNIT")
            repeated = (isinstance(before, spec.Word) and before.text.lower() in REPEATS) or \
                (isinstance(before, spec.Cue) and before.kind == "multiple")
            if skipping or repeated:
                quote = item.text if skipping else f"{before.text} {item.text}"
                raise NotUnderstood("how often the change happens", quote, EXPECTED)


def skips_periods(words: list[str]) -> bool:
    """Return True for the same unmodelled frequencies in plain lower-case words ("every other
    day", "every second week", "twice a month", "3 times a week"), for the readers that work
    on tokens instead of parsed periods."""
    for k, word in enumerate(words[:-1]):
        after = words[k + 1]
        if word in ("every", "each") and after in SKIPPING | ORDINALS:
            return True
        if (word in REPEATS or word == "times") and after in ("a", "an", "per", "every", "each"):
            return True
    return False
