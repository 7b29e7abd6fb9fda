"""Clause.words(): kept with the clause, worked out again whenever its items change."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import spec
from bot.core.clauses import STOP, Clause, content_words, position_of, split_clauses
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


@pytest.mark.parametrize("text, questions", [
    pytest.param("Find the value after 3 years.", [True, False], id="imperative"),
    pytest.param("A town grows 5% a year, and then calculate its size.",
                 [False, False, True, False],
                 id="and-then-imperative"),
    pytest.param("When will the tank be empty?", [True, False], id="when-first"),
    pytest.param("The tank leaks when it is full.", [False, False, False], id="when-inside"),
    pytest.param("Ice melts when the sun is out, when will it be gone?",
                 [False, True, False, True, False],
                 id="two-whens"),
    pytest.param("Will her rent ever equal her pay?", [True, False], id="auxiliary"),
    pytest.param("After 3 years the amount will be.", [True, False], id="will-be-ending"),
    pytest.param("The water is heated, which is 70 degrees.", [False, False, False, False],
                 id="relative-which"),
    pytest.param("Which town is larger after 2 years?", [True, False], id="which-question"),
    pytest.param("How long until it decays to 25 g?", [True, False], id="until-glued"),
    pytest.param("The plant is 4 cm tall.", [False, False], id="statement"),
])
def test_question_clauses(text, questions):
    """The reading of each clause (the final "." is a clause of its own), pinned when the
    cut was rewritten on item ranges."""
    clauses = split_clauses(parse(text).sentences[0], 0)
    assert [c.question for c in clauses] == questions


def test_position_of_finds_the_object_itself():
    first, twin = _word("5", "NUMBER"), _word("5", "NUMBER")  # equal, not the same object
    items = [first, _word("apples"), twin]
    assert position_of(items, twin) == 2
    assert position_of(items, first) == 0
    assert position_of(items, _word("apples")) == 1  # an equal copy, as list.index finds it
    with pytest.raises(ValueError):
        position_of(items, _word("pears"))


def _content_words_reference(words):
    """content_words as first written: lower, strip quotes and marks, drop "'s"."""
    out = []
    for word in words:
        word = word.lower().strip("'\".,?!()")
        if word.endswith("'s"):
            word = word[:-2]
        if word and word.isalpha() and word not in STOP:
            out.append(word)
    return tuple(out)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "B", "'", "s", ".", "?", "(", '"', "\u0130",
                                          "\u00e9", "1", " ", "the", "The", "x'S"]),
                         max_size=5).map("".join), max_size=4))
def test_content_words_as_first_written(words):
    assert content_words(words) == _content_words_reference(words)
