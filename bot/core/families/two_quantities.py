"""Two quantities over time: when A equals B, the common value then, the gap at time t.

Signature: exactly two starting amounts, exactly two per-period changes (both percentages or
both fixed amounts, paired with the starts in text order) and a question that compares them
("the same", "equal", "catch up", "overtake", "difference", "ratio"). Crossing times are exact:
A0·fa^t = B0·fb^t gives t = ln(B0/A0)/ln(fa/fb) (t = ln(B0/A0)/(ra − rb) when the text says
the change is continuous / proportional to the amount itself, with the per-period reading as
the alternative); A0 + da·t = B0 + db·t gives t = (B0 − A0)/(da − db). "How many whole
years until A exceeds B" gives the verified smallest whole count. Each asked part gets its own
Answer; "call them N and T, find N + T" combines the parts as asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import asks, exact, spec
from bot.core.errors import NotUnderstood
from bot.core.clauses import position_of
from bot.core.families import _changes as changes_
from bot.core.families import _common as common
from bot.core.families import _named_sum as named_sum
from bot.core.outcome import Alternative, Answer, Outcome, Step

ORDER = "before"
COMPARE = {"same", "equal", "equals", "equal to", "catch", "catches", "overtake", "overtakes",
           "surpass", "surpasses", "meet", "difference", "ratio", "than", "exceed", "exceeds"}
COMPARE_STEMS = ("same", "equal", "catch", "overtake", "surpass", "meet", "difference", "ratio",
                 "than", "exceed")
CONTINUOUS = ("continuous", "proportional to")
AUXILIARIES = {"will", "would", "do", "does", "did", "is", "are", "can", "shall", "should"}
WHOLE_WORDS = {"whole", "full", "first", "exceed", "exceeds", "overtake", "overtakes",
               "surpass", "surpasses", "more", "greater"}


@dataclass
class Track:
    """One of the two quantities: its start and its per-period change."""

    start: common.Number
    change: changes_.Change
    label: str

    def at(self, t, continuous: bool):
        """Return the exact value at time t (SymPy)."""
        import sympy

        x0, rate = exact.rational(self.start.value), exact.rational(self.change.value)
        if self.change.kind == "fixed":
            return x0 + rate * t
        return x0 * sympy.exp(rate * t) if continuous else x0 * (1 + rate) ** t


def solve(problem: spec.Problem, text: str) -> Outcome | None:
    """Answer a two-quantity comparison, or None when the problem is not one."""
    if not common.mentions(problem, COMPARE_STEMS):
        return None  # (a fast path: every COMPARE word holds one of these)
    reading = common.read(problem)
    questions = [c for c in reading.clauses if common.asks(c)]
    asking = {c.sentence for c in questions} | {
        i for i, s in enumerate(reading.sentences) if s.rstrip().endswith("?")}
    asked = [c for c in reading.clauses if c.sentence in asking]
    if not {w for c in asked for w in _words(c)} & COMPARE:
        return None
    found = [c for c in changes_.changes(reading) if c.kind != "other"]
    taken = changes_.consumed(found)
    starts = [s for s in common.start_candidates(reading, taken) if not _counts_things(s)]
    if len(found) != 2 or len(starts) != 2:
        return None
    found = _paired_by_letter(starts, found)
    if found is None:
        raise NotUnderstood("which change belongs to which amount",
                            "; ".join(s.item.text for s in starts),
                            "each amount and its change named alike (\u201cTown A ... Town "
                            "A grows\u201d)")
    tracks = [Track(s, c, _label(s, i)) for i, (s, c) in enumerate(zip(starts, found))]
    names = [_subject(c) for c in found]
    lettered = all(" " in t.label for t in tracks)
    if not lettered and all(names) and names[0] != names[1]:
        tracks = [Track(t.start, t.change, name) for t, name in zip(tracks, names)]
    _check(tracks)
    reading.used |= taken | {id(s.item) for s in starts}
    continuous = any(cue in text.lower() for cue in CONTINUOUS) and \
        found[0].kind == "percent"
    return _answer(tracks, questions, reading, continuous, text)


def _letter_before(clause, item) -> str:
    """Return the single capital letter naming the quantity before an item ("Town B has")."""
    index = position_of(clause.items, item)
    letters = [i.text for n, i in enumerate(clause.items[:index])
               if isinstance(i, spec.Word) and len(i.text) == 1 and i.text.isupper() and
               i.text != "I" and not (n == 0 and i.text == "A")]  # "A tank ...": article
    return letters[-1] if letters else ""


def _paired_by_letter(starts, found):
    """Return the changes in the order of the starts, matched by letter when both are named.

    Text order is used when letters are missing; a mismatch of letters declines (None).
    """
    start_letters = [_letter_before(s.clause, s.item) for s in starts]
    change_letters = [_letter_before(c.clause, c.items[0]) for c in found]
    if all(start_letters) and all(change_letters) and \
            len(set(start_letters)) == 2 and set(start_letters) == set(change_letters):
        return [found[change_letters.index(letter)] for letter in start_letters]
    if any(change_letters) and all(start_letters) and \
            any(c and c != s for s, c in zip(start_letters, change_letters)):
        return None
    return found


def _words(clause) -> set[str]:
    """Return the lower-case words of a clause, cue words ("equal", "exceed") included."""
    return set(clause.words()) | {i.text.lower() for i in clause.items
                                  if isinstance(i, spec.Cue)}


def _counts_things(number: common.Number) -> bool:
    """Return True for "two countries" / "2 penguin rookeries": how many, not how much."""
    return number.value == 2 and number.kind == "plain" and bool(number.unit) and \
        number.unit.lower() not in ("dollars", "million", "billion")


def _label(number: common.Number, index: int) -> str:
    """Return a name for a track: the letter before its start ("Rookery A"), else A/B."""
    words = [i.text for i in number.clause.items if isinstance(i, spec.Word)]
    position = words.index(number.item.text) if number.item.text in words else 0
    for at in range(position - 1, 0, -1):
        if len(words[at]) == 1 and words[at].isupper() and words[at] != "I":
            return f"{words[at - 1]} {words[at]}"
    return "AB"[index]


def _subject(change: changes_.Change) -> str:
    """Return the noun right before a change's verb ("her rent is increasing" -> "rent")."""
    from bot.core.clauses import content_words, words_before

    verbs = changes_.UP_WORDS | changes_.DOWN_WORDS | changes_.ADD_WORDS | \
        changes_.REMOVE_WORDS | changes_.FIXED_UP | changes_.FIXED_DOWN | \
        {"will", "only", "has", "been", "is"}
    words = [w for w in words_before(change.clause, change.items[0]) if w not in verbs]
    nouns = [w for w in content_words(words) if w not in ("population", "amount")]
    return nouns[-1] if nouns else ""


