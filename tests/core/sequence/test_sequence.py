"""The sequence family: one amount changed step by step (bot/core/families/sequence.py).

Each construct has at least two wordings. `solved` cases go through the whole pipeline
(`bot.core.answer`), so an earlier family that already answers them correctly is fine;
`declined` cases must never be answered by the sequence family itself.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core import answer
from bot.core.families import sequence
from bot.core.parse import parse

SOLVED = [
    # share of the current amount, then share of the rest
    pytest.param("Nadia had $800. She spent 25% of it on a phone, then 10% of the remaining "
                 "money on a case. How much money does Nadia have left?", "540", id="pct-pct"),
    pytest.param("Omar starts with $120. He gives away a third of it and then spends half of "
                 "what is left. How much money does he have now?", "40", id="frac-frac"),
    # amount, then share
    pytest.param("Lena has 90 stickers. She gives 18 stickers to her cousin, then trades away "
                 "a quarter of the rest. How many stickers does she have left?", None,
                 id="unknown-verb-trades"),
    pytest.param("Lena has 90 stickers. She gives 18 stickers to her cousin, then loses a "
                 "quarter of the rest. How many stickers does she have left?", "54",
                 id="amount-then-share"),
    pytest.param("Ravi had 64 marbles. He lost 4 marbles and then gave away 1/3 of the "
                 "remaining marbles. How many marbles remain?", "40", id="amount-then-fraction"),
    pytest.param("A shop had 200 shirts. It sold 40% of them on Monday and 25% of the rest "
                 "on Tuesday. How many shirts are left?", "90", id="shop-pct-rest"),
    pytest.param("Amy has 24 pencils. She loses 6 of them and finds 2. How many pencils does "
                 "Amy have?", "20", id="present-tense-question"),
    pytest.param("A jar has 80 candies. 30 candies are eaten, then 20 more candies are added. "
                 "How many candies are in the jar?", "70", id="present-are-in"),
    pytest.param("A stock was worth $100. It rose 10% on Monday and fell $5 on Tuesday. What "
                 "is it worth now?", "105", id="stock-pct-then-amount"),
    pytest.param("Tom had $50. His money was reduced by 20% and then increased by 20%. How "
                 "much money does he have now?", "48", id="money-down-up"),
    pytest.param("Rita has 60 beads. She uses 12 beads for a necklace, then 8 beads for a "
                 "ring. How many beads does she have left?", "40", id="ellipsis-amount"),
    pytest.param("Max has $500 in savings. He withdraws 1/5 of his savings and then deposits "
                 "$75. What is the balance now?", "475", id="savings-balance"),
    pytest.param("A coat is priced at $120. If she gets a 25% discount, how much does she have "
                 "to pay?", "90", id="discount-pay"),
    # moving in and out, passive receipt
    pytest.param("A bus has 40 passengers. At the first stop, 10 passengers get off and 6 get "
                 "on. How many passengers are on the bus now?", "36", id="bus-off-on"),
    pytest.param("There are 25 birds in a tree. 8 birds fly away, then 3 more birds come. How "
                 "many birds are in the tree now?", "20", id="birds-away-come"),
    pytest.param("Kim has $30. She was paid $12 for babysitting, then spent $20. How much "
                 "money does Kim have now?", "22", id="was-paid"),
    pytest.param("Kim has $30. She is given $12 by her uncle, then spends $20. How much money "
                 "does she have left?", "22", id="is-given"),
    pytest.param("Kim has $30. She pays $4 each for 3 tickets. How much money does she have "
                 "left?", "18", id="each-for-count"),
    # the total spent when every change is spending
    pytest.param("Nadia had $800. She spent 25% of it on a phone, then 10% of the remaining "
                 "money on a case. How much did she spend in total?", "260", id="spent-total"),
    pytest.param("Omar has $90. He buys 2 games at $15 each and then pays $12 for lunch. How "
                 "much money did Omar spend altogether?", "42", id="spent-altogether"),
    # count x price
    pytest.param("Maya has $50. She buys 3 books at $4 each and then spends a quarter of what "
                 "is left on lunch. How much money does she have left?", "28.5",
                 id="count-price-then-share"),
    pytest.param("Ben saved $75. He bought 4 notebooks for $2.50 each, then earned $12 "
                 "mowing a lawn. How much money does Ben have now?", "77", id="count-price-earn"),
    # quantity as the subject
    pytest.param("A tank holds 200 litres. 10% of the water leaks out, and then 30 more "
                 "litres are added. How many litres are in the tank now?", "210",
                 id="leaks-added"),
    pytest.param("A barrel contains 60 gallons. Then 15 gallons are drained, and half of the "
                 "remaining water evaporates. How many gallons are left in the barrel?",
                 "22.5", id="drained-evaporates"),
    # whole multiples
    pytest.param("Priya has $30. She adds $10 to it, and then her money doubles. How much "
                 "money does she have now?", "80", id="add-doubles"),
    pytest.param("Kofi had 48 cards. He bought 12 more cards, and then his collection was "
                 "halved. How many cards does he have at the end?", None, id="collection-noun"),
    pytest.param("Kofi had 48 cards. He bought 12 more cards, and then the number of cards "
                 "halved. How many cards does he have at the end?", "30", id="buy-halved"),
    # percent change of a price
    pytest.param("A jacket costs $80. Its price rises by 10%, and then it is discounted by 20%. "
                 "What is the final price of the jacket?", "70.4", id="price-up-down"),
    pytest.param("A bike is priced at $250. The price drops by $30, and then it goes up by "
                 "10%. What is the new price?", "242", id="price-amount-then-pct"),
    # selling items / selling for money
    pytest.param("A farmer has 120 eggs. He sells 30 eggs at the market and then uses a sixth "
                 "of the rest for baking. How many eggs does he have left?", "75",
                 id="items-sell-use"),
    pytest.param("Tia has $15. She sells 6 bracelets at $3 each, then spends $9 on beads. How "
                 "much money does she have now?", "24", id="money-sell-each"),
]

BACKWARD = [
    pytest.param("Terry has some oranges. 5% of them are thrown away, then 50% of the remaining "
                 "oranges are sold and he is left with 38 oranges. How many oranges did he have "
                 "at first?", "80", id="shares-back"),
    pytest.param("Nina had some money. She spent $12 on a book and then half of what was left "
                 "on a scarf. She has $9 left. How much money did she have at first?", "30",
                 id="amount-share-back"),
    pytest.param("Leo had a certain number of stamps. He gave away 10 stamps and then bought 4 "
                 "more. Now he has 30 stamps. How many stamps did Leo start with?", "36",
                 id="amounts-back"),
    pytest.param("Ife had a certain amount of money. She earned $25, then spent a fifth of the "
                 "rest. She has $60 left. How much money did Ife have initially?", "50",
                 id="earn-share-back"),
    pytest.param("Ben had some money. He spent $20 and then half of the rest. He has $15 left. "
                 "How much money did he have at first?", "50", id="spent-half-back"),
    pytest.param("Ana had some money. She spent $5 on Monday. On Tuesday she spent $7. She "
                 "has $10 left. How much money did she have at the start?", "22",
                 id="weekday-lead-back"),
]

DECLINED = [
    pytest.param("Nina had some money. She spent $12 on a book and then half of what was left "
                 "on a scarf. She has $9 left. How much money did she spend?",
                 id="back-asks-spent"),
    pytest.param("Leo had some stamps. He gave away 10 stamps and then bought some more. Now "
                 "he has 30 stamps. How many stamps did Leo start with?",
                 id="back-unknown-step"),
    pytest.param("Leo had some stamps. He gave away 10 stamps. Now he has 30 coins. How many "
                 "stamps did Leo start with?", id="back-other-unit"),
    pytest.param("Nadia had $800. She spent 25% of it on a phone and then earned $40. How "
                 "much did she spend in total?", id="spent-with-earning"),
    pytest.param("Nadia had $800. She spent 25% of it on a phone. How much did she spend on "
                 "the case?", id="spent-on-other-item"),
    pytest.param("Omar has $120. His sister gives him $30, then he spends half of it. How much "
                 "money does he have?", id="other-subject"),
    pytest.param("Omar has $120. Then his sister gives him $30. How much money does Omar have "
                 "now?", id="other-subject-then"),
    pytest.param("Lena has 90 stickers. She buys a book for $5 and then spends half of it. How "
                 "many stickers does she have left?", id="money-in-item-chain"),
    pytest.param("Maya has $50. She buys a hat for $20 and then spends half of it. How much "
                 "money does she have left?", id="ambiguous-it"),
    pytest.param("Sam has $100. He spends half of his money on a game and 1/4 of his money on "
                 "food. How much money does he have left?", id="of-his-money-twice"),
    pytest.param("Sam has $100. He earns $20, then loses 10%. How much money does he have "
                 "now?", id="bare-percent-after-change"),
    pytest.param("Tom has $50. He gets a 10% discount. How much money does he have left?",
                 id="discount-on-money"),
    pytest.param("Tom has $50. He earns 10% of it. How much money does he have now?",
                 id="earns-share"),
    pytest.param("A TV costs $500. Tom spends $100 on it. What is the final price?",
                 id="price-with-spending"),
    pytest.param("A shop had 200 shirts. It sold 40% of them on Monday and 25% of the rest on "
                 "Tuesday. How many shirts were sold after Tuesday?", id="asks-sold"),
    pytest.param("Tom has $50. The price rises 10%. How much money does he have now?",
                 id="price-change-on-pocket-money"),
    pytest.param("Amy had 24 pencils. She gave away 6 pencils. How many pencils did she have?",
                 id="past-tense-no-cue"),
    pytest.param("Kim has 30 stickers. She got off the bus with 5 stickers. How many stickers "
                 "does she have now?", id="moving-verb-of-owner"),
    pytest.param("Kim has $30. She was charged $12 for a fine. How much money does she have "
                 "left?", id="unknown-passive"),
    pytest.param("Amy has 24 pencils. 6 boxes of pens are sold. How many pencils are left?",
                 id="passive-other-noun"),
    pytest.param("Tom has $50. He spends $10 on a shirt and $3 less on a hat. How much money "
                 "is left?", id="comparative-amount"),
    pytest.param("Tom has $50. He spends $10 on a shirt and as much on a hat. How much money "
                 "is left?", id="as-much"),
    pytest.param("Tom has 50 cards. He trades away his old cards. Then he buys 10 more cards. "
                 "How many cards does he have now?", id="unread-change-no-number"),
    pytest.param("Tom has $50. He spends the rest of his money on food. How much money is "
                 "left?", id="spends-the-rest"),
    pytest.param("A pool holds 5000 gallons. It loses 2% of its water and then 300 gallons are "
                 "pumped in. How many gallons are in the pool now?", id="unknown-verb-no-carry"),
    pytest.param("Rita has 60 beads. She uses 12 beads, then 8 beads vanish. How many beads "
                 "does she have left?", id="unknown-intransitive"),
    pytest.param("Rita has 60 beads. She uses 12 beads, then 5 of them are pumped away. How "
                 "many beads does she have left?", id="of-them-unknown-verb"),
    pytest.param("A lamp costs $90. Its price is reduced by 20%. How much money is saved?",
                 id="asks-saved"),
    pytest.param("A lamp costs $90. Its price is reduced by 20%. How much is the discount?",
                 id="asks-discount"),
    pytest.param("A laptop costs $800. The price goes up by 10%, then a 5% discount is "
                 "applied. What is the final price of the mouse?", id="asks-other-object"),
    pytest.param("Tom has 50 apples. He gives away 10 apples. How many apples does his "
                 "sister have now?", id="asks-sister"),
    pytest.param("Maya has $50. She spends 20% of her salary. How much money does she have "
                 "left?", id="percent-of-other"),
    pytest.param("Ravi had 64 marbles. He gave some to Tom and then bought 10 more. How many "
                 "marbles does he have now?", id="unknown-amount"),
    pytest.param("Ravi had 64 marbles. He gave away 3 boxes and then bought 10 more. How many "
                 "marbles does he have now?", id="other-unit"),
    pytest.param("Ben had $60. He spent 20% of it. Anna had $40. How much money does Ben have "
                 "left?", id="second-amount"),
    pytest.param("Ben has $60 and spends $5 every day. How much money does he have left after "
                 "a week?", id="rate-per-day"),
    pytest.param("Ben has $60. He spends 20% more than Anna. How much money does he have "
                 "left?", id="relation"),
    pytest.param("Kofi had 50 cards. He gave 15 cards to Ama. How many cards does Ama have "
                 "now?", id="asks-other-owner"),
    pytest.param("Kofi had 50 cards. He gave away 15 cards, then half of the rest. How many "
                 "cards does he have now?", id="fraction-of-items-not-whole"),
]


def _value(text: str) -> Fraction | None:
    """Return the first answer's exact value, or None when the problem was declined."""
    outcome = answer(text)
    if not outcome.ok:
        return None
    return Fraction(outcome.answers[0].exact)


