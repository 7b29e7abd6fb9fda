"""_transformer._number: the digit fast path gives exactly Fraction(str)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core._transformer import _number


@pytest.mark.parametrize("text", ["0", "007", "2014", "12.5", "12.50", "0.000", "3/4",
                                  "1.5e-3", "1E5", "98765432109876543210.0123456789",
                                  "\u0663", "1\u0663.5"])
def test_number_equals_fraction_of_its_text(text):
    got, expected = _number(text), Fraction(text.lower())
    assert (type(got), got.numerator, got.denominator) == \
        (Fraction, expected.numerator, expected.denominator)
