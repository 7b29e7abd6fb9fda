"""Workers whose rates add (bot/core/arith/together.py): own wordings, hand-computed; traps
decline."""

from fractions import Fraction

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Tom can paint a fence in 6 hours and Ann can paint the fence in 3 hours. "
                 "How long will it take them to paint the fence working together?", 2,
                 id="job-times"),
    pytest.param("Pipe A fills a tank in 4 hours. Pipe B fills the tank in 12 hours. How "
                 "many hours will both pipes take to fill the tank together?", 3,
                 id="job-times-both"),
    pytest.param("Pipe A fills a tank in 4 hours. Pipe B fills the tank in 12 hours. How "
                 "many minutes will both pipes take to fill the tank together?", 180,
                 id="job-times-minutes"),
    pytest.param("Scanner X and Scanner Y can each scan 3 pages per second. How long will it "
                 "take both scanners working together to scan 60 pages?", 10,
                 id="each-both"),
    pytest.param("A loom weaves 30 rows per minute and a second loom weaves 20 rows per "
                 "minute. How many minutes will the 2 looms take together to weave 400 "
                 "rows?", 8, id="rates-count-in-question"),
    pytest.param("A loom weaves 30 rows per minute and a second loom weaves 20 rows per "
                 "minute. How many rows will they weave together in 2 hours?", 6000,
                 id="amount-in-time"),
    pytest.param("Ann can mow the lawn in 2 hours and Ben can mow the lawn in 90 minutes. "
                 "How many minutes will it take them to mow the lawn together?",
                 Fraction(360, 7), id="mixed-time-units"),
    pytest.param("A tap fills 6 buckets per hour and a second tap fills 4 buckets per hour. "
                 "How many hours to fill 30 buckets together?", 3,
                 id="combined-work-moved-from-rate-declines"),
    pytest.param("Ann can clean the house in 3 hours. Ben can clean it in 6 hours. How long "
                 "will it take both of them together to clean the house?", 2, id="it-refers"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Pipe A fills a tank in 4 hours. Pipe B drains the tank in 12 hours. How "
                 "many hours will both pipes take to fill the tank together?", id="drain"),
    pytest.param("Tom can paint a fence in 6 hours and Ann works twice as fast. How long "
                 "will it take them to paint the fence working together?", id="relative"),
    pytest.param("Tom can paint a fence in 6 hours and Ann can paint a shed in 3 hours. How "
                 "long will it take them to paint the fence working together?",
                 id="different-jobs"),
    pytest.param("Tom can paint a fence in 6 hours and Ann can paint the fence in 3 hours. "
                 "How long will it take Tom to paint the fence?", id="not-together"),
    pytest.param("Tom can paint a fence in 6 hours and Ann can paint the fence in 3 hours. "
                 "Tom works alone for 1 hour. How long will it take them to finish the fence "
                 "together?", id="alone-first"),
    pytest.param("A loom weaves 30 rows per minute and a second loom weaves 20 rows per "
                 "minute. How many minutes will the 3 looms take together to weave 400 "
                 "rows?", id="count-mismatch"),
    pytest.param("Scanner X and Scanner Y can each scan 3 pages per second. How long will it "
                 "take them working together to scan 60 pages?", id="each-without-count"),
    pytest.param("Tom can paint a fence in 6 hours with 2 brushes and Ann can paint the fence "
                 "in 3 hours. How long will it take them to paint the fence together?",
                 id="extra-number"),
    pytest.param("A loom weaves 30 rows per minute and a second loom weaves 20 rows per "
                 "minute. How many rows will they weave together?", id="no-time"),
    pytest.param("A loom weaves 30 rows per minute and a second loom weaves 20 rows per "
                 "minute. How many minutes will the 2 looms take together to weave 7 "
                 "scarves?", id="unrelated-amount"),
    pytest.param("Tom can paint a fence in 6 hours and Ann can paint the fence in 3 hours. "
                 "How long will it not take them to paint the fence together?",
                 id="negated"),
    pytest.param("Ann, Bo and Cy each can paint a wall in 6 hours. How long will it take all "
                 "three together?", id="each-job-three-words"),
    pytest.param("A tap fills a tub in 10 minutes and a drain empties it in 15 minutes. How "
                 "long to fill the tub with both open together?", id="drain-empties"),
])
def test_declines(text):
    _check(text, None)
