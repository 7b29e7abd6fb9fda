"""Rates over lists of amounts told apart by qualifiers: a per-phrase shared by a list
("5 red and 3 blue marbles per bag"), a sentence-level "every day" over a list, amounts
spent "on" different things summed "in all", a group's rate reported by some of its
members, and a numberless "the same amount each day". Own wordings; traps must decline."""

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    # a per-phrase after the last item of a list applies to each item
    pytest.param("A farm picks 20 crates of green apples and 15 crates of red apples per "
                 "day. How many crates of red apples does it pick in 6 days?", 90,
                 id="shared-per-second-item"),
    pytest.param("A farm picks 20 crates of green apples and 15 crates of red apples per "
                 "day. How many crates of green apples does it pick in 6 days?", 120,
                 id="shared-per-first-item"),
    pytest.param("Nina bought 60 apple muffins and 45 lemon muffins. She eats 3 apple "
                 "muffins and 5 lemon muffins a day. How many days will the apple muffins "
                 "last?", 20, id="shared-per-days-last"),
    pytest.param("Nina bought 60 apple muffins and 45 lemon muffins. She eats 3 apple "
                 "muffins and 5 lemon muffins a day. How many days will the lemon muffins "
                 "last?", 9, id="shared-per-days-last-other"),
    pytest.param("A mill grinds 30 sacks of wheat per day and 12 sacks of rye per day. How "
                 "many sacks of rye does it grind in 10 days?", 120, id="each-own-per"),
    # a sentence-level "every day" over a list of one kind, summed "in all"
    pytest.param("Every day Omar spends 2 hours on practicing piano and 3 hours on "
                 "practicing violin. If he practices for 4 days, how many hours does he "
                 "spend on practicing piano and violin in all?", 20, id="every-day-sum"),
    pytest.param("Lia studies for 6 days. Every day she spends 1 hours on reading history "
                 "and 2 hours on reading poetry. How many hours does she spend on reading "
                 "history and poetry in all?", 18, id="every-day-sum-2"),
    # "in all" about one named kind selects it
    pytest.param("Lia spends 1 hours on reading history and 2 hours on reading poetry every "
                 "day. If she reads for 6 days, how many hours does she spend on reading poetry "
                 "in all?", 12, id="in-all-one-kind"),
    # a numberless sentence that only says the amount is the same each day
    pytest.param("A lemonade stand made the same amount of money each day. In total in 4 "
                 "days it earned 96 dollars. How much did it make per day?", 24,
                 id="same-each-day"),
    pytest.param("A bakery sold the same number of pies every day. Over 6 days it sold 72 "
                 "pies. How many pies did it sell per day?", 12, id="same-each-day-2"),
    # the number of people who reported a group rate is not needed
    pytest.param("She was told by 40 of the workers that they pack 75 boxes of pears per "
                 "day. How many boxes of pears would be packed in 8 days?", 600,
                 id="reporters"),
    pytest.param("He was told by 12 of the bakers that they bake 60 loaves of bread in 4 "
                 "hours. How many loaves of bread would be baked per hour?", 15,
                 id="reporters-2"),
    pytest.param("He was told by 12 of the bakers that they bake 30 loaves of rye per day "
                 "and 20 loaves of wheat per day. How many days will it take to bake 100 "
                 "loaves of wheat?", 5, id="reporters-select"),
    # qualifiers every item shares ("practicing") do not tell the items apart
    pytest.param("Every day Omar spends 2 hours on practicing piano and 3 hours on "
                 "practicing violin. How many hours does he spend on practicing violin in 4 "
                 "days?", 12, id="select-by-own-qualifier"),
    # a conversion the question does not need ("each crate holds 30 pears", asked in crates)
    pytest.param("An orchard fills 6 crates per day and each crate holds 30 pears. How many "
                 "crates of pears will it fill in 10 days?", 60, id="conversion-not-needed"),
    pytest.param("A farm collects 5 boxes per day. Each box holds 12 eggs. How many boxes does "
                 "it collect in 7 days?", 35, id="conversion-not-needed-2"),
    pytest.param("A farm collects 5 boxes per day. Each box holds 12 eggs. How many eggs does "
                 "it collect in 7 days?", 420, id="conversion-needed"),
    # a shared per-phrase over different nouns
    pytest.param("A cook uses 4 eggs and 3 lemons per cake. How many lemons are needed for 5 "
                 "cakes if the eggs are already counted?", None, id="already-blocked"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    # reporters whose clause is per person, or who are asked about
    pytest.param("She was told by 40 of the workers that each of them packs 5 boxes per day. "
                 "How many boxes would be packed in 8 days?", id="reporters-each"),
    pytest.param("She was told by 40 of the workers that they pack 5 boxes per worker per "
                 "day. How many boxes would be packed in 8 days?", id="reporters-per-person"),
    pytest.param("She was told by 40 of the workers that they pack 300 boxes per day. How "
                 "many boxes does each worker pack per day?", id="reporters-asked"),
    pytest.param("She met 40 of the workers who pack 300 boxes per day. How many boxes "
                 "would be packed in 8 days?", id="not-a-report"),
    # a list whose items are not joined straight to the per-phrase
    pytest.param("Nina bought 60 apple muffins and 45 lemon muffins. She eats 3 apple "
                 "muffins and then 5 lemon muffins a day. How many days will the apple "
                 "muffins last?", id="list-broken-by-then"),
    # "in all" naming one kind and a kind that is not stated
    pytest.param("Every day Omar spends 2 hours on practicing piano and 3 hours on "
                 "practicing violin. If he practices for 4 days, how many hours does he "
                 "spend on practicing piano and singing in all?", id="sum-names-unknown"),
    # the question names neither item of the list
    pytest.param("A farm picks 20 crates of green apples and 15 crates of red apples per "
                 "day. How many crates does it pick in 6 days?", id="list-unnamed"),
    # an extra unplaced number
    pytest.param("After 7 stops, he was told by 40 of the workers that they pack 75 boxes "
                 "of pears per day. How many boxes of pears would be packed in 8 days?",
                 id="extra-number"),
    # "every day" over amounts of two different units
    pytest.param("Every day Omar walks 3 miles and spends 2 dollars. How many miles does he "
                 "walk in 5 days and how much does he spend?", id="two-questions"),
    # a negated question
    pytest.param("A farm picks 20 crates of green apples and 15 crates of red apples per "
                 "day. How many crates of red apples does it not pick in 6 days?",
                 id="negated"),
    pytest.param("Every day Omar spends 2 hours on practicing piano and 3 hours on "
                 "practicing violin. How many hours does he spend on practicing in 4 days?",
                 id="shared-qualifier-only"),
    pytest.param("Tim buys 4 apples and 3 pears per week. How many apples does he buy in 6 "
                 "weeks?", id="other-item-not-placed-known-gap"),
    pytest.param("A farm collects 5 boxes per day. Each box holds 12 eggs and 3 boxes break "
                 "each day. How many boxes does it collect in 7 days?",
                 id="conversion-and-a-loss"),
    pytest.param("A farm collects 5 boxes per day. Each box holds 12 eggs and each egg weighs "
                 "2 ounces. How many boxes does it collect in 7 days?",
                 id="two-conversions"),
    pytest.param("A farm collects 5 boxes per day. Each box holds 12 eggs. How many boxes "
                 "does it collect?", id="conversion-no-time"),
])
def test_declines(text):
    _check(text, None)
