"""The question of the sequence family: it must ask for the tracked amount at the end.

"How much money does she have left?", "How many litres are in the tank now?", "What is the
final price?" pass; questions about what was spent, the start, a total, a percent or another
owner return False (the family then steps aside: it never answers a different question).
"""

from __future__ import annotations

from bot.core.arith.tokens import Tok
from bot.core.families import _seq_words as W
from bot.core.families._seq_clauses import Start, same_unit

# "How many pencils does Amy have?" asks about now: present tense, no past auxiliary.
PRESENT = frozenset({"does", "do", "is", "are", "has"})
PAST = frozenset({"did", "was", "were", "had", "used"})
HOLDING = frozenset({"have", "has", "there", "in", "on", "hold", "holds", "contain",
                     "contains", "own", "owns"})
# Function words a question about the tracked amount may hold; any other word must name
# the owner, the amount's nouns or its unit.
ASK_WORDS = frozenset("""how much many what which find is was will be the a an final new
of it its at in on there after all over with by then still total number amount to""".split())
SHARE_ASK = frozenset("""percent percentage fraction ratio proportion part portion share
decimal""".split())
AUX = frozenset("""does do did is are was were will would can could has have had should
remain remains remained left""".split())


def asks_final(question: list[Tok], start: Start) -> bool:
    """Return True when `question` asks for the tracked amount after every change."""
    if not question or any(t.numeric for t in question):
        return False
    words = [t.low for t in question if t.kind == "word"]
    if not words or words[0] not in ("how", "what", "find"):
        return False
    if any(t.text == "%" for t in question) or set(words) & SHARE_ASK:
        return False  # "what percent of the milk is left": a share, not the amount
    verbs = W.TAKE | W.GIVE | W.BUY | W.SELL | W.GONE | W.COME | W.RISE | W.FALL
    blocked = (W.ASK_BLOCK | verbs) - (W.PRICE_FINAL if start.price else frozenset())
    if set(words) & blocked:
        return False
    cues = W.FINAL | (W.PRICE_FINAL if start.price else frozenset())
    present = bool(set(words) & PRESENT) and not set(words) & PAST and \
        bool(set(words) & HOLDING)
    if not set(words) & cues and not present:
        return False
    for tok in question[1:]:
        if tok.kind == "word" and tok.text[0].isupper() and tok.low not in start.owner \
                and tok.text != "I":
            return False  # another named owner
    known = ASK_WORDS | AUX | PRESENT | HOLDING | W.LEAD | W.FINAL | W.MONEY_NOUNS | \
        W.POSSESSIVE | TOTALS | start.owner | start.nouns | \
        (W.PRICE_FINAL if start.price else frozenset())
    if not all(w in known or same_unit(w, start.unit) for w in words):
        return False  # "the final price of the mouse": a word about something else
    return _noun_ok(words, start)


def _noun_ok(words: list[str], start: Start) -> bool:
    """Return True when the noun asked about names the tracked amount ("how much money",
    "how many apples", "what is the final price")."""
    if words[0] != "how":
        named = {w for w in words if w in TOTALS or w in start.nouns or
                 same_unit(w, start.unit)}
        return bool(named)
    if len(words) < 3 or words[1] not in ("much", "many"):
        return False
    noun = words[2]
    if noun in AUX:
        return not (words[1] == "many" and start.money)
    if start.money:
        return noun in W.MONEY_NOUNS or noun in start.nouns
    return same_unit(noun, start.unit)


TOTALS = frozenset({"price", "value", "cost", "amount", "balance", "worth"})


SPEND = frozenset("spends spent spend pays paid pay buys bought buy purchases purchased "
                  "purchase".split())
SPENT_ASK = frozenset("""how much money dollars did does do she he they i we you in total
all altogether spend spent pay paid on everything""".split())


def asks_spent(question: list[Tok], start: Start, ops) -> bool:
    """Return True for "How much did she spend in total?" when every change is money the
    owner spent (then the amount spent is the start minus what is left)."""
    if not start.money or start.price or any(t.numeric for t in question):
        return False
    if not all(op.kind in ("take", "share_take") and op.verb in SPEND for op in ops):
        return False
    words = [t.low for t in question if t.kind == "word"]
    if words[:2] != ["how", "much"] or not set(words) & {"spend", "spent", "pay", "paid"}:
        return False
    return all(w in SPENT_ASK or w in start.owner for w in words)
