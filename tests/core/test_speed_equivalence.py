"""The speed-ups keep every result identical to the plain computation they replace.

- `parse.transform` returns what Lark's `Transformer.transform` returns;
- the chart parser's lean node builders give the trees (and positions) of Lark's own
  tree-builder callbacks;
- `split_clauses` gives equal, fresh clauses on every call (callers may change them);
- `exact.power` gives SymPy's own Rational for whole exponents; `decimal_of` is unchanged.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy
from lark import Token, Tree
from lark.parse_tree_builder import ParseTreeBuilder

from bot.core import exact
from bot.core import parse as parse_module
from bot.core._transformer import PhraseTransformer
from bot.core.clauses import split_clauses
from bot.core.normalize import normalize

SENTENCES = [
    pytest.param("A pond holds 640 frogs and the number falls by 15% each season.", id="decay"),
    pytest.param("A kettle cools from 95 degrees, losing 4 degrees per minute.", id="linear"),
    pytest.param("If a deposit of $2,500 earns 3.5% interest compounded monthly, what is it "
                 "worth after 30 months?", id="interest"),
    pytest.param("The spores double every 6 hours; how many are there after two days?",
                 id="doubling"),
    pytest.param("A mill's output P(t) = 900(0.97)^t where t is in weeks.", id="formula"),
    pytest.param("Find the value after 12 years, rounded to the nearest cent.", id="question"),
]


def _dump(node):
    """Return a comparable form of a tree: names, children and every position field."""
    if isinstance(node, Tree):
        meta = sorted(vars(node.meta).items()) if node._meta is not None else None
        return node.data, meta, [_dump(child) for child in node.children]
    if isinstance(node, Token):
        return (node.type, str(node), node.start_pos, node.end_pos, node.line, node.column,
                node.end_line, node.end_column)
    return repr(node)


def _chunks(text: str) -> list[str]:
    return [chunk for sentence in normalize(text)
            for _, chunk in parse_module._chunks(sentence.text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_transform_matches_lark(text):
    parser = parse_module.fast_parser()
    for chunk in _chunks(text):
        tree = parser.parse(chunk)
        assert repr(parse_module.transform(PhraseTransformer(chunk), tree)) == \
            repr(PhraseTransformer(chunk).transform(tree))


@pytest.mark.parametrize("text", SENTENCES)
def test_lean_node_builders_match_lark(text, monkeypatch):
    parser = parse_module.fast_parser()
    lark = parser._lark
    reference = ParseTreeBuilder(lark.rules, Tree, True, False, lark.options.maybe_placeholders)
    for chunk in _chunks(text):
        lean = _dump(parser.parse(chunk))
        with monkeypatch.context() as patch:
            patch.setattr(parser, "_callbacks", reference.create_callback(None))
            assert _dump(parser.parse(chunk)) == lean


@pytest.mark.parametrize("text", SENTENCES)
def test_split_clauses_gives_fresh_equal_clauses(text):
    problem = parse_module.parse(text)
    for index, sentence in enumerate(problem.sentences):
        first, second = split_clauses(sentence, index), split_clauses(sentence, index)
        assert first == second
        for a, b in zip(first, second):
            assert a is not b and a.items is not b.items
        if first:
            first[0].question = not first[0].question  # a caller's change stays its own
            assert split_clauses(sentence, index) == second


@pytest.mark.parametrize("base", [Fraction(0), Fraction(1), Fraction(-1), Fraction(103, 100),
                                  Fraction(-7, 3), Fraction(1, 2)])
@pytest.mark.parametrize("exponent", [0, 1, 5, 40, -1, -3])
def test_whole_powers_are_sympys(base, exponent):
    if base == 0 and exponent < 0:
        value, evaluated = exact.power(base, Fraction(exponent))
        assert value == sympy.Rational(0) ** exponent
        return
    value, evaluated = exact.power(base, Fraction(exponent))
    expected = sympy.Rational(base.numerator, base.denominator) ** exponent
    assert evaluated and sympy.srepr(value) == sympy.srepr(expected)


@pytest.mark.parametrize("expr, text", [
    pytest.param(sympy.Rational(0), "0", id="zero"),
    pytest.param(sympy.Rational(1, 3), "0.3333333333", id="third"),
    pytest.param(sympy.Rational(-5, 7) * 10**30, "-7.142857143e+29", id="large"),
    pytest.param(sympy.sqrt(2), "1.414213562", id="root"),
    pytest.param(sympy.Integer(10) ** 40, "1.0e+40", id="big-integer"),
])
def test_decimal_of_is_unchanged(expr, text):
    assert exact.decimal_of(expr) == text


def test_decimal_of_refuses_a_complex_value():
    with pytest.raises(ValueError):
        exact.decimal_of(sympy.I + 1)


def _log_ratio(level, start, factor):
    return sympy.log(sympy.Rational(level) / start) / sympy.log(sympy.Rational(factor))


@pytest.mark.parametrize("crossing", [
    pytest.param(_log_ratio(12000, 8000, sympy.Rational(21, 20)), id="growth"),
    pytest.param(_log_ratio(2500, 5000, sympy.Rational(23, 25)), id="decay"),
    pytest.param(_log_ratio(8, 1, 2), id="whole-log"),
    pytest.param(_log_ratio(10**12 + 1, 10**12, 2), id="tiny"),
    pytest.param(_log_ratio(10**9, 1, sympy.Rational(1000001, 1000000)), id="huge"),
    pytest.param(sympy.Rational(7, 3), id="rational"),
    pytest.param(sympy.Rational(10), id="whole-rational"),
    pytest.param(sympy.Rational(-5, 2), id="negative"),
    pytest.param(sympy.Integer(0), id="zero"),
])
def test_threshold_guess_is_the_60_digit_ceiling(crossing):
    from bot.core.thresholds import _crossing_decimal, _guess

    text, approx = _crossing_decimal(crossing)
    assert text == exact.decimal_of(crossing)
    assert _guess(crossing, approx) == int(sympy.ceiling(sympy.N(crossing, 60)))


@pytest.mark.parametrize("text", [
    "A fund starts at 8000 dollars and grows 5% a year. After how many years will it first "
    "exceed 12000 dollars?",
    "A lake holds 5000 fish and the population falls by 8% each month. How long until there "
    "are fewer than 2500 fish?",
    "A culture of 100 cells doubles every 3 hours. How many minutes until it reaches 1000?",
])
def test_other_count_reading_matches_a_fresh_solve(text, monkeypatch):
    """The alternative read off the task's own solution equals solving it from scratch."""
    from bot.core import pipeline
    from bot.core.outcome import Alternative

    outcome = pipeline.answer(text)
    assert outcome.ok and outcome.alternatives

    def fresh(task, solved):
        return [Alternative(reading, s.value, s.exact, s.unit) for reading, s in
                ((reading, pipeline._solve(other)) for reading, other in task.alternatives)]
    monkeypatch.setattr(pipeline, "_alternatives_of", fresh)
    assert pipeline.answer(text) == outcome


