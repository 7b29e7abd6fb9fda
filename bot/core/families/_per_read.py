"""Reading of the periodic family: payments per period, one percent on them, a horizon.

A payment is money followed by its period ("$120 a month", "$300/month", "$25 per week");
the percent compares what is paid with those payments ("60% more than normal", "50% more
than the minimum", "raised by 10%"); the question asks what is paid over a horizon ("in a
year", "each month", "over 6 months"). Every number must have one of these places, and the
percent's sentence may only name the payments, their owner or the comparison; else None.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.tokens import Tok
from bot.core.families import _deal_words as D
from bot.core.families._deal_percent import Change, percent_change
from bot.core.families._deal_read import names_of, stem
from bot.core.families._per_bonus import Bonus, bonus_of
from bot.core.families._per_phase import PHASE_WORDS, Phases, phases
from bot.core.negation import negated

PERIODS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year"}
# How many of the first period make one of the second (only exact calendar facts).
PER = {("week", "year"): Fraction(52), ("month", "year"): Fraction(12),
       ("day", "week"): Fraction(7)}
EACH = frozenset("a an per each every /".split())
BLOCK = frozenset("""interest compound compounded twice half double triple times both together
instead would could share split average ratio left remaining rest save saved change refund
first last next other after then later until starting start begins beginning previous
originally before bonus once tax tip discount off hour hours""".split())
REFS = frozenset("""minimum minimums normal usual regular standard price cost amount payment
payments rate bill bills fee fees charge""".split())
PAY = frozenset("""pay pays paid paying spend spends spent cost costs charged charges wants
want decides decided plans planned chooses chose has have had will""".split())
NOW = frozenset("now currently new already".split())
# Earnings: a payment received. A story of earnings has exactly one payment, said with one
# of these words, and its question asks what is earned (never mixed with what is paid).
EARN = frozenset("""earn earns earned earning make makes made salary wage wages income
paycheck""".split())
# In a phased story: "then" between the phases, "the initial amount".
PHASE_OK = frozenset("then initial money".split())
# Who charges the payment may be named where its price changes ("the landlord raised it").
SELLERS = frozenset("company service provider store shop gym landlord owner".split())
REASON = frozenset("since because as".split())
PRONOUNS = frozenset("it this that they".split())


@dataclass(frozen=True)
class Periodic:
    """Payments (money tokens) per `period`, the one percent change, the actor's names."""

    payments: tuple[Tok, ...]
    period: str
    change: Change
    names: frozenset[str]
    nouns: frozenset[str]
    earned: bool = False  # the payment is earned (a salary, a wage), not paid out
    phases: Phases | None = None  # stated payment first, the changed one for the rest
    bonus: Bonus | None = None  # a one-off bonus added once to the earnings


def read(doc) -> Periodic | None:
    """Return the Periodic reading of the given sentences, or None."""
    all_lows = {t.low for t in doc.given_tokens if t.kind == "word"}
    if negated(all_lows) or {"he", "she"} <= all_lows | set(doc.question_words):
        return None
    names = names_of(list(doc.given) + [doc.question])
    if names is None:
        return None
    payments, changes, periods, homes, counts = [], [], set(), [], []
    bonuses, kept = [], []
    for sentence in (list(s) for s in doc.given):
        if "bonus" in {t.low for t in sentence}:
            bonuses.append(sentence)  # read once the period is known
            continue
        kept.append(sentence)
        for i, tok in enumerate(sentence):
            if tok.kind == "money" and _period_after(sentence, i):
                payments.append(tok)
                periods.add(_period_after(sentence, i))
                homes.append(sentence)
            elif tok.kind == "percent":
                change = percent_change(sentence, i, D.THAN_OK | REFS)
                if change is None or change.sale:
                    return None
                changes.append((change, sentence, i))
            elif tok.numeric:
                counts.append(tok)
    if not payments or len(changes) != 1 or len(periods) != 1:
        return None
    period = periods.pop()
    bonus = [bonus_of(b, period) for b in bonuses]
    if len(bonus) > 1 or None in bonus:
        return None
    change, sentence, at = changes[0]
    split = None
    if {t.low for s in kept for t in s} & PHASE_WORDS:
        split = phases([t for s in kept for t in s], period, change.tok)
        if split is None:
            return None
    if [t for t in counts if split is None or t is not split.count]:
        return None  # a number that is neither a payment, the percent nor a phase length
    markers = split.markers if split else frozenset()
    lows = {t.low for s in kept for t in s if t.kind == "word" and id(t) not in markers}
    if lows & (BLOCK - (PHASE_OK if split else frozenset()) | D.PEOPLE | D.NUMBER_WORDS):
        return None
    if not _periods_only_of_payments(kept, period, markers):
        return None
    if change.of_price or (change.sign < 0 and change.pct >= 100):
        return None
    home_words = {stem(t.text) for s in homes for t in s if t.kind == "word"}
    earned = [bool(_payment_clause(h, t) & EARN) for t, h in zip(payments, homes)]
    if any(earned) and (len(payments) > 1 or (home_words & PAY_STEMS)):
        return None  # earnings beside payments: which one does the percent change?
    if _names_one_payment(sentence, payments, homes):
        return None
    if any(sentence is home for home in homes) and "than" in {t.low for t in sentence}:
        return None  # "pays $132 a month, 10% more than normal": which one is stated?
    if any({t.low for t in home} & NOW for home in homes):
        return None  # "now pays $132 a month": the payment may already be changed
    if not _about_payments(sentence, at, home_words, names, any(earned), markers):
        return None
    if bonus and (not any(earned) or split is not None):
        return None  # a bonus beside payments made, or beside phases: not read
    return Periodic(tuple(payments), period, change, names, frozenset(home_words),
                    any(earned), split, bonus[0] if bonus else None)


