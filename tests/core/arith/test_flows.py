"""Amounts in and out per period or once, over a stated time (bot/core/arith/flows.py):
own wordings, hand-computed; traps decline."""

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Rita earns $40 every week during the 10 weeks of summer. If she has to pay "
                 "$15 rent every week, how much money will she have at the end of the "
                 "summer?", 250, id="earn-minus-rent-per-week"),
    pytest.param("Rita earns $40 every week during the 10 weeks of summer. If she has to pay "
                 "$75 tax, how much money will she have at the end of the summer?", 325,
                 id="earn-minus-once"),
    pytest.param("A farm harvests 50 sacks per day and discards 8 of them. How many sacks "
                 "will it have after 12 days?", 504, id="discard-of-them"),
    pytest.param("A bakery bakes 90 rolls per day and gives away 15 of them. How many rolls "
                 "will it have left after 4 days?", 300, id="gives-away-particle"),
    pytest.param("A bakery bakes 90 rolls per day and donates 15 of them. How many rolls "
                 "will it have after 4 days?", 300, id="donates-of-them"),
    pytest.param("Sam has $120. He earns $30 a week and spends $45 a week. How much money "
                 "will he have left after 6 weeks?", 30, id="start-in-out"),
    pytest.param("Jo earns $12 per hour and pays $3 per hour for childcare. How much money "
                 "does she have after 2 days?", 432, id="hours-to-days"),
    pytest.param("A club collects 8 dollars a day and spends 5 dollars a day. How much money "
                 "will it have after 3 weeks?", 63, id="days-to-weeks"),
    pytest.param("Rita earns $40 every week during the 10 weeks of summer. How much money "
                 "will she have at the end of the summer?", 400, id="nothing-out-rates-model"),
    pytest.param("Lewis earns $30 every week during the harvest. He has to pay $6 rent every "
                 "week. How much money will he have at the end of the 8 weeks of harvest?",
                 192, id="harvest-as-a-season"),
    # not this model's: answered right by the sequence family (flows declines them)
    pytest.param("Lena has 90 stickers. She gives 18 stickers to her cousin, then loses a "
                 "quarter of the rest. How many stickers does she have left?", 54,
                 id="numberless-change-sequence-family"),
    pytest.param("Sam has $120. He spends $30 on a book and earns $20. How much does he have "
                 "left?", 110, id="only-once-amounts-sequence-family"),
    # selling takes items out (brings money in); buying brings items in
    pytest.param("A bakery bakes 100 cookies per day and sells 80 of them. How many cookies "
                 "does it have after 5 days?", 100, id="sells-items-out"),
    pytest.param("A farmer buys 30 chicks a week and sells 12 chicks a week. How many chicks "
                 "does he have after 4 weeks?", 72, id="buys-items-in"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Rita earns $40 every week during the 10 weeks of summer. If she has to pay "
                 "$15 rent every week, how much rent will she pay?", id="asks-one-flow"),
    pytest.param("Rita earns $40 every week during the 10 weeks of summer and Tom pays her $15"
                 " every week. How much money will Rita have at the end?", id="two-actors"),
    pytest.param("Rita earns $40 every week during the 10 weeks of summer. If she has to pay "
                 "$15 rent every week for 3 rooms, how much money will she have at the end?",
                 id="extra-number"),
    pytest.param("A farm harvests 50 sacks per day and discards 8 of them. How many more "
                 "sacks will it have after 12 days?", id="comparison"),
    pytest.param("A farm harvests 50 sacks per day and discards 8 of them for 12 days and "
                 "then for 3 weeks. How many sacks will it have?", id="two-lengths"),
    pytest.param("A farm harvests 50 sacks per day and stores 8 of them. How many sacks will"
                 " it have after 12 days?", id="unknown-verb"),
    pytest.param("A club collects 8 dollars a day and spends 5 dollars a month. How much "
                 "money will it have after 3 weeks?", id="day-and-month"),
    pytest.param("A farm harvests 50 sacks per day and discards 8 of them. How many sacks "
                 "will it not have after 12 days?", id="negated"),
    pytest.param("Sam earns $30 a week and spends $45 a week. How much money will he have "
                 "after 6 weeks?", id="would-be-negative"),
    pytest.param("Rita earns $40 every week during the 10 weeks of summer. If she pays half "
                 "of it as rent, how much money will she have at the end?", id="half"),
    pytest.param("Lewis earns $30 every week during the harvest. He gives some of it away. "
                 "How much money will he have at the end of the 8 weeks of harvest?",
                 id="numberless-give"),
    pytest.param("Rita earns $40 every week. She spends some of it on food. How much money "
                 "will she have after 10 weeks?", id="numberless-spend-rates-model"),
    pytest.param("Lewis earns $20 every week during the 8 weeks of harvest. He pays $5 rent "
                 "every week to his brother who earns $3 a week. How much money will Lewis "
                 "have at the end?", id="second-actor-brother"),
])
def test_declines(text):
    _check(text, None)


# Red team (wt/hrate): a question whose own verb is one flow's asks about that flow, not the
# amount at the end.
HRATE = [
    pytest.param('A bakery starts the day with 80 loaves. It bakes 30 loaves an hour and sells '
                 '40 loaves an hour. How many loaves has it baked after 5 hours?',
                 None, id='asks-baked-flow'),
    pytest.param('A farm stand has 60 melons. It picks 25 melons a day and sells 20 melons a '
                 'day. How many melons has it sold after 4 days?',
                 None, id='asks-sold-flow'),
    pytest.param('A bakery starts the day with 80 loaves. It bakes 30 loaves an hour and sells '
                 '40 loaves an hour. How many loaves does it have after 5 hours?',
                 30, id='asks-have-at-end'),
    pytest.param('A farm stand has 60 melons. It picks 25 melons a day and sells 20 melons a '
                 'day. How many melons are left after 4 days of harvest?',
                 80, id='harvest-noun-not-a-verb'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
