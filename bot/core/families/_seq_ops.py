"""Operations of the sequence family: one clause read as one change of the tracked amount.

`read_op(clause, start, previous)` returns an `Op`, `FILLER` for a clause that states no
change (no number, no change word), or None when the clause holds a number or a change word
it cannot place (the family then declines). Directions come from closed verb lists: the
owner's verb ("spends", "earns"), the trade verbs (whose direction depends on whether money
or items are tracked), the quantity's own verb ("10% of the water leaks out"), and percent
changes of the amount ("the price rises 10%", "a 20% discount").
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.tokens import Tok
from bot.core.families import _seq_words as W
from bot.core.families._seq_change import amount_change, multiply, percent_change
from bot.core.families._seq_clauses import Start, same_unit
from bot.core.families._seq_op import PASSIVE, Op

FILLER = "filler"
HINTS = frozenset("""much many some all rest remaining remainder more less twice same
everything none whole several few""".split())
# Numberless words that undo or trade back an earlier change ("returns it for a refund").
UNDO = frozenset("""return returns returned returning refund refunds refunded refunding back
exchange exchanges exchanged trade trades traded repay repays repaid reimburse reimbursed
reimburses cancel cancels cancelled canceled replace replaces replaced""".split())
BETWEEN_BLOCK = frozenset({"all", "but", "except", "each", "only", "some", "less", "fewer",
                           "as", "cheaper", "lower", "higher",
                           "rest", "remaining", "twice", "more_than"})
AROUND = frozenset({"away", "out", "up", "back", "off", "in", "more", "extra", "another",
                    "additional", "of", "them", "it", "to", "on", "for", "from", "with",
                    "the", "a", "an", "his", "her", "their", "its", "my", "our", "into"})


def _fraction_at(clause: list[Tok], i: int) -> tuple[Fraction, tuple[Tok, ...], int] | None:
    """Return (share, tokens used, index after) of a share starting at clause[i]: "20%",
    "half", "a quarter", "3 quarters", "2/3"; None otherwise."""
    tok = clause[i]
    nxt = clause[i + 1] if i + 1 < len(clause) else None
    if tok.kind == "percent":
        return tok.value / 100, (tok,), i + 1
    if tok.low == "half":
        return Fraction(1, 2), (), i + 1
    if tok.low in ("a", "one") and nxt is not None and nxt.low in W.FRACTION_WORDS \
            and nxt.low != "half":
        return Fraction(1, W.FRACTION_WORDS[nxt.low]), (), i + 2
    if tok.kind == "number" and nxt is not None and nxt.low in W.FRACTION_WORDS \
            and nxt.low.endswith("s"):
        return tok.value / W.FRACTION_WORDS[nxt.low], (tok,), i + 2
    if tok.kind == "number" and "/" in tok.text and tok.value < 1:
        return tok.value, (tok,), i + 1
    return None


def _refers_to_current(rest: list[Tok], start: Start, fresh: bool) -> bool:
    """Return True when the words after "of" name the current amount. Words for what is
    left ("the rest", "what remained") always do; "it", "her money", "the water" only
    before any change (`fresh`): after one, they could mean the start amount too."""
    words = [t.low for t in rest if t.kind == "word"]
    if not words or any(t.numeric for t in rest):
        return False
    if set(words) & REST:
        return words[0] in REST or words[0] in W.POSSESSIVE or words[0] == "what"
    if not fresh:
        return False
    head = words[0]
    if head in ("it", "them", "this", "that"):
        return True
    nouns = words[1:] if head in W.POSSESSIVE else words
    if not nouns or head == "what":
        return head == "what" and fresh
    first = nouns[0]
    return first in W.CURRENT or first in start.nouns or same_unit(first, start.unit) or \
        (start.money and first in W.MONEY_NOUNS) or \
        (start.unit in W.MEASURES and first in W.CONTENTS)


REST = frozenset("rest remaining remainder remains left leftover remained".split())


def words_before(clause: list[Tok], end: int) -> list[str]:
    """Return the lower-case words of clause[:end]."""
    return [t.low for t in clause[:end] if t.kind == "word"]


def _verb(clause: list[Tok]) -> tuple[int | None, str | None]:
    """Return the index and text of the first change verb of the clause: a listed verb,
    a moving verb with its particle ("get off"), or a passive receipt ("was paid", shown as
    "receives")."""
    verbs = W.TAKE | W.GIVE | W.BUY | W.SELL | W.GONE | W.COME
    for i, tok in enumerate(clause):
        before = clause[i - 1].low if i > 0 else ""
        after = clause[i + 1].low if i + 1 < len(clause) else ""
        if tok.low in W.RECEIVED and before in PASSIVE:
            return i, "receives"
        if tok.low in W.MOVE and f"{tok.low} {after}" in verbs:
            return i, f"{tok.low} {after}"
        if tok.low in verbs:
            return i, tok.low
    return None, None


PREPS = frozenset("on for to in at from into with by over during toward towards".split())
SKIP = frozenset("of more extra additional a an one another".split())


def _elliptic(tail: list[Tok], start: Start) -> bool:
    """Return True when a clause without a verb reads as the previous verb's object ("and
    25% of the rest on CDs", "then $15 on a pen"): after the amount and its nouns comes a
    preposition or nothing. "300 gallons are pumped in" has its own (unknown) verb."""
    if sum(t.numeric for t in tail) == 2:
        return True  # "and 2 pencils at $1 each": read strictly as count x price
    words = [t.low if t.kind == "word" else "" for t in tail]
    k = 0
    while k < len(tail):
        word, tok = words[k], tail[k]
        if word == "what" and k > 0 and words[k - 1] == "of":
            ends = [j for j in range(k, len(words)) if words[j] in REST]
            if not ends:
                return False
            k = ends[0] + 1  # "of what was left": the share reader checks the words
            continue
        if tok.numeric or not word or word in W.FRACTION_WORDS or word in SKIP \
                or word in W.CURRENT or word in REST or word in W.POSSESSIVE \
                or word in ("it", "them", "this", "that") \
                or word in start.nouns or same_unit(word, start.unit) or \
                (start.money and word in W.MONEY_NOUNS):
            k += 1
            continue
        return word in PREPS
    return True


def _actor_sign(verb: str, start: Start) -> int:
    """Return +1 or -1: how the owner's verb changes the tracked amount."""
    if verb in W.BUY:
        return -1 if start.money else 1
    if verb in W.SELL:
        return 1 if start.money else -1
    return -1 if verb in W.TAKE or verb in W.GONE else 1


