"""The chart parser: same trees as Earley on small grammars, its refusals, and its lexer."""

from __future__ import annotations

import pytest
from lark import Lark

from bot.core import parse
from bot.core.chart import ChartParser, Unsupported
from bot.core.lexing import DispatchLexer

TOY = r"""
start: _item*
_item: _phrase | filler
filler: WORD | NUMBER | PUNCT | UP | BY | PCT | OF | THE
_phrase: change | share
change.5: direction _gap? BY amount -> change_by
        | direction amount          -> change_by
direction: UP
_gap: WORD | WORD WORD
share.3: amount OF _wide
_wide: WORD | THE | _wide WORD | _wide THE
amount: percent | plain
percent.3: NUMBER PCT
plain: NUMBER
UP.2: /(grows|rises)\b/i
BY.2: /by\b/i
OF.2: /of\b/i
THE.2: /the\b/i
NUMBER: /\d+/
PCT: "%"
WORD: /[A-Za-z]+/
PUNCT: /[^\sA-Za-z0-9%]/
%ignore /\s+/
"""

TOY_TEXTS = [
    pytest.param("It grows by 5% a day.", id="change-with-by"),
    pytest.param("It grows the stock by 5%, then rises 3%.", id="gap-and-bare-amount"),
    pytest.param("Sell 30% of the old trees now.", id="wide-run-tie"),
    pytest.param("20% of the herd, 30% of the flock grows by 2", id="two-ties-and-punct"),
    pytest.param("", id="empty"),
    pytest.param("by by % 5 of of the", id="only-keywords"),
]


def _toy(parser: str) -> Lark:
    return Lark(TOY, parser=parser, lexer="basic", propagate_positions=True)


@pytest.fixture(scope="module")
def toy():
    earley = _toy("earley")
    return ChartParser(_toy(None), lambda: earley), earley


@pytest.mark.parametrize("text", TOY_TEXTS)
def test_toy_grammar_trees_equal_earley(toy, text):
    chart, earley = toy
    assert chart.parse(text) == earley.parse(text)


@pytest.mark.parametrize("grammar", [
    pytest.param('start: thing\nthing: "a"*\n', id="start-not-a-list"),
    pytest.param('start: item*\nitem: "a" | empty\nempty:\n', id="nullable-rule"),
    pytest.param('start: item*\nitem: "a" [B]\nB: "b"\n', id="placeholders"),
])
def test_unsupported_grammar_shapes_are_refused(grammar):
    with pytest.raises(Unsupported):
        ChartParser(Lark(grammar, parser=None, lexer="basic", maybe_placeholders=True),
                    lambda: None)


def test_punctuation_is_the_hard_cut_of_the_sentence_grammar():
    assert parse.fast_parser()._hard == frozenset({"PUNCT"})


@pytest.mark.parametrize("text", [
    pytest.param("Each epoch reduces error by 8%, but the gradient grows by 5% per epoch.",
                 id="two-changes"),
    pytest.param("A colony of 500 bacteria grows by 8% per hour after 12 hours.", id="colony"),
    pytest.param("A van loses 15% of its original price each year.", id="original-price"),
    pytest.param("It falls by 5% of the original value every month.", id="original-value"),
])
def test_sentence_without_a_tie_never_needs_earley(text):
    lexer_only = Lark.open_from_package("grammar", "sentence.lark", parser=None,
                                        lexer="basic", propagate_positions=True)

    def no_earley():
        raise AssertionError("Earley asked for a sentence without ties")

    ChartParser(lexer_only, no_earley).parse(text)


class _AlwaysWalk(dict):
    """A lookahead table that never rules a walk out (every pair may be a derivation)."""

    def get(self, key, default=None):
        return True


@pytest.mark.parametrize("text", [
    "A colony of 500 bacteria grows by 8% per hour after 12 hours; by the end of the 3rd "
    "year the rate is expected to be 4% of the original, 30% of the old trees remain.",
    "It doubles every 5 years, the doubling time is 7 years, 2 times more than in 2010.",
])
def test_lookahead_skips_only_walks_that_find_one_token_at_most(text):
    """The chart with its lookahead finds the same ends, in the same order, for every
    nonterminal at every position, as walking every trie finds."""
    lexer_only = Lark.open_from_package("grammar", "sentence.lark", parser=None,
                                        lexer="basic", propagate_positions=True)
    fast, slow = ChartParser(lexer_only, lambda: None), ChartParser(lexer_only, lambda: None)
    slow._follow = {name: _AlwaysWalk() for name in slow._follow}
    ours, theirs = fast.run(text), slow.run(text)
    for name in fast._follow:
        for pos in range(len(ours.tokens) + 1):
            assert list(ours.ends(name, pos).items()) == list(theirs.ends(name, pos).items())


