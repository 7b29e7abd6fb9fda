"""Problem families outside the single-law pipeline, tried around it by `pipeline.answer`.

Each family module exposes

    ORDER: str                      # "before" the law pipeline, or "after" it (fallback)
    def solve(problem, text) -> Outcome | None

`problem` is the parsed `spec.Problem` (shared, parsed once); `text` is the user's text.
`solve` returns None when the problem is not of its family (the next solver is tried), a
complete ok Outcome when it solved it, or raises `NotUnderstood` when the problem clearly is
of its family but a part could not be placed (that decline is final). "before" families must
recognise a strong signature (two start values and "same", an ambient temperature, ...) so
they never take a problem the law pipeline reads correctly; "after" families only see what
the law pipeline declined. Every family follows the same bar: every number used or reported
unused, exact arithmetic with SymPy built from tokens, steps as data, decline over guessing.
"""

from __future__ import annotations

from importlib import import_module

# Module names in the order they are tried within their ORDER group.
FAMILY_MODULES: tuple[str, ...] = ("interest", "observed", "cooling", "growth_method",
                                    "series_total", "two_quantities", "recurrence",
                                    "linear_until", "joint_rate", "linear_start",
                                    "capacity", "option_gap", "growth_back", "arith",
                                    "relations", "sequence", "deal", "loan", "installments",
                                    "periodic", "profit_loss", "periods",
                                    "periods_guard", "piecewise_guard", "piecewise")


# The ORDER each module declares, known here so that a one-shot solve the law pipeline answers
# never imports the "after" modules (a few ms of a cold start). A module missing here is
# imported to read its ORDER; tests/core/test_families_registry.py checks every entry.
KNOWN_ORDER: dict[str, str] = {"interest": "before", "observed": "after", "cooling": "after",
                               "growth_method": "before", "series_total": "before",
                               "two_quantities": "before", "recurrence": "before",
                               "linear_until": "after", "installments": "after",
                               "joint_rate": "after", "linear_start": "after",
                               "capacity": "after", "option_gap": "after",
                               "growth_back": "after", "arith": "after",
                               "relations": "after", "sequence": "after",
                               "deal": "after", "loan": "after",
                               "periodic": "after", "profit_loss": "after",
                               "periods": "after", "periods_guard": "before",
                               "piecewise_guard": "before", "piecewise": "after"}


# order -> its family modules: the registry is fixed for the life of the process, so every
# answer() after the first reads it without importing again
_LOADED: dict[str, tuple] = {}


def families(order: str) -> tuple:
    """Return the family modules whose ORDER is `order`, in FAMILY_MODULES order (modules
    whose ORDER is known to differ are not imported)."""
    found = _LOADED.get(order)
    if found is None:
        modules = [import_module(f"bot.core.families.{name}") for name in FAMILY_MODULES
                   if KNOWN_ORDER.get(name, order) == order]
        found = _LOADED[order] = tuple(module for module in modules
                                       if getattr(module, "ORDER", "after") == order)
    return found
