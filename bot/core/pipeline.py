"""answer(text) -> Outcome: the one call every front end makes. Never raises.

text -> guard -> parse (Lark) -> formulas -> interpret -> conventions -> solve (SymPy) ->
unused numbers and claims -> Outcome (plain data).
"""

from __future__ import annotations

import logging
import re

from bot.core import conventions, report
from bot.core.errors import EXAMPLE, NotUnderstood
from bot.core.guard import check_input
from bot.core.outcome import Alternative, Answer, Decline, Outcome, Series

log = logging.getLogger(__name__)


def answer(text: str) -> Outcome:
    """Solve one word problem, or decline precisely; never raises for any input."""
    refusal = check_input(text)
    if refusal is not None:
        return refusal
    try:
        return _answer(text)
    except NotUnderstood as exc:
        return _declined(exc, text)
    except RecursionError:
        return Outcome.declined("The problem is nested too deeply for me to read.",
                                example=EXAMPLE)
    except Exception:  # noqa: BLE001 - the contract is: never raise, decline instead
        log.exception("solver failed")
        return Outcome.declined("Something went wrong while solving this problem; I would "
                                "rather say so than guess.", example=EXAMPLE)


def _answer(text: str) -> Outcome:
    """Parse once, then try the "before" families, the law pipeline, the "after" families.

    The first solver that answers wins. A family returns None when the problem is not its
    own; a family that recognises the problem but cannot place a part raises NotUnderstood:
    its decline is remembered, the single-law pipeline is then skipped (it would miss what
    that family saw, e.g. a second quantity), and the remaining families still try. When
    nothing answers, the first decline is the one reported.
    """
    from bot.core.families import families
    from bot.core.normalize import refuse_unreadable
    from bot.core.parse import parse

    sentences = refuse_unreadable(text)
    problem = parse(text, sentences)
    declines: list[NotUnderstood] = []
    for family in families("before"):
        outcome = _try(family, problem, text, declines)
        if outcome is not None:
            return outcome
    if not declines:
        try:
            return _law_answer(problem, text)
        except NotUnderstood as exc:
            declines.append(exc)
    for family in families("after"):
        outcome = _try(family, problem, text, declines)
        if outcome is not None:
            return outcome
    raise declines[0]


def _try(family, problem, text: str, declines: list) -> Outcome | None:
    """Run one family solver; record its decline (if any) and return its outcome or None."""
    try:
        return family.solve(problem, text)
    except NotUnderstood as exc:
        declines.append(exc)
        return None


def _law_answer(problem, text: str) -> Outcome:
    """The single-law pipeline: one quantity, a law of change, a horizon or a target."""
    from bot.core.formula import FormulaError, parse_formula
    from bot.core.interpret import interpret, rounding_of

    formulas = []
    for sentence in problem.sentences:
        try:
            formulas.append([parse_formula(f) for f in sentence.formulas])
        except FormulaError as exc:
            raise NotUnderstood("the formula", str(exc)) from None
    interpretation = interpret(problem, formulas)
    rounding = rounding_of(text)
    answers, steps, alternatives, reading, series, used = [], [], [], [], [], set()
    for task in interpretation.tasks:
        task.rounding = rounding
        task, unit_step = _change_in_start_unit(task, problem)
        task = conventions.apply(task, text)
        solved = _solve(task)
        if unit_step is not None:
            steps.append(unit_step)
        used |= _used_ids(task, interpretation)
        answers.append(_answer_of(task, solved))
        steps.extend(solved.steps)
        reading.extend(_reading_of(task, solved))
        alternatives.extend(_alternatives_of(task, solved))
        if solved.series:
            series.append(Series(answers[-1].quantity, f"{_period_unit(task)}s",
                                 tuple(solved.series), solved.unit))
    leftover = report.leftovers(interpretation, used)
    unplaced = report.unplaced_change(leftover, interpretation.clauses, interpretation.laws)
    if unplaced is not None:
        raise NotUnderstood("a change I could not place", unplaced.text.strip(" ,.;"),
                            "changes phrased like \u201cgrows by 5% per year\u201d")
    for task in interpretation.tasks:
        _refuse_start_after_span(task.start, interpretation.clauses)
        start_clause = report.start_beside_other_period(task.start, interpretation.clauses,
                                                        interpretation.laws)
        if start_clause is not None:
            raise NotUnderstood("a change I could not place", start_clause.text.strip(" ,.;"),
                                "the starting amount stated apart from amounts added or "
                                "removed each period")
    claims, claimed = report.claims_in(leftover, interpretation.clauses, answers[-1].value)
    return Outcome(ok=True, answers=tuple(answers), reading=tuple(reading),
                   steps=tuple(steps), alternatives=tuple(alternatives),
                   unused=tuple(report.unused_entries(leftover, claimed)),
                   claims=tuple(claims), series=tuple(series),
                   notes=tuple(interpretation.notes))


