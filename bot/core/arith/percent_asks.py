"""What a percent question asks beyond "the amount after the changes", and the stories the
percent model (percents.py) must step aside from:

- the asked unit ("how many cents") when the amounts are in dollars: converted exactly;
- the change itself ("how many feet did it grow", "how much more does it cost now");
- a total of two parts ("20 points in the first game and 25% more in the second ... in
  total"): the base and the changed part added;
- amounts per period ("$900 a month") or a question over a horizon ("in a year"), a stated
  amount that is already after the change ("costs $500 after a 20% discount", "now costs"),
  a second thing bought without a price, a second person in the question or the percent's
  sentence: declined, since one percent chain cannot model them.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.doc import Doc
from bot.core.arith.tokens import Tok
from bot.core.arith.units import dimension, is_time, plural, singular, size

CHANGE_VERBS_UP = frozenset("""grow grew grown grows rise rose risen rises increase increased
increases gain gained gains climb climbed jump jumped go went gone""".split())
CHANGE_VERBS_DOWN = frozenset("""drop dropped drops fall fell fallen falls decrease decreased
decreases shrink shrank shrunk lose lost loses reduce reduced cut decline declined
depreciate depreciated""".split())
COMPARATIVE = frozenset("more less fewer cheaper extra".split())
TOTAL_ASK = frozenset("total altogether combined both together all".split())
PART_MARKS = frozenset("""first second third fourth next last following another other
previous monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december morning afternoon evening
night yesterday today tomorrow""".split())
PERIOD_LEAD = frozenset("a an per each every whole entire full one the".split())
PERIOD_ADVERBS = frozenset("daily weekly monthly yearly annually hourly annual".split())
PERSON_ASKS = frozenset("""profit gain loss make made makes earn earns earned save saves
saved pay pays paid spend spends spent get gets got receive receives received""".split())
DEICTIC = frozenset("this last next that following previous same".split())
PRONOUNS = frozenset("he she him her his hers they them their".split())
POST_CHANGE = frozenset("after now currently already".split())
DETERMINERS = frozenset("a an some the two three several his her their its".split())
ACTOR_NOUNS = frozenset("""friend friends brother sister mother father mom dad son daughter
wife husband boss neighbor cousin uncle aunt buyer customer partner colleague""".split())


def money_scale(doc: Doc, amounts: list[Tok]) -> tuple[Fraction, str, str] | None:
    """Return (factor, asked unit, stated unit) that turns the stated amounts into the asked
    unit: (1, "dollars", "dollars") when they agree, (100, "cents", "dollars") for "how many
    cents" of dollar amounts. None when the asked unit cannot be reached from the stated one."""
    money = any(t.kind == "money" for t in amounts)
    asked = _asked_unit(doc)
    if money and _counted(doc) not in (None, "dollar", "cent"):
        return None  # "how many euros", "how many shirts can she buy"
    stated = "dollars" if money else ""
    if asked is None:
        return Fraction(1), stated, stated
    if money:
        if asked == "cent":
            return Fraction(100), "cents", stated
        return (Fraction(1), stated, stated) if asked == "dollar" else None
    units = _stated_units(doc, amounts)
    if len(units) != 1:
        return None
    have = units.pop()
    if have == asked:
        return Fraction(1), plural(asked), plural(have)
    if dimension(have) is None or dimension(have) != dimension(asked) or is_time(have):
        return None
    return size(have) / size(asked), plural(asked), plural(have)


def _asked_unit(doc: Doc) -> str | None:
    """Return the canonical unit of "how many cents" / "in cents" / "how many feet", if a
    measured unit (one with a size) is asked."""
    words = [t.low for t in doc.question]
    for k, word in enumerate(words):
        if word == "many" or word == "in" and k + 1 < len(words):
            name = singular(words[k + 1]) if k + 1 < len(words) else ""
            if dimension(name) is not None and not is_time(name):
                return name
    return None


def _counted(doc: Doc) -> str | None:
    """Return the singular noun after "how many", if any."""
    words = doc.question_words
    for k, word in enumerate(words[:-1]):
        if word == "many" and k and words[k - 1] == "how":
            return singular(words[k + 1])
    return None


def _stated_units(doc: Doc, amounts: list[Tok]) -> set[str]:
    """Return the measured units written right after the stated amounts."""
    tokens = doc.all_tokens
    index = {id(t): k for k, t in enumerate(tokens)}
    found = set()
    for tok in amounts:
        k = index[id(tok)]
        name = singular(tokens[k + 1].low) if k + 1 < len(tokens) else ""
        if dimension(name) is not None:
            found.add(name)
    return found


