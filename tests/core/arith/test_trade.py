"""Profit and loss (bot/core/arith/trade.py): cost, marked and selling prices tied by
percents. Each construct in at least two wordings of our own, then red-team variants that
must be answered right or declined, never answered wrong."""

from fractions import Fraction

import pytest

from bot.core import answer


def _value(text: str) -> Fraction:
    outcome = answer(text)
    assert outcome.ok, outcome.error
    return Fraction(outcome.answers[0].exact)


@pytest.mark.parametrize("text, expected", [
    # selling price from a percent above cost and the profit amount
    pytest.param("A retailer sold a lamp for 25 percent above cost, which was a profit of "
                 "$30. For what price did the retailer sell the lamp?", 150,
                 id="above-cost-profit-amount"),
    pytest.param("A vendor sold a kettle at a profit of 20%, which came to a profit of "
                 "Rs. 50. What is the selling price of the kettle?", 300,
                 id="profit-percent-and-amount"),
    # marked price from cost, discount and profit
    pytest.param("At what price should a dealer mark a bicycle that costs him $600 so that "
                 "after a 10% discount he still makes a 20% profit?", 800,
                 id="mark-for-discount-and-profit"),
    pytest.param("A stove costs a shopkeeper Rs. 900. He wants a profit of 25% after "
                 "allowing a discount of 10%. The marked price of the stove is:", 1250,
                 id="mark-for-discount-and-profit-2"),
    # a second case: the selling price for another profit or loss
    pytest.param("When a scooter is sold for $4,250 the seller loses 15%. At what price "
                 "should it be sold for a gain of 10%?", 5500, id="second-case-gain"),
    pytest.param("By selling a pen for $18, a boy loses 10%. For how much should he sell it "
                 "to gain 10%?", 22, id="second-case-gain-2"),
    pytest.param("A merchant sells a rug for $230, making a profit of 15%. If he had sold it "
                 "for $250, what would his profit percent have been?", 25,
                 id="second-case-profit-percent"),
    # two discounts and the profit difference: the marked price
    pytest.param("While selling a table, a dealer gives a discount of 10%. If he gives a "
                 "discount of 12%, he earns $9 less as profit. The marked price of the table "
                 "is:", 450, id="two-discounts-profit-gap"),
    pytest.param("A seller offers a discount of 4% on a fridge. If he offers a discount of "
                 "9%, he gets Rs. 40 less as profit. What is the marked price of the fridge?",
                 800, id="two-discounts-profit-gap-2"),
    # a lower selling price and a loss percent that grows by points
    pytest.param("If a man reduces the selling price of a bag from $200 to $190, his loss "
                 "increases by 4%. The cost price of the bag is", 250,
                 id="loss-grows-by-points"),
    pytest.param("If a trader lowers the selling price of a clock from Rs. 540 to Rs. 510, "
                 "his loss increases by 5%. What is the cost price of the clock?", 600,
                 id="loss-grows-by-points-2"),
    # "sold for $150 more" in the second case
    pytest.param("A dealer sells a TV at a gain of 10%. Had he sold it for $150 more, he "
                 "would have gained 15%. What is the cost price of the TV?", 3000,
                 id="sold-for-more"),
    pytest.param("A man sells a cycle at a loss of 10%. If he had sold it for Rs. 60 more, "
                 "he would have gained 5%. Find the cost price of the cycle.", 400,
                 id="sold-for-more-2"),
    # only percents: the cost taken as 100
    pytest.param("The list price of a heater was 50 percent more than its wholesale cost. "
                 "If the heater was sold for 10 percent less than the list price, then it "
                 "was sold for what percent more than its wholesale cost?", 35,
                 id="markup-then-discount"),
    pytest.param("A shopkeeper marks his goods 25% above cost price and sells at a discount "
                 "of 10%. What is his profit percent?", Fraction(25, 2),
                 id="markup-then-discount-2"),
    pytest.param("A trader bought a fan for $500 and sold it at a profit of 12%. What is the "
                 "selling price?", 560, id="forward-selling-price"),
    # overheads are part of the cost price
    pytest.param("A dealer buys a car for $5000 and spends $1000 on repairs. He sells it for "
                 "$7200. What is his profit percent?", 20, id="overheads-in-cost"),
    pytest.param("Ravi bought an old scooter for Rs. 4,700 and spent Rs. 800 on its repairs. "
                 "He sold it at a profit of 10%. What is the selling price?", 6050,
                 id="overheads-in-cost-2"),
    # one price stated as a percent of another; profit or loss stated on the selling price
    pytest.param("The cost price of an article is 80% of its selling price. What is the "
                 "profit percent?", 25, id="cost-as-percent-of-selling"),
    pytest.param("The selling price of a chair is 90% of its cost price. What is the loss "
                 "percent?", 10, id="selling-as-percent-of-cost"),
    pytest.param("The cost price of an article is 80% of its selling price. If the cost price "
                 "is $400, what is the selling price?", 500, id="ratio-with-an-amount"),
    pytest.param("A trader sold a chair at a profit of 20% on the selling price for $360. "
                 "What is the cost price?", 288, id="profit-on-selling-price-stated"),
    pytest.param("A trader makes a loss of 10% on the selling price of a chair sold for $330. "
                 "What is the cost price of the chair?", 363, id="loss-on-selling-price"),
])
def test_trade_values(text, expected):
    assert _value(text) == expected


