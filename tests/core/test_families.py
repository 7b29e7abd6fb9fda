"""Table-driven checks of the core problem families: growth, multiples, thresholds, formulas.

Every sentence here is written for these tests. Values are the exact closed forms evaluated
by hand (e.g. 400·1.1^3 = 532.4); cases where the core is known to fall short of what a
careful reader would expect are xfail with the reason, never asserted with a wrong value.
"""

from __future__ import annotations

import json
import math

import pytest

from bot.core import answer


def _value(outcome, index: int = 0) -> float:
    """Return the float value of one answer, failing clearly on a decline."""
    assert outcome.ok, outcome.error and outcome.error.message
    return float(outcome.answers[index].value)


def _alt_values(outcome) -> list[float]:
    """Return the float values of every alternative reading."""
    return [float(a.value) for a in outcome.alternatives]


# ---- compound growth / decay by a percent per period ------------------------------------
COMPOUND = [
    pytest.param("A server handles 400 requests per second and the load grows by 10% each "
                 "month. What is the load after 3 months?", 400 * 1.1 ** 3,
                 id="grows-each-month"),
    pytest.param("A town has 12000 residents. Its population rises by 2% a year. What is the "
                 "population after 5 years?", 12000 * 1.02 ** 5, id="rises-a-year"),
    pytest.param("The score climbs by 6% per iteration from an initial score of 50. What is "
                 "the score after 4 iterations?", 50 * 1.06 ** 4, id="climbs-per-iteration"),
    pytest.param("A battery holds 500 units of charge and gains 10% each hour. What is the "
                 "charge after 2 hours?", 500 * 1.1 ** 2, id="gains-each-hour"),
    pytest.param("A crop yield of 300 tons improves by 5% per year. What is the yield after 2 "
                 "years?", 300 * 1.05 ** 2, id="improves-per-year"),
    pytest.param("A fund is worth 2500 dollars and increases by 4% every quarter. What is it "
                 "worth after 2 years?", 2500 * 1.04 ** 8, id="increases-quarterly-horizon-years"),
    pytest.param("A fund is worth 2500 dollars and increases by 4% every quarter. What is it "
                 "worth after 8 quarters?", 2500 * 1.04 ** 8, id="increases-quarterly-8-quarters"),
    pytest.param("The temperature of a probe is 90 degrees and drops by 20% per hour. What is "
                 "the temperature after 3 hours?", 90 * 0.8 ** 3, id="drops-per-hour"),
    pytest.param("A model's loss starts at 2.5 and decreases by 10% per epoch. What is the "
                 "loss after 5 epochs?", 2.5 * 0.9 ** 5, id="decreases-per-epoch"),
    pytest.param("A herd of 800 deer shrinks by 5% every week. How many deer are there after "
                 "6 weeks?", 800 * 0.95 ** 6, id="shrinks-every-week"),
    pytest.param("A culture of 1000 cells decays by 30% per step. What is the count after 3 "
                 "steps?", 1000 * 0.7 ** 3, id="decays-per-step"),
    pytest.param("A swarm has 5000 bees and reduces by 10% every day. How many bees are there "
                 "after 2 days?", 5000 * 0.9 ** 2, id="reduces-every-day"),
    pytest.param("A forest of 1000 trees decreases by 10% per decade. How many trees after 2 "
                 "decades?", 1000 * 0.9 ** 2, id="decreases-per-decade"),
    pytest.param("A reservoir holds 2000 liters and falls by 5% each day. How much water is "
                 "in it after 2 days?", 2000 * 0.95 ** 2, id="falls-each-day"),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND)
def test_compound_percent(text, expected):
    outcome = answer(text)
    assert outcome.ok
    assert _value(outcome) == pytest.approx(expected, rel=1e-6)
    json.dumps(outcome.to_json())


