"""Linear "how long until": a goal, an optional start and a steady rate in one unit ("has $50,
earns $10 a day, the bike costs $300" -> 25 days).

The goal is the amount named with cost/need/want/reach wording (or stated in the question),
the start the one named with has/is/already; anything else is declined. Three compositions
are read, each shown as a step:
- a shopping list in one sentence ("a book that costs $18, a pen that costs $3") is one goal,
  the sum of its prices;
- "p% of the cost of a $10000 car" makes the goal that share of the amount;
- several money incomes of one sentence ("$10 an hour from wages and another $15 an hour
  from tips") add up, and "40 hours a week" turns a rate per hour into one per week.
A fractional count of periods is rounded up (the goal is first reached at the end of that
period) with the exact value as the alternative. Otherwise the sibling models are tried in
turn: part of the income kept (until_net), an observed pace (until_observed), the time left
before a deadline (until_deadline), an outlay earned back (until_profit), a percent level
until full (until_full).
"""

from __future__ import annotations

import math
from fractions import Fraction

from bot.core.arith import rates
from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.target import read_target
from bot.core.arith.units import dimension, is_time, plural, size
from bot.core.negation import negated

GOAL = frozenset("cost costs need needs want wants goal reach target afford buy must "
                 "required requires".split())
START = frozenset("has have had already saved savings currently now today is starts "
                  "start".split())
BLOCKING = frozenset("""than twice half double triple times both together altogether each
every other extra then after before except remaining left spent spends lost gives
gave increases decreases quarter quarters thirds fraction fractions portion""".split())
# Words that make a second rate in a sentence a cost or an outflow, not another income.
OUTFLOW = frozenset("""spend spends spent pay pays paid use uses used lose loses eat eats give
gives leak leaks leaking drain drains burn burns withdraw withdraws costs cost while but minus
out""".split())


def _role(doc: Doc, quantity) -> str | None:
    """Return "goal" or "start" for an amount from the words of its sentence."""
    if quantity.question:
        return "goal"
    for tokens in doc.given:
        if any(id(t) in quantity.sources for t in tokens):
            words = [t.low for t in tokens]
            goal = bool(set(words) & GOAL) or any(
                a in ("has", "have", "needs") and b == "to" for a, b in zip(words, words[1:]))
            start = bool(set(words) & START)
            if goal:
                return "goal"
            return "start" if start else None
    return None


def _factor(unit: str, wanted: str) -> Fraction | None:
    """Return the factor turning an amount in `unit` into `wanted` (same dimension)."""
    if unit == wanted:
        return Fraction(1)
    if dimension(unit) is not None and dimension(unit) == dimension(wanted):
        return size(unit) / size(wanted)
    return None


def _sentence_of(doc: Doc, quantity) -> int | None:
    """Return the index of the given sentence stating a quantity (None for the question)."""
    for index, tokens in enumerate(doc.given):
        if any(id(t) in quantity.sources for t in tokens):
            return index
    return None


def _blocked(doc: Doc, flows: list) -> bool:
    """Return True when a word the model cannot account for is present ("another" is
    allowed right before a second income of the same sentence)."""
    words = set(doc.words)
    if "another" in words:
        tokens = doc.all_tokens
        starts = {f.sources[0] for f in flows[1:]}
        if not all(tokens[k + 1].numeric and id(tokens[k + 1]) in starts
                   for k, t in enumerate(tokens[:-1]) if t.low == "another"):
            return True
        words.discard("another")
    lows = [t.low for t in doc.all_tokens]
    if any(a in ("a", "one") and b == "third" for a, b in zip(lows, lows[1:])):
        return True  # "saves a third of it": a share no number states (until_net reads it)
    return bool(words & BLOCKING) or any(t.kind == "ordinal" for t in doc.all_tokens) or \
        any(negated(t.low for t in s) and any(t.numeric for t in s) for s in doc.given) or \
        _asks_change(doc)


# A number asked as an amount changed, not a level: "until it is 10 feet taller", "until he
# has earned $300" beside a start ("a total of $300" is a level).
CHANGED = frozenset("""taller shorter longer higher lower heavier lighter bigger smaller
earned saved collected grown gained added""".split())  # not "how many more weeks"


def _asks_change(doc: Doc) -> bool:
    """Return True when the question's number is an amount gained, not the level reached."""
    words = set(doc.question_words)
    return any(t.numeric for t in doc.question) and bool(words & CHANGED) and \
        "total" not in words


