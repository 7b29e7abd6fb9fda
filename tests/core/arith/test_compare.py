"""Two actors' rate products compared (bot/core/arith/compare.py): own wordings,
hand-computed; traps decline."""

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour and "
                 "stopped after 2 hours. How many miles farther did Ann hike?", 6,
                 id="farther"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour and "
                 "stopped after 2 hours. How many fewer miles did Ben hike than Ann?", 6,
                 id="fewer-second-named-first"),
    pytest.param("Ann types 50 words per minute. Ben types 40 words per minute. How many "
                 "more words does Ann type than Ben in 10 minutes?", 100,
                 id="shared-question-time"),
    pytest.param("Ivy reads 30 pages an hour for 2 hours. She then stops. Max reads 25 "
                 "pages an hour for 3 hours. How many more pages does Max read?", 15,
                 id="pronoun-continues-actor"),
    pytest.param("Ivy drives 60 km per hour for 90 minutes. Max drives 50 km per hour for 2 "
                 "hours. How many km farther does Max drive?", 10, id="minutes-converted"),
    pytest.param("Ivy earns $12 an hour for 5 hours. Max earns $9 an hour for 8 hours. How "
                 "much more money does Max earn?", 12, id="money"),
    # one actor, two amounts told apart by qualifiers, named on each side of "than"
    pytest.param("Every day Zoe spends 5 hours on practicing tennis and 2 hours on practicing "
                 "golf. How many more hours does she spend on practicing tennis than she does "
                 "on practicing golf?", 3, id="tags-per-day"),
    pytest.param("Every day Zoe spends 5 hours on practicing tennis and 2 hours on practicing "
                 "golf. How many fewer hours does she spend on golf than on tennis?", 3,
                 id="tags-fewer"),
    pytest.param("Zoe spends 5 hours on practicing tennis and 2 hours on practicing golf "
                 "every day. If she practices for 6 days, how many more hours does she "
                 "spend on tennis than on golf?", 18, id="tags-over-days"),
    pytest.param("A mill grinds 40 sacks of wheat and 25 sacks of rye per day. How many more "
                 "sacks of wheat than rye does it grind per day?", 15, id="tags-shared-per"),
    pytest.param("Every day Zoe spends 1 hours on practicing chess, 3 hours on practicing golf "
                 "and 5 hours on practicing tennis. How many more hours does she spend on "
                 "practicing tennis than she does on practicing chess?", 4,
                 id="tags-third-kind-not-needed"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour and "
                 "stopped after 2 hours. How many miles farther did Ben hike?",
                 id="reversed-negative"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour and "
                 "stopped after 2 hours with 5 friends. How many miles farther did Ann hike?",
                 id="extra-number"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked twice as far. How many "
                 "miles farther did Ben hike?", id="relation-twice"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours and Ben hiked 3 miles per hour for "
                 "2 hours. How many miles farther did Ann hike?", id="both-in-one-sentence"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour. How "
                 "many miles farther did Ann hike?", id="second-has-no-time"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour for 2 "
                 "hours. Cy hiked 2 miles per hour for 1 hour. How many miles farther did "
                 "Ann hike?", id="three-actors"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour for 2 "
                 "hours. How many miles did Ann hike?", id="no-comparison-asked"),
    pytest.param("Ann has 7 apples. Ben has 4 apples. How many more apples does Ann have?",
                 id="no-rate-relations-family"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour for 2 "
                 "hours. How many more hours did Ann hike?", id="asks-hours-not-a-product"),
    pytest.param("Ann hiked 4 miles per hour for 3 hours. Ben hiked 3 miles per hour for 2 "
                 "hours. How many miles farther did they hike together?", id="together"),
    pytest.param("Every day Zoe spends 5 hours on practicing tennis and 2 hours on practicing "
                 "golf. How many more hours does she spend on practicing golf than she does "
                 "on practicing tennis?", id="tags-reversed-negative"),
    pytest.param("Every day Zoe spends 5 hours on practicing tennis and 2 hours on practicing "
                 "golf. How many more hours does she spend on practicing than resting?",
                 id="tags-not-named"),
    pytest.param("Every day Zoe spends 5 hours on practicing tennis and 2 hours on practicing "
                 "golf with 3 friends. How many more hours does she spend on tennis than on "
                 "golf?", id="tags-extra-number"),
    pytest.param("Every day Zoe spends 5 hours on practicing tennis and 2 hours on practicing "
                 "golf. How many more hours does she spend on tennis and golf than on golf?",
                 id="tags-both-sides"),
    pytest.param("Every day Zoe spends 1 hours on practicing chess, 3 hours on practicing golf "
                 "and 5 hours on practicing tennis. How many more hours does she spend on "
                 "practicing tennis than on chess and golf?", id="tags-sum-on-one-side"),
])
def test_declines(text):
    _check(text, None)
