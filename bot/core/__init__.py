"""The pure core: text -> spec -> exact solution -> steps. No discord, no I/O, no environment.

`answer(text)` is the one call every front end makes. It is imported lazily so that
`import bot.core` stays cheap (SymPy and the grammar load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from bot.core.outcome import Outcome

__all__ = ["answer"]


def answer(text: str) -> "Outcome":
    """Solve one word problem; never raises for any input (see pipeline.answer)."""
    from bot.core.pipeline import answer as _answer

    return _answer(text)
