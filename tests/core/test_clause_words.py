"""Clause.words(): kept with the clause, worked out again whenever its items change."""

from __future__ import annotations

import pytest

from bot.core import spec
from bot.core.clauses import Clause, split_clauses
from bot.core.parse import parse


def _word(text: str, kind: str = "WORD") -> spec.Word:
    return spec.Word(text, kind, spec.Span(0, len(text)))


def test_words_skip_punctuation_and_lower_case():
    clause = Clause(0, [_word("How"), _word(",", "PUNCT"), _word("Many")], "How, Many")
    assert clause.words() == ["how", "many"]


@pytest.mark.parametrize("change, expected", [
    pytest.param(lambda c: setattr(c, "items", [_word("Fish")]), ["fish"], id="replaced"),
    pytest.param(lambda c: c.items.append(_word("Left")), ["trees", "grow", "left"],
                 id="appended"),
    pytest.param(lambda c: c.items.pop(), ["trees"], id="shortened"),
])
def test_words_follow_changed_items(change, expected):
    clause = Clause(0, [_word("Trees"), _word("grow")], "Trees grow")
    assert clause.words() == ["trees", "grow"]
    change(clause)
    assert clause.words() == expected


def test_returned_list_is_the_callers_own():
    clause = Clause(0, [_word("Trees")], "Trees")
    clause.words().append("mutated")
    assert clause.words() == ["trees"]


def test_split_clauses_carry_the_same_words_as_a_fresh_reading():
    sentence = parse("A town has 5000 people, but it loses 3% of them each year.").sentences[0]
    for clause in split_clauses(sentence, 0):
        fresh = Clause(clause.sentence, list(clause.items), clause.text)
        assert clause.words() == fresh.words()
