"""The typed spec: frozen dataclasses for what the grammar recognised, with exact numbers.

Phrases (Amount, Change, Period, Horizon, Target, ...) come straight from the parse tree;
`Problem` holds the parsed sentences in order. `interpret` turns them into Tasks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

UNIT_CANON = {
    "epoch": "epoch", "iteration": "iteration", "step": "step", "batch": "batch",
    "layer": "layer", "round": "round", "cycle": "cycle", "generation": "generation",
    "second": "second", "minute": "minute", "min": "minute", "hour": "hour", "hr": "hour",
    "day": "day", "h": "hour", "week": "week", "fortnight": "fortnight", "month": "month",
    "quarter": "quarter", "year": "year", "yr": "year", "decade": "decade",
    "century": "century", "period": "period", "semester": "semester",
}
ADVERB_UNITS = {"annual": "year", "annually": "year", "yearly": "year", "per annum": "year",
                "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour",
                "quarterly": "quarter", "semiannually": "half-year",
                "semi-annually": "half-year", "biannually": "half-year"}


def canonical_unit(word: str) -> str:
    """Return the singular canonical name of a period word ("Hours" -> "hour")."""
    word = word.lower().strip()
    if word in ADVERB_UNITS:
        return ADVERB_UNITS[word]
    if word == "centuries":
        return "century"
    if word.endswith("es") and word[:-2] in UNIT_CANON:
        return UNIT_CANON[word[:-2]]
    if word.endswith("s") and word[:-1] in UNIT_CANON:
        return UNIT_CANON[word[:-1]]
    return UNIT_CANON.get(word, word)


@dataclass(frozen=True)
class Span:
    """Character offsets of a phrase inside its canonical sentence."""

    start: int
    end: int

    def __init__(self, start: int, end: int):
        """Set the fields straight in the instance dict (one is made for every token, and a
        frozen dataclass's own __init__ pays an object.__setattr__ call per field; the
        decorator keeps an __init__ the class defines)."""
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end


@dataclass(frozen=True)
class Word:
    """A filler token the grammar did not place in any phrase."""

    text: str
    kind: str
    span: Span

    def __init__(self, text: str, kind: str, span: Span):
        """Set the fields straight in the instance dict (see `Span.__init__`: a Word is
        made for every filler token)."""
        fields = self.__dict__
        fields["text"] = text
        fields["kind"] = kind
        fields["span"] = span


@dataclass(frozen=True)
class Amount:
    """A number with its kind: percent, points, fraction, money, half, or plain."""

    kind: str
    value: Fraction
    text: str
    span: Span

    @property
    def is_relative(self) -> bool:
        """Return True when the amount is a share of the current value (%, fraction, half)."""
        return self.kind in ("percent", "fraction", "half")


@dataclass(frozen=True)
class Period:
    """"per epoch", "every 3 hours", "annually": a count of a unit."""

    count: Fraction
    unit: str
    text: str
    span: Span


@dataclass(frozen=True)
class Change:
    """A change of some quantity: direction, how (by/to/factor/multiply/share), and amount."""

    direction: str  # up | down | multiply
    mode: str  # by | to | factor | half | multiply | share | doubling_time
    amount: Amount | None
    verb: str
    object_words: tuple[str, ...]
    text: str
    span: Span
    factor: Fraction | None = None
    period: Period | None = None


@dataclass(frozen=True)
class RateStatement:
    """"the annual growth rate is 2%", "growth ... is expected to be 6%": a rate as a noun."""

    noun: str
    direction: str
    amount: Amount
    text: str
    span: Span
    period: Period | None = None


@dataclass(frozen=True)
class Interest:
    """An interest rate ("3% interest") or a compounding cue ("compounded monthly")."""

    kind: str  # rate | compounding | compounding_bare | continuous
    amount: Amount | None
    period: Period | None
    text: str
    span: Span


@dataclass(frozen=True)
class Horizon:
    """When the question looks: "after 10 epochs", "in 2040", "by the end of May", "5th epoch"."""

    kind: str  # span | year | month | ordinal | index
    count: Fraction
    unit: str
    text: str
    span: Span


@dataclass(frozen=True)
class Target:
    """A threshold: "below 50%", "exceeds 10000", "five times its size", "less than half"."""

    kind: str  # value | share | half | times | multiply
    comparator: str
    amount: Amount | None
    text: str
    span: Span
    factor: Fraction | None = None
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cue:
    """A single-word cue: linear wording, a bare comparator, "N times", a formula slot."""

    kind: str  # linear | comparison | multiple | formula
    text: str
    span: Span
    value: Fraction | None = None
    index: int | None = None


@dataclass(frozen=True)
class ParsedSentence:
    """One canonical sentence with its items (phrases and filler words) in order."""

    text: str
    original: str
    span: tuple[int, int]
    items: tuple
    formulas: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """The whole parsed problem: its sentences in order."""

    text: str
    sentences: tuple[ParsedSentence, ...] = field(default=())
