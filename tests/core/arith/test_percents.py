"""Percent relations and layer weights: each construct in at least two wordings of our own."""

from fractions import Fraction

import pytest

from bot.core import answer


def _outcome(text: str):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    return outcome


@pytest.mark.parametrize("text, expected", [
    pytest.param("A jacket costs $80. The shop gives a 25% discount. How much do you pay?",
                 60, id="discount"),
    pytest.param("The price of a lamp is $50. With a 10% discount, what is the final price?",
                 45, id="discount-2"),
    pytest.param("A meal costs $40. Sales tax is 5%. How much is paid in total?", 42,
                 id="tax"),
    pytest.param("Nina bought 3 notebooks that cost $4 each. She got a 25% discount. How "
                 "much did she pay?", 9, id="count-times-price-each"),
    pytest.param("After a 20% discount a chair costs $64. What was the original price?", 80,
                 id="reverse-discount"),
    pytest.param("Omar paid $33 for a radio, which was 10% off. What was the regular price?",
                 Fraction(110, 3), id="reverse-discount-2"),
    pytest.param("A dealer sold a bike at a profit of 25% for $150. What was the cost "
                 "price?", 120, id="reverse-profit"),
    pytest.param("Rent was $900. It increased by 10% and then decreased by 10%. What is the "
                 "rent now?", 891, id="successive-up-down"),
    pytest.param("A stock worth $200 rises 50% in the first month and falls 20% in the "
                 "next month. What is its value now?", 240, id="successive-up-down-2"),
    pytest.param("Lia had $400. She spent 25% of it on books and then 50% of the remaining "
                 "money on shoes. How much money does she have left?", 150,
                 id="spend-chain"),
    pytest.param("A sack holds 40 kg of flour. 30% of it is used. How much flour is left?",
                 28, id="used-share-left"),
    pytest.param("A classifier reaches 95% accuracy. If it labels 2,000 images, how many "
                 "are expected to be misclassified?", 100, id="accuracy-misses"),
    pytest.param("A spam filter is 90% accurate. It checks 300 emails. How many emails are "
                 "classified correctly?", 270, id="accuracy-hits"),
    pytest.param("A sofa costs $900. Its price is reduced by 20%. How much money is saved?",
                 180, id="amount-saved"),
    pytest.param("A bike is priced at $250 with a 12% discount. How much is the discount?",
                 30, id="amount-of-discount"),
    pytest.param("Jo answered 45 out of 60 questions correctly. What percent did she get "
                 "right?", 75, id="out-of-share"),
    pytest.param("What percent of 80 is 20?", 25, id="percent-of-share"),
    pytest.param("The frame costs $120 and the lenses cost $80. A 10% tax is added. How "
                 "much does she pay?", 220, id="summed-costs-then-tax"),
    pytest.param("A desk costs $300 and a chair costs $100. The store gives a 25% discount. "
                 "How much does Dan pay?", 300, id="summed-costs-then-discount"),
    pytest.param("If 50 is increased to 65, what is the percent increase?", 30,
                 id="change-increase"),
    pytest.param("A phone bought for $250 was sold for $200. What is the loss percent?", 20,
                 id="change-loss"),
    pytest.param("A store offers a 10% discount and then an additional 20% discount. What "
                 "is the total discount percent?", 28, id="total-successive-discount"),
    pytest.param("A coat was marked at $120 and sold with a 25% discount. The selling price "
                 "of the coat is:", 90, id="statement-question"),
    pytest.param("A network has 3 layers with 100, 50, and 10 neurons. If every neuron "
                 "connects to every neuron in the next layer, how many weights are there "
                 "between the first and second layers?", 5000, id="layer-weights"),
    pytest.param("A fully connected net has layers of 784, 256, and 10 units. How many "
                 "weights are between the second and third layers?", 2560,
                 id="layer-weights-2"),
])
def test_percent_values(text, expected):
    assert Fraction(_outcome(text).answers[0].exact) == expected


@pytest.mark.parametrize("text, alternative", [
    pytest.param("A store offers a 10% discount and then an additional 20% discount. What "
                 "is the total discount percent?", 30, id="additional-additive"),
    pytest.param("A plant grows 20% in May and an additional 10% in June. What is the "
                 "total percent increase?", 30, id="additional-additive-growth"),
])
def test_additional_alternative(text, alternative):
    outcome = _outcome(text)
    assert any(Fraction(a.exact) == alternative for a in outcome.alternatives)


@pytest.mark.parametrize("text", [
    pytest.param("A shop sold a vase for $45 at a 10% discount. What is the price of the "
                 "vase next month?", id="post-change-amount-forward"),
    pytest.param("The blue car is 20% cheaper than the red car, which costs $500. How much "
                 "do both cars cost?", id="comparison-two-entities"),
    pytest.param("A shop gives a discount of 10%. If it gives a discount of 15%, it earns $6 "
                 "less. The list price of the item is:", id="alternative-if-scenarios"),
    pytest.param("Only 40% of 50 bulbs lit up. How many bulbs did not light up?",
                 id="negated-question"),
    pytest.param("A tank holds 80 liters. 25% of it is in the pipes. How much is left?",
                 id="share-without-spending"),
    pytest.param("A hat costs $20 and a scarf costs $30. The hat is 50% off. How much does "
                 "she pay?", id="percent-on-one-item"),
    pytest.param("A hat costs $20. The scarf is 50% off. How much does she pay for the hat?",
                 id="percent-on-another-item"),
])
def test_percent_declines(text):
    assert not answer(text).ok
