"""A number from 1600 to 2199 is a year only where the words around it say so (years.py and
the grammar's YEARNUM agree); an amount such as "a population of 2000" is read as one."""

from fractions import Fraction

import pytest

from bot.core import answer
from bot.core.years import year_cue


@pytest.mark.parametrize(("words", "expected"), [
    pytest.param(["in"], True, id="in"),
    pytest.param(["grew", "since"], True, id="since"),
    pytest.param(["the", "year"], True, id="the-year"),
    pytest.param(["the", "end", "of"], True, id="end-of"),
    pytest.param(["summer", "of"], True, id="season-of"),
    pytest.param(["1990", "to"], True, id="year-to-year"),
    pytest.param(["population", "of"], False, id="population-of"),
    pytest.param(["a", "loan", "of"], False, id="loan-of"),
    pytest.param(["grows", "to"], False, id="grows-to"),
    pytest.param(["1000", "to"], False, id="amount-to-amount"),
    pytest.param([], False, id="nothing-before"),
])
def test_year_cue(words, expected):
    assert year_cue(words) is expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A population of 2000 grows by 3% per year. What is the population after 4 "
                 "years?", Fraction(2000) * Fraction(103, 100) ** 4, id="population-of-2000"),
    pytest.param("A town of 2000 people grows by 3% per year. What is the population after 4 "
                 "years?", Fraction(2000) * Fraction(103, 100) ** 4, id="town-of-2000-people"),
    pytest.param("A farm of 1800 acres loses 10% of its area each year. How many acres are "
                 "left after 2 years?", 1458, id="farm-of-1800-acres"),
    pytest.param("A colony of 1000 bacteria doubles every 3 hours. How long until it grows to "
                 "2000?", 3, id="grows-to-2000"),
    pytest.param("In 1990 a city had 50000 people. It grew by 2% per year. What was the "
                 "population in 2000?", Fraction(50000) * Fraction(102, 100) ** 10,
                 id="years-still-years"),
])
def test_amounts_in_the_year_range(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].value) == pytest.approx(Fraction(expected), rel=1e-9)


@pytest.mark.parametrize("text", [
    pytest.param("The population of 2010 was 8000 people and it grows by 5% per year. What is "
                 "the population after 4 years?", id="of-year-with-another-amount"),
    pytest.param("The census of 2010 counted 8000 people; the town grows by 5% per year. What "
                 "is the population after 4 years?", id="census-of-year"),
])
def test_a_year_after_of_is_never_taken_as_the_start(text):
    """Declining is fine; 2010 people is not."""
    outcome = answer(text)
    if outcome.ok:
        assert Fraction(outcome.answers[0].value) == pytest.approx(
            Fraction(8000) * Fraction(105, 100) ** 4, rel=1e-9)
