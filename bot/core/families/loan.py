"""The loan family: an amount borrowed, repaid with a flat extra percent, in equal payments.

"Ava borrowed $1,000 and promised to pay it back with an additional 5%. She pays $80 a
month for 12 months. How much does she still owe?" The debt is the amount plus the one
flat percent of it (no rate per period); the payments are amount × count of periods; the
question asks what is left to pay, or what the last payment is ("the remaining amount is
paid in the 13th month"). Every number must have its place; a rate per period, a second
percent, a second payment or a question about something else makes the family step aside.
ORDER "after": only problems every earlier reader declined.
"""

from __future__ import annotations

ORDER = "after"


def solve(problem, text: str):
    """Return the Outcome of a flat-percent loan repaid in equal payments, or None."""
    from bot.core.arith import build, doc as docs
    from bot.core.families._loan_read import asked, read

    doc = docs.read(problem)
    if doc is None:
        return None
    loan = read(doc)
    if loan is None or not asked(list(doc.question), loan):
        return None
    show = build.show
    work = build.Work()
    principal, rate = loan.principal.value, loan.percent.value / 100
    extra = principal * rate
    owed = principal + extra
    paid = loan.payment.value * loan.count.value
    left = owed - paid
    if left < 0:
        return None
    work.step("loan_owed", f"Borrowed {loan.principal.text}, repaid with {loan.percent.text} "
              "more.", f"{show(principal)} \u00d7 {show(rate)} = {show(extra)}",
              f"{show(principal)} + {show(extra)} = {show(owed)}")
    work.step("loan_paid", f"{loan.payment.text} a {loan.period} for {loan.count.text} "
              f"{loan.period}s.", f"{show(loan.payment.value)} \u00d7 "
              f"{show(loan.count.value)} = {show(paid)}")
    work.step("loan_left", "Left to pay = what is owed \u2212 what was paid.",
              f"{show(owed)} \u2212 {show(paid)} = {show(left)}")
    work.reading.append("A loan with one flat extra percent, repaid in equal payments; the "
                        "question asks what is still to pay")
    label = " ".join(t.text for t in doc.question).rstrip(" ?.")
    return build.outcome(work, label, left, "dollars", text)
