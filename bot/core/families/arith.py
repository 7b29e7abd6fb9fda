"""Family adapter for short arithmetic problems (rates, ratios, percents): bot/core/arith.

ORDER "after": it only sees problems the single-law pipeline declined, so a growth or decay
problem that pipeline reads is never re-read as plain arithmetic.
"""

from __future__ import annotations

ORDER = "after"


def solve(problem, text: str):
    """Return the arithmetic family's Outcome, or None when the problem is not its own."""
    from bot.core import arith

    return arith.solve(problem, text)
