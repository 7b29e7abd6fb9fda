"""A loan (or a purchase on a plan) with a flat interest charge, repaid in equal installments.

"Lena borrowed $1,200 and will repay it with an extra 5% of the amount. She pays $100 a month
for 12 months. How much does she still owe?" The total owed is the principal plus one flat
charge r% of it (no period on the rate: a per-month or per-year rate is a different model and
is declined; "an interest rate of 10%" with no period is read as one flat charge, as
grade-school problems mean it, with the yearly simple rate shown as the other reading). Three
questions are answered:

- the equal installment: total owed ÷ number of installments;
- the balance left after n payments of X: total owed − n·X;
- the final payment that clears the rest after n payments of X ("on the 12th month"): the
  same difference, when the named installment is the one right after the n payments;
- how many periods it takes to pay off at X a period: ⌈total owed ÷ X⌉.

Every number is placed (principal, count of items bought "for $X each", the rate, the
installment, the counts of periods) or the family declines. ORDER "after": the interest and
law pipelines see the problem first; this family only reads what they declined.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bot.core.frequency import skips_periods
from bot.core.arith.build import Work, outcome, pct, show
from bot.core.arith.units import singular
from bot.core.errors import NotUnderstood

ORDER = "after"
LOAN_VERBS = frozenset("borrowed borrows borrow owes owed loaned lent bought buys purchased "
                       "financed took loan".split())
PAY_VERBS = frozenset("pay pays paying paid give gives giving repay repays return returns "
                      "installment installments".split())
CHARGE_WORDS = frozenset("interest additional extra fee surcharge".split())
BASES = frozenset("amount money loan sum principal price cost total it debt".split())
PERIODS = ("month", "week", "year")
RATE_PERIOD_NOUNS = frozenset("month months year years week weeks day days annum".split())
CHARGE_NOUNS = frozenset("interest rate fee charge".split())
RATE_PERIOD_WORDS = frozenset("annual annually monthly yearly weekly daily".split())
BLOCKING = frozenset("""twice half double triple compound compounded compounding discount
down deposit downpayment except tax tip saves earns earn save not never no more less fewer
first""".split())
PRONOUNS = frozenset("he she they it i we you his her their a an the if for how what".split())
REST_WORDS = frozenset("remaining left still balance owe owes rest".split())
PER_WORDS = frozenset("each per every a".split())


@dataclass
class Loan:
    """The placed numbers: principal, charge, installment, counts of periods."""

    principal: Fraction = Fraction(0)
    principal_text: str = ""
    items: Fraction | None = None
    rate: object = None
    payment: object = None
    period: str = ""
    counts: list = field(default_factory=list)
    ordinal: object = None
    used: set = field(default_factory=set)
    yearly_reading: bool = False  # "an interest rate of 10%" might be meant per year


def solve(problem, text: str):
    """Return the installment, balance or final payment of a flat-charge loan, or None."""
    from bot.core.arith import doc as docs

    doc = docs.read(problem)
    if doc is not None and skips_periods([t.low for t in doc.all_tokens]):
        return None  # "every other day", "twice a week": not one change per period
    if doc is None or not _signature(doc):
        return None
    blocked = sorted(doc.words & BLOCKING)
    if blocked or any(w.endswith("n't") for w in doc.words):
        raise NotUnderstood("a word the installment model does not cover",
                            blocked[0] if blocked else "n't",
                            "a loan, one flat charge and equal payments")
    if not _one_borrower(doc):
        raise NotUnderstood("who owes and who pays", " ".join(doc.question_words),
                            "one borrower who makes the payments")
    loan = _place(doc)
    asked = _asked(doc, loan)
    return _answer(loan, asked, text)


def _one_borrower(doc) -> bool:
    """Return False when two people may act: "he" and "she" both, or two names ("Ava
    borrowed from Ben ... Ben pays"), or a group of payers ("Ben and his sister", "each of
    them"). A relative named by a noun as the lender ("from his sister") is fine."""
    from bot.core.families._loan_read import group_payers

    words = doc.words
    if words & {"he", "his", "him"} and words & {"she", "her", "hers"} or group_payers(doc):
        return False  # "Ben and his sister borrowed ...; each of them pays"
    names = set()
    for tokens in list(doc.given) + [doc.question]:
        for k, tok in enumerate(tokens):
            if tok.kind != "word" or not tok.text[:1].isupper() or tok.low in PRONOUNS or \
                    tok.text.isupper():
                continue  # "TV", "USA": a thing, not a person
            nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
            if k > 0 or nxt in LOAN_VERBS | PAY_VERBS or nxt.endswith("'s") or nxt == "'s":
                names.add(tok.low.removesuffix("'s"))
    return len(names) <= 1


def _signature(doc) -> bool:
    """Return True for a loan or purchase, one percent charge and a repayment wording."""
    words = doc.words
    return bool(words & LOAN_VERBS) and bool(words & PAY_VERBS) and \
        bool(words & CHARGE_WORDS) and any(t.kind == "percent" for t in doc.all_tokens) and \
        any(singular(w) in PERIODS or w in ("monthly", "weekly", "yearly") for w in words)


def _sentences(doc) -> list[list]:
    """Return the given sentences and the question as token lists."""
    return [list(s) for s in doc.given] + [list(doc.question)]


def _words(tokens, start: int, stop: int) -> list[str]:
    """Return the lower-case words of tokens[start:stop] (bounds clipped)."""
    return [t.low for t in tokens[max(0, start):max(0, stop)] if t.kind == "word"]


def _place(doc) -> Loan:
    """Give every stated number its role, or decline naming the one without a role."""
    loan = Loan()
    for tokens in _sentences(doc):
        for k, tok in enumerate(tokens):
            if tok.kind == "money":
                _place_money(loan, tokens, k)
            elif tok.kind == "percent":
                _place_rate(loan, tokens, k)
    if loan.payment is not None:
        loan.period = loan.payment[1]
    for tokens in _sentences(doc):
        for k, tok in enumerate(tokens):
            if tok.kind in ("number", "ordinal") and id(tok) not in loan.used:
                _place_count(loan, tokens, k)
    if not loan.principal_text or loan.rate is None:
        raise NotUnderstood("which amount is borrowed and which charge applies",
                            doc.text.strip()[:60], "one borrowed amount and one flat charge")
    return loan


def _place_money(loan: Loan, tokens, k: int) -> None:
    """Place a money amount as the principal (after borrowed/bought) or the installment."""
    tok = tokens[k]
    period = _per_period(tokens, k + 1)
    if period and set(_words(tokens, 0, k)) & PAY_VERBS:
        if loan.payment is not None:
            raise NotUnderstood("a second installment amount", tok.text)
        loan.payment = (tok, period)
        loan.used.add(id(tok))
        return
    before = _words(tokens, k - 6, k)
    if set(before) & LOAN_VERBS and not loan.principal_text:
        loan.principal, loan.principal_text = tok.value, tok.text
        loan.used.add(id(tok))
        if _words(tokens, k + 1, k + 2) == ["each"]:
            _place_items(loan, tokens, k)
        return
    raise NotUnderstood("what this amount of money is in the loan", tok.text,
                        "the amount borrowed or the payment per period")


def _place_items(loan: Loan, tokens, k: int) -> None:
    """"bought 5 phones for $150 each": the principal is the count times the price."""
    counts = [t for t in tokens[:k] if t.kind == "number"]
    if len(counts) != 1:
        raise NotUnderstood("how many items were bought", tokens[k].text + " each")
    loan.items = counts[0].value
    loan.used.add(id(counts[0]))
    loan.principal *= loan.items


def _per_period(tokens, j: int) -> str:
    """Return the period of "a month" / "per week" / "every month" / "monthly" at j, or ""."""
    words = _words(tokens, j, j + 2)
    if words[:1] == ["monthly"] and j < len(tokens) and tokens[j].kind == "word":
        return "month"
    if len(words) == 2 and words[0] in PER_WORDS and singular(words[1]) in PERIODS and \
            tokens[j].kind == "word" and tokens[j + 1].kind == "word":
        return singular(words[1])
    return ""


def _place_rate(loan: Loan, tokens, k: int) -> None:
    """Place the one flat charge; decline a rate per period or a charge on another base."""
    tok = tokens[k]
    if loan.rate is not None:
        raise NotUnderstood("a second percentage in the loan", tok.text)
    if _rate_period(tokens, k):
        raise NotUnderstood("a rate charged per period", tok.text,
                            "one flat charge on the amount borrowed")
    if _words(tokens, k + 1, k + 2) == ["off"]:
        raise NotUnderstood("a price cut", tok.text + " off", "a charge added to the loan")
    if not set(_words(tokens, 0, len(tokens))) & CHARGE_WORDS:
        raise NotUnderstood("what this percentage is in the loan", tok.text)
    after = _words(tokens, k + 1, k + 4)
    if after[:1] == ["of"]:
        base = [w for w in after[1:] if w not in ("the", "his", "her", "their")]
        if not base or base[0] not in BASES:
            raise NotUnderstood("what the percentage is taken of", tok.text + " of",
                                "a charge on the amount borrowed")
    loan.rate = tok
    loan.used.add(id(tok))
    loan.yearly_reading = "rate" in _words(tokens, 0, len(tokens))


def _rate_period(tokens, k: int) -> bool:
    """Return True for "5% per month", "5% monthly", "monthly interest of 5%", "annual
    rate"; "a 4-month plan with 10% interest" and "12 monthly installments with a 5%
    charge" name the plan's length, not the rate's period."""
    start = max(0, k - 4)
    window = tokens[start:k + 4]
    for j, tok in enumerate(window):
        if tok.kind != "word":
            continue
        nxt = window[j + 1].low if j + 1 < len(window) else ""
        if tok.low in RATE_PERIOD_WORDS and (start + j == k + 1 or nxt in CHARGE_NOUNS):
            return True
        if tok.low in RATE_PERIOD_NOUNS and j > 0 and \
                window[j - 1].low in ("a", "an", "per", "each", "every", "/", "p"):
            return True
    return False


def _place_count(loan: Loan, tokens, k: int) -> None:
    """Place "for 12 months" / "a 3-month plan" / "on the 12th month" (period counts)."""
    tok = tokens[k]
    unit = singular(tokens[k + 1].text) if k + 1 < len(tokens) and \
        tokens[k + 1].kind == "word" else ""
    unit = {"monthly": "month", "weekly": "week", "yearly": "year"}.get(unit, unit)
    if unit in PERIODS and (not loan.period or unit == loan.period):
        loan.period = unit
        if tok.kind == "ordinal":
            if loan.ordinal is not None and loan.ordinal.text != tok.text:
                raise NotUnderstood("which installment is asked", tok.text)
            loan.ordinal = tok
        else:
            loan.counts.append(tok)
        loan.used.add(id(tok))
        return
    raise NotUnderstood("what this number is in the loan", tok.text,
                        "a number of months (or weeks) of payments")


def _asked(doc, loan: Loan) -> str:
    """Return "installment", "balance" or "final" from the question and the placed numbers."""
    words = set(doc.question_words)
    if _asks_periods(doc, loan):
        return "periods"
    if "how" not in words or "much" not in words:
        raise NotUnderstood("what is asked about the loan", " ".join(doc.question_words))
    counts = {t.value for t in loan.counts}
    if len(counts) != 1:
        raise NotUnderstood("over how many periods the loan is repaid",
                            ", ".join(t.text for t in loan.counts) or loan.period)
    if loan.payment is None:
        per = {singular(w) for w in words} & set(PERIODS) | \
            {w[:-2] for w in words if w in ("monthly", "weekly")}
        if not per and words & {"installment", "payment"}:
            per = {loan.period}  # "how much is each installment"
        if loan.ordinal is None and words & PAY_VERBS and per == {loan.period} and (
                words & {"each", "per", "every", "monthly", "weekly"}):
            return "installment"
    elif loan.ordinal is not None or words & {"last", "final"}:
        if words & PAY_VERBS and (loan.ordinal is None or
                                  _ordinal_value(loan.ordinal) == next(iter(counts)) + 1):
            return "final"
    elif words & REST_WORDS:
        return "balance"
    raise NotUnderstood("what is asked about the loan", " ".join(doc.question_words),
                        "the payment per period, the balance left, or the final payment")


def _asks_periods(doc, loan: Loan) -> bool:
    """Return True for "how many months will it take to pay it off" (payment known, no count
    of periods and no ordinal stated)."""
    words = doc.question_words
    if loan.payment is None or loan.counts or loan.ordinal is not None or "how" not in words:
        return False
    h = words.index("how")
    return words[h + 1:h + 2] == ["many"] and \
        singular(words[h + 2] if h + 2 < len(words) else "") == loan.period and \
        bool({"off", "repay", "clear", "return", "back"} & set(words))


def _ordinal_value(tok) -> int | None:
    """Return 12 for the ordinal token "12th" (digits only), None otherwise."""
    digits = "".join(ch for ch in tok.text if ch.isdigit())
    return int(digits) if digits else None


def _answer(loan: Loan, asked: str, text: str):
    """Work out the total owed and the asked amount, with the steps."""
    work = Work()
    principal = loan.principal
    if loan.items is not None:
        work.step("principal", "The amount financed is the count of items times the price.",
                  f"{show(loan.items)} \u00d7 {show(principal / loan.items)} = {show(principal)}")
    rate = loan.rate.value / 100
    charge = principal * rate
    owed = principal + charge
    work.reading.append(f"Borrowed {show(principal)} dollars with one flat charge of "
                        f"{loan.rate.text} of it, repaid per {loan.period}.")
    work.step("flat_charge", f"The charge is {loan.rate.text} of the amount, once.",
              f"{show(principal)} \u00d7 {pct(rate)} = {show(charge)}")
    work.step("total_owed", "Total to repay = amount + charge.",
              f"{show(principal)} + {show(charge)} = {show(owed)}")
    if asked == "periods":
        return _periods(work, loan, owed, text)
    n = loan.counts[0].value
    if asked == "installment":
        each = owed / n
        work.step("equal_installments", f"Split it into {show(n)} equal payments.",
                  f"{show(owed)} \u00f7 {show(n)} = {show(each)}")
        if loan.yearly_reading and loan.period == "month":
            yearly = principal * (1 + rate * n / 12) / n
            work.alternative(f"{loan.rate.text} read as a yearly simple rate for "
                             f"{show(n)} months", yearly, "dollars")
        return outcome(work, f"payment per {loan.period}", each, "dollars", text)
    payment = loan.payment[0].value
    paid = payment * n
    rest = owed - paid
    work.step("paid_so_far", f"Paid in {show(n)} payments of {show(payment)}.",
              f"{show(payment)} \u00d7 {show(n)} = {show(paid)}")
    if rest <= 0:
        raise NotUnderstood("a balance left after the payments", loan.payment[0].text,
                            "payments that do not already clear the loan")
    work.step("balance", "What is left = total owed \u2212 paid so far.",
              f"{show(owed)} \u2212 {show(paid)} = {show(rest)}")
    name = "final payment" if asked == "final" else "balance left"
    return outcome(work, name, rest, "dollars", text)


def _periods(work: Work, loan: Loan, owed, text: str):
    """Whole payments until the total owed is repaid: ⌈owed ÷ payment⌉ (the last payment may
    be smaller; the exact quotient is the alternative)."""
    import math

    payment = loan.payment[0].value
    exact_count = owed / payment
    work.step("payments_needed", f"Payments of {show(payment)} needed.",
              f"{show(owed)} \u00f7 {show(payment)} = {show(exact_count)}")
    whole = Fraction(math.ceil(exact_count))
    if whole != exact_count:
        work.step("round_up", f"The loan is cleared in payment number {show(whole)} (a "
                  "smaller last payment).", f"\u2308{show(exact_count)}\u2309 = {show(whole)}")
        work.alternative(f"the exact number of {loan.period}s", exact_count, f"{loan.period}s")
    return outcome(work, f"{loan.period}s to repay", whole, f"{loan.period}s", text)
