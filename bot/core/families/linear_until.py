"""How many whole periods until a steadily growing amount reaches a goal (linear).

"Mark has $50 and earns $10 per day; the bike costs $300: how many days?" Three numbers
with clear roles: a start (has / is / already), a gain per period (a number followed by
"per day", "a week", "daily"), and a goal (costs / needs / a total of / be 600). The answer
is the smallest whole n with start + n·gain >= goal (<= for a steady loss such as
"spends $8 per day ... until he has $20 left"), verified exactly. "Saved $4 every week
for the past 8 weeks" makes the start 4·8. Lengths in inches, feet and yards are converted
to the unit of the gain. ORDER "after": only problems the law pipeline declined reach it,
and any number without a role makes it step aside (None), so it never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from bot.core import exact, spec
from bot.core.families import _common as common
from bot.core.frequency import skips_periods
from bot.core.negation import negated
from bot.core.outcome import Answer, Outcome, Step
from bot.core.units import unit_of
from bot.core.clauses import position_of

ORDER = "after"
GAIN_VERBS = {"earns", "earn", "saves", "save", "saved", "makes", "make", "grows", "grow",
              "adds", "add", "collects", "collect", "collected", "collecting", "saving",
              "earning", "gets", "raises", "raise", "reads", "read", "plants", "plant",
              "gains", "gain", "puts", "put", "deposits", "deposit"}
LOSS_VERBS = {"spends", "spend", "uses", "use", "eats", "eat", "loses", "lose", "gives",
              "give", "pays", "pay", "burns", "burn", "drinks", "drink", "withdraws"}
GOAL_CUES = {"costs", "cost", "needs", "need", "requires", "require", "required", "goal",
             "total", "be", "reach", "price", "priced", "worth", "buy", "afford"}
START_CUES = {"has", "have", "had", "is", "already", "currently", "now", "starts", "saved"}
PAST = ("past", "last")
SHARES = {"half", "halves", "twice", "double", "doubles", "triple", "third", "thirds",
          "quarter", "quarters", "fraction", "portion", "part", "some", "most", "rest"}


@dataclass
class Role:
    """A number with the role it plays (start, gain, goal, past) and its unit."""

    role: str
    value: Fraction
    unit: str
    item: object
    clause: object
    period: spec.Period | None = None


def solve(problem: spec.Problem, text: str) -> Outcome | None:
    """Answer "how many periods until the goal" for a steady gain, or None."""
    reading = common.read(problem)
    if skips_periods(re.findall(r"[a-z]+", text.lower())):
        return None  # "adds $7 every other day": not one gain per day
    if any(negated(c.words()) and _has_number(c) for c in reading.clauses):
        return None  # "does not want the $25 lamp", "never saves $5": not modelled
    words = [w for c in reading.clauses for w in c.words()]
    if set(words) & SHARES or any(a == "of" and b in ("it", "that", "this", "them")
                                  for a, b in zip(words, words[1:])):
        return None  # "saves half of it": a share of the gain that no number states
    questions = [c for c in reading.clauses if common.asks(c)]
    asked_unit = _asked_unit(questions)
    if asked_unit is None or _asks_change(questions):
        return None
    strict = any("than" in c.words() for c in questions)
    roles = _roles(reading)
    if roles is None:
        return None
    ages = {id(r.item) for r in roles if r.role == "age"}
    roles = [r for r in roles if r.role != "age"]
    if common.unused_numbers(reading, {id(r.item) for r in roles} | ages, ""):
        return None  # a phrase with a number and no role ("saves 20% of it"): not modelled
    by_role = {}
    for role in roles:
        by_role.setdefault(role.role, []).append(role)
    gains = by_role.get("gain", [])
    if len({(g.value, g.period.unit if g.period else "") for g in gains}) == 1:
        by_role["gain"] = gains[:1]  # "if he keeps saving $5 a day": a restatement
    goals = by_role.get("goal", [])
    if len({(g.value, g.unit) for g in goals}) == 1:
        by_role["goal"] = goals[:1]  # "it requires 200 ... to collect 200": the same goal
    if sorted(by_role) not in (["gain", "goal", "start"], ["gain", "goal", "past"]) or \
            any(len(v) != 1 for v in by_role.values()):
        return None
    gain, goal = by_role["gain"][0], by_role["goal"][0]
    if gain.period is None or gain.period.unit != asked_unit or gain.period.count != 1:
        return None
    start = _start(by_role, gain)
    values = _in_gain_unit([start, goal], gain)
    if values is None:
        return None
    return _answer(values[0], values[1], gain, start, goal, reading, roles, strict)


DONE_VERBS = frozenset("""spent used eaten burned burnt lost grown gained earned saved collected
added read walked run driven paid""".split())
COMPARATIVES = frozenset("""taller shorter longer higher lower heavier lighter bigger smaller
""".split())  # not "more": "how many more weeks"


def _asks_change(questions) -> bool:
    """Return True when the question's number is an amount changed, not a level: "until she
    has spent $100" ("saved a total of $60" is a level), "until it is 12 cm shorter" (a
    comparative with no "than")."""
    for clause in questions:
        words = set(clause.words())
        if not _has_number(clause):
            continue
        if words & DONE_VERBS and "total" not in words or \
                words & COMPARATIVES and "than" not in words:
            return True
    return False


def _has_number(clause) -> bool:
    """Return True when a clause states a number (a bare one or inside a phrase)."""
    return bool(common.numbers(clause)) or any(
        not isinstance(i, spec.Word) for i in clause.items)


def _asked_unit(questions) -> str | None:
    """Return the period unit of "how many days" / "how many more weeks", else None."""
    for clause in questions:
        words = [(i.kind, i.text.lower()) for i in clause.items if isinstance(i, spec.Word)]
        for index, (_, text) in enumerate(words[:-2]):
            if text == "how" and words[index + 1][1] == "many":
                rest = [w for w in words[index + 2:index + 4] if w[1] != "more"]
                if rest and rest[0][0] == "UNIT":
                    return spec.canonical_unit(rest[0][1])
    return None


def _roles(reading) -> list[Role] | None:
    """Return every number with its role, or None when one has no clear role."""
    out = []
    asked = {id(i) for c in reading.clauses if common.asks(c)
             for i in common.question_items(reading, c)}
    for clause in reading.clauses:
        for item in clause.items:
            role = _phrase_role(item, clause)
            if role is not None:
                out.append(role)
        for number in common.numbers(clause):
            role = _number_role(number, clause, id(number.item) in asked)
            if role is None:
                return None
            out.append(role)
    return out


def _next_period(clause, item, reach: int = 5) -> spec.Period | None:
    """Return a Period within `reach` items after `item` (past unit words), else None."""
    index = position_of(clause.items, item)
    for other in clause.items[index + 1:index + 1 + reach]:
        if isinstance(other, spec.Period):
            return other
        if not (isinstance(other, spec.Word) and other.kind in (
                "WORD", "DOLLARS", "OF", "ITS", "THE", "A")):
            return None
    return None


def _unit_after(clause, item) -> str:
    """Return the word after an item when it names a unit ("inches", "dollars")."""
    index = position_of(clause.items, item)
    nxt = clause.items[index + 1] if index + 1 < len(clause.items) else None
    if isinstance(nxt, spec.Word) and nxt.kind in ("WORD", "DOLLARS"):
        return "dollars" if nxt.kind == "DOLLARS" else nxt.text.lower()
    return ""


def _phrase_role(item, clause) -> Role | None:
    """Return the role of a parsed phrase ("grows 2 inches a year", "be 600 inches")."""
    if isinstance(item, spec.Change) and item.amount is not None and \
            item.amount.kind in ("plain", "money") and item.direction == "up":
        period = item.period or _next_period(clause, item)
        unit = "dollars" if item.amount.kind == "money" else _unit_after(clause, item)
        if period is not None:
            return Role("gain", item.amount.value, unit, item, clause, period)
        if item.mode == "to":
            return Role("goal", item.amount.value, unit, item, clause)
    if isinstance(item, spec.Target) and item.kind == "value" and item.amount is not None \
            and item.comparator in ("be", "reach"):
        unit = "dollars" if item.amount.kind == "money" else _unit_after(clause, item)
        return Role("goal", item.amount.value, unit, item, clause)
    return None


def _number_role(number: common.Number, clause, asked: bool) -> Role | None:
    """Return the role of a bare number from the words around it."""
    items = clause.items
    index = position_of(items, number.item)
    before = [i.text.lower() for i in items[max(0, index - 4):index]
              if isinstance(i, spec.Word)]
    after = items[index + 1] if index + 1 < len(items) else None
    unit = "dollars" if number.kind == "money" else number.unit.lower()
    if isinstance(after, spec.Word) and after.kind == "UNIT":
        if any(word in PAST for word in before[-2:]):
            return Role("past", number.value, spec.canonical_unit(after.text), number.item,
                        clause)
        following = items[index + 2] if index + 2 < len(items) else None
        if isinstance(following, spec.Word) and following.text.lower() == "old":
            return Role("age", number.value, "", number.item, clause)
        return None
    period = _next_period(clause, number.item)
    if period is not None and before and (before[-1] in GAIN_VERBS or before[-2:-1] and
                                          before[-2] in GAIN_VERBS and
                                          before[-1] in ("up", "about")):
        return Role("gain", number.value, unit, number.item, clause, period)
    if period is not None and before and before[-1] in LOSS_VERBS:
        return Role("gain", -number.value, unit, number.item, clause, period)
    if period is not None:
        return None
    if set(before) & GOAL_CUES or asked:
        return Role("goal", number.value, unit, number.item, clause)
    if set(before) & START_CUES and not common.asks(clause):
        return Role("start", number.value, unit, number.item, clause)
    return None


def _start(by_role, gain: Role) -> Role:
    """Return the start: stated, or built from "for the past 8 weeks" at the same gain."""
    if "start" in by_role:
        return by_role["start"][0]
    past = by_role["past"][0]
    return Role("past", gain.value * past.value, gain.unit, past.item, past.clause,
                spec.Period(past.value, past.unit, f"{past.value} {past.unit}s",
                            past.item.span))


def _length_scale(word: str):
    """Return the exact size of a length unit word (bot/core/units.py), None otherwise;
    "in" is never read as inches here (it is the preposition far more often)."""
    found = unit_of(word) if word and word.lower() != "in" else None
    return found[1] if found and found[0] == "length" else None


def _in_gain_unit(roles: list[Role], gain: Role) -> list[Fraction] | None:
    """Return the values in the gain's unit (lengths converted), None when units clash."""
    out = []
    for role in roles:
        if not role.unit or not gain.unit or role.unit == gain.unit or \
                role.role == "past":
            out.append(role.value)
        elif _length_scale(role.unit) and _length_scale(gain.unit):
            out.append(role.value * _length_scale(role.unit) / _length_scale(gain.unit))
        else:
            return None
    return out