@pytest.mark.parametrize(("text", "expected"), SOLVED)
def test_solved(text, expected):
    """The pipeline answers each sequence problem with the exact final amount (or declines
    the known gaps marked None)."""
    value = _value(text)
    if expected is None:
        assert value is None
    else:
        assert value == Fraction(expected)


@pytest.mark.parametrize(("text", "expected"), BACKWARD)
def test_backward(text, expected):
    """With an unknown start and a stated end, the family undoes the changes in reverse."""
    outcome = sequence.solve(parse(text), text)
    assert outcome is not None
    assert Fraction(outcome.answers[0].exact) == Fraction(expected)
    assert outcome.steps[0].rule == "end"


@pytest.mark.parametrize("text", DECLINED)
def test_declined_by_family(text):
    """The sequence family never answers what it cannot place or what is not asked."""
    assert sequence.solve(parse(text), text) is None


def test_steps_one_per_operation():
    """Each operation is one worked step after the start."""
    text = ("Nadia had $800. She spent 25% of it on a phone, then 10% of the remaining money "
            "on a case. How much money does Nadia have left?")
    outcome = sequence.solve(parse(text), text)
    assert outcome is not None
    assert len(outcome.steps) == 3
    assert "25%" in outcome.steps[1].text and "600" in outcome.steps[1].text