@pytest.mark.parametrize("text, alternative", [
    pytest.param("A retailer sold a lamp for 25 percent above cost, which was a profit of "
                 "$30. What is the selling price of the lamp?", 120,
                 id="profit-on-selling-price"),
    pytest.param("If a man reduces the selling price of a bag from $200 to $190, his loss "
                 "increases by 4%. The cost price of the bag is", 450,
                 id="loss-grows-relative"),
])
def test_trade_alternatives(text, alternative):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert any(Fraction(a.exact) == alternative for a in outcome.alternatives)


def test_trade_steps_show_the_equations():
    outcome = answer("At what price should a dealer mark a bicycle that costs him $600 so "
                     "that after a 10% discount he still makes a 20% profit?")
    rules = [step.rule for step in outcome.steps]
    assert rules.count("trade_relation") == 3 and "solve_linear" in rules


@pytest.mark.parametrize("text", [
    pytest.param("A dealer with 3 shops sold a lamp at a profit of 20% for $360. What is the "
                 "cost price?", id="extra-count"),
    pytest.param("A sold a bike to B at a profit of 20%. B sold it for $360. What did A pay "
                 "for the bike?", id="chain-of-sellers"),
    pytest.param("A sold a bike to B at a profit of 20%. B sold it for $360. What is the "
                 "cost price of the bike for A?", id="chain-of-sellers-cost"),
    pytest.param("A trader did not sell a chair at a profit of 20% for $360. What is the "
                 "cost price?", id="negated"),
    pytest.param("A trader sold a chair at a profit of 20% for $360. What is the discount?",
                 id="asks-unplaced-discount"),
    pytest.param("The price of a pen is 80% of the price of a book. What is the profit "
                 "percent?", id="ratio-of-two-items"),
    pytest.param("A watch sold for $90 gives a loss of 10%. It is later sold for $110. What "
                 "is the profit?", id="two-sales-no-case"),
    pytest.param("A merchant sells a rug for $230, making a profit of 15%. The marked price "
                 "of the rug is:", id="marked-price-not-stated"),
    pytest.param("A grocer buys tea at $40 and sells it at $50. What is his loss percent?",
                 id="asks-loss-of-a-profit"),
    pytest.param("Glen gains 10% selling a scarf at $44. His aunt buys it after a family "
                 "discount of 5%. What is his gain percent on that sale?",
                 id="discount-off-an-earlier-price"),
    pytest.param("A shop gives a discount of 10%. If it gives a discount of 15%, it earns $6 "
                 "less. The list price of the item is:", id="less-without-profit"),
    pytest.param("A shop sold 4 lamps at a profit of 20% for $360 each. What is the cost "
                 "price of a lamp?", id="each-price"),
    pytest.param("A trader sold a chair at a profit of 20% for $360 and paid a tax of 5%. "
                 "What is the cost price?", id="extra-tax"),
    pytest.param("A mixer sold at 20% profit fetches $30 more than when sold at 10% profit. "
                 "What is its cost price?", id="compared-cases-in-one-sentence"),
    pytest.param("A dealer buys a car for $5000 and a van for $3000 and spends $1000 on "
                 "repairs. He sells the car for $7200. What is his profit percent?",
                 id="overheads-two-purchases"),
    pytest.param("A shopkeeper sells an article at a profit of 12%. Had he bought it at 10% "
                 "less and sold it for Rs 3 more, he would have gained 25%. Find the cost "
                 "price.", id="second-cost-price"),
    pytest.param("A man sold two watches for Rs 1000 each, one at 10% profit and the other "
                 "at 10% loss. What is his overall loss percent?", id="two-items"),
    pytest.param("The cost price of 10 pens is equal to the selling price of 12 pens. Find "
                 "the gain percent.", id="counts-of-articles"),
    pytest.param("A shopkeeper sold a toy for $30 at a profit of 20%. What was his profit "
                 "percent on the selling price?", id="asks-profit-on-selling-price"),
    pytest.param("A man bought a TV for $400 and sold it at 10% profit. He then bought "
                 "another TV with the money. How much did the second TV cost?",
                 id="another-item"),
    pytest.param("The cost price of a chair is $40. The selling price is $50. What is the "
                 "profit percent on the selling price?", id="change-on-selling-price"),
    pytest.param("A trader sells goods at a profit of 20% but uses a weight 10% less than the "
                 "true weight. What is his gain percent?", id="false-weight"),
    pytest.param("Ben bought a bike for $300 and spent $50 on repairs. He sold it at a 20% "
                 "profit. How much profit did he make?", id="overheads-profit-base-unclear"),
    pytest.param("A lamp costs $60. It is not 15% off. How much does Nora pay?",
                 id="negated-discount"),
    pytest.param("A sells a bicycle to B at a profit of 20%. B sells it to C at a profit of "
                 "25%. If C pays Rs. 225, what did A pay for it?", id="resale-chain-three"),
    # money red team (hpl)
    pytest.param("A store sells a jacket at a 20% discount for $96. How much more would a "
                 "customer pay at the marked price?", id="asks-how-much-more"),
    pytest.param("A man sold an article for $600 at a profit of 20%. What is his profit as a "
                 "percent of the selling price?", id="asks-percent-of-sales"),
    pytest.param("A man sells two watches for $990 each. On one he gains 10% and on the other "
                 "he loses 10%. What is his overall loss?", id="two-watches-gain-and-loss"),
    pytest.param("John sold a bike to Mike at a 20% profit. Mike sold it for $540 at a 10% "
                 "loss. What did John pay for the bike?", id="second-seller"),
    pytest.param("A shop with 30 employees bought a printer for $400 and sold it at a profit "
                 "of 15%. Find the selling price.", id="distractor-count"),
])
def test_trade_declines(text):
    assert not answer(text).ok


