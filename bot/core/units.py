"""Unit words of length, mass and volume with exact scales, for converting a per-period change
stated in another unit than its start ("10 feet tall, grows 6 inches a year").

Scales are exact Fractions relative to one base unit per dimension (metre, gram, litre).
"""

from __future__ import annotations

from fractions import Fraction

_INCH = Fraction(254, 10000)
_TABLE: dict[str, tuple[str, Fraction]] = {
    "mm": ("length", Fraction(1, 1000)), "millimeter": ("length", Fraction(1, 1000)),
    "millimetre": ("length", Fraction(1, 1000)), "cm": ("length", Fraction(1, 100)),
    "centimeter": ("length", Fraction(1, 100)), "centimetre": ("length", Fraction(1, 100)),
    "m": ("length", Fraction(1)), "meter": ("length", Fraction(1)),
    "metre": ("length", Fraction(1)), "km": ("length", Fraction(1000)),
    "kilometer": ("length", Fraction(1000)), "kilometre": ("length", Fraction(1000)),
    "in": ("length", _INCH), "inch": ("length", _INCH), "inches": ("length", _INCH),
    "ft": ("length", 12 * _INCH), "foot": ("length", 12 * _INCH), "feet": ("length", 12 * _INCH),
    "yd": ("length", 36 * _INCH), "yard": ("length", 36 * _INCH),
    "mi": ("length", 63360 * _INCH), "mile": ("length", 63360 * _INCH),
    "mg": ("mass", Fraction(1, 1000)), "milligram": ("mass", Fraction(1, 1000)),
    "g": ("mass", Fraction(1)), "gram": ("mass", Fraction(1)), "gramme": ("mass", Fraction(1)),
    "kg": ("mass", Fraction(1000)), "kilogram": ("mass", Fraction(1000)),
    "tonne": ("mass", Fraction(1000000)),
    "ml": ("volume", Fraction(1, 1000)), "milliliter": ("volume", Fraction(1, 1000)),
    "millilitre": ("volume", Fraction(1, 1000)), "cl": ("volume", Fraction(1, 100)),
    "l": ("volume", Fraction(1)), "liter": ("volume", Fraction(1)),
    "litre": ("volume", Fraction(1)),
}


def unit_of(word: str) -> tuple[str, Fraction] | None:
    """Return (dimension, exact scale) of a unit word, plural or not; None when unknown."""
    word = word.lower().rstrip(".")
    if word in _TABLE:
        return _TABLE[word]
    if word.endswith("s") and word[:-1] in _TABLE and len(word) > 3:
        return _TABLE[word[:-1]]
    return None