def test_total_price_reports_count_unused():
    """"4 pens for $6" uses the total price and reports the count as not needed."""
    text = ("Ana has $20. She buys 4 pens for $6, and then earns $3. How much money does Ana "
            "have now?")
    outcome = sequence.solve(parse(text), text)
    assert outcome is not None and Fraction(outcome.answers[0].exact) == 17
    assert [u.text for u in outcome.unused] == ["4"]


GAPS = [
    pytest.param("Amy had 24 pencils. She bought 10 more. Then she lost half of them. How many "
                 "pencils does she have now?", "17", id="of-them-after-a-change"),
    pytest.param("A jar has 80 candies. Kids eat 30 candies, then 20 more are added. How many "
                 "candies are in the jar?", "70", id="another-actor-as-subject"),
    pytest.param("Mia had $90. She gave 40% to her brother and 30% to her sister. How much "
                 "money does Mia have left?", "27", id="parallel-bare-percents"),
]


@pytest.mark.xfail(reason="declined on purpose: the referent or the actor is not certain",
                   strict=True)
@pytest.mark.parametrize(("text", "expected"), GAPS)
def test_known_gaps(text, expected):
    """Readings the family declines today (a human reader would answer them)."""
    outcome = sequence.solve(parse(text), text)
    assert outcome is not None and Fraction(outcome.answers[0].exact) == Fraction(expected)


def test_backward_through_the_pipeline():
    """An unknown start read backward should reach the user through the whole pipeline."""
    text = ("Terry has some oranges. 5% of them are thrown away, then 50% of the remaining "
            "oranges are sold and he is left with 38 oranges. How many oranges did he have at "
            "first?")
    assert _value(text) == 80
