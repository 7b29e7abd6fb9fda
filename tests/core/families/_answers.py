"""Checks the family test tables share: the exact answer, "declined or right" for red-team
rows (None: a trap that must be declined), and the arith tables' "declined or exactly this"
(`check`; pytest puts tests/core on the path, where the arith test package lives)."""

from fractions import Fraction

from arith._answers import check

__all__ = ["assert_declined_or_right", "check", "exact_value"]


def exact_value(outcome) -> Fraction:
    """Return the first answer's exact value (the families answer with exact rationals)."""
    return Fraction(outcome.answers[0].exact)


def assert_declined_or_right(outcome, value, right=None) -> None:
    """Assert that a trap (value None) is declined and that an answered row is right:
    `right(outcome, value)`, by default the exact value equals `value`."""
    if value is None:
        assert not outcome.ok, outcome.answers
    elif outcome.ok:
        assert (right or _exact_is)(outcome, value), outcome.answers


def _exact_is(outcome, value) -> bool:
    return exact_value(outcome) == value