def _check(tracks: list[Track]) -> None:
    """Decline mixed or incomparable pairs (a linear and a compound change, other periods)."""
    kinds = {t.change.kind for t in tracks}
    units = {t.change.unit_of_period for t in tracks}
    if len(kinds) != 1:
        raise NotUnderstood("a comparison of a fixed change with a percentage change",
                            "; ".join(t.change.text for t in tracks),
                            "two fixed changes or two percentage changes")
    if len(units) != 1 or "" in units:
        raise NotUnderstood("how the periods of the two changes line up",
                            "; ".join(t.change.text for t in tracks),
                            "both changes per the same period (\u201ceach year\u201d)")
    for track in tracks:
        if track.change.value is None:
            raise NotUnderstood("whether this change is a rise or a fall",
                                track.change.text)


def crossing(tracks: list[Track], continuous: bool):
    """Return (exact crossing time, steps) where the two quantities are equal."""
    import sympy

    a, b = tracks
    a0, b0 = exact.rational(a.start.value), exact.rational(b.start.value)
    ra, rb = exact.rational(a.change.value), exact.rational(b.change.value)
    if a.change.kind == "fixed":
        if ra == rb:
            raise NotUnderstood("when two amounts changing by the same step meet",
                                a.change.text)
        t = (b0 - a0) / (ra - rb)
        equation = (f"{exact.pretty(a0)} + ({exact.pretty(ra)})\u00b7t = "
                    f"{exact.pretty(b0)} + ({exact.pretty(rb)})\u00b7t",
                    f"t = ({exact.pretty(b0)} \u2212 {exact.pretty(a0)})/"
                    f"({exact.pretty(ra)} \u2212 {exact.pretty(rb)}) = {exact.pretty(t)}")
    elif continuous:
        t = sympy.log(b0 / a0) / (ra - rb)
        equation = (f"{exact.pretty(a0)}\u00b7e^({exact.pretty(ra)}t) = "
                    f"{exact.pretty(b0)}\u00b7e^({exact.pretty(rb)}t)",
                    f"t = ln({exact.pretty(b0 / a0)})/({exact.pretty(ra - rb)}) \u2248 "
                    f"{exact.decimal_of(t)}")
    else:
        fa, fb = 1 + ra, 1 + rb
        t = sympy.log(b0 / a0) / sympy.log(fa / fb)
        equation = (f"{exact.pretty(a0)}\u00b7({exact.pretty(fa)})^t = "
                    f"{exact.pretty(b0)}\u00b7({exact.pretty(fb)})^t",
                    f"t = ln({exact.pretty(b0 / a0)})/ln({exact.pretty(fa / fb)}) \u2248 "
                    f"{exact.decimal_of(t)}")
    if not t.is_real or sympy.N(t) < 0:
        raise NotUnderstood("when the two amounts could become equal",
                            "; ".join(x.change.text for x in tracks),
                            "one amount moving towards the other")
    return t, [Step("set_equal", "Set the two amounts equal and solve for t.", equation)]


