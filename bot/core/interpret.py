"""Bind questions to laws and starting values: spec -> Tasks (plus alternative readings).

Every decision that picks one reading over another is recorded in `Task.reading` so the user
sees how the problem was read; conventions follow the design guide's ambiguity table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from fractions import Fraction

from bot.core import spec
from bot.core.clauses import (PRONOUNS, Clause, content_words, overlap, split_clauses,
                              stem)
from bot.core.errors import NotUnderstood
from bot.core.horizons import periods_for, threshold_of
from bot.core.laws import find_laws, find_values
from bot.core.model import Law, Task, Value

TIME_WORDS = {"long", "when"}
NON_NUMERIC = ("explain", "show", "describe", "discuss", "why", "function", "equation",
               "construct", "analyze", "analyse", "sketch", "graph", "interpret", "write")


@dataclass
class Interpretation:
    """Tasks to solve plus what was used, so leftovers can be reported as not needed."""

    tasks: list[Task]
    laws: list[Law]
    values: list[Value]
    used: set = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)


def interpret(problem: spec.Problem, formulas: list) -> Interpretation:
    """Return the tasks a problem asks for; raise NotUnderstood when a part cannot be bound."""
    clauses = [c for i, s in enumerate(problem.sentences) for c in split_clauses(s, i)]
    laws = find_laws(clauses, formulas)
    values = find_values(clauses)
    result = Interpretation([], laws, values, clauses=clauses)
    questions = [c for c in clauses if c.question]
    if not questions:
        raise NotUnderstood("what is asked", problem.sentences[-1].text if
                            problem.sentences else "",
                            "a question such as \u201cwhat is the value after 10 years?\u201d")
    if not laws:
        raise NotUnderstood("how the quantity changes", questions[0].text,
                            "a change such as \u201cgrows by 5% per year\u201d or "
                            "\u201cdoubles every 3 hours\u201d")
    for number, clause in enumerate(questions):
        task = _task_for(clause, result)
        if task is None:
            continue
        task.part = f"part {number + 1}" if len(questions) > 1 else ""
        result.tasks.append(task)
    if not result.tasks:
        raise NotUnderstood("the question", questions[0].text,
                            "\u201cwhat is X after N periods?\u201d or "
                            "\u201cafter how many periods does X exceed Y?\u201d")
    return result


def _asked_name(clause: Clause) -> tuple[str, ...]:
    """Return the content words naming the asked quantity (up to the first phrase)."""
    words, started = [], False
    for item in clause.items:
        if isinstance(item, spec.Word):
            text = item.text.lower()
            if text in ("what", "how", "find", "calculate", "estimate", "determine",
                        "compute", "when"):
                started = True
                continue
            if started and item.kind not in ("PUNCT", "UNIT"):
                words.append(text)
        elif started and words:
            break
    return content_words(words)


def _asks_time(clause: Clause) -> bool:
    """Return True when the question asks how long / when / how many periods."""
    words = [(i.kind, i.text.lower()) for i in clause.items if isinstance(i, spec.Word)]
    texts = [t for _, t in words]
    for index, (kind, text) in enumerate(words):
        if text == "how" and index + 1 < len(words):
            nxt = words[index + 1]
            if nxt[1] == "long" or (nxt[1] == "many" and index + 2 < len(words)
                                    and words[index + 2][0] == "UNIT"):
                return True
    return "when" in texts


def _task_for(clause: Clause, result: Interpretation) -> Task | None:
    """Build the Task one question clause asks for (None for non-numeric parts)."""
    words = {i.text.lower() for i in clause.items if isinstance(i, spec.Word)}
    asked = _asked_name(clause)
    horizons = clause.phrases(spec.Horizon)
    targets = clause.phrases(spec.Target)
    time = _asks_time(clause)
    if not horizons and not targets and not time and words & set(NON_NUMERIC):
        result.notes.append(f"Not answered (not a numeric question): \u201c{clause.text}\u201d")
        return None
    law = _pick_law(result.laws, asked, clause)
    start = None if law.kind == "formula" else _pick_start(result, law, asked, clause)
    task = Task("value_after", law, asked or law.name, start=start)
    task.unit = start.unit if start else ""
    if "factor" in words and ("what" in words or "which" in words):
        task.kind = "factor"
    if time or (targets and not horizons):
        return threshold_of(task, clause, result, targets)
    if not horizons:
        raise NotUnderstood("when the question looks", clause.text,
                            "a horizon such as \u201cafter 10 epochs\u201d or \u201cin 2040\u201d")
    return periods_for(task, horizons[0], clause, result)


def _pick_law(laws: list[Law], asked: tuple[str, ...], clause: Clause) -> Law:
    """Return the law whose quantity matches the asked name (the only law when unnamed)."""
    if len(laws) == 1:
        return laws[0]
    scored = sorted(laws, key=lambda law: -overlap(law.name, asked))
    best = overlap(scored[0].name, asked)
    if best and (len(scored) < 2 or overlap(scored[1].name, asked) < best):
        return scored[0]
    named = {law.name for law in laws}
    if len(named) == 1 or not asked or set(asked) <= PRONOUNS:
        formulas = [law for law in laws if law.kind == "formula"]
        if formulas:
            return formulas[0]
        if len(named) == 1 and len(laws) == 2 and _same_change(laws):
            return laws[0]
    raise NotUnderstood("which change the question is about", clause.text,
                        "the asked quantity named as in the sentence that says how it changes")


def _same_change(laws: list[Law]) -> bool:
    """Return True when two laws state the same change twice (a restated problem)."""
    a, b = laws
    return a.kind == b.kind and a.factor == b.factor and a.delta == b.delta


def _pick_start(result: Interpretation, law: Law, asked, clause: Clause) -> Value:
    """Return the starting value of the law's quantity, by name, cue and position."""
    pool = [v for v in result.values if not v.in_question or v.start_cue]
    pool = [v for v in pool if id(v.item) not in result.used and not _is_year(v)]
    if not pool:
        raise NotUnderstood("the starting value", clause.text,
                            "a start such as \u201cstarts at 30 units\u201d")
    names = set(asked) | set(law.name)

    def score(value: Value) -> tuple:
        return (overlap(value.context, names), value.start_cue,
                value.sentence <= law.sentence + 1, -abs(value.sentence - law.sentence))
    ranked = sorted(pool, key=score, reverse=True)
    if len(ranked) > 1 and score(ranked[0])[:2] == score(ranked[1])[:2] == (0, False):
        raise NotUnderstood("which number is the starting value",
                            f"{ranked[0].text} or {ranked[1].text}",
                            "the start named like the asked quantity, e.g. "
                            "\u201cthe initial gradient is 30 units\u201d")
    return ranked[0]


