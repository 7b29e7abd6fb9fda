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
from bot.core.errors import NotUnderstood

MAX_DIGITS = 1000  # far below Python's 4300-digit int/str limit; no real problem needs more
_TOO_LONG = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")


_CHAR_MAP = str.maketrans({
    "\u00d7": "*", "\u22c5": "*", "\u00b7": "*", "\u2219": "*", "\u2212": "-", "\u2013": "-",
    "\u2014": " - ", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2044": "/",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00f7": "/", "\u2248": " approximately ",
})
_VULGAR = {"\u00bd": "1/2", "\u2153": "1/3", "\u2154": "2/3", "\u00bc": "1/4", "\u00be": "3/4",
           "\u2155": "1/5", "\u215b": "1/8", "\u2150": "1/7", "\u2151": "1/9", "\u2152": "1/10"}
_ANSI_CSI = re.compile(r"(?:\x1b\[|\x9b)[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")
_SUPERSCRIPT = re.compile("[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u207a\u207b]+")
_ODD_COMMA = re.compile(r"(?<![\d.])\d+,\d+(?![\d.])")
_BARE_POWER = re.compile(r"\d+\)?\s*\^\s*\(?[-+]?\d+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_UNIT_POWER = re.compile(
    r"(\d\s*|\bper\s+|/\s*)"
    r"(mm|cm|dm|m|km|in|ft|yd|mi|inch(?:es)?|foot|feet|yards?|miles?|met(?:er|re)s?)"
    r"\s*(?:\^|\*\*)\s*(?:\{\s*([23])\s*\}|([23])(?![\d.]))", re.IGNORECASE)
# (the cheap look-behind for an end mark comes first: at most positions it fails at once and
# the five abbreviation checks are never tried; the order of zero-width checks at one
# position does not change what matches)
_SENTENCE_END = re.compile(r"(?<=[.?!])(?<!\bRs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9$(])|\n\s*\n|\s*\n(?=\s*[A-Z(])"
                           r"|(?<=[.?!:])\s+(?=(?:[a-h]|i{1,3}|iv)\)\s)")  # "... a) Find"

_REWRITES: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement) for pattern, replacement in (
        (r"\$\s*(\d[\d,]*(?:\.\d+)?)\s+comma\s+(\d{3})\b", r"$\1,\2"),
        (r"(?:\bRs\.?|\bINR|\u20b9)\s*(\d(?:[\d,]*\d)?(?:\.\d+)?)", r"\1 rupees"),
        (r"(\d)\s*(?:\*|x)\s*10\s*\^?\s*([-+]?\d+)\b", r"\1e\2"),
        (r"(?<![\w.*/^)])10\s*\^\s*(?:\{\s*([-+]?\d{1,3})\s*\}|([-+]?\d{1,3})(?![\d.\w]))",
         r"1e\1\2"),
        (r"\bper[ -]?cent(?:age)?\b(?! points)", "%"),
        (r"\bpercent\b", "%"),
        (r"\bpct\b", "%"),
        (r"\bpercentage points?\b", "points"),
        (r"\bper-(\w)", r"per \1"),
        (r"\bevery ?day\b", "every day"),
        (r"\b(the|of|at)(end|beginning|start|year|month|week)(s?)\b",
         r"\1 \2\3"),  # text copied from PDFs loses spaces: "at theend of the year"
        (r"\b(\d+)-(year|month|week|day|hour|minute|epoch)s?\b", r"\1 \2"),
        (r"(?<![\w.])\.(\d)", r"0.\1"),
        (r"\b(half|third|fourth|fifth|tenth|quarter)of\b", r"\1 of"),
        (r"\\text\{\s*([^}]*)\}", r" \1"),
        (r"\$\$", " "),
        (r"\bto(\d)", r"to \1"),
        (r"\b([A-Za-z]+)/(\d+(?:\.\d+)?)\s*([A-Za-z]+)\b", r"\1_per_\2_\3"),
        (r"(?-i:(?<![\d.])\b(\d+)([A-DF-Z][a-z]?)\b)", r"\2-\1"),
    ))


