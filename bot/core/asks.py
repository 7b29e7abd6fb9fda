"""Question cues that ask for something other than the changing quantity's value.

"How many more bats will there be", "by how much does it increase", "how much water was
lost" ask for the change over the horizon; "what percent of the trees remain" asks for a
share. A solver that only computes the value must decline these rather than answer the value
(a confident wrong answer). Shared by the law pipeline (interpret) and the families.
"""

from __future__ import annotations

from bot.core import spec
from bot.core.errors import NotUnderstood

# Words naming the change itself rather than the value reached.
CHANGE_WORDS = {"increase", "decrease", "lost", "gained", "added", "removed", "burned", "burnt"}
# Asking for a share of the quantity, not its value ("%" is how "percent" is normalised).
SHARE_WORDS = {"percent", "percentage", "%", "fraction", "proportion"}
EXPECTED = "the value of the changing quantity itself"
# "how many more years until ..." asks a time, not a difference of the quantity.
TIME_WORDS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
              "quarters", "periods", "times", "generations", "centuries"}


def difference_cue(clause) -> str:
    """Return "how many more" / "how much less" / "by how much" when the clause asks a
    difference, else ""."""
    texts = [i.text.lower() for i in clause.items if isinstance(i, (spec.Word, spec.Cue))]
    for index in range(2, len(texts)):
        after = texts[index + 1] if index + 1 < len(texts) else ""
        if texts[index] in ("more", "fewer", "less") and texts[index - 2] == "how" and \
                texts[index - 1] in ("many", "much") and after not in TIME_WORDS:
            return " ".join(texts[index - 2:index + 1])
        if texts[index] in ("more", "fewer", "less") and index >= 3 and \
                texts[index - 3] == "how" and texts[index - 2] in ("many", "much") and \
                texts[index - 1] not in TIME_WORDS and after not in TIME_WORDS:
            return " ".join(texts[index - 3:index + 1])  # "how many kilograms more"
        if texts[index - 2:index + 1] == ["by", "how", "much"] or \
                texts[index - 2:index + 1] == ["by", "how", "many"]:
            return " ".join(texts[index - 2:index + 1])
    return ""


def share_cue(clause) -> str:
    """Return the share word ("%", "fraction") a "what percent of ..." question asks, or ""."""
    words = {i.text.lower() for i in clause.items if isinstance(i, spec.Word)}
    found = sorted(words & SHARE_WORDS)
    return found[0] if found and words & {"what", "which", "how"} else ""


def refuse_change_ask(clause, *, share: bool = True, change: bool = True) -> None:
    """Raise NotUnderstood when the question asks a difference, (with `change`) the change
    itself or (with `share`) a share of the quantity instead of its value."""
    words = {i.text.lower() for i in clause.items if isinstance(i, spec.Word)}
    changed = sorted(words & CHANGE_WORDS) if change else []
    cue = difference_cue(clause) or ", ".join(changed) or \
        (share_cue(clause) if share else "")
    if cue:
        raise NotUnderstood(f"what \u201c{cue}\u201d asks for", clause.text.strip(), EXPECTED)
