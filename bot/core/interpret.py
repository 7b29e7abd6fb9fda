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
    if task.start is not None and law.kind == "linear":
        _refuse_other_noun(result, law, task.start)
    if task.kind == "value_after" and (task.start is None or task.start.kind != "percent"):
        if asks.share_cue(clause):  # "what percent of the trees remain"
            asks.refuse_change_ask(clause)
    if time or (targets and not horizons):
        if targets and _target_is_span(clause, targets[0]):
            raise NotUnderstood("when the question looks", clause.text,
                                "a horizon such as \u201c2 years from now\u201d")
        task.answer_unit = _asked_time_unit(clause)
        return threshold_of(task, clause, result, targets)
    if not horizons:
        raise NotUnderstood("when the question looks", clause.text,
                            "a horizon such as \u201cafter 10 epochs\u201d or \u201cin 2040\u201d")
    if task.kind == "value_after" and asks.difference_cue(clause):  # "how many more bats"
        asks.refuse_change_ask(clause)
    _refuse_rate_accumulated(task, horizons[0], clause)
    _refuse_split_horizon(horizons[0], clause)
    _refuse_other_answer_unit(task, clause)
    task = periods_for(task, horizons[0], clause, result)
    _refuse_part_step(task)
    return task


def _refuse_split_horizon(horizon: spec.Horizon, clause: Clause) -> None:
    """Decline "in 3 years and 6 months": the horizon read is only its first part."""
    items = clause.items
    k = next((i for i, item in enumerate(items) if item is horizon), None)
    rest = items[k + 1:k + 3] if k is not None else []
    joined = len(rest) == 2 and isinstance(rest[0], spec.Word) and \
        rest[0].text.lower() == "and"
    if joined and (not isinstance(rest[1], spec.Word) or rest[1].kind in ("NUMBER",
                                                                          "YEARNUM")):
        raise NotUnderstood("the whole horizon", f"{horizon.text} and \u2026",
                            "one length of time, e.g. \u201cafter 42 months\u201d")


def _refuse_other_answer_unit(task: Task, clause: Clause) -> None:
    """Decline "How tall is it in inches" when the start is in feet: the value would be given
    in the start's unit, not the one asked."""
    from bot.core.units import unit_of

    have = unit_of(task.start.unit) if task.start is not None and task.start.unit else None
    words = clause.words()
    for a, b in zip(words, words[1:]):
        asked = unit_of(b) if a == "in" else None
        if asked and have and asked[0] == have[0] and asked[1] != have[1]:
            raise NotUnderstood("the unit the question asks in", f"in {b}",
                                f"the answer in {task.start.unit}")


def _refuse_part_step(task: Task) -> None:
    """Decline a fixed amount added every k > 1 units over a span that is not a whole number
    of steps ("grows 2 cm every 3 days ... after 2 weeks"): whether the part step counts is
    not said."""
    law = task.law
    if law.kind == "linear" and law.period is not None and law.period.count != 1 and \
            task.periods is not None and Fraction(task.periods).denominator != 1:
        raise NotUnderstood("how a part of a step counts", task.horizon_text,
                            "a horizon that is a whole number of steps")


def _change_noun(result: Interpretation, law: Law) -> str:
    """Return the noun right after a linear change's amount ("remove 400 gallons"), or ""."""
    for clause in result.clauses:
        items = clause.items
        for k, item in enumerate(items[:-1]):
            if isinstance(item, spec.Change) and (item.span.start, item.span.end) == law.span:
                after = items[k + 1]
                if isinstance(after, spec.Word) and after.kind in ("WORD", "UNIT"):
                    return after.text.lower()
    return ""


def _refuse_other_noun(result: Interpretation, law: Law, start: Value) -> None:
    """Decline when the change counts another thing than the start: "Five pumps remove 400
    gallons per hour" changes gallons, and the 5 counts the pumps, so 5 is no start of it.
    Units of one dimension ("2 meters tall ... grows 50 centimeters") are converted."""
    from bot.core.units import unit_of

    noun, have = _change_noun(result, law), (start.unit or "").lower()
    if not noun or not have or noun.rstrip("s") == have.rstrip("s"):
        return
    a, b = unit_of(noun), unit_of(have)
    if a is not None and b is not None and a[0] == b[0]:
        return
    if a is None and noun in NOT_NOUNS:
        return
    raise NotUnderstood("what the change counts", f"{start.text} … {law.text} {noun}",
                        "a start that counts the same thing as the change")


NOT_NOUNS = frozenset("""each every per a an the more less fewer in on at by to from for of
and or but than then after before until this that these those it its their his her daily
weekly monthly yearly annually hourly""".split())


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


TIME_UNITS = frozenset("second minute hour day week month year decade".split())
ACCUMULATING = ("in ", "for ", "during ", "over ", "within ")