def _refuse_start_after_span(start, clauses) -> None:
    """Decline a start stated "after 9 days" (a level measured after some periods, not at
    the beginning): the horizon of the question would be counted from the wrong time."""
    from bot.core import spec

    item = getattr(start, "item", None)
    for clause in clauses:
        if getattr(clause, "question", False):
            continue  # "how much of a 200 g sample is left after 30 days": the start is asked from
        if any(i is item for i in clause.items) and any(
                isinstance(i, spec.Horizon) and i.kind == "span" for i in clause.items):
            raise NotUnderstood("when the starting amount was measured",
                                clause.text.strip(" ,.;"),
                                "the amount at the start, or the question counted from then")


def _change_in_start_unit(task, problem):
    """Convert a fixed per-period change stated in another unit of the start's dimension
    ("10 feet tall, grows 6 inches a year") into the start's unit; decline other mixes.

    Returns the task (with the law's delta converted when needed) and the conversion step.
    """
    import dataclasses

    from bot.core.exact import frac_text
    from bot.core.outcome import Step
    from bot.core.units import unit_of

    law, start = task.law, task.start
    if law.kind != "linear" or start is None or law.delta is None or law.percent or \
            law.points or law.relative:
        return task, None
    sentences = problem.sentences
    if not (0 <= law.sentence < len(sentences) and 0 <= start.sentence < len(sentences)):
        return task, None
    change_word = _unit_word_after(sentences[law.sentence].text, law.span[1])
    start_word = start.unit or _unit_word_after(sentences[start.sentence].text, start.span[1])
    start_unit, change_unit = unit_of(start_word), unit_of(change_word)
    if start_unit is None or change_unit is None or start_unit == change_unit:
        return task, None
    if start_unit[0] != change_unit[0]:
        raise NotUnderstood("how the change's unit relates to the start's unit",
                            f"{start_word} and {change_word}",
                            "the start and the change in units of one kind (length, mass, "
                            "volume)")
    delta = law.delta * change_unit[1] / start_unit[1]
    step = Step("unit_conversion",
                f"The change is stated in {change_word} but the start in {start_word}: "
                f"convert the change to {start_word} first.",
                (f"{frac_text(abs(law.delta))} {change_word} = {frac_text(abs(delta))} "
                 f"{start_word}",))
    task = dataclasses.replace(task, law=dataclasses.replace(law, delta=delta))
    return task, step


_UNIT_AFTER = re.compile(r"[\s-]*(?:(?:more|additional|extra|further|new)\s+)*([A-Za-z]+)",
                         re.IGNORECASE)


def _unit_word_after(text: str, end: int) -> str:
    """Return the word right after position `end`, the unit of a number there: "6 more
    inches" -> "inches", "10-foot" -> "foot" (filler words like "more" are skipped)."""
    match = _UNIT_AFTER.match(text, end)
    return match.group(1) if match else ""


def _solve(task):
    """Solve a task (import kept local so `import bot.core` stays cheap)."""
    from bot.core.solve import solve

    return solve(task)


