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
    from bot.core.chart import ChartParser, Unsupported
    from bot.core.compiled_grammar import lexer_lark

    lexer_only = lexer_lark()  # the shipped compiled grammar, or built from sentence.lark
    try:
        return ChartParser(lexer_only, sentence_parser)
    except Unsupported:
        return _EarleyOnly()


def precompile() -> None:
    """Compile the chart parser's per-character lexer scanners now (see lexing.py)."""
    lexer = getattr(fast_parser(), "_lexer", None)
    if lexer is not None:
        lexer.precompile()


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
        for item in _phrases(parser, PhraseTransformer(chunk), chunk, budget):
            items.append(_shift(item, offset) if offset else item)
    return spec.ParsedSentence(sentence.text, sentence.original, sentence.span, tuple(items),
                               sentence.formulas)


def _phrases(parser, transformer, chunk: str, budget):
    """Return `transform(transformer, parser.parse(chunk, budget))`.

    The chart parser's derivation is read straight into the transformer's results when
    plan_reader.py can (no tree built); otherwise, or when reading raises (an error in a
    method, say), the tree of the same derivation is built and transformed, so the result
    or the error is Lark's."""
    reader = _plan_reader(parser, type(transformer))
    if reader is None:
        return transform(transformer, parser.parse(chunk, budget))
    run = parser.run(chunk, budget)
    sources = run.sources()
    try:
        return reader.read(transformer, run.tokens, sources)
    except Exception:  # noqa: BLE001 - Unreadable, or an error the tree path raises as Lark
        return transform(transformer, run.tree(sources))


_READERS: dict = {}  # (parser, transformer class) -> PlanReader or None


def _plan_reader(parser, transformer_class: type):
    """Return the PlanReader of the chart parser and transformer class (once per process),
    None when the parser is not the chart parser or either shape is not plain."""
    from bot.core.chart import ChartParser

    if not isinstance(parser, ChartParser):
        return None
    key = (id(parser), transformer_class)
    if key not in _READERS:
        from bot.core.plan_reader import PlanReader, Unreadable

        try:
            found = PlanReader(parser, transformer_class)
        except Unreadable:
            found = None
        _READERS[key] = (parser, found)  # the parser is kept: its id stays its own
    return _READERS[key][1]


def transform(transformer, tree):
    """Return `transformer.transform(tree)`, computed the way Lark's Transformer does it.

    Same calls in the same order with the same arguments, same `Discard`, same `VisitError`
    wrapping; the one difference is cost: Lark looks each callback up on the instance, which
    for a `v_args` class builds a fresh wrapper (functools.update_wrapper) per tree node. Here
    the callback is looked up once per class and name (`_callback`; a class whose methods
    are replaced at run time is not supported), and anything
    that is not a plain `v_args` method or a missing one is left to Lark itself.
    """
    from lark import Token, Tree
    from lark.exceptions import GrammarError, VisitError
    from lark.visitors import Discard

    calls = _CALLBACKS.setdefault(type(transformer), {})  # name -> callback (`_callback`)

    def children_of(children) -> list:  # Transformer._transform_children
        out = []
        for child in children:
            if isinstance(child, Tree):
                res = subtree(child)
            elif transformer.__visit_tokens__ and isinstance(child, Token):
                res = token(child)
            else:
                res = child
            if res is not Discard:
                out.append(res)
        return out

    def subtree(tree):  # Transformer._transform_tree and _call_userfunc
        children = children_of(tree.children)
        found = _callback(transformer, calls, tree.data)
        if found is None:
            return transformer._call_userfunc(tree, children)  # let Lark do it
        if found is _MISSING:
            return transformer.__default__(tree.data, children, tree.meta)
        function, wrapper = found
        try:
            return wrapper(function.__get__(transformer, type(transformer)), tree.data,
                           children, tree.meta)
        except GrammarError:
            raise
        except Exception as exc:
            raise VisitError(tree.data, tree, exc)  # noqa: B904 - chained as Lark does

    def token(leaf):  # Transformer._call_userfunc_token
        if _callback(transformer, calls, leaf.type) is _MISSING:
            return transformer.__default_token__(leaf)
        return transformer._call_userfunc_token(leaf)

    out = children_of([tree])
    if not out:
        return None
    assert len(out) == 1
    return out[0]


_MISSING = object()
_CALLBACKS: dict = {}  # transformer class -> {name: what `_callback` found on the class}


def _callback(transformer, calls: dict, name: str):
    """Return (function, visit wrapper) of the class's `v_args` method `name`, _MISSING when
    neither the class nor the instance has `name`, None when Lark must look it up itself."""
    if name in vars(transformer):
        return None  # an instance attribute: Lark's getattr finds it first
    found = calls.get(name, calls)
    if found is calls:
        found = calls[name] = _class_callback(type(transformer), name)
    return found


def _class_callback(cls, name: str):
    """Look `name` up on the class as getattr would (see `_callback`)."""
    from lark.visitors import _VArgsWrapper

    for klass in cls.__mro__:
        if name in vars(klass):
            attr = vars(klass)[name]
            if isinstance(attr, _VArgsWrapper) and hasattr(type(attr.base_func), "__get__"):
                return attr.base_func, attr.visit_wrapper
            return None
    if hasattr(cls, "__getattr__"):
        return None
    return _MISSING


def _shift(item, offset: int):
    """Return the item with its span moved by `offset` characters."""
    from dataclasses import replace

    span = getattr(item, "span", None)
    if isinstance(span, spec.Span):
        return replace(item, span=spec.Span(span.start + offset, span.end + offset))
    return item


def parse(text: str, sentences: list[Sentence] | None = None) -> spec.Problem:
    """Return the typed spec of `text` (at most MAX_SENTENCES sentences are read).

    `sentences`, when given, must be `normalize(text)` (the pipeline has already computed it
    to check the numbers; normalizing is pure, so it is not done twice)."""
    from bot.core.chart import EarleyBudget

    if sentences is None:
        sentences = normalize(text)
    sentences = sentences[:MAX_SENTENCES]
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
