"""Percent relations (bot/core/arith/percents.py): a percent change between two values
stated with when they were seen, and the trade wordings the percent model must decline
(each would otherwise get a confident wrong answer)."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("A house sold for $500,000 in 1990 and sold ten years later for $400,000. "
                 "By what percent did the value of the house change?", -20,
                 id="dated-change-signed"),
    pytest.param("A car was worth $20,000 in 2018 and $15,000 3 years later. What is the "
                 "percent decrease?", 25, id="dated-decrease"),
    pytest.param("A town had 5000 people in 2010 and 6000 people in 2015. By what percent "
                 "did the population increase?", 20, id="two-calendar-years"),
    pytest.param("A trader sold a chair at a loss of 20% for Rs.360. What is the cost price "
                 "of the chair?", 450, id="rupees-reverse-loss"),
    pytest.param("A hotel bill is $200 plus 12% tax. There is no tip. What is the total?",
                 224, id="negation-away-from-the-percent"),
    pytest.param("A farmer expects that in one month his pumpkin will grow by 30%. A spray is "
                 "said to help grow it an additional 10%. What is the total percent increase "
                 "in one month?", 43, id="one-span-successive"),
    pytest.param("A shop gives a 20% discount for one day. A shirt costs $50. How much does "
                 "the shirt cost on that day?", 40, id="one-span-discount"),
    pytest.param("The owner will raise the rent of the small flat by 10%. The rent is $900. "
                 "What is the new rent?", 990, id="verb-far-before-by"),
    pytest.param("Maria buys 8 shares for $8 each. The price increases 50% the first year and "
                 "decreases 25% in the second year. What is the final value of all the "
                 "shares?", 72, id="ordinal-of-a-year-is-not-an-item"),
    # money red team (hpl): the percent model gave 30 and 1215; now it steps aside and
    # the periodic and trade models answer
    pytest.param("A gym costs $25 a week. The price goes up by 20%. How much does it cost in "
                 "a year?", 1560, id="per-week-asked-per-year"),
    pytest.param("After a 10% discount on the marked price, a shop sells a fan for $1,350. "
                 "What is the marked price?", 1500, id="base-named-after-the-percent"),
])
def test_percent_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


def test_dated_change_lists_the_dates_as_unused():
    outcome = answer("A car was worth $20,000 in 2018 and $15,000 3 years later. What is the "
                     "percent decrease?")
    assert sorted(u.value for u in outcome.unused) == ["2018", "3"]


@pytest.mark.parametrize("text", [
    pytest.param("A town had 5000 people in 2010 and 6000 people in 2015. What was the "
                 "yearly percent increase?", id="dated-asks-per-year"),
    pytest.param("A car was worth $20,000 in 2018 and $15,000 3 years later. What is the "
                 "percent increase?", id="dated-wrong-direction"),
    pytest.param("A vendor sold a kettle at a profit of 20%, which came to a profit of "
                 "Rs. 50. What is the cost of the kettle after a 10% rise?",
                 id="profit-amount-as-base"),
    pytest.param("A shop sold 4 lamps at a profit of 20% for $360 each. What is the cost "
                 "price of a lamp?", id="one-item-of-a-total"),
    pytest.param("A merchant sells a rug for $230, making a profit of 15%. The marked price "
                 "of the rug is:", id="profit-does-not-lead-to-marked"),
    pytest.param("A shop sold a rug for $180 at a discount of 10%. What is the cost price of "
                 "the rug?", id="discount-does-not-lead-to-cost"),
    pytest.param("A trader did not sell a chair at a profit of 20% for $360. What is the "
                 "cost price?", id="negated-percent"),
    pytest.param("A sold a bike to B at a profit of 20%. B sold it for $360. What did A pay "
                 "for the bike?", id="resale-chain"),
    pytest.param("A TV cost $500. 2 years later its price dropped 20%. What is the price of "
                 "2 TVs now?", id="later-with-a-percent"),
    pytest.param("A plant grows 10% in one week and an additional 10% in 2 weeks. What is the "
                 "total percent increase?", id="spans-of-other-lengths"),
    pytest.param("A plant grows 10% in one week and an additional 10% in one month. What is "
                 "the total percent increase?", id="spans-of-two-units"),
    pytest.param("Sam earns $10 and gets a 10% raise for 1 year. How much will he earn in 2 "
                 "years?", id="span-and-horizon"),
    # money red team (hpl): each gave a confident wrong answer before its guard
    pytest.param("A store sells a jacket at a 20% discount for $96. How much more would a "
                 "customer pay at the marked price?", id="asks-how-much-more"),
    pytest.param("Dan buys 3 shirts at $25 each. He gets 20% off the second shirt. How much "
                 "does he pay?", id="percent-of-the-second-item"),
    pytest.param("Zoe bought a dress at 30% off and paid $49. How much did she save?",
                 id="paid-after-the-change"),
    pytest.param("A 6% sales tax on a TV came to $27. What did the buyer pay in total?",
                 id="sales-tax-amount"),
    pytest.param("A discount of 15% saved Ann $12. What was the price she paid?",
                 id="discount-of-saved-amount"),
])
def test_percent_declines(text):
    assert not answer(text).ok
