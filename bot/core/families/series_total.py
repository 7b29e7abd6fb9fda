"""Totals over periods: the sum of a geometric or arithmetic sequence of per-period amounts.

"A factory produces 200 units in the first month and production increases by 10% each month.
How many units in total over the first 6 months?" The amount of the first period is the
first term; a percentage change makes a geometric sequence (S_N = a·(f^N − 1)/(f − 1)), a
fixed change an arithmetic one (S_N = N/2·(2a + (N − 1)·d)). Signature (strong): a total
word in the question ("total", "altogether", "in all", "combined", "sum") and a first-period
amount ("in the first month", "in its first year", "on the first day") — without that cue
"total" may name the stock itself (a town's total population), which is the law pipeline's.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from bot.core import asks, exact, spec
from bot.core.errors import NotUnderstood
from bot.core.families import _changes as changes_
from bot.core.families import _common as common
from bot.core.outcome import Answer, Outcome, Step

ORDER = "before"
TOTAL_WORDS = {"total", "altogether", "combined", "sum", "cumulative", "overall"}
MAX_TERMS = 100_000


def solve(problem: spec.Problem, text: str) -> Outcome | None:
    """Answer a total over the first N periods, or None when not asked."""
    reading = common.read(problem)
    questions = [c for c in reading.clauses if common.asks(c)]
    words = {w for c in questions for w in c.words()}
    if not words & TOTAL_WORDS and not {"in", "all"} <= words:
        return None
    found = [c for c in changes_.changes(reading) if c.kind != "other"]
    first = _first_period_amount(reading, changes_.consumed(found))
    if first is None:
        return None
    for clause in questions:
        asks.refuse_change_ask(clause)  # "how many more in total than ..."
    number, marker = first
    if len(found) != 1 or found[0].value is None or found[0].period is None:
        raise NotUnderstood("how the amount per period changes",
                            "; ".join(c.text for c in found) or number.clause.text,
                            "one change such as \u201cincreases by 10% each month\u201d")
    change = found[0]
    counted = _terms(questions, change.period.unit)
    if counted is None:
        return None  # "the total revenue in the 5th year": one period's value, not a sum
    terms, horizon = counted
    reading.used |= changes_.consumed(found) | {id(number.item), id(marker), id(horizon)}
    total, steps = series_sum(number.value, change, terms)
    decimal = exact.decimal_of(total)
    from bot.core.interpret import rounding_of

    rounding = rounding_of(text)
    rounded = exact.round_to(decimal, rounding[1]) if rounding else ""
    unit = common.unit_text(number)
    kind = "geometric" if change.kind == "percent" else "arithmetic"
    answers = [Answer(f"total over {terms} {change.period.unit}s", decimal,
                      exact.pretty(total), unit, rounded)]
    for index_horizon in _single_periods(questions, change.period.unit, horizon):
        reading.used.add(id(index_horizon))
        term, term_steps = nth_term(number.value, change, int(index_horizon.count))
        steps.extend(term_steps)
        answers.append(Answer(f"amount in {change.period.unit} {index_horizon.count}",
                              exact.decimal_of(term), exact.pretty(term), unit))
    if len(answers) > 1:
        answers = [replace(a, part="abcdef"[i]) for i, a in enumerate(answers)]
    return Outcome(
        ok=True,
        answers=tuple(answers),
        reading=(f"First {change.period.unit}: {number.item.text} {unit}".rstrip() + ".",
                 f"Each {change.period.unit} the amount changes by {change.text} "
                 f"({kind} sequence).",
                 f"The question asks for the total of the first {terms} "
                 f"{change.period.unit}s (the first {change.period.unit} counted as "
                 "term 1)."),
        steps=tuple(steps),
        unused=tuple(common.unused_numbers(reading, reading.used, "the total")))


def _first_period_amount(reading, taken: set):
    """Return (number, marker item) for "200 units in the first month", else None."""
    for clause in reading.clauses:
        if common.asks(clause):
            continue
        markers = [i for i in clause.items if isinstance(i, spec.Horizon) and
                   i.kind in ("ordinal", "index") and i.count == 1]
        markers += [i for index, i in enumerate(clause.items) if isinstance(i, spec.Word)
                    and i.text.lower() == "first" and index + 1 < len(clause.items) and
                    isinstance(clause.items[index + 1], spec.Word) and
                    clause.items[index + 1].kind == "UNIT"]
        numbers = [n for n in common.numbers(clause) if n.kind != "percent" and
                   id(n.item) not in taken]
        if markers and len(numbers) == 1:
            return numbers[0], markers[0]
        if markers and len(numbers) > 1:
            raise NotUnderstood("which number is the first period's amount",
                                clause.text, "\u201c200 units in the first month\u201d")
    return None


def _terms(questions, unit: str) -> tuple[int, object] | None:
    """Return the number of periods summed ("over the first 6 months", "in 10 years")."""
    from bot.core.horizons import convert

    for clause in questions:
        for index, item in enumerate(clause.items):
            count, their_unit = None, None
            if isinstance(item, spec.Horizon) and item.kind == "span":
                count, their_unit = item.count, item.unit
            elif isinstance(item, spec.Horizon) and item.kind == "ordinal" and \
                    item.count == 1 and item.unit != unit:
                count, their_unit = item.count, item.unit  # "in the first year" of months
            elif isinstance(item, spec.Word) and item.kind == "NUMBER" and \
                    index + 1 < len(clause.items) and \
                    isinstance(clause.items[index + 1], spec.Word) and \
                    clause.items[index + 1].kind == "UNIT":
                count = Fraction(item.text)
                their_unit = spec.canonical_unit(clause.items[index + 1].text)
            if count is None:
                continue
            terms, _ = convert(count, their_unit, unit)
            if terms == 1 and item.kind == "ordinal":
                return None
            if terms.denominator != 1 or not 0 < terms <= MAX_TERMS:
                raise NotUnderstood("a whole number of periods to add up", clause.text)
            return int(terms), item
    return None


def series_sum(first: Fraction, change: changes_.Change, terms: int):
    """Return (exact total, steps) of the first `terms` per-period amounts."""
    a = exact.rational(first)
    unit = change.period.unit
    if change.kind == "percent":
        f = 1 + exact.rational(change.value)
        total = a * (f ** terms - 1) / (f - 1)
        return total, [
            Step("sequence", f"The amounts per {unit} form a geometric sequence with ratio "
                 f"{exact.pretty(f)}.", (f"{exact.pretty(a)}, {exact.pretty(a)}\u00b7"
                                         f"{exact.pretty(f)}, {exact.pretty(a)}\u00b7("
                                         f"{exact.pretty(f)})^2, \u2026",)),
            Step("geometric_sum", f"Sum of the first {terms} terms.",
                 (f"S = a\u00b7(f^N \u2212 1)/(f \u2212 1) = {exact.pretty(a)}\u00b7(("
                  f"{exact.pretty(f)})^{terms} \u2212 1)/({exact.pretty(f)} \u2212 1)",
                  f"\u2248 {exact.decimal_of(total)}"))]
    d = exact.rational(change.value)
    total = Fraction(terms, 2) * (2 * first + (terms - 1) * change.value)
    total = exact.rational(total)
    return total, [
        Step("sequence", f"The amounts per {unit} form an arithmetic sequence with step "
             f"{exact.pretty(d)}.", (f"{exact.pretty(a)}, {exact.pretty(a + d)}, "
                                     f"{exact.pretty(a + 2 * d)}, \u2026",)),
        Step("arithmetic_sum", f"Sum of the first {terms} terms.",
             (f"S = N/2\u00b7(2a + (N \u2212 1)\u00b7d) = {terms}/2\u00b7(2\u00b7"
              f"{exact.pretty(a)} + {terms - 1}\u00b7{exact.pretty(d)})",
              f"= {exact.pretty(total)}"))]


def _single_periods(questions, unit: str, used) -> list:
    """Return "in week 8" / "in the 8th week" horizons asked next to the total."""
    return [item for clause in questions for item in clause.items
            if isinstance(item, spec.Horizon) and item is not used and
            item.kind in ("ordinal", "index") and item.count > 1 and item.unit == unit]


def nth_term(first: Fraction, change: changes_.Change, index: int):
    """Return (exact amount of period `index`, steps): a·f^(k−1) or a + (k−1)·d."""
    a = exact.rational(first)
    if change.kind == "percent":
        f = 1 + exact.rational(change.value)
        term = a * f ** (index - 1)
        line = f"{exact.pretty(a)}\u00b7({exact.pretty(f)})^{index - 1}"
    else:
        d = exact.rational(change.value)
        term = a + (index - 1) * d
        line = f"{exact.pretty(a)} + {index - 1}\u00b7{exact.pretty(d)}"
    return term, [Step("nth_term", f"The amount of {change.period.unit} {index} is term "
                       f"{index} of the sequence.", (f"{line} = {exact.pretty(term)} \u2248 "
                                                     f"{exact.decimal_of(term)}",))]