def _sign(verb: str, start: Start, passive: bool) -> int:
    """Return the direction of `verb`: the quantity's own verb after it ("is eaten",
    "are added"), else the owner's verb."""
    if passive:
        return -1 if verb in W.GONE else 1
    return _actor_sign(verb, start)


def _subject_ok(words: list[str], start: Start) -> bool:
    """Return True when the words before the verb name the owner (or nobody), possibly
    after a time ("On Tuesday she spent")."""
    return all(w in W.LEAD or w in start.owner or w in PASSIVE or w in W.WHEN or
               w in ("on", "at", "in", "the") for w in words)


def _share(clause: list[Tok], start: Start, v: int | None, verb: str | None,
           fresh: bool) -> Op | None | str:
    """Read a share of the current amount: "spends 20% of it", "half of the rest is eaten",
    "then 1/3 of what remained" (verb carried over). "no" when no share is present."""
    for i, tok in enumerate(clause):
        found = _fraction_at(clause, i)
        if found is None:
            continue
        share, used, end = found
        if share <= 0 or share > 1:
            return None
        rest = clause[end:]
        if rest and rest[0].low == "of":
            stop = next((k for k, t in enumerate(rest[1:], 1)
                         if t.low in ("on", "for", "to", "in", "at", "into")), len(rest))
            if not _refers_to_current(rest[1:stop], start, fresh):
                return None
            tail = rest[stop:]
        else:
            if not fresh:
                return None  # "then loses 10%": of the start or of what is left?
            if rest and rest[0].low not in W.AFTER_SHARE | PASSIVE:
                return None  # "gets a 10% discount", "20% raise": not a share of it
            tail = rest
        if i > 0 and clause[i - 1].low in ("a", "an", "of", "by", "to") and \
                tok.kind == "percent":
            return None  # "a 10% raise", "a raise of 10%", "by 10%"
        others = [t for t in clause if t.numeric or t.low in W.FRACTION_WORDS]
        if len(others) > 2 or any(t.numeric for t in tail) or \
                any(t.numeric for t in clause[:i]):
            return None
        if any(t.low in W.FRACTION_WORDS for t in tail):
            return None
        if rest and rest[0].low in ("more", "less", "fewer", "than", "off"):
            return None
        if verb is None:
            return None
        passive = v is not None and v > i
        sign = _sign(verb, start, passive)
        if sign > 0 and not passive and verb not in W.ADD_SHARE:
            return None  # "earns 10% of it": of which amount?
        kind = "share_take" if sign < 0 else "share_add"
        shown = verb
        return Op(kind, share, shown, used)
    return "no"