def _answer(start_value, goal_value, gain, start, goal, reading, roles,
            strict: bool = False) -> Outcome | None:
    """Return the verified whole count of periods and its steps; `strict` ("taller than
    40 cm") needs the goal passed, not only reached."""
    import sympy

    remaining = goal_value - start_value
    if gain.value == 0 or remaining / gain.value <= 0:
        return None
    exact_n = remaining / gain.value
    whole = exact_n.numerator // exact_n.denominator + 1 if strict else \
        -(-exact_n.numerator // exact_n.denominator)
    unit = gain.period.unit
    sign = ("\u2265" if gain.value > 0 else "\u2264") if not strict else \
        (">" if gain.value > 0 else "<")
    steps = [Step("remaining", "The change still needed to reach the goal:",
                  (f"{exact.frac_text(goal_value)} \u2212 {exact.frac_text(start_value)} = "
                   f"{exact.frac_text(remaining)}",)),
             Step("divide", f"Divide by the change per {unit}.",
                  (f"{exact.frac_text(remaining)} \u00f7 {exact.frac_text(gain.value)} = "
                   f"{exact.frac_text(exact_n)}",)),
             Step("whole_check", f"Check whole {unit}s: after {whole - 1} the total is "
                  f"{exact.frac_text(start_value + (whole - 1) * gain.value)}, after {whole} "
                  f"it is {exact.frac_text(start_value + whole * gain.value)}.",
                  (f"smallest whole n with {exact.frac_text(start_value)} + "
                   f"n\u00b7({exact.frac_text(gain.value)}) {sign} "
                   f"{exact.frac_text(goal_value)}: n = {whole}",))]
    already = f" ({exact.frac_text(gain.value)} per {unit} for the past " \
        f"{start.period.text})" if start.role == "past" else ""
    lines = [f"Start: {exact.frac_text(start_value)}{already}.",
             f"Gain: {exact.frac_text(gain.value)} per {unit}.",
             f"Goal: {exact.frac_text(goal_value)}."]
    if any(_length_scale(r.unit) for r in (start, goal)) and \
            {start.unit, goal.unit, gain.unit} - {""} != {gain.unit}:
        lines.append(f"Lengths converted to {gain.unit} exactly.")
    reading.used |= {id(r.item) for r in roles}
    value = sympy.Integer(whole)
    return Outcome(ok=True, answers=(Answer(f"{unit}s until the goal", str(value), str(value),
                                            f"{unit}s"),),
                   reading=tuple(lines), steps=tuple(steps),
                   unused=tuple(common.unused_numbers(reading, reading.used,
                                                      "the count of periods")))
