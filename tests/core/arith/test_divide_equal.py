"""A sum divided so that compound amounts are equal (bot/core/arith/divide_equal.py). Two
wordings per construct, then red-team variants that must be declined."""

from fractions import Fraction

import pytest

from bot.core import answer


@pytest.mark.parametrize("text, expected", [
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "equal to the amount of B after 9 years, the interest being compounded at 4% "
                 "per annum. Find A's share.", 676, id="after-years-first"),
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "equal to the amount of B after 9 years, the interest being compounded at 4% "
                 "per annum. Find B's share.", 625, id="after-years-second"),
    pytest.param("A man divides $2100 between his daughters Ann and Beth who are 16 and 18 "
                 "years old so that their shares, invested at 10% compound interest, give "
                 "equal amounts at the age of 21. Find Ann's share.", Fraction(210000, 221),
                 id="ages"),
])
def test_divide_equal_values(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "equal to the amount of B after 9 years, the interest being simple at 4% "
                 "per annum. Find A's share.", id="simple-interest"),
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "equal to the amount of B after 9 years, the interest being compounded at 4% "
                 "per annum. Find C's share.", id="asks-a-third"),
    pytest.param("Divide Rs. 1301 between A, B and C so that the amount of A after 7 years "
                 "is equal to the amount of B after 9 years, the interest being compounded at "
                 "4% per annum. Find A's share.", id="three-people"),
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "twice the amount of B after 9 years, the interest being compounded at 4% "
                 "per annum. Find A's share.", id="not-equal"),
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "equal to the amount of B after 9 years, the interest being compounded at 4% "
                 "and 5% per annum. Find A's share.", id="two-rates"),
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "not equal to the amount of B after 9 years, the interest being compounded "
                 "at 4% per annum. Find A's share.", id="negated"),
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "equal to the amount of B after 9 years, the interest being compounded at 4% "
                 "per annum. Find the amount of A after 7 years.", id="asks-the-amount"),
    pytest.param("Divide Rs. 1301 between A and B so that the amount of A after 7 years is "
                 "equal to the amount of B, the interest being compounded at 4% per annum. "
                 "Find A's share.", id="one-horizon"),
    pytest.param("A man divides $2100 between his daughters Ann and Beth who are 16 and 18 "
                 "years old so that their shares, invested at 10% compound interest, give "
                 "equal amounts at the age of 17. Find Ann's share.", id="age-already-passed"),
    pytest.param("A man divides $2100 and $500 between his daughters Ann and Beth who are 16 "
                 "and 18 years old so that their shares, invested at 10% compound interest, "
                 "give equal amounts at the age of 21. Find Ann's share.", id="two-sums"),
])
def test_divide_equal_declines(text):
    assert not answer(text).ok