def _amount(clause: list[Tok], start: Start, v: int | None, verb: str | None) -> Op | None:
    """Read an amount added or taken: "spends $20", "buys 3 books at $4 each", "30 more
    litres are added", "gives 5 marbles to his sister"."""
    nums = [t for t in clause if t.numeric]
    if not nums or any(t.kind == "percent" for t in nums) or len(nums) > 2:
        return None
    words = [t.low for t in clause if t.kind == "word"]
    if verb is None:
        return None
    passive = v is not None and v > next(k for k, t in enumerate(clause) if t is nums[0])
    if passive and len(nums) != 1:
        return None
    sign, shown = _sign(verb, start, passive), verb
    if set(words) & BETWEEN_BLOCK - (W.EACH if len(nums) == 2 else frozenset()):
        return None
    if start.money:
        return _money_amount(clause, nums, sign, shown)
    if len(nums) != 1 or nums[0].kind != "number" or "/" in nums[0].text:
        return None
    k = next(i for i, t in enumerate(clause) if t is nums[0])
    end = v if passive else len(clause)
    after = [t.low for t in clause[k + 1:end] if t.kind == "word"]
    if after and after[0] in ("more", "extra", "additional"):
        after = after[1:]
    if after and not same_unit(after[0], start.unit) and after[0] not in AROUND:
        return None
    if passive and not all(same_unit(w, start.unit) or w in AROUND | PASSIVE for w in after):
        return None  # "6 boxes of pens are sold" while pencils are counted
    return Op("add" if sign > 0 else "take", nums[0].value, shown, (nums[0],))


def _money_amount(clause: list[Tok], nums: list[Tok], sign: int, shown: str) -> Op | None:
    """Read a money amount, or count × price with "each"/"apiece", or a total "for $12"."""
    money = [t for t in nums if t.kind == "money"]
    counts = [t for t in nums if t.kind == "number"]
    if len(money) != 1:
        return None
    if not counts:
        return Op("add" if sign > 0 else "take", money[0].value, shown, (money[0],))
    count = counts[0]
    if count.value.denominator != 1 or "/" in count.text:
        return None
    m = next(i for i, t in enumerate(clause) if t is money[0])
    c = next(i for i, t in enumerate(clause) if t is count)
    after_money = clause[m + 1].low if m + 1 < len(clause) else ""
    before_money = clause[m - 1].low if m > 0 else ""
    kind = "add" if sign > 0 else "take"
    if c < m and after_money in W.EACH:
        total = count.value * money[0].value
        return Op(kind, total, shown, (count, money[0]), count.value, money[0].value)
    if m < c and after_money in W.EACH and clause[c - 1].low == "for":
        total = count.value * money[0].value  # "pays $4 each for 3 books"
        return Op(kind, total, shown, (count, money[0]), count.value, money[0].value)
    if c < m and before_money == "for" and after_money not in W.EACH:
        reason = (f"the number of items; {money[0].text} is the price paid for all "
                  f"{count.text} together")
        return Op(kind, money[0].value, shown, (money[0],), unused=((count, reason),))
    return None


def read_op(clause: list[Tok], start: Start, previous: str | None, fresh: bool):
    """Return (Op | FILLER, verb carried on) for one clause, or None when it cannot be
    placed. `previous` is the owner's verb of the clause before (for "then 25% of the
    rest"); `fresh` is False right after an amount was named (then "of it" is ambiguous)."""
    words = [t.low for t in clause if t.kind == "word"]
    has_number = any(t.numeric for t in clause)
    v, found_verb = _verb(clause)
    change_words = set(words) & (W.RISE | W.FALL | W.GO | set(W.MULTIPLY) | W.LESS_NOUN
                                 | W.MORE_NOUN)
    fractions = [t for t in clause if t.low in W.FRACTION_WORDS]
    if v is None and not has_number and not change_words and not fractions:
        if set(words) & (HINTS | UNDO | {"them", "away"} | (start.nouns - start.owner)) or \
                any(same_unit(w, start.unit) for w in words):
            return None  # "and as much on a hat", "he trades away his cards": unread change
        return FILLER, None
    found = multiply(clause, start)
    if found is not None:
        return found, None
    found = percent_change(clause, start) or amount_change(clause, start)
    if found is not None:
        return found, None
    if start.price:
        return None  # a price changes only by percents, amounts and multiples
    q = next((i for i, t in enumerate(clause) if t.numeric or t.low in W.FRACTION_WORDS),
             len(clause))
    verb = found_verb if v is not None else \
        (previous if all(w in W.LEAD for w in words_before(clause, q)) and
         _elliptic(clause[q:], start) else None)
    if v is not None and v < q:
        if not _subject_ok(words_before(clause, v), start):
            return None
        if " " in verb:
            return None  # "she got off the bus": a moving verb is said of the quantity
        if v > 0 and clause[v - 1].low in PASSIVE and verb != "receives":
            return None  # "she was lent", "it was sold": who did what is not clear
        if verb not in (W.TAKE | W.GIVE | W.BUY | W.SELL | W.GONE):
            return None
    elif v is not None and verb not in (W.GONE | W.COME):
        return None
    if not has_number and not any(t.low in W.FRACTION_WORDS for t in clause):
        return None
    shared = _share(clause, start, v, verb, fresh)
    if shared != "no":
        return (shared, verb) if shared is not None else None
    found = _amount(clause, start, v, verb)
    return (found, verb) if found is not None else None
