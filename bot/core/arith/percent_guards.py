"""Guards and side readings of the percent model (percents.py): wordings it would misread
(a percent negated, a profit on the selling price, a resale chain, the change's own amount,
a price stated as a percent of another), and numbers that only say when ("in 1990", "ten
years later", "in one month") so that they can be listed as not needed.
"""

from __future__ import annotations

from bot.core.arith.doc import Doc
from bot.core.arith.tokens import Tok
from bot.core.negation import negated

CHANGE_NOUNS = frozenset("discount tip tax fee commission profit premium surcharge raise "
                         "markup".split())
PROFIT_CUES = frozenset("profit gain loss lose loses".split())


def negated_percent(doc: Doc) -> bool:
    """Return True when a sentence stating a percent also negates ("did not sell it at a 20%
    profit"): the change would be applied as if stated. "There is no tip." stays readable."""
    return any(negated([t.low for t in tokens]) for tokens in doc.given
               if any(t.kind == "percent" for t in tokens))

def later_spans_only(doc: Doc, blocked: set[str]) -> bool:
    """Return True when every blocking word is the unit of "N years later/ago" (when a
    value was seen, which a percent change between two values does not use)."""
    tokens = doc.all_tokens
    for k, tok in enumerate(tokens):
        if tok.kind == "word" and tok.low in blocked:
            if not (k and tokens[k - 1].kind == "number" and tokens[k + 1:k + 2] and
                    tokens[k + 1].low in ("later", "ago")):
                return False
    return True

SPAN_BEFORE = frozenset("in for within over".split())


def one_spans(doc: Doc) -> list[Tok] | None:
    """Return the "in 1 month" / "for one day" numbers when every number that counts time
    is one such span of a single unit: each change then happens once in it, so it does not
    enter the arithmetic. None when any other time count is stated."""
    from bot.core.arith.units import is_time, singular

    tokens = doc.all_tokens
    spans, units = [], set()
    for k, tok in enumerate(tokens[:-1]):
        if tok.kind != "number" or not is_time(singular(tokens[k + 1].text)):
            continue
        if tokens[k + 2:k + 3] and tokens[k + 2].low in ("later", "ago"):
            continue
        if tok.value != 1 or not k or tokens[k - 1].low not in SPAN_BEFORE:
            return None
        spans.append(tok)
        units.add(singular(tokens[k + 1].text))
    return spans if len(units) == 1 else None

CHANGE_AMOUNT_VERBS = frozenset("came amounted amounts amount saved saves save totaled "
                                "totalled equals equaled equalled was is were".split())


def amount_of_change(doc: Doc) -> bool:
    """Return True for "A 5% tax on a meal came to $3", "a 20% discount saved her $12": the
    amount is the change's own amount (the whole is asked, not the amount after it)."""
    for tokens in doc.given:
        for k, tok in enumerate(tokens[:-1]):
            if tok.kind != "percent" or not _change_noun_at(tokens, k):
                continue
            for j in range(k + 1, len(tokens)):
                if tokens[j].kind == "money":
                    between = {t.low for t in tokens[k + 1:j]}  # "a discount of 15% saved"
                    if between & CHANGE_AMOUNT_VERBS:
                        return True
                    break
    return False

def _change_noun_at(tokens, k: int) -> bool:
    """Return True when the percent at `k` names a change: "5% tax", "6% sales tax",
    "20% off", or "a discount of 15%"."""
    nouns = CHANGE_NOUNS | {"off", "reduction"}
    after = [t.low for t in tokens[k + 1:k + 3]]
    if after[:1] and after[0] in nouns or after[:1] == ["sales"] and after[1:] == ["tax"]:
        return True
    return k >= 2 and tokens[k - 1].low == "of" and tokens[k - 2].low in nouns


def trade_unsafe(doc: Doc) -> bool:
    """Return True for trade wordings these models would misread: a profit or loss percent
    "on the selling price" (not on the cost), an amount of profit ("a profit of $50"), a
    sale to a second party who sells again
    ("A sold it to B at a 20% profit. B sold it for $360")."""
    tokens = doc.given_tokens
    given = [t.low for t in tokens]
    for k, word in enumerate(given):
        if word in PROFIT_CUES and {"selling", "sale"} & set(given[k + 1:k + 7]):
            return True
        if tokens[k].kind == "money" and set(given[max(0, k - 2):k]) & PROFIT_CUES:
            return True  # "a profit of $50": the amount of the change, not the base
    from bot.core.arith.trade_read import price_ratio, words_of

    if amount_of_change(doc):
        return True

    for sentence in doc.given:
        words = words_of(sentence)
        if any(w == "%#" and price_ratio(words, k) for k, w in enumerate(words)):
            return True  # "the cost price is 80% of the selling price": two prices
    sales = [k for k, word in enumerate(given) if word in ("sold", "sells", "sell")]
    return len(sales) > 1 and any("to" in given[k + 1:k + 5] for k in sales)

YEAR_BEFORE = frozenset("in since by from until of".split())
RATE_ASK = frozenset("per yearly annual annually average each every monthly".split())


