"""Clauses and names: cut parsed sentences into clauses and name the quantities they talk about.

A clause is a run of items between commas, semicolons and linking words ("but", "while",
"if"). Question clauses hold a question word; conditional clauses start with "if"/"when".
Quantity names are the content words next to a change or a number ("gradient magnitude").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core import spec
from bot.core.memo import once_per_object

BOUNDARY_WORDS = {"but", "while", "whereas", "however", "if", "when", "although", "though",
                  "meanwhile", "so", "then", "because", "since", "until", "unless", "what",
                  "how", "which"}
QUESTION_WORDS = {"what", "how", "when", "find", "calculate", "determine", "estimate",
                  "compute", "show", "predict", "work out", "evaluate"}
STOP = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "of",
        "is", "are", "was", "were", "be", "will", "would", "has", "have", "had", "it", "they",
        "each", "every", "per", "in", "on", "at", "to", "by", "for", "with", "and", "or", "if",
        "what", "how", "many", "much", "does", "do", "did", "there", "number", "amount",
        "total", "value", "initial", "initially", "starting", "start", "starts", "current",
        "currently", "new", "original", "after", "then", "now", "also", "which", "who",
        "can", "could", "should", "may", "might", "must", "being", "been", "our", "your",
        "my", "s", "'s", "model", "models", "due", "size", "level", "from", "as", "into",
        "about", "approximately", "around", "roughly", "expected", "still", "left",
        "remaining", "find", "calculate", "estimate", "determine", "when", "where", "while",
        "but", "so", "than", "less", "more", "over", "under", "above", "below"}
PRONOUNS = {"it", "its", "they", "their", "this", "that"}


@dataclass
class Clause:
    """Items of one clause, with where it sits and what kind of clause it is."""

    sentence: int
    items: list
    text: str
    question: bool = False
    conditional: bool = False
    # (items list, its length, its words): `words` is read dozens of times per problem by
    # the interpreter and the families; it is worked out again whenever `items` is replaced
    # or grows, so a stale list is never returned
    _words: tuple | None = field(default=None, repr=False, compare=False)

    def words(self) -> list[str]:
        """Return the lower-case filler words of the clause in order (a new list)."""
        return list(self._word_tuple())

    def leading_words(self, count: int) -> tuple[str, ...]:
        """Return the first `count` of `words()` (without copying them all)."""
        return self._word_tuple()[:count]

    def _word_tuple(self) -> tuple[str, ...]:
        """Return the kept words, working them out again if `items` changed."""
        items, cached = self.items, self._words
        if cached is None or cached[0] is not items or cached[1] != len(items):
            cached = self._words = (items, len(items), tuple(
                i.text.lower() for i in items
                if isinstance(i, spec.Word) and i.kind != "PUNCT"))
        return cached[2]

    def phrases(self, kind) -> list:
        """Return the phrases of a spec type in this clause."""
        return [i for i in self.items if isinstance(i, kind)]


def position_of(items, item) -> int:
    """Return `items.index(item)`, looking for the object itself first.

    `list.index` compares with ==, and a spec item's == compares every field of each item
    before it. The items of one clause come from one sentence and have distinct spans, so no
    other item equals the object itself: where it is present, its index is the one
    `list.index` returns. An equal copy from another sentence (a problem that repeats a
    sentence word for word) is found by `list.index` as before.
    """
    for index, other in enumerate(items):
        if other is item:
            return index
    return items.index(item)


def _is_boundary(item) -> bool:
    """Return True when a filler token ends a clause (comma, semicolon, linking word)."""
    if not isinstance(item, spec.Word):
        return False
    text = item.text.lower()
    return (item.kind == "PUNCT" and text in {",", ";", ":", "?", "!", "."}) or \
        (item.kind in ("WORD", "AND") and text in BOUNDARY_WORDS)


def split_clauses(sentence: spec.ParsedSentence, index: int) -> list[Clause]:
    """Cut a parsed sentence into clauses at punctuation and linking words.

    The interpreter and several families each split the same parsed sentences, so the cut is
    worked out once per sentence object (see `_split_once`); every call returns new Clause
    objects, which callers may change freely.
    """
    out = []
    for items, text, question, conditional, words in _split_once(sentence, index):
        own = list(items)
        out.append(Clause(index, own, text, question, conditional, (own, len(own), words)))
    return out


# id(sentence) -> (weak reference to it, index, its clauses as tuples). An entry lives exactly
# as long as its sentence object: the reference's callback drops it, so ids are never confused
# and nothing outlives the answer() that parsed the sentence.
@once_per_object
def _split_once(sentence: spec.ParsedSentence, index: int) -> tuple[tuple, ...]:
    """Return the clauses of `sentence` as (items, text, question, conditional, words)
    tuples (the words too, so that no copy works them out again)."""
    return tuple((tuple(c.items), c.text, c.question, c.conditional, c._word_tuple())
                 for c in _split(sentence, index))


def _split(sentence: spec.ParsedSentence, index: int) -> list[Clause]:
    """Cut a parsed sentence into clauses (the work behind `split_clauses`).

    Clauses are worked on as ranges of the sentence's items, whose lower-case words are
    worked out once (`_words_of`), not once per look at a clause.
    """
    items = sentence.items
    words_of = _words_of(items)
    merged: list[list[int]] = []
    for start, end in _cuts(items):
        first = next((w for w in words_of[start:end] if w is not None), None)
        if merged and first in ("until", "till") and \
                _reading(items, words_of, *merged[-1], sentence)[1]:
            merged[-1][1] = end  # "How long | until it decays to 25 g?"
        else:
            merged.append([start, end])
    made = [_make_clause(items, words_of, start, end, index, sentence)
            for start, end in merged]
    if made and made[-1].question and not any(
            w in ("what", "how", "which", "when") for w in made[-1]._word_tuple()):
        whole = [item for clause in made for item in clause.items]
        return [Clause(index, whole, sentence.text, question=True)]
    return made


def _words_of(items) -> list[str | None]:
    """Return each item's lower-case text if it is a filler word (not punctuation), else None."""
    return [item.text.lower() if isinstance(item, spec.Word) and item.kind != "PUNCT"
            else None for item in items]


