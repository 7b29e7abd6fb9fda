"""Profit and loss: cost price C, marked price M and selling price S tied by percents.

    profit p%:   S = C·(1 + p)      loss l%:   S = C·(1 − l)        (on the cost price)
    discount d%: S = M·(1 − d)      markup m%: M = C·(1 + m)
    profit of X: S − C = X          "X less as profit" in a second case: S1 − S = −X

Every stated amount and percent becomes one linear equation (trade_read gives its role); the
system is solved exactly and the asked price, profit or profit percent must come out unique.
A second case ("If he had sold it for ...", "At what price should it be sold for a gain of
15%?") has its own selling price S1; C and M are shared. Design guide §5: a profit or loss
percent is on the cost price; the reading "on the selling price" is shown as the alternative
when it gives another value. Anything unplaced, contradictory or underdetermined: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith import trade_eqs as eqs, trade_read as rd
from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.negation import negated

BLOCKING = frozenset("""per each every interest rate ratio times twice half double triple
average both together altogether combined sum total successive kg dozen units pieces
tax commission salary another second other""".split())
SIGNATURE = rd.PROFIT | rd.LOSS | rd.DISCOUNT | rd.MARK | {"selling", "cp", "sp"}
NAMES = eqs.NAMES


def _sentences(doc: Doc):
    """Yield (tokens, is_question) for every given sentence and the question."""
    for tokens in doc.given:
        yield list(tokens), False
    yield list(doc.question), True


def read_facts(doc: Doc):
    """Return (facts, question scenario) or None when a number has no single role."""
    facts: list[rd.Fact] = []
    asked_scenario, head_scenario, sale_sentences = 0, 0, 0
    for tokens, is_question in _sentences(doc):
        words = rd.words_of(tokens)
        buyer = bool(set(words) & rd.BUYERS)
        sets_s = _sets_selling(words, buyer)
        scenario = 1 if sets_s and rd.hypothetical(words) and _has_selling(facts) else 0
        if is_question:
            asked_scenario = _question_scenario(words, scenario, head_scenario, facts)
        elif set(words) & rd.SELL and not scenario:
            sale_sentences += 1
        head_scenario = scenario if _is_head(tokens) else 0
        for i, tok in enumerate(tokens):
            if not tok.numeric:
                continue
            fact = _fact(words, i, tok, scenario, buyer, facts)
            if fact is None:
                return None
            facts.append(fact)
    if sale_sentences > 1:
        return None  # two sales: a chain of sellers is not modelled
    return facts, asked_scenario


def _is_head(tokens) -> bool:
    """Return True for the part of the asking sentence before its question word ("If it
    were sold for $25.75,"): it does not end like a sentence."""
    return bool(tokens) and tokens[-1].text not in (".", "!", "?", ";")


def _question_scenario(words, scenario, head_scenario, facts) -> int | None:
    """Return the case the question is about: the second one when the question or the
    clause before it opens or names it; the first when there is only one; None when two
    cases exist and the question does not say which."""
    if scenario or head_scenario:
        return 1
    if not any(f.scenario for f in facts):
        return 0
    if rd.hypothetical(words):
        return 1
    return None


def _fact(words, i, tok, scenario, buyer, facts):
    """Return the Fact of one number, or None."""
    if tok.kind == "percent":
        role = rd.percent_role(words, i)
        if role and role.endswith("_change"):
            up = bool(set(words) & {"increases", "increased", "increase", "rises", "rose"})
            role += "_up" if up else "_down"
        return rd.Fact(role, scenario, tok) if role else None
    if tok.kind != "money":
        return None
    if words[i - 1:i] == ["to"] and words[i - 3:i - 1] == ["from", "#"] or \
            words[i - 2:i] == ["and", "#"]:
        prior = facts[-1] if facts else None  # "from $400 to $380": the same price, case 2
        if prior is None or prior.scenario != 0 or prior.role != "S":
            return None
        return rd.Fact("S", 1, tok)
    role = rd.money_role(words, i, buyer)
    return rd.Fact(role, scenario, tok) if role else None


def _sets_selling(words, buyer) -> bool:
    """Return True when a sentence states a selling condition (amount or percent)."""
    for i, word in enumerate(words):
        if word == "%#" and rd.percent_role(words, i) in ("profit", "loss", "discount"):
            return True
        if word == "#" and rd.money_role(words, i, buyer) in ("S", "S_more", "S_less",
                                                            "discount_amount"):
            return True
    return False


def _has_selling(facts, scenario: int = 0) -> bool:
    """Return True when `scenario` already has its selling price tied down."""
    return any(f.scenario == scenario and f.role in ("S", "profit", "loss", "discount",
                                                     "discount_amount")
               for f in facts)


def _asked_expr(ask, scenario: int, v):
    """Return (expression, quantity name, unit) of what the question asks."""
    what, percent = ask
    s = v["S1"] if scenario else v["S"]
    if percent:
        if what == "discount":
            return (v["M"] - s) / v["M"] * 100, "discount percent", "%"
        sign = 1 if what == "profit" else -1
        return sign * (s - v["C"]) / v["C"] * 100, f"{what} percent", "%"
    if what in ("profit", "loss"):
        sign = 1 if what == "profit" else -1
        return sign * (s - v["C"]), what, "money"
    if what in ("C", "M"):
        return v[what], NAMES[what], "money"
    if what == "S":
        return s, NAMES["S1" if scenario else "S"], "money"
    return None


def _solve_system(facts, v, on_selling: bool, relative: bool, scale: bool):
    """Return (solution dict, equation lines) of the facts' linear system, or None."""
    import sympy

    equations, lines = [], []
    facts = eqs.with_overheads(facts)
    if facts is None:
        return None
    for fact in facts:
        built = eqs.change_equation(fact, v, relative) if "_change_" in fact.role else \
            eqs.equation(fact, v, on_selling)
        if built is None:
            return None
        left, right, why = built
        equations.append(sympy.Eq(left, right))
        lines.append((why, f"{sympy.sstr(left)} = {sympy.sstr(right)}"))
    if scale:
        equations.append(sympy.Eq(v["C"], 100))
        lines.append(("only percents are given: take the cost price as 100", "C = 100"))
    solutions = sympy.solve(equations, list(v.values()), dict=True)
    if len(solutions) != 1:
        return None
    return solutions[0], lines, equations


def _value(expr, solution, v, used) -> Fraction | None:
    """Return the exact value of `expr` under the solution, or None when it is not fixed or
    a price it needs (M, S, S1) is left free."""
    value = expr.subs(solution)
    if value.free_symbols or any(v[n] in used and v[n] not in solution for n in ("M", "S",
                                                                                 "S1")):
        return None
    if not value.is_Rational:
        return None
    return Fraction(int(value.p), int(value.q))


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return (work, value, unit, quantity) for a profit-and-loss problem, or None."""
    words = doc.words
    if words & BLOCKING or not words & SIGNATURE or negated(words) or \
            any(t.kind == "ordinal" for t in doc.all_tokens):
        return None  # "the second TV" (normalized to an ordinal): another item
    ask = rd.asked(list(doc.question))
    read = read_facts(doc)
    if ask is None or read is None or not read[0]:
        return None
    facts, scenario = read
    if any(f.role == "C_extra" for f in facts) and ask[0] in ("profit", "loss") and \
            not ask[1] and any(f.role in ("profit", "loss") for f in facts):
        return None  # "spent $50 on repairs, sold at a 20% profit; the profit?": 20% of the
        # price paid or of the price plus repairs is not clear enough to answer
    if scenario is None:
        if ask[0] not in ("C", "M"):
            return None  # two cases, and the question does not say which selling price
        scenario = 0
    if not _marked_named(facts, ask, words):
        return None
    v = eqs.symbols()
    target = _asked_expr(ask, scenario, v)
    if target is None:
        return None
    expr, name, unit = target
    scale = not any(f.token.kind == "money" for f in facts)
    if scale and unit != "%":
        return None
    found = _solve_system(facts, v, False, False, scale)
    if found is None:
        return None
    solution, lines, equations = found
    used = set().union(*(e.free_symbols for e in equations)) | expr.free_symbols
    value = _value(expr, solution, v, used)
    if value is None or value < 0 or any(val.is_Rational and val <= 0
                                         for val in solution.values()):
        return None
    work = Work()
    _write(work, facts, lines, solution, name, expr, value)
    _alternatives(work, facts, v, expr, value, scale, unit)
    return work, value, "dollars" if unit == "money" else unit, name


def _marked_named(facts, ask, words) -> bool:
    """A discount or markup needs its marked price named in the text or asked: otherwise
    "a 5% discount" may be off an earlier selling price, which this model does not place."""
    if not any(f.role in ("discount", "discount_amount", "markup", "M") for f in facts):
        return True
    return ask[0] in ("M", "discount") or bool(words & (rd.MARK | {"original", "regular"}))


def _write(work: Work, facts, lines, solution, name, expr, value) -> None:
    """Record the reading and the worked steps."""
    work.reading.append("C is the cost price, M the marked price, S the selling price"
                        + (" (S1 in the second case)" if any(f.scenario for f in facts)
                           else "") + "; profit and loss percents are on the cost price.")
    for why, equation in lines:
        work.step("trade_relation", f"From \u201c{why}\u201d:", equation)
    work.step("solve_linear", "Solve these equations together.",
              ", ".join(f"{k} = {show(Fraction(int(val.p), int(val.q)))}"
                        for k, val in sorted(solution.items(), key=lambda kv: str(kv[0]))
                        if val.is_Rational))
    import sympy

    work.step("trade_answer", f"The {name} is {sympy.sstr(expr)}.",
              f"{sympy.sstr(expr)} = {show(value)}")


def _alternatives(work: Work, facts, v, expr, value, scale, unit) -> None:
    """§5: profit/loss percents on the selling price; a changing loss percent read as a
    relative change. Each shown when it gives another value."""
    readings = []
    if any(f.role in ("profit", "loss") for f in facts):
        readings.append(("the profit or loss percent taken on the selling price", True,
                         False))
    if any("_change_" in f.role for f in facts):
        readings.append(("the profit or loss percent changing by that percent of itself, "
                         "not by points", False, True))
    for reading, on_selling, relative in readings:
        found = _solve_system(facts, v, on_selling, relative, scale)
        if found is None:
            continue
        other = expr.subs(found[0])
        if other.free_symbols or not other.is_Rational:
            continue
        other = Fraction(int(other.p), int(other.q))
        if other != value and other > 0:
            work.alternative(reading, other, "" if unit == "money" else unit)