# ---- multiples: doubles / triples / halves, factors, fractions ---------------------------
MULTIPLES = [
    pytest.param("A culture of 200 cells doubles every 3 hours. How many cells are there after "
                 "1 day?", 200 * 2 ** 8, id="doubles-every-3h-horizon-day"),
    pytest.param("A colony of 50 ants triples every week. How many ants are there after 4 "
                 "weeks?", 50 * 3 ** 4, id="triples-every-week"),
    pytest.param("A sample of 640 grams halves every 2 days. How much is left after 10 days?",
                 640 / 2 ** 5, id="halves-every-2-days"),
    pytest.param("An investment of 100 dollars grows by a factor of 3 every 5 years. What is "
                 "it worth after 15 years?", 100 * 3 ** 3, id="factor-of-3"),
    pytest.param("A signal of 1000 units loses one fifth of its strength each day. What is the "
                 "strength after 3 days?", 1000 * 0.8 ** 3, id="loses-one-fifth"),
    pytest.param("A tank holds 800 liters and loses one fourth of its water each hour. How "
                 "much water is left after 2 hours?", 800 * 0.75 ** 2, id="loses-one-fourth"),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLES)
def test_multiples(text, expected):
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-6)


# ---- thresholds ---------------------------------------------------------------------------
THRESHOLDS = [
    pytest.param("A lake holds 2000 fish and the population falls by 20% each week. After how "
                 "many weeks does it fall below 50?", 17, id="strict-below-weeks"),
    pytest.param("The reserve holds 1000 liters and loses 10% per day. After how many days "
                 "does it fall below 500 liters?", 7, id="strict-below-days"),
    pytest.param("A fund starts at 8000 dollars and grows 5% a year. After how many years will "
                 "it exceed 9261 dollars?", 4, id="strict-exceed-exact-boundary"),
    pytest.param("A fund starts at 8000 dollars and grows 5% a year. When will it reach 9261 "
                 "dollars?", 3, id="reach-exact-boundary-when"),
    pytest.param("A fund starts at 8000 dollars and grows 5% a year. After how many years will "
                 "it reach 9261 dollars?", 3, id="reach-exact-boundary-after-how-many"),
    pytest.param("A lake has 300 fish and the count falls by 10% each month. After how many "
                 "months will it drop to half its original size?",
                 math.log(0.5) / math.log(0.9), id="relative-half-original"),
    pytest.param("A colony starts with 100 bacteria and grows by 20% per hour. After how many "
                 "hours will it be five times its size?", math.log(5) / math.log(1.2),
                 id="relative-five-times"),
    pytest.param("A colony starts with 100 bacteria and grows by 20% per hour. When will it "
                 "double?", math.log(2) / math.log(1.2), id="relative-double-when",
                 marks=pytest.mark.xfail(reason="'When will it double?' is declined with "
                                         "'which change the question is about': the MULTIPLY "
                                         "verb in the question is read as a second law "
                                         "instead of a relative target")),
]


@pytest.mark.parametrize(("text", "expected"), THRESHOLDS)
def test_thresholds(text, expected):
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-6)


def test_strict_threshold_offers_exact_crossing_as_alternative():
    outcome = answer("A lake holds 2000 fish and the population falls by 20% each week. After "
                     "how many weeks does it fall below 50?")
    assert _value(outcome) == 17
    crossing = math.log(50 / 2000) / math.log(0.8)
    assert any(v == pytest.approx(crossing, rel=1e-6) for v in _alt_values(outcome))


def test_exact_boundary_exceed_alternative_is_exact_crossing():
    outcome = answer("A fund starts at 8000 dollars and grows 5% a year. After how many years "
                     "will it exceed 9261 dollars?")
    assert _value(outcome) == 4
    assert any(v == pytest.approx(3, rel=1e-6) for v in _alt_values(outcome))


