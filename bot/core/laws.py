"""Build laws of change (Law) and values in context (Value) from the clauses of a problem."""

from __future__ import annotations

from fractions import Fraction

from bot.core import spec
from bot.core.clauses import (PRONOUNS, Clause, content_words, position_of, words_after,
                              words_before)
from bot.core.errors import NotUnderstood
from bot.core.model import Law, Value
from bot.core.years import in_year_range, year_cue

START_CUES = {"initial", "initially", "starts", "start", "starting", "started", "begins",
              "began", "begin", "beginning", "currently", "current", "now", "originally",
              "original", "contains", "costs", "cost", "bought", "has", "had", "with"}
NUMBER_KINDS = ("NUMBER",)
RATE_WORDS = {"increase", "decrease", "increases", "decreases", "growth", "rate", "rise",
              "drop", "change", "loss", "gain", "increasing", "decreasing"}
STOP_UNITS = {"and", "or", "of", "in", "is", "are", "was", "the", "a", "to", "at", "by", "for",
              "new", "initially", "each", "per", "every"}


def find_laws(clauses: list[Clause], formulas: list) -> list[Law]:
    """Return every law of change stated in the clauses, in text order."""
    laws, last_name = [], ()
    for clause in clauses:
        for item in clause.items:
            if type(item) is spec.Word:
                continue  # most items: a word states no law (_law_from would return None)
            law = _law_from(item, clause, clauses, formulas)
            if law is None:
                continue
            if not law.name or set(law.name) <= PRONOUNS:
                law.name = last_name
            last_name = law.name or last_name
            laws.append(law)
    return laws


def _law_from(item, clause: Clause, clauses: list[Clause], formulas: list) -> Law | None:
    """Return the Law an item states, or None when the item is not a change."""
    if isinstance(item, spec.Cue) and item.kind == "formula" and item.index is not None:
        formula = formulas[clause.sentence][item.index] if clause.sentence < len(
            formulas) and item.index < len(formulas[clause.sentence]) else None
        if formula is None:
            return None
        units = [i for c in clauses if c.sentence == clause.sentence for i in c.items
                 if isinstance(i, spec.Word) and i.kind == "UNIT"]
        period = spec.Period(Fraction(1), spec.canonical_unit(units[0].text), units[0].text,
                             units[0].span) if units else None
        return Law("formula", (formula.name.lower(),), period, formula.text,
                   (item.span.start, item.span.end), formula=formula,
                   sentence=clause.sentence)
    if isinstance(item, spec.Target) and not clause.question:
        return _remaining_law(item, clause, clauses)
    if isinstance(item, spec.Change) and item.mode not in ("to",):
        return _change_law(item, clause, clauses)
    if isinstance(item, spec.RateStatement):
        return _rate_law(item, clause, clauses)
    if isinstance(item, spec.Interest) and item.kind == "rate" and item.amount:
        return _interest_law(item, clause, clauses)
    return None


def _clause_horizon(item, clause: Clause) -> spec.Horizon | None:
    """Return the one span horizon of a statement clause ("decays in 8 years"), if any."""
    if clause.question:
        return None
    spans = [i for i in clause.items if isinstance(i, spec.Horizon) and i.kind == "span"]
    return spans[0] if len(spans) == 1 else None


def _remaining_law(target: spec.Target, clause: Clause, clauses) -> Law | None:
    """Turn "80% of it remains after 10 years" into ×4/5 per 10 years (a decay law)."""
    index = position_of(clause.items, target)
    nxt = clause.items[index + 1] if index + 1 < len(clause.items) else None
    remains = any(w in target.text.lower() for w in ("remain", "left")) or (
        isinstance(nxt, spec.Word) and nxt.kind == "REMAIN")
    horizon = _clause_horizon(target, clause) or _sentence_horizon(clause, clauses)
    if not remains or target.kind not in ("share", "half", "share_of") or \
            not target.factor or horizon is None or not 0 < target.factor < 1:
        return None
    period = spec.Period(horizon.count, horizon.unit, horizon.text, horizon.span)
    return Law("compound", words_before(clause, target) or target.words, period,
               target.text, (target.span.start, target.span.end), factor=target.factor,
               sentence=clause.sentence, used_numbers=(target, horizon))


