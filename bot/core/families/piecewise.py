"""A growth rate that changes after some periods: "A town of 10000 people grows by 10% per
year for 2 years and then by 5% per year for 3 years. What is the population after 5
years?" -> 10000 × (11/10)^2 × (21/20)^3.

One start amount, then two or more phases in order, each a percent or a fixed amount per
period ("10% per year", "2 cm a week") with how long it holds: "for 2 years", "for the first
3 hours", "after 3 years the rate drops to 3%", "from the 4th year on"; the last phase may
be open ("after that", "then ... per week") and runs to the asked time. The question asks
the value after a horizon in the rates' unit or one that converts exactly. Declines: phases
that do not meet the horizon, a start point that contradicts a duration, mixed period units,
a rate changed "by" a percent ("drops by 2%": points or percent of the rate?), a level
("drops to 3%" of what?), a second amount or subject, "of its original value", compounding
or interest words (the interest family's), and every number it cannot place.

ORDER "after", last of all families: it only sees what every other solver declined.
"""

from __future__ import annotations

from fractions import Fraction

ORDER = "after"
INTEREST = frozenset("""interest compound compounded compounding quarterly semiannually
apr principal loan deposit deposits deposited invested""".split())
BLOCKING = frozenset("""more less than additional extra plus twice double doubles half
times both together respectively original until till before ago average total combined
points point percentage""".split())
SEQUENCE = frozenset("""then after afterwards afterward thereafter later next following
remaining subsequently 1th""".split())
GENERIC = frozenset("""the a an it its their his her this that these they of was were is
are has had have by to at and then after which that thereafter afterwards afterward on
from now rate growth population value number amount size level count total price worth
grows grow grew increases increase increased rises rose falls fell decreases decreased
drops dropped declines declined loses lost gains gained slows slowed changes changed
becomes became starts started begins began continues continued instead in with on
onward onwards for during over next following remaining another per each every""".split())


def solve(problem, text: str):
    """Return the value after piecewise rates, or None when the problem is not of them."""
    from bot.core.arith import doc as docs
    from bot.core.families import _piece_read as rd
    from bot.core.negation import negated

    doc = docs.read(problem)
    if doc is None or not _looks_like(doc) or doc.words & INTEREST:
        return None
    stop = doc.words & BLOCKING or (negated(doc.words) and {"not", "never"})
    if stop:
        raise rd.decline("a change this family does not model",
                         [t for t in doc.all_tokens if t.low in stop][:1] or doc.question)
    phases, used = rd.phases(doc)
    start = _start(doc, used, phases)
    _same_subject(doc, phases)
    _in_sequence(doc, phases)
    n, unit, tok = _ask(doc, start, phases)
    noun = _noun_after(doc.given_tokens, start) if start.kind == "number" else ""
    return _answer(start, phases, _timeline(phases, n, tok), n, unit, tok, text,
                   f" {noun}" if noun and noun.lower() not in rd.CHANGE_WORDS else "")


def _looks_like(doc) -> bool:
    """Return True for two or more rates per period among the given sentences."""
    from bot.core.families._piece_read import _events

    return sum(kind == "R" for s in doc.given for kind, _, _ in _events(list(s))[0]) >= 2


def _start(doc, used: set, phases):
    """Return the one stated amount that no phase uses, stated before the first rate, with
    every ordinal placed; amount rates must share its unit. Declines otherwise."""
    from bot.core.arith.units import singular
    from bot.core.families._piece_read import decline

    given = doc.given_tokens
    stray = [t for t in given if t.kind == "ordinal" and id(t) not in used]
    amounts = [t for t in given if t.numeric and id(t) not in used]
    if stray or len(amounts) != 1:
        raise decline("which number is the starting amount", stray or amounts or given[:6])
    start = amounts[0]
    if _at(given, start) > _at(given, phases[0].tok):
        raise decline("an amount stated after the rates, not before them", [start])
    noun = _noun_after(given, start)
    for phase in phases:
        if phase.kind != "amount":
            continue
        unit = phase.amount_unit
        fits = unit == "dollar" if start.kind == "money" else unit in ("", singular(noun))
        if not fits:
            raise decline("an amount per period in another unit than the start", [phase.tok])
    for phase in phases:
        if phase.sign < 0 and phase.kind == "percent" and phase.tok.value > 100:
            raise decline("a fall of more than 100%", [phase.tok])
    return start


