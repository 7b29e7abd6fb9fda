"""Bind questions to laws and starting values: spec -> Tasks (plus alternative readings).

Every decision that picks one reading over another is recorded in `Task.reading` so the user
sees how the problem was read; conventions follow the design guide's ambiguity table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from bot.core import asks, spec
from bot.core.clauses import Clause, content_words, overlap, split_clauses
from bot.core.errors import NotUnderstood
from bot.core.frequency import refuse_unmodelled_frequency
from bot.core.negation import refuse_negated_change
from bot.core.horizons import _event_target, periods_for, threshold_of
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
    refuse_unmodelled_frequency([c for c in clauses if not c.question])
    laws = find_laws(clauses, formulas)
    values = find_values(clauses)
    result = Interpretation([], laws, values, clauses=clauses)
    for law in laws:
        result.used.update(id(item) for item in law.used_numbers)
    questions = [c for c in clauses if c.question]
    if not questions:
        raise NotUnderstood("what is asked", problem.sentences[-1].text if
                            problem.sentences else "",
                            "a question such as \u201cwhat is the value after 10 years?\u201d")
    if not laws:
        raise NotUnderstood("how the quantity changes", questions[0].text,
                            "a change such as \u201cgrows by 5% per year\u201d or "
                            "\u201cdoubles every 3 hours\u201d")
    failures, labels = [], {}
    for clause in questions:
        label = part_label(problem.sentences[clause.sentence])
        try:
            task = _task_for(clause, result)
        except NotUnderstood as exc:
            failures.append((label, exc))
            continue
        if task is not None and not any(_same_task(task, t) for t in result.tasks):
            labels[id(task)] = label
            result.tasks.append(task)
    if failures and not result.tasks:
        raise failures[0][1]
    if not result.tasks:
        raise NotUnderstood("the question", questions[0].text,
                            "\u201cwhat is X after N periods?\u201d or "
                            "\u201cafter how many periods does X exceed Y?\u201d")
    _note_unasked_parts(problem, questions, result)
    for label, exc in failures:
        head = f"Part {label} not answered" if label else "Not answered"
        note = f"{head}: {exc.message()}"
        if note not in result.notes:
            result.notes.append(note)
    numbered = len(result.tasks) > 1 or any(label for label, _ in failures)
    for number, task in enumerate(result.tasks):
        label = labels.get(id(task))
        task.part = (f"part {label}" if label else f"part {number + 1}") if numbered else ""
    check_safety(result)
    return result


def _note_unasked_parts(problem: spec.Problem, questions, result: Interpretation) -> None:
    """Note every labelled part ("b) Explain ...") that holds no numeric question."""
    asked = {c.sentence for c in questions}
    for index, sentence in enumerate(problem.sentences):
        label = part_label(sentence)
        if label and index not in asked:
            result.notes.append(f"Part {label} not answered (not a numeric question I can "
                                f"compute): \u201c{sentence.original}\u201d")


def part_label(sentence: spec.ParsedSentence) -> str:
    """Return the part label a sentence starts with ("a) Find ..." or "(b) ..." -> "a")."""
    words = [i for i in sentence.items[:4] if isinstance(i, spec.Word)]
    texts = [w.text.lower() for w in words]
    if texts[:1] == ["("]:
        texts = texts[1:]
    if len(texts) >= 2 and texts[1] == ")" and texts[0] in (
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "ii", "iii", "iv"):
        return texts[0]
    return ""


def _same_task(a: Task, b: Task) -> bool:
    """Return True when two question clauses ask the same thing (a restated problem)."""
    return (a.kind, a.law.text, a.periods, a.target, a.start.value if a.start else None) == \
        (b.kind, b.law.text, b.periods, b.target, b.start.value if b.start else None)


def _asked_name(clause: Clause) -> tuple[str, ...]:
    """Return the content words naming the asked quantity (up to the first phrase)."""
    words, started = [], False
    heads = ("what", "how", "find", "calculate", "estimate", "determine", "compute", "when")
    if not any(isinstance(i, spec.Word) and i.text.lower() in heads for i in clause.items):
        started = True  # "The population ... in 2020 will be"
    for item in clause.items:
        if isinstance(item, spec.Word):
            text = item.text.lower()
            if text in heads:
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
    for index, (kind, text) in enumerate(words):
        if text != "how" or index + 1 >= len(words):
            continue
        if words[index + 1][1] == "long":
            return True
        if words[index + 1][1] == "many":
            ahead = words[index + 2:index + 5]
            for kind_ahead, word in ahead:
                if kind_ahead == "UNIT":
                    return True
                if kind_ahead != "WORD" or word not in ("whole", "full", "complete", "more"):
                    break
    texts = [t for _, t in words]
    return "when" in texts or "age" in texts


def _task_for(clause: Clause, result: Interpretation) -> Task | None:
    """Build the Task one question clause asks for (None for non-numeric parts)."""
    words = {i.text.lower() for i in clause.items if isinstance(i, spec.Word)}
    asked = _asked_name(clause)
    horizons = clause.phrases(spec.Horizon)
    targets = clause.phrases(spec.Target) + [
        spec.Target("value", "reach", c.amount, c.text, c.span) for c in
        clause.phrases(spec.Change) if c.mode == "to" and c.amount]
    time = _asks_time(clause)
    if not horizons and not targets and not time and words & set(NON_NUMERIC):
        result.notes.append(f"Not answered (not a numeric question): \u201c{clause.text}\u201d")
        return None
    law = _pick_law(result.laws, asked, clause)
    task = Task("value_after", law, asked or law.name)
    if "factor" in words and ("what" in words or "which" in words):
        task.kind = "factor"
    elif _asks_percent_change(clause):
        task.kind = "percent_change"
    characteristic = _characteristic_time(clause, law)
    if characteristic is not None and not targets and not horizons:
        targets = [characteristic]
        time = True
    relative_target = bool(targets) and targets[0].kind in ("share", "times", "multiply")
    pair = _level_pair(result, law, clause) if time and not targets and not horizons \
        else None
    if pair is not None:
        task.start, current = pair
        result.used.add(id(current.item))
        comparator = "reach" if "than" not in words else (
            "exceed" if law.factor > 1 else "below")
        targets = [spec.Target("value", comparator, spec.Amount(
            "plain", current.value, current.text, current.item.span), current.text,
            current.item.span)]
        task.reading.append(f"The question asks how long it takes to change from "
                            f"{task.start.text} to {current.text} (the two levels stated).")
    elif law.kind != "formula" and task.kind == "value_after" and not relative_target:
        task.start = _pick_start(result, law, asked, clause)
    elif law.kind != "formula" and relative_target:
        task.start = _optional_start(result, law, asked, clause)
    task.unit = task.start.unit if task.start else ""
    if task.kind == "value_after" and (task.start is None or task.start.kind != "percent"):
        if asks.share_cue(clause):  # "what percent of the trees remain"
            asks.refuse_change_ask(clause)
    if time or (targets and not horizons):
        task.answer_unit = _asked_time_unit(clause)
        return threshold_of(task, clause, result, targets)
    if not horizons:
        raise NotUnderstood("when the question looks", clause.text,
                            "a horizon such as \u201cafter 10 epochs\u201d or \u201cin 2040\u201d")
    if task.kind == "value_after" and asks.difference_cue(clause):  # "how many more bats"
        asks.refuse_change_ask(clause)
    return periods_for(task, horizons[0], clause, result)


def _characteristic_time(clause: Clause, law: Law) -> spec.Target | None:
    """Return the relative target of "what is its half-life / doubling time?" (×1/2, ×2)."""
    asked = [i for i in clause.items if isinstance(i, spec.Word) and i.kind == "DOUBLING_TIME"]
    if not asked:
        return None
    word = asked[0].text.lower()
    factor = Fraction(1, 2) if word.startswith("hal") else (
        Fraction(3) if word.startswith("tripl") else Fraction(2))
    if law.kind != "compound" or law.factor is None or (law.factor < 1) != (factor < 1):
        raise NotUnderstood(f"the {word} of this change", asked[0].text,
                            "a half-life for a decay, a doubling time for a growth")
    return spec.Target("multiply", "reach", None, asked[0].text, asked[0].span, factor=factor)


def _level_pair(result: Interpretation, law: Law, clause: Clause
                ) -> tuple[Value, Value] | None:
    """Return (start, current) for "how old is it" with two levels of one unit and no target.

    A decay law runs from the larger level to the smaller (the living activity to the
    sample's); a growth law from the smaller to the larger. Only two candidates with the
    same unit word qualify, so a lone start value or a rate is never mistaken for a level.
    """
    if law.kind != "compound" or law.factor is None or law.factor == 1:
        return None
    if any(isinstance(i, spec.Target) for c in result.clauses for i in c.items) or \
            _event_target(clause, result) is not None:
        return None  # a stated condition ("when it carries 90% of capacity") is the target
    pool = [v for v in _candidates(result) if v.kind == "plain" and v.value > 0]
    if len(pool) != 2 or pool[0].unit.lower() != pool[1].unit.lower() or not pool[0].unit:
        return None
    low, high = sorted(pool, key=lambda v: v.value)
    if low.value == high.value:
        return None
    start, current = (high, low) if law.factor < 1 else (low, high)
    asked = set(clause.words())
    where = tuple(w for c in result.clauses if c.sentence == current.sentence and
                  not c.question for w in c.words())
    named = overlap(current.context + where, tuple(asked)) and (
        start.start_cue or overlap(start.context, tuple(asked)))
    if not asked & {"age", "old", "ago", "dating", "dated"} and not named:
        return None  # "How long will it take?" alone does not say between which levels
    return start, current


def _asked_time_unit(clause: Clause) -> str:
    """Return the unit of "how many minutes ..." (empty when the question names none)."""
    words = [(i.kind, i.text.lower()) for i in clause.items if isinstance(i, spec.Word)]
    for index, (_, text) in enumerate(words[:-1]):
        if text == "many" and words[index + 1][0] == "UNIT":
            return spec.canonical_unit(words[index + 1][1])
    return ""


def _asks_percent_change(clause: Clause) -> bool:
    """Return True for "what is the overall percentage decrease" questions."""
    kinds = [(i.kind, i.text.lower()) for i in clause.items if isinstance(i, spec.Word)]
    has_percent = any(k == "PCT" or t in ("percentage", "percent") for k, t in kinds)
    has_change = any(k in ("UP", "DOWN") or t in ("change", "increase", "decrease")
                     for k, t in kinds)
    return has_percent and has_change


def _pick_law(laws: list[Law], asked: tuple[str, ...], clause: Clause) -> Law:
    """Return the law whose quantity matches the asked name (the only law when unnamed)."""
    if len(laws) == 1:
        return laws[0]
    scored = sorted(laws, key=lambda law: -overlap(law.name, asked))
    best = overlap(scored[0].name, asked)
    if best and overlap(scored[1].name, asked) < best:
        return scored[0]
    if not best:
        formulas = [law for law in laws if law.kind == "formula"]
        if len(formulas) == 1:
            return formulas[0]
        if len({(law.kind, law.factor, law.delta) for law in laws}) == 1:
            return laws[0]
    raise NotUnderstood("which change the question is about", clause.text,
                        "the asked quantity named as in the sentence that says how it changes")


def _candidates(result: Interpretation) -> list[Value]:
    """Return numbers that may be a starting value (not years, not rounding instructions)."""
    skip = {c.sentence for c in result.clauses if _is_instruction(c)}
    return [v for v in result.values if id(v.item) not in result.used and not v.year_like
            and v.sentence not in skip and v.unit.lower() not in ("point", "points")]


def _is_instruction(clause: Clause) -> bool:
    """Return True for "Round to the nearest ..." / "(1 point)" style clauses."""
    words = clause.words()
    return bool(words) and (words[0] in ("round", "rounded", "give", "express") or
                            "decimal" in words or "nearest" in words)


def _pick_start(result: Interpretation, law: Law, asked, clause: Clause) -> Value:
    """Return the starting value of the law's quantity, by name, cue and position."""
    pool = _candidates(result)
    if not pool:
        raise NotUnderstood("the starting value", clause.text,
                            "a start such as \u201cstarts at 30 units\u201d")
    names = asked if overlap(asked, law.name) or not law.name else law.name

    def score(value: Value) -> tuple:
        return (not value.in_question, overlap(value.context, names), not value.rate_like,
                value.start_cue, -value.sentence)
    ranked = sorted(pool, key=score, reverse=True)
    if len(ranked) > 1 and score(ranked[0])[:4] == score(ranked[1])[:4] and \
            not score(ranked[0])[3]:
        raise NotUnderstood("which number is the starting value",
                            f"{ranked[0].text} or {ranked[1].text}",
                            "the start named like the asked quantity, e.g. "
                            "\u201cthe initial gradient is 30 units\u201d")
    _refuse_rate_as_start(ranked)
    return ranked[0]


def _refuse_rate_as_start(ranked: list[Value]) -> None:
    """Decline when a left-over percentage ("by 5% by 5%") outranks a plain or money start:
    it was neither the change nor cued as a start, so using it as the start would be a guess."""
    best = ranked[0]
    if best.kind != "percent" or best.start_cue:
        return
    other = next((v for v in ranked[1:] if v.kind in ("plain", "money") and not v.rate_like
                  and not v.in_question), None)
    if other is not None:
        raise NotUnderstood("which number is the starting value", f"{best.text} or {other.text}",
                            "one change per quantity, stated once, and its start, e.g. "
                            "\u201ca fund of 100 dollars grows by 5% per year\u201d")


def _optional_start(result: Interpretation, law: Law, asked, clause: Clause) -> Value | None:
    """Return the start when one is named; a relative target ("5 times") does not need it."""
    try:
        return _pick_start(result, law, asked, clause)
    except NotUnderstood:
        return None


def rounding_of(text: str) -> tuple[str, Fraction] | None:
    """Return the rounding the problem asks for ("nearest tenth" -> ("tenth", 1/10))."""
    lowered = text.lower()
    table = [("thousandth", Fraction(1, 1000)), ("hundredth", Fraction(1, 100)),
             ("tenth", Fraction(1, 10)), ("10th", Fraction(1, 10)), ("cent", Fraction(1, 100)),
             ("whole number", Fraction(1)), ("integer", Fraction(1)), ("dollar", Fraction(1)),
             ("hundred", Fraction(100)), ("thousand", Fraction(1000)),
             ("million", Fraction(10 ** 6)), ("whole", Fraction(1)),
             ("percent", Fraction(1)), ("%", Fraction(1))]
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



DERIVED = {"additional", "difference", "profit", "altogether", "combined", "extra", "earned",
           "saved", "average", "together", "both", "interest", "more", "less", "fewer",
           "remaining", "left", "spent", "cost", "costs", "pay", "paid",
           *asks.CHANGE_WORDS}  # "by how much does it increase", "how much was lost"


def check_safety(result: Interpretation) -> None:
    """Decline readings that would be guesses: unstated periods, unplaced changes, derived asks."""
    for task in result.tasks:
        if task.law.kind != "formula" and task.law.period is None:
            raise NotUnderstood("how often the change happens", task.law.text,
                                "a period such as \u201cper year\u201d or \u201cevery 3 hours\u201d")
        derived = set(task.asked) & DERIVED
        if task.start is not None and task.start.kind == "money":
            derived -= {"cost", "costs"}  # "how much would a bag cost" asks the price itself
        if derived and task.kind == "value_after":
            raise NotUnderstood(f"what \u201c{sorted(derived)[0]}\u201d asks for",
                                " ".join(task.asked),
                                "the value of the changing quantity itself")
    refuse_negated_change(result.clauses)
