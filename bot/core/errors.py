"""User-facing domain errors: what was not understood, where, and what was expected."""

from __future__ import annotations

EXAMPLE = ("A colony of 500 bacteria grows by 8% per hour. How many bacteria are there "
           "after 12 hours?")


class NotUnderstood(Exception):
    """A part of the problem could not be placed; carries the words and what was expected."""

    def __init__(self, what: str, quote: str = "", expected: str = "", sentence: int = -1):
        super().__init__(what)
        self.what = what
        self.quote = quote
        self.expected = expected
        self.sentence = sentence

    def message(self) -> str:
        """Return one clear sentence for the user."""
        head = f"I did not understand {self.what}"
        return f"{head}: \u201c{self.quote}\u201d." if self.quote else f"{head}."
