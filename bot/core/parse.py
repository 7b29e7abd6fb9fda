"""parse(text) -> Problem: normalize, split, and parse each sentence with the Lark grammar.

grammar/sentence.lark is read by two parsers built lazily once per process (never at import):
the reference Lark Earley parser, and `bot.core.chart.ChartParser`, which returns the same tree
far faster and asks Earley only where two readings tie (tests/core/test_parse_equivalence.py
compares them). Cost is bounded: each sentence is cut into chunks of at most MAX_CHUNK_WORDS
words at clause boundaries, so parse time grows linearly with input length beyond one chunk.
"""

from __future__ import annotations

import re
from functools import cache

from bot.core import spec
from bot.core.normalize import Sentence, normalize

MAX_CHUNK_WORDS = 45
MAX_SENTENCES = 80


@cache
def sentence_parser():
    """Build the reference Earley parser once per process: the chart parser asks it only
    where two readings tie, and the differential test compares the two."""
    from lark import Lark

    return Lark.open_from_package("grammar", "sentence.lark", parser="earley",
                                  lexer="basic", propagate_positions=True)


@cache
def fast_parser():
    """Build the chart parser once per process; Earley when the grammar's shape needs it."""
    from lark import Lark

    from bot.core.chart import ChartParser, Unsupported

    lexer_only = Lark.open_from_package("grammar", "sentence.lark", parser=None,
                                        lexer="basic", propagate_positions=True)
    try:
        return ChartParser(lexer_only, sentence_parser)
    except Unsupported:
        return _EarleyOnly()


class _EarleyOnly:
    """The Earley parser behind the chart parser's interface (grammar shapes it refuses)."""

    def parse(self, text: str, budget=None):
        """Return Earley's tree of `text` (`budget` is the chart parser's; unused here)."""
        del budget
        return sentence_parser().parse(text)


def _chunks(text: str) -> list[tuple[int, str]]:
    """Cut a long sentence at commas/semicolons into chunks of bounded word count."""
    words = text.split()
    if len(words) <= MAX_CHUNK_WORDS:
        return [(0, text)]
    chunks, start = [], 0
    for match in re.finditer(r"[,;:] |\s(?:and|but|while|which|whereas)\s", text):
        if len(text[start:match.end()].split()) >= MAX_CHUNK_WORDS // 2:
            chunks.append((start, text[start:match.end()]))
            start = match.end()
    chunks.append((start, text[start:]))
    out = []
    for offset, chunk in chunks:
        pieces = chunk.split(" ")
        for i in range(0, len(pieces), MAX_CHUNK_WORDS):
            head = " ".join(pieces[:i])
            part = " ".join(pieces[i:i + MAX_CHUNK_WORDS])
            out.append((offset + len(head) + (1 if head else 0), part))
    return out


def parse_sentence(sentence: Sentence, budget=None) -> spec.ParsedSentence:
    """Parse one canonical sentence into its phrases and filler words (`budget`: the
    problem's `chart.EarleyBudget`, shared by its sentences)."""
    from bot.core._transformer import PhraseTransformer

    parser = fast_parser()
    items: list = []
    for offset, chunk in _chunks(sentence.text):
        tree = parser.parse(chunk, budget)
        for item in PhraseTransformer(chunk).transform(tree):
            items.append(_shift(item, offset) if offset else item)
    return spec.ParsedSentence(sentence.text, sentence.original, sentence.span, tuple(items),
                               sentence.formulas)


def _shift(item, offset: int):
    """Return the item with its span moved by `offset` characters."""
    from dataclasses import replace

    span = getattr(item, "span", None)
    if isinstance(span, spec.Span):
        return replace(item, span=spec.Span(span.start + offset, span.end + offset))
    return item


def parse(text: str) -> spec.Problem:
    """Return the typed spec of `text` (at most MAX_SENTENCES sentences are read)."""
    from bot.core.chart import EarleyBudget

    sentences = normalize(text)[:MAX_SENTENCES]
    budget = EarleyBudget()
    return spec.Problem(text, tuple(parse_sentence(s, budget) for s in sentences))


def tree_text(text: str) -> str:
    """Return the Lark parse trees of every sentence, pretty-printed (never raises)."""
    try:
        out = []
        for sentence in normalize(text)[:MAX_SENTENCES]:
            out.append(f"# {sentence.text}")
            for _, chunk in _chunks(sentence.text):
                out.append(fast_parser().parse(chunk).pretty())
        return "\n".join(out) if out else "not understood: empty input"
    except Exception as exc:  # noqa: BLE001 - a REPL helper must never crash
        return f"not understood: {exc}"


def spec_text(text: str) -> str:
    """Return the typed spec (phrases per sentence), one item per line (never raises)."""
    try:
        lines = []
        for sentence in parse(text).sentences:
            lines.append(f"# {sentence.text}")
            lines.extend(f"  {item!r}" for item in sentence.items
                         if not isinstance(item, spec.Word) or item.kind != "WORD")
        return "\n".join(lines) if lines else "not understood: empty input"
    except Exception as exc:  # noqa: BLE001 - a REPL helper must never crash
        return f"not understood: {exc}"
