"""Differential test: the chart parser reads every known sentence exactly as Earley does.

Sentences: every string literal with a space in the test suite (problems, phrasings), our own
table below, and, when ../shared/corpus is present next to the repository, every problem of
dev.jsonl and external.jsonl (read at test time, never copied here). For each problem,
`parse.parse` must return the identical `spec.Problem` (every sentence's typed phrases AND
filler words with their kinds and spans) with the chart parser and with Earley alone.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from bot.core import parse
from bot.core._transformer import PhraseTransformer
from bot.core.normalize import normalize

REPO = Path(__file__).resolve().parents[2]
CORPORA = [REPO.parent / "shared" / "corpus" / name for name in ("dev.jsonl", "external.jsonl")]

OWN = [
    "The population grows by 3% per year and shrinks by 1% every 2 years.",
    "After how many hours will it be 5 times its size?",
    "A machine worth 9000 dollars depreciates by 12% of its original value each year.",
    "It paid an annual interest rate of 4% compounded every 3 months.",
    "Each training epoch reduces error by 8%, but the gradient grows by 5% per epoch.",
    "How much is left in 2040 if 20% of the stock remains after 3 years?",
    "",
    "%%% ??? 5% 5% by by 5%",
]


def _texts() -> list[str]:
    """Return every text the differential test reads (own, test literals, corpora)."""
    texts = list(OWN)
    for path in sorted((REPO / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and " " in node.value and len(node.value) > 12:
                texts.append(node.value)
    for corpus in CORPORA:
        if corpus.exists():
            for line in corpus.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["problem"])
    return texts


def _items(parser, chunk: str) -> tuple:
    return PhraseTransformer(chunk).transform(parser.parse(chunk))


def test_fast_parser_is_the_chart_parser():
    from bot.core.chart import ChartParser

    assert isinstance(parse.fast_parser(), ChartParser)


def test_lexer_terminals_match_earley():
    chart, earley = parse.fast_parser(), parse.sentence_parser()
    assert {t.name for t in chart._lark.terminals} == {t.name for t in earley.terminals}


def test_chart_equals_earley_on_every_known_problem(monkeypatch):
    texts = list(dict.fromkeys(_texts()))
    fast = [parse.parse(text) for text in texts]
    monkeypatch.setattr(parse, "fast_parser", parse._EarleyOnly)
    differ = [text for text, got in zip(texts, fast) if got != parse.parse(text)]
    assert not differ, f"{len(differ)} of {len(texts)} problems read differently: {differ[:3]}"


@pytest.mark.parametrize("chunk", [pytest.param(t, id=f"own-{i}") for i, t in enumerate(OWN)])
def test_chart_equals_earley_on_own_sentences(chunk):
    assert _items(parse.fast_parser(), chunk) == _items(parse.sentence_parser(), chunk)
