"""Number words to digits: "thirty-two" -> 32, "one fourth" -> 1/4, "third" -> 3rd.

Pure string functions used by `normalize`; they never evaluate anything, they only rewrite
number words that appear in the fixed tables below.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
          "trillion": 10**12}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "twentieth": 20, "hundredth": 100, "thousandth": 1000}
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4,
                "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6,
                "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
                "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100,
                "hundredths": 100, "thousandth": 1000, "thousandths": 1000}

_CARDINAL = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_CARDINAL_RUN = re.compile(
    rf"\b(?:{_CARDINAL})(?:[ -](?:{_CARDINAL}|hundred|thousand|and(?= (?:{_CARDINAL}))))*\b",
    re.IGNORECASE)
_FRACTION_WORDS = re.compile(
    rf"\b(one|a|two|three|four|five|six|seven|eight|nine|\d+)[ -]"
    rf"({'|'.join(sorted(DENOMINATORS, key=len, reverse=True))})\b(?![- ]?li(?:fe|ves))",
    re.IGNORECASE)
_ORDINAL_WORDS = re.compile(
    rf"\bthe ({'|'.join(sorted(ORDINALS, key=len, reverse=True))})\b", re.IGNORECASE)




def _minimal(words) -> tuple[str, ...]:
    """Return the words none of which contains another of them (enough for a substring
    prefilter: a text holding any of `words` holds one of these)."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


# Lower-case literals one of which occurs in every text the matching rewrite can change
# (normalize.canonical_numbers checks them on ASCII text before running the regex).
CARDINAL_TRIGGERS = _minimal([*UNITS, *TENS])
FRACTION_TRIGGERS = _minimal(DENOMINATORS)
ORDINAL_TRIGGERS = tuple("the " + w for w in ORDINALS)


def cardinal_value(words: str) -> int | None:
    """Return the integer named by words like "thirty-two" or "two hundred and five"."""
    total, current = 0, 0
    for word in re.split(r"[ -]+", words.lower()):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def replace_fractions(text: str) -> str:
    """Rewrite "one fourth", "one-tenth", "a third", "two thirds" as "1/4", "1/10", ..."""
    def repl(match: re.Match) -> str:
        head, denominator = match.group(1).lower(), DENOMINATORS[match.group(2).lower()]
        if match.group(2).lower().startswith("quarter") and head != "one":
            return match.group(0)  # "a quarter" is usually the period, not 1/4
        numerator = 1 if head in ("a", "one") else (
            int(head) if head.isdigit() else UNITS[head])
        if head.isdigit() and not match.group(2).lower().endswith("s") and numerator != 1:
            return match.group(0)  # "5 third" is not a fraction
        return f"{numerator}/{denominator}"
    return _FRACTION_WORDS.sub(repl, text)


def replace_cardinals(text: str) -> str:
    """Rewrite runs of cardinal number words ("thirty-two", "five") as digits."""
    def repl(match: re.Match) -> str:
        value = cardinal_value(match.group(0))
        return match.group(0) if value is None else str(value)
    return _CARDINAL_RUN.sub(repl, text)


def replace_ordinals(text: str) -> str:
    """Rewrite "the third year" as "the 3rd year" (ordinals after "the" only)."""
    def repl(match: re.Match) -> str:
        return f"the {ORDINALS[match.group(1).lower()]}th"
    return _ORDINAL_WORDS.sub(repl, text)
