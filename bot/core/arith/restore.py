"""Undoing one percent change, and keeping a product the same:

    restore after a fall of r%:   rise by r ÷ (1 − r)   ("cut 20%: raise 25% to get back")
    restore after a rise of r%:   fall by r ÷ (1 + r)
    price up r%, spending kept:   consumption falls by r ÷ (1 + r)   (price × quantity fixed)
    price down r%, spending kept: consumption rises by r ÷ (1 − r)

One stated percent change, and a question asking by what percent the opposite change must
be made to get the original back ("to the original", "restore", "make it 100%") or to keep
the spending the same. Other numbers (except a stated duration of a one-off change) or a
question in the same direction as the change: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.units import is_time, singular
from bot.core.negation import NEGATIONS, negated
from bot.core.outcome import Unused

UP = frozenset("increase increased increases rise rises rose raise raised raises hike "
               "hiked up more".split())
DOWN = frozenset("decrease decreased decreases reduce reduced reduces reduction cut cuts "
                 "fall falls fell drop dropped drops discount lower lowered down less "
                 "decline declined".split())
RESTORE = frozenset("original originally restore restored back previous initial old "
                    "before".split())
SPENDING = frozenset("expenditure expense expenses spending spend bill budget outlay "
                     "cost".split())
CONSUMPTION = frozenset("consumption consume usage use quantity amount".split())
KEEP = frozenset("same unchanged constant".split())
PERIODIC = frozenset("per every each annually yearly monthly weekly daily annual".split())
BLOCKING = frozenset("than twice times half ratio both successive successively "
                     "again".split())


def _change(doc: Doc):
    """Return (percent token, +1 rise / −1 fall) of the one stated change, or None."""
    found = doc.sole_percent(question_too=False)
    if found is None:
        return None
    tokens, k = found
    words = [t.low for t in tokens]
    near = set(words[max(0, k - 4):k + 3])
    up, down = bool(near & UP), bool(near & DOWN)
    return (tokens[k], 1 if up else -1) if up != down else None


def _others_ok(doc: Doc, rate, work: Work) -> bool:
    """Every other number is a "100%" target in the question or a duration of the change
    (listed as not needed); anything else means decline."""
    tokens = doc.all_tokens
    for k, tok in enumerate(tokens):
        if not tok.numeric or tok is rate:
            continue
        if tok.kind == "percent" and tok.value == 100 and any(t is tok for t in doc.question):
            continue
        nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
        if tok.kind == "number" and is_time(singular(nxt)) and \
                not any(t is tok for t in doc.question):
            work.unused.append(Unused(f"{tok.text} {nxt}", str(tok.value),
                                      "how long the change lasts does not change the "
                                      "percent that undoes it"))
            continue
        return False
    return True


def _asked(question: list[str]) -> tuple[str, int] | None:
    """Return ("restore" | "keep", direction asked) for "by what percent must it be
    increased to the original" / "... reduce consumption to keep spending the same"."""
    if not {"percent", "percentage", "%"} & set(question):
        return None
    moves = [w for w in question if w in UP - {"more"} or w in DOWN - {"less"}]
    if not moves or moves[0] in ("up", "down"):
        return None
    direction = 1 if moves[0] in UP else -1  # the first verb: "reduce ... so as not to
    # increase the expenditure" asks for a reduction
    words = set(question)
    if words & RESTORE or "100%" in question:
        return "restore", direction
    if words & CONSUMPTION and words & SPENDING and (words & KEEP or _kept(question)):
        return "keep", direction
    return None


