"""Horizons and thresholds: how many periods a question looks ahead, and what level it seeks.

Units convert exactly (a year is 12 months, 4 quarters, 52 weeks... and 365 days); counting
conventions ("during the 5th epoch", "by the end of May") give the conventional step count
with the other count as an alternative reading.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from bot.core import spec
from bot.core.clauses import Clause, content_words, overlap, position_of
from bot.core.errors import NotUnderstood
from bot.core.model import Task

SECONDS = {"second": Fraction(1), "minute": Fraction(60), "hour": Fraction(3600),
           "day": Fraction(86400), "week": Fraction(7 * 86400),
           "fortnight": Fraction(14 * 86400)}
MONTHS = {"month": Fraction(1), "quarter": Fraction(3), "half-year": Fraction(6),
          "semester": Fraction(6), "year": Fraction(12), "decade": Fraction(120),
          "century": Fraction(1200)}
DAYS_PER_YEAR = Fraction(365)
STRICT_LESS = ("less", "below", "under", "fewer", "lower", "smaller", "at most")
STRICT_MORE = ("exceed", "above", "more", "greater", "higher", "surpass", "larger", "bigger",
               "at least")


def convert(count: Fraction, unit: str, to_unit: str) -> tuple[Fraction, str]:
    """Return `count` `unit`s expressed in `to_unit`s, with a note when days meet years."""
    if unit == to_unit:
        return count, ""
    if unit in SECONDS and to_unit in SECONDS:
        return count * SECONDS[unit] / SECONDS[to_unit], ""
    if unit in MONTHS and to_unit in MONTHS:
        return count * MONTHS[unit] / MONTHS[to_unit], ""
    if unit in SECONDS and to_unit in MONTHS:
        days = count * SECONDS[unit] / SECONDS["day"]
        return days / DAYS_PER_YEAR * 12 / MONTHS[to_unit], "a year taken as 365 days"
    if unit in MONTHS and to_unit in SECONDS:
        days = count * MONTHS[unit] / 12 * DAYS_PER_YEAR
        return days * SECONDS["day"] / SECONDS[to_unit], "a year taken as 365 days"
    raise NotUnderstood(f"how {unit}s relate to {to_unit}s", f"{count} {unit}",
                        f"a horizon in {to_unit}s")


def _law_period(task: Task, fallback_unit: str) -> tuple[Fraction, str]:
    """Return (count, unit) of the law's period, assuming the question's unit when unstated."""
    period = task.law.period
    if period is not None:
        return period.count, period.unit
    task.reading.append(f"No period is stated for the change; I took it as per "
                        f"{fallback_unit}, the unit the question uses.")
    return Fraction(1), fallback_unit


def periods_for(task: Task, horizon: spec.Horizon, clause: Clause, result) -> Task:
    """Set the number of periods a horizon spans (with counting alternatives)."""
    result.used.add(id(horizon))
    task.horizon_text = horizon.text
    if task.law.kind == "formula":
        task.kind = "formula_value"
        unit = task.law.period.unit if task.law.period else horizon.unit
        task.periods = convert(horizon.count, horizon.unit, unit)[0] if \
            horizon.kind == "span" else horizon.count
        task.horizon_unit = unit
        return task
    count, unit = _law_period(task, horizon.unit)
    if horizon.kind == "span":
        steps, note = convert(horizon.count, horizon.unit, unit)
        task.periods = steps / count
        if note:
            task.reading.append(f"Converted {horizon.text} to {unit}s ({note}).")
    elif horizon.kind == "year":
        base = _base_year(result, task, horizon)
        steps, _ = convert(horizon.count - base, "year", unit)
        task.periods = steps / count
        task.reading.append(f"From {base} to {int(horizon.count)} is "
                            f"{int(horizon.count - base)} years.")
    else:
        _indexed(task, horizon, result, count, unit)
    task.horizon_unit = unit
    return task


def _indexed(task: Task, horizon: spec.Horizon, result, count, unit) -> None:
    """Count steps for "during the 5th epoch", "by the end of May", "in week 6"."""
    index = horizon.count
    start_index = Fraction(1)
    if horizon.kind == "month":
        start_index = _start_month(result) or Fraction(1)
    ends = "end" in horizon.text.lower() and horizon.kind == "ordinal"
    steps = index if ends else index - start_index
    other = steps + 1 if not ends else None
    task.periods = convert(steps, horizon.unit, unit)[0] / count
    if horizon.kind == "ordinal" and ends:
        task.reading.append(f"\u201c{horizon.text}\u201d is {index} full {unit}s.")
        return
    task.reading.append(f"\u201c{horizon.text}\u201d counted from the start value's {unit} "
                        f"({int(start_index)}): {steps} steps.")
    alt = replace(task, periods=convert(other, horizon.unit, unit)[0] / count,
                  alternatives=[], reading=[])
    task.alternatives.append((f"counting {other} steps (the start value before the first "
                              f"{unit})", alt))


def _start_month(result) -> Fraction | None:
    """Return the month index named in a statement ("in January" -> 1), if any."""
    from bot.core._transformer import MONTHS as NAMES

    for clause in result.clauses:
        if clause.question:
            continue
        for word in clause.words():
            if word in NAMES:
                return Fraction(NAMES.index(word) + 1)
    return None


def _base_year(result, task: Task, horizon: spec.Horizon) -> Fraction:
    """Return the year the start value belongs to (the latest year before the target)."""
    years = []
    for clause in result.clauses:
        if clause.question:
            continue
        for item in clause.items:
            value = getattr(item, "count", None) if isinstance(item, spec.Horizon) and \
                item.kind == "year" else None
            if value is None and isinstance(item, spec.Word) and item.kind in (
                    "NUMBER", "YEARNUM") and item.text.isdigit() and \
                    1600 <= int(item.text) <= 2199:
                value = Fraction(int(item.text))
            if value is not None and value < horizon.count:
                years.append((clause.sentence == (task.start.sentence if task.start else -1),
                              value, item))
    if not years:
        raise NotUnderstood("which year the starting value belongs to", horizon.text,
                            "a dated start such as \u201cin 2010 the population was 22,000\u201d")
    best = max(years, key=lambda y: (y[0], y[1]))
    result.used.add(id(best[2]))
    return best[1]


def threshold_of(task: Task, clause: Clause, result, targets) -> Task:
    """Turn a "how long until / when does it reach" question into a threshold task."""
    target = targets[0] if targets else _event_target(clause, result)
    if target is None:
        raise NotUnderstood("which level the question waits for", clause.text,
                            "a target such as \u201cexceeds 10,000\u201d or "
                            "\u201cfalls below 50%\u201d")
    result.used.add(id(target))
    task.kind = "threshold"
    task.target_text = target.text
    task.comparator = _comparator(target.comparator)
    task.target = _target_level(task, target, result)
    words = {w.lower() for w in clause.words()}
    task.integer = task.comparator in ("<", ">", "<=", ">=") or bool(words & {"whole", "full"})
    return task


def _comparator(word: str) -> str:
    """Map a comparator word to <, >, <=, >= or = (reach / be / become)."""
    word = word.lower()
    if word == "at most":
        return "<="
    if word == "at least":
        return ">="
    if any(word.startswith(w) for w in STRICT_LESS):
        return "<"
    if any(word.startswith(w) for w in STRICT_MORE):
        return ">"
    return "="


def _target_level(task: Task, target: spec.Target, result) -> Fraction | object:
    """Return the absolute level a target names (shares and multiples of the start)."""
    base = task.start.value if task.start else None
    amount = target.amount
    if target.kind == "share_of":
        return _share_of(target, result, task)
    if amount is not None and _names_parameter(task, target, result):
        return ("share", amount.value)
    if target.kind in ("share", "times", "multiply"):
        return _of_start(base, target.factor, target.text)
    if amount is None:
        raise NotUnderstood("the target level", target.text)
    if amount.kind in ("fraction", "half"):
        return _of_start(base, amount.value, target.text)
    if amount.kind == "percent" and task.start is not None and task.start.kind != "percent":
        return _of_start(base, amount.value / 100, target.text)
    return _in_start_unit(amount.value, _word_after(target, result), task)


def _in_start_unit(value: Fraction, unit: str, task: Task) -> Fraction:
    """Convert a target to the start's unit (500 g vs 488.28125 mg), noting the conversion."""
    if not unit or task.start is None or not task.start.unit:
        return value
    from bot.core.units import unit_of

    mine, theirs = unit_of(task.start.unit), unit_of(unit)
    if mine is None or theirs is None or mine == theirs or mine[0] != theirs[0]:
        return value
    converted = value * theirs[1] / mine[1]
    task.reading.append(f"Converted the target {value} {unit} to {converted} "
                        f"{task.start.unit} to match the start.")
    return converted


