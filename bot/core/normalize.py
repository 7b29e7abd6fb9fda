"""Text clean-up before parsing: sentences with their spans, then canonical numbers and symbols.

The grammar only ever sees canonical text: digits without separators ("150000"), "%" for every
spelling of percent, "dollars" after money amounts, ASCII operators, number words as digits,
and each explicit formula replaced by a placeholder token `FORMULA<i>` whose text is parsed by
the strict formula grammar. Every rewrite is a fixed table or regex; nothing is evaluated.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.core import numbers


_CHAR_MAP = str.maketrans({
    "\u00d7": "*", "\u22c5": "*", "\u00b7": "*", "\u2219": "*", "\u2212": "-", "\u2013": "-",
    "\u2014": " - ", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2044": "/",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00f7": "/", "\u2248": " approximately ",
})
_VULGAR = {"\u00bd": "1/2", "\u2153": "1/3", "\u2154": "2/3", "\u00bc": "1/4", "\u00be": "3/4",
           "\u2155": "1/5", "\u215b": "1/8", "\u2150": "1/7", "\u2151": "1/9", "\u2152": "1/10"}
_SENTENCE_END = re.compile(r"(?<=[.?!])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9$(])|\n\s*\n|\s*\n(?=\s*[A-Z(])")

_REWRITES: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement) for pattern, replacement in (
        (r"\$\s*(\d[\d,]*(?:\.\d+)?)\s+comma\s+(\d{3})\b", r"$\1,\2"),
        (r"(\d)\s*(?:\*|x)\s*10\s*\^?\s*([-+]?\d+)\b", r"\1e\2"),
        (r"\bper[ -]?cent(?:age)?\b(?! points)", "%"),
        (r"\bpercent\b", "%"),
        (r"\bpct\b", "%"),
        (r"\bpercentage points?\b", "points"),
        (r"\bper-(\w)", r"per \1"),
        (r"\bevery ?day\b", "every day"),
        (r"\b(\d+)-(year|month|week|day|hour|minute|epoch)s?\b", r"\1 \2"),
        (r"(?<![\w.])\.(\d)", r"0.\1"),
        (r"\b(half|third|fourth|fifth|tenth|quarter)of\b", r"\1 of"),
        (r"\\text\{\s*([^}]*)\}", r" \1"),
        (r"\$\$", " "),
        (r"\bto(\d)", r"to \1"),
        (r"\b([A-Za-z]+)/(\d+(?:\.\d+)?)\s*([A-Za-z]+)\b", r"\1_per_\2_\3"),
        (r"(?-i:(?<![\d.])\b(\d+)([A-DF-Z][a-z]?)\b)", r"\2-\1"),
    ))
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3})((?:,\d{3})+)(?![\d])")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d.,]|\s*%)")
_SCALE = re.compile(r"(?<!\d)(\d+(?:\.\d+)?)\s*(million|billion|thousand|trillion)\b", re.IGNORECASE)
_MONEY = re.compile(r"\$\s*(\d+(?:\.\d+)?)")
_FORMULA = re.compile(
    r"\b([A-Za-z](?:_?[0-9a-z])?)\s*(\(\s*[a-z]\s*\))?\s*=\s*"
    r"((?:[-+*/^(){}.,\s\d]|(?<![A-Za-z])[A-Za-z](?:_?[0o])?(?![A-Za-z]))+)")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its canonical text, its span in the original, and formulas it holds."""

    text: str
    original: str
    span: tuple[int, int]
    formulas: tuple[str, ...] = ()


def split_sentences(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Split original text into sentences with (start, end) spans; decimals stay intact."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(text)))
    out = []
    for begin, end in pieces:
        chunk = text[begin:end]
        stripped = chunk.strip()
        if stripped:
            offset = begin + chunk.index(stripped)
            out.append((stripped, (offset, offset + len(stripped))))
    return out


def clean_characters(text: str) -> str:
    """Map unicode look-alikes to ASCII, drop control characters, fold white space."""
    for symbol, fraction in _VULGAR.items():
        if symbol in text:  # (a fast path: most texts hold no vulgar fraction)
            text = re.sub(rf"(\d)\s*{symbol}", rf"\1 {fraction}", text).replace(symbol, fraction)
    text = unicodedata.normalize("NFKC", text.translate(_CHAR_MAP)).translate(_CHAR_MAP)
    if not text.isprintable():  # (a fast path: nothing to replace in a printable text)
        text = "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def canonical_numbers(text: str) -> str:
    """Rewrite numbers, percent spellings, money and number words into canonical tokens."""
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    text = _THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(",", ""), text)
    text = _SPACED_THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text = numbers.replace_fractions(text)
    text = numbers.replace_cardinals(text)
    text = numbers.replace_ordinals(text)
    text = _SCALE.sub(_scale_repl, text)
    text = _MONEY.sub(r" \1 dollars", text)
    text = re.sub(r"\b(to|of|at|by)(\d)", r"\1 \2", text)
    return text


def _scale_repl(match: re.Match) -> str:
    """Rewrite "1.2 million" as "1200000" using exact decimal arithmetic on the digits."""
    from decimal import Decimal

    value = Decimal(match.group(1)) * numbers.SCALES[match.group(2).lower()]
    return format(value.normalize(), "f")


def extract_formulas(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace each `X(t) = ...` formula by FORMULA<i>; return new text and formula texts."""
    found: list[str] = []

    def repl(match: re.Match) -> str:
        rhs = match.group(3).rstrip(" ,.")
        if not re.search(r"\d", rhs) or not re.search(r"[a-z]", rhs.replace("e", "") + "e"):
            return match.group(0)
        found.append(f"{match.group(1)}{match.group(2) or ''} = {rhs}")
        trailing = match.group(3)[len(rhs):]
        return f" FORMULA{len(found) - 1} {trailing}"
    return _FORMULA.sub(repl, text), tuple(found)


def normalize(text: str) -> list[Sentence]:
    """Return the canonical sentences of `text`, each with its span in the original."""
    sentences = []
    for original, span in split_sentences(text):
        cleaned = clean_characters(original)
        cleaned = canonical_numbers(cleaned)
        cleaned, formulas = extract_formulas(cleaned)
        cleaned = re.sub(r"\s+", " ", cleaned).strip()
        sentences.append(Sentence(cleaned, original, span, formulas))
    return sentences