def asks_change(doc: Doc) -> int:
    """Return +1 / -1 when the question asks the change itself in that direction ("how many
    feet did it grow", "how much did the price drop", "how much more does it cost now"), 2
    when "how much more/less" (either direction), 0 when it does not ask the change."""
    words = [t.low for t in doc.question]
    if "how" not in words or words[words.index("how") + 1:words.index("how") + 2] not in (
            ["much"], ["many"]):
        return 0
    after = words[words.index("how") + 2:]
    if after[:1] and after[0] in COMPARATIVE or after[1:2] and after[1] in COMPARATIVE:
        return 2
    if "to" in after:
        return 0  # "how much did it grow to": the level reached
    if set(after) & CHANGE_VERBS_UP and not ("went" in after or "go" in after) or \
            {"go", "went", "gone"} & set(after) and "up" in after:
        return 1
    if set(after) & CHANGE_VERBS_DOWN or {"go", "went", "gone"} & set(after) and \
            "down" in after:
        return -1
    return 0


def asks_total(doc: Doc) -> bool:
    """Return True when the question adds things up: "in total", "altogether", "in all",
    "combined", "both", "together"."""
    words = doc.question_words
    return any(w in TOTAL_ASK - {"all"} or w == "all" and k and words[k - 1] == "in"
               for k, w in enumerate(words))


def part_marks(tokens) -> set[str]:
    """Return the words that name one part of a story ("the second game", "on Monday")."""
    return {t.low for t in tokens if t.low in PART_MARKS or t.kind == "ordinal"}


def per_period(doc: Doc) -> bool:
    """Return True for a question over a horizon ("in a year", "for the whole year",
    "monthly" when the amounts are per week): a percent chain has no period. A question per
    the same period as the amounts ("$36 an hour ... per hour") is kept."""
    given = _periods([t for s in doc.given for t in s])
    asked = _periods(list(doc.question))
    horizon = any(is_time(singular(t.text)) and t.kind == "word" and
                  not (k and doc.question[k - 1].low in DEICTIC)
                  for k, t in enumerate(doc.question))
    if not asked and not horizon:
        return False
    return not (asked and set(asked.values()) == {"per"} and set(asked) <= set(given))


def _periods(tokens: list[Tok]) -> dict[str, str]:
    """Return {time unit: "per" or "span"} of "a month", "each week", "monthly" ("per") and
    "the whole year", "one month" ("span")."""
    from bot.core.arith.quantities import ADVERBS

    found = {}
    for k, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        if tok.low in ADVERBS or tok.low == "annual":
            found[ADVERBS.get(tok.low, "year")] = "per"
        elif is_time(singular(tok.text)) and k and tokens[k - 1].low in PERIOD_LEAD:
            before = tokens[k - 2].low if k > 1 else ""
            per = tokens[k - 1].low in ("per", "each", "every") or \
                tokens[k - 1].low in ("a", "an") and before not in ("in", "for", "over",
                                                                    "during", "within")
            found[singular(tok.text)] = "per" if per else "span"
    return found


def stated_after_change(base_sentence, changes) -> bool:
    """Return True when the base amount is stated after its change: "costs $500 after a 20%
    discount", "now costs $400", "was raised 20% to $18" (the change already happened)."""
    tokens = list(base_sentence)
    if {t.low for t in tokens} & POST_CHANGE:
        return True
    has_percent = any(t.kind == "percent" for t in tokens)
    return has_percent and any(t.numeric and k and tokens[k - 1].low == "to"
                               for k, t in enumerate(tokens))


BUYS = frozenset("buy buys bought purchase purchases purchased orders ordered picks".split())


def unpriced_purchase(doc: Doc) -> bool:
    """Return True for a sentence with no number that buys another thing ("Meg also buys a
    card."): its price is unknown, so what is paid in all is too."""
    for tokens in doc.given:
        if any(t.numeric for t in tokens):
            continue
        for k, tok in enumerate(tokens[:-1]):
            if tok.low in BUYS and tokens[k + 1].low in ("a", "an", "some", "another"):
                return True
    return False


PAID = frozenset("paid pays pay spent spends spend".split())


def paid_amount(base_sentence) -> bool:
    """Return True for "paid $49" / "spent $49": the money someone handed over, which with a
    percent in the same sentence ("bought it at 30% off and paid $49") is after the change."""
    tokens = list(base_sentence)
    return any(t.kind == "money" and k and tokens[k - 1].low in PAID
               for k, t in enumerate(tokens))


def unpriced_item(base_sentence) -> bool:
    """Return True for "a dress for $80 and a hat": a second thing bought with no price."""
    tokens = list(base_sentence)
    money = [k for k, t in enumerate(tokens) if t.kind == "money"]
    if not money:
        return False
    rest = tokens[money[-1] + 1:]
    for k, tok in enumerate(rest[:-1]):
        if tok.low == "and" and rest[k + 1].low in DETERMINERS and \
                not any(t.numeric for t in rest[k + 1:]):
            return True
    return False


