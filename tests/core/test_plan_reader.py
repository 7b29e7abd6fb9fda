"""plan_reader: the chart's derivation read straight into PhraseTransformer results equals
transforming the built tree, and parse.py really takes that path."""

from __future__ import annotations

import pytest

from bot.core import parse
from bot.core._transformer import PhraseTransformer
from bot.core.normalize import normalize
from bot.core.plan_reader import Unreadable

TEXTS = [
    "A pond holds 640 frogs and the number falls by 15% each season.",
    "If a deposit of $2,500 earns 3.5% interest compounded monthly, what is it worth after "
    "30 months?",
    "The spores double every 6 hours; how many are there after two days?",
    "A mill's output P(t) = 900(0.97)^t where t is in weeks.",
    "Sell 30% of the old trees by the end of the 3rd year, when it is below 200.",
    "",
]


def test_reader_is_used_for_the_shipped_grammar():
    assert parse._plan_reader(parse.fast_parser(), PhraseTransformer) is not None


def test_every_one_token_item_is_read_without_recursion():
    """Each one-token item plan (`ChartParser.single`) has its chain, so `read` takes
    `_one_token` for it; the texts below check that it reads what the tree path does."""
    parser = parse.fast_parser()
    reader = parse._plan_reader(parser, PhraseTransformer)
    for kind in ("WORD", "NUMBER", "PUNCT", "CMP", "ADVERB", "MULTIPLY", "FORMULA"):
        assert kind in parser.item_terminals()
        assert id(parser.single(kind)[1]) in reader._chains


@pytest.mark.parametrize("text", TEXTS)
def test_reader_equals_tree_then_transform(text):
    parser = parse.fast_parser()
    reader = parse._plan_reader(parser, PhraseTransformer)
    for sentence in normalize(text):
        for _, chunk in parse._chunks(sentence.text):
            run = parser.run(chunk)
            sources = run.sources()
            expected = parse.transform(PhraseTransformer(chunk), run.tree(sources))
            if not all(planned for planned, _ in sources):  # a tie Earley read: tree path
                with pytest.raises(Unreadable):
                    reader.read(PhraseTransformer(chunk), run.tokens, sources)
                continue
            got = reader.read(PhraseTransformer(chunk), run.tokens, sources)
            assert repr(got) == repr(expected)
