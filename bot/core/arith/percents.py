"""Percent relations: a base amount changed by one or more percents (discounts, tax, tips,
raises, profit), the reverse ("after a 25% discount it costs 19.50; original price?"), the
amount of one change, the total percent of successive changes, and the percent change between
two stated values. Each percent takes its role from its nearest cue word; any number, cue or
question word the model cannot place means decline. What the question asks beyond the
amount after the changes (another unit, the change itself, two parts added) and the stories
it must decline (amounts per period, an amount already after its change, another person)
are read in percent_asks.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith import percent_answers as answers
from bot.core.arith import percent_asks as asks
from bot.core.arith import percent_guards as guards
from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.tokens import Tok
from bot.core.negation import negated

DOWN = frozenset("""discount discounted off less decrease decreased decreases decreasing reduce
reduced reduces reduction drop dropped drops cheaper lower lowered fell fall falls loss
depreciate depreciated depreciates declined declines down cut lose loses lost sale saves
fewer
understating understated underestimated""".split())
UP = frozenset("""more increase increased increases increasing tax taxes tip markup higher raise
raised rise rises rose up grew grow grows gain profit premium fee surcharge extra longer
bigger larger hike overstating overstated overestimated""".split())
SPEND = frozenset("spent spend spends used uses gave gives ate eats donated sold".split())
CHANGE_NOUNS = guards.CHANGE_NOUNS
ORIGINAL = frozenset("original originally initial initially before marked list regular "
                     "actual usual normal real really".split())
TRADE = frozenset("sold sell sells bought buy buys paid pay pays purchased purchase got "
                  "gets".split())
SAVING = frozenset("save saved saving savings".split())
FINAL = frozenset("pay paid pays cost costs price worth value now new after final sell sold "
                  "charge charged total left remaining remain remains spend".split())
BLOCKING = frozenset("""than both together altogether combined sum twice half double triple
times per every difference each_other instead average ratio interest simple compound
compounded annum annually monthly yearly years months days weeks hours minutes daily weekly
hourly""".split())
PERCENT_ASK = ("percent", "percentage", "%")
ACCURACY = frozenset("accuracy accurate correct correctly success precision".split())
MISSES = frozenset("misclassified misclassify wrong wrongly incorrect incorrectly error errors "
                   "mistake mistakes fail fails failed miss missed".split())
HITS = frozenset("correct correctly right accurately classified".split())


@dataclass(frozen=True)
class Change:
    """One percent with its role: factor applied to the amount, cue word, its token."""

    factor: Fraction
    cue: str
    token: Tok


def _sentence_of(doc: Doc, tok: Tok) -> list[Tok]:
    """Return the token list (sentence or question) that holds `tok`."""
    for tokens in list(doc.given) + [doc.question]:
        if any(t is tok for t in tokens):
            return list(tokens)
    return []


def _role(doc: Doc, tok: Tok, asks_left: bool, previous: Change | None) -> Change | None:
    """Return the role of a percent from its nearest cue word (before within 4, after
    within 3 tokens); None when no cue or two equally near cues disagree."""
    tokens = _sentence_of(doc, tok)
    i = next(k for k, t in enumerate(tokens) if t is tok)
    rate = tok.value / 100
    if i + 1 < len(tokens) and tokens[i + 1].low in ACCURACY:
        asked = set(doc.question_words)
        if asked & MISSES and not asked & HITS - {"classified"}:
            return Change(1 - rate, "misses at", tok)
        if asked & HITS and not asked & MISSES:
            return Change(rate, "hits at", tok)
        return None
    if i + 1 < len(tokens) and tokens[i + 1].low == "of":
        before = {t.low for t in tokens[max(0, i - 4):i]}
        after = {t.low for t in tokens[i + 2:i + 4]}
        sentence = {t.low for t in tokens}
        rest = after & {"remaining", "rest", "remainder"}
        if asks_left and previous is not None and not rest:
            return None  # a later "10% of it": of the start amount or of what is left?
        if asks_left and (sentence & SPEND or rest):
            return Change(1 - rate, "spent", tok)
        if asks_left:
            return None  # "30% of it ..." with "how much is left": which share is left?
        if not before & (UP | DOWN | SPEND):
            if _other_part(tokens[i + 2:], set(doc.question_words)):
                return None  # "20% of them are absent. How many are present?"
            return Change(rate, "of", tok)
    found = []
    for distance in range(1, 5):
        for k in (i - distance, i + distance):
            if distance == 4 and k > i:
                continue
            if 0 <= k < len(tokens) and tokens[k].kind in ("number", "money", "percent"):
                continue
            word = tokens[k].low if 0 <= k < len(tokens) else ""
            if word in UP or word in DOWN:
                found.append(word)
        if found:
            break
    if not found and i and tokens[i - 1].low == "by":
        found = _verb_before_by(tokens, i - 1)
    roles = {word in UP for word in found}
    if not roles and previous is not None and any(
            t.low in ("additional", "another", "further") for t in tokens[max(0, i - 3):i]):
        up = previous.factor > 1
        return Change(1 + rate if up else 1 - rate, "additional", tok)
    if len(roles) != 1:
        return None
    word = found[0]
    return Change(1 + rate if word in UP else 1 - rate, word, tok)


def _verb_before_by(tokens: list[Tok], by: int) -> list[str]:
    """Return the change verb of "grow his largest pumpkin by 35%": the nearest UP/DOWN word
    before "by" in the same clause (no number or comma between), or []."""
    for k in range(by - 1, -1, -1):
        tok = tokens[k]
        if tok.numeric or tok.text in (",", ";", ":") or tok.low in ("and", "but", "then"):
            return []
        if tok.low in UP or tok.low in DOWN:
            return [tok.low]
    return []


PART_FILLER = frozenset("""the a an them it they those these his her their its my our your
are is was were be been will being have has had do does did on in at by to for""".split())


def _other_part(after: list[Tok], question: set[str]) -> bool:
    """Return True when "N% of <whole> <predicate>" names its part by a predicate ("are
    absent") that the question does not repeat: the question may ask for the other part."""
    words = [t.low for t in after if t.kind == "word"]
    k = 0
    while k < len(words) and words[k] in PART_FILLER:
        k += 1
    if k == 0 or words[0] in ("the", "a", "an", "his", "her", "their", "its", "my", "our"):
        k += 1  # skip the whole's noun ("of the students")
    part = {w for w in words[k:] if w not in PART_FILLER}
    return bool(part) and not part & question


def _timed(doc: Doc) -> bool:
    """Return True when a number counts time ("for 1 day"): a rate, not a percent relation."""
    from bot.core.arith.units import is_time, singular

    tokens = doc.all_tokens
    for k, tok in enumerate(tokens[:-1]):
        if tok.kind != "number" or tokens[k + 1].kind != "word" or \
                not is_time(singular(tokens[k + 1].text)):
            continue
        if tokens[k + 2:k + 3] and tokens[k + 2].low in ("later", "ago"):
            continue  # "10 years later": when a value was seen (see _when)
        return True
    return False


def _unplaced_cue(doc: Doc) -> bool:
    """Return True when a more/less word stands next to a plain amount ("Rs. 15 less"):
    a difference of amounts that the percent models do not place."""
    for tokens in doc.given:
        for k, tok in enumerate(tokens):
            if tok.kind in ("number", "money"):
                near = [t.low for t in tokens[k + 1:k + 3]] + [t.low for t in tokens[max(0, k - 2):k]]
                if set(near) & {"more", "less", "fewer", "cheaper", "higher", "lower"}:
                    return True
    return False


def _reference(doc: Doc, tok: Tok, amounts: list[Tok]) -> bool:
    """Return True when a question number repeats a given one ("for the 2 shirts")."""
    return any(t is not tok and t.value == tok.value and t.kind == tok.kind
               for t in amounts) and any(t is tok for t in doc.question)


def _base(doc: Doc, amounts: list[Tok], work: Work) -> tuple[Fraction, str] | None:
    """Return the base amount: one stated amount, or a count times a price "each"."""
    if len(amounts) == 1:
        return amounts[0].value, amounts[0].text
    money = [t for t in amounts if t.kind == "money"]
    count = [t for t in amounts if t.kind == "number" and t.value.denominator == 1]
    if len(amounts) == 2 and len(money) == 1 and len(count) == 1:
        sentence = _sentence_of(doc, money[0])
        i = next(k for k, t in enumerate(sentence) if t is money[0])
        near = [t.low for t in sentence[max(0, i - 5):i + 2]]
        if "each" in near and sentence is not list(doc.question) and \
                money[0] not in doc.question:
            total = money[0].value * count[0].value
            work.step("count_times_price", f"{count[0].text} at {money[0].text} each cost",
                      f"{show(count[0].value)} \u00d7 {show(money[0].value)} = {show(total)}")
            return total, f"{count[0].text} at {money[0].text} each"
    return None


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return (work, value, unit, quantity name) for a percent problem, or None.

    A span of one period the changes happen in ("in one month") is listed as not needed."""
    spans: list[Tok] = []
    if _timed(doc):
        spans = guards.one_spans(doc) or []
        if not spans:
            return None
    found = _solve(doc, spans)
    if found is not None and spans:
        from bot.core.outcome import Unused

        found[0].unused.extend(Unused(f"{tok.text}", str(tok.value), "the one span the "
                                      "changes happen in, each once") for tok in spans)
    return found


def _solve(doc: Doc, spans: list[Tok]) -> tuple[Work, Fraction, str, str] | None:
    """solve() once the time spans are set aside."""
    words = doc.words
    blocked = words & BLOCKING
    parts_only = bool(blocked) and blocked <= asks.TOTAL_ASK and \
        blocked <= set(doc.question_words)  # "in both rounds": only two parts may add up
    if blocked and not parts_only and not guards.later_spans_only(doc, blocked):
        return None
    question = set(doc.question_words) | {t.low for t in doc.question if t.text == "%"}
    if "without" in question or negated(question) or guards.negated_percent(doc):
        return None
    if guards.trade_unsafe(doc) or guards.money_unsafe(doc):
        return None
    percents = [t for t in doc.all_tokens if t.kind == "percent"]
    amounts = [t for t in doc.all_tokens if t.kind in ("number", "money")
               and not any(t is span for span in spans)]
    amounts = [t for t in amounts if not _reference(doc, t, amounts)]
    if not percents:
        return _change_between_dated(doc, amounts, question)
    asks_left = bool(question & {"left", "remaining", "remain", "remains"})
    changes: list = []
    for tok in percents:
        changes.append(_role(doc, tok, asks_left, changes[-1] if changes else None))
    if None in changes or any(t in doc.question for t in percents):
        return None
    if _unplaced_cue(doc) or (len(changes) > 1 and any(
            _sentence_of(doc, c.token)[0].low == "if" and not _additional(doc, c)
            for c in changes)):
        return None  # "Rs. 15 less", or two alternative "if" scenarios
    work = Work()
    asks_percent = bool(question & set(PERCENT_ASK)) or (
        not amounts and "total" in question and bool(question & (UP | DOWN)))
    if asks_percent:
        return _total_percent(doc, changes, amounts, question, work)
    if asks.per_period(doc) or asks.other_actor(doc, changes) or asks.unpriced_purchase(doc):
        return None  # "$900 a month ... in a year"; "sold it to his friend ... his friend's"
    scale = asks.money_scale(doc, amounts)
    base = _base(doc, amounts, work)
    if base is None or scale is None:
        return None
    parts = answers.parts(doc, changes, base, work)
    if parts is False and parts_only:
        return None
    if parts is not False:
        found = parts
    else:
        found = _apply(doc, changes, base, question, scale[2], work)
    return answers.in_asked_unit(found, scale)


PROFIT_CUES = guards.PROFIT_CUES
MARKED_ASK = frozenset("marked list listed tag labelled labeled printed".split())


def _undoes_asked_price(changes, question: set[str]) -> bool:
    """Return True when undoing the changes gives the price the question asks: a profit or
    loss leads back to the cost price, a discount to the marked price. "Sold at a 20%
    profit; the marked price?" or "sold at a 10% discount; the cost price?" have no answer
    from the percent alone."""
    profit = any(c.cue in PROFIT_CUES for c in changes)
    if question & MARKED_ASK:
        return not profit
    if "cost" in question and not question & ORIGINAL:
        return all(c.cue in PROFIT_CUES for c in changes)
    return True


def _total_of_change(doc) -> bool:
    """Return True for "the total discount", "how much tax is paid": the change's own amount
    is asked ("what is the total with tax", "how much is paid" ask the final amount)."""
    words = [t.low for t in doc.question]
    return any(word in ("total", "much") and words[index + 1:index + 2] and
               words[index + 1] in CHANGE_NOUNS for index, word in enumerate(words))


def _apply(doc, changes, base, question, unit, work):
    """Forward (final value or the amount of one change) or reverse (original value)."""
    value, text = base
    if text.endswith(" each") and question & {"a", "an", "one", "each", "per", "single"}:
        return None  # the base is a total of several; the question asks about one of them
    if text.endswith(" each") and answers.one_of_several(doc, changes, text):
        return None  # "20% off the second shirt": the percent is on one of them
    base_sentence = next((s for s in doc.given if any(t.text in text for t in s
                                                       if t.kind in ("number", "money"))), ())
    sentence_words = {t.low for t in base_sentence}
    stated_original = bool(sentence_words & ORIGINAL - {"before"})
    asks_original = bool(question & ORIGINAL or {"cost", "price"} <= question) and \
        not stated_original
    same_sentence = any(any(c.token is t for t in base_sentence) for c in changes)
    post_change = bool(sentence_words & TRADE) and (
        "for" in sentence_words or asks.paid_amount(base_sentence)) and \
        not stated_original and same_sentence
    if post_change and not asks_original:
        return None  # "sold it for $X ... at 20% off": X may already be after the change
    if _unsafe(doc, changes, sentence_words, question):
        return None
    if not asks_original and (asks.stated_after_change(base_sentence, changes) or
                              asks.unpriced_item(base_sentence)):
        return None  # "costs $500 after a 20% discount", "a dress for $80 and a hat"
    if any(c.cue == "of" for c in changes) and question & {"now", "still", "new"}:
        return None  # "It leaked 10% of its water. How much is in it now?": the part or
        # what is left?
    direction = asks.asks_change(doc)
    if direction:
        return None if asks_original else answers.change_asked(changes, base, direction,
                                                                 unit, work)
    item_words = sentence_words or {t.low for t in doc.question}
    if unit == "dollars" and any(_other_item(doc, c, item_words) for c in changes):
        return None
    saving = question & SAVING
    named = question & CHANGE_NOUNS | saving
    if saving and question & FINAL - {"price", "value", "worth", "total"}:
        return None  # "how much does she pay after saving ...": which amount is unclear
    if question & FINAL - {"price", "value", "worth"} and not saving and \
            not _total_of_change(doc):
        named = set()
    if asks_original:
        if named or question & {"save", "saved"} or not _undoes_asked_price(changes, question):
            return None
        for change in reversed(changes):
            before = value / change.factor
            work.step("reverse_percent", f"Undo the {pct(abs(change.factor - 1)) if change.cue != 'of' else pct(change.factor)} "
                      f"{change.cue}: the amount before it is the amount after it divided by "
                      f"{show(change.factor)}.", f"{show(value)} \u00f7 {show(change.factor)} = "
                      f"{show(before)}")
            value = before
        work.reading.append(f"{text} is the amount after the percent changes; the question "
                            "asks for the amount before them.")
        return work, value, unit, "original amount"
    if named:
        saving = bool(question & {"save", "saved", "saving", "savings"})
        if len(changes) != 1 or not (changes[0].cue in CHANGE_NOUNS | {"off", "sale"} or
                                     saving and changes[0].factor < 1):
            return None
        change = changes[0]
        amount = value * abs(change.factor - 1)
        work.step("percent_amount", f"The {change.cue} is {change.token.text} of {show(value)}.",
                  f"{show(value)} \u00d7 {show(abs(change.factor - 1))} = {show(amount)}")
        return work, amount, unit, change.cue
    if not question & FINAL and not (question & {"many"}):
        return None
    if any(c.cue in PROFIT_CUES for c in changes) and (
            not question & {"selling", "sell", "sold", "sale", "get", "gets", "got", "receive",
                            "received"} or question & {"cost", "marked", "list"} - {"price"}):
        return None  # after a profit or loss comes the selling price: "the cost price?" is
        # not the amount after the changes
    for index, change in enumerate(changes):
        after = value * change.factor
        what = f"{change.token.text} {change.cue}" if change.cue != "of" else \
            f"{change.token.text} of it"
        work.step("apply_percent", f"After the {what} the amount is {pct(change.factor)} of "
                  f"{show(value)}.", f"{show(value)} \u00d7 {show(change.factor)} = {show(after)}")
        value = after
        if index and change.cue in ("additional", "another") or _additional(doc, change):
            total = sum((c.factor - 1 for c in changes), Fraction(0))
            work.alternative("the additional percent added to the first (one combined "
                             "change)", base[0] * (1 + total), unit)
    work.reading.append(f"The amount {text} changes by "
                        + ", then ".join(f"{c.token.text} ({c.cue})" for c in changes) + ".")
    return work, value, unit, "final amount"


END_STATE = frozenset("left remaining remain remains rest".split())
HOLDING = frozenset("has had have owns owned saved keeps holds".split())
ASKS_CHANGE = frozenset("change changed difference".split())
POSSESSIVES = frozenset("his her their hers theirs mine yours".split())


BASE_CUES = frozenset("on computed calculated based applied figured".split())
LATER_BASE = frozenset("remaining rest remainder new discounted reduced sale total "
                       "taxed final".split())


def _unsafe(doc: Doc, changes, base_words: set[str], question: set[str]) -> bool:
    """Return True for readings this model would get wrong, so the family declines:
    the base is an end state ("left with 38"); a later percent is of the original amount or
    of someone else's ("10% of his"); a share of more than all of it; a price change applied
    to money someone holds; a question asking by how much it changed."""
    if base_words & END_STATE or question & ASKS_CHANGE or {"by", "how"} <= question and \
            not asks.asks_change(doc):
        return True
    if len(changes) > 1 and question & CHANGE_NOUNS and question & BASE_CUES:
        return True  # "the total, with the tip computed on the meal price": a base is named
    for index, change in enumerate(changes):
        if change.factor <= 0:
            return True
        words = [t.low for t in _sentence_of(doc, change.token)]
        if index and set(words) & (ORIGINAL | {"starting", "start"}):
            return True
        k = next((i for i, t in enumerate(_sentence_of(doc, change.token))
                  if t is change.token), 0)
        if words[k + 1:k + 2] == ["of"] and set(words[k + 2:k + 4]) & POSSESSIVES:
            return True
        if index and words[k + 1:k + 2] == ["of"] and not set(words[k + 2:k + 5]) & LATER_BASE:
            return True  # a later "5% of the meal price": of the start, not of the new amount
        if base_words & HOLDING and not set(words) & SPEND and \
                set(words) & {"price", "prices", "cost", "costs"}:
            return True
    return False


GENERIC = frozenset("""store shop shopkeeper seller dealer retailer company restaurant vendor
merchant manufacturer owner market sales sale price prices cost costs value amount bill total
everything all item items he she they it you we i there""".split())


def _other_item(doc: Doc, change: Change, base_words: set[str]) -> bool:
    """Return True when the percent's sentence is about another item than the base amount
    ("A hat costs $20. The scarf is 50% off.")."""
    from bot.core.arith.quantities import STOP

    tokens = _sentence_of(doc, change.token)
    words = [t.low for t in tokens if t.kind == "word"]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if not words or any(t is change.token for t in tokens) and set(words) <= base_words:
        return False
    subject = words[0]
    if base_words & {"it", "they", "them", "this", "that"}:
        return False  # "If it is marked $140": the base refers back to the item
    if subject in STOP or subject in GENERIC or subject in UP | DOWN or subject in base_words:
        return False
    return not any(subject.rstrip("s") == w.rstrip("s") for w in base_words)


def _additional(doc: Doc, change: Change) -> bool:
    """Return True when "additional"/"another" stands right before the percent."""
    tokens = _sentence_of(doc, change.token)
    i = next(k for k, t in enumerate(tokens) if t is change.token)
    return any(t.low in ("additional", "another", "further") for t in tokens[max(0, i - 3):i])


def _total_percent(doc, changes, amounts, question, work):
    """"what is the total discount / percent increase" over successive changes."""
    if amounts or len(changes) < 2:
        return None
    total = Fraction(1)
    for change in changes:
        work.step("combine_percent", f"The {change.token.text} {change.cue} multiplies by "
                  f"{show(change.factor)}.", f"{show(total)} \u00d7 {show(change.factor)} = "
                  f"{show(total * change.factor)}")
        total *= change.factor
    if question & DOWN and total < 1:
        result = (1 - total) * 100
    elif question & UP and total > 1:
        result = (total - 1) * 100
    else:
        return None
    work.step("total_percent", "Turn the combined factor into one percent.",
              f"|{show(total)} \u2212 1| \u00d7 100 = {show(result)}")
    if any(_additional(doc, c) for c in changes):
        additive = abs(sum((c.factor - 1 for c in changes), Fraction(0))) * 100
        work.alternative("the percents simply added", additive, "%")
    return work, result, "%", "total percent change"


def _share(doc, amounts, question):
    """"45 out of 60 ... what percent" / "what percent of 80 is 20": part ÷ whole × 100."""
    tokens = doc.all_tokens
    index = {id(t): k for k, t in enumerate(tokens)}
    first, second = amounts
    between = [t.low for t in tokens[index[id(first)] + 1:index[id(second)]]]
    if between == ["out", "of"]:
        part, whole = first, second
    elif between == ["is"] and [t.low for t in tokens[index[id(first)] - 2:index[id(first)]]] \
            in (["%", "of"], ["percent", "of"], ["percentage", "of"]):
        part, whole = second, first
    else:
        return None
    if question & (UP | DOWN) or whole.value == 0:
        return None
    value = part.value / whole.value * 100
    work = Work()
    work.reading.append(f"{part.text} is the part and {whole.text} the whole.")
    work.step("percent_share", "Percent = part \u00f7 whole \u00d7 100.",
              f"{show(part.value)} \u00f7 {show(whole.value)} \u00d7 100 = {show(value)}")
    return work, value, "%", "percent"


def _names_a_change(doc, amount) -> bool:
    """Return True for "a $9 discount", "$5 off", "12 more": the amount of a change, not a
    value the quantity goes to (the percent change from 45 to 9 would be wrong)."""
    tokens = doc.all_tokens
    index = next((k for k, t in enumerate(tokens) if t is amount), None)
    following = {t.low for t in tokens[index + 1:index + 3]} if index is not None else set()
    return bool(following & (CHANGE_NOUNS | SAVING | {"off", "more", "less", "fewer",
                                                      "increase", "decrease", "rise",
                                                      "drop", "cut", "reduction"}))


def _change_between_dated(doc, amounts, question):
    """Percent change between two values stated with when they were seen ("$500,000 in
    1990 and $400,000 ten years later"): the dates are listed as not needed. A question
    per year (an average or yearly rate) is declined."""
    from bot.core.outcome import Unused

    when = guards.when(doc, amounts)
    if not when:
        return _change_between(doc, amounts, question)
    if question & guards.RATE_ASK:
        return None
    skipped = {id(tok) for tok, _ in when}
    found = _change_between(doc, [t for t in amounts if id(t) not in skipped], question)
    if found is not None:
        found[0].unused.extend(Unused(tok.text, str(tok.value), why) for tok, why in when)
    return found


def _change_between(doc, amounts, question):
    """Percent change from the first stated value to the second."""
    if len(amounts) != 2 or not question & set(PERCENT_ASK):
        return None
    if question & {"selling", "sale"} and question & PROFIT_CUES:
        return None  # "the profit percent on the selling price": not on the first value
    share = _share(doc, amounts, question)
    if share is not None:
        return share
    first, second = amounts
    if first.value == 0 or _names_a_change(doc, first) or _names_a_change(doc, second):
        return None
    if first.kind == second.kind == "number" and "cost" in doc.words and \
            doc.words & {"selling", "sold", "sale"}:
        return None  # "the cost price of 10 articles is the selling price of 12": counts
    change = (second.value - first.value) / first.value * 100
    asks_up, asks_down = bool(question & UP), bool(question & DOWN)
    if asks_up == asks_down and "change" not in question:
        return None
    if asks_up and not asks_down and change <= 0 or asks_down and not asks_up and change >= 0:
        return None
    value = abs(change) if asks_up != asks_down else change
    work = Work()
    work.reading.append(f"The value goes from {first.text} to {second.text}.")
    work.step("percent_change", "Percent change = (new \u2212 old) \u00f7 old \u00d7 100.",
              f"({show(second.value)} \u2212 {show(first.value)}) \u00f7 {show(first.value)} "
              f"\u00d7 100 = {show(change)}")
    return work, value, "%", "percent change"
