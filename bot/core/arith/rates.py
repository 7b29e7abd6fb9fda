"""Rates by unit analysis: every stated quantity used once, multiplied or divided, so that the
units come out as the question asks ("5 trees", "6 lemons per tree per year", "a decade" ->
lemons). Answers only when exactly one value fits; time, length, data and money units convert
exactly within their dimension.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import product

from bot.core.arith import quantities as qty
from bot.core.arith.aside import drop_informants
from bot.core.arith.build import Work, pct, show
from bot.core.arith.doc import Doc
from bot.core.arith.target import Target, read_target
from bot.core.arith.units import TIME_DIMENSIONS, dimension, plural, size

MAX_QUANTITIES = 7
# Words that signal sums, differences, comparisons or changes a product of rates cannot express.
BLOCKING = frozenset("""twice half double doubled doubles triple tripled thrice times more less
fewer than left remaining remain remains rest still already spent lost extra additional
another plus minus except both together altogether combined difference farther further faster
slower early earlier late later longer shorter then before deadline reduced reduce
reduces increasing decreasing apart ahead behind catch back halfway
other others instead break stops stopped stop rests rested returns return first
third fourth last increase increases increased decrease decreases decreased drops
dropped raise raised discount profit loss interest tax fee tip percent share shared
if_only until till""".split())
# Words that only matter in a sentence stating numbers ("He then went to the farm.").
NARRATIVE = frozenset("then last stops stop stopped".split())
EFFICIENCY_DROP = frozenset("drop drops loss slowdown reduction decrease slower lower "
                            "penalty overhead".split())


def _blocked(doc: Doc) -> str | None:
    """Return a word that a product of rates cannot account for, if any (NARRATIVE words
    and ordinals count only in sentences that state numbers, and in the question)."""
    counted = [s for s in doc.given if any(t.numeric for t in s)] + [doc.question]
    words = {t.low for s in counted for t in s if t.kind == "word"} | \
        (doc.words - NARRATIVE)
    if any(tok.kind == "ordinal" for s in counted for tok in s):
        return "an ordinal"
    if {"not", "never", "no"} & set(doc.question_words) or any(
            w.endswith("n't") for w in doc.question_words):
        return "a negated question"
    if _numberless_loss(doc):
        return "a numberless change"
    if "altogether" in doc.question_words and "altogether" not in {
            t.low for s in doc.given for t in s}:
        words = words - {"altogether"}
    if "half" in words and _only_half_times(doc):
        words = words - {"half"}
    hits = sorted(words & BLOCKING)
    if "last" in hits and "last" in doc.question_words:
        hits.remove("last")  # "how many days will the bottles last"
    allowed = EFFICIENCY_DROP if any(t.kind == "percent" for t in doc.all_tokens) else set()
    hits = [word for word in hits if word not in allowed]
    return hits[0] if hits else None


def _numberless_loss(doc: Doc) -> bool:
    """Return True when a sentence with no number takes some amount away ("He gives some of
    it away"): a product of the stated rates would overstate what is left. ("sold the same
    number every day" only says the rate is constant.)"""
    from bot.core.arith.flows import OTHER_CHANGES, OUT_VERBS

    return any(not any(t.numeric for t in s) and "same" not in {t.low for t in s} and
               {t.low for t in s} & (OUT_VERBS | OTHER_CHANGES) for s in doc.given)


def _only_half_times(doc: Doc) -> bool:
    """Return True when every "half" is "half an hour" / "half a day" (a duration)."""
    from bot.core.arith.units import is_time, singular

    tokens = doc.all_tokens
    for k, tok in enumerate(tokens):
        if tok.low == "half":
            if not (k + 2 < len(tokens) and tokens[k + 1].low in ("a", "an") and
                    is_time(singular(tokens[k + 2].text))):
                return False
    return True


def _sentences(doc: Doc) -> list[qty.Sentence] | None:
    """Read every given sentence and the question; bind sentence-level per-words."""
    read = [qty.read_sentence(list(tokens)) for tokens in doc.given]
    question = qty.read_sentence(list(doc.question), question=True)
    question.pending = []
    read.append(question)
    known = {name for s in read for q in s.quantities for name, _ in q.unit}
    target = read_target(doc.question)
    known |= {name for name, _ in target.unit} if target else set()
    for sentence in read:
        if not qty.attach_pending(sentence, known):
            return None
    return read


def _efficiency(doc: Doc, quantities: list, work: Work) -> tuple[list, set] | None:
    """Apply "a 15% performance drop" to the one rate; return (quantities, consumed ids)."""
    percents = [(i, tok) for i, tokens in enumerate(doc.given) for tok in tokens
                if tok.kind == "percent"]
    if not percents:
        return quantities, set()
    if len(percents) != 1:
        return None
    index, tok = percents[0]
    words = {t.low for t in doc.given[index]}
    if not words & EFFICIENCY_DROP:
        return None
    rates = [q for q in quantities if any(exp < 0 and dimension(n) in TIME_DIMENSIONS
                                          for n, exp in q.unit)]
    if len(rates) != 1:
        return None
    rate = rates[0]
    factor = 1 - tok.value / 100
    slowed = qty.Quantity(rate.value * factor, rate.unit, f"{rate.text} after the "
                          f"{tok.text} drop", rate.sources, rate.question)
    work.step("efficiency_loss", f"A {tok.text} drop leaves {pct(factor)} of the rate.",
              f"{show(rate.value)} \u00d7 {show(factor)} = {show(slowed.value)}")
    return [slowed if q is rate else q for q in quantities], {id(tok)}


def _epoch_rule(quantities: list) -> list:
    """Make a data set "per epoch" when epochs are counted: an epoch is one pass over it."""
    if not any(q.unit == (("epoch", 1),) for q in quantities):
        return quantities
    batched = {n for q in quantities for n, e in q.unit if ("batch", -1) in q.unit and e > 0}
    out = []
    for q in quantities:
        if len(q.unit) == 1 and q.unit[0][0] in batched and q.unit[0][1] == 1:
            q = qty.Quantity(q.value, qty.freeze({q.unit[0][0]: 1, "epoch": -1}),
                             f"{q.text} (each epoch)", q.sources, q.question)
        out.append(q)
    return out


def convert(unit: dict[str, int], target: dict[str, int]) -> tuple[Fraction, str] | None:
    """Return (factor, answer unit name) turning `unit` into `target`, or None."""
    if len(target) == 1 and next(iter(target)).startswith("*"):
        wanted = next(iter(target))[1:]
        dims = TIME_DIMENSIONS if wanted == "time" else (wanted,)
        heads = [n for n, e in unit.items() if e == 1 and dimension(n) in dims]
        for head in heads:  # the asked unit, the rest cancelling ("km per s × min")
            converted = convert(unit, {head: 1})
            if converted is not None:
                return converted[0], plural(head)
        return None
    have = {n: e for n, e in unit.items() if target.get(n) != e}
    want = {n: e for n, e in target.items() if unit.get(n) != e}
    if set(have) & set(want):
        return None  # "days per hour" is not "hours per day"
    factor = Fraction(1)
    for name, exp in want.items():
        match = [n for n, e in have.items() if e == exp and dimension(n) is not None
                 and dimension(n) == dimension(name)]
        if len(match) != 1:
            return None
        factor *= (size(match[0]) / size(name)) ** exp
        del have[match[0]]
    balance: dict[str, int] = {}
    for name, exp in have.items():
        if dimension(name) is None or abs(exp) != 1:
            return None
        balance[dimension(name)] = balance.get(dimension(name), 0) + exp
        factor *= size(name) ** exp
    if any(balance.values()):
        return None
    return factor, unit_text(target)


def unit_text(unit: dict[str, int], value: Fraction | None = None) -> str:
    """Return "lemons", "hours per week" or "scans per GPU per hour" for unit exponents."""
    top = [plural(n, value) for n, e in sorted(unit.items()) if e > 0]
    bottom = [n.upper() if n in ("gpu", "cpu", "tpu") else n
              for n, e in sorted(unit.items()) if e < 0]
    text = "\u00b7".join(top) if top else "1"
    return text + "".join(f" per {name}" for name in bottom)


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return (work, value, unit text, quantity name), or None when the problem is not a rate
    product or more than one reading fits."""
    if _blocked(doc):
        return None
    target = read_target(doc.question)
    sentences = _sentences(doc) if target else None
    if sentences is None:
        return None
    work = Work()
    quantities = [q for s in sentences for q in s.quantities]
    quantities, reporters = drop_informants(doc, quantities)
    work.unused.extend(reporters)
    applied = _efficiency(doc, quantities, work)
    if applied is None:
        return None
    quantities, consumed = applied
    consumed |= {i for s in sentences for i in s.consumed}
    if any(id(tok) not in consumed for tok in doc.numbers()):
        return None
    quantities = _epoch_rule(quantities)
    if not 1 <= len(quantities) <= MAX_QUANTITIES or not any(q.sources for q in quantities):
        return None
    if len(quantities) == 1 and not quantities[0].divided:
        return None  # one stated number alone: nothing to work out
    fits = _fits(quantities, target)
    stated = quantities
    if len({value for value, _, _, _ in fits}) != 1:
        picked = (_sum_by_tag(doc, quantities, work) if _asks_sum(doc) else []) or \
            _select_by_tag(doc, quantities, work)  # "in all" about one named kind selects
        fits = _fits(picked, target) if picked else []
        quantities = picked
    if not fits and not _fits(stated, target):
        quantities, fits = _drop_conversion(doc, stated, target, work)
    values = {value for value, _, _, _ in fits}
    if len(values) != 1:
        return None
    asked = [n for n, e in target.unit if e == 1]
    if next(iter(values)).denominator != 1 and asked and dimension(asked[0]) is None and \
            not asked[0].startswith("*"):
        return None  # 6.67 boxes: whether to round up or down is not ours to guess
    value, signs, factor, name = fits[0]
    _write(work, quantities, signs, factor, name, value, target)
    if target.scale != 1:
        work.step("dozens", f"Count in dozens: divide by {show(target.scale)}.",
                  f"{show(value)} \u00f7 {show(target.scale)} = {show(value / target.scale)}")
        value, name = value / target.scale, f"dozen {name}"
    _binary_alternative(work, value, target)
    return work, value, name, name


def _drop_conversion(doc: Doc, quantities: list, target: Target,
                     work: Work) -> tuple[list, list]:
    """When no product of every quantity fits, set aside one stated conversion "X per Y"
    ("each sack holds 42 oranges") whose Y the question counts and whose X is in no other
    quantity: the question stays in Y, so the conversion is not needed. ([], []) unless exactly one
    such conversion exists and the rest fits one way."""
    from bot.core.outcome import Unused

    asked = dict(target.unit)
    found = []
    for q in quantities:
        top = [n for n, e in q.unit if e == 1]
        bottom = [n for n, e in q.unit if e == -1]
        if q.question or len(q.unit) != 2 or len(top) != 1 or len(bottom) != 1 or \
                asked.get(bottom[0]) != 1 or top[0] in asked or \
                dimension(top[0]) is not None or dimension(bottom[0]) is not None or \
                sum(1 for other in quantities for n, _ in other.unit if n == top[0]) != 1:
            continue
        found.append(q)
    if len(found) != 1:
        return [], []
    rest = [q for q in quantities if q is not found[0]]
    fits = _fits(rest, target)
    if len({value for value, _, _, _ in fits}) != 1:
        return [], []
    top = next(n for n, e in found[0].unit if e == 1)
    work.unused.append(Unused(found[0].text, show(found[0].value), f"not needed: it converts "
                              f"to {plural(top)}, and the question counts "
                              f"{plural(next(iter(asked)))}"))
    return rest, fits


def _select_by_tag(doc: Doc, quantities: list, work: Work) -> list:
    """Keep, among quantities of the same unit, the one whose qualifier the question names
    ("9 shirts yesterday and 8 shirts today ... today"); report the others as not needed.
    Returns [] when a group cannot be settled that way."""
    from bot.core.outcome import Unused

    asked = set(doc.question_words)
    tags = {t for q in quantities for t in q.tags}
    words = doc.question_words
    if any(words[k + 1] == "and" and (words[k] in tags) != (words[k + 2] in tags) and
           words[k + 2] not in qty.STOP for k in range(len(words) - 2)):
        return []  # "on piano and singing": a kind the problem never states
    kept, dropped = [], []
    groups: dict = {}
    for q in quantities:
        groups.setdefault(q.unit, []).append(q)
    for group in groups.values():
        if len(group) == 1 or all(q.question for q in group):
            kept.extend(group)
            continue
        stated = [q for q in group if not q.question]
        common = set.intersection(*(set(q.tags) for q in stated)) if stated else set()
        named = [q for q in stated if (set(q.tags) - common) & asked]
        others = [q for q in stated if q not in named]
        if len(named) != 1 or any((set(q.tags) - common) & asked for q in others) or \
                not all(set(q.tags) - common for q in others):
            return []  # qualifiers all share ("learning") do not tell them apart
        kept.extend(q for q in group if q.question or q is named[0])
        dropped.extend(others)
    if not dropped or any(q.tags and not set(q.tags) & asked and not q.question
                          for q in kept):
        return []  # a kept "9 soda bottles a day" cannot serve a question about water
    for q in dropped:
        work.unused.append(Unused(q.text, show(q.value), "not needed: the question asks about "
                                  f"{' '.join(t for t in named_tags(kept) if t in asked)}"))
    return [q for q in quantities if q in kept]


def _asks_sum(doc: Doc) -> bool:
    """Return True for "in all" / "altogether" / "in total" questions."""
    words = doc.question_words
    return "altogether" in words or any(a == "in" and b in ("all", "total")
                                        for a, b in zip(words, words[1:]))


def _sum_by_tag(doc: Doc, quantities: list, work: Work) -> list:
    """Add quantities of one unit told apart by qualifiers ("4 shirts yesterday and 8
    shirts today ... in all"); [] when there is not exactly one such group."""
    groups: dict = {}
    for q in quantities:
        groups.setdefault(q.unit, []).append(q)
    summed = [g for g in groups.values() if len(g) > 1]
    if len(summed) != 1 or any(q.question or not q.tags for q in summed[0]):
        return []
    group = summed[0]
    if len({q.tags for q in group}) != len(group):
        return []
    common = set.intersection(*(set(q.tags) for q in group))
    asked = set(doc.question_words)
    if any((set(q.tags) - common) & asked for q in group) and \
            not all((set(q.tags) - common) & asked for q in group):
        return []  # "in all" about only some of the kinds told apart
    total = sum((q.value for q in group), Fraction(0))
    work.step("sum", "Add the amounts of the same kind: " + ", ".join(q.text for q in group)
              + ".", " + ".join(show(q.value) for q in group) + f" = {show(total)}")
    merged = qty.Quantity(total, group[0].unit, " and ".join(q.text for q in group),
                          tuple(i for q in group for i in q.sources))
    return [merged if q is group[0] else q for q in quantities if q not in group[1:]]


def named_tags(quantities: list) -> list[str]:
    """Return the qualifier words of the kept quantities, in order, without repeats."""
    out: list[str] = []
    for q in quantities:
        out.extend(t for t in q.tags if t not in out)
    return out


BINARY = {"kb": "kib", "mb": "mib", "gb": "gib", "tb": "tib"}


def _binary_alternative(work: Work, value: Fraction, target: Target) -> None:
    """Show the binary reading (GiB = 2^30 bytes) next to decimal GB when they differ."""
    unit = target.unit_dict()
    decimal = [n for n in unit if n in BINARY]
    if len(decimal) != 1 or unit[decimal[0]] != 1:
        return
    name = decimal[0]
    binary = value * size(name) / size(BINARY[name])
    label = f"{name[0].upper()}iB"
    work.notes.append(f"1 {name.upper()} = 10^{len(str(size(name))) - 1} bytes; in binary "
                      f"units (1 {label} = 2^{size(BINARY[name]).numerator.bit_length() - 1} "
                      f"bytes) that is {show(binary)} {label}.")
    work.alternative(f"binary units ({label})", binary, label)


def _fits(quantities: list, target: Target) -> list:
    """Return every (value, signs, factor, unit name) whose units match the target."""
    fits = []
    for signs in product((1, -1), repeat=len(quantities)):
        unit: dict[str, int] = {}
        value = Fraction(1)
        for q, sign in zip(quantities, signs):
            value = value * q.value if sign == 1 else value / q.value
            for name, exp in q.unit:
                unit[name] = unit.get(name, 0) + sign * exp
        unit = {n: e for n, e in unit.items() if e}
        converted = convert(unit, target.unit_dict())
        if converted is not None:
            factor, name = converted
            fits.append((value * factor, signs, factor, name))
    return fits


def _write(work: Work, quantities, signs, factor, name, value, target) -> None:
    """Write the reading and one step per multiplication or division (a multiplied
    quantity leads, so the first step never divides 1 by something)."""
    lead = signs.index(1) if 1 in signs else 0
    order = [lead] + [i for i in range(len(quantities)) if i != lead]
    quantities = [quantities[i] for i in order]
    signs = [signs[i] for i in order]
    for q in quantities:
        work.reading.append(f"\u201c{q.text}\u201d is {show(q.value)} "
                            f"{unit_text(q.unit_dict(), q.value)}.")
    work.reading.append(f"The question asks for {name}: \u201c{target.text}\u201d.")
    for q in quantities:
        if q.divided:
            amount, count = q.divided
            work.step("unit_rate", f"\u201c{q.text}\u201d per single unit: divide by "
                      f"{show(count)}.", f"{show(amount)} \u00f7 {show(count)} = {show(q.value)}")
    running = quantities[0].value if signs[0] == 1 else 1 / quantities[0].value
    unit = {n: signs[0] * e for n, e in quantities[0].unit}
    for q, sign in zip(quantities[1:], signs[1:]):
        before = running
        running = running * q.value if sign == 1 else running / q.value
        for n, e in q.unit:
            unit[n] = unit.get(n, 0) + sign * e
        op, verb = ("\u00d7", "Multiply by") if sign == 1 else ("\u00f7", "Divide by")
        work.step("rate_product", f"{verb} {q.text}: the units become "
                  f"{unit_text({n: e for n, e in unit.items() if e})}.",
                  f"{show(before)} {op} {show(q.value)} = {show(running)}")
    if factor > 1:
        work.step("unit_conversion", f"Convert to {name}.",
                  f"{show(running)} \u00d7 {show(factor)} = {show(value)}")
    elif factor < 1:
        work.step("unit_conversion", f"Convert to {name}.",
                  f"{show(running)} \u00f7 {show(1 / factor)} = {show(value)}")
