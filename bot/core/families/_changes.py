"""Per-period changes for the combined-law families: signed rates and fixed amounts.

Reads the clauses of a problem (see `_common.read`) and returns every change stated outside
the questions: verb changes and rate statements the grammar parsed ("decreases by 5%"), and
amounts it left as filler ("600 new trees are planted", "logging 140 m^3 each year", "a
constant loss of 52,560,000 people per year"). A sign comes only from a nearby adding or
removing word; a per-period amount with an unknown verb is kept with no value so that the
families decline instead of dropping it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core import spec
from bot.core.clauses import Clause, position_of
from bot.core.errors import NotUnderstood
from bot.core.frequency import refuse_unmodelled_frequency
from bot.core.negation import NEGATIONS, refuse_negated_change
from bot.core.families._common import (NUMERIC, Number, Reading, asks, is_given, numbers,
                                       position)

UP_WORDS = {"growth", "grow", "grows", "growing", "increase", "increases", "increasing",
            "rise", "rises", "rising", "gain", "gains", "birth", "births", "appreciation",
            "appreciates", "interest", "inflation", "up"}
DOWN_WORDS = {"mortality", "death", "deaths", "decrease", "decreases", "decreasing",
              "decline", "declines", "declining", "decay", "decays", "loss", "depreciation",
              "depreciates", "shrink", "shrinks", "shrinking", "fall", "falls", "drop",
              "drops", "down", "die", "dies", "leaks", "leak"}
ADD_WORDS = {"planted", "plant", "plants", "added", "adds", "add", "deposit", "deposits",
             "deposited", "born", "arrive", "arrives", "stocked", "released", "restocked",
             "saves", "save", "immigrate", "move", "moves", "join", "joins", "pumped",
             "immigrants", "new", "gains", "gain", "hatch", "hatched"}
REMOVE_WORDS = {"logging", "logged", "cut", "harvested", "harvest", "harvests", "caught",
                "catch", "removed", "removes", "remove", "withdraws", "withdraw",
                "withdrawn", "withdrawal", "loss", "lose", "loses", "lost", "hunted",
                "killed", "emigrate", "leave", "leaves", "withdrawn", "drained", "drain",
                "drains", "die", "kill", "kills", "hunt", "hunts", "catches", "eaten",
                "transfer", "transfers", "quit", "quits", "retire", "retires", "stolen",
                "felled", "fished", }
FIXED_UP = {"increase", "increases", "increasing", "increased", "rise", "rises", "rising",
            "grow", "grows", "growing", "raised", "raise", "raises"}
FIXED_DOWN = {"decrease", "decreases", "decreasing", "decreased", "fall", "falls", "drop",
              "drops", "falling", "reduced", "reduce", "reduces"}
GLUE = {"by", "of", "a", "an", "the", "\\", "$", "constant", "fixed", "additional",
        "another", "extra", "about", "around", "approximately", "roughly", "exactly"}
AFTER_VERBS = {"new", "cut", "born", "lost", "caught", "withdrawn", "move", "moves", "join",
               "joins", "arrive", "arrives", "die", "leave", "leaves", "eaten", "transfer",
               "quit", "retire", "stolen"}
NOUN_SIGNS = {"loss", "gain", "gains"}  # "a loss of 4" is a value unless "... per year"
LINKS = {"and", "but", "while", "whereas", "then", ",", ";"}
END_CUES = ("end of each", "end of every", "end of the year", "end of the month",
            "end of the week")
START_CUES = ("start of each", "beginning of each", "start of every", "beginning of every",
              "start of the year", "beginning of the year", "start of the month",
              "beginning of the month", "start of the week", "beginning of the week")


@dataclass
class Change:
    """One per-period change of some quantity: a signed percent rate or a fixed amount."""

    kind: str  # percent | fixed | other
    value: Fraction | None  # rate as a fraction (-0.05) or signed amount (+600); None unknown
    period: spec.Period | None
    text: str
    clause: Clause
    items: tuple
    position: tuple[int, int]
    unit: str = ""

    @property
    def unit_of_period(self) -> str:
        """Return the canonical period unit ("year"), or "" when unstated."""
        return self.period.unit if self.period else ""


def _sign_near(clause: Clause, item, table: tuple[set, set], before_only: int = 0,
               after_only: int = 0) -> int | None:
    """Return +1/-1 from the nearest sign word before `item` in its clause (else after).

    With windows set, only that many words before / after count ("increase by $15" and
    "600 new trees are planted"), so a start value far from a verb never becomes a change.
    """
    up, down = table
    index = position_of(clause.items, item)
    before = [i for i in clause.items[:index] if isinstance(i, spec.Word)][::-1]
    after = [i for i in clause.items[index + 1:] if isinstance(i, spec.Word)]
    if before_only or after_only:
        before = _adjacent(before)[:before_only]
        near = _until_number(after)[:after_only]
        if any(w.text.lower() in NEGATIONS for w in near):
            raise NotUnderstood("a negated change", clause.text.strip(" ,.;"),
                                "an amount that is added or removed, such as \u201c600 new "
                                "trees are planted each year\u201d")
        after = [w for w in near if _passive(w.text.lower())]
    for pool in (before, after):
        for word in pool:
            text = word.text.lower()
            if text in up and text not in down:
                return 1 if text not in NOUN_SIGNS or _period_follows(clause, item) else None
            if text in down and text not in up:
                return -1 if text not in NOUN_SIGNS or _period_follows(clause, item) else None
    return None


def _period_follows(clause: Clause, item) -> bool:
    """Return True when a period follows the number closely ("loss of 500 people a year")."""
    index = position_of(clause.items, item)
    for other in clause.items[index + 1:index + 4]:
        if isinstance(other, spec.Period):
            return True
        if not isinstance(other, spec.Word) or other.kind not in ("WORD", "DOLLARS"):
            return False
    return False


def _passive(word: str) -> bool:
    """Return True for words that describe a number after it ("600 trees are planted")."""
    return word.endswith("ed") or word in AFTER_VERBS


def _adjacent(words: list) -> list:
    """Return the words right before a number, through light glue only ("loss of", "by $").

    "her loss starts at 2.5" stops at "at": a start value is not a per-period change.
    """
    out = []
    for word in words:
        out.append(word)
        if word.text.lower() not in GLUE:
            break
    return out


def _until_number(words: list) -> list:
    """Return the words up to the next number (a sign word must not reach across one)."""
    out = []
    for index, word in enumerate(words):
        power = index and words[index - 1].text in ("^", "{")
        if word.kind in NUMERIC and not power or word.text.lower() in LINKS:
            break
        if not power and word.text not in ("^", "{", "}"):
            out.append(word)
    return out


def _period_near(clause: Clause, item, clauses: list[Clause]) -> spec.Period | None:
    """Return the Period nearest to `item` in its clause, else in its sentence."""
    own = getattr(item, "period", None)
    if own is not None:
        return own
    start = item.span.start
    for pool in (clause.items, [i for c in clauses if c.sentence == clause.sentence
                                for i in c.items]):
        periods = [i for i in pool if isinstance(i, spec.Period)]
        if periods:
            return min(periods, key=lambda p: abs(p.span.start - start))
    return None


def changes(reading: Reading) -> list[Change]:
    """Return every per-period change stated outside the questions, in text order."""
    out = []
    stated = [c for c in reading.clauses if not asks(c)]
    refuse_unmodelled_frequency(stated)
    refuse_negated_change(stated)
    with_period = {c.sentence for c in reading.clauses
                   if any(isinstance(i, spec.Period) for i in c.items)}
    for clause in stated:
        out.extend(_phrase_changes(clause, reading.clauses))
        out.extend(_bare_changes(clause, reading.clauses, clause.sentence in with_period))
    return sorted(out, key=lambda c: c.position)


def _phrase_changes(clause: Clause, clauses: list[Clause]) -> list[Change]:
    """Return the changes the grammar parsed as phrases (verb changes, rate statements)."""
    out = []
    for item in clause.items:
        if isinstance(item, spec.Change) and item.mode != "to":
            period = _period_near(clause, item, clauses)
            amount = item.amount
            if item.mode == "share" and amount is not None and amount.kind == "percent":
                out.append(_amount_change(amount, -1, period, item, clause))
                continue
            if item.mode != "by" or amount is None or amount.kind not in (
                    "percent", "plain", "money"):
                out.append(Change("other", None, period, item.text, clause, (item,),
                                  position(clause, item)))
                continue
            if item.verb.lower().startswith("multipl"):
                out.append(_multiplied(amount, period, item, clause))
                continue
            sign = -1 if item.direction == "down" else 1
            out.append(_amount_change(amount, sign, period, item, clause))
        elif isinstance(item, spec.Interest) and item.kind == "rate" and item.amount:
            period = _period_near(clause, item, clauses)
            out.append(_amount_change(item.amount, 1, period, item, clause))
        elif isinstance(item, spec.Target) and item.kind == "share_of" and item.amount:
            words = set(item.text.lower().split())
            sign = -1 if words & DOWN_WORDS else (1 if words & UP_WORDS else 0)
            if sign:
                period = _period_near(clause, item, clauses)
                out.append(_amount_change(item.amount, sign, period, item, clause))
        elif isinstance(item, spec.RateStatement):
            if _subject_of_change(clause, item):
                raise NotUnderstood("whether this percentage is a level or a rate of change",
                                    item.text, "a level (\u201cthe pass rate is 70%\u201d) "
                                    "and its change in separate words")
            sign = -1 if item.direction == "down" else 1
            period = _period_near(clause, item, clauses)
            out.append(_amount_change(item.amount, sign, period, item, clause))
    return out


def _subject_of_change(clause: Clause, item) -> bool:
    """True for "its pass rate of 70% rises by 2 points": the rate is the level that changes
    (a Change follows it directly), not a rate of change."""
    items = clause.items
    index = next((i for i, other in enumerate(items) if other is item), -1)
    nxt = items[index + 1] if 0 <= index < len(items) - 1 else None
    return isinstance(nxt, spec.Change)


def _multiplied(amount: spec.Amount, period, item, clause: Clause) -> Change:
    """"is multiplied by 0.9 each year": a relative change (factor − 1), never a fixed amount
    added; any other amount ("multiplied by 50%") is a change the families do not model."""
    if amount.kind != "plain" or amount.value <= 0:
        return Change("other", None, period, item.text, clause, (item,), position(clause, item))
    return Change("percent", amount.value - 1, period, item.text, clause, (item,),
                  position(clause, item))


def _amount_change(amount: spec.Amount, sign: int, period, item, clause: Clause) -> Change:
    """Return the Change of a parsed amount: a percent rate or a fixed amount."""
    if amount.kind == "percent":
        return Change("percent", sign * amount.value / 100, period, item.text, clause,
                      (item,), position(clause, item))
    if amount.kind in ("fraction", "half"):
        return Change("percent", sign * amount.value, period, item.text, clause, (item,),
                      position(clause, item))
    return Change("fixed", sign * amount.value, period, item.text, clause, (item,),
                  position(clause, item), "dollars" if amount.kind == "money" else "")


def _bare_changes(clause: Clause, clauses: list[Clause], has_period: bool) -> list[Change]:
    """Return changes the grammar left as filler: "growth of wood is 3.1%", "600 planted"
    (`has_period`: whether the clause's sentence states a period)."""
    out = []
    for number in numbers(clause):
        item = number.item
        if number.kind == "percent":
            sign = _sign_near(clause, item, (UP_WORDS, DOWN_WORDS))
            rate = None if sign is None else sign * number.value / 100
            pct = clause.items[position_of(clause.items, item) + 1]
            out.append(Change("percent", rate, _period_near(clause, item, clauses),
                              f"{item.text}%", clause, (item, pct), number.position))
            continue
        sign = _sign_near(clause, item, (ADD_WORDS | FIXED_UP, REMOVE_WORDS | FIXED_DOWN),
                          before_only=3, after_only=4) or _than_before(clause, item)
        if sign is None and _unexplained_flow(clause, item):
            out.append(Change("fixed", None, _period_near(clause, item, clauses),
                              clause.text.strip(" ,.;"), clause, (item,), number.position,
                              number.unit))
            continue
        if sign is None or is_given(clause, item) or _is_initial(clause, item):
            continue
        if not has_period:
            if _sign_word(clause, item) not in ("new", None):
                out.append(Change("fixed", sign * number.value, None, clause.text.strip(" ,.;"),
                                  clause, (item,), number.position, number.unit))
            continue
        text = f"{'+' if sign > 0 else '-'}{item.text} {number.unit}".strip()
        out.append(Change("fixed", sign * number.value, _period_near(clause, item, clauses),
                          text, clause, (item,), number.position, number.unit))
    return out


def _unexplained_flow(clause: Clause, item) -> bool:
    """Return True for "Each year 20 students transfer out": a per-period amount whose verb
    says neither add nor remove. Families then decline rather than drop it silently.

    Only a clause with its own period, no percentage and no start cue ("has", "is", "of")
    before the number counts, so "A school has 800 students and grows 5% a year" is a start.
    """
    if not any(isinstance(i, spec.Period) for i in clause.items) or is_given(clause, item):
        return False
    if any(isinstance(i, (spec.Change, spec.RateStatement, spec.Interest, spec.Horizon,
                          spec.Cue, spec.Target)) or
           (isinstance(i, spec.Word) and i.kind == "PCT") for i in clause.items):
        return False
    index = position_of(clause.items, item)
    before = {i.text.lower() for i in clause.items[:index] if isinstance(i, spec.Word)}
    cues = {"has", "have", "had", "is", "are", "was", "were", "of", "with", "contains",
            "holds", "starts", "start", "at", "costs", "cost", "for", "buy", "spends",
            "spend", "earns", "earn", "makes", "make", "sells", "sell", "pays", "pay"}
    nxt = clause.items[index + 1] if index + 1 < len(clause.items) else None
    return not before & cues and not isinstance(nxt, spec.Period) and \
        not (isinstance(nxt, spec.Word) and nxt.kind in ("UNIT", "DOLLARS"))


def _sign_word(clause: Clause, item) -> str | None:
    """Return the add/remove word that gave a bare number its sign ("stocked"), if any."""
    words = ADD_WORDS | REMOVE_WORDS | FIXED_UP | FIXED_DOWN
    index = position_of(clause.items, item)
    near = [i.text.lower() for i in clause.items[max(0, index - 3):index + 6]
            if isinstance(i, spec.Word)]
    return next((w for w in near if w in words and w != "new"), None)


def _is_initial(clause: Clause, item) -> bool:
    """Return True for "an initial deposit of $200": a start, not a per-period amount."""
    index = position_of(clause.items, item)
    before = [i.text.lower() for i in clause.items[max(0, index - 4):index]
              if isinstance(i, spec.Word)]
    return bool(set(before) & {"initial", "initially", "opening", "starting", "original"})


def _than_before(clause: Clause, item) -> int | None:
    """Return +1/-1 for "5 more pages than the day before" / "3 fewer ... than"."""
    index = position_of(clause.items, item)
    ahead = clause.items[index + 1:index + 5]
    cue = next((i for i in ahead[:2] if isinstance(i, spec.Cue) and
                i.text.lower() in ("more", "fewer", "less")), None)
    if cue is None or not any(getattr(i, "text", "").lower() == "than" for i in ahead):
        return None
    return 1 if cue.text.lower() == "more" else -1


def consumed(found: list[Change]) -> set:
    """Return the ids of the spec items the given changes consumed."""
    return {id(i) for change in found for i in change.items}


def nouns_after(clause: Clause, item, limit: int = 3) -> set[str]:
    """Return the stems of the words right after an item ("600 new trees" -> {"new", "tree"})."""
    from bot.core.clauses import stem

    index = position_of(clause.items, item)
    out = set()
    for other in clause.items[index + 1:index + 1 + limit]:
        if not isinstance(other, spec.Word) or other.kind not in ("WORD", "DOLLARS"):
            break
        out.add(stem(other.text.lower()))
    return out


def same_thing(start: Number, change: Change) -> bool:
    """Return False when the start and a fixed amount name different things (people/houses)."""
    start_words = nouns_after(start.clause, start.item, 1)
    change_words = nouns_after(change.clause, change.items[-1])
    return not start_words or not change_words or bool(start_words & change_words)