def _word_after(target: spec.Target, result) -> str:
    """Return the word right after a target phrase (its unit), if any."""
    for clause in result.clauses:
        for index, item in enumerate(clause.items):
            if item is target or getattr(item, "span", None) == target.span and \
                    getattr(item, "text", None) == target.text:
                nxt = clause.items[index + 1] if index + 1 < len(clause.items) else None
                if isinstance(nxt, spec.Word) and nxt.kind in ("WORD", "UNIT"):
                    return nxt.text
    return ""


def _words_following(target: spec.Target, result, limit: int = 3) -> tuple[str, ...]:
    """Return up to `limit` content words after a target ("of the town's population")."""
    for clause in result.clauses:
        if target in clause.items:
            index = position_of(clause.items, target)
            tail = [i.text for i in clause.items[index + 1:index + 1 + limit]
                    if isinstance(i, spec.Word)]
            return content_words(tail)
    return ()


def _names_parameter(task: Task, target: spec.Target, result) -> bool:
    """Return True for "reduced to 0.1Ao": a number followed by the formula's constant."""
    if task.law.kind != "formula":
        return False
    word = _word_after(target, result).replace("o", "0")
    return bool(word) and word in task.law.formula.parameters()


def _share_of(target: spec.Target, result, task: Task) -> Fraction:
    """Resolve "90% of capacity" to 0.9 × the number named capacity."""
    words = target.words + _words_following(target, result)
    best = max(result.values, key=lambda v: overlap(v.context, words), default=None)
    if best is None or not overlap(best.context, words):
        return _of_start(task.start.value if task.start else None, target.factor,
                         target.text)
    result.used.add(id(best.item))
    task.reading.append(f"\u201c{target.text}\u201d is {target.factor} \u00d7 {best.text}.")
    return target.factor * best.value


def _of_start(base, share, text):
    """Return share × start, or the bare share for formulas (start is then symbolic)."""
    if base is None:
        return ("share", share)
    return base * share


def _event_target(clause: Clause, result):
    """Find the condition a question refers to ("will be safe" <- "safe when it is 0.1Ao")."""
    asked = set(content_words(clause.words()))
    for other in result.clauses:
        if other.question:
            continue
        sentence_words = {w for c in result.clauses if c.sentence == other.sentence
                          for w in content_words(c.words())}
        if not overlap(asked, sentence_words):
            continue
        for item in other.items:
            if isinstance(item, spec.Target):
                return item
            if isinstance(item, spec.Change) and item.mode == "to" and item.amount and \
                    any(w in ("when", "if", "once") for w in other.words()):
                return spec.Target("value", "reach", item.amount, item.text, item.span)
    return None
