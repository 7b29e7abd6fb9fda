"""What a percent question asks (bot/core/arith/percent_asks.py): the asked unit, the change
itself, two parts added, and the stories the percent model must decline (an amount per
period asked over a horizon, an amount already after its change, a thing with no price,
another person's profit). Each trap once got a confident wrong answer."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    # the asked unit: dollars converted to cents (or another length unit)
    pytest.param("A pen costs $2.40. Its price rises by 25%. How many cents does it cost "
                 "now?", 300, id="cents-after-rise"),
    pytest.param("A candy bar costs $1.20. It is 25% off. How many cents does Lea pay for "
                 "it?", 90, id="cents-after-discount"),
    pytest.param("Gas cost $3.00 a gallon and rose 10%. How many cents more does a gallon "
                 "cost now?", 30, id="cents-of-the-change"),
    pytest.param("A cake costs 250 cents. Its price rises by 20%. How many cents does it cost "
                 "now?", 300, id="cents-stated-cents-asked"),
    pytest.param("A tree was 10 feet tall and grew 20% taller. How many inches did it grow?",
                 24, id="feet-to-inches-of-the-change"),
    # the change itself
    pytest.param("A tree was 12 feet tall and grew 25% taller. How many feet did it grow?", 3,
                 id="how-many-feet-did-it-grow"),
    pytest.param("A stock was worth $50 and its value fell by 8%. How much value did it "
                 "lose?", 4, id="how-much-did-it-lose"),
    pytest.param("A bag of rice cost $12. The price went up by 25%. How much more does it "
                 "cost now?", 3, id="how-much-more-now"),
    pytest.param("A town had 5000 people. The population grew by 4%. By how much did the "
                 "population grow?", 200, id="by-how-much"),
    pytest.param("A rope was 40 meters long. It was cut by 25%. How many meters were cut "
                 "off?", 10, id="cut-off"),
    # two parts
    pytest.param("Raj scored 20 points in the first game and 25% more points in the second "
                 "game. How many points did he score in total?", 45, id="parts-in-total"),
    pytest.param("Mia read 40 pages on Monday and 25% more pages on Tuesday. How many pages "
                 "did she read in total?", 90, id="parts-days-total"),
    pytest.param("Mia read 40 pages on Monday and 25% more pages on Tuesday. How many pages "
                 "did she read on Tuesday?", 50, id="parts-asks-the-changed-part"),
    pytest.param("A bakery sold 60 muffins in the morning and 20% fewer muffins in the "
                 "afternoon. How many muffins did it sell in all?", 108, id="parts-fewer-in-all"),
    pytest.param("Eli scored 30 points in the first round and 10% fewer points in the second "
                 "round. How many points did he score in both rounds?", 57,
                 id="parts-in-both"),
    pytest.param("A rope is 2 meters long. It is cut by 25%. How many centimeters long is it "
                 "now?", 150, id="meters-to-centimeters"),
    # a per-period amount asked per the same period; a level reached, asked before
    pytest.param("Lucy's pay went up by 20% to $36 an hour. What was her pay before?", 30,
                 id="raised-to-asks-before"),
    pytest.param("Kim's salary is $4000 a month. She gets a 10% raise. How much does she earn "
                 "a month after the raise?", 4400, id="per-month-asked-per-month"),
    pytest.param("Last year a club had 60 members. This year it has 15% more members. How "
                 "many members does it have this year?", 69, id="this-year-is-no-horizon"),
    pytest.param("Simple interest on $1500 at 4% per year for 3 years is how much?", 180,
                 id="bare-question-asks-the-interest"),
    pytest.param("Simple interest on $2000 at 5% per year for 2 years is how much?", 200,
                 id="bare-question-asks-the-interest-2"),
])
def test_percent_asks(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].value) == expected


# Traps: declined, or (when another family answers) only the value given here.
@pytest.mark.parametrize("text, safe", [
    pytest.param("A cake costs $25. Its price rises by 8%. How many euros does it cost now?",
                 None, id="other-currency"),
    pytest.param("Mona's rent is $900 a month. It goes up by 5%. How much rent does she pay "
                 "in a year at the new price?", 11340, id="per-month-asked-in-a-year"),
    pytest.param("Omar earns $3000 a month. He gets a 5% raise. How much does he earn in a "
                 "year after the raise?", 37800, id="raise-asked-in-a-year"),
    pytest.param("Hal pays $50 a month for internet. In July the price goes up by 10%. How "
                 "much does he pay for the whole year?", 630, id="change-partway-through"),
    pytest.param("Rent is $1200 a month. It goes up 5%. How much more rent does she pay per "
                 "year?", 720, id="per-month-asked-per-year"),
    pytest.param("Ken pays $120 a month. His rent rose 10%. How much does he pay weekly?",
                 None, id="per-month-asked-weekly"),
    pytest.param("A rope was 40 meters long. It grew by 25%. How many meters did it shrink?",
                 None, id="change-asked-the-wrong-way"),
    pytest.param("A tablet costs $300. It goes up 10% and then down 10%. By how much did the "
                 "price change?", None, id="change-of-a-rise-and-a-fall"),
    pytest.param("Mia read 40 pages on Monday and 25% more pages on Tuesday. How many pages "
                 "did she read on Monday?", 40, id="parts-asks-the-base-part"),
    pytest.param("Ben ran 20 laps and then 25% more laps. How many laps did he run in "
                 "total?", 45, id="parts-without-a-second-part-named"),
    pytest.param("A TV costs $500 after a 20% discount. How much does Tia pay for it?", 500,
                 id="stated-after-discount"),
    pytest.param("A sofa now sells for $360. Its price was cut by 10%. How much does the sofa "
                 "cost?", 360, id="now-costs"),
    pytest.param("The price of a ticket was raised 20% to $18. How much was the price "
                 "raised?", 3, id="raised-to-asks-the-change"),
    pytest.param("The price of milk was raised 25% to $5. How much is the milk now?", 5,
                 id="raised-to-asks-now"),
    pytest.param("Ana bought a skirt for $50 and a belt. The skirt was 20% off. How much did "
                 "she pay?", None, id="second-thing-no-price"),
    pytest.param("A vase costs $30. It is 10% off. Meg also buys a card. How much does Meg "
                 "pay?", None, id="second-purchase-no-price"),
    pytest.param("Amy bought a vase for $50. She sold it to her friend at a 20% profit. How "
                 "much profit did her friend make?", None, id="buyer-profit"),
    pytest.param("Amy bought a vase for $50. Her friend sold it at a 20% profit. How much "
                 "profit did Amy make?", None, id="friend-sells"),
    pytest.param("A pool held 800 liters. It leaked 10% of its water. How many liters of "
                 "water are in the pool now?", 720, id="part-or-rest-now"),
    pytest.param("Tia buys 4 mugs at $10 each. She gets 25% off the third mug. How much does "
                 "she pay?", Fraction(75, 2), id="percent-on-one-of-several"),
    pytest.param("Sam bought a jacket at 20% off and paid $40. How much did he save?", 10,
                 id="paid-amount-is-after-the-discount"),
    pytest.param("A discount of 20% saved Lee $8. What did Lee pay for the item?", 32,
                 id="discount-of-saved-amount"),
])
def test_percent_traps(text, safe):
    outcome = answer(text)
    if outcome.ok:
        assert safe is not None, outcome.answers
        assert Fraction(outcome.answers[0].exact) == safe


def test_cents_conversion_is_a_step():
    outcome = answer("A pen costs $2.40. Its price rises by 25%. How many cents does it cost "
                     "now?")
    assert outcome.answers[0].unit == "cents"
    assert any(step.rule == "unit_conversion" for step in outcome.steps)


def test_parts_total_shows_both_parts():
    outcome = answer("Raj scored 20 points in the first game and 25% more points in the second "
                     "game. How many points did he score in total?")
    assert "20 + 25 = 45" in " ".join(m for s in outcome.steps for m in s.math)