def _at(tokens, tok) -> int:
    """Return the position of the very token `tok` (identity: equal tokens may repeat)."""
    return next(i for i, t in enumerate(tokens) if t is tok)


def _noun_after(tokens, tok) -> str:
    """Return the word right after `tok` ("10000 people" -> "people"), or ""."""
    k = _at(tokens, tok)
    return tokens[k + 1].text if k + 1 < len(tokens) and tokens[k + 1].kind == "word" else ""


def _same_subject(doc, phases) -> None:
    """Decline when a later rate's clause names something the first sentence does not
    ("the number of houses grows 5%"): a second quantity, not a new rate of the first."""
    from bot.core.arith.units import is_time, singular
    from bot.core.families._piece_read import CHANGE_WORDS, _clause, decline

    known = {t.low for t in doc.given_tokens[:_at(doc.given_tokens, phases[0].tok)]}
    for tokens in map(list, doc.given):
        for k, tok in enumerate(tokens):
            if not any(tok is p.tok for p in phases[1:]):
                continue
            words = {w.removesuffix("'s") for w in _clause(tokens, k)}
            odd = {w for w in words - GENERIC - CHANGE_WORDS - known if not is_time(singular(w))}
            if odd:
                raise decline("a second thing changing", [tok])


def _in_sequence(doc, phases) -> None:
    """Decline two rates joined without a word that puts one after the other ("grows 10%
    per year for 2 years and gains 100 people per year for 2 years": at the same time?).
    A start point, "then", "after that", "thereafter", "the next", "the first" ... will do."""
    from bot.core.families._piece_read import decline

    flat = doc.given_tokens
    at = [_at(flat, p.tok) for p in phases] + [len(flat)]
    for i in range(1, len(phases)):
        window = {t.low for t in flat[at[i - 1] + 1:at[i + 1]]}
        if phases[i].start is None and not window & SEQUENCE:
            raise decline("whether two rates follow each other or hold together",
                          [phases[i - 1].tok, phases[i].tok])


def _ask(doc, start, phases):
    """Return (horizon in the rates' unit, that unit, its token) after checking the ask."""
    from bot.core.arith.units import singular
    from bot.core.families._piece_ask import check_asks, convert, horizon
    from bot.core.families._piece_read import decline

    units = {p.unit for p in phases}
    if len(units) != 1:
        raise decline("rates per different periods", [p.tok for p in phases])
    unit = units.pop()
    check_asks(doc, start, singular(_noun_after(doc.given_tokens, start)))
    value, asked, tok = horizon(doc)
    return convert(value, asked, unit, tok), unit, (tok, value, asked)


def _timeline(phases, horizon: Fraction, asked) -> list[Fraction]:
    """Return each phase's length in periods: durations as stated, a start point ending the
    phase before, the open last phase running to the horizon. Declines when they clash."""
    from bot.core.families._piece_ask import convert
    from bot.core.families._piece_read import decline

    begin, lengths = Fraction(0), []
    for i, phase in enumerate(phases):
        if phase.start is not None:
            value, stok, unit = phase.start
            at = convert(value, unit, phase.unit, stok)
            if i == 0 or (phases[i - 1].duration is not None and lengths[-1] != at - begin
                          ) or at <= begin:
                raise decline("when a rate starts", [stok])
            if phases[i - 1].duration is None:
                lengths[-1] = at - begin
            begin = at
        elif i > 0 and phases[i - 1].duration is None:
            raise decline("how long a rate holds before the next one", [phases[i - 1].tok])
        elif i > 0:
            begin += lengths[-1]
        if phase.duration is not None:
            value, dtok, unit = phase.duration
            lengths.append(convert(value, unit, phase.unit, dtok))
        else:
            lengths.append(None)
    return _close(phases, lengths, begin, horizon, asked[0])