def _answer(tracks, questions, reading, continuous: bool, text: str) -> Outcome:
    """Answer every asked part (time, common value, gap at a time) with its own steps."""
    unit = f"{tracks[0].change.unit_of_period}s"
    parts, seen = [], set()
    for clause in questions:
        kind = _gap_kind(clause, reading) or _part_kind(clause, seen)
        if kind == "time" and _amount_when(clause, questions):
            kind = None if "value" in seen else "value"
        if kind is None:
            if clause.phrases(spec.Horizon):
                reading.notes.append(f"Not answered: \u201c{clause.text.strip()}\u201d.")
            continue
        seen.add(kind)
        parts.append((kind, clause))
    if not parts:
        raise NotUnderstood("what is asked about the two amounts", questions[0].text,
                            "\u201cwhen will they be the same?\u201d")
    steps, t = [], None
    if any(kind in ("time", "value") for kind, _ in parts):
        t, steps = crossing(tracks, continuous)
    answers = []
    for kind, clause in parts:
        if kind in ("difference", "ratio"):
            answers.append(_gap(kind, clause, tracks, continuous, steps, reading))
        else:
            answers.append(_part(kind, clause, tracks, t, continuous, unit, steps, reading))
    answers = _label_parts(answers)
    combined = named_sum.combination(reading) if t is not None else None
    if combined is not None:
        answers = [named_sum.combine(combined, answers, tracks, t, continuous, steps,
                                     reading, text)]
    alternatives = _other_reading(tracks, continuous, answers, combined) if t is not None \
        else []
    lines = [f"{x.label} starts at {x.start.item.text} and changes by "
             f"{_change_text(x.change)} per {x.change.unit_of_period}." for x in tracks]
    if continuous:
        lines.append("The text says the change is continuous (proportional to the amount "
                     "itself), so the rates are continuous: e^(rt).")
    return Outcome(ok=True, answers=tuple(answers), reading=tuple(lines + reading.notes),
                   steps=tuple(steps), alternatives=tuple(alternatives),
                   unused=tuple(common.unused_numbers(reading, reading.used, "the comparison")))


def _gap_kind(clause, reading) -> str | None:
    """Return "difference" or "ratio" for a question about the gap at a stated time."""
    words = set(clause.words())
    items = common.question_items(reading, clause)
    if not any(isinstance(i, spec.Horizon) and i.kind == "span" for i in items):
        return None
    return "difference" if "difference" in words else ("ratio" if "ratio" in words else None)


def _named_second_first(clause, tracks) -> bool:
    """Return True when the question names the second quantity first ("ratio of B to A")."""
    tokens = [i.text for i in clause.items if isinstance(i, spec.Word)]
    keys = [t.label.split()[-1] for t in tracks]
    found = [tokens.index(k) if k in tokens else
             next((n for n, w in enumerate(tokens) if w.lower() == k.lower()), None)
             for k in keys]
    return None not in found and found[1] < found[0]


def _gap(kind, clause, tracks, continuous: bool, steps, reading) -> Answer:
    """Return the difference |A − B| or the ratio A : B after the asked time."""
    import sympy

    from bot.core.horizons import convert

    horizon = next(i for i in common.question_items(reading, clause)
                   if isinstance(i, spec.Horizon) and i.kind == "span")
    reading.used.add(id(horizon))
    unit = tracks[0].change.unit_of_period
    periods, _ = convert(horizon.count, horizon.unit, unit)
    t = exact.rational(periods)
    a, b = (sympy.simplify(x.at(t, continuous)) for x in tracks)
    if kind == "difference":
        value = sympy.Abs(a - b)
        math_line = f"|{exact.decimal_of(a)} \u2212 {exact.decimal_of(b)}| = " \
            f"{exact.decimal_of(value)}"
        quantity = f"difference between {tracks[0].label} and {tracks[1].label}"
    else:
        if _named_second_first(clause, tracks):
            a, b, tracks = b, a, tracks[::-1]
        value = a / b
        math_line = f"{exact.decimal_of(a)} / {exact.decimal_of(b)} = {exact.decimal_of(value)}"
        quantity = f"ratio of {tracks[0].label} to {tracks[1].label}"
    steps.append(Step(kind, f"Both amounts {horizon.text}, then their {kind}.",
                      (f"{tracks[0].label}: {exact.pretty(a)} \u2248 {exact.decimal_of(a)}",
                       f"{tracks[1].label}: {exact.pretty(b)} \u2248 {exact.decimal_of(b)}",
                       math_line)))
    unit_text = tracks[0].start.unit if kind == "difference" else ""
    return Answer(quantity, exact.decimal_of(value), exact.pretty(value), unit_text)


