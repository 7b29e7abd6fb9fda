"""A running bill: amounts paid one after another, with percent fees or discounts on it.

"She pays $500 for the frame and another $800 for the glass; then she pays 10% of that for
insurance. How much did she pay?" Every money amount adds to the running total; a percent
names a fee, tax, tip or premium on the total so far ("a 25% fee on his total", "10% of
that") or a discount off it ("20% off"). Every number must be money or such a percent,
the question must ask what was paid in all, and wording that would change the sum
(refunds, change back, shares, "each", rates) makes the reading None.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.tokens import Tok

ADD_NOUNS = frozenset("fee fees tax taxes tip tips premium surcharge markup gratuity "
                      "charge".split())
OFF_WORDS = frozenset("off discount discounted".split())
TOTAL_REFS = frozenset("that it this total bill order price amount".split())
BANNED = frozenset("refund refunded return returned returns sold sell sells change left "
                   "saved save saves profit each per every earn earns earned back split "
                   "share shared coupon hour hours week weeks month months year years day "
                   "days if would instead more less than remaining remain budget "
                   "times twice half included including includes inclusive without before".split())
OWNERS = frozenset("the a an his her their its our my your final whole entire".split())
PAY_CUES = frozenset("pay pays paid cost costs costing buy buys bought priced price charged "
                     "charges charge another added adds bill came comes spent spend spends "
                     "fee fees tip for".split())
HOLD_WORDS = frozenset("has have had with gets got received receives earns earned saved "
                       "wallet budget gave gives owns brought carries started starts won "
                       "worth".split())
ASK_WORDS = frozenset("pay paid spend spent cost price total bill".split())


def solve(doc) -> tuple[Work, Fraction, str, str] | None:
    """Return (work, total, asked, unit) for a running bill, or None when it is not one."""
    given = [_with_products(list(sentence)) for sentence in doc.given]
    lows = {t.low for s in given for t in s} | set(doc.question_words)
    if lows & BANNED or any(t.numeric for t in doc.question):
        return None
    if not set(doc.question_words) & ASK_WORDS:
        return None
    from bot.core.families._rel_ask import new_unit
    from bot.core.families._rel_read import stem

    if new_unit(doc.question, {stem(t.text) for t in doc.given_tokens if t.kind == "word"}):
        return None  # "in cents": a conversion the bill does not make
    work, total, moneys, percents, last = Work(), Fraction(0), 0, 0, ""
    for sentence in given:
        for i, tok in enumerate(sentence):
            previous = last
            if tok.kind in ("money", "product", "percent"):
                last = tok.kind
            if tok.kind == "money":
                if not _paid(sentence, i) or _unit_price(sentence, i):
                    return None  # money held or received, or a price per unit
                total += tok.value
                moneys += 1
                if moneys == 1:
                    work.step("bill_start", f"Start with {tok.text}.", show(total))
                else:
                    work.step("bill_add", f"Add {tok.text}.", f"{show(total - tok.value)} + "
                              f"{show(tok.value)} = {show(total)}")
            elif tok.kind == "product":
                if not _paid(sentence, i, cue=False):
                    return None
                total += tok.value
                moneys += 1
                work.step("bill_product", f"{tok.text}: {show(tok.count)} \u00d7 "
                          f"{show(tok.price)} = {show(tok.value)}; the bill is now "
                          f"{show(total)}.", f"{show(tok.count)} \u00d7 {show(tok.price)} = "
                          f"{show(tok.value)}", f"{show(total - tok.value)} + "
                          f"{show(tok.value)} = {show(total)}")
            elif tok.kind == "percent":
                sign = _percent_sign(sentence, i)
                if sign is None or previous == "percent":
                    return None  # two percents in a row: each on the bill, or compounded?
                if moneys > 1 and {t.low for t in sentence[:i] if t.kind == "word"} & \
                        _items(given):
                    return None  # "The hat is 50% off" after two prices: one item's percent
                part = total * tok.value / 100
                new = total + sign * part
                what = "a fee" if sign > 0 else "a discount"
                work.step("bill_percent", f"{tok.text} of the {show(total)} so far is {what} "
                          f"of {show(part)}.", f"{show(total)} \u00d7 {show(tok.value)}/100 = "
                          f"{show(part)}", f"{show(total)} {'+' if sign > 0 else '-'} "
                          f"{show(part)} = {show(new)}")
                total, percents = new, percents + 1
            elif tok.numeric:
                return None
    if moneys < 2 or percents < 1 or total <= 0:
        return None
    if set(doc.question_words) & (ADD_NOUNS | OFF_WORDS | _items(given)):
        return None  # the question asks for one item or for the fee itself
    work.reading.append("A running bill: each amount adds, each percent is taken of the "
                        "total so far.")
    asked = " ".join(t.text for t in doc.question).rstrip(" ?")
    return work, total, asked, "dollars"


def _items(given) -> set:
    """Return the words naming what each amount paid for ("the shoes cost $30" -> shoes)."""
    from bot.core.families._rel_read import PRONOUNS

    generic = OWNERS | TOTAL_REFS | ASK_WORDS | PAY_CUES | PRONOUNS | frozenset(
        "to at of on in was is were came comes and".split())
    items = set()
    for sentence in given:
        for i, tok in enumerate(sentence):
            if tok.kind == "product":
                items |= set(tok.low.split())
            if tok.kind in ("money", "product"):
                items |= {t.low for t in sentence[max(0, i - 3):i] if t.kind == "word"}
                items |= {t.low for t in sentence[i + 1:i + 4] if t.kind == "word"}
    return items - generic


def _paid(sentence, i: int, cue: bool = True) -> bool:
    """Return True when the money at `i` is paid: a paying word earlier in the sentence
    (unless `cue` is False: "3 hours at $50 an hour" is a charge) and no holding word
    ("has", "with", "got") since the money before it."""
    start = max([j + 1 for j in range(i) if sentence[j].kind in ("money", "product")],
                default=0)
    since = {t.low for t in sentence[start:i]}
    paying = not cue or bool({t.low for t in sentence[:i]} & PAY_CUES)
    return paying and not since & HOLD_WORDS


def _unit_price(sentence, i: int) -> bool:
    """Return True for a price per unit with no count: "$10 for adults", "$140 per month",
    "$15 an hour", "$2 each"."""
    after = sentence[i + 1:i + 3]
    lows = [t.low for t in after]
    if lows[:1] and lows[0] in ("each", "apiece", "per", "a", "an", "every"):
        return True
    return lows[:1] == ["for"] and len(after) == 2 and after[1].kind == "word" \
        and lows[1].endswith("s") and not lows[1].endswith("ss")


@dataclass(frozen=True)
class Product(Tok):
    """"3 hours at $50 an hour", "4 shirts for $12 each": a count times a unit price."""

    count: Fraction | None = None
    price: Fraction | None = None


def _with_products(tokens: list) -> list:
    """Return the tokens with each "N things at/for $P each/a thing/per thing" as one
    Product token, so its "each"/"per" and unit words are read as part of the price."""
    out, i = [], 0
    while i < len(tokens):
        found = _product_at(tokens, i)
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        end, count, price = found
        text = " ".join(t.text for t in tokens[i:end])
        out.append(Product("product", text, count * price, count, price))
        i = end
    return out


def _product_at(tokens: list, i: int) -> tuple | None:
    """Return (end, count, price) for a count-at-unit-price phrase starting at `i`."""
    if tokens[i].kind != "number":
        return None
    j = i + 1
    while j < len(tokens) and j <= i + 3 and tokens[j].kind == "word" \
            and tokens[j].low not in ("at", "for"):
        j += 1
    if j + 1 >= len(tokens) or tokens[j].low not in ("at", "for") \
            or tokens[j + 1].kind != "money":
        return None
    after = [t.low for t in tokens[j + 2:j + 4]]
    if after[:1] and after[0] in ("each", "apiece"):
        return j + 3, tokens[i].value, tokens[j + 1].value
    if after[:1] and after[0] in ("per", "a", "an") and len(after) == 2 \
            and tokens[j + 3].kind == "word":
        return j + 4, tokens[i].value, tokens[j + 1].value
    return None


def _percent_sign(sentence, i: int) -> int | None:
    """Return +1 for a fee on the total so far, -1 for a discount off it, None otherwise."""
    after = [t.low for t in sentence[i + 1:i + 4]]
    before = [t.low for t in sentence[max(0, i - 2):i]]
    if after[:1] and after[0] in OFF_WORDS:
        return -1 if _on_total(sentence[i + 2:]) else None
    if before and before[-1] == "of" and set(before) & OFF_WORDS:
        return -1 if _on_total(sentence[i + 1:]) else None
    for k, low in enumerate(after[:2]):
        if low in ADD_NOUNS:
            return +1 if _on_total(sentence[i + 2 + k:]) else None
    if after[:1] == ["of"] and len(after) > 1 and after[1] in TOTAL_REFS:
        return +1
    if after[:2] == ["of", "the"] and len(after) > 2 and after[2] in TOTAL_REFS:
        return +1
    return None


def _on_total(rest) -> bool:
    """Return True when a fee's object (if any) is the total so far, not one item."""
    lows = [t.low for t in rest]
    first = next((j for j, low in enumerate(lows) if low not in OWNERS), len(lows))
    if 0 < first < len(lows) and rest[first].kind == "word" and \
            lows[first] not in TOTAL_REFS:
        return False  # "10% off the shirts (only)": the percent of one item
    for j, low in enumerate(lows):
        if low in ("on", "to", "of", "for"):
            nxt = lows[j + 1:j + 2]
            if nxt and nxt[0] in TOTAL_REFS:
                return True
            if low in ("to", "for") and nxt and nxt[0] not in OWNERS:
                return rest[j + 1].kind == "word"  # "to have it made", "for delivery"
            words = [w for w in lows[j + 1:j + 4] if w not in OWNERS]
            return bool(words) and words[0] in TOTAL_REFS
        if not rest[j].kind == "word" or low in ("and", ",", "."):
            break
    return True
