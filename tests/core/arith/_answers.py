"""The check most arith test tables share: a hand-computed exact value, or None for a
problem that must be declined."""

from fractions import Fraction

from bot.core import answer


def check(text: str, expected) -> None:
    """Assert that `text` is declined (expected None) or answered exactly `expected`."""
    outcome = answer(text)
    if expected is None:
        assert not outcome.ok, outcome.answers
    else:
        assert outcome.ok, outcome.error
        assert Fraction(outcome.answers[0].exact) == Fraction(expected)