def _close(phases, lengths, begin: Fraction, horizon: Fraction, tok) -> list[Fraction]:
    """Fill the open last phase to the horizon; decline when the phases end before or after
    it, or a percent rate would run for a part of a period."""
    from bot.core.families._piece_read import decline

    if lengths[-1] is None:
        if horizon < begin:
            raise decline("a time inside the earlier rates", [tok])
        lengths[-1] = horizon - begin
    elif begin + lengths[-1] != horizon:
        raise decline("a time the stated rates do not end at", [tok])
    for phase, length in zip(phases, lengths):
        if length < 0 or (phase.kind == "percent" and length.denominator != 1):
            raise decline("a percent rate for a part of a period", [phase.tok])
    return lengths


def _answer(start, phases, lengths, horizon: Fraction, unit: str, asked, text: str,
            noun: str = ""):
    """Apply each phase in turn (one step per phase) and return the value at the horizon."""
    from bot.core.arith.build import Work, num, outcome, show
    from bot.core.arith.units import plural
    from bot.core.outcome import Unused

    work, value, begin = Work(), start.value, Fraction(0)
    work.reading.append(f"Start {start.text}{noun}; {len(phases)} rates per {unit}, each for its "
                        f"own stretch, up to {show(horizon)} {plural(unit, horizon)}.")
    for phase in phases:
        _note_conversion(work, phase)
    if asked[2] != unit:
        work.reading.append(f"{show(asked[1])} {plural(asked[2], asked[1])} = {show(horizon)} "
                            f"{plural(unit, horizon)}.")
    for phase, length in zip(phases, lengths):
        if length == 0:
            work.unused.append(Unused(phase.tok.text, show(phase.tok.value),
                                      "not needed: this rate starts at the asked time"))
            continue
        span = f"{plural(unit).capitalize()} {show(begin + 1)}\u2013{show(begin + length)}" \
            if length != 1 else f"{unit.capitalize()} {show(begin + 1)}"
        step = phase.tok.value * phase.sign
        if phase.kind == "percent":
            factor = 1 + step / 100
            new = value * factor ** int(length)
            work.step("phase_growth", f"{span}: {phase.tok.text} per {unit} for {show(length)}"
                      f" {plural(unit, length)} multiplies by ({num(factor)})^{show(length)}.",
                      f"{show(value)} \u00d7 ({num(factor)})^{show(length)} = {show(new)}")
        else:
            new, op = value + step * length, "+" if step > 0 else "\u2212"
            work.step("phase_amount", f"{span}: {op}{show(abs(step))} per {unit} for "
                      f"{show(length)} {plural(unit, length)}.",
                      f"{show(value)} {op} {show(abs(step))} \u00d7 {show(length)} = "
                      f"{show(new)}")
        value, begin = new, begin + length
    money = "dollars" if start.kind == "money" else ""
    return outcome(work, f"value after {show(horizon)} {plural(unit, horizon)}", value,
                   money, text)


def _note_conversion(work, phase) -> None:
    """Write a reading line for a duration or start stated in another unit than the rate."""
    from bot.core.arith.build import show
    from bot.core.arith.units import plural, size

    for span in (phase.duration, phase.start):
        if span is not None and span[2] != phase.unit:
            value = span[0] * size(span[2]) / size(phase.unit)
            work.reading.append(f"{show(span[0])} {plural(span[2], span[0])} = {show(value)} "
                                f"{plural(phase.unit, value)}.")
