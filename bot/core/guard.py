"""Input guards: empty, oversized, non-text and non-English input get a clear message at once."""

from __future__ import annotations

import re
import unicodedata

from bot.core.errors import EXAMPLE
from bot.core.outcome import Outcome

MAX_CHARS = 20_000
SCRIPTS = {"DEVANAGARI": "Hindi (Devanagari script)", "CJK": "Chinese/Japanese",
           "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
           "ARABIC": "Arabic", "CYRILLIC": "Russian (Cyrillic script)", "GREEK": "Greek",
           "HEBREW": "Hebrew", "THAI": "Thai", "BENGALI": "Bengali", "TAMIL": "Tamil"}
LATIN_LANGUAGES = {
    "German": {"der", "die", "das", "und", "ist", "nicht", "wird", "wie", "eine", "einem",
               "pro", "nach", "wenn", "um", "des"},
    "Spanish": {"el", "los", "las", "que", "una", "es", "por", "cada", "cuántos", "después"},
    "French": {"le", "les", "une", "est", "par", "chaque", "combien", "après", "des", "du"},
}


def check_input(text) -> Outcome | None:
    """Return a declined Outcome for unusable input, or None when it may be parsed."""
    if not isinstance(text, str):
        return Outcome.declined("The problem must be text.", example=EXAMPLE)
    if not text.strip():
        return Outcome.declined("The problem is empty: paste a word problem.",
                                expected="a word problem", example=EXAMPLE)
    if len(text) > MAX_CHARS:
        return Outcome.declined(f"The problem is too long ({len(text):,} characters; the "
                                f"limit is {MAX_CHARS:,}).", example=EXAMPLE)
    language = _language(text)
    if language:
        return Outcome.declined(f"This looks like {language}; I only understand English "
                                f"word problems for now.", example=EXAMPLE)
    if not re.search(r"[A-Za-z]{2,}", text):
        return Outcome.declined("I found no words to read in this text.",
                                quote=text[:80], example=EXAMPLE)
    return None


def _language(text: str) -> str | None:
    """Name the language of clearly non-English text (script first, then common words)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    foreign = [ch for ch in letters if ord(ch) > 0x24F]
    if len(foreign) > 0.3 * len(letters):
        for ch in foreign:
            name = unicodedata.name(ch, "")
            for key, language in SCRIPTS.items():
                if name.startswith(key):
                    return language
        return "a language other than English"
    words = re.findall(r"[a-zäöüßéèêáíóúñç]+", text.lower())
    if len(words) < 6:
        return None
    for language, common in LATIN_LANGUAGES.items():
        hits = sum(1 for w in words if w in common)
        if hits >= max(3, len(words) // 8):
            return language
    return None