def _sentence_horizon(clause: Clause, clauses) -> spec.Horizon | None:
    """Return the one span horizon of a statement sentence ("After 6 hours, 90% is left")."""
    spans = [i for c in clauses if c.sentence == clause.sentence and not c.question
             for i in c.items if isinstance(i, spec.Horizon) and i.kind == "span"]
    return spans[0] if len(spans) == 1 else None


def _period_for(item, clause: Clause, clauses: list[Clause]) -> spec.Period | None:
    """Return the period of a change: its own, its clause's, or its sentence's; a change
    "in 8 years" with no period is a change over that span (its horizon is its period)."""
    own = getattr(item, "period", None)
    if own is not None:
        return own
    if isinstance(item, spec.Change) and not any(
            isinstance(i, spec.Period) for i in clause.items):
        horizon = _clause_horizon(item, clause)
        if horizon is not None:
            return spec.Period(horizon.count, horizon.unit, horizon.text, horizon.span)
    for pool in (clause.items, [i for c in clauses if c.sentence == clause.sentence
                                for i in c.items]):
        periods = [i for i in pool if isinstance(i, spec.Period)]
        if periods:
            return min(periods, key=lambda p: abs(p.span.start - item.span.start))
    return None


def _change_law(change: spec.Change, clause: Clause, clauses: list[Clause]) -> Law:
    """Turn a verb change ("increases by 5%", "doubles", "half-life is 5730 years") into a Law."""
    name = content_words(change.object_words) or words_before(clause, change)
    period = _period_for(change, clause, clauses)
    horizon = _clause_horizon(change, clause)
    used = (horizon,) if horizon is not None and period is not None and \
        period.span == horizon.span else ()
    span = (change.span.start, change.span.end)
    if change.mode in ("multiply", "doubling_time", "half", "factor"):
        factor = change.factor
        if change.mode == "factor" and change.direction == "down":
            factor = 1 / factor
        return Law("compound", name, period, change.text, span, factor=factor,
                   sentence=clause.sentence, used_numbers=used)
    amount = change.amount
    if amount is None:
        raise NotUnderstood("the size of the change", change.text)
    if change.verb.lower().startswith("multipl"):
        return _multiplied_law(change, name, period, span, clause, used)
    sign = -1 if change.direction == "down" else 1
    if change.mode == "share":
        sign = -1
    if amount.kind in ("percent", "fraction", "half"):
        rate = amount.value / 100 if amount.kind == "percent" else amount.value
        return Law("compound", name, period, change.text, span, factor=1 + sign * rate,
                   rate=sign * rate, sentence=clause.sentence,
                   percent=amount.kind == "percent", used_numbers=used)
    points = amount.kind == "points"
    return Law("linear", name, period, change.text, span, delta=sign * amount.value,
               relative=False, points=points, sentence=clause.sentence, used_numbers=used)


def _multiplied_law(change: spec.Change, name, period, span, clause: Clause, used) -> Law:
    """"is multiplied by 0.9 every epoch": a factor, not a fixed amount added (the verb is
    one of the rising verbs only so that "multiplies by a factor of 3" reads)."""
    amount = change.amount
    if amount.kind != "plain" or amount.value <= 0:
        raise NotUnderstood("what the multiplication does", change.text,
                            "a factor such as \u201cis multiplied by 1.5 every year\u201d")
    return Law("compound", name, period, change.text, span, factor=amount.value,
               sentence=clause.sentence, used_numbers=used)