def _is_year(value: Value) -> bool:
    """Return True for a plain integer that reads as a calendar year next to a year cue."""
    return value.kind == "plain" and value.value.denominator == 1 and \
        1600 <= value.value <= 2199 and not value.unit


def rounding_of(text: str) -> tuple[str, Fraction] | None:
    """Return the rounding the problem asks for ("nearest tenth" -> ("tenth", 1/10))."""
    lowered = text.lower()
    table = [("thousandth", Fraction(1, 1000)), ("hundredth", Fraction(1, 100)),
             ("tenth", Fraction(1, 10)), ("10th", Fraction(1, 10)), ("cent", Fraction(1, 100)),
             ("whole number", Fraction(1)), ("integer", Fraction(1)), ("dollar", Fraction(1)),
             ("hundred", Fraction(100)), ("thousand", Fraction(1000))]
    match = re.search(r"nearest\s+([a-z0-9 ]+)", lowered)
    if match:
        for word, step in table:
            if match.group(1).startswith(word):
                return (f"nearest {word}", step)
    match = re.search(r"(\d+|one|two|three|four) decimal places?", lowered)
    if match:
        digits = {"one": 1, "two": 2, "three": 3, "four": 4}.get(match.group(1))
        digits = digits or int(match.group(1))
        return (f"{digits} decimal places", Fraction(1, 10 ** digits))
    return None


__all__ = ["Interpretation", "interpret", "rounding_of", "replace", "stem"]