def _cuts(items) -> list[tuple[int, int]]:
    """Return the (start, end) item ranges between boundaries (see `_is_boundary`)."""
    cuts, start = [], 0
    for position, item in enumerate(items):
        if position > start and _is_boundary(item) and \
                not _keeps_clause(item, items[start:position]):
            cuts.append((start, position))
            start = position
    if start < len(items):
        cuts.append((start, len(items)))
    return cuts


def _keeps_clause(item, current) -> bool:
    """Keep "how"/"what"/"when" glued to a preceding "by"/"after"/"in" ("after how many
    years") or imperative ("Calculate how long ...")."""
    last = current[-1]
    return (item.text.lower() in ("how", "what", "when") and isinstance(last, spec.Word)
            and last.text.lower() in ("by", "after", "in", "within", *IMPERATIVES))


def _make_clause(items, words_of, start: int, end: int, index: int, sentence) -> Clause:
    """Build the Clause of items[start:end] and classify it as question / conditional."""
    text, question, words = _reading(items, words_of, start, end, sentence)
    conditional = bool(words) and words[0] in ("if", "when", "once", "until", "unless")
    own = list(items[start:end])
    return Clause(index, own, text, question, conditional and not question,
                  (own, len(own), words))


def _reading(items, words_of, start: int, end: int, sentence) -> tuple[str, bool, tuple]:
    """Return (text, is it a question, lower-case words) of the clause items[start:end]."""
    text = sentence.text[_span(items[start]).start:_span(items[end - 1]).end].lstrip(" ,;:.")
    words = tuple([w for w in words_of[start:end] if w is not None])
    return text, _is_question(words, text, sentence.text), words


def _is_question(words, text: str, sentence_text: str) -> bool:
    """Return True for clauses that ask: wh-words, imperatives at clause start, "... will be"."""
    asks = sentence_text.rstrip().endswith("?")
    if "what" in words or "how" in words:
        return True
    if "which" in words and (asks or words[0] != "which"):
        return True  # ", which is 70 degrees." is a relative clause, not a question
    if "when" in words or not IMPERATIVES.isdisjoint(words):  # (else it cannot decide)
        decided = _asks_by_verb(words, asks)
        if decided is not None:
            return decided
    return _ends_like_question(words, text, asks)


def _asks_by_verb(words, asks: bool) -> bool | None:
    """Return True for an imperative at clause start ("Find ...", "and then calculate ...")
    or a question "when" ("when will ..."), False for a "when" that is not first, None
    when neither decides."""
    for index, word in enumerate(words):
        first = index == 0 or words[index - 1] in ("to", "and", "then", "please", "a", "b",
                                                   "c", "i", "ii", "iii")
        if word in IMPERATIVES and first:
            return True
        if word == "when" and (asks or index + 1 < len(words) and words[index + 1] in
                               ("will", "does", "do", "is", "are", "would", "can")):
            return index == 0 or first
    return None


def _ends_like_question(words, text: str, asks: bool) -> bool:
    """Return True for "Will her rent ever equal her pay?" and "... will be" endings."""
    if asks and words[:1] and words[0] in AUXILIARIES:
        return True  # "Will her rent ever equal her pay?"
    stripped = text.rstrip(" .")
    return stripped.endswith((" will be", " would be", " is equal to", " equals"))


AUXILIARIES = {"will", "would", "does", "do", "did", "is", "are", "can", "could", "should",
               "shall", "has", "have"}


IMPERATIVES = {"find", "calculate", "determine", "estimate", "compute", "predict", "forecast",
               "evaluate", "work"}


_NO_SPAN = spec.Span(0, 0)


def _span(item) -> spec.Span:
    """Return an item's span."""
    return getattr(item, "span", _NO_SPAN)


def content_words(words) -> tuple[str, ...]:
    """Return the words that can name a quantity (no stop words, numbers or punctuation)."""
    out = []
    for word in words:
        word = word.lower()
        if not word.isalpha():  # (letters only, as most words are: nothing to strip)
            word = word.strip("'\".,?!()")
            if word.endswith("'s"):
                word = word[:-2]
            if not word.isalpha():
                continue
        if word not in STOP:
            out.append(word)
    return tuple(out)


def stem(word: str) -> str:
    """Return a crude stem so "bugs"/"bug" and "infected"/"infect" match."""
    for suffix in ("ies", "es", "ed", "ing", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def overlap(name_a, name_b) -> int:
    """Return how many content-word stems two names share."""
    return len({stem(w) for w in content_words(name_a)} &
               {stem(w) for w in content_words(name_b)})


def words_before(clause: Clause, item) -> tuple[str, ...]:
    """Return the content words of the clause before `item` (the subject of a verb)."""
    out = []
    for other in clause.items:
        if other is item:
            break
        if isinstance(other, spec.Word):
            out.append(other.text)
        elif isinstance(other, spec.Period):
            out = []
    return content_words(out)


def words_after(clause: Clause, item, limit: int = 4) -> tuple[str, ...]:
    """Return up to `limit` content words right after `item` in the clause."""
    out, seen = [], False
    for other in clause.items:
        if other is item:
            seen = True
            continue
        if seen:
            if not isinstance(other, spec.Word) or other.kind == "PUNCT":
                break
            out.append(other.text)
            if len(out) >= limit:
                break
    return content_words(out)
