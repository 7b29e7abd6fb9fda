"""The problem as the arithmetic family reads it: given tokens and the question's tokens.

`read(problem)` tokenizes every canonical sentence with grammar/arith.lark and splits off the
question: the part of the asking sentence from its question word ("how", "what", "find", ...)
on. Problems with several questions or none are not read (the caller declines).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.arith.tokens import Tok, tokenize
from bot.core.memo import once_per_object

QUESTION_WORDS = ("how", "what", "which", "find", "calculate", "compute", "determine")
TRAILING = ("round", "give", "express", "answer")
LEADING_ONLY = ("find", "calculate", "compute", "determine")


@dataclass(frozen=True)
class Doc:
    """Given sentences (token lists, question part removed) and the question's tokens."""

    given: tuple[tuple[Tok, ...], ...]
    question: tuple[Tok, ...]
    text: str

    @property
    def given_tokens(self) -> list[Tok]:
        """Return every token outside the question, in order."""
        return [tok for sentence in self.given for tok in sentence]

    @property
    def all_tokens(self) -> list[Tok]:
        """Return every token of the problem, question last."""
        return self.given_tokens + list(self.question)

    @property
    def words(self) -> set[str]:
        """Return the lower-case words of the whole problem."""
        return {tok.low for tok in self.all_tokens if tok.kind == "word"}

    @property
    def question_words(self) -> list[str]:
        """Return the lower-case words of the question, in order."""
        return [tok.low for tok in self.question if tok.kind == "word"]

    def sole_percent(self, question_too: bool = True) -> tuple[tuple[Tok, ...], int] | None:
        """Return (given sentence, index) of the problem's only percent, or None when there
        are none or several, or (question_too) it or another stands in the question."""
        pool = self.all_tokens if question_too else self.given_tokens
        percents = [tok for tok in pool if tok.kind == "percent"]
        if len(percents) != 1:
            return None
        for tokens in self.given:
            for k, tok in enumerate(tokens):
                if tok is percents[0]:
                    return tokens, k
        return None

    def numbers(self) -> list[Tok]:
        """Return every stated number (money, percent, plain) of the problem."""
        return [tok for tok in self.all_tokens if tok.numeric]


def _question_start(tokens: list[Tok]) -> int | None:
    """Return the index where the question part of an asking sentence starts."""
    asks = bool(tokens) and tokens[-1].text == "?"
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or tok.low not in QUESTION_WORDS:
            continue
        if tok.low in LEADING_ONLY and i > 0 and tokens[i - 1].text not in (",", ";") \
                and not asks:
            continue
        if tok.low == "what" and i + 1 < len(tokens) and tokens[i + 1].low == "if":
            continue
        return i
    return None


def _asks(tokens: list[Tok], last: bool) -> bool:
    """Return True for a sentence that asks: ends with "?", starts with a question word, or
    (the last sentence) holds an imperative "calculate"/"find" or "what"/"how"."""
    start = _question_start(tokens)
    if start is None:
        return False
    if (tokens and tokens[-1].text == "?") or start == 0:
        return True
    return last or tokens[start].low in LEADING_ONLY


def _statement_question(tokens: list[Tok]) -> bool:
    """Return True for a closing blank to fill: "The cost price of the fan is:"."""
    words = [t.low for t in tokens if t.kind == "word"]
    ends = [t.text for t in tokens[-2:]]
    return bool(words) and words[0] == "the" and (
        words[-1] in ("is", "was", "be") or ends[-1] == ":") and \
        not any(t.numeric for t in tokens)


@once_per_object
def read(problem) -> Doc | None:
    """Return the Doc of a parsed problem, or None when it has not exactly one question.

    The arithmetic, relations and sequence families all read the same problem: it is
    tokenized once per problem object (the Doc is immutable)."""
    sentences = []
    for text in (sentence.text for sentence in problem.sentences):  # "Rs. 500" stays whole
        tokens = tokenize(text)
        if tokens is None:
            return None
        sentences.append(tokens)
    asking = [i for i, tokens in enumerate(sentences) if _asks(tokens, i == len(sentences) - 1)]
    if not asking and sentences and _statement_question(sentences[-1]):
        *given, last = sentences
        return Doc(tuple(tuple(s) for s in given), tuple(last), problem.text)
    if len(asking) != 1:
        return None
    index = asking[0]
    start = _question_start(sentences[index])
    head, question = sentences[index][:start], sentences[index][start:]
    given = [tuple(s) for i, s in enumerate(sentences) if i != index]
    if head:
        given.insert(index, tuple(head))
    for tokens in sentences[index + 1:]:
        if not tokens or tokens[0].low not in TRAILING or any(t.numeric for t in tokens):
            return None  # text after the question: a second part we do not read
    return Doc(tuple(given), tuple(question), problem.text)
