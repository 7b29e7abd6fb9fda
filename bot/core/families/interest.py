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

from bot.core import asks, spec
from bot.core.errors import NotUnderstood
from bot.core.negation import refuse_negated_change
from bot.core.families import _scan
from bot.core.families._asked import AMOUNTS_TO, inverse_kind, read_question
from bot.core.families._money import InterestTerms, solve_terms

ORDER = "before"
DEPOSIT_VERBS = {"deposit", "deposits", "deposited", "add", "adds", "added", "save", "saves",
                 "saved", "contribute", "contributes", "contributed", "put", "puts", "invest",
                 "invests", "invested"}  # payments reduce a debt: never read as deposits
DIVIDED = {"divide", "divides", "divided", "split", "splits", "distribute", "distributes",
           "distributed", "share", "shares"}  # shares of one sum: not one principal
START_CUES = {"initial", "initially", "starts", "start", "opens", "opened", "first", "with"}


def solve(problem: spec.Problem, text: str):
    """Return the Outcome of an interest problem, None when no interest rate is stated."""
    if not _may_be_interest(problem):
        return None
    clauses = _scan.clauses_of(problem)
    items = _scan.located(clauses)
    words = _scan.lowered_words(problem)
    if not _has_signature(items, words):
        return None
    if set(words) & DIVIDED and "between" in words:
        raise NotUnderstood("how the sum is divided", text.strip()[:80],
                            "one principal, one rate, a horizon and a question")
    terms = _read_terms(items, clauses, text)
    return solve_terms(terms, text)


def _may_be_interest(problem: spec.Problem) -> bool:
    """Return False when no sentence says "interest" and no compounding phrase was parsed:
    then no test of `_has_signature` can hold, so the clause scan is skipped (this family
    runs before the law pipeline on every problem)."""
    return any("interest" in sentence.text.lower() or
               any(isinstance(item, spec.Interest) for item in sentence.items)
               for sentence in problem.sentences)


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
    if any(_compounded(e.item) and "interest" in e.clause.words() + _words_before(items, e)
           for e in items):
        return True  # "gains 8% interest, compounded quarterly": never 8% per quarter
    if any(isinstance(e.item, spec.Change) and e.item.amount is not None for e in items):
        return False
    for entry in items:
        percent = isinstance(entry.item, spec.RateStatement) or (
            isinstance(entry.item, spec.Word) and entry.item.kind == "PCT")
        if percent and "interest" in entry.clause.words():  # words only when needed: O(n)
            return True
    compounding = any(isinstance(e.item, spec.Interest) for e in items)
    percent = any(isinstance(e.item, spec.RateStatement) or (
        isinstance(e.item, spec.Word) and e.item.kind == "PCT") for e in items)
    return compounding and percent


def _compounded(item) -> bool:
    """True for an explicit compounding cue ("compounded quarterly", "compounding monthly",
    "continuously"), not the verb of a simile ("compounds like interest")."""
    return isinstance(item, spec.Interest) and (
        item.kind in ("compounding", "continuous") or
        (item.kind == "compounding_bare" and item.text.lower().startswith("compounded")))


def _words_before(items, entry) -> list[str]:
    """Return the words of the clause before `entry`'s one (", compounded quarterly")."""
    clauses = []
    for e in items:
        if e.clause is entry.clause:
            break
        if not clauses or clauses[-1] is not e.clause:
            clauses.append(e.clause)
    return clauses[-1].words() if clauses else []


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
    reader.rate_asked = inverse_kind([w for c in _scan.question_clauses(clauses)
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
    refuse_negated_change(clauses)  # "the interest is not compounded"
    if not questions:
        raise NotUnderstood("what is asked", clauses[-1].text if clauses else "",
                            "a question such as \u201chow much is in the account after 3 "
                            "years?\u201d")
    for clause in questions:
        asks.refuse_change_ask(clause, share=False)  # "at what percent" asks the rate
    read_question(reader, terms, questions, numbers)
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
                and amount.kind == "percent" or _interest_change(entry):
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


def _interest_change(entry) -> bool:
    """True for a verb change whose percent is an interest rate: "grows at 7% annual
    interest", "gains 8% interest" (the word interest within two words after it)."""
    item = entry.item
    if not isinstance(item, spec.Change) or item.amount is None or \
            item.amount.kind != "percent":
        return False
    after = entry.clause.items[entry.index + 1:entry.index + 3]
    return any(isinstance(i, spec.Word) and i.kind == "INTEREST" for i in after)


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
    if set(_scan.words_near(chosen[0].where, before=2, after=0)) & AMOUNTS_TO:
        raise NotUnderstood("which amount is the principal", chosen[0].text,
                            "a principal such as \u201cinvests $5,000\u201d (\u201camounts "
                            "to $6,050\u201d is the amount with the interest)")
    reader.used.add(id(chosen[0].where.item))
    return chosen[0].value, chosen[0].text


def _ambiguous(chosen):
    """Decline when several amounts could be the principal."""
    raise NotUnderstood("which amount is the principal",
                        " or ".join(n.text for n in chosen[:3]),
                        "one starting amount such as \u201cinvests $5,000\u201d")


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
