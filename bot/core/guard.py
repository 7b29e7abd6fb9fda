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
# Function words that are frequent in each language and rare in English word problems.
LATIN_LANGUAGES = {
    "German": {"der", "die", "das", "und", "ist", "nicht", "wird", "wie", "eine", "einem",
               "einer", "pro", "nach", "wenn", "um", "des", "den", "dem", "mit", "sich",
               "jahr", "jahre", "viele", "wieviel", "wird", "sind", "nach", "auf", "zu"},
    "Spanish": {"el", "los", "las", "que", "una", "es", "por", "cada", "cuántos", "cuántas",
                "cuánto", "después", "del", "con", "tiene", "años", "se", "para", "y", "su"},
    "French": {"le", "les", "une", "est", "par", "chaque", "combien", "après", "des", "du",
               "et", "il", "elle", "dans", "sont", "avec", "ans", "aura", "sera", "au"},
    "Portuguese": {"o", "os", "as", "uma", "um", "é", "por", "cada", "quantos", "quantas",
                   "depois", "do", "da", "dos", "das", "com", "tem", "anos", "após", "em"},
    "Italian": {"il", "gli", "una", "è", "ogni", "quanti", "quante", "dopo", "del", "della",
                "con", "ha", "anni", "sono", "che", "per", "di", "e"},
    "Dutch": {"de", "het", "een", "en", "is", "van", "per", "hoeveel", "na", "jaar", "jaren",
              "met", "wordt", "zijn", "elk", "elke", "niet", "op"},
    "Indonesian": {"yang", "dan", "setiap", "berapa", "setelah", "tahun", "adalah", "dengan",
                   "akan", "menjadi", "sebuah", "dari", "ini", "itu", "per"},
}
ENGLISH = {"the", "of", "and", "is", "are", "what", "how", "many", "much", "after", "each",
           "every", "if", "by", "will", "be", "to", "in", "an", "it", "has", "with", "for",
           "at", "its", "per", "there", "this", "that", "was", "does", "from", "year",
           "years", "find", "which", "when"}


def _languages_by_word() -> dict[str, tuple[str, ...]]:
    """Return word -> the languages of LATIN_LANGUAGES that list it, in that order (so a
    text's words are looked up once each, not once per language)."""
    out: dict[str, tuple[str, ...]] = {}
    for language, words in LATIN_LANGUAGES.items():
        for word in words:
            out[word] = (*out.get(word, ()), language)
    return out


_LANGUAGES_OF = _languages_by_word()
_ASCII_LETTER = re.compile(r"[A-Za-z]")
MARKS = {"ñ": "Spanish", "¿": "Spanish", "¡": "Spanish", "ß": "German", "ã": "Portuguese",
         "õ": "Portuguese"}


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
    if text.isascii():  # (a fast path: no letter of another script, nothing to count)
        return _latin_language(text.lower()) if _ASCII_LETTER.search(text) else None
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
    return _latin_language(text.lower())


def _latin_language(text: str) -> str | None:
    """Name a Latin-script language whose function words outnumber English ones."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 5:
        return None
    english = 0
    scores = dict.fromkeys(LATIN_LANGUAGES, 0)  # (in LATIN_LANGUAGES order: max's tie-break)
    for word in words:
        english += word in ENGLISH
        for language in _LANGUAGES_OF.get(word, ()):
            scores[language] += 1
    for mark, language in MARKS.items():
        if mark in text:
            scores[language] += 2
    language, hits = max(scores.items(), key=lambda item: item[1])
    if hits >= 3 and hits > 2 * english:
        return language
    return None