def _used_ids(task, interpretation) -> set:
    """Return ids of the spec items a task consumed (law source, start, horizon, target)."""
    used = set(interpretation.used) | {id(task.law)}
    if task.start is not None:
        used.add(id(task.start.item))
    for law in interpretation.laws:
        if law.text == task.law.text and law.factor == task.law.factor:
            used.add(id(law))
    period, asked_texts = task.law.period, (task.horizon_text, task.target_text)
    for clause in interpretation.clauses:
        for item in clause.items:
            text = getattr(item, "text", None)
            if (period is not None and item is period) or (text and text in asked_texts):
                used.add(id(item))
    return used


def _answer_of(task, solved) -> Answer:
    """Build the Answer of a solved task (with the rounding the problem asks for)."""
    from bot.core.exact import round_to

    rounded = ""
    if task.rounding and "e" not in solved.value:
        rounded = round_to(solved.value, task.rounding[1])
    quantity = " ".join(task.asked) or " ".join(task.law.name) or "value"
    if task.kind == "threshold":
        quantity = f"time until {quantity} {task.target_text}".strip()
    return Answer(quantity, solved.value, solved.exact, solved.unit, rounded, task.part)


def _alternatives_of(task, solved_task) -> list[Alternative]:
    """Solve each alternative reading and return it with its value.

    A threshold's other count reading (whole periods vs the exact crossing) is read off the
    task's own solution (`solved_task`) instead of being solved again."""
    from bot.core.thresholds import other_count

    out = []
    for reading, other in task.alternatives:
        try:
            solved = other_count(task, solved_task, other) or _solve(other)
        except NotUnderstood:
            continue
        if solved.value.startswith("-") and task.start is not None and task.start.value > 0:
            continue  # e.g. straight-line depreciation below zero: not a real reading
        out.append(Alternative(reading, solved.value, solved.exact, solved.unit))
    return out


def _period_unit(task) -> str:
    """Return the unit of the law's period (for plots and reading)."""
    return task.law.period.unit if task.law.period else (task.horizon_unit or "period")


def _period_text(task) -> str:
    """Return the law's period as read ("month", "2 months")."""
    from bot.core.exact import frac_text

    period = task.law.period
    if period is not None and period.count != 1:
        return f"{frac_text(period.count)} {_period_unit(task)}s"
    return _period_unit(task)


def _reading_of(task, solved) -> list[str]:
    """Return "How I read it" lines for one task."""
    from bot.core.exact import frac_text

    name = " ".join(task.asked) or " ".join(task.law.name) or "the quantity"
    lines = []
    if task.start is not None:
        lines.append(f"{name} starts at {task.start.text}"
                     f"{' ' + task.start.unit if task.start.kind == 'plain' and task.start.unit else ''}.")
    law = task.law
    if law.kind == "formula":
        lines.append(f"{name} follows the formula {law.formula.text}.")
    elif law.kind == "linear":
        lines.append(f"It changes by {frac_text(law.delta)} per {_period_text(task)} "
                     f"(linear), from \u201c{law.text}\u201d.")
    else:
        lines.append(f"It is multiplied by {frac_text(law.factor)} per {_period_text(task)}, "
                     f"from \u201c{law.text}\u201d.")
    if task.kind == "threshold":
        lines.append(f"The question asks when it {task.target_text}.")
    else:
        lines.append(f"The question asks for {name} {task.horizon_text}.")
    return lines + list(task.reading)


def _declined(exc: NotUnderstood, text: str) -> Outcome:
    """Return a declined Outcome quoting the part that was not understood."""
    span = None
    if exc.quote:
        start = text.find(exc.quote)
        span = (start, start + len(exc.quote)) if start >= 0 else None
    from bot.core.causes import refine

    return Outcome(ok=False, error=Decline(exc.message(), span, exc.quote, exc.expected,
                                           EXAMPLE, cause=refine(exc.what, text)))
