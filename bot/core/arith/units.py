"""Units for the arithmetic family: singular names, dimensions and exact conversion sizes.

Conversions are exact and only within one dimension: clock time (second .. fortnight),
calendar time (month .. century), length, mass, data size, money. Days and years are
different dimensions on purpose: "365 days a year" is a convention we never assume silently.
"""

from __future__ import annotations

from fractions import Fraction

F = Fraction
SIZES: dict[str, tuple[str, Fraction]] = {
    "second": ("clock", F(1)), "minute": ("clock", F(60)), "hour": ("clock", F(3600)),
    "day": ("clock", F(86400)), "week": ("clock", F(604800)),
    "fortnight": ("clock", F(1209600)),
    "month": ("calendar", F(1)), "quarter": ("calendar", F(3)), "year": ("calendar", F(12)),
    "decade": ("calendar", F(120)), "century": ("calendar", F(1200)),
    "inch": ("length", F(127, 5000)), "foot": ("length", F(381, 1250)),
    "yard": ("length", F(1143, 1250)), "mile": ("length", F(201168, 125)),
    "meter": ("length", F(1)), "kilometer": ("length", F(1000)),
    "centimeter": ("length", F(1, 100)), "millimeter": ("length", F(1, 1000)),
    "gram": ("mass", F(1)), "kilogram": ("mass", F(1000)),
    "pound": ("mass", F(45359237, 100000)), "ounce": ("mass", F(45359237, 1600000)),
    "bit": ("data", F(1, 8)), "byte": ("data", F(1)), "kb": ("data", F(10**3)),
    "mb": ("data", F(10**6)), "gb": ("data", F(10**9)), "tb": ("data", F(10**12)),
    "kib": ("data", F(2**10)), "mib": ("data", F(2**20)), "gib": ("data", F(2**30)),
    "tib": ("data", F(2**40)),
    "dollar": ("money", F(1)), "cent": ("money", F(1, 100)),
    "liter": ("volume", F(1)), "milliliter": ("volume", F(1, 1000)),
}
SYNONYMS = {
    "sec": "second", "secs": "second", "s": "second", "min": "minute", "mins": "minute",
    "hr": "hour", "hrs": "hour", "h": "hour", "yr": "year", "yrs": "year",
    "centuries": "century", "feet": "foot", "ft": "foot", "inches": "inch", "in.": "inch",
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "m": "meter",
    "metre": "meter", "cm": "centimeter", "mm": "millimeter", "kg": "kilogram",
    "kgs": "kilogram", "g": "gram", "lb": "pound", "lbs": "pound", "oz": "ounce",
    "bytes": "byte", "bits": "bit", "gigabyte": "gb", "megabyte": "mb", "terabyte": "tb",
    "kilobyte": "kb", "gibibyte": "gib", "mebibyte": "mib", "people": "person",
    "children": "child", "men": "man", "women": "woman", "mice": "mouse", "geese": "goose",
    "teeth": "tooth", "litre": "liter", "l": "liter", "ml": "milliliter",
    "millilitre": "milliliter", "data": "data", "series": "series", "species": "species",
    "buses": "bus", "rupee": "dollar", "rs": "dollar", "usd": "dollar", "bucks": "dollar",
    "buck": "dollar",
}
COMPOUND = {"mph": {"mile": 1, "hour": -1}, "kmph": {"kilometer": 1, "hour": -1},
            "kph": {"kilometer": 1, "hour": -1}, "rpm": {"revolution": 1, "minute": -1},
            "fps": {"frame": 1, "second": -1}}
TIME_DIMENSIONS = ("clock", "calendar")


def singular(word: str) -> str:
    """Return the singular canonical name of a noun or unit ("Hours" -> "hour")."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        word = word[:-1]  # an acronym's plural: "GPUs" -> "gpu"
    word = word.lower().strip(".")
    if word in SYNONYMS:
        return SYNONYMS[word]
    if word in SIZES or word in COMPOUND:
        return word
    for ending, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"),
                         ("xes", "x"), ("oes", "o")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return singular(word[: -len(ending)] + repl)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        base = word[:-1]
        return SYNONYMS.get(base, base)
    return word


def dimension(unit: str) -> str | None:
    """Return the dimension of a canonical unit, or None for a counted noun."""
    return SIZES[unit][0] if unit in SIZES else None


def is_time(unit: str) -> bool:
    """Return True for clock or calendar units."""
    return dimension(unit) in TIME_DIMENSIONS


def size(unit: str) -> Fraction:
    """Return the exact size of a unit in its dimension's base."""
    return SIZES[unit][1]


def plural(unit: str, value: Fraction | None = None) -> str:
    """Return the display name of a unit for an amount ("hours", "1 hour", "GB")."""
    if unit in ("kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib"):
        return unit.upper().replace("I", "i")
    if value == 1:
        return unit
    irregular = {"person": "people", "child": "children", "foot": "feet", "inch": "inches",
                 "century": "centuries", "man": "men", "woman": "women", "batch": "batches",
                 "box": "boxes", "category": "categories", "dollar": "dollars"}
    if unit in irregular:
        return irregular[unit]
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    return unit + "s"
