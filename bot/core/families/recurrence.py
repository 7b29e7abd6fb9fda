"""A percentage change plus a fixed amount each period: x_{n+1} = f·x_n + c.

Signature (strong, so the law pipeline keeps everything else): one starting amount, at least
one percentage rate per period and at least one fixed amount per period with an adding or
removing verb ("600 new trees are planted", "logging 140 m^3 each year", "a constant loss of
52,560,000 people per year"). Several rates of the same quantity add up to one net rate
(growth 2% and mortality 0.6% -> +1.4%); the product of the factors is shown as the other
reading. Order convention: the percentage change first, then the fixed amount (the usual
"at the end of each period" reading); when the text does not say, the add-first value is
shown as an alternative. Values use the closed form x_n = f^n·x0 + c·(f^n − 1)/(f − 1);
thresholds give the verified smallest whole count (the recurrence only lives at whole n).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from bot.core import exact, spec
from bot.core import asks
from bot.core.errors import NotUnderstood
from bot.core.families import _changes as changes_
from bot.core.families import _common as common
from bot.core.horizons import STRICT_LESS, STRICT_MORE
from bot.core.outcome import Alternative, Answer, Outcome, Step

ORDER = "before"
MAX_PERIODS = 10_000
MEASURES = {"value", "amount", "dollars", "liters", "litres", "gallons", "kg", "grams", "tons",
            "tonnes", "m", "km", "cm", "meters", "metres", "units", "pounds", "ounces"}


@dataclass(frozen=True)
class Law:
    """x_{n+1} = factor·x_n + added, per period of `unit`."""

    factor: Fraction
    added: Fraction
    unit: str


def solve(problem: spec.Problem, text: str) -> Outcome | None:
    """Answer a percent-plus-fixed-amount recurrence problem, or None when not one."""
    reading = common.read(problem)
    found = changes_.changes(reading)
    percents = [c for c in found if c.kind == "percent"]
    fixed = [c for c in found if c.kind == "fixed"]
    if not percents or not fixed or any(c.kind == "other" for c in found):
        return None
    _refuse_points(text)
    taken = changes_.consumed(found)
    starts = common.start_candidates(reading, taken)
    if not starts:
        return None  # "A deposit of 100 dollars grows by 3%": the amount is the start
    if len(starts) > 1:
        raise NotUnderstood("which number is the starting amount",
                            ", ".join(s.item.text for s in starts) or reading.clauses[0].text,
                            "one starting amount such as \u201cthere are 8,200 trees\u201d")
    start = starts[0]
    for change in fixed:
        if not changes_.same_thing(start, change) or _money_mismatch(start, change):
            raise NotUnderstood("how this amount changes the starting quantity",
                                change.clause.text.strip(" ,.;"),
                                "a fixed amount of the same thing (\u201c600 new trees are "
                                "planted\u201d for a forest of trees)")
    notes = _nominal_rates(percents, reading)
    law, more_notes, alternatives = _law_of(percents, fixed, reading)
    notes += more_notes
    reading.used |= taken | {id(start.item)}
    unit = common.unit_text(start)
    name = unit or common.name_of(start, reading) or "amount"
    questions = [c for c in reading.clauses if common.asks(c)]
    if not questions:
        return None
    for clause in questions:
        asks.refuse_change_ask(clause)  # "how many fewer trees", "what % of the fish"
    answers, steps, claims, alt_out = [], [], [], []
    results = [(clause, r) for clause in questions
               for r in _answer_parts(clause, law, start, reading, name, unit)]
    for index, (clause, (answer, part_steps, claim_items, horizon)) in enumerate(results):
        answer = replace(answer, part=_part_of(clause, index, results))
        answers.append(answer)
        have = {step.rule for step in steps}
        steps.extend(s for s in part_steps if s.rule not in ("recurrence", "closed_form") or
                     s.rule not in have)
        claims.extend(_claims(clause, claim_items, answer, reading))
        alt_out.extend(_alternatives(alternatives, start, horizon, answer, name))
    if not answers:
        raise NotUnderstood("what is asked", questions[0].text,
                            "\u201cafter 4 years\u201d, \u201cat the start of 2041\u201d "
                            "or \u201cdrop to 620,000,000\u201d")
    _refuse_stretch(reading, questions)
    lines = [f"The {name} start at {start.item.text}.",
             f"Each {law.unit}: multiply by {exact.frac_text(law.factor)}, then "
             f"{'add' if law.added >= 0 else 'subtract'} {exact.frac_text(abs(law.added))}."]
    return Outcome(ok=True, answers=tuple(answers), reading=tuple(lines + notes + reading.notes),
                   steps=tuple(steps), alternatives=tuple(alt_out), claims=tuple(claims),
                   unused=tuple(common.unused_numbers(reading, reading.used, name)))


def _refuse_stretch(reading, questions) -> None:
    """Decline when a stated span ("grows by 10% per year for 2 years") was not needed: the
    rate holds only for that stretch, and the recurrence would run it to the asked time."""
    for clause in reading.clauses:
        if clause in questions:
            continue
        for item in clause.items:
            if isinstance(item, spec.Horizon) and id(item) not in reading.used:
                raise NotUnderstood("a rate that holds only for a stretch", item.text,
                                    "one rate and one fixed amount for every period")


def _refuse_points(text: str) -> None:
    """Decline "the growth rate drops by 2 percentage points": a change of the rate, not a
    fixed amount of the quantity (normalisation leaves only "2 points")."""
    import re

    found = re.search(r"\b\d[\d.,]*\s*(percentage|percent)[- ]points?\b", text, re.I)
    if found:
        raise NotUnderstood("a rate changed by percentage points", found.group(0),
                            "a fixed amount of the same thing (\u201c600 new trees are "
                            "planted\u201d for a forest of trees)")


def _money_mismatch(start, change) -> bool:
    """Return True when a fixed amount of money would be added to a start that is no money
    ("Priya, who is 25, deposits $1500 ..." must not grow the age by $1500 a year)."""
    return change.unit == "dollars" and start.kind != "money" and \
        common.unit_text(start) != "dollars"


def _nominal_rates(percents, reading) -> list[str]:
    """Split a yearly rate over its compounding periods ("3.6% compounded monthly" -> 0.3%).

    A rate stated without its own period next to a "compounded monthly" cue is a nominal
    annual rate (the banking convention); a rate written "per month" stays as it is.
    """
    from bot.core.horizons import convert

    cues = [i for c in reading.clauses for i in c.items if isinstance(i, spec.Interest)
            and i.kind in ("compounding", "compounding_bare")]
    notes = []
    for change in percents:
        item = change.items[0]
        if not cues or getattr(item, "period", None) is not None or change.period is None \
                or change.period.unit == "year" or change.value is None:
            continue
        share, _ = convert(change.period.count, change.period.unit, "year")
        notes.append(f"{change.text} compounded {change.period.text} is a yearly rate: "
                     f"{exact.frac_text(share)} of it per {change.period.unit}.")
        change.value = change.value * share
    return notes


def _law_of(percents, fixed, reading) -> tuple[Law, list[str], list[tuple[str, Law]]]:
    """Combine the rates and fixed amounts into one recurrence (plus other readings)."""
    for change in fixed:
        if change.value is None:
            raise NotUnderstood("whether this amount is added or removed each period",
                                change.text, "\u201c600 new trees are planted each year\u201d "
                                "or \u201c140 m^3 is logged each year\u201d")
    for change in percents:
        if change.value is None:
            raise NotUnderstood("whether this percentage is a rise or a fall", change.text,
                                "\u201cgrows by 3%\u201d or \u201cmortality rate is 1%\u201d")
    units = {c.unit_of_period for c in percents + fixed}
    counts = {c.period.count for c in percents + fixed if c.period}
    if len(units) != 1 or "" in units or counts != {1}:
        raise NotUnderstood("how the periods of the changes line up",
                            "; ".join(c.text for c in percents + fixed),
                            "every change stated per the same period (\u201ceach year\u201d)")
    unit = units.pop()
    rate = sum((c.value for c in percents), Fraction(0))
    added = sum((c.value for c in fixed), Fraction(0))
    law = Law(1 + rate, added, unit)
    notes, alternatives = [], []
    if len(percents) > 1:
        product = Fraction(1)
        for change in percents:
            product *= 1 + change.value
        notes.append(f"The rates of the same {unit} add up: net rate " +
                     " ".join(("+ " if c.value >= 0 else "\u2212 ") + _percent(abs(c.value))
                              for c in percents).lstrip("+ ") + f" = {_percent(rate)}.")
        alternatives.append(("applying the rates one after another (factors multiplied: "
                             f"{exact.frac_text(product)})", Law(product, added, unit)))
    timing = " ".join(reading.sentences[c.clause.sentence].lower() for c in fixed)
    if any(cue in timing for cue in changes_.START_CUES):
        law = Law(law.factor, law.added * law.factor, unit)
        notes.append(f"The fixed amount comes at the start of each {unit}, so it also "
                     "changes by the rate that period.")
    elif any(cue in timing for cue in changes_.END_CUES):
        notes.append(f"The fixed amount comes at the end of each {unit}, after the change.")
    else:
        notes.append(f"Order: the percentage change first, then the fixed amount each {unit}.")
        alternatives.append(("fixed amount first, then the percentage change",
                             Law(law.factor, law.added * law.factor, unit)))
    return law, notes, alternatives


def _percent(rate: Fraction) -> str:
    """Return a signed percentage text of a rate ("-0.6%")."""
    value = rate * 100
    text = str(value.numerator) if value.denominator == 1 else \
        format(value.numerator / value.denominator, "g")
    return f"{text}%"


def _part_of(clause, index: int, results) -> str:
    """Return the part letter: the text's own "a)"/"b)" marker, else a running letter."""
    same = [r for c, r in results if c is clause]
    marker = common.part_label(clause, 0, 1)
    if marker and len(same) == 1:
        return marker
    return "abcdef"[index] if len(results) > 1 and index < 6 else ""