LEX_TEXTS = [
    pytest.param("perhaps the rate is 5 per cent", id="keyword-prefix-word"),
    pytest.param("In 2040, by 2030 and year 1999 1850", id="year-lookbehind"),
    pytest.param("\u212aelvin grows \u017fix PER ANNUM", id="case-folding-confusables"),
    pytest.param("5th 3/4 1.5e-3 FORMULA0 $%#@!", id="numbers-and-symbols"),
    pytest.param("tab\tand\x07bell\x00nul \u00e9t\u00e9", id="control-and-accents"),
    pytest.param("9" * 2000, id="long-number"),
    pytest.param(" lead  two\t \ttab \u00a0nbsp\u2003em\x1cfs end ", id="blank-runs"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("warm_uses", [pytest.param(1, id="dispatch"),
                                       pytest.param(10**9, id="full-scanner")])
@pytest.mark.parametrize("text", LEX_TEXTS)
def test_dispatch_lexer_matches_lark(text, warm_uses, monkeypatch):
    monkeypatch.setattr("bot.core.lexing.WARM_USES", warm_uses)
    lark = Lark.open_from_package("grammar", "sentence.lark", parser=None, lexer="basic")
    ours = [(t.type, str(t), t.start_pos, t.end_pos) for t in DispatchLexer(lark).lex(text)]
    theirs = [(t.type, str(t), t.start_pos, t.end_pos) for t in lark.lex(text)]
    assert ours == theirs


@pytest.mark.parametrize("text", LEX_TEXTS)
def test_precompiled_lexer_matches_lark(text, monkeypatch):
    """A worker's start-up compiles every ASCII scanner at once (warm_up): same tokens."""
    monkeypatch.setattr("bot.core.lexing.WARM_USES", 10**9)  # only precompile() compiles
    lark = Lark.open_from_package("grammar", "sentence.lark", parser=None, lexer="basic")
    lexer = DispatchLexer(lark)
    lexer.precompile()
    assert all(chr(code) in lexer._scanners for code in range(32, 127))
    ours = [(t.type, str(t), t.start_pos, t.end_pos) for t in lexer.lex(text)]
    theirs = [(t.type, str(t), t.start_pos, t.end_pos) for t in lark.lex(text)]
    assert ours == theirs


def test_dispatch_keeps_only_the_terminals_that_can_begin_there():
    """The first-character analysis reads classes, categories and zero-width prefixes
    exactly (on ASCII): a blank is the ignored whitespace's alone, digits are the numbers'."""
    lark = Lark.open_from_package("grammar", "sentence.lark", parser=None, lexer="basic")
    lexer = DispatchLexer(lark)
    starts = {t.name: s for t, s in zip(lexer._terminals, lexer._starts)}
    assert starts["PUNCT"] & set(" \tAz09%") == set()
    assert starts["YEARNUM"] == {"1", "2"}
    assert starts["NUMBER"] == set("0123456789")
    assert " " in lexer._blanks and "\t" in lexer._blanks and "a" not in lexer._blanks
    assert [t.name for t in lexer._compile_for(" ").terminals] == ["__IGNORE_0"]


@pytest.mark.parametrize(("text", "calls"), [
    pytest.param("It grows by 5% a day.", 0, id="no-tie-no-earley"),
    pytest.param("Sell 30% of the old trees now.", 1, id="wide-run-tie"),
    pytest.param("20% of the herd, 30% of the flock grows by 2", 2, id="tie-after-each-comma"),
])
def test_toy_ties_are_read_by_earley(text, calls):
    earley, asked = _toy("earley"), []

    def counted():
        asked.append(text)
        return earley

    ChartParser(_toy(None), counted).parse(text)
    assert len(asked) == calls


def test_own_scanners_drop_only_group_captures():
    """`_uncaptured` rewrites unnamed groups as non-capturing (classes and escapes kept)
    and keeps a terminal whose regex refers back to a group."""
    from lark.lexer import PatternRE, TerminalDef

    from bot.core.lexing import _non_capturing, _uncaptured

    assert _non_capturing(r"(a|b(c)?)[(]\(x(?:y)") == r"(?:a|b(?:c)?)[(]\(x(?:y)"
    assert _non_capturing(r"[](](d)") == r"[](](?:d)"
    looped = TerminalDef("T", PatternRE(r"(a)\1"))
    assert _uncaptured(looped) is looped
    plain = _uncaptured(TerminalDef("U", PatternRE(r"(up|down)s?\b", ["i"])))
    assert plain.pattern.value == r"(?:up|down)s?\b" and set(plain.pattern.flags) == {"i"}