# ---- explicit formulas: evaluate and invert ----------------------------------------------
FORMULAS = [
    pytest.param("A population follows P(t) = 200(1.03)^t where t is in years. What is P "
                 "after 10 years?", 200 * 1.03 ** 10, id="evaluate-power"),
    pytest.param("A population follows P(t) = 200(1.03)^t where t is in years. When will it "
                 "reach 400?", math.log(2) / math.log(1.03), id="invert-power"),
    pytest.param("The mass of a sample is given by M(t) = 80e^(-0.1t), where t is in days. What "
                 "is the mass after 5 days?", 80 * math.exp(-0.5), id="evaluate-e-negative"),
    pytest.param("The number of users is N(t) = 600e^0.27t where t is in months. What is N "
                 "after 2 months?", 600 * math.exp(0.54), id="evaluate-e-unbracketed"),
    pytest.param("The drug level is C(t) = 50e^(-0.2t) where t is in hours. When will it reach "
                 "10?", math.log(5) / 0.2, id="invert-e"),
    pytest.param("A car is bought for 40,000 dollars and its value is V = 40,000(0.85)^t, where "
                 "t is in years. What is the value after 3 years?", 40000 * 0.85 ** 3,
                 id="evaluate-thousands-separator"),
]


@pytest.mark.parametrize(("text", "expected"), FORMULAS)
def test_formulas(text, expected):
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-6)


def test_decaying_formula_whole_period_alternative():
    outcome = answer("The drug level is C(t) = 50e^(-0.2t) where t is in hours. When will it "
                     "reach 10?")
    assert 9 in _alt_values(outcome)


# ---- distractors and differently named quantities ----------------------------------------
DISTRACTORS = [
    pytest.param("A network with 12 layers has a loss of 4 that decreases by 25% per epoch. "
                 "What is the loss after 2 epochs?", 4 * 0.75 ** 2, "12", id="layers"),
    pytest.param("A swarm has 5000 bees and reduces by 10% every day while the hive has 3 "
                 "entrances. How many bees are there after 2 days?", 5000 * 0.81, "3",
                 id="entrances"),
    pytest.param("A savings account of 1000 dollars gains 5% per year with a fee of 15 dollars "
                 "once. What is the balance after 2 years?", 1000 * 1.05 ** 2, "15",
                 id="one-off-fee"),
    pytest.param("Lena designs a neural network with 150,000 parameters. Each training epoch "
                 "reduces error by 8%, but the gradient magnitude increases by 5% per epoch due "
                 "to learning rate drift. If initial gradient is 30 units, what is the gradient "
                 "magnitude after 10 epochs?", 30 * 1.05 ** 10, "150000",
                 id="other-quantity-changes"),
]


@pytest.mark.parametrize(("text", "expected", "distractor"), DISTRACTORS)
def test_distractors_listed_as_unused(text, expected, distractor):
    outcome = answer(text)
    assert _value(outcome) == pytest.approx(expected, rel=1e-6)
    assert any(distractor in u.text for u in outcome.unused), outcome.unused


