"""The whole from a percent's amount (bot/core/arith/share.py), and a closing "...?" with no
question word read as the question (bot/core/families/profit_loss.py). Two wordings per
construct, then red-team variants answered right or declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("An agent gets a 4% commission on the sales of cars. On a certain day he got "
                 "$600 as commission. The cars sold through him that day are worth?", 15000,
                 id="commission-to-sales"),
    pytest.param("A 5% tax on a meal came to $3. What was the price of the meal?", 60,
                 id="tax-to-price"),
    pytest.param("A broker charges a 2% brokerage. He earned a brokerage of Rs. 90. What was "
                 "the value of the deal?", 4500, id="brokerage-to-value"),
    pytest.param("A coat was sold for Rs 440 with a profit of 10%. If it were sold for Rs. "
                 "420, then would have been the percentage of profit and loss?", 5,
                 id="question-without-question-word"),
])
def test_share_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("An agent gets a 4% commission on the sales of cars. On a certain day he got "
                 "$600 as commission. How much commission will he get next week?",
                 id="asks-the-part"),
    pytest.param("An agent gets a 4% commission on the sales of cars. On a certain day he got "
                 "$600 as a bonus. The cars sold through him that day are worth?",
                 id="amount-of-another-noun"),
    pytest.param("An agent gets a 4% commission on the sales of cars and a 2% bonus. On a "
                 "certain day he got $600 as commission. What were the sales worth?",
                 id="two-percents"),
    pytest.param("A 5% tax on a meal came to $3 and the tip was $2. What was the price of the "
                 "meal?", id="extra-amount"),
    pytest.param("A 5% tax on a meal did not come to $3. What was the price of the meal?",
                 id="negated"),
    pytest.param("A 5% discount on a coat saved Kim $6. What was the price of the coat after "
                 "the discount?", id="asks-after-the-discount"),
    pytest.param("One week an agent got $600 as commission at a 4% commission rate. The cars "
                 "sold through him that week are worth?", id="extra-duration"),
    pytest.param("An agent gets a 4% commission on the sales of cars. On a certain day he got "
                 "$600 as commission. Is that a lot? The cars sold that day are worth?",
                 id="two-question-marks"),
    pytest.param("A 5% tax on each meal came to $3. What was the price of the meal?",
                 id="each"),
    pytest.param("A 5% tax on a meal came to $3. What was the price of the meal with the "
                 "tax?", id="asks-the-total"),
    # money red team (hpl): the price paid is after the discount (gave the whole, 80)
    pytest.param("A discount of 15% saved Ann $12. What was the price she paid?",
                 id="asks-the-price-paid"),
])
def test_share_declines(text):
    assert not answer(text).ok


@pytest.mark.parametrize("text, expected", [
    pytest.param("30% of a number is 60. What is the number?", 200, id="number-from-share"),
    pytest.param("If 20% of a number is 45, what is the number?", 225,
                 id="number-from-share-if"),
    pytest.param("What is 15% of 20% of 400?", 12, id="percent-of-percent"),
    pytest.param("What is 50% of 40% of $250?", 50, id="percent-of-percent-money"),
])
def test_number_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("30% of a number is 60. What is 10% of the number?", id="asks-another-share"),
    pytest.param("30% of a number is 60 and 20% of another number is 50. What is the "
                 "number?", id="two-numbers"),
    pytest.param("30% of a number is more than 60. What is the number?", id="inequality"),
    pytest.param("What is 15% of 20% of 400 and 10% of 50?", id="two-asks"),
    pytest.param("30% of a number is not 60. What is the number?", id="negated"),
    pytest.param("30% of the sum is 60. What is the number?", id="other-noun"),
])
def test_number_declines(text):
    assert not answer(text).ok
