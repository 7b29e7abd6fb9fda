"""How long flows in and out took to reach a stated end (bot/core/arith/flow_time.py): own
wordings, hand-computed; traps decline."""

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Nora bought 90 rolls. She eats 12 rolls a day for some days. If she has 30 "
                 "rolls left, how many days did she eat?", 5, id="start-out-left"),
    pytest.param("Omar earns $50 every week during the summer. He has to pay $20 rent every "
                 "week. If he has $240 at the end of the summer, how many weeks did the "
                 "summer last?", 8, id="in-out-end"),
    pytest.param("A shop bakes 40 buns per day and gives away 10 of them. How many days will "
                 "it take until it has 150 buns?", 5, id="of-them-goal-have"),
    pytest.param("Ivy has $100. She earns $30 a week and spends $10 a week. How many weeks "
                 "until she has $180?", 4, id="start-in-out-goal"),
    pytest.param("Ivy has $100. She earns $30 a week and spends $10 a week. How many days "
                 "until she has $180?", 28, id="weeks-to-days"),
    pytest.param("Mia has $40 and earns $10 per day, but spends $3 a day on lunch. How many "
                 "days until she has $110?", 10, id="second-rate-from-linear-until-tests"),
    pytest.param("A farmer has 50 chicks. He buys 30 chicks a week and sells 12 chicks a week. "
                 "How many weeks until he has 140 chicks?", 5, id="buy-sell-items"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("A shop bakes 40 buns per day and gives away 10 of them. How many days will "
                 "it take to bake 150 buns?", id="gross-or-net-goal"),
    pytest.param("Nora bought 90 rolls. She eats 12 rolls a day for some days. If she has 31 "
                 "rolls left, how many days did she eat?", id="not-whole-days"),
    pytest.param("Nora bought 90 rolls. She eats 12 rolls a day and bakes 6 rolls a day. How "
                 "many days did she eat?", id="no-end"),
    pytest.param("Nora bought 90 rolls. She eats 12 rolls a day and bakes 12 rolls a day. If "
                 "she has 30 rolls left, how many days passed?", id="net-zero"),
    pytest.param("Nora bought 90 rolls with 3 friends. She eats 12 rolls a day. If she has 30 "
                 "rolls left, how many days did she eat?", id="extra-number"),
    pytest.param("Nora bought 90 rolls. She eats 12 rolls a day for 4 days. If she has 30 "
                 "rolls left, how many days did she eat?", id="length-stated"),
    pytest.param("Nora bought 90 rolls. Sam eats 12 rolls a day. If Nora has 30 rolls left, "
                 "how many days did Sam eat?", id="two-actors"),
    pytest.param("Nora bought 90 rolls. She eats 12 rolls a day and twice as many on "
                 "Sundays. If she has 30 rolls left, how many days did she eat?",
                 id="twice"),
    pytest.param("Ivy has $100. She earns $30 a week and spends $10 a month. How many weeks "
                 "until she has $180?", id="different-periods"),
    pytest.param("Nora bought 90 rolls. She eats 12 rolls a day. If she has 30 rolls left, "
                 "how many rolls did she eat?", id="asks-amount"),
])
def test_declines(text):
    _check(text, None)


# Red team (wt/hrate): a question whose number is one flow's amount ("until he has given away
# 60") is not the amount had at the end: declined; what is had or left is read.
HRATE = [
    pytest.param("Jin has 240 stickers and gives away 15 stickers a day. After how many days "
                 "will he have given away 60 stickers?", None, id="asks-given-away"),
    pytest.param("A pantry has 90 cans and the family eats 6 cans a day. After how many days "
                 "will they have eaten 30 cans?", None, id="asks-eaten"),
    pytest.param("Jin has 240 stickers and gives away 15 stickers a day. After how many days "
                 "will he have 60 stickers left?", 12, id="asks-left"),
    pytest.param("Mara bought 48 pears. She eats 3 pears a day. Now she has 12 pears left. "
                 "How many days has she been eating pears?", 12, id="eating-verb-no-number"),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