class _OnText:
    """A trigger pattern searched on the text as it is (not lower-cased: case matters)."""

    def __init__(self, pattern: re.Pattern):
        self.search = pattern.search


# Per _REWRITES entry, what occurs in every text the pattern can match: a lower-case literal
# or several (one of them occurs in the lower-cased text), a cheap pattern (it matches the
# lower-cased text), or an _OnText pattern. They are checked only on ASCII text, where
# IGNORECASE matching and str.lower() agree; any other text runs every rewrite. (A literal
# test costs far less than a regex search: patterns only where a literal would let most
# sentences through.)
_REWRITE_TRIGGERS: tuple[str | tuple[str, ...] | re.Pattern | _OnText, ...] = (
    "comma",
    re.compile(r"\brs|inr"),
    "10",
    "^",
    "cent",
    "percent",
    "pct",
    "percentage point",
    "per-",
    "every",
    re.compile(r"(?:the|of|at)(?:end|beginning|start|year|month|week)"),
    "-",
    re.compile(r"\.\d"),
    tuple(w + "of" for w in ("half", "third", "fourth", "fifth", "tenth", "quarter")),
    "\\text{",
    "$$",
    re.compile(r"to\d"),
    "/",
    _OnText(re.compile(r"[0-9][A-DF-Z]")),  # (the rewrite is case-sensitive: digit, capital)
)
# The rewrites whose triggers are rare in word problems, and those triggers as literals plus
# one pattern (`_has_rare_trigger`, on the lower-cased text): when none occurs (most
# sentences), the whole group is skipped at once instead of one check each. The test runs
# again after every rewrite that changes the text, so it always describes the current text.
_RARE_REWRITES = frozenset({0, 1, 3, 4, 5, 6, 7, 8, 13, 14, 15})
_RARE_LITERALS = ("comma", "inr", "^", "cent", "pct", "per-", "\\text{", "$$")
# the other rare triggers: "rs" as a word start ("\brs" written to begin with its letters)
_RARE_PATTERN = re.compile(r"rs(?<!\w\w\w)|(?:half|third|fourth|fifth|tenth|quarter)of")
_CARDINAL_GATE = re.compile("|".join(map(re.escape, numbers.CARDINAL_TRIGGERS)))
_ORDINAL_GATE = re.compile("|".join(map(re.escape, numbers.ORDINAL_TRIGGERS)))
_UNIT_HYPHEN = re.compile(r"\b(\d+)-(year|month|week|day|hour|minute|epoch)s?\b",
                          re.IGNORECASE)
_SPACED_TRIGGER = re.compile(r"\d \d\d\d")  # in every match of _SPACED_THOUSANDS
# "\b(to|of|at|by)(\d)" written to begin with the words (the engine then skips to their
# first letters): after the two letters, "no three word characters behind" is "no word
# character before the word"
_GLUED_NUMBER = re.compile(r"(to|of|at|by)(?<!\w\w\w)(\d)")
_GLUED_TRIGGER = re.compile(r"(?:to|of|at|by)\d")  # (in every match of _GLUED_NUMBER)
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
    """Map unicode look-alikes to ASCII, drop control characters, fold white space.

    Terminal colour codes ("\\x1b[31m") vanish whole so their digits never read as numbers;
    zero-width characters vanish so "2<ZWSP>00" stays 200; other controls become spaces.
    """
    if not text.isascii():
        return _clean_unicode(text)
    # ASCII text (a fast path): the unicode steps of _clean_unicode change nothing in it
    if "\x1b" in text:
        text = _ANSI_CSI.sub("", text)
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)
    return _fold_spaces(text)