SUBJECTS = frozenset("""he she they we i you earns earn makes make gets get receives receive
is are was were""".split())
PRICE_WORDS = frozenset("costs cost for at of".split())
ALL_WORDS = frozenset("them all everything these those".split())


def _one_list(doc: Doc, goals: list) -> bool:
    """Return True for one goal, or for a price list the question buys as a whole.

    Each price must follow costs/cost/for/at ("a pen that costs $3"), so "costs $300 and was
    $350 last year" is not a list; the question must say "them", "all", or name the items in
    the plural ("his books"), so "how long until he can buy the bike" never adds the helmet.
    """
    if len(goals) == 1:
        return True
    index = _sentence_of(doc, goals[0])
    if index is None:
        return False
    tokens = list(doc.given[index])
    for goal in goals:
        k = next(k for k, t in enumerate(tokens) if id(t) == goal.sources[0])
        if k == 0 or tokens[k - 1].low not in PRICE_WORDS:
            return False
    from bot.core.arith.units import singular

    named = {t.low for t in tokens if t.kind == "word"}
    asked = doc.question_words[3:]
    return bool(set(asked) & ALL_WORDS) or any(
        w.endswith("s") and singular(w) != w and singular(w) in named for w in asked)


def _share(doc: Doc, goals: list, work: Work) -> tuple[Fraction, set] | None:
    """Return (share, used ids) for "p% of the cost of <goal>"; (1, {}) with no percent."""
    percents = [(i, k, t) for i, tokens in enumerate(doc.given)
                for k, t in enumerate(tokens) if t.kind == "percent"]
    if any(t.kind == "percent" for t in doc.question):
        return None
    if not percents:
        return Fraction(1), set()
    if len(percents) != 1 or len(goals) != 1:
        return None
    index, k, tok = percents[0]
    tokens = doc.given[index]
    after = [t.low for t in tokens[k + 1:k + 2]]
    goal_at = [j for j, t in enumerate(tokens) if id(t) in goals[0].sources]
    if after != ["of"] or not goal_at or goal_at[0] < k or \
            any(t.numeric for t in tokens[k + 1:goal_at[0]]):
        return None
    share = tok.value / 100
    work.step("goal_share", f"The goal is {tok.text} of {show(goals[0].value)}.",
              f"{show(goals[0].value)} \u00d7 {pct(share)} = {show(goals[0].value * share)}")
    return share, {id(tok)}


def _flow(doc: Doc, flows: list, work: Work):
    """Return the one rate, or None. Several rates add up only as incomes of money in one
    sentence, each later one marked "another" / "plus" ("$10 an hour from wages and another
    $15 an hour from tips"); two rates of work ("peels 6 a minute and sautes 3 a minute")
    are different activities and are left alone."""
    if not flows or len({f.unit for f in flows}) != 1:
        return None
    if len(flows) == 1:
        return flows[0].value
    sentence = {_sentence_of(doc, f) for f in flows}
    if len(sentence) != 1 or None in sentence or flows[0].unit_dict().get("dollar") != 1:
        return None
    tokens = list(doc.given[sentence.pop()])
    if {t.low for t in tokens} & OUTFLOW:
        return None
    firsts = [next(k for k, t in enumerate(tokens) if id(t) == f.sources[0]) for f in flows]
    if any(k == 0 or tokens[k - 1].low not in ("another", "plus") for k in firsts[1:]):
        return None
    for a, b in zip(firsts, firsts[1:]):
        between = tokens[a + 1:b - 1]
        joined = "and" in {t.low for t in between} or tokens[b - 1].low == "plus"
        if len(between) > 8 or not joined or any(
                t.low in SUBJECTS or t.text[:1].isupper() for t in between):
            return None  # "... and his sister earns another $3 an hour": a second earner
    total = sum(f.value for f in flows)
    work.step("add_rates", "The incomes of the same kind add up.",
              " + ".join(show(f.value) for f in flows) + f" = {show(total)}")
    return total


