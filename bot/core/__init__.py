"""The pure core: text -> spec -> exact solution -> steps. No discord, no I/O, no environment.

`answer(text)` is the one call every front end makes. It is imported lazily so that
`import bot.core` stays cheap (SymPy and the grammar load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from bot.core.outcome import Outcome

__all__ = ["answer", "warm_up"]


def answer(text: str) -> "Outcome":
    """Solve one word problem; never raises for any input (see pipeline.answer)."""
    from bot.core.pipeline import answer as _answer

    return _answer(text)


WARM_UP_PROBLEM = "A colony of 200 bacteria grows by 10% per hour. How many after 3 hours?"


def warm_up() -> None:
    """Make this process ready for its first user: load SymPy, the grammar and every family,
    and compile the lexer's per-character scanners (a one-shot CLI solve skips this and
    compiles only what it meets). Long-lived solver processes call it once at start-up."""
    from bot.core.families import families
    from bot.core.parse import precompile

    answer(WARM_UP_PROBLEM)
    families("before")
    families("after")
    precompile()
