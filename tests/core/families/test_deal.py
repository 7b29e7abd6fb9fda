"""The deal family: one price changed by percents (bot/core/families/deal.py).

`SOLVED` go through the whole pipeline (an earlier family answering right is fine);
`DECLINED` must not be answered by the deal family, and the pipeline must decline them or
give the hand-computed value in `SAFE` (a trap another family may read correctly).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.core import answer
from bot.core.families import deal
from bot.core.normalize import refuse_unreadable
from bot.core.parse import parse

SOLVED = [
    # a discount or a rise of one price
    pytest.param("A lamp costs $60. It is on sale for 15% off. How much does Nora pay for "
                 "the lamp?", "51", id="discount-off"),
    pytest.param("The price of a bike was $250. The shop raised the price by 8%. What is the "
                 "new price of the bike?", "270", id="raised-by"),
    pytest.param("A rug costs $300 at the store. Ben gets it in a sale that saves him 30%. "
                 "How much is the total cost?", "210", id="saves-pct"),
    # a count at a changed price
    pytest.param("Gina wants to buy 12 mugs at $5 each. But the price of each mug is 20% "
                 "higher than she expected. How much will she pay for the mugs?", "72",
                 id="count-higher-than-expected"),
    pytest.param("A school plans to buy 40 desks and has $50 for each desk. The price turns "
                 "out 10% lower than planned. How much does the school pay for the desks?",
                 "1800", id="count-lower-than-planned"),
    # a sale at a profit, the price of each
    pytest.param("A store bought 30 chairs for $900 and sold all of them at a profit of 20%. "
                 "How much was each chair sold for?", "36", id="each-sold-profit"),
    pytest.param("A farmer bought 40 melons for $60. He sold them at a profit of 50%. How "
                 "much was each melon sold for?", "2.25", id="each-sold-profit-2"),
    # profit after extra costs (alternative: the rise taken of price plus costs)
    pytest.param("Leo buys a car for $12,000 and spends $3,000 on repairs. The repairs raise "
                 "the value of the car by 40%. How much profit does Leo make?", "1800",
                 id="profit-repairs"),
    pytest.param("Rosa bought a cabin for $50,000 and put $10,000 into repairs. This "
                 "increased the value of the cabin by 60%. How much profit did she make?",
                 "20000", id="profit-repairs-2"),
    # the change from a bill
    pytest.param("A shirt is priced at $30 and is marked 10% off. How much change will Sam "
                 "get if he pays with a $50 bill?", "23", id="change-bill"),
    pytest.param("Lucy wanted a scarf. The store had scarves 20% off. The original price of "
                 "the scarf was $25. How much money will Lucy have left over if she pays with "
                 "a $40 bill?", "20", id="change-left-over"),
    # a discount, then a tax; stacked discounts (alternative: added together)
    pytest.param("A jacket costs $50. It is 20% off, and then a 10% sales tax is added. How "
                 "much does Ava pay?", "44", id="discount-then-tax"),
    pytest.param("Joe buys five shirts at $9 each with 10% off. How much does he pay?",
                 "40.5", id="count-in-words-normalized"),
    pytest.param("A coat costs $90. Sara paid 10% more than the price. How much did she "
                 "pay?", "99", id="actor-opening-a-sentence"),
    pytest.param("Ben bought a bike for $300. He sold it for 20% less than he paid. How much "
                 "did he sell it for?", "240", id="sold-less-than-paid"),
    # "at P% of its price": the price becomes that share of itself
    pytest.param("A watch costs $200. Ben bought it at 80% of its original price. How much "
                 "did he pay?", "160", id="at-share-of-price"),
    pytest.param("A watch costs $200. Ben bought it at 80% of its original price. He sold it "
                 "at 150% of the price he paid. How much did he sell it for?", "240",
                 id="at-share-then-resold"),
    # the final price against the original one, as a percent
    pytest.param("A coat costs $80. It is 25% off, and then an additional 20% off. What is "
                 "the percent discount from the original price?", "40", id="pct-discount"),
    pytest.param("A $500 ring was put on sale so that Lia bought it at 90% of its original "
                 "price. She then sold the ring to her sister at 110% of the price that she "
                 "bought it. What is the percentage discount obtained by Lia's sister from "
                 "the original price?", "1", id="pct-discount-of-the-buyer"),
    pytest.param("Pens cost $2 each. Amy buys 10 pens and gets 15% off. How much does she "
                 "pay?", "17", id="sentence-opening-noun-not-a-name"),
    pytest.param("Jen bought 3 dresses for $80. She sold each at a 20% profit. How much did "
                 "she sell each dress for?", "32", id="each-sold-es-plural"),
    # the stated price is the selling price: the profit percent is on the cost (convention)
    pytest.param("A bakery sells a loaf for $4 and makes a 25% profit. If it sells 200 "
                 "loaves, how much profit does it make?", "160", id="margin-of-sales"),
    pytest.param("A kiosk sells a map for $2.50, and makes 20% profit. How much profit does "
                 "it make?", "5/12", id="margin-one-item"),
    pytest.param("A $250 bike is 20% off. A tax of 8% is added to the sale price. How much "
                 "does Kim pay?", "216", id="discount-then-tax-on-sale-price"),
    pytest.param("A bike costs $300. It is 10% off the original price, and Max pays 8% tax. "
                 "How much does he pay?", "1458/5", id="base-on-the-first-change"),
    pytest.param("A sofa costs $800. It is 25% off, and there is an additional 10% off at "
                 "the register. How much does Omar pay?", "540", id="stacked-discounts"),
]

DECLINED = [
    pytest.param("Mia buys a dress for $40 at 10% off. Her sister pays with a $50 bill. How "
                 "much change does she get?", id="second-person"),
    pytest.param("A coat is 20% off and now costs $64. What was the original price?",
                 id="asks-original"),
    pytest.param("A lamp costs $60 and weighs 4 pounds. It is 15% off. How much does it "
                 "cost?", id="extra-number"),
    pytest.param("A lamp costs $60. It is 15% off. How much does Nora save?",
                 id="asks-saving"),
    pytest.param("A gym charges $40 per month and raises its fee by 10%. How much does Ken "
                 "pay in a year?", id="rate-per-month"),
    pytest.param("A hat costs $20 and a scarf costs $15. The hat is 10% off. How much does "
                 "Liz pay?", id="two-prices"),
    pytest.param("A lamp costs $60. It is not 15% off. How much does Nora pay?",
                 id="negated"),
    pytest.param("A lamp costs $60. The tax is 8% of the price. How much does Nora pay?",
                 id="pct-of"),
    pytest.param("Tim buys a bike for $200 at 10% off. How much does he sell it for?",
                 id="sale-question-of-purchase"),
    pytest.param("Ann buys a vase for $50 and sells it at a loss of 20%. How much profit "
                 "does she make?", id="profit-of-a-loss"),
    pytest.param("A coat costs $80 and is 10% off. How much change does Tom get if he pays "
                 "with a $50 bill?", id="bill-too-small"),
    pytest.param("A meal costs $40. There is a 10% tax and a 15% tip. How much is the "
                 "meal?", id="tax-and-tip-stacking-unclear"),
    pytest.param("He buys a bike for $200 and she gets 10% off. How much does she pay?",
                 id="he-and-she"),
    pytest.param("Joe buys 3 shirts and pays $45. They were 10% off. How much did he pay for "
                 "each shirt?", id="count-without-each-or-for"),
    pytest.param("A pen costs $2 and is 25% off. How many cents does Amy pay?",
                 id="other-unit"),
    pytest.param("A shop buys 40 lamps for $600 and sells them at a 20% markup. How much did "
                 "the shop pay for each lamp?", id="purchase-question-of-sale"),
    pytest.param("Kay buys a phone for $400 and gets 10% off. How much did she pay for each "
                 "phone?", id="each-of-one"),
    pytest.param("Leo buys a car for $12,000 and spends $3,000 on repairs. The repairs raise "
                 "the value by 40%. How much did Leo pay?", id="pay-with-extra-cost"),
    pytest.param("A lamp costs $60. It is 15% off. What percent does Nora save?",
                 id="asks-percent"),
    pytest.param("A shop sells a lamp for $30 and makes a 20% profit. How much does each "
                 "lamp sell for?", id="sold-price-asked-again"),
    pytest.param("A shop sells a lamp for $30 and makes a 20% profit. How much did the lamp "
                 "cost the shop?", id="sold-price-asks-cost"),
    pytest.param("Jen bought a dress for $80 and a hat. The dress was 20% off. How much did "
                 "she pay?", id="second-thing-without-price"),
    pytest.param("A shirt costs $25. Kim buys 3 shirts. The third shirt is 20% off. How much "
                 "does she pay?", id="percent-on-one-of-several"),
    pytest.param("Ben bought a bike for $300 and spent $50 on repairs. He sold it at a 20% "
                 "profit. How much profit did he make?", id="profit-pct-base-unclear"),
    pytest.param("Pants cost $40. Jeans are 25% more expensive. How much do the pants cost?",
                 id="percent-of-another-thing-named-first"),
    pytest.param("Pants cost $40. Jeans are 25% more expensive. How much do the pants and "
                 "jeans cost?", id="sum-of-two-things"),
    pytest.param("A bike costs $200 in the shop. Online it is 20% cheaper. How much does it "
                 "cost in the shop?", id="cheaper-elsewhere-asks-base"),
    pytest.param("A bike costs $200. Max paid 20% less than Ann. How much did Max pay?",
                 id="less-than-another-person"),
    pytest.param("Max bought a bike for $200. The car's value rose 20%. What is the bike "
                 "worth?", id="value-of-another-thing"),
    pytest.param("Ben bought a watch for $200 at 80% of the original price. How much did he "
                 "pay?", id="stated-price-is-the-share"),
    pytest.param("A watch costs $200. Ben bought it at 80% of his budget. How much did he "
                 "pay?", id="share-of-something-else"),
    pytest.param("A watch costs $200. Ben bought it at 80% of its original price. He sold it "
                 "at 150% of the price he paid. How much profit did he make?",
                 id="profit-after-buy-and-sell-shares"),
    pytest.param("A coat costs $80. It is 25% off, and then an additional 20% off. What is "
                 "the percent discount?", id="pct-without-original"),
    pytest.param("A $500 ring was put on sale so that Lia bought it at 90% of its original "
                 "price. She then gave the ring to her sister. What is the percentage "
                 "discount obtained by her sister from the original price?",
                 id="person-not-a-buyer"),
    pytest.param("A $500 ring was put on sale so that Lia bought it at 90% of its original "
                 "price. She then sold the ring to her sister at 130% of the price that she "
                 "bought it. What is the percentage discount obtained by Lia's sister from "
                 "the original price?", id="pct-discount-that-is-a-rise"),
    pytest.param("A $500 ring was put on sale so that Lia bought it at 90% of its original "
                 "price. She then sold the ring to her sister at 110% of the price that she "
                 "bought it. What is Lia's percentage profit?", id="pct-profit-other-base"),
    pytest.param("Tom bought a bike for $200. He sold it to his friend at a 20% profit. How "
                 "much profit did his friend make?", id="asks-the-buyer-profit"),
    pytest.param("Tom bought a bike for $200. His friend sold it at a 20% profit. How much "
                 "profit did Tom make?", id="other-person-sells"),
    pytest.param("Tom bought a bike for $200 from his friend. He sold it at a 20% profit. How "
                 "much profit did Tom make?", id="person-as-seller"),
    pytest.param("A TV costs $500 after a 20% discount. How much does Ann pay?",
                 id="price-after-the-change"),
    pytest.param("A TV now costs $400. It was cut by 20%. How much does it cost?",
                 id="price-now"),
    pytest.param("A TV costs $500, 20% less than the usual price. What does it cost?",
                 id="less-than-usual-same-sentence"),
    pytest.param("A lamp costs $60. The bulbs are 15% off. How much does Jo pay for the "
                 "lamp?", id="percent-of-another-thing"),
    pytest.param("Gina wants to buy 12 mugs at $5 each, but the price of each mug is 20% "
                 "higher than she expected. How much will she pay for the mugs?",
                 id="than-beside-the-price-declined"),
    # money red team (hpl): gave 10 (profit on the cost) and 291.6 (tax stacked)
    pytest.param("Mia sells a bag for $60 and makes a 20% profit on the selling price. How "
                 "much profit does she make?", id="profit-on-the-selling-price"),
    pytest.param("A bike costs $300. It is 10% off, and Max pays 8% tax on the original "
                 "price. How much does he pay?", id="tax-on-the-original-price"),
    pytest.param("A meal costs $50 and the tax is 8%. He leaves a 20% tip on the meal before "
                 "tax. How much does he pay in total?", id="tip-before-tax"),
    pytest.param("Pedro bought a used car for $8,000 and spent $1,000 on repairs. He sold it "
                 "for 25% more than he paid for the car. What was his profit?",
                 id="percent-of-the-car-only"),
]

# Traps another family may still answer: the only acceptable answer.
SAFE = {"asks-original": "80", "two-prices": "33", "asks-saving": "9", "asks-percent": "15",
        "pct-of": "64.8", "price-after-the-change": "500", "price-now": "400",
        "less-than-usual-same-sentence": "500", "percent-of-another-thing": "60",
        "than-beside-the-price-declined": "72", "rate-per-month": "528",
        "percent-on-one-of-several": "70", "percent-of-another-thing-named-first": "40",
        "sum-of-two-things": "90", "cheaper-elsewhere-asks-base": "200",
        "person-as-seller": "40", "sold-price-asks-cost": "25", "other-unit": "150"}
# Traps the deal family steps aside from but the arith family (bot/core/arith, not this
# family's code) still answers wrong: kept visible until that family declines them.
ARITH_WRONG: dict[str, str] = {}


def _deal(text):
    """Run the deal family alone on `text`."""
    return deal.solve(parse(text, refuse_unreadable(text)), text)


@pytest.mark.parametrize(("text", "expected"), SOLVED)
def test_solved(text, expected):
    """The price after its percent changes answers what is asked."""
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert Fraction(outcome.answers[0].exact) == Fraction(expected)


@pytest.mark.parametrize("text", DECLINED)
def test_deal_steps_aside(text):
    """A second person, another number, a question about something else: no deal."""
    assert _deal(text) is None


def _pipeline_cases():
    """DECLINED with the known wrong answers of another family marked xfail."""
    for case in DECLINED:
        reason = ARITH_WRONG.get(case.id)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(*case.values, id=case.id, marks=marks)


@pytest.mark.parametrize("text", list(_pipeline_cases()))
def test_pipeline_declines_or_is_right(text, request):
    """The whole pipeline declines the traps, or gives their one right value."""
    outcome = answer(text)
    if outcome.ok:
        case = request.node.callspec.id
        assert case in SAFE, outcome.answers
        assert Fraction(outcome.answers[0].exact) == Fraction(SAFE[case])


def test_profit_shows_the_other_base():
    """The rise in value taken of the price plus the repairs is shown as an alternative."""
    outcome = answer(SOLVED[7].values[0])
    assert [a.value for a in outcome.alternatives] == ["6000"]


def test_stacked_discounts_show_the_sum():
    """Stacked same-direction percents: the added-together reading (design guide §5)."""
    outcome = answer(SOLVED[-1].values[0])
    assert [a.value for a in outcome.alternatives] == ["520"]


def test_steps_account_for_every_number():
    """Each number of the story appears in the worked steps."""
    outcome = answer(SOLVED[5].values[0])
    text = " ".join(m for s in outcome.steps for m in s.math)
    for number in ("900", "1.2", "30", "36"):
        assert number in text


def test_margin_shows_the_markup_reading():
    """A selling price with a profit percent: the share-of-sales reading is shown."""
    outcome = answer("A bakery sells a loaf for $4 and makes a 25% profit. If it sells 200 "
                     "loaves, how much profit does it make?")
    assert [a.value for a in outcome.alternatives] == ["200"]


def test_pct_discount_shows_the_added_reading():
    """Stacked discounts asked as a percent: 45% when the two are added (design guide §5)."""
    outcome = answer("A coat costs $80. It is 25% off, and then an additional 20% off. What "
                     "is the percent discount from the original price?")
    assert [a.value for a in outcome.alternatives] == ["45"]