def _answer_parts(clause, law: Law, start, reading, name: str, unit: str) -> list:
    """Return (Answer, steps, claim numbers, periods-or-target) for each part a clause asks.

    One clause may ask two things ("the population after 3 years and the number of years
    until it exceeds 1200"); both are answered, in the order the text names them.
    """
    items = common.question_items(reading, clause)
    targets = [c for c in items if isinstance(c, spec.Change) and c.mode == "to" and
               c.amount] + [t for t in items if isinstance(t, spec.Target) and
                            t.kind == "value" and t.amount]
    out = []
    if targets:
        target = targets[0]
        reading.used.add(id(target))
        strict = isinstance(target, spec.Target) and \
            target.comparator.lower().startswith(STRICT_LESS + STRICT_MORE) and \
            not target.comparator.lower().startswith("at ")
        count, steps, value_steps = _threshold(law, start.value, target.amount.value,
                                               target.text, strict)
        answer = Answer(f"time until the {name} {target.text}", str(count), str(count),
                        f"{law.unit}s")
        out.append((target.span.start, (answer, steps + value_steps, [],
                                        ("target", target.amount.value))))
    periods = _periods(clause, law, start, reading)
    if periods is not None:
        value, steps = value_after(law, start.value, periods, name)
        decimal = exact.decimal_of(value)
        answer = Answer(f"{name} after {periods} {law.unit}s", decimal, exact.pretty(value),
                        unit, _rounded(decimal, unit or name))
        claims = [n for n in common.numbers(clause) if id(n.item) not in reading.used]
        horizons = clause.phrases(spec.Horizon)
        position = horizons[0].span.start if horizons else 0
        out.append((position, (answer, steps, claims, ("periods", periods))))
    return [result for _, result in sorted(out, key=lambda pair: pair[0])]


