"""Ambiguity conventions (design guide §5): pick the conventional reading, keep the other.

Each rule returns the primary task and (reading, task) alternatives whose values are shown
beside the answer, like Wolfram|Alpha's "Assuming … / Use … instead".
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.model import Task


def apply(task: Task, problem_text: str) -> Task:
    """Return the task rewritten to the conventional reading, with alternatives attached."""
    lowered = problem_text.lower()
    if task.law.kind == "compound" and task.law.rate is None and "simple interest" in lowered:
        from bot.core.errors import NotUnderstood

        raise NotUnderstood("how a sum grows at simple interest", task.law.text,
                            "a multiple read as compound growth (\u201cdoubles in 8 years\u201d "
                            "at simple interest is linear)")
    if task.law.kind == "compound" and task.law.rate is not None and task.start is not None:
        if task.start.kind == "percent" and task.law.percent and task.kind == "value_after":
            return _percentage_quantity(task, lowered)
        if _says_linear(lowered):
            return _linear_of_original(task)
        if "depreciat" in lowered or "constant rate" in lowered:
            _add(task, "straight-line (the same amount each period, r% of the initial value)",
                 _relative_linear(task))
    if task.kind == "threshold":
        _threshold_alternative(task)
    return task


def _says_linear(text: str) -> bool:
    """Return True when the wording asks for a linear change."""
    return any(cue in text for cue in ("linear", "of the original", "of its original",
                                       "of the initial", "of its initial", "simple interest",
                                       "arithmetic"))


def _add(task: Task, reading: str, other: Task) -> None:
    """Attach an alternative reading to a task."""
    other.alternatives, other.reading = [], []
    task.alternatives.append((reading, other))


def _relative_linear(task: Task) -> Task:
    """Return the task with r% of the start added each period (linear, of the original)."""
    law = task.law
    delta = task.start.value * law.rate
    return replace(task, law=replace(law, kind="linear", delta=delta, relative=True),
                   alternatives=[], reading=[])


def _points(task: Task) -> Task:
    """Return the task with the percentage changing by percentage points each period."""
    law = task.law
    return replace(task, law=replace(law, kind="linear", delta=law.rate * 100, points=True),
                   alternatives=[], reading=[])


def _percentage_quantity(task: Task, lowered: str) -> Task:
    """A percentage that "improves by 2%": +2 points by default, ×1.02 as the alternative.

    When the points reading would fall below 0% by the horizon ("6% falls by 10% a year"),
    it cannot be meant: the relative reading is the answer."""
    if task.periods is not None and \
            task.start.value + task.periods * task.law.rate * 100 < 0:
        task.reading = task.reading + [
            f"A fall of {abs(task.law.rate) * 100} percentage points per period would go below "
            f"0%, so the {abs(task.law.rate) * 100}% is read as a relative change."]
        return task
    primary = _points(task)
    primary.alternatives = task.alternatives
    primary.reading = task.reading + [
        f"The quantity is itself a percentage, so a change of {abs(task.law.rate) * 100}% "
        f"is read as percentage points."]
    if _says_linear(lowered):
        _add(primary, "r% of the initial value each period (linear, relative)",
             _relative_linear(task))
    else:
        _add(primary, "relative change (\u00d7 the factor each period)", task)
    return primary


def _linear_of_original(task: Task) -> Task:
    """"Linear" / "of the original": add r% of the start each period; compound as alternative."""
    primary = _relative_linear(task)
    primary.alternatives = task.alternatives
    primary.reading = task.reading + ["The text says the change is linear (a fixed share of "
                                      "the original value each period)."]
    _add(primary, "compound (\u00d7 the factor each period)", task)
    return primary


def _threshold_alternative(task: Task) -> None:
    """Show the whole-period count beside an exact crossing, and vice versa."""
    other = replace(task, integer=not task.integer, alternatives=[], reading=[])
    reading = "the exact crossing time" if task.integer else "whole periods (first full " \
        "period at or past the target)"
    task.alternatives.append((reading, other))