# ---- number forms --------------------------------------------------------------------------
NUMBER_FORMS = [
    pytest.param("A city of 150,000 people grows by 3% per year. What is the population after "
                 "2 years?", 150000 * 1.03 ** 2, id="thousands-comma"),
    pytest.param("A company has revenue of 1.2 million dollars, which grows by 10% per year. "
                 "What is the revenue after 2 years?", 1.2e6 * 1.21, id="decimal-million"),
    pytest.param("A tank holds 800 liters and loses one fourth of its water each hour. How "
                 "much water is left after 2 hours?", 450, id="one-fourth"),
    pytest.param("A stock worth 50 dollars rises by thirty-two percent per year. What is it "
                 "worth after 2 years?", 50 * 1.32 ** 2, id="thirty-two-percent"),
    pytest.param("A stock worth 50 dollars rises by 10 per cent per year. What is it worth "
                 "after 2 years?", 60.5, id="per-cent"),
    pytest.param("A stock worth 64 dollars loses \u00bd of its value each year. What is it "
                 "worth after 3 years?", 8, id="vulgar-half"),
    pytest.param("A colony of 500 bacteria grows by 8% per hour. How many bacteria are there "
                 "after twelve hours?", 500 * 1.08 ** 12, id="horizon-word"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_FORMS)
def test_number_forms(text, expected):
    assert _value(answer(text)) == pytest.approx(expected, rel=1e-6)


# ---- ambiguity: primary reading plus alternatives ----------------------------------------
AMBIGUOUS = [
    pytest.param("A classifier has an accuracy of 60% that improves by 3% each week. What is "
                 "the accuracy after 4 weeks?", 72, 60 * 1.03 ** 4,
                 id="percentage-quantity-points"),
    pytest.param("A machine costs 10000 dollars and depreciates by 10% of its original value "
                 "each year, assuming linear depreciation. What is it worth after 3 years?",
                 7000, 10000 * 0.9 ** 3, id="assuming-linear"),
    pytest.param("A shop sells 200 items in the first week and sales grow by 10% each week. "
                 "How many items does it sell during the 4th week?", 200 * 1.1 ** 3,
                 200 * 1.1 ** 4, id="during-4th-week"),
    pytest.param("A shop sells 200 items in week 1 and sales grow by 10% each week. How many "
                 "items are sold in week 4?", 200 * 1.1 ** 3, 200 * 1.1 ** 4, id="in-week-4"),
    pytest.param("A machine costs 10000 dollars and loses value linearly at 10% per year. What "
                 "is it worth after 3 years?", 7000, 10000 * 0.9 ** 3,
                 id="linearly-adverb",
                 marks=pytest.mark.xfail(reason="'loses value linearly at 10% per year' is not "
                                         "read as a change: declined with 'how the quantity "
                                         "changes'")),
]


@pytest.mark.parametrize(("text", "primary", "alternative"), AMBIGUOUS)
def test_ambiguity(text, primary, alternative):
    outcome = answer(text)
    assert _value(outcome) == pytest.approx(primary, rel=1e-6)
    assert any(v == pytest.approx(alternative, rel=1e-6) for v in _alt_values(outcome)), \
        outcome.alternatives


@pytest.mark.xfail(reason="the ordinal 'the first week' is reported as unused with the "
                   "normalised text 'in the 1th week', which is not in the user's text (and it "
                   "anchors the week counting, so it was used)")
def test_ordinal_anchor_not_reported_as_unused_artifact():
    outcome = answer("A shop sells 200 items in the first week and sales grow by 10% each "
                     "week. How many items does it sell during the 4th week?")
    assert not any("1th" in u.text for u in outcome.unused)


# ---- claims in the text ----------------------------------------------------------------------
CLAIMS = [
    pytest.param("A plant is 40 cm tall and grows by 10% per week. What is its height after 5 "
                 "weeks? The result is about 61.2 units.", "61.2", "wrong", id="wrong-claim"),
    pytest.param("A plant is 40 cm tall and grows by 10% per week. What is its height after 5 "
                 "weeks? The answer is about 64.4 cm.", "64.4", "right", id="right-rounded"),
    pytest.param("A plant is 40 cm tall and grows by 10% per week. What is its height after 5 "
                 "weeks? The result is about 64.42 units.", "64.42", "right",
                 id="right-two-decimals"),
]


@pytest.mark.parametrize(("text", "value", "verdict"), CLAIMS)
def test_claims(text, value, verdict):
    outcome = answer(text)
    assert _value(outcome) == pytest.approx(40 * 1.1 ** 5, rel=1e-6)
    assert outcome.claims, "the stated result was not picked up as a claim"
    assert outcome.claims[0].value == value
    assert outcome.claims[0].verdict == verdict


# ---- huge horizons -----------------------------------------------------------------------
def test_caret_power_of_ten_horizon():
    outcome = answer("The gradient is 30 units and increases by 5% per epoch. What is the "
                     "gradient after 10^18 epochs?")
    assert outcome.ok
    assert "e+" in outcome.answers[0].value
