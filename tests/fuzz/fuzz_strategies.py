"""Hypothesis strategies for the fuzz suite: random text, grammar-generated text, mutated problems,
and harmless rewrites of solved problems.

The seeds are the bench's own problems (bot.bench_problems), never corpus texts.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import strategies as st

from bot.bench_problems import PROBLEMS

SEEDS = tuple(p.text for p in PROBLEMS)
VOCABULARY = ("a", "the", "of", "by", "per", "each", "every", "after", "in", "to", "is",
              "grows", "falls", "doubles", "halves", "increases", "decreases", "rate",
              "interest", "compounded", "annually", "years", "hours", "epochs", "months",
              "dollars", "population", "colony", "bacteria", "tank", "liters", "how", "many",
              "what", "when", "will", "exceed", "below", "half", "times", "linear", "%",
              "percent", "per cent", ".", "?", ",", "(", ")", "=", "^", "e", "t", "P(t)")
ASCII = st.characters(min_codepoint=32, max_codepoint=126)


def _numbers() -> st.SearchStrategy[str]:
    """Numbers as people write them: integers, decimals, thousands separators, huge, tiny."""
    return st.one_of(
        st.integers(0, 10**6).map(str),
        st.integers(1000, 10**9).map("{:,}".format),
        st.decimals(min_value=0, max_value=10**4, places=3, allow_nan=False).map(str),
        st.integers(-40, 40).map(lambda e: f"1e{e}"),
        st.sampled_from(["0", "0.0", "10^18", "1/3", "007", "3.", ".5"]),
    )


def random_text() -> st.SearchStrategy[str]:
    """Arbitrary unicode text, and word salads of the solver's own vocabulary and numbers."""
    salad = st.lists(st.one_of(st.sampled_from(VOCABULARY), _numbers()), max_size=40)
    return st.one_of(st.text(max_size=200), salad.map(" ".join))


def _terminal_strategy(name: str, pattern) -> st.SearchStrategy[str]:
    """Return a strategy for one grammar terminal, followed by a space (the lexer ignores it)."""
    special = {
        "YEARNUM": st.integers(1600, 2199).map(str),
        "NUMBER": _numbers(),
        "WORD": st.one_of(st.sampled_from(["cells", "fund", "town", "water", "it", "how",
                                           "many", "what", "value", "model", "loss"]),
                          st.from_regex(r"[A-Za-z][a-z]{0,9}", fullmatch=True)),
        "PUNCT": st.sampled_from(list(".,?!;:()'\"-/=")),
        "PCT": st.just("%"),
    }
    if name in special:
        return special[name].map(lambda s: s + " ")
    source = re.sub(r"\\b$", "", pattern.value)
    flags = re.IGNORECASE if "i" in pattern.flags else 0
    return st.from_regex(re.compile(source, flags), fullmatch=True, alphabet=ASCII).map(
        lambda s: s + " ")


@cache
def grammar_text() -> st.SearchStrategy[str]:
    """Strings generated from grammar/sentence.lark itself (package data), tokens space-separated.

    The grammar lexes with a basic lexer and ignores whitespace, so every terminal gets an
    explicit strategy that appends a space; lookbehind terminals get plain values.
    """
    from hypothesis.extra.lark import from_lark
    from lark import Lark

    grammar = Lark.open_from_package("grammar", "sentence.lark", parser="earley",
                                     lexer="basic")
    explicit = {t.name: _terminal_strategy(t.name, t.pattern) for t in grammar.terminals
                if not t.name.startswith("__")}
    explicit.update({name: st.sampled_from(["", " ", "\n", "\t"])
                     for name in grammar.ignore_tokens})
    return from_lark(grammar, explicit=explicit)


@st.composite
def mutated_problem(draw) -> str:
    """A seed problem with words or numbers deleted, duplicated, swapped or replaced."""
    words = draw(st.sampled_from(SEEDS)).split()
    for _ in range(draw(st.integers(1, 4))):
        if not words:
            break
        i = draw(st.integers(0, len(words) - 1))
        j = draw(st.integers(0, len(words) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "number"]))
        if operation == "delete":
            del words[i]
        elif operation == "duplicate":
            words.insert(i, words[i])
        elif operation == "swap":
            words[i], words[j] = words[j], words[i]
        else:
            words[i] = draw(_numbers())
    return " ".join(words)


# ---- harmless rewrites -------------------------------------------------------------------------

def _recase(text: str, choices: list[int]) -> str:
    """Change the case of some words: 0 keep, 1 lower, 2 upper, 3 capitalise."""
    words = text.split(" ")
    for index, choice in zip(range(len(words)), choices):
        words[index] = (words[index], words[index].lower(), words[index].upper(),
                        words[index].capitalize())[choice]
    return " ".join(words)


def _respace(text: str, widths: list[int]) -> str:
    """Replace each single space by 1-3 spaces (cycling through `widths`)."""
    parts = text.split(" ")
    out = [parts[0]]
    for index, part in enumerate(parts[1:]):
        out.append(" " * widths[index % len(widths)] + part)
    return "  " + "".join(out) + "  "


def _percent_words(text: str, spelling: str) -> str:
    """Write "5%" as "5 percent" or "5 per cent"."""
    return re.sub(r"(\d)%", rf"\1 {spelling}", text)


def _thousands(text: str, grouped: bool) -> str:
    """Write 150,000 as 150000 (grouped=False) or 150000 as 150,000 (grouped=True)."""
    if not grouped:
        return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return re.sub(r"(?<![\d.,])\d{4,}(?![\d.,]*\d)", lambda m: f"{int(m.group()):,}", text)


@st.composite
def harmless_rewrite(draw) -> tuple[str, str, str]:
    """Return (seed, rewritten, what was done) for a rewrite that must not change the answer."""
    seed = draw(st.sampled_from(SEEDS))
    kind = draw(st.sampled_from(["case", "spaces", "percent", "per cent", "ungroup", "group"]))
    if kind == "case":
        choices = draw(st.lists(st.integers(0, 3), min_size=1, max_size=60))
        return seed, _recase(seed, choices), kind
    if kind == "spaces":
        widths = draw(st.lists(st.integers(1, 3), min_size=1, max_size=10))
        return seed, _respace(seed, widths), kind
    if kind in ("percent", "per cent"):
        return seed, _percent_words(seed, kind), kind
    return seed, _thousands(seed, kind == "group"), kind
