"""Periods until a savings goal when only part of the income is kept: "Tom earns $20 a week
but spends $5 a week on snacks" (net 15) or "gets $20 a week and saves half of it" (net 10).

One income per period (earns / makes / gets / receives), then either spending per period in
the same unit (spends / pays / uses: subtracted) or a share of the income that is kept
("saves half of it", "puts 25% of it aside": multiplied), never both. The goal and an
optional start are read as in `until` (cost/need/want wording; has/already). Count =
⌈(goal − start) ÷ net⌉ with the exact quotient as the alternative. "saves $15 a week" beside
an income, a second income, a spending without a period, or anything else declines.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith import rates
from bot.core.arith.build import Work, pct, show
from bot.core.arith.target import read_target
from bot.core.arith.units import is_time
from bot.core.negation import negated

INCOME = frozenset("earns earn makes make gets get receives receive paid".split())
SPEND = frozenset("spends spend pays pay uses use gives give".split())
KEEP = frozenset("saves save puts put keeps keep sets set".split())
SHARE_WORDS = {"half": Fraction(1, 2), "third": Fraction(1, 3), "quarter": Fraction(1, 4)}
BLOCKING = frozenset("""twice double triple than more less fewer extra except both together
altogether instead then after before first remaining another plus other""".split())
# A second person whose money may or may not be the saver's.
OTHERS = frozenset("""sister brother mom mother dad father friend friends parents parent grandma
grandmother grandpa grandfather aunt uncle cousin wife husband son daughter boss neighbor
partner roommate""".split())
PRONOUNS = frozenset("he she they it i we you his her their".split())


def _one_person(doc) -> bool:
    """Return True when at most one person is named and no relative or friend appears."""
    if doc.words & OTHERS:
        return False
    names = {t.low for s in list(doc.given) + [doc.question] for k, t in enumerate(s)
             if t.kind == "word" and t.text[:1].isupper() and t.low not in PRONOUNS and
             (k > 0 or len(s) > 1 and s[1].kind == "word" and s[1].low in INCOME | SPEND | KEEP
              | {"has", "had", "wants", "is", "gets", "earns"})}
    return len(names) <= 1


def _verb(tokens: list, k: int) -> str:
    """Return the nearest income / spending / keeping verb within 5 words before k."""
    for tok in reversed(tokens[max(0, k - 5):k]):
        if tok.low in INCOME | SPEND | KEEP:
            return tok.low
    return ""


def _kept_share(doc):
    """Return (share, used ids, text) of "saves half of it" / "saves 25% of it", or None;
    (1, set(), "") when no share is stated."""
    found = []
    for tokens in map(list, doc.given):
        for k, tok in enumerate(tokens[:-2]):
            share = tok.value / 100 if tok.kind == "percent" else SHARE_WORDS.get(tok.low)
            if share is None:
                continue
            if tokens[k + 1].low != "of" or tokens[k + 2].low not in ("it", "that", "this"):
                return None  # "half of what is left": a share of something else
            if not any(t.low in KEEP for t in tokens[max(0, k - 3):k]):
                return None
            found.append((share, {id(tok)} if tok.kind == "percent" else set(),
                          " ".join(t.text for t in tokens[k:k + 3])))
    if len(found) > 1:
        return None
    return found[0] if found else (Fraction(1), set(), "")


def solve(doc):
    """Return (work, periods, unit, asked) for a net saving toward a goal, or None."""
    from bot.core.arith.until import _count, _role

    target = read_target(doc.question)
    sentences = rates._sentences(doc) if target else None
    if sentences is None or doc.words & BLOCKING or negated(doc.words) or \
            not _one_person(doc) or \
            any(t.kind == "ordinal" for t in doc.all_tokens):
        return None
    quantities = [q for s in sentences for q in s.quantities]
    flows = [q for q in quantities if len(q.unit) == 2 and q.unit_dict().get("dollar") == 1
             and any(e == -1 and is_time(n) for n, e in q.unit)]
    amounts = [q for q in quantities if q.unit == (("dollar", 1),)]
    if len(flows) + len(amounts) != len(quantities) or not flows:
        return None
    signed = _signed(doc, flows)
    kept = _kept_share(doc)
    if signed is None or kept is None:
        return None
    income, spending = signed
    share, share_ids, share_text = kept
    if (not spending) == (share == 1) or len({f.unit for f in flows}) != 1:
        return None  # neither (the plain model's) or both (order unknown)
    period = next(n for n, e in flows[0].unit if e == -1)
    if target.unit_dict() not in ({period: 1}, {"*time": 1}):
        return None
    roles = [(_role(doc, q), q) for q in amounts]
    goals = [q for r, q in roles if r == "goal"]
    starts = [q for r, q in roles if r == "start"]
    used = {i for q in quantities for i in q.sources} | share_ids
    if len(goals) != 1 or len(starts) > 1 or len(goals) + len(starts) != len(roles) or \
            any(id(t) not in used for t in doc.numbers()):
        return None
    work = Work()
    net = _net(work, income, spending, share, share_text, period)
    start = starts[0].value if starts else Fraction(0)
    return _count(work, goals, starts, flows, goals[0].value, start, (net, period))


def _signed(doc, flows):
    """Return (the one income, [spendings]) from each flow's verb, or None."""
    income, spending = [], []
    for flow in flows:
        for tokens in map(list, doc.given):
            ks = [k for k, t in enumerate(tokens) if id(t) == flow.sources[0]]
            if ks:
                verb = _verb(tokens, ks[0])
                if verb in INCOME:
                    income.append(flow)
                elif verb in SPEND:
                    spending.append(flow)
                else:
                    return None
    return (income[0], spending) if len(income) == 1 else None


def _net(work: Work, income, spending, share, share_text: str, period: str) -> Fraction:
    """Write and return the amount kept per period."""
    if spending:
        net = income.value - sum(s.value for s in spending)
        work.step("net_rate", f"Kept per {period} = income \u2212 spending.",
                  f"{show(income.value)} \u2212 " +
                  " \u2212 ".join(show(s.value) for s in spending) + f" = {show(net)}")
        return net
    net = income.value * share
    work.step("kept_share", f"Kept per {period}: \u201c{share_text}\u201d = {pct(share)} of "
              f"the income.", f"{show(income.value)} \u00d7 {pct(share)} = {show(net)}")
    return net
