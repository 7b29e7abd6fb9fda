"""What an interest question asks: the amount, the interest, a time, the principal or rate.

Read by `interest._read_terms` after the rate, compounding and deposits are placed; every
function marks the items it uses on the reader so leftovers can be reported or declined.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core import spec
from bot.core.errors import NotUnderstood
from bot.core.families import _scan
from bot.core.families._money import STRICT

TOTAL_CUES = {"including", "total", "altogether", "received", "grew", "grown", "worth",
              "balance", "matured"}
PRINCIPAL_CUES = {"borrowed", "borrows", "borrow", "invested", "invests", "invest", "lent",
                  "lends", "lend", "deposited", "deposits", "deposit", "principal", "loan"}
AMOUNTS_TO = {"amounts", "amounted", "amount", "becomes", "became", "grows", "grew"}
RATE_QUESTION = ("rate", "principal", "originally", "installment", "installments")


def read_question(reader, terms, questions, numbers) -> None:
    """Read what the question asks: amount after a horizon, interest, or time to a target."""
    words = _with_subject(reader, questions, [w for c in questions for w in c.words()])
    per_period = any(isinstance(i, spec.Period) and id(i) not in reader.placed_periods
                     for c in questions for i in c.items)
    inverse = inverse_kind(words)
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


BARE = frozenset("how much many what is was are were will be would the".split())


def _with_subject(reader, questions, words: list[str]) -> list[str]:
    """Return the question's words, preceded by its sentence's subject when the question
    itself is bare: "Simple interest on $1500 ... is how much?" asks the interest, which only
    the words before "is how much" say."""
    if set(words) - BARE:
        return words
    sentences = {c.sentence for c in questions}
    head, seen = [], set()
    for entry in reader.items:
        clause = entry.clause
        if clause.sentence in sentences and not clause.question and id(clause) not in seen:
            seen.add(id(clause))
            head.extend(clause.words())
    return head + words


def inverse_kind(words) -> str:
    """Return "principal" or "rate" when the question asks for one of them, else ""."""
    if "principal" in words or ("originally" in words and "invested" in words):
        return "principal"
    if "rate" in words and not set(words) & {"installment", "installments"}:
        return "rate"
    return ""


def _asked_rate_unit(reader, terms, questions) -> None:
    """Take the unit of an asked rate from the question ("rate of interest per annum")."""
    periods = [i for c in questions for i in c.items if isinstance(i, spec.Period)]
    if len(periods) > 1 or any(p.count != 1 for p in periods):
        raise NotUnderstood("which period the asked rate is for",
                            ", ".join(p.text for p in periods), "a rate per year")
    if periods:
        terms.rate_unit = (periods[0].unit, periods[0].text)
        reader.placed_periods.add(id(periods[0]))


def _known_interest(reader, terms, numbers) -> None:
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
    if any(set(_scan.words_near(n.where, before=2, after=0)) & AMOUNTS_TO for n in tied):
        raise NotUnderstood("whether this amount is the interest or the amount with it",
                            tied[0].text, "\u201ca compound interest of $400\u201d or "
                            "\u201cthe amount after 2 years is $4,400\u201d")
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


def _target(reader, terms, questions, numbers) -> None:
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


def _horizon(reader, questions) -> tuple[Fraction, str, str]:
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


def _stated_term(reader) -> tuple[Fraction, str, str] | None:
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


def _starts_later_than_january(reader) -> bool:
    """Return True when a month other than January is named (the year is then shorter)."""
    months = [e.item.text.lower() for e in reader.items
              if isinstance(e.item, spec.Word) and e.item.kind == "MONTHNAME"]
    return any(m != "january" for m in months)
