"""Pay from a commission (bot/core/arith/commission.py): fixed pay + p% of sales reaching a
target. Two wordings per construct, then red-team variants answered right or declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("The weekly pay of a clerk is the sum of a base salary of $300 plus 4% of "
                 "all weekly sales. What must the weekly sales be for her weekly pay to reach "
                 "$700?", 10000, id="fixed-plus-share"),
    pytest.param("A shop hires a helper at a monthly salary of 2000. On top of that, it pays "
                 "him a commission of 10% on the monthly sale. How much sale should he make "
                 "if he wants his monthly income as 5000?", 30000, id="fixed-plus-commission"),
    pytest.param("A broker gets a 5% commission on each sale. How many sales of $400 each "
                 "must she make to reach a salary of at least $1,100?", 55,
                 id="count-of-sales"),
    pytest.param("A rep gets a 8% commission on each sale she closes. How many sales of $300 "
                 "each must she close to reach an income of at least $1,000?", 42,
                 id="count-of-sales-rounded-up"),
    pytest.param("Amy earns a salary of $2000 plus 10% commission on all sales. Last month "
                 "she earned $3500. What were her sales?", 15000, id="target-stated-before"),
])
def test_commission_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The monthly pay of an agent is a fixed salary of $500 plus 5% of all "
                 "monthly sales. What should the monthly sales be so that her monthly pay "
                 "reaches $300?", id="target-below-fixed"),
    pytest.param("The monthly pay of an agent is a fixed salary of $500 plus 5% of all "
                 "monthly sales and a bonus of $100. What should the monthly sales be so that "
                 "her pay reaches $1500?", id="extra-bonus"),
    pytest.param("The monthly pay of an agent is a fixed salary of $500 plus 5% of all "
                 "weekly sales. What should the weekly sales be so that her monthly pay "
                 "reaches $1500?", id="two-periods"),
    pytest.param("An agent earns a fixed salary of $500 plus 5% of all sales. What is her "
                 "salary if she sells $2000?", id="asks-the-pay"),
    pytest.param("An agent earns a fixed salary of $500 plus 5% of all sales over $1000. "
                 "What sales make her salary $1500?", id="threshold-on-sales"),
    pytest.param("Two agents each earn a salary of $500 plus 5% of their sales. What sales "
                 "bring one agent's pay to $1500?", id="two-actors"),
    pytest.param("An agent does not earn a fixed salary of $500 plus 5% of all sales. What "
                 "sales make her pay reach $1500?", id="negated"),
    pytest.param("A broker gets a 5% commission on each sale. How many sales of $400 each "
                 "must she make to earn $1,010?", id="count-must-be-exact"),
    pytest.param("A broker gets a 5% commission on each sale and pays 10% tax. How many "
                 "sales of $400 each must she make to reach at least $1,000?", id="tax"),
    pytest.param("A broker gets a 5% commission on each sale. How many sales of $400 each "
                 "must she make to reach at least $1,000 in 2 weeks?", id="extra-duration"),
    pytest.param("Amy earned $3500 last month. She earns a salary of $2000 plus 10% "
                 "commission on all sales. What were her sales?", id="target-before-the-pay"),
])
def test_commission_declines(text):
    assert not answer(text).ok