def _kept(question: list[str]) -> bool:
    """Return True for "so as not to increase (decrease) the expenditure": a negation right
    before a change of the spending (the only negation this model reads)."""
    for k, word in enumerate(question):
        if word in NEGATIONS and set(question[k + 1:k + 3]) & (UP | DOWN | {"change",
                                                                            "exceed"}):
            return bool(set(question[k + 1:k + 6]) & SPENDING)
    return False


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the percent that undoes one change or keeps a product the same, or None."""
    words = doc.words
    given_words = {t.low for t in doc.given_tokens}
    if words & BLOCKING or words & PERIODIC or given_words & NEGATIONS:
        return None
    question = [t.low for t in doc.question]
    change = _change(doc)
    asked = _asked(question)
    if change is None or asked is None:
        return None
    negated_q = set(question) & NEGATIONS
    if negated_q and asked[0] != "keep":
        return None
    tok, sign = change
    kind, direction = asked
    if direction == sign:
        return None  # asks for a further change the same way: not an undoing
    work = Work()
    if not _others_ok(doc, tok, work):
        return None
    r = tok.value / 100
    after = 1 + sign * r
    value = r / after * 100
    what = "the original level" if kind == "restore" else "the same spending (price \u00d7 " \
                                                          "quantity fixed)"
    work.reading.append(f"A {'rise' if sign > 0 else 'fall'} of {tok.text}; the question asks "
                        f"for the opposite change that gives {what}.")
    op = "+" if sign > 0 else "\u2212"
    work.step("changed_factor", f"After the {tok.text} change the level is {pct(after)} of "
              "what it was.", f"1 {op} {show(r)} = {show(after)}")
    work.step("undo_percent", f"To get back to 1 the level must change by "
              f"{show(r)} \u00f7 {show(after)} of its new value.",
              f"{show(r)} \u00f7 {show(after)} \u00d7 100 = {show(value)}")
    return work, value, "%", "percent change needed"


COMPARE_UP = frozenset("more higher greater larger bigger taller costlier above".split())
COMPARE_DOWN = frozenset("less lower fewer smaller cheaper shorter below".split())
FILLER = frozenset("if the a an by what % percent percentage is was are were".split())


def _sides(words: list[str], cue: int, asking: bool) -> tuple[list[str], list[str]]:
    """Return the subject (before the verb; after it in a question: "what % is B's pay
    less") and the content words after "than" around a comparison cue."""
    verb = max((k for k in range(cue) if words[k] in ("is", "was", "are", "were")),
               default=None)
    if verb is None:
        return [], []
    subject = words[verb + 1:cue] if asking else words[:verb]
    left = [w for w in subject if w not in FILLER]
    right = [w for w in words[cue + 2:] if w not in FILLER and w not in ("?", ".", ",")]
    return left, right


def solve_compare(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """"A's pay is 20% more than B's; by what percent is B's pay less than A's?" -> 20 ÷ 120.
    One comparison in the text, the question asks the reverse one (the two sides swapped,
    the opposite direction); anything else: None."""
    stated = [s for s in doc.given if any(t.numeric for t in s)]
    heads = [s for s in doc.given if not any(t.numeric for t in s)]
    if len(stated) != 1 or any(len(s) > 2 for s in heads) or \
            sum(t.numeric for t in doc.all_tokens) != 1:
        return None  # only a question head ("By") besides the one comparison
    sentence = stated[0]
    given = [t.low for t in sentence]
    question = [t.low for t in doc.question]
    k = next((i for i, t in enumerate(sentence) if t.kind == "percent"), None)
    if k is None or given[k + 2:k + 3] != ["than"] or given[k + 1] not in COMPARE_UP | \
            COMPARE_DOWN or negated(given) or negated(question):
        return None
    cue = next((i for i, w in enumerate(question) if w in COMPARE_UP | COMPARE_DOWN), None)
    if cue is None or question[cue + 1:cue + 2] != ["than"] or not {"%", "percent",
                                                                   "percentage"} & set(question):
        return None
    sign = 1 if given[k + 1] in COMPARE_UP else -1
    if (question[cue] in COMPARE_UP) == (sign > 0):
        return None  # the same direction: not the reverse comparison
    g_left, g_right = _sides(given, k + 1, asking=False)
    q_left, q_right = _sides(question, cue, asking=True)
    if not (g_left and g_right and q_left and q_right) or q_left[0] != g_right[0] or \
            q_right[0] != g_left[0] or g_left[0] == g_right[0]:
        return None
    tok = sentence[k]
    r = tok.value / 100
    base = 1 + sign * r
    value = r / base * 100
    work = Work()
    work.reading.append(f"{g_left[0]} is {tok.text} {given[k + 1]} than {g_right[0]}; the "
                        f"question compares the other way, against {g_left[0]}.")
    work.step("reverse_compare", f"Take {g_right[0]} as 1: {g_left[0]} is {show(base)}; the "
              f"gap {show(r)} as a percent of {show(base)}.",
              f"{show(r)} \u00f7 {show(base)} \u00d7 100 = {show(value)}")
    return work, value, "%", "percent difference"