@pytest.mark.parametrize("text, expected", [
    pytest.param("A trader sold a chair at a loss of 20% for Rs.360. What is the cost price "
                 "of the chair?", 450, id="reversed-relation-loss"),
    pytest.param("A watch sold for $90 gives a loss of 10%. If sold for $110, what is the "
                 "profit?", 10, id="second-case-in-question-head"),
    pytest.param("A customer bought a shirt for $45 at a 10% discount. What was the marked "
                 "price?", 50, id="buyer-perspective"),
    pytest.param("By selling a desk at Rs. 800, a shopkeeper makes a profit of 25%. At what "
                 "price should he sell it so as to make a loss of 25%?", 480,
                 id="second-case-loss"),
    pytest.param("A shopkeeper allows a discount of 10% on the marked price and still gains "
                 "20%. If the cost price is Rs 600, what is the marked price?", 800,
                 id="cost-in-if-clause"),
    pytest.param("An article is sold at a loss of 10%. Had it been sold for Rs 9 more, there "
                 "would have been a gain of 12.5%. What is the cost price?", 40,
                 id="loss-then-gain-for-more"),
    pytest.param("The marked price of a shirt is $80. The shopkeeper gives a discount of 15% "
                 "and still makes a profit of 2%. What is the cost price of the shirt?",
                 Fraction(200, 3), id="cost-from-marked-discount-profit"),
    pytest.param("A dealer marks his goods 20% above cost price and allows a discount of 10%. "
                 "If the cost price is $500, what is his profit?", 40,
                 id="profit-amount-from-markup"),
    pytest.param("What price should a shopkeeper mark on an article costing him Rs. 153 to "
                 "gain 20% after allowing a discount of 15%?", 216, id="mark-in-one-question"),
    pytest.param("A shop sold a lamp for $50, which is 20% less than the marked price. What "
                 "is the marked price?", Fraction(125, 2), id="less-than-marked"),
    pytest.param("Tom sold a bike at a 10% profit. Had he sold it for $45 less, he would have "
                 "lost 5%. What is the cost price?", 300, id="sold-for-less"),
    pytest.param("A dealer sold a sofa for $600 at a loss of 20%. What would he have gained by "
                 "selling it for $800?", 50, id="gain-in-a-second-case"),
    # money red team (hpl): "a discount of $30" was read as the cost price (gave 30)
    pytest.param("A trader marks an item 20% above cost and gives a discount of $30, still "
                 "gaining 8%. Find the cost price.", 250, id="discount-amount-with-markup"),
    pytest.param("A shopkeeper marks a radio at $500 and gives a discount of $50. He still "
                 "makes a profit of 12.5%. Find the cost price.", 400,
                 id="discount-amount-off-marked"),
    pytest.param("A retailer gives $40 off the marked price of a bike and sells it for $360. "
                 "What is the marked price?", 400, id="amount-off"),
])
def test_trade_red_team_answers(text, expected):
    assert _value(text) == expected


@pytest.mark.xfail(reason="a profit percent stated in an 'If' clause is read as a second "
                          "case, which leaves the cost price open")
def test_profit_in_if_clause():
    assert _value("A merchant marks a rug at $300 and sells it at a discount of 10%. If his "
                  "profit is 20%, what is the cost price?") == 225
