"""Reading of the loan family: the amount borrowed, its flat extra percent, the equal
payments and their count, and the question (what is left to pay, or the last payment).

Every numeric token must be one of these four; anything else gives None.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.arith.tokens import Tok
from bot.core.families._deal_read import names_of
from bot.core.families._deal_words import PEOPLE
from bot.core.negation import negated

BORROW = frozenset("borrowed borrows borrow".split())
EXTRA = frozenset("additional extra plus interest".split())
REPAY = frozenset("return repay pay back".split())
PERIODS = frozenset("week month".split())
# A rate per period, compounding, a second loan or a split: not a flat extra percent.
BLOCK = frozenset("""compound compounded compounding annual annually yearly monthly weekly
daily rate year years day days each_other twice half double triple per_year apr
installments""".split())
EACH = frozenset("a an per each every".split())
REST = frozenset("remaining rest remainder".split())
LEFT_ASK = frozenset("remaining balance left owe owes still remain remains".split())
ASK_OK = frozenset("""how what much will be is was does do did the a an of to in on by then
she he they her his their after that still have has left money dollars pay paid give now
remaining balance owe owes remain remains""".split())


# Words that make the payers a group (several debts, or a shared one).
GROUP = frozenset("each both together they them we us".split())
POSSESSIVE = frozenset("his her their a an".split())


def group_payers(doc) -> bool:
    """Return True when the payers may be several people: "Each of them pays", "they",
    "both", or a second person as a subject (second_borrower)."""
    words = [t.low for s in doc.given for t in s]
    each_of = any(a == "each" and b == "of" for a, b in zip(words, words[1:]))
    return each_of or bool(set(words) & (GROUP - {"each"})) or second_borrower(doc.given)


def second_borrower(given) -> bool:
    """Return True for a second person beside the borrower as a subject: "Ben and his
    sister borrowed", "His brother pays $150 a month" (a lender after "from"/"to" or as
    the one paid, "gives his uncle $50", is fine)."""
    for sentence in given:
        lows = [t.low for t in sentence]
        for k, low in enumerate(lows):
            if low not in PEOPLE:
                continue
            before = lows[max(0, k - 2):k]
            if k == 0 or before[-1:] == ["and"] or len(before) == 2 and \
                    before[1] in POSSESSIVE and before[0] in ("and", ".") or \
                    before[-1:] in (["his"], ["her"], ["their"]) and k == 1:
                return True  # "His brother pays", "Ben and his sister"
    return False


@dataclass(frozen=True)
class Loan:
    """The tokens of a loan: borrowed amount, extra percent, payment, count, period."""

    principal: Tok
    percent: Tok
    payment: Tok
    count: Tok
    period: str
    names: frozenset[str]
    rest_named: bool  # the text says the remaining amount is paid at the end
    ordinals: tuple[Tok, ...] = ()


def _sentences(doc):
    """Return the given sentences as lists."""
    return [list(s) for s in doc.given]


def read(doc) -> Loan | None:
    """Return the Loan of the given sentences, or None when a part cannot be placed."""
    lows = {t.low for t in doc.given_tokens if t.kind == "word"}
    if negated(lows) or lows & BLOCK or not lows & BORROW:
        return None
    if {"he", "she"} <= lows | set(doc.question_words) or lows & GROUP or \
            second_borrower(doc.given):
        return None  # "Ben and his sister ... each of them pays": who owes what?
    names = names_of(list(doc.given) + [doc.question])
    if names is None:
        return None
    found: dict[str, Tok] = {}
    period = ""
    for sentence in _sentences(doc):
        for i, tok in enumerate(sentence):
            if not tok.numeric:
                continue
            role, unit = _role(sentence, i)
            if role is None or role in found or (unit and period and unit != period):
                return None
            found[role] = tok
            period = period or unit
    if set(found) != {"principal", "percent", "payment", "count"}:
        return None
    if found["count"].value.denominator != 1:
        return None
    return Loan(found["principal"], found["percent"], found["payment"], found["count"],
                period, names, bool(lows & REST),
                tuple(t for t in doc.given_tokens if t.kind == "ordinal"))


def _role(sentence: list[Tok], i: int) -> tuple[str | None, str]:
    """Return (role, period word) of the numeric token at `i`."""
    tok = sentence[i]
    lows = [t.low for t in sentence]
    before = set(lows[:i])
    after = lows[i + 1:i + 3]
    if tok.kind == "percent":
        return ("percent", "") if _flat_percent(lows, i) else (None, "")
    if tok.kind == "money":
        if after[:1] and after[0] in EACH and after[1:] and after[1] in PERIODS:
            return "payment", after[1]
        if before & BORROW and lows[i - 1] in BORROW | {"of"}:
            return "principal", ""
        return None, ""
    unit = after[0].removesuffix("s") if after else ""
    if tok.kind == "number" and i > 0 and lows[i - 1] == "for" and unit in PERIODS:
        return "count", unit
    return None, ""


def _flat_percent(lows: list[str], i: int) -> bool:
    """Return True for "(return it) with an additional 10% (of the amount)": one extra
    percent of the amount borrowed, said with a repaying verb."""
    if not set(lows[:i]) & REPAY or not set(lows[max(0, i - 3):i]) & EXTRA:
        return False
    rest = [w for w in lows[i + 1:] if w not in (".", ",")]
    if not rest:
        return True
    if rest[0] == "interest" and len(rest) == 1:
        return True
    if rest[:2] not in (["of", "the"], ["of", "it"]):
        return False
    tail = set(rest[2:])
    return tail <= {"amount", "money", "loan", "he", "she", "they", "owed", "borrowed",
                    "sum"}


def asked(question: list[Tok], loan: Loan) -> bool:
    """Return True when the question asks what is left to pay, or the last payment in the
    period right after the equal ones (when the text says the rest is paid then)."""
    words = [t.low.removesuffix("'s") for t in question if t.kind == "word"]
    if any(t.numeric for t in question) or not words or words[0] not in ("how", "what"):
        return False
    if not all(w in ASK_OK or w in loan.names or w == loan.period for w in words):
        return False
    ordinals = [t for t in question if t.kind == "ordinal"]
    if any(t.low != o.low for t in loan.ordinals for o in ordinals[:1]):
        return False  # the rest is paid in another period than the one asked about
    if ordinals:
        number = ordinals[0].low.rstrip("stndrh")
        return len(ordinals) == 1 and loan.rest_named and loan.period in words and \
            number.isdigit() and int(number) == loan.count.value + 1 and \
            bool(set(words) & {"pay", "give", "paid"})
    return bool(set(words) & LEFT_ASK) and not set(words) & {"give"}