def _rate_law(statement: spec.RateStatement, clause: Clause, clauses) -> Law | None:
    """Turn "the growth rate is 2%" into a compound Law (None for a bare "rate of 500")."""
    amount = statement.amount
    sign = -1 if statement.direction == "down" else 1
    if not statement.noun and amount.kind not in ("percent", "fraction", "half"):
        return None  # "at a rate of 500 gallons": direction unknown, never guess
    name = words_before(clause, statement) or content_words(statement.noun.split()[1:])
    period = _period_for(statement, clause, clauses)
    span = (statement.span.start, statement.span.end)
    if amount.kind not in ("percent", "fraction", "half"):
        return Law("linear", name, period, statement.text, span,
                   delta=sign * amount.value, relative=False, sentence=clause.sentence)
    rate = amount.value / 100 if amount.kind == "percent" else amount.value
    return Law("compound", name, period, statement.text, span, factor=1 + sign * rate,
               rate=sign * rate, sentence=clause.sentence, percent=True)


def _interest_law(interest: spec.Interest, clause: Clause, clauses) -> Law:
    """Turn "3% interest compounded yearly" into a compound Law per compounding period."""
    rate = interest.amount.value / 100
    period = _period_for(interest, clause, clauses) or spec.Period(
        Fraction(1), "year", "per year (assumed)", interest.span)
    return Law("compound", ("money",), period, interest.text,
               (interest.span.start, interest.span.end), factor=1 + rate, rate=rate,
               sentence=clause.sentence)


def find_values(clauses: list[Clause]) -> list[Value]:
    """Return every free-standing number (not part of a phrase) with its context words."""
    values = []
    for clause in clauses:
        items = clause.items
        for index, item in enumerate(items):
            if type(item) is spec.Word and item.kind not in NUMBER_KINDS:
                continue  # most items: a word that is no number holds no value
            value = _value_at(items, index, clause)
            if value is not None:
                values.append(value)
    return values


def _value_at(items, index: int, clause: Clause) -> Value | None:
    """Return the Value of a NUMBER token (with a following %, dollars or unit word)."""
    item = items[index]
    if isinstance(item, spec.Change) and item.mode == "to" and item.amount and \
            not clause.question:
        amount = item.amount
        context = content_words(item.object_words) + words_before(clause, item)
        return Value(amount.value, amount.kind, _unit_of(amount), context, item.text,
                     clause.sentence, (item.span.start, item.span.end), start_cue=True,
                     in_question=clause.question, item=item)
    if not (isinstance(item, spec.Word) and item.kind in NUMBER_KINDS):
        return None
    nxt = items[index + 1] if index + 1 < len(items) else None
    kind, unit = "plain", ""
    if isinstance(nxt, spec.Word) and nxt.kind == "PCT":
        kind, unit = "percent", "%"
    elif isinstance(nxt, spec.Word) and nxt.kind == "DOLLARS":
        kind, unit = "money", "dollars"
    after = words_after(clause, item if kind == "plain" else nxt, 3)
    if kind == "plain" and isinstance(nxt, spec.Word) and nxt.kind in ("WORD", "UNIT") and \
            nxt.text.lower() not in STOP_UNITS:
        unit = nxt.text.replace("_per_", "/").replace("_", " ")
    before = words_before(clause, item)
    raw = [i.text.lower() for i in items[:index] if isinstance(i, spec.Word)]
    cue = any(w in START_CUES for w in raw[-4:]) or any(
        w in ("initial", "initially", "starting", "started", "start") for w in raw)
    end = nxt.span.end if kind != "plain" else item.span.end
    number = Fraction(item.text.lower())
    year_like = kind == "plain" and in_year_range(number) and year_cue(raw)
    following = items[index + 2] if kind != "plain" and index + 2 < len(items) else None
    rate_like = bool(set(raw) & RATE_WORDS) or isinstance(following, spec.Period)
    per = next((i for i in items[index + 1:index + 3] if isinstance(i, spec.Period)), None)
    return Value(number, kind, unit, before + after,
                 item.text + (nxt.text if kind == "percent" else
                              (" dollars" if kind == "money" else "")),
                 clause.sentence, (item.span.start, end), start_cue=cue,
                 in_question=clause.question, item=item, year_like=year_like,
                 rate_like=rate_like, per_unit=per.unit if per is not None else "")


def _unit_of(amount: spec.Amount) -> str:
    """Return the unit an amount carries ("%", "dollars" or "")."""
    return {"percent": "%", "money": "dollars"}.get(amount.kind, "")
