"""What the answer did not need, and answers the text itself claims.

Every number the grammar saw is either used by a task, listed here as not needed (with a
reason), or a checked claim; nothing is silently ignored.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from bot.core import spec
from bot.core.outcome import Claim, Unused
from bot.core.clauses import position_of

CLAIM_CUES = ("result", "answer", "around", "approximately", "about", "roughly", "comes to",
              "equals", "reaches", "totals", "ends up", "would be", "will be", "gives",
              "works out")
NUMERIC_KINDS = ("NUMBER", "YEARNUM")


def leftovers(interpretation, used_ids: set) -> list[tuple[object, str, str]]:
    """Return (item, text, reason) for every number no task used."""
    out = []
    asked = interpretation.tasks[0].asked if interpretation.tasks else ()
    asked_text = " ".join(asked) or "the asked quantity"
    used_laws = [t.law for t in interpretation.tasks]
    for law in interpretation.laws:
        if id(law) in used_ids or law.kind == "formula":
            continue
        if any(law.factor == u.factor and law.delta == u.delta for u in used_laws):
            out.append((law, law.text, "restates the change already used"))
            continue
        name = " ".join(law.name) or "another quantity"
        out.append((law, law.text, f"a change of {name}, not of {asked_text}"))
    for clause in interpretation.clauses:
        for item in clause.items:
            if id(item) in used_ids:
                continue
            if type(item) is spec.Word:  # most items: a word, left over when it is a number
                if item.kind in NUMERIC_KINDS:
                    out.append((item, _with_unit(clause, item), f"not needed for {asked_text}"))
            elif isinstance(item, (spec.Horizon, spec.Target)):
                out.append((item, item.text, f"not needed for {asked_text}"))
            elif isinstance(item, (spec.RateStatement, spec.Change)) and item.amount and \
                    not any(law.text == item.text for law in interpretation.laws):
                out.append((item, item.text, f"not needed for {asked_text}"))
    return out


def unplaced_change(leftover, clauses, laws=()):
    """Return the clause of a leftover number that sits beside an unparsed change verb.

    A number equal to a known law's percentage restates that law and is not a new change.
    """
    if not any(isinstance(item, spec.Word) for item, _, _ in leftover):
        return None  # only a leftover number can be a change (the scan below skips the rest)
    verbs = ("UP", "DOWN", "MULTIPLY")
    known = {abs(law.rate) * 100 for law in laws if law.rate is not None}
    if _names_geometric_method(clauses) and laws and all(law.kind == "compound"
                                                         for law in laws):
        return None  # the other method's figure (the arithmetic increase) is not needed
    for item, _, _ in leftover:
        if not isinstance(item, spec.Word):
            continue
        if item.kind == "NUMBER" and Fraction(item.text.lower()) in known:
            continue
        clause = next((c for c in clauses if item in c.items), None)
        if clause is None:
            continue
        index = position_of(clause.items, item)
        nxt = clause.items[index + 2] if index + 2 < len(clause.items) else None
        if any(isinstance(i, spec.Word) and i.kind in verbs for i in clause.items) or \
                isinstance(nxt, spec.Period) or \
                _beside_other_period(item, clause, laws, clauses=clauses):
            return clause
    return None


def _names_geometric_method(clauses) -> bool:
    """Return True when the text asks for the geometric(al) increase/growth method by name."""
    for clause in clauses:
        words = clause.words()
        for index, word in enumerate(words[:-1]):
            if word.startswith("geometric") and "method" in words[index + 1:index + 4]:
                return True
    return False


def start_beside_other_period(start, clauses, laws=()):
    """Return the clause of a start number that sits beside a period which is not the law's
    ("Each year it is restocked with 50 carp"): a per-period amount, not a start. Only
    "each"/"every" periods count here: "annual sales are 125000 dollars" is a start."""
    item = getattr(start, "item", None)
    if not isinstance(item, spec.Word):
        return None
    clause = next((c for c in clauses if any(i is item for i in c.items)), None)
    if clause is not None and _beside_other_period(item, clause, laws, ("each", "every"),
                                                   clauses):
        return clause
    return None


SEASONS = {"spring", "summer", "autumn", "fall", "winter", "season", "semester", "term",
           "harvest", "weekend", "birthday"}


def _period_siblings(clause, clauses) -> list:
    """Return the items of the clauses of the same sentence that hold only a period and
    punctuation (a fronted "Every year," cut off from its clause by the comma)."""
    out = []
    for other in clauses:
        if other is clause or other.sentence != clause.sentence:
            continue
        if any(isinstance(i, spec.Period) for i in other.items) and all(
                isinstance(i, spec.Period) or (isinstance(i, spec.Word) and i.kind == "PUNCT")
                for i in other.items):
            out.extend(other.items)
    return out


def _beside_other_period(item, clause, laws, cues=("",), clauses=()) -> bool:
    """True when an amount shares its clause with a period ("each year", "every winter") that
    is not the law's own: a second per-period change the law pipeline would silently drop.
    Durations ("a 10 year program"), years and questions are not amounts per period."""
    if clause.question or item.kind != "NUMBER":
        return False
    index = position_of(clause.items, item)
    nxt = clause.items[index + 1] if index + 1 < len(clause.items) else None
    if isinstance(nxt, spec.Word) and nxt.kind in ("UNIT", "PCT"):
        return False
    value = Fraction(item.text.lower())
    if value.denominator == 1 and 1600 <= value <= 2199:
        return False
    law_periods = {id(law.period) for law in laws if law.period is not None}
    items = list(clause.items) + _period_siblings(clause, clauses)
    for i, other in enumerate(items):
        if isinstance(other, spec.Period) and id(other) not in law_periods and \
                other.text.lower().startswith(cues):
            return True
        following = items[i + 1] if i + 1 < len(items) else None
        if isinstance(other, spec.Word) and other.kind == "PER" and \
                isinstance(following, spec.Word) and following.text.lower() in SEASONS:
            return True
    return False


def _with_unit(clause, item) -> str:
    """Return a number with the word after it ("150000 parameters")."""
    items = clause.items
    index = position_of(items, item)
    nxt = items[index + 1] if index + 1 < len(items) else None
    if isinstance(nxt, spec.Word) and nxt.kind in ("WORD", "PCT", "DOLLARS", "UNIT"):
        glue = "" if nxt.kind == "PCT" else " "
        return f"{item.text}{glue}{nxt.text}"
    return item.text


def claims_in(leftover, clauses, answer_value: str) -> tuple[list[Claim], set]:
    """Return claims (numbers stated as results) among leftovers, checked against the answer."""
    claims, claimed = [], set()
    for item, text, _ in leftover:
        if not isinstance(item, spec.Word):
            continue
        clause = next((c for c in clauses if item in c.items), None)
        if clause is None or clause.question:
            continue
        sentence_text = clause.text.lower()
        if not any(cue in sentence_text for cue in CLAIM_CUES):
            continue
        claims.append(check_claim(text, item.text, answer_value))
        claimed.add(id(item))
    return claims, claimed


def check_claim(text: str, value: str, correct: str) -> Claim:
    """Return a Claim judged right when it matches the answer at its own precision."""
    stated, truth = Decimal(value), Decimal(correct)
    exponent = stated.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    tolerance = Decimal(5) * Decimal(10) ** (-places - 1) + abs(truth) * Decimal("1e-9")
    error = stated - truth
    right = abs(error) <= tolerance
    relative = f" ({abs(error) / abs(truth) * 100:.2f}%)" if truth else ""
    off_by = "" if right else f"{abs(error):.4g}{relative}"
    return Claim(text, value, "right" if right else "wrong", correct, off_by)


def unused_entries(leftover, claimed: set) -> list[Unused]:
    """Return the Unused entries (leftovers that are not claims), with exact values."""
    out, seen = [], set()
    for item, text, reason in leftover:
        key = (text.lower(), reason)
        if id(item) in claimed or key in seen:
            continue
        seen.add(key)
        out.append(Unused(text, _value_text(item), reason))
    return out


def _value_text(item) -> str:
    """Return the number an unused item holds, as text."""
    if isinstance(item, spec.Word):
        return item.text
    match = re.search(r"\d+(?:\.\d+)?(?:/\d+)?", getattr(item, "text", ""))
    return match.group(0) if match else ""
