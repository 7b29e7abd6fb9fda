"""Amounts coming in and going out, per period or once, over a stated time: "earns $40 every
week for 10 weeks and pays $15 rent every week; how much does he have at the end?" ->
(40 − 15) × 10 = 250.

Every stated amount of the asked kind is a flow, signed by its own verb (earn, harvest,
collect … in; pay, spend, discard, eat … out): per period ("every week", "per day") it is
multiplied by the one stated length of time, otherwise it counts once. "discard 20 of
them" right after a rate is that many of the same rate. A starting amount ("has $50") may
lead. The question must ask what is had or left at the end.

Declines: no flow per period (amounts that each come once are a story of steps, the
sequence family's), a changing verb with no number of its own, a flow whose verb is unknown
or in neither list, a rate over another dimension of
time than the length, two lengths, two actors, no flow going out (a plain rate product, the
rates model's), comparison or share words, a question about one flow.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bot.core.arith import quantities as qty
from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.arith.shapes import duration as _duration
from bot.core.arith.shapes import in_unit as _in
from bot.core.arith.shapes import OTHER_PEOPLE
from bot.core.arith.shapes import names as _names
from bot.core.arith.shapes import rate_parts as _rate_parts
from bot.core.arith.target import read_target
from bot.core.arith.units import plural

IN_VERBS = frozenset("""earn earns earned make makes made harvest harvests harvested collect
collects collected pick picks picked fill fills filled produce produces produced receive
receives received gain gains gained grow grows grew bake bakes baked catch catches caught
""".split())
OUT_VERBS = frozenset("""pay pays paid spend spends spent discard discards discarded throw
throws threw eat eats ate use uses used drink drinks drank give gives gave lose loses lost
donate donates donated drain drains drained leak leaks leaked""".split())
START_VERBS = frozenset("has had have starts started owns owned".split())
SELL = frozenset("sell sells sold".split())  # money comes in, items go out
BUY = frozenset("buy buys bought".split())  # money goes out, items come in
ASK_HAVE = frozenset("have has left remain remains remaining keep".split())
BLOCKING = frozenset("""twice half double triple times more less fewer than percent
both together average other another instead except if_only already quarter quarters third
thirds fourth fifth rest fraction portion all none""".split())
# Verbs that change an amount outside the two lists: with no number of their own, a change
# this model cannot place ("then trades away a quarter of the rest").
OTHER_CHANGES = frozenset("""sell sells sold buy buys bought trade trades traded share shares
shared split splits lend lends lent borrow borrows borrowed keep keeps kept""".split())
NOUN_MARKS = frozenset("""the a an of his her their its this that being been is was are were
""".split())  # "during the harvest", "the oranges being harvested": no change to place
CLAUSE_ENDS = (",", ";", ".", "and", "but", "while", "if", "then")


def unplaced_change(doc: Doc) -> bool:
    """Return True when a given sentence uses a changing verb with no number of its own
    before the next clause ("loses a quarter of the rest", "then gives some away")."""
    verbs = IN_VERBS | OUT_VERBS | OTHER_CHANGES
    for tokens in doc.given:
        if any(t.low == "same" for t in tokens):
            continue  # "made the same amount each day": a constant rate, stated elsewhere
        for k, tok in enumerate(tokens):
            if tok.low not in verbs or (k and tokens[k - 1].low in NOUN_MARKS):
                continue  # "during the harvest" names a season, not a change
            rest = tokens[k + 1:]
            ends = [j for j, t in enumerate(rest) if t.low in CLAUSE_ENDS or t.low in verbs]
            clause = rest[:ends[0]] if ends else rest
            if not any(t.numeric for t in clause):
                return True
    return False


def sign_of(verb: str, q: qty.Quantity) -> int:
    """Return +1 (comes in), −1 (goes out) or 0 for a flow's verb; selling brings money in
    and takes items out, buying the reverse."""
    money = any(n == "dollar" and e == 1 for n, e in q.unit)
    if verb in SELL:
        return 1 if money else -1
    if verb in BUY:
        return -1 if money else 1
    return 1 if verb in IN_VERBS else -1 if verb in OUT_VERBS else 0


@dataclass
class Flow:
    """One amount in (+1) or out (−1), per period (rate) or once."""

    quantity: qty.Quantity
    sign: int
    verb: str


def _verb(tokens: list, start: int) -> str:
    """Return the nearest flow or start verb before index `start` in its clause."""
    for k in range(start - 1, -1, -1):
        low = tokens[k].low
        if low in IN_VERBS | OUT_VERBS | START_VERBS | SELL | BUY:
            return low
        if low in CLAUSE_ENDS and k < start - 1:
            return ""
    return ""


def _of_them(tokens: list, q: qty.Quantity, previous) -> qty.Quantity | None:
    """Read "discard 20 of them" as 20 of the previous rate's unit (per its period)."""
    if q.unit or previous is None or [t.low for t in tokens[q.span[0] + 1:q.span[0] + 3]] \
            != ["of", "them"]:
        return None
    return qty.Quantity(q.value, previous.unit, f"{q.text} of them", q.sources, q.question,
                        (), (), q.span)


