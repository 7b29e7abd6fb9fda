"""Simple interest read by the arithmetic family: our own wordings."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("Priya borrowed $2,000 at 5% per annum simple interest. How much will she "
                 "repay after 3 years?", 2300, id="amount"),
    pytest.param("At 8% per year simple interest, what is the interest on $1,500 after 2 "
                 "years?", 240, id="interest"),
    pytest.param("A deposit of $600 earns simple interest at 4% per annum. What is the "
                 "interest after 6 months?", 12, id="months"),
    pytest.param("A simple interest of $90 was earned at the rate of 6% p.a. in 3 years. "
                 "Find the principal.", 500, id="principal"),
    pytest.param("Dev lent $800 at simple interest. After 2 years he received $64 as "
                 "interest. What was the rate per annum?", 4, id="rate"),
])
def test_simple_interest(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert float(outcome.answers[0].value) == pytest.approx(float(expected), rel=1e-9)


@pytest.mark.parametrize("text, alternative", [
    pytest.param("Kim owes $1,000 with a monthly interest of 1%. How much does she owe after "
                 "2 months?", Fraction(10201, 10), id="monthly-compound-alternative"),
    pytest.param("A loan of $500 carries yearly interest of 10%. How much is owed after 2 "
                 "years?", 605, id="yearly-compound-alternative"),
])
def test_interest_alternative(text, alternative):
    """The other reading (simple vs compound) is shown beside the primary, whichever it is."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert outcome.alternatives
    assert any(float(a.value) == pytest.approx(float(alternative), rel=1e-9)
               for a in (*outcome.answers, *outcome.alternatives))