def names(doc: Doc) -> set[str]:
    """Return the people of the story: "friend"-like nouns, and capitalised words that stand
    inside a sentence somewhere or more than once (a sentence's first word alone may be any
    word: "Tax is 8%")."""
    from bot.core.arith.quantities import STOP
    from bot.core.arith.shapes import NOT_NAMES

    seen: dict[str, int] = {}
    inside = set()
    for tokens in list(doc.given) + [doc.question]:
        for k, tok in enumerate(tokens):
            if tok.kind != "word":
                continue
            if tok.low in ACTOR_NOUNS:
                inside.add(tok.low)
            elif tok.text[:1].isupper() and tok.low not in NOT_NAMES | STOP and \
                    not tok.text.isupper() and len(tok.text) > 1:
                seen[tok.low] = seen.get(tok.low, 0) + 1
                if k and tokens[k - 1].text not in (".", "?", "!"):
                    inside.add(tok.low)
    return inside | {name for name, count in seen.items() if count > 1}


def other_actor(doc: Doc, changes) -> bool:
    """Return True when two people are named and the question's person is not the subject
    of every percent's sentence ("He sold it to his friend at a 20% profit. How much profit
    did his friend make?", "His friend sold it ... How much profit did Tom make?")."""
    people = names(doc)
    pronoun = any(t.low in PRONOUNS for t in doc.all_tokens)
    if len(people) < 2 and not (people & ACTOR_NOUNS and pronoun):
        return False  # one person; "she sold it to her friend" names two
    asked = {t.low for t in doc.question} & people
    if not asked or not set(doc.question_words) & PERSON_ASKS:
        return False  # "how many people really attended": no one's own amount is asked
    if _last_buyer(doc, changes, asked):
        return False  # "... sold it to her cousin at 10% off. How much did her cousin pay?"
    for change in changes:
        tokens = next(s for s in list(doc.given) + [doc.question]
                      if any(t is change.token for t in s))
        subject = {t.low for t in tokens[:3]} & people
        if subject != asked:
            return True
    return False


PAY_ASKS = frozenset("pay pays paid spend spends spent".split())
SALE_VERBS = frozenset("sold sells sell selling".split())


def _last_buyer(doc: Doc, changes, asked: set[str]) -> bool:
    """Return True when the question asks what a person paid and that person is the buyer
    of the sale in the sentence of the last percent ("sold it to her cousin at a 10%
    discount"): the buyer pays the price after every change, which the model computes."""
    if not changes or not set(doc.question_words) & PAY_ASKS:
        return False
    last = changes[-1].token
    tokens = next((s for s in doc.given if any(t is last for t in s)), None)
    if tokens is None:
        return False
    lows = [t.low for t in tokens]
    for k, word in enumerate(lows):
        if word in SALE_VERBS and "to" in lows[k + 1:k + 4]:
            j = k + 1 + lows[k + 1:k + 4].index("to")
            buyer = [w for w in lows[j + 1:j + 3] if w not in DETERMINERS]
            return bool(buyer) and buyer[0] in asked
    return False


PROFIT_WORDS = frozenset("profit profits gain gains loss losses".split())


def profit_of_other(doc: Doc) -> bool:
    """Return True when the question asks one person's profit but no sentence with a percent
    has that person as its subject ("She sold it to her friend at a 20% profit. How much
    profit did her friend make?"): the percent is someone else's."""
    people = names(doc)
    pronoun = any(t.low in PRONOUNS for t in doc.all_tokens)
    asked = {t.low for t in doc.question} & people
    if not asked or not set(doc.question_words) & PROFIT_WORDS or \
            len(people) < 2 and not (people & ACTOR_NOUNS and pronoun):
        return False
    return not any({t.low for t in tokens[:3]} & asked for tokens in doc.given
                   if any(t.kind == "percent" for t in tokens))


def raised_to(doc: Doc) -> bool:
    """Return True when a sentence with a percent states the level reached ("was raised
    20% to $18"): the amount is after the change, not the base it applies to."""
    for tokens in doc.given:
        if any(t.kind == "percent" for t in tokens) and any(
                t.numeric and t.kind != "percent" and k and tokens[k - 1].low == "to"
                for k, t in enumerate(tokens)):
            return True
    return False


ORIGINAL_ASKS = frozenset("""before original originally old previous earlier initial
initially start started starting""".split())


def current_start(doc: Doc) -> bool:
    """Return True when the first stated amount is already the level after a change the
    text then states ("A TV now costs $400. It was cut by 20%.", "costs $500 after a 20%
    discount") and the question does not ask the level before it."""
    if set(doc.question_words) & ORIGINAL_ASKS or \
            not any(t.kind == "percent" for t in doc.given_tokens):
        return False
    first = next((s for s in doc.given if any(t.numeric for t in s)), ())
    opening = next((t for t in first if t.numeric), None)
    return opening is not None and opening.kind != "percent" and \
        stated_after_change(first, ())