def _read(doc: Doc, sentences: list) -> tuple[list[Flow], list, list] | None:
    """Return (flows, starting amounts, lengths of time) or None when a number is unplaced."""
    flows, starts, lengths = [], [], []
    for tokens, sentence in zip(list(doc.given) + [doc.question], sentences):
        tokens, previous = list(tokens), None
        for q in sentence.quantities:
            q = _of_them(tokens, q, previous) or q
            if _duration(q):
                lengths.append(q)
                continue
            if q.question or q.divided:
                return None
            verb = _verb(tokens, q.span[0])
            sign = sign_of(verb, q)
            if verb in START_VERBS and not _rate_parts(q) and not flows:
                starts.append(q)
            elif sign:
                flows.append(Flow(q, sign, verb))
                previous = q if _rate_parts(q) else previous
            else:
                return None
    return flows, starts, lengths


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the amount had at the end of the stated time, or None."""
    from bot.core.arith.rates import _sentences

    words = set(doc.question_words)
    if not ASK_HAVE & words or (BLOCKING | OTHER_PEOPLE) & doc.words or \
            len(_names(doc)) > 1 or \
            {"not", "never", "no"} & words or any(w.endswith("n't") for w in words):
        return None
    if any(t.kind in ("ordinal", "percent") for t in doc.all_tokens) or unplaced_change(doc):
        return None
    if _asks_one_flow(doc):
        return None
    target = read_target(doc.question)
    sentences = _sentences(doc) if target and target.scale == 1 else None
    read = _read(doc, sentences) if sentences else None
    if read is None:
        return None
    flows, starts, lengths = read
    if not any(_rate_parts(f.quantity) for f in flows):
        return None  # amounts that each come once: a story of steps (the sequence family)
    placed = {i for f in flows for i in f.quantity.sources} | \
        {i for q in starts + lengths for i in q.sources}
    if any(id(tok) not in placed for tok in doc.numbers()) or len(lengths) > 1 or \
            len(starts) > 1 or not any(f.sign < 0 for f in flows) or \
            not any(f.sign > 0 for f in flows + [Flow(q, 1, "has") for q in starts]):
        return None
    unit = target.unit_dict()
    if len(unit) != 1 or any(_amount_unit(q.unit) != unit for q in
                             [f.quantity for f in flows] + starts):
        return None
    return _total(flows, starts, lengths, target)


def _asks_one_flow(doc: Doc) -> bool:
    """Return True when the question's own verb is one flow's ("how many has it baked"): it
    asks about that flow, not the amount had at the end. A noun ("after 51 days of harvest",
    "the harvest season") is no verb."""
    lows = [t.low for t in doc.question if t.kind == "word"]
    verbs = IN_VERBS | OUT_VERBS | SELL | BUY | PARTICIPLES
    return any(w in verbs and (k == 0 or lows[k - 1] not in NOUN_MARKS)
               for k, w in enumerate(lows))


# Forms only a question uses ("has he given away", "have they eaten"): asked, never signed.
PARTICIPLES = frozenset("given eaten thrown taken drunk grown donated".split())


def _amount_unit(unit: tuple) -> dict:
    """Return the amount part of a flow's unit ("dollars per week" -> dollars)."""
    return {n: e for n, e in unit if e > 0}


def _total(flows: list[Flow], starts: list, lengths: list, target):
    """Multiply each rate by the length, then add what comes in and take what goes out."""
    work = Work()
    total = starts[0].value if starts else Fraction(0)
    if starts:
        work.reading.append(f"Start: \u201c{starts[0].text}\u201d.")
    terms = [show(total)] if starts else []
    for flow in flows:
        q = flow.quantity
        parts = _rate_parts(q)
        amount = q.value
        if parts:
            if not lengths:
                return None
            count = _in(lengths[0], parts[1])
            if count is None:
                return None
            amount = q.value * count
            work.step("rate_times_time", f"{q.text} ({flow.verb}) over {lengths[0].text}.",
                      f"{show(q.value)} \u00d7 {show(count)} = {show(amount)}")
        work.reading.append(f"\u201c{q.text}\u201d {'comes in' if flow.sign > 0 else 'goes out'}"
                            f" ({flow.verb}).")
        total += flow.sign * amount
        terms.append(("\u2212 " if flow.sign < 0 else "+ ") + show(amount) if terms else
                     ("\u2212" if flow.sign < 0 else "") + show(amount))
    if lengths and not any(_rate_parts(f.quantity) for f in flows):
        return None  # a length no rate uses
    if total < 0:
        return None
    name = plural(next(iter(target.unit_dict())), total)
    work.step("net", "Add what comes in and take away what goes out.",
              " ".join(terms) + f" = {show(total)}")
    work.reading.append(f"The question asks for the {name} at the end: \u201c{target.text}\u201d.")
    return work, total, name, name