def _rounded(decimal: str, name: str) -> str:
    """Return a whole-number rounding for counted things (trees, people), else ""."""
    if "^" in name or name.lower() in MEASURES or "e" in decimal:
        return ""
    return exact.round_to(decimal, Fraction(1))


def _periods(clause, law: Law, start, reading) -> int | None:
    """Return the whole number of periods a question looks ahead (None when it does not)."""
    from bot.core.horizons import convert

    year = common.question_year(clause)
    if year is not None:
        target_year = Fraction(int(year.count)) if isinstance(year, spec.Horizon) else \
            Fraction(int(year.text))
        years = {y for y, _, _ in common.statement_years(reading)}
        base = [(y, item) for y, item, c in common.statement_years(reading)
                if y <= target_year]
        if len(years) != 1 or not base or law.unit != "year":
            raise NotUnderstood("which year the starting amount belongs to", clause.text,
                                "a dated start such as \u201cat the start of 2021\u201d")
        reading.used |= {id(year), id(base[0][1])}
        reading.notes.append(f"From {base[0][0]} to {target_year} is "
                             f"{target_year - base[0][0]} years.")
        return int(target_year - base[0][0])
    horizons = [h for h in clause.phrases(spec.Horizon) if h.kind == "span"]
    if not horizons and "end of the year" in reading.sentences[clause.sentence].lower():
        months = [i.text for c in reading.clauses if not common.asks(c) for i in c.items
                  if isinstance(i, spec.Word) and i.kind == "MONTHNAME"]
        if any(m.lower() not in ("january", "jan") for m in months):
            raise NotUnderstood("how much of the year is left after the starting month",
                                clause.text, "a start in January or a horizon in months")
        count, _ = convert(Fraction(1), "year", law.unit)
        reading.notes.append(f"\u201cThe end of the year\u201d is one year: {count} "
                             f"{law.unit}s.")
        return int(count) if count.denominator == 1 else None
    if not horizons:
        return None
    horizon = horizons[0]
    count, _ = convert(horizon.count, horizon.unit, law.unit)
    if count.denominator != 1 or count < 0 or count > MAX_PERIODS:
        raise NotUnderstood("a whole number of periods", horizon.text,
                            f"a horizon of whole {law.unit}s")
    reading.used.add(id(horizon))
    return int(count)


