"""`once_per_object`: one computation per live object, keyed by identity, never by value."""

from __future__ import annotations

import gc

from bot.core.memo import once_per_object


class Box:
    """A weakly referable stand-in for a parsed sentence or problem."""

    def __init__(self, text):
        self.text = text


def _counting():
    calls = []

    @once_per_object
    def words(box, upper=False):
        calls.append(box.text)  # not the box: the cache must not keep it alive
        return tuple((box.text.upper() if upper else box.text).split())

    return words, calls


def test_same_object_is_computed_once_per_arguments():
    words, calls = _counting()
    box = Box("grows by 5%")
    assert words(box) == words(box) == ("grows", "by", "5%")
    assert words(box, True) == ("GROWS", "BY", "5%")
    assert len(calls) == 2


def test_equal_text_in_another_object_is_computed_again():
    words, calls = _counting()
    words(Box("same text"))
    words(Box("same text"))
    assert len(calls) == 2


def test_entries_leave_with_their_objects():
    words, _ = _counting()
    box = Box("short lived")
    words(box)
    assert len(words.cache) == 1
    del box
    gc.collect()
    assert not words.cache


def test_objects_without_weak_references_are_computed_every_time():
    words, calls = _counting()

    class Slotted:
        __slots__ = ("text",)

        def __init__(self, text):
            self.text = text

    box = Slotted("no weakref")
    words(box)
    words(box)
    assert len(calls) == 2
