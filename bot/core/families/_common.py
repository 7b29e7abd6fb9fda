"""Shared extraction for the combined-law families: per-period changes, start values, parts.

The families in this package read the parsed spec (clauses of `spec` items) rather than the
single-law `interpret` step, because they need several changes at once: a percentage rate
*and* a fixed amount per period (recurrence), or one change for each of two quantities
(two_quantities). Everything here is exact (Fractions) and built from parsed tokens only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core import spec
from bot.core.clauses import Clause, split_clauses
from bot.core.errors import NotUnderstood

UP_WORDS = {"growth", "grow", "grows", "growing", "increase", "increases", "increasing",
            "rise", "rises", "rising", "gain", "gains", "birth", "births", "appreciation",
            "appreciates", "interest", "inflation", "up"}
DOWN_WORDS = {"mortality", "death", "deaths", "decrease", "decreases", "decreasing",
              "decline", "declines", "declining", "decay", "decays", "loss", "depreciation",
              "depreciates", "shrink", "shrinks", "shrinking", "fall", "falls", "drop",
              "drops", "down", "die", "dies", "leaks", "leak"}
ADD_WORDS = {"planted", "plant", "plants", "added", "adds", "add", "deposit", "deposits",
             "deposited", "born", "arrive", "arrives", "stocked", "released", "restocked",
             "saves", "save", "immigrate", "move", "moves", "join", "joins", "pumped", "immigrants", "new", "gains", "gain", "hatch", "hatched"}
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
INSTRUCTION_WORDS = {"decimal", "nearest", "round", "rounded", "places", "significant"}
GLUE = {"by", "of", "a", "an", "the", "\\", "$", "constant", "fixed", "additional",
        "another", "extra", "about", "around", "approximately", "roughly", "exactly"}
AFTER_VERBS = {"new", "cut", "born", "lost", "caught", "withdrawn", "move", "moves", "join",
               "joins", "arrive", "arrives", "die", "leave", "leaves", "eaten", "transfer",
               "quit", "retire", "stolen"}
NOUN_SIGNS = {"loss", "gain", "gains"}  # "a loss of 4" is a value unless "... per year"
NUMERIC = ("NUMBER", "YEARNUM")
LINKS = {"and", "but", "while", "whereas", "then", ",", ";"}
MARKED = {"PCT": ("percent", "%"), "DOLLARS": ("money", "dollars")}
SHOW_WORDS = {"show", "verify", "prove", "check", "confirm"}
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


@dataclass
class Number:
    """A bare number token with the clause it stands in."""

    value: Fraction
    item: spec.Word
    clause: Clause
    kind: str  # plain | money | percent
    unit: str
    position: tuple[int, int]


@dataclass
class Reading:
    """The clauses of a problem and the numbers its families consumed."""

    clauses: list[Clause]
    sentences: list[str]
    used: set = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def read(problem: spec.Problem) -> Reading:
    """Cut every sentence into clauses (the family view of the parsed problem)."""
    clauses = [c for i, s in enumerate(problem.sentences) for c in split_clauses(s, i)]
    return Reading(clauses, [s.text for s in problem.sentences])


def position(clause: Clause, item) -> tuple[int, int]:
    """Return a sortable text position (sentence, offset) of an item."""
    span = getattr(item, "span", None)
    return (clause.sentence, span.start if span else 0)


def is_show_clause(clause: Clause) -> bool:
    """Return True for "Show that there will be roughly 9060 trees" (a part with a claim)."""
    return bool(set(clause.words()[:4]) & SHOW_WORDS)


def asks(clause: Clause) -> bool:
    """Return True for clauses that ask something (questions and "show that" parts)."""
    return clause.question or is_show_clause(clause)


def _is_exponent(items, index: int) -> bool:
    """Return True for the 3 of "m^{3}" / "m^3" (a unit power, not a quantity)."""
    before = [i.text for i in items[max(0, index - 2):index] if isinstance(i, spec.Word)]
    return bool(before) and (before[-1] == "^" or before[-2:] == ["^", "{"])


def numbers(clause: Clause) -> list[Number]:
    """Return the bare NUMBER tokens of a clause (unit powers left out), with kind and unit."""
    out, items = [], clause.items
    for index, item in enumerate(items):
        if not (isinstance(item, spec.Word) and item.kind in NUMERIC):
            continue
        if item.kind == "YEARNUM" and not _counts_after(items, index):
            continue
        if _is_exponent(items, index):
            continue
        nxt = items[index + 1] if index + 1 < len(items) else None
        next_kind = nxt.kind if isinstance(nxt, spec.Word) else ""
        kind, unit = MARKED.get(next_kind, ("plain", nxt.text if next_kind in (
            "WORD", "UNIT") else ""))
        out.append(Number(Fraction(item.text.lower()), item, clause, kind, unit,
                          position(clause, item)))
    return out


def _counts_after(items, index: int) -> bool:
    """Return True for a year-shaped number that counts things ("of 2000 people per year")."""
    nxt = items[index + 1] if index + 1 < len(items) else None
    after = items[index + 2] if index + 2 < len(items) else None
    return isinstance(nxt, spec.Word) and nxt.kind in ("WORD", "DOLLARS") and \
        isinstance(after, spec.Period)


def unit_exponents(clause: Clause) -> list[spec.Word]:
    """Return the number tokens that are unit powers ("m^{3}"), used as part of a unit."""
    return [item for index, item in enumerate(clause.items)
            if isinstance(item, spec.Word) and item.kind == "NUMBER" and
            _is_exponent(clause.items, index)]


def _sign_near(clause: Clause, item, table: tuple[set, set], before_only: int = 0,
               after_only: int = 0) -> int | None:
    """Return +1/-1 from the nearest sign word before `item` in its clause (else after).

    With windows set, only that many words before / after count ("increase by $15" and
    "600 new trees are planted"), so a start value far from a verb never becomes a change.
    """
    up, down = table
    index = clause.items.index(item)
    before = [i for i in clause.items[:index] if isinstance(i, spec.Word)][::-1]
    after = [i for i in clause.items[index + 1:] if isinstance(i, spec.Word)]
    if before_only or after_only:
        before = _adjacent(before)[:before_only]
        after = [w for w in _until_number(after)[:after_only] if _passive(w.text.lower())]
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
    index = clause.items.index(item)
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
    for clause in reading.clauses:
        if asks(clause):
            continue
        out.extend(_phrase_changes(clause, reading.clauses))
        out.extend(_bare_changes(clause, reading.clauses))
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
            sign = -1 if item.direction == "down" else 1
            period = _period_near(clause, item, clauses)
            out.append(_amount_change(item.amount, sign, period, item, clause))
    return out


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


def _bare_changes(clause: Clause, clauses: list[Clause]) -> list[Change]:
    """Return changes the grammar left as filler: "growth of wood is 3.1%", "600 planted"."""
    out = []
    has_period = any(isinstance(i, spec.Period) for c in clauses
                     if c.sentence == clause.sentence for i in c.items)
    for number in numbers(clause):
        item = number.item
        if number.kind == "percent":
            sign = _sign_near(clause, item, (UP_WORDS, DOWN_WORDS))
            rate = None if sign is None else sign * number.value / 100
            pct = clause.items[clause.items.index(item) + 1]
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
    index = clause.items.index(item)
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
    index = clause.items.index(item)
    near = [i.text.lower() for i in clause.items[max(0, index - 3):index + 6]
            if isinstance(i, spec.Word)]
    return next((w for w in near if w in words and w != "new"), None)


def _is_initial(clause: Clause, item) -> bool:
    """Return True for "an initial deposit of $200": a start, not a per-period amount."""
    index = clause.items.index(item)
    before = [i.text.lower() for i in clause.items[max(0, index - 4):index]
              if isinstance(i, spec.Word)]
    return bool(set(before) & {"initial", "initially", "opening", "starting", "original"})


def _than_before(clause: Clause, item) -> int | None:
    """Return +1/-1 for "5 more pages than the day before" / "3 fewer ... than"."""
    index = clause.items.index(item)
    ahead = clause.items[index + 1:index + 5]
    cue = next((i for i in ahead[:2] if isinstance(i, spec.Cue) and
                i.text.lower() in ("more", "fewer", "less")), None)
    if cue is None or not any(getattr(i, "text", "").lower() == "than" for i in ahead):
        return None
    return 1 if cue.text.lower() == "more" else -1


def consumed(found: list[Change]) -> set:
    """Return the ids of the spec items the given changes consumed."""
    return {id(i) for change in found for i in change.items}


def part_label(clause: Clause, index: int, total: int) -> str:
    """Return "a"/"b" from an "a)"/"(b)" marker, else a running letter when several parts."""
    words = [i.text.lower() for i in clause.items if isinstance(i, spec.Word)]
    for position_, word in enumerate(words[:3]):
        if len(word) == 1 and word in "abcdef" and position_ + 1 < len(words) and \
                words[position_ + 1] == ")":
            return word
    return "abcdef"[index] if total > 1 and index < 6 else ""


def statement_years(reading: Reading) -> list[tuple[Fraction, object, Clause]]:
    """Return the years named outside the questions ("at the start of 2021", "in 2000")."""
    out = []
    for clause in reading.clauses:
        if asks(clause):
            continue
        for item in clause.items:
            if isinstance(item, spec.Word) and item.kind == "YEARNUM" and \
                    not _counts_after(clause.items, clause.items.index(item)):
                out.append((Fraction(int(item.text)), item, clause))
            elif isinstance(item, spec.Horizon) and item.kind == "year":
                out.append((item.count, item, clause))
    return out


def question_year(clause: Clause) -> spec.Word | None:
    """Return the year a question looks at ("at the start of 2041"), if any."""
    for item in clause.items:
        if isinstance(item, spec.Word) and item.kind == "YEARNUM":
            return item
        if isinstance(item, spec.Horizon) and item.kind == "year":
            return item
    return None


def require(condition: bool, what: str, quote: str, expected: str = "") -> None:
    """Raise NotUnderstood unless `condition` holds (a family's final decline)."""
    if not condition:
        raise NotUnderstood(what, quote, expected)


def start_candidates(reading: Reading, taken: set) -> list[Number]:
    """Return numbers that can be a starting amount: stated, not a year, not a duration."""
    out = []
    for clause in reading.clauses:
        if asks(clause):
            continue
        for number in numbers(clause):
            if id(number.item) in taken or number.kind == "percent" or \
                    is_given(clause, number.item):
                continue
            unit_word = _word_after(clause, number.item)
            if unit_word is not None and unit_word.kind == "UNIT":
                continue  # "a 10 year program": a duration, not an amount
            if number.kind == "plain" and number.value.denominator == 1 and \
                    1600 <= number.value <= 2199 and _year_cue_before(clause, number.item):
                continue
            out.append(number)
    return out


def _word_after(clause: Clause, item):
    """Return the item right after `item` in its clause (None at the end)."""
    index = clause.items.index(item)
    return clause.items[index + 1] if index + 1 < len(clause.items) else None


def _year_cue_before(clause: Clause, item) -> bool:
    """Return True when a plain 4-digit number follows "in"/"since"/"of" (a year)."""
    index = clause.items.index(item)
    before = clause.items[index - 1] if index else None
    return isinstance(before, spec.Word) and before.text.lower() in (
        "in", "since", "of", "from", "to", "by", "year", "until")


def unit_text(number: Number) -> str:
    """Return the unit after a number, with a unit power when written ("m^3")."""
    clause = number.clause
    powers = [p for p in unit_exponents(clause) if clause.items.index(p) >
              clause.items.index(number.item)]
    index = clause.items.index(number.item)
    if powers and clause.items.index(powers[0]) <= index + 4:
        return f"{number.unit}^{powers[0].text}"
    return number.unit


def unused_numbers(reading: Reading, used: set, asked: str) -> list:
    """Return Unused entries for every number token and phrase no answer needed."""
    from bot.core.outcome import Unused

    out, seen = [], set()
    powers = {id(p) for c in reading.clauses for p in unit_exponents(c)}
    for clause in reading.clauses:
        for item in clause.items:
            if id(item) in used or id(item) in powers:
                continue
            text = None
            if isinstance(item, spec.Word) and item.kind in ("NUMBER", "YEARNUM"):
                after = _word_after(clause, item)
                text = item.text + (f" {after.text}" if isinstance(after, spec.Word) and
                                    after.kind in ("WORD", "UNIT") else "")
            elif isinstance(item, (spec.Horizon, spec.Target, spec.Change,
                                   spec.RateStatement)):
                text = item.text
            if text and text.lower() not in seen:
                seen.add(text.lower())
                out.append(Unused(text, _digits(text), _why_unused(clause, item, asked)))
    return out


def _why_unused(clause: Clause, item, asked: str) -> str:
    """Return why a number was not needed (a given constant, a count, a date, other)."""
    if isinstance(item, spec.Word) and is_given(clause, item):
        return "a given constant or an instruction; exact values are used instead"
    if isinstance(item, spec.Word) and item.text == "2" and \
            clause.items.index(item) + 1 < len(clause.items):
        return "how many quantities are compared"
    if isinstance(item, spec.Horizon) and item.kind == "year" or \
            isinstance(item, spec.Word) and item.kind == "YEARNUM":
        return "the calendar year of the start; the answer counts periods from it"
    return f"not needed for {asked}"


def _digits(text: str) -> str:
    """Return the first number written in a phrase ("" when none)."""
    token = next((t for t in text.replace("%", " ").split() if
                  t.replace(".", "", 1).replace("/", "", 1).isdigit()), "")
    return token


def name_of(start: Number, reading: Reading) -> str:
    """Return a word naming the quantity: one the start's clause and a question share."""
    from bot.core.clauses import content_words

    own = content_words(start.clause.words())
    for clause in reading.clauses:
        if asks(clause):
            shared = [w for w in content_words(clause.words()) if w in own]
            if shared:
                return shared[0]
    return ""


def is_given(clause: Clause, item) -> bool:
    """Return True for numbers of an instruction or a given constant ("ln2 = 0.693", "√2")."""
    if set(clause.words()) & INSTRUCTION_WORDS:
        return True
    index = clause.items.index(item)
    near = [i.text for i in clause.items[max(0, index - 1):index + 2]
            if isinstance(i, spec.Word) and i is not item]
    return any(t in ("=", "\u221a") for t in near)


def question_items(reading: Reading, clause: Clause) -> list:
    """Return the items of a question clause and of the clauses continuing it.

    "How many years | until the fund grows to 5000?" is cut at "until"; the target sits
    in the continuation, which is part of the same question.
    """
    items, seen = [], False
    for other in reading.clauses:
        if other is clause:
            seen = True
            items.extend(other.items)
        elif seen and other.sentence == clause.sentence and not asks(other):
            items.extend(other.items)
        elif seen:
            break
    return items


def nouns_after(clause: Clause, item, limit: int = 3) -> set[str]:
    """Return the stems of the words right after an item ("600 new trees" -> {"new", "tree"})."""
    from bot.core.clauses import stem

    index = clause.items.index(item)
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