def _clean_unicode(text: str) -> str:
    """clean_characters for any text (the path every non-ASCII text takes)."""
    text = _ZERO_WIDTH.sub("", _ANSI_CSI.sub("", text))
    text = _SUPERSCRIPT.sub(lambda m: "^" + unicodedata.normalize("NFKC", m.group(0)), text)
    for symbol, fraction in _VULGAR.items():
        if symbol in text:  # (a fast path: most texts hold no vulgar fraction)
            text = re.sub(rf"(\d)\s*{symbol}", rf"\1 {fraction}", text).replace(symbol, fraction)
    text = unicodedata.normalize("NFKC", text.translate(_CHAR_MAP)).translate(_CHAR_MAP)
    if not text.isprintable():  # (a fast path: nothing to replace in a printable text)
        text = "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)
    return _fold_spaces(text)


def _fold_spaces(text: str) -> str:
    """Return `text` with every run of white space made one space, stripped (str.split
    and the regex `\\s` agree on what white space is: tests compare every code point)."""
    return " ".join(text.split())


def canonical_numbers(text: str) -> str:
    """Rewrite numbers, percent spellings, money and number words into canonical tokens.

    On ASCII text a rewrite whose trigger literals (_REWRITE_TRIGGERS, numbers.*_TRIGGERS)
    are all absent is skipped: it could not match, so the result is the same, only faster
    (tests/core/test_normalize_prefilter.py compares it with every rewrite run).
    """
    fast = text.isascii()
    low = text.lower()
    if not fast or "^" in low or "**" in low:
        text = _UNIT_POWER.sub(_unit_power_repl, text)
        low = text.lower()
    rare = fast and _has_rare_trigger(low)
    for index, ((pattern, replacement), triggers) in enumerate(zip(_REWRITES,
                                                                  _REWRITE_TRIGGERS)):
        if fast and (not rare and index in _RARE_REWRITES or
                     not _may_match(triggers, text, low)):
            continue
        new = pattern.sub(replacement, text)
        if new != text:
            text, low = new, new.lower()
            rare = fast and _has_rare_trigger(low)
    if not fast or "," in text:
        text = _THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(",", ""), text)
    if not fast or _SPACED_TRIGGER.search(text):
        text = _SPACED_THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""),
                                     text)
    low = text.lower()
    if not fast or any(t in low for t in numbers.FRACTION_TRIGGERS):
        text = numbers.replace_fractions(text)
        low = text.lower()
    if not fast or _CARDINAL_GATE.search(low):
        text = numbers.replace_cardinals(text)
    if not fast or "-" in text:
        text = _UNIT_HYPHEN.sub(r"\1 \2", text)  # "one-year" became "1-year" just now
    low = text.lower()
    if not fast or _ORDINAL_GATE.search(low):
        text = numbers.replace_ordinals(text)
    if not fast or "illion" in low or "thousand" in low:
        text = _SCALE.sub(_scale_repl, text)
    if not fast or "$" in text:
        text = _MONEY.sub(r" \1 dollars", text)
    return _GLUED_NUMBER.sub(r"\1 \2", text) if _GLUED_TRIGGER.search(text) else text


def _has_rare_trigger(low: str) -> bool:
    """Return whether a lower-cased text holds a trigger of a rewrite in _RARE_REWRITES."""
    return any(t in low for t in _RARE_LITERALS) or _RARE_PATTERN.search(low) is not None


def _may_match(triggers, text: str, low: str) -> bool:
    """Return whether a rewrite's triggers (see _REWRITE_TRIGGERS) occur in an ASCII text."""
    if type(triggers) is str:
        return triggers in low
    if type(triggers) is tuple:
        return any(t in low for t in triggers)
    if type(triggers) is _OnText:
        return triggers.search(text) is not None
    return triggers.search(low) is not None


def _unit_power_repl(match: re.Match) -> str:
    """Fold a unit power after a number or "per" ("500 m^3", "per cm^{2}") into one word."""
    return f"{match.group(1)}{match.group(2)}{match.group(3) or match.group(4)} "


def _scale_repl(match: re.Match) -> str:
    """Rewrite "1.2 million" as "1200000" using exact decimal arithmetic on the digits."""
    from decimal import Decimal

    value = Decimal(match.group(1)) * numbers.SCALES[match.group(2).lower()]
    return format(value.normalize(), "f")


