"""Explicit formulas from the text ("P(t) = 600e^0.27t") parsed by the strict LALR grammar.

The Transformer builds SymPy objects from tokens: numbers become exact Rationals, the letter
`e` is Euler's number unless it is the formula's variable, other letters are symbols. Text is
never passed to sympify or eval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

MAX_FORMULA_CHARS = 160
MAX_DEPTH = 12


class FormulaError(ValueError):
    """The formula text is outside the strict formula grammar."""


@dataclass(frozen=True)
class Formula:
    """A formula `name(variable) = expr` with an exact SymPy right-hand side."""

    text: str
    name: str
    variable: str
    expr: object  # sympy.Expr

    def parameters(self) -> list[str]:
        """Return the names of free symbols other than the variable (e.g. "Ao")."""
        return sorted(str(s) for s in self.expr.free_symbols if str(s) != self.variable)


@cache
def _parser():
    """Build the LALR formula parser once per process."""
    from lark import Lark

    return Lark.open_from_package("grammar", "formula.lark", parser="lalr",
                                  maybe_placeholders=False)


def _fix_lost_superscript(text: str) -> str:
    """Read "(0.85)t" as "(0.85)^t": a copied superscript whose caret was lost."""
    return re.sub(r"\((\s*\d*\.?\d+\s*)\)\s*([a-z])\b", r"(\1)^\2", text)


def parse_formula(text: str) -> Formula:
    """Parse `text`; shorten it word by word from the end until the grammar accepts it."""
    from lark.exceptions import LarkError

    if len(text) > MAX_FORMULA_CHARS:
        raise FormulaError("formula is too long")
    candidate = _fix_lost_superscript(text)
    while candidate:
        try:
            tree = _parser().parse(candidate)
        except LarkError:
            head, _, tail = candidate.rpartition(" ")
            if not head or not re.fullmatch(r"[A-Za-z]{2,}[,.]?", tail):
                break  # only trailing words may be cut, never operators or numbers
            candidate = head.rstrip(" ,.")
            continue
        return _build(candidate, tree)
    raise FormulaError(f"could not read the formula {text!r}")


def _build(text: str, tree) -> Formula:
    """Turn a formula parse tree into a Formula with an exact SymPy expression."""
    lhs, rhs = tree.children
    name = str(lhs.children[0])
    variable = str(lhs.children[1]) if len(lhs.children) > 1 else _guess_variable(rhs)
    expr = _to_sympy(rhs, variable, 0)
    return Formula(text=text, name=name, variable=variable, expr=expr)


def _guess_variable(tree) -> str:
    """Return "t" when it occurs in the tree, else the first single-letter name other than e."""
    names = [str(tok) for tok in tree.scan_values(lambda v: getattr(v, "type", "") == "NAME")]
    if "t" in names:
        return "t"
    others = [n for n in names if n != "e"]
    return others[0] if others else "t"


def _to_sympy(node, variable: str, depth: int):
    """Build a SymPy expression from a formula subtree (tokens only, never text eval)."""
    import sympy

    if depth > MAX_DEPTH:
        raise FormulaError("formula is nested too deeply")
    if not hasattr(node, "data"):
        return _leaf(node, variable)
    args = [_to_sympy(child, variable, depth + 1) for child in node.children]
    ops = {
        "number": lambda a: a[0], "name": lambda a: a[0],
        "add": lambda a: a[0] + a[1], "sub": lambda a: a[0] - a[1],
        "mul": lambda a: a[0] * a[1], "div": lambda a: a[0] / a[1],
        "neg": lambda a: -a[0], "negmul": lambda a: -a[0] * a[1],
        "pow": lambda a: sympy.Pow(a[0], a[1]),
    }
    if node.data not in ops:
        return args[0]
    return ops[node.data](args)


def _leaf(token, variable: str):
    """Map a NUMBER or NAME token to an exact Rational, Euler's e, or a Symbol."""
    import sympy

    if token.type == "NUMBER":
        return sympy.Rational(str(token))
    name = str(token)
    if name == "e" and variable != "e":
        return sympy.E
    return sympy.Symbol(name.replace("o", "0") if len(name) == 2 and name[1] == "o" else name,
                        positive=True)