def _change_text(change: changes_.Change) -> str:
    """Return "+5%" / "-50" for a change."""
    if change.kind == "percent":
        return f"{exact.frac_text(change.value * 100)}%"
    return exact.frac_text(change.value)


def _part_kind(clause, seen: set) -> str | None:
    """Return which part a question asks: time, value (at the crossing), or None."""
    words = _words(clause)
    units = any(isinstance(i, spec.Word) and i.kind == "UNIT" for i in clause.items)
    if "how" in words and ("long" in words or ("many" in words and units)) or \
            words == {"when"} or ("when" in words and words & COMPARE):
        return None if "time" in seen else "time"
    if "time" in seen and words & {"much", "figure", "value", "number", "amount", "what",
                                   "find", "many"}:
        return None if "value" in seen else "value"
    return None


def _part(kind, clause, tracks, t, continuous, unit, steps, reading) -> Answer:
    """Return the Answer of one part, adding its steps."""
    import sympy

    whole = (bool(_words(clause) & WHOLE_WORDS) or _comparative(clause)) and \
        "same" not in clause.words()
    if kind == "time":
        value = t
        reading.notes.append(
            f"The question asks for whole {unit} until one passes the other, so the answer is "
            "the smallest whole count (checked exactly)." if whole else
            "The question asks when they are equal, so the answer is the exact crossing time.")
        if whole:
            value = sympy.Integer(_whole_count(tracks, t, continuous))
            steps.append(Step("whole_check", f"The smallest whole number of {unit} is "
                              f"{value}.", (f"t \u2248 {exact.decimal_of(t)}",)))
        verb = "first passes" if whole else "equals"
        return Answer(f"time until {tracks[0].label} {verb} {tracks[1].label}",
                      exact.decimal_of(value), exact.pretty(value), unit)
    value = sympy.simplify(tracks[0].at(t, continuous))
    steps.append(Step("common_value", "Put t into either amount to get the common value.",
                      (f"{exact.pretty(value)} \u2248 {exact.decimal_of(value)}",)))
    return Answer("the common value", exact.decimal_of(value), exact.pretty(value),
                  tracks[0].start.unit)


def _amount_when(clause, questions) -> bool:
    """Return True for the "when they are equal" clause of "how many people does A have
    when they are equal": the sentence asks the amount at the crossing, not the time. A
    "when will they ..." clause is a question of its own (the time) and stays one."""
    words = clause.words()
    if len(words) < 2 or words[0] != "when" or words[1] in AUXILIARIES:
        return False
    for other in questions[:questions.index(clause)]:
        texts = other.words()
        if other.sentence != clause.sentence or "how" not in texts:
            continue
        after = texts[texts.index("how") + 1:texts.index("how") + 3]
        if after[:1] == ["much"] or (after[:1] == ["many"] and len(after) == 2 and
                                     after[1] not in asks.TIME_WORDS):
            return True
    return False


def _comparative(clause) -> bool:
    """Return True for "taller than", "larger than", "heavier than": one passes the other, so
    the count of whole periods is asked, like "exceed" (the crossing itself is "equal")."""
    words = [i.text.lower() for i in clause.items if isinstance(i, (spec.Word, spec.Cue))]
    return any(word == "than" and index > 0 and words[index - 1].endswith("er")
               for index, word in enumerate(words))


def _whole_count(tracks, t, continuous: bool) -> int:
    """Return the first whole period after which the gap has changed sign (verified)."""
    import sympy

    a, b = tracks
    first_below = a.at(0, continuous) < b.at(0, continuous)
    k = max(int(sympy.floor(sympy.N(t, 50))), 0)
    while (a.at(k, continuous) < b.at(k, continuous)) == first_below and k < 10_000:
        k += 1
    return k


def _label_parts(answers: list[Answer]) -> list[Answer]:
    """Give "a"/"b" part letters when several parts are answered."""
    if len(answers) < 2:
        return answers
    return [Answer(a.quantity, a.value, a.exact, a.unit, a.rounded, "abcdef"[i])
            for i, a in enumerate(answers)]


def _other_reading(tracks, continuous: bool, answers, combined) -> list[Alternative]:
    """Show the per-period reading when continuous rates were used (and vice versa)."""
    if tracks[0].change.kind != "percent" or not continuous:
        return []
    t, _ = crossing(tracks, False)
    if combined is None:
        return [Alternative("rates applied once per period (\u00d7(1+r)^t)",
                            exact.decimal_of(t), exact.pretty(t), answers[0].unit)]
    total = named_sum.combined_value(combined, tracks, t, False)
    return [Alternative("rates applied once per period (\u00d7(1+r)^t)",
                        exact.decimal_of(total), exact.pretty(total))]