def value_after(law: Law, start: Fraction, periods: int, name: str):
    """Return (exact SymPy value, steps) of x_n by the closed form."""
    f, c, x0 = exact.rational(law.factor), exact.rational(law.added), exact.rational(start)
    power = f ** periods
    value = power * x0 + (c * (power - 1) / (f - 1) if f != 1 else c * periods)
    steps = [
        Step("recurrence", f"Each {law.unit} the {name} are multiplied by "
             f"{exact.pretty(f)} and then {exact.pretty(c)} is added.",
             (f"x(n+1) = {exact.pretty(f)}\u00b7x(n) + ({exact.pretty(c)})",
              f"x(0) = {exact.pretty(x0)}")),
        Step("closed_form", "Unrolling the recurrence gives a geometric sum:",
             ("x(n) = f^n\u00b7x(0) + c\u00b7(f^n \u2212 1)/(f \u2212 1)",)),
        Step("substitute", f"Put n = {periods}.",
             (f"x({periods}) = ({exact.pretty(f)})^{periods}\u00b7{exact.pretty(x0)} + "
              f"({exact.pretty(c)})\u00b7(({exact.pretty(f)})^{periods} \u2212 1)/"
              f"({exact.pretty(f)} \u2212 1)",
              f"\u2248 {exact.decimal_of(value)}")),
    ]
    return value, steps