PAY_STEMS = frozenset("pay paid spend spent cost charged charge rent bill fee".split())


def _payment_clause(sentence: list[Tok], tok: Tok) -> set[str]:
    """Return the word stems of the clause holding payment `tok` (cut at , ; and)."""
    at = next(i for i, t in enumerate(sentence) if t is tok)
    cuts = [i for i, t in enumerate(sentence) if t.text in (",", ";", ".") or t.low == "and"]
    start = max([i for i in cuts if i < at], default=-1) + 1
    end = min([i for i in cuts if i > at], default=len(sentence))
    return {stem(t.text) for t in sentence[start:end] if t.kind == "word"}


def _names_one_payment(sentence: list[Tok], payments, homes) -> bool:
    """Return True when the percent's sentence names a word that belongs to one payment's
    clause only ("her power bill rose 10%" beside a water bill): the percent is then of
    that payment, not of their sum."""
    if len(payments) < 2:
        return False
    clauses = [_payment_clause(home, tok) for tok, home in zip(payments, homes)]
    shared = set.intersection(*clauses)
    own = set().union(*clauses) - shared - D.FUNCTION - REFS - PAY
    words = {stem(t.text) for t in sentence if t.kind == "word"}
    return bool(words & own)


def _period_after(sentence: list[Tok], i: int) -> str:
    """Return the period of "$120 a month" / "$300/month" at money `i`, or ""."""
    nxt = [t.low if t.kind == "word" else t.text for t in sentence[i + 1:i + 3]]
    if len(nxt) == 2 and nxt[0] in EACH and nxt[1] in PERIODS:
        return PERIODS[nxt[1]]
    return ""


def _periods_only_of_payments(given, period: str, markers: frozenset) -> bool:
    """Return True when every period word of the text (outside the phase markers) is the
    payments' period (a second period, "after 6 months", would split the horizon)."""
    return all(PERIODS[t.low] == period for s in given for t in s
               if t.kind == "word" and t.low in PERIODS and id(t) not in markers)


def _about_payments(sentence: list[Tok], at: int, home: set, names, earned: bool,
                    markers: frozenset = frozenset()) -> bool:
    """Return True when the percent's sentence speaks of the payments only: its words are
    function words, directions, paying verbs, the comparison ("than the minimum"), the
    owner, or words of the payment sentences. A reason clause before "it" ("Since he had
    an accident, it was 60% more") is skipped. Words of earnings ("salary", "got a raise")
    are allowed only when the payment is earned (`earned`)."""
    words = [t.low if t.kind == "word" else t.text for t in sentence[:at]]
    start = 0
    if words and words[0] in REASON:
        pronoun = [k for k, w in enumerate(words) if w in PRONOUNS]
        if not pronoun:
            return False
        start = pronoun[0]
    allowed = (D.FUNCTION | D.AFTER_UP | D.AFTER_DOWN | D.VERB_UP | D.VERB_DOWN | D.THAN_OK
               | REFS | PAY | names | PRONOUNS | {"than", "by", "up", "down", "if"}
               | (EARN | {"got", "gets", "get", "received"} if earned else frozenset()))
    rest = [t.low for t in sentence[start:] if t.kind == "word" and id(t) not in markers]
    allowed = allowed | SELLERS | (PHASE_OK if markers else frozenset())
    return all(w in allowed or stem(w) in home for w in rest)
