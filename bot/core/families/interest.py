"""Interest on money: simple, compound (any compounding period), continuous, regular deposits.

A nominal rate is per year unless the text ties it to another period ("monthly interest of
2%"); "8% compounded quarterly" earns 8%/4 per quarter. Simple interest is read from "simple
interest", and (design guide §5) from a monthly rate with no compounding cue, with the
compound value shown as the alternative. Regular deposits at the end of each compounding
period add the sum of a geometric series. Questions: the amount after a horizon, the
interest earned, or how long until the money doubles / reaches a level. Anything else about
interest (the rate, the principal, installments) is declined: this family claims every
problem that states an interest rate, because a plain "×(1+r) per period" reading of
"6% compounded monthly" would be a confident wrong answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core import spec
from bot.core.errors import NotUnderstood
from bot.core.families import _scan
from bot.core.families._money import STRICT, InterestTerms, solve_terms

ORDER = "before"
DEPOSIT_VERBS = {"deposit", "deposits", "deposited", "add", "adds", "added", "save", "saves",
                 "saved", "contribute", "contributes", "contributed", "put", "puts", "invest",
                 "invests", "invested"}  # payments reduce a debt: never read as deposits
TOTAL_CUES = {"including", "total", "altogether", "received", "grew", "grown", "worth",
              "balance", "matured"}
PRINCIPAL_CUES = {"borrowed", "borrows", "borrow", "invested", "invests", "invest", "lent",
                  "lends", "lend", "deposited", "deposits", "deposit", "principal", "loan"}
START_CUES = {"initial", "initially", "starts", "start", "opens", "opened", "first", "with"}
RATE_QUESTION = ("rate", "principal", "originally", "installment", "installments")


def solve(problem: spec.Problem, text: str):
    """Return the Outcome of an interest problem, None when no interest rate is stated."""
    clauses = _scan.clauses_of(problem)
    items = _scan.located(clauses)
    words = _scan.lowered_words(problem)
    if not _has_signature(items, words):
        return None
    terms = _read_terms(items, clauses, text)
    return solve_terms(terms, text)


def _has_signature(items, words) -> bool:
    """Return True when a percentage is an interest rate (not "compounds like interest").

    An interest-rate phrase ("6% interest"), "interest" beside a percentage in one clause,
    or a compounding cue with a percentage; a verb change of another quantity ("grows by
    5%") leaves the problem to the law pipeline.
    """
    if any(isinstance(e.item, spec.Interest) and e.item.kind == "rate" for e in items):
        return True
    asked = [w for e in items if e.question and isinstance(e.item, spec.Word)
             for w in (e.item.text.lower(),)]
    if "interest" in words and "rate" in asked and any(
            isinstance(e.item, spec.Word) and (e.item.kind == "DOLLARS" or
                                               e.item.text.lower() == "rupees")
            for e in items):
        return True  # "What was the rate of interest?" with the amounts stated
    if any(isinstance(e.item, spec.Change) and e.item.amount is not None for e in items):
        return False
    for entry in items:
        clause_words = entry.clause.words()
        percent = isinstance(entry.item, spec.RateStatement) or (
            isinstance(entry.item, spec.Word) and entry.item.kind == "PCT")
        if percent and "interest" in clause_words:
            return True
    compounding = any(isinstance(e.item, spec.Interest) for e in items)
    percent = any(isinstance(e.item, spec.RateStatement) or (
        isinstance(e.item, spec.Word) and e.item.kind == "PCT") for e in items)
    return compounding and percent


@dataclass
class _Reader:
    """Working state while reading the terms: what was used, and periods already placed."""

    items: list
    used: set = field(default_factory=set)
    rate_items: set = field(default_factory=set)
    rate_asked: bool = False
    placed_periods: set = field(default_factory=set)


def _read_terms(items, clauses, text: str) -> InterestTerms:
    """Read rate, compounding, principal, deposits and the question into InterestTerms."""
    reader = _Reader(items)
    reader.rate_asked = _inverse_kind([w for c in _scan.question_clauses(clauses)
                                       for w in c.words()]) == "rate"
    numbers = _scan.numbers_in(items)
    terms = InterestTerms()
    terms.rate, terms.rate_text = _rate(reader, numbers)
    terms.compounding, terms.continuous = _compounding(reader)
    terms.simple = _says_simple(items)
    terms.rate_unit = _rate_unit(reader)
    terms.deposit, terms.deposit_period = _deposit(reader, numbers, terms)
    _other_periods(reader, terms)
    questions = _scan.question_clauses(clauses)
    if not questions:
        raise NotUnderstood("what is asked", clauses[-1].text if clauses else "",
                            "a question such as \u201chow much is in the account after 3 "
                            "years?\u201d")
    _read_question(reader, terms, questions, numbers)
    if terms.kind not in ("principal", "rate"):
        terms.principal = _principal(reader, numbers)
    unused, unplaced = _scan.leftover_numbers(numbers, reader.used, clauses)
    if unplaced is not None:
        raise NotUnderstood("what this number is in the interest problem", unplaced.text,
                            "a principal, one interest rate, a horizon and a question")
    _check_phrases(reader)
    terms.unused = unused
    return terms


def _rate(reader: _Reader, numbers) -> tuple[Fraction, str]:
    """Return the one interest rate (as a fraction of 1) stated in the problem."""
    found = []
    for entry in reader.items:
        amount = getattr(entry.item, "amount", None)
        if isinstance(entry.item, (spec.Interest, spec.RateStatement)) and amount is not None \
                and amount.kind == "percent":
            found.append((amount.value, amount.text, entry.item))
    for number in numbers:
        if number.kind == "percent":
            found.append((number.value, number.text, number.where.item))
    values = {value for value, _, _ in found}
    if not values and reader.rate_asked:
        return None, ""
    if len(values) != 1:
        quote = ", ".join(text for _, text, _ in found) or "the interest rate"
        raise NotUnderstood("which single interest rate applies", quote,
                            "one rate such as \u201c6% interest per year\u201d")
    for _, _, item in found:
        reader.used.add(id(item))
        reader.rate_items.add(id(item))
    value, text, _ = found[0]
    return value / 100, text


def _compounding(reader: _Reader) -> tuple[spec.Period | None, bool]:
    """Return (compounding period, continuous?) from "compounded monthly" and the like."""
    period, continuous = None, False
    for entry in reader.items:
        item = entry.item
        if not isinstance(item, spec.Interest) or item.kind == "rate":
            continue
        reader.used.add(id(item))
        following = entry.clause.items[entry.index + 1] if entry.index + 1 < len(
            entry.clause.items) else None
        if item.kind == "continuous" or (isinstance(following, spec.Word) and
                                         following.kind == "CONTINUOUSLY"):
            continuous = True
        elif item.period is not None:
            period = item.period
        elif isinstance(following, spec.Period):
            period = following
            reader.placed_periods.add(id(following))
        else:
            previous = entry.clause.items[entry.index - 1] if entry.index else None
            if isinstance(previous, spec.Period):
                period = previous
                reader.placed_periods.add(id(previous))
            else:
                period = period or spec.Period(Fraction(0), "", item.text, item.span)
    return period, continuous


def _says_simple(items) -> bool:
    """Return True for "simple interest" (the linear cue right before "interest")."""
    for entry in items:
        if isinstance(entry.item, spec.Cue) and entry.item.text.lower() == "simple":
            return True
    return False


def _deposit(reader: _Reader, numbers, terms) -> tuple[Fraction | None, spec.Period | None]:
    """Return a regular deposit (amount, period) from "deposit $200 at the end of each month"."""
    for number in numbers:
        sentence = [e for e in reader.items if e.clause.sentence == number.where.clause.sentence]
        if number.kind != "money" or number.where.question:
            continue
        periods = [e.item for e in sentence if isinstance(e.item, spec.Period)
                   and id(e.item) not in reader.placed_periods]
        verbs = (set(_scan.words_near(number.where, before=3)) |
                 set(_scan.words_near(number.where, before=0, after=4))) & DEPOSIT_VERBS
        near = _scan.words_near(number.where, before=4)
        if not periods or not verbs or set(near) & START_CUES:
            continue
        reader.used.add(id(number.where.item))
        reader.placed_periods.add(id(periods[0]))
        words = [e.item.text.lower() for e in sentence if isinstance(e.item, spec.Word)]
        terms.deposit_timing = "beginning" if "beginning" in words or "start" in words \
            else "end"
        return number.value, periods[0]
    return None, None


def _rate_unit(reader: _Reader) -> tuple[str, str]:
    """Return (unit, text) of the period next to the rate ("6% per annum"), year by default."""
    rates = [e for e in reader.items if id(e.item) in reader.rate_items]
    periods = [e.item for e in reader.items if isinstance(e.item, spec.Period)
               and id(e.item) not in reader.placed_periods and any(
                   e.clause is r.clause and abs(e.index - r.index) <= 3 for r in rates)]
    if len({(p.count, p.unit) for p in periods}) > 1 or any(p.count != 1 for p in periods):
        raise NotUnderstood("which period the interest rate is for",
                            ", ".join(p.text for p in periods),
                            "one period such as \u201cper year\u201d or \u201cmonthly\u201d")
    for period in periods:
        reader.used.add(id(period))
        reader.placed_periods.add(id(period))
    if periods:
        return periods[0].unit, periods[0].text
    return "year", ""


def _other_periods(reader: _Reader, terms) -> None:
    """Accept leftover statement periods that repeat the rate's period; decline others."""
    for entry in reader.items:
        item = entry.item
        if not isinstance(item, spec.Period) or id(item) in reader.placed_periods:
            continue
        recurring = item.text.lower().startswith(("each", "every", "in each", "in every"))
        if entry.question or (item.count == 1 and item.unit == terms.rate_unit[0] and
                              not recurring):
            continue
        raise NotUnderstood("what this period refers to", item.text,
                            "one rate period, one compounding period")


def _principal(reader: _Reader, numbers) -> tuple[Fraction, str] | None:
    """Return the principal: the one money amount (or lone plain amount) in the statements."""
    skip = _scan.instruction_sentences([n.where.clause for n in numbers])
    pool = [n for n in numbers if id(n.where.item) not in reader.used
            and n.where.clause.sentence not in skip]
    stated = [n for n in pool if not n.where.question]
    pool = stated or pool
    money = [n for n in pool if n.kind == "money"]
    chosen = money if money else [n for n in pool if n.kind == "plain" and not n.unit]
    if len(chosen) != 1:
        return None if not chosen else _ambiguous(chosen)
    reader.used.add(id(chosen[0].where.item))
    return chosen[0].value, chosen[0].text


def _ambiguous(chosen):
    """Decline when several amounts could be the principal."""
    raise NotUnderstood("which amount is the principal",
                        " or ".join(n.text for n in chosen[:3]),
                        "one starting amount such as \u201cinvests $5,000\u201d")


def _read_question(reader: _Reader, terms, questions, numbers) -> None:
    """Read what the question asks: amount after a horizon, interest, or time to a target."""
    words = [w for c in questions for w in c.words()]
    per_period = any(isinstance(i, spec.Period) and id(i) not in reader.placed_periods
                     for c in questions for i in c.items)
    inverse = _inverse_kind(words)
    if inverse == "rate" and terms.rate is None:
        _asked_rate_unit(reader, terms, questions)
        per_period = False
    if inverse and not per_period:
        terms.kind = inverse
        terms.horizon = _horizon(reader, questions)
        _known_interest(reader, terms, numbers)
        return
    if set(words) & set(RATE_QUESTION) or per_period or "each" in words:
        raise NotUnderstood("what the question asks about the interest",
                            questions[0].text,
                            "the amount after a time, the interest earned, or how long "
                            "until the money doubles")
    asks_time = "long" in words or "when" in words or any(
        w == "many" and i + 1 < len(words) and words[i + 1] in ("years", "months", "quarters",
                                                                "days", "weeks")
        for i, w in enumerate(words))
    if asks_time:
        terms.kind = "time"
        terms.strict = bool(set(words) & STRICT)
        terms.asked_unit = _asked_unit(words)
        _target(reader, terms, questions, numbers)
        return
    terms.kind = "interest" if "interest" in words and not set(words) & {
        "total", "amount", "balance", "worth", "value", "account"} else "amount"
    terms.horizon = _horizon(reader, questions)


def _inverse_kind(words) -> str:
    """Return "principal" or "rate" when the question asks for one of them, else ""."""
    if "principal" in words or ("originally" in words and "invested" in words):
        return "principal"
    if "rate" in words and not set(words) & {"installment", "installments"}:
        return "rate"
    return ""


def _asked_rate_unit(reader: _Reader, terms, questions) -> None:
    """Take the unit of an asked rate from the question ("rate of interest per annum")."""
    periods = [i for c in questions for i in c.items if isinstance(i, spec.Period)]
    if len(periods) > 1 or any(p.count != 1 for p in periods):
        raise NotUnderstood("which period the asked rate is for",
                            ", ".join(p.text for p in periods), "a rate per year")
    if periods:
        terms.rate_unit = (periods[0].unit, periods[0].text)
        reader.placed_periods.add(id(periods[0]))


def _known_interest(reader: _Reader, terms, numbers) -> None:
    """Read the interest earned (a money amount beside "interest") and, for a rate
    question, the principal (the amount beside "borrowed", "invested", ...)."""
    money = [n for n in numbers if n.kind == "money" and id(n.where.item) not in reader.used]
    tied = [n for n in money if "interest" in _scan.words_near(n.where, before=4, after=0)
            or "interest" in _scan.words_near(n.where, before=0, after=3)]
    lent = [n for n in money if set(_scan.words_near(n.where, before=3)) & PRINCIPAL_CUES]
    if terms.kind == "rate":
        interest = [n for n in tied if n not in lent]
        if len(money) != 2 or len(lent) != 1 or len(interest) != 1:
            raise NotUnderstood("which amount is the principal and which the interest",
                                " and ".join(n.text for n in money),
                                "\u201cborrowed $5,000 ... paid $300 in interest\u201d")
        terms.principal = (lent[0].value, lent[0].text)
        reader.used.add(id(lent[0].where.item))
        money = tied = interest
    def interest_of(number) -> bool:
        after = _scan.words_near(number.where, before=0, after=3)
        return "interest" in after and "including" not in after  # "$150 of interest"
    totals = [n for n in money if set(_scan.words_near(n.where, before=4, after=6)) &
              TOTAL_CUES and not interest_of(n)]
    if terms.kind == "principal" and len(money) == 1 and totals:
        terms.known_amount = (totals[0].value, totals[0].text)
        reader.used.add(id(totals[0].where.item))
        return
    if totals or len(money) != len(tied) or len(tied) != 1:
        raise NotUnderstood("which amount is the interest earned",
                            " and ".join(n.text for n in money) or "the interest",
                            "\u201ca simple interest of $400\u201d")
    terms.known_interest = (tied[0].value, tied[0].text)
    reader.used.add(id(tied[0].where.item))


def _asked_unit(words) -> str:
    """Return the unit a time question asks in ("how many months" -> month), if any."""
    for word in words:
        unit = spec.canonical_unit(word)
        if unit in ("year", "month", "quarter", "day", "week"):
            return unit
    return ""


def _target(reader: _Reader, terms, questions, numbers) -> None:
    """Read the level a time question waits for: a multiple (double) or an amount."""
    for entry in reader.items:
        item = entry.item
        if isinstance(item, spec.Change) and item.mode == "multiply" and item.factor:
            terms.target_factor, terms.target_text = item.factor, item.text
            reader.used.add(id(item))
            return
        if isinstance(item, spec.Target) and item.kind in ("times", "multiply") and item.factor:
            terms.target_factor, terms.target_text = item.factor, item.text
            reader.used.add(id(item))
            return
        amount = getattr(item, "amount", None)
        if isinstance(item, (spec.Change, spec.Target)) and entry.question and amount and \
                amount.kind in ("money", "plain"):
            terms.target_level, terms.target_text = amount.value, item.text
            reader.used.add(id(item))
            return
    raise NotUnderstood("which amount the question waits for", questions[0].text,
                        "a target such as \u201cto double\u201d or \u201cto grow to $5,000\u201d")


def _horizon(reader: _Reader, questions) -> tuple[Fraction, str, str]:
    """Return (count, unit, text) of the horizon: "after 3 years", "at the end of the year"."""
    spans = [e.item for e in reader.items if isinstance(e.item, spec.Horizon)
             and e.item.kind == "span"]
    if len({(h.count, h.unit) for h in spans}) == 1:
        for horizon in spans:
            reader.used.add(id(horizon))
        return spans[0].count, spans[0].unit, spans[0].text
    if spans:
        raise NotUnderstood("which time the question asks about",
                            ", ".join(h.text for h in spans), "one horizon")
    for clause in questions:
        kinds = [(i.kind, i.text.lower()) for i in clause.items if isinstance(i, spec.Word)]
        for index, (kind, text) in enumerate(kinds):
            if kind == "END" and any(k == "UNIT" and spec.canonical_unit(t) == "year"
                                     for k, t in kinds[index + 1:index + 4]):
                if _starts_later_than_january(reader):
                    break
                return Fraction(1), "year", "at the end of the year"
    term = _stated_term(reader)
    if term is not None:
        return term
    raise NotUnderstood("when the question looks", questions[0].text,
                        "a horizon such as \u201cafter 3 years\u201d")


def _stated_term(reader: _Reader) -> tuple[Fraction, str, str] | None:
    """Return the term of "a 1-year bond" / "a 5 year deposit" when no horizon is stated."""
    found = []
    for entry in reader.items:
        item = entry.item
        nxt = entry.clause.items[entry.index + 1] if entry.index + 1 < len(
            entry.clause.items) else None
        if isinstance(item, spec.Word) and item.kind == "NUMBER" and not entry.question \
                and isinstance(nxt, spec.Word) and nxt.kind == "UNIT" and \
                id(item) not in reader.used:
            found.append((item, nxt))
    if len(found) != 1:
        return None
    number, unit = found[0]
    reader.used.add(id(number))
    return Fraction(number.text), spec.canonical_unit(unit.text), \
        f"the {number.text}-{spec.canonical_unit(unit.text)} term"


def _starts_later_than_january(reader: _Reader) -> bool:
    """Return True when a month other than January is named (the year is then shorter)."""
    months = [e.item.text.lower() for e in reader.items
              if isinstance(e.item, spec.Word) and e.item.kind == "MONTHNAME"]
    return any(m != "january" for m in months)


def _check_phrases(reader: _Reader) -> None:
    """Decline when a phrase with a number (a change, a target) was not placed."""
    for entry in reader.items:
        item = entry.item
        if id(item) in reader.used or not isinstance(item, (spec.Change, spec.Target,
                                                            spec.RateStatement,
                                                            spec.Horizon)):
            continue
        if isinstance(item, spec.Horizon) and item.kind != "span":
            raise NotUnderstood("which time this refers to", item.text,
                                "a horizon such as \u201cafter 3 years\u201d")
        if isinstance(item, spec.Horizon):
            continue
        raise NotUnderstood("how this fits the interest problem", item.text,
                            "one principal, one rate, a horizon and a question")