def extract_formulas(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace each `X(t) = ...` formula by FORMULA<i>; return new text and formula texts."""
    if "=" not in text:  # (a fast path: every formula has its "=")
        return text, ()
    found: list[str] = []

    def repl(match: re.Match) -> str:
        rhs = match.group(3).rstrip(" ,.")
        if not re.search(r"\d", rhs) or not re.search(r"[a-z]", rhs.replace("e", "") + "e"):
            return match.group(0)
        found.append(f"{match.group(1)}{match.group(2) or ''} = {rhs}")
        trailing = match.group(3)[len(rhs):]
        return f" FORMULA{len(found) - 1} {trailing}"
    return _FORMULA.sub(repl, text), tuple(found)


def _refuse_huge_numbers(text: str) -> None:
    """Decline a number longer than MAX_DIGITS digits before any parser or int() sees it,
    and a number whose comma is not a thousands separator ("2,00")."""
    match = _TOO_LONG.search(text)
    if match:
        raise NotUnderstood(f"a number with more than {MAX_DIGITS:,} digits",
                            match.group(0)[:12] + "\u2026",
                            f"numbers of at most {MAX_DIGITS:,} digits")
    match = _ODD_COMMA.search(text) if "," in text else None
    if match:  # "2,00" or "3,5": a decimal comma or a typo, never two separate numbers
        raise NotUnderstood("a comma inside a number that is not a thousands separator",
                            match.group(0), "a decimal point (2.5) or thousands (2,500)")


def _refuse_bare_power(text: str) -> None:
    """Decline a power like "2^10" outside a formula: the sentence grammar has no powers, so
    its base and exponent would be read as two separate numbers."""
    match = _BARE_POWER.search(text) if "^" in text else None
    if match:
        raise NotUnderstood("a power written outside a formula", match.group(0),
                            "the value written out (1024) or a formula such as "
                            "\u201cP(t) = 200(1.05)^t\u201d")


def normalize(text: str) -> list[Sentence]:
    """Return the canonical sentences of `text`, each with its span in the original."""
    sentences = []
    for original, span in split_sentences(text):
        cleaned = clean_characters(original)
        cleaned = canonical_numbers(cleaned)
        cleaned, formulas = extract_formulas(cleaned)
        cleaned = _fold_spaces(cleaned)
        sentences.append(Sentence(cleaned, original, span, formulas))
    return sentences


def refuse_unreadable(text: str) -> list[Sentence]:
    """Raise NotUnderstood for number forms no parser may see: more than MAX_DIGITS digits
    (past Python's int/str limit), a comma that is no thousands separator ("2,00"), or a
    power outside a formula ("2^10"). The pipeline calls it before parsing; it returns
    `normalize(text)`, which the pipeline hands to the parser."""
    sentences = normalize(text)
    for sentence in sentences:
        for piece in (sentence.text, *sentence.formulas):
            _refuse_huge_numbers(piece)
        _refuse_bare_power(sentence.text)
        _refuse_two_unit_measure(sentence.text)
    return sentences


# "\d(?<![\d.]\d)\d*" is "(?<![\d.])\d+" written to begin with a digit, so that the regex
# engine skips straight to digits instead of trying the look-behind at every position
_TWO_UNITS = re.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?\s*([A-Za-z]+)\s+(?:and\s+)?"
                        r"\d+(?:\.\d+)?\s*([A-Za-z]+)")


def _refuse_two_unit_measure(text: str) -> None:
    """Decline "4 ft 2 in" / "1 m 20 cm": one measure in two units of one dimension would be
    read as two separate numbers (and the wrong one taken as the start)."""
    from bot.core.units import unit_of

    for match in _TWO_UNITS.finditer(text):
        first, second = unit_of(match.group(1)), unit_of(match.group(2))
        if first and second and first[0] == second[0] and first[1] > second[1]:
            raise NotUnderstood("a measure written in two units", match.group(0),
                                "one unit per amount, e.g. \u201c50 inches\u201d")
