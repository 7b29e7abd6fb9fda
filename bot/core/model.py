"""What interpretation produces: laws of change, values in context, and tasks to solve.

Pure data with exact Fractions; `interpret` builds these from the spec and `solve` computes
them with SymPy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core import spec


@dataclass
class Law:
    """How one quantity evolves per period: compound (×factor), linear (+delta), or formula."""

    kind: str  # compound | linear | formula
    name: tuple[str, ...]
    period: spec.Period | None
    text: str
    span: tuple[int, int]
    factor: Fraction | None = None
    delta: Fraction | None = None
    rate: Fraction | None = None  # relative rate as a fraction (0.05 for 5%)
    relative: bool = True  # delta is a share of the start value ("of the original")
    points: bool = False  # a percentage quantity changing by percentage points
    formula: object | None = None  # bot.core.formula.Formula
    continuous: bool = False
    percent: bool = False  # the change was stated in percent (not a fraction or factor)
    sentence: int = 0
    note: str = ""
    used_numbers: tuple = ()


@dataclass
class Value:
    """A number in the text with the words around it (what it is a number of)."""

    value: Fraction
    kind: str  # plain | percent | money
    unit: str
    context: tuple[str, ...]
    text: str
    sentence: int
    span: tuple[int, int]
    start_cue: bool = False
    year_like: bool = False
    rate_like: bool = False
    in_question: bool = False
    item: object = None
    per_unit: str = ""  # "hour" for "40 parts per hour": an amount per period, not a level


@dataclass
class Task:
    """One asked quantity: what to compute and from what."""

    kind: str  # value_after | threshold | factor | percent_change | formula_value
    law: Law
    asked: tuple[str, ...]
    start: Value | None = None
    periods: Fraction | None = None  # number of periods (value_after, factor)
    horizon_text: str = ""
    horizon_unit: str = ""
    horizon_count: Fraction | None = None
    target: Fraction | None = None
    target_text: str = ""
    comparator: str = "reach"
    integer: bool = False
    unit: str = ""
    rounding: tuple[str, Fraction] | None = None
    alternatives: list = field(default_factory=list)  # (reading, Task)
    reading: list = field(default_factory=list)
    part: str = ""
    answer_unit: str = ""  # the unit a time question asks in ("how many minutes")