def _threshold(law: Law, start: Fraction, level: Fraction, target_text: str,
               strict: bool = False):
    """Return (smallest whole n reaching the level, steps, check steps).

    "drops to X" / "reaches X" count the level itself; "exceeds" / "below" need to pass it.
    """
    import sympy

    f, c, x0 = exact.rational(law.factor), exact.rational(law.added), exact.rational(start)
    target = exact.rational(level)
    falling = target < x0
    if f == 1:
        raise NotUnderstood("a change with no percentage part", target_text)
    fixed_point = c / (1 - f)
    ratio = (target - fixed_point) / (x0 - fixed_point) if x0 != fixed_point else 0
    if ratio <= 0:
        raise NotUnderstood("how the amount could reach the target", target_text,
                            "a target the amount moves towards")
    crossing = sympy.log(ratio) / sympy.log(f)
    if sympy.N(crossing) < 0:
        raise NotUnderstood("how the amount could reach the target", target_text,
                            "a target the amount moves towards")

    def value_at(k: int):
        return fixed_point + (x0 - fixed_point) * f ** k

    def met(k: int) -> bool:
        value = value_at(k)
        if strict:
            return bool(value < target) if falling else bool(value > target)
        return bool(value <= target) if falling else bool(value >= target)
    whole = smallest_whole(crossing, met)
    steps = [
        Step("recurrence", f"Each {law.unit}: multiply by {exact.pretty(f)}, then add "
             f"{exact.pretty(c)}.", (f"x(n+1) = {exact.pretty(f)}\u00b7x(n) + "
                                     f"({exact.pretty(c)})",)),
        Step("fixed_point", "The level that would stay unchanged is c/(1 \u2212 f); the "
             "distance from it is multiplied by f each period.",
             (f"x* = {exact.pretty(fixed_point)}",
              f"x(n) = x* + ({exact.pretty(x0 - fixed_point)})\u00b7({exact.pretty(f)})^n")),
        Step("set_equal", f"Set x(n) equal to {exact.pretty(target)} and solve with logs.",
             (f"n = log({exact.pretty(ratio)})/log({exact.pretty(f)}) \u2248 "
              f"{exact.decimal_of(crossing)}",)),
    ]
    checks = [Step("whole_check", f"The amount changes once per {law.unit}, so check whole "
                   f"{law.unit}s exactly: not yet at n = {whole - 1}, reached at n = {whole}.",
                   (f"x({whole - 1}) \u2248 {exact.decimal_of(value_at(whole - 1))}",
                    f"x({whole}) \u2248 {exact.decimal_of(value_at(whole))}"))] if whole else []
    return whole, steps, checks


def smallest_whole(crossing, met, limit: int = MAX_PERIODS) -> int:
    """Return the smallest whole n with met(n), starting from the ceiling of the crossing."""
    import sympy

    guess = max(int(sympy.ceiling(sympy.N(crossing, 60))), 0)
    if guess > limit:
        raise NotUnderstood("a target this far away", f"{guess} periods")
    while guess > 0 and met(guess - 1):
        guess -= 1
    while not met(guess):
        guess += 1
        if guess > limit:
            raise NotUnderstood("a target this far away", f"{guess} periods")
    return guess


def _claims(clause, claim_numbers, answer: Answer, reading) -> list:
    """Check numbers a "show that" part states against the computed value."""
    from bot.core.report import check_claim

    out = []
    for number in claim_numbers:
        reading.used.add(id(number.item))
        out.append(check_claim(clause.text.strip(" .?"), number.item.text, answer.value))
    return out


def _alternatives(alternatives, start, horizon, answer: Answer, name: str) -> list:
    """Return the other readings' values for one part (only where they differ)."""
    out = []
    kind, amount = horizon
    for reading_text, law in alternatives:
        try:
            if kind == "periods":
                value, _ = value_after(law, start.value, amount, name)
                text, exact_text = exact.decimal_of(value), exact.pretty(value)
            else:
                count, _, _ = _threshold(law, start.value, amount, "")
                text = exact_text = str(count)
        except NotUnderstood:
            continue
        if text != answer.value:
            label = f"{reading_text}{' (part ' + answer.part + ')' if answer.part else ''}"
            out.append(Alternative(label, text, exact_text, answer.unit))
    return out