def _refuse_rate_accumulated(task: Task, horizon: spec.Horizon, clause: Clause) -> None:
    """Decline when the start is an amount per period ("40 parts per hour") and the question
    asks about a span of those periods ("in 3 hours"): the words may ask for the total made in
    that span rather than the level of the rate after it, so either answer would be a guess."""
    start = task.start
    if start is None or not start.per_unit:
        return
    times = {start.per_unit.lower().rstrip("s"), horizon.unit.lower().rstrip("s")}
    if start.per_unit != horizon.unit and not times <= TIME_UNITS:
        return  # "20 km per hour ... in 90 minutes" is the same question in other units
    if horizon.text.lower().startswith(ACCUMULATING):
        raise NotUnderstood("whether the question asks for the rate or the total made",
                            f"{start.text} per {start.per_unit} \u2026 {horizon.text}",
                            "a question about the rate itself (\u201cwhat is its rate after "
                            "3 hours?\u201d) or a total made at one fixed rate")


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
    scored = sorted([(score(value), value) for value in pool], key=lambda pair: pair[0],
                    reverse=True)  # each value scored once (the order of sorting by score)
    ranked = [value for _, value in scored]
    if len(scored) > 1 and scored[0][0][:4] == scored[1][0][:4] and not scored[0][0][3]:
        raise NotUnderstood("which number is the starting value",
                            f"{ranked[0].text} or {ranked[1].text}",
                            "the start named like the asked quantity, e.g. "
                            "\u201cthe initial gradient is 30 units\u201d")
    _refuse_rate_as_start(ranked)
    _refuse_later_level(result, ranked[0], clause, law)
    return ranked[0]


RELATIVE_ASKS = ("more", "later", "after it", "after that", "after this", "from then",
                 "from now", "since then")


def _refuse_later_level(result: Interpretation, start: Value, asked: Clause,
                        law: Law) -> None:
    """Decline a start stated at a later time ("After 4 days, 810 people know it") when the
    question counts from time zero ("on the fourth day"): the stated level holds after those
    periods, not at the start (the growth_back family works it backwards). A question counted
    from that level ("3 h after it reaches ...", "2 more days") may use it as its start."""
    text = f" {asked.text.lower()} "
    if any(f" {cue} " in text or f" {cue}?" in text for cue in RELATIVE_ASKS):
        return
    for clause in result.clauses:
        if clause.sentence != start.sentence or clause.question:
            continue
        for item in clause.items:
            if not isinstance(item, spec.Horizon) or not item.text.lower().startswith("after"):
                continue
            own = law.period is not None and law.period.span == item.span or \
                any(item is used or getattr(used, "span", None) == item.span
                    for used in law.used_numbers)  # "60% remains after 4 hours"
            if not own:
                raise NotUnderstood("when the starting value holds",
                                    f"{item.text} \u2026 {start.text}",
                                    "a start at time zero, e.g. \u201cthere are 50 now\u201d")


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


ROUNDING_WORDS = (("thousandth", Fraction(1, 1000)), ("hundredth", Fraction(1, 100)),
                  ("tenth", Fraction(1, 10)), ("10th", Fraction(1, 10)),
                  ("cent", Fraction(1, 100)), ("whole number", Fraction(1)),
                  ("integer", Fraction(1)), ("dollar", Fraction(1)), ("hundred", Fraction(100)),
                  ("thousand", Fraction(1000)), ("million", Fraction(10 ** 6)),
                  ("whole", Fraction(1)), ("percent", Fraction(1)), ("%", Fraction(1)))
NEAREST = re.compile(r"nearest\s+([a-z0-9 ]+)")
DECIMAL_PLACES = re.compile(r"(\d+|one|two|three|four) decimal places?")


def rounding_of(text: str) -> tuple[str, Fraction] | None:
    """Return the rounding the problem asks for ("nearest tenth" -> ("tenth", 1/10)).

    The patterns are searched only when their fixed words occur (most problems ask for no
    rounding, and the substring test is much cheaper than the search)."""
    lowered = text.lower()
    match = NEAREST.search(lowered) if "nearest" in lowered else None
    if match:
        for word, step in ROUNDING_WORDS:
            if match.group(1).startswith(word):
                return (f"nearest {word}", step)
    match = DECIMAL_PLACES.search(lowered) if " decimal place" in lowered else None
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


TIME_UNITS = frozenset("""second seconds minute minutes hour hours day days week weeks month
months year years decade decades""".split())


def _target_is_span(clause, target) -> bool:
    """Return True when the item read as the target is followed by a time unit ("What will
    its value be 2 years from now?"): it is a time span, not a level to reach."""
    items = list(clause.items)
    for k, item in enumerate(items[:-1]):
        if item is target:
            after = getattr(items[k + 1], "text", "").lower()
            return after in TIME_UNITS
    return False