def _per_asked(converters: list, period: str, asked: dict, flow: Fraction, work: Work):
    """Return (rate per asked period, asked period) using "40 hours a week" when needed."""
    if asked in ({period: 1}, {"*time": 1}) and not converters:
        return flow, period
    if len(converters) != 1:
        return None
    conv = converters[0].unit_dict()
    inner = next((n for n, e in conv.items() if e == 1), "")
    outer = next((n for n, e in conv.items() if e == -1), "")
    if inner != period or asked != {outer: 1}:
        return None
    rate = flow * converters[0].value
    work.step("rate_per_period", f"Per {outer}: {show(converters[0].value)} "
              f"{plural(inner)} at {show(flow)} each.",
              f"{show(flow)} \u00d7 {show(converters[0].value)} = {show(rate)}")
    return rate, outer


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the number of periods until the goal is reached, or None."""
    from bot.core.arith.until_deadline import solve as deadline
    from bot.core.arith.until_full import solve as full
    from bot.core.arith.until_net import solve as net
    from bot.core.arith.until_observed import solve as observed
    from bot.core.arith.until_profit import solve as profit

    return _steady(doc) or net(doc) or observed(doc) or deadline(doc) or profit(doc) or \
        full(doc)


def _steady(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """A stated rate per period: periods until the goal, or None."""
    target = read_target(doc.question)
    sentences = rates._sentences(doc) if target else None
    if sentences is None:
        return None
    quantities = [q for s in sentences for q in s.quantities]
    flows = [q for q in quantities if len(q.unit) == 2 and any(
        e == -1 and is_time(n) for n, e in q.unit) and not all(is_time(n) for n, _ in q.unit)]
    converters = [q for q in quantities if len(q.unit) == 2 and
                  all(is_time(n) for n, _ in q.unit)]
    amounts = [q for q in quantities if len(q.unit) == 1 and q.unit[0][1] == 1]
    if len(flows) + len(converters) + len(amounts) != len(quantities) or not flows or \
            _blocked(doc, flows):
        return None
    roles = [(_role(doc, q), q) for q in amounts]
    goals = [q for r, q in roles if r == "goal"]
    starts = [q for r, q in roles if r == "start"]
    if len(goals) + len(starts) != len(roles) or len(starts) > 1 or not goals or \
            len({_sentence_of(doc, q) for q in goals}) != 1 or not _one_list(doc, goals):
        return None
    work = Work()
    shared = _share(doc, goals, work)
    flow = _flow(doc, flows, work)
    used = {i for q in quantities for i in q.sources} | (shared[1] if shared else set())
    if shared is None or flow is None or any(id(t) not in used for t in doc.numbers()):
        return None
    thing = next(n for n, e in flows[0].unit if e == 1)
    period = next(n for n, e in flows[0].unit if e == -1)
    factors = [_factor(q.unit[0][0], thing) for q in goals + starts]
    per = _per_asked(converters, period, target.unit_dict(), flow, work) \
        if None not in factors else None
    if per is None:
        return None
    goal = sum(q.value * f for q, f in zip(goals, factors)) * shared[0]
    start = starts[0].value * factors[-1] if starts else Fraction(0)
    return _count(work, goals, starts, flows, goal, start, per)


def _count(work: Work, goals, starts, flows, goal, start, per):
    """Write the goal, gap and division steps; round a fractional count up."""
    rate, period = per
    if goal - start <= 0 or rate <= 0:
        return None
    names = "; ".join(f"\u201c{q.text}\u201d" for q in goals)
    work.reading.append(f"Goal: {names}; start: "
                        f"{chr(8220) + starts[0].text + chr(8221) if starts else 'nothing'}; "
                        f"rate: {'; '.join(chr(8220) + f.text + chr(8221) for f in flows)}.")
    if len(goals) > 1:
        work.step("goal_sum", "The goal is the sum of the prices.",
                  " + ".join(show(q.value) for q in goals) +
                  f" = {show(sum(q.value for q in goals))}")
    gap = goal - start
    if starts:
        work.step("gap", "What is still missing = goal \u2212 start.",
                  f"{show(goal)} \u2212 {show(start)} = {show(gap)}")
    periods = gap / rate
    work.step("periods", f"Divide by the rate per {period}.",
              f"{show(gap)} \u00f7 {show(rate)} = {show(periods)}")
    if periods.denominator != 1:
        whole = Fraction(math.ceil(periods))
        work.step("round_up", f"The goal is first reached after {show(whole)} whole "
                  f"{plural(period)}.", f"\u2308{show(periods)}\u2309 = {show(whole)}")
        work.alternative(f"the exact (fractional) number of {plural(period)}", periods,
                         plural(period))
        periods = whole
    return work, periods, plural(period), f"{plural(period)} until the goal"
