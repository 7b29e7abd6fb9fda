"""Values of related named quantities, worked out in dependency order with one step each.

`resolve(facts)` attaches every relation to the quantity it names, then computes each
quantity exactly (Fractions) once the quantity it depends on is known: a stated value, or
"Toni has 60% more than Frederick: 10 × (1 + 60/100) = 16". Circular or missing
definitions, two definitions of one quantity, or a negative result give None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.families._rel_read import Fact


def find(key: frozenset, keys: list[frozenset], strict: bool = False,
         things: frozenset = frozenset()) -> frozenset | None:
    """Return the one defined key a reference names: equal, else the unique key that
    contains it or is contained in it ("their sister Eva" -> {eva}); a possessive
    reference (`strict`, "Ben's sister") is read as a shorter key only when the extra
    words are the counted things ("Tomas's marbles" -> Tomas)."""
    if key in keys:
        return key
    near = [k for k in keys if key <= k or (k <= key and (not strict or key - k <= things))]
    return near[0] if len(near) == 1 else None


def resolve(facts: list[Fact], work: Work) -> tuple[dict, dict] | None:
    """Return ({key: value}, {key: key it depends on}) for every defined quantity,
    recording one step per fact."""
    defined: dict[frozenset, Fact] = {}
    for fact in facts:
        if fact.key in defined:
            return None
        defined[fact.key] = fact
    keys = list(defined)
    things = frozenset(f.thing for f in facts if f.thing)
    targets: dict[frozenset, tuple] = {}
    for key, fact in defined.items():
        if fact.kind == "value":
            continue
        refs = fact.others or ((fact.other, fact.strict),)
        found = tuple(find(ref, keys, strict, things) for ref, strict in refs)
        if None in found or key in found or len(set(found)) != len(found):
            return None
        targets[key] = found
    values: dict[frozenset, Fraction] = {}
    while len(values) < len(defined):
        ready = [k for k in keys if k not in values
                 and all(t in values for t in targets.get(k, ()))]
        if not ready:
            return None  # circular
        for key in ready:
            bases = [(values[t], defined[t].label) for t in targets.get(key, ())]
            value = _apply(defined[key], bases, work)
            if value is None or value < 0:
                return None
            values[key] = value
    return values, targets


def closure(keys, targets: dict) -> set:
    """Return the asked keys with every quantity they depend on."""
    seen, todo = set(), list(keys)
    while todo:
        key = todo.pop()
        if key not in seen:
            seen.add(key)
            todo.extend(targets.get(key, ()))
    return seen


PHRASES = {"plus": "{a} more than", "minus": "{a} less than", "pct_up": "{a}% more than",
           "pct_down": "{a}% less than", "times": "{a} times", "pct_of": "{a}% of"}


def _apply(fact: Fact, bases: list, work: Work) -> Fraction | None:
    """Return one quantity's value from its fact and the (value, label) it refers to."""
    a = fact.amount
    if fact.kind == "value":
        work.step("stated_value", f"{fact.label} is given: {fact.amount_text}.", show(a))
        return a
    if fact.kind == "sum_of":
        value = sum(v for v, _ in bases)
        names = " + ".join(label for _, label in bases)
        work.step("relation_sum_of", f"{fact.label} = {names} (\u201c{fact.text}\u201d).",
                  " + ".join(show(v) for v, _ in bases) + f" = {show(value)}")
        return value
    if len(bases) != 1:
        return None
    base, base_label = bases[0]
    phrase = PHRASES.get(fact.kind, "").format(a=show(a))
    head = f"{fact.label} is {phrase} {base_label} (\u201c{fact.text}\u201d)."
    if fact.kind == "plus":
        value, math = base + a, f"{show(base)} + {show(a)}"
    elif fact.kind == "minus":
        value, math = base - a, f"{show(base)} \u2212 {show(a)}"
    elif fact.kind == "pct_up":
        value, math = base * (1 + a / 100), f"{show(base)} \u00d7 (1 + {show(a)}/100)"
    elif fact.kind == "pct_down":
        value, math = base * (1 - a / 100), f"{show(base)} \u00d7 (1 \u2212 {show(a)}/100)"
    elif fact.kind == "times":
        value, math = base * a, f"{show(base)} \u00d7 {show(a)}"
    elif fact.kind == "pct_of":
        value, math = base * a / 100, f"{show(base)} \u00d7 {show(a)}/100"
    else:
        return None
    work.step(f"relation_{fact.kind}", head, f"{math} = {show(value)}")
    return value