@pytest.mark.parametrize("expr", [
    sympy.Rational(21, 20), sympy.Rational(-3), sympy.Integer(0), sympy.S.Half, sympy.S.One,
    sympy.S.NegativeOne, sympy.Integer(10) ** 50, sympy.Rational(-7, 10 ** 40),
    sympy.log(sympy.Rational(3, 2)) / sympy.log(sympy.Rational(21, 20)),
    60 * sympy.exp(sympy.Rational(-3, 5)),
])
def test_text_of_is_sympys_str(expr):
    assert exact.text_of(expr) == str(expr) == sympy.sstr(expr)
    assert exact.pretty(expr) == str(expr).replace("**", "^").replace("*", "\u00b7")


@pytest.mark.parametrize("text, expected", [
    ("Round to the nearest tenth.", ("nearest tenth", Fraction(1, 10))),
    ("to the nearest whole number", ("nearest whole number", Fraction(1))),
    ("nearest   million people", ("nearest million", Fraction(10 ** 6))),
    ("Give it to 2 decimal places.", ("2 decimal places", Fraction(1, 100))),
    ("Give it to three decimal place", ("3 decimal places", Fraction(1, 1000))),
    ("The nearest town grows by 2 decimal places", ("2 decimal places", Fraction(1, 100))),
    ("A town of 12000 people grows by 3% per year.", None),
    ("decimal places", None),
])
def test_rounding_of(text, expected):
    from bot.core.interpret import rounding_of

    assert rounding_of(text) == expected


@pytest.mark.parametrize("value", [
    Fraction(0), Fraction(7), Fraction(-3, 8), Fraction(368962159627461, 25000000000),
    Fraction(10 ** 40), Fraction(-(10 ** 40), 3), Fraction(1, 10 ** 30), Fraction(2, 3),
])
def test_fraction_decimal_is_decimal_of_the_rational(value):
    assert exact.fraction_decimal(value) == exact.decimal_of(exact.rational(value))