def when(doc, amounts):
    """Return the numbers that only say when: a calendar year ("in 1990") or how long
    after ("10 years later"); the percent change between two values does not use them."""
    from bot.core.arith.units import is_time, singular

    tokens = doc.all_tokens
    index = {id(t): k for k, t in enumerate(tokens)}
    found = []
    for tok in amounts:
        if tok.kind != "number" or tok.value.denominator != 1:
            continue
        k = index[id(tok)]
        before = tokens[k - 1].low if k else ""
        after = [t.low for t in tokens[k + 1:k + 3]]
        if before in YEAR_BEFORE and 1800 <= tok.value <= 2100:
            found.append((tok, "a calendar year: when a value was seen"))
        elif after[:1] and is_time(singular(after[0])) and after[1:] in (["later"], ["after"],
                                                                        ["ago"]):
            found.append((tok, "how much later: the percent change does not depend on it"))
    return found


# Money wordings the percent-change model does not carry (money red team): a difference
# asked ("how much more would she pay"), a payment per period asked over another horizon
# ("$25 a week ... in a year"), a percent on one of several items ("20% off the second
# shirt", "off the shirts only"), and the price a change is taken of asked back when the
# stated amount follows that change ("a 10% discount on the marked price, sells it for
# $1,350; the marked price?").
DIFFERENCE_ASK = frozenset("more less extra fewer".split())
PERIOD_WORDS = {"day": "day", "days": "day", "daily": "day", "week": "week", "weeks": "week",
                "weekly": "week", "month": "month", "months": "month", "monthly": "month",
                "year": "year", "years": "year", "yearly": "year", "annually": "year"}
ONE_ITEM = frozenset("second third fourth fifth last cheapest other only".split())
BASE_NAMES = frozenset("original marked list listed regular initial".split())


def money_unsafe(doc: Doc) -> bool:
    """Return True for a money wording above: the percent model then declines."""
    question = [t.low for t in doc.question]
    if {"how"} <= set(question) and set(question) & DIFFERENCE_ASK and \
            set(question) & {"much", "many"} and not _plain_change_ask(doc, question):
        return True
    if _other_horizon(doc, question):
        return True
    for sentence in doc.given:
        lows = [t.low for t in sentence]
        for k, tok in enumerate(sentence):
            if tok.kind != "percent":
                continue
            if _one_item(sentence, lows) and _has_money(doc):
                return True
            if _paid_after(lows, k, sentence) and not set(question) & ASKS_BEFORE:
                return True  # "bought it at 30% off and paid $49": $49 is after the change
            named = set(lows[k + 1:k + 6]) & BASE_NAMES
            if named & set(question) and _amount_after(sentence, k):
                return True
    return False


PLAIN_BLOCKERS = frozenset("than without if would instead other at".split())


def _plain_change_ask(doc: Doc, question: list[str]) -> bool:
    """Return True for "how much more does it cost now" after one percent on one amount:
    the difference asked is the change itself, which percent_asks reads. A second percent
    or amount, or "than", "without", "would", "at" in the question, keeps the guard."""
    tokens = doc.all_tokens
    percents = sum(t.kind == "percent" for t in tokens)
    amounts = sum(t.kind in ("money", "number") for t in tokens)
    return percents == 1 and amounts == 1 and "now" in question and \
        not set(question) & PLAIN_BLOCKERS


def _has_money(doc: Doc) -> bool:
    """Return True when the problem states an amount of money."""
    return any(t.kind == "money" for t in doc.all_tokens)


def _one_item(sentence, lows: list[str]) -> bool:
    """Return True when the sentence singles out one item ("the second shirt", "the shirts
    only"); an ordinal of a period ("the first year") is a time, not an item."""
    for j, tok in enumerate(sentence):
        if tok.kind == "ordinal" or tok.low in ONE_ITEM:
            nxt = lows[j + 1] if j + 1 < len(lows) else ""
            if nxt not in PERIOD_WORDS and nxt != "half":
                return True
    return False


PAID_VERBS = frozenset("paid pays pay paying spent spends sold sells got gets".split())
ASKS_BEFORE = frozenset("original originally before marked list listed regular usual "
                        "normal initial".split())


def _paid_after(lows: list[str], k: int, sentence) -> bool:
    """Return True when a paying verb and then money follow the percent at `k` in its
    sentence: the money is what was paid once the change was made."""
    for j in range(k + 1, len(sentence)):
        if sentence[j].kind == "money":
            return bool(set(lows[k + 1:j]) & PAID_VERBS)
    return False


def _amount_after(sentence, k: int) -> bool:
    """Return True when money follows the percent at `k` in its sentence."""
    return any(t.kind == "money" for t in sentence[k + 1:])


def _other_horizon(doc: Doc, question: list[str]) -> bool:
    """Return True when money is paid per period ("$25 a week") and the question names a
    period that is not that one, or a count of periods ("in a year", "for 4 weeks")."""
    periods = set()
    for sentence in doc.given:
        lows = [t.low for t in sentence]
        for k, tok in enumerate(sentence):
            if tok.kind == "money" and lows[k + 1:k + 2] and lows[k + 1] in (
                    "a", "an", "per", "each", "every", "/") and lows[k + 2:k + 3] and \
                    lows[k + 2] in PERIOD_WORDS:
                periods.add(PERIOD_WORDS[lows[k + 2]])
    if not periods:
        return False
    asked = {PERIOD_WORDS[w] for w in question if w in PERIOD_WORDS}
    counted = any(t.numeric for t in doc.question)
    return bool(asked - periods) or (bool(asked) and counted)
