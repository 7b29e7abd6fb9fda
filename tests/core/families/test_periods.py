"""Successive percent changes over named periods (own sentences): one start amount, a rise
or fall tied to each ordinal period or chained, applied one period at a time."""

from fractions import Fraction

import pytest

from bot.core import answer
from bot.evaluate import close

from ._answers import assert_declined_or_right, exact_value



SOLVED = [
    pytest.param('A tractor cost $50000. In the first year it lost 20% of its value. In the second'
                 ' year it lost another 10%. In the third year it lost 25%. What is the tractor '
                 'worth after the three years?',
                 27000, id='label-before-three-sentences'),
    pytest.param("Nadia's painting was valued at $4000. In the first year, its value rose 25%. In "
                 'the second year, its value fell 10%. How much is the painting worth after 2 '
                 'years?',
                 4500, id='label-before-comma'),
    pytest.param('A village had 5000 residents. The population grew 10% in the first year and 10% '
                 'in the second year. What is the population after two years?',
                 6050, id='label-after-one-sentence'),
    pytest.param('A motorbike bought for $8000 loses 25% of its value in the first year and 20% in'
                 ' the second year. What is it worth after 2 years?',
                 4800, id='label-after-loses'),
    pytest.param('A house was worth $200,000. Its value rose 5% in year 1 and fell 10% in year 2. '
                 'What was the house worth after 2 years?',
                 189000, id='year-number-labels'),
    pytest.param('A coin collection was worth $1500. It gained 20% during year 1 and lost 50% '
                 'during year 2. How much is the collection worth after 2 years?',
                 900, id='year-number-labels-during'),
    pytest.param('A phone was priced at $800. During the first month its price dropped 5%. During '
                 'the second month its price dropped another 5%. What is the price after 2 months?',
                 722, id='months-during'),
    pytest.param('A start-up had 1200 users. The number of users grew 50% in the first quarter and'
                 ' 25% in the second quarter. How many users did it have after 2 quarters?',
                 2250, id='months-quarters'),
    pytest.param('A scooter bought for $3000 lost 20% of its value in the first year, then another'
                 ' 10% the next year. What is it worth after two years?',
                 2160, id='chain-then-another'),
    pytest.param('A library had 800 members. In the first year its membership increased by 25%, '
                 'then by a further 20% the next year. How many members did it have after 2 years?',
                 1200, id='chain-a-further'),
    pytest.param('A jacket was priced at $150. In the first week its price was cut by 20%, then it'
                 ' was cut by another 10%. What is the price after 2 weeks?',
                 108, id='chain-then-unlabeled'),
    pytest.param('A garden had 600 plants. The number of plants rose 50% in the first year and '
                 'fell 20% the following year. How many plants were there after 2 years?',
                 720, id='next-following'),
    pytest.param('A bond fund was worth $10000. It saw a 10% increase in the first year and a 10% '
                 'decrease in the second year. What is it worth after 2 years?',
                 9900, id='noun-sign'),
    pytest.param('A rare stamp valued at $2500 suffered a 20% drop in the first year and a 40% '
                 'rise in the second year. What is the stamp worth at the end of the second year?',
                 2800, id='noun-sign-drop'),
    pytest.param('A truck cost $40000. In the first year it lost 25% of its value. In the second '
                 'year it lost 20%. In the third year it lost 10%. What was it worth at the end of'
                 ' the second year?',
                 24000, id='end-of-kth-unused'),
    pytest.param('A town had 10000 people. The population grew 10% in the first year, 20% in the '
                 'second year and 5% in the third year. What was the population after the first '
                 'year?',
                 11000, id='after-the-kth'),
    pytest.param('A painting worth $3000 rose 10% in the first year and 30% in the second year. '
                 'What was it worth after 1 year?',
                 3300, id='after-one-year-of-two'),
    pytest.param('An antique clock was worth $1000. In the first year its value increased by 10%. '
                 'In the second year its value increased by 20%. What is it worth now?',
                 1320, id='no-horizon-now'),
    pytest.param('A pond held 800 fish. The number of fish fell 25% in the first year and rose 50%'
                 ' in the second year. What is the final number of fish?',
                 900, id='no-horizon-final'),
    pytest.param('A laptop cost $1000. In the first year its value fell 20%. In the second year it'
                 ' fell another 25%. By what percent did its value decrease overall?',
                 40, id='overall-decrease'),
    pytest.param('A share was worth $50. Its price rose 20% in the first month and 50% in the '
                 'second month. What is the overall percentage increase in its price?',
                 80, id='overall-increase'),
    pytest.param('A colony had 3000 ants. The number of ants increased 20% in the first week and '
                 'decreased 10% in the second week. How many ants are there after 2 weeks?',
                 3240, id='how-many-noun'),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_value_after_named_periods(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert exact_value(outcome) == value


def test_one_step_per_period_with_exact_multiplier():
    outcome = answer("A boat cost $9000. In the first year it lost 30% of its value. In the "
                     "second year it lost another 30%. In the third year it lost 20%. What is "
                     "it worth after the three years?")
    assert outcome.ok
    assert [step.math for step in outcome.steps] == [
        ("9000 \u00d7 7/10 = 6300",), ("6300 \u00d7 7/10 = 4410",), ("4410 \u00d7 4/5 = 3528",)]
    assert outcome.answers[0].exact == "3528" and outcome.answers[0].unit == "dollars"


def test_later_changes_reported_unused():
    outcome = answer("A truck cost $40000. In the first year it lost 25% of its value. In the "
                     "second year it lost 20%. In the third year it lost 10%. What was it "
                     "worth at the end of the second year?")
    assert outcome.ok and exact_value(outcome) == 24000
    assert [u.text for u in outcome.unused] == ["10%"]


def test_overall_percent_offers_the_added_percents():
    outcome = answer("A laptop cost $1000. In the first year its value fell 20%. In the second "
                     "year it fell another 25%. By what percent did its value decrease overall?")
    assert outcome.ok and exact_value(outcome) == 40
    assert [Fraction(a.exact) for a in outcome.alternatives] == [45]


DECLINED = [
    pytest.param('A boat cost $9000. In the first year it lost 30% of its value. In the second '
                 'year it lost 20%. What is it worth after 5 years?',
                 id='horizon-past-listed'),
    pytest.param('A town had 8000 people. The population grew 5% in the first year and 10% in the '
                 'second year. What is the population at the end of the fourth year?',
                 id='horizon-past-listed-end-of'),
    pytest.param('A car cost $20000. In the first year it lost 20% of its value. In the third year'
                 ' it lost 10%. What is it worth after 3 years?',
                 id='period-skipped'),
    pytest.param('A car cost $20000. In the first year it lost 20% of its value. In the first year'
                 ' it lost 10%. What is it worth after 2 years?',
                 id='period-repeated'),
    pytest.param('A van cost $30000. It loses 10% of its original value in the first year and 10% '
                 'of its original value in the second year. What is it worth after 2 years?',
                 id='original-value'),
    pytest.param('A camera bought for $600 lost 20% of the purchase price in the first year and '
                 '10% of the purchase price in the second year. What is it worth after two years?',
                 id='of-the-purchase-price'),
    pytest.param('A boat cost $9000. In the first year it lost 30% of its value. In the second '
                 'year it lost 20%. How much value did it lose in the two years?',
                 id='asks-the-loss'),
    pytest.param('A boat lost 30% of its value in the first year and 20% in the second year. It '
                 'was then worth $5040. What did the boat cost?',
                 id='asks-start'),
]


@pytest.mark.parametrize("text", DECLINED)
def test_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


# Red team: every row is declined or answered with the value worked by hand (None: a trap
# that must be declined).
RED_TEAM = [
    pytest.param('A crane bought for $100000 depreciated 20% in the first year, 15% in the second '
                 'year and 10% in the third year. How much is the crane worth after 3 years?',
                 61200, id='rt-depreciate-three'),
    pytest.param('A bakery sold 500 loaves a week. In the first week sales grew 20%. Sales fell '
                 '10% in the second week. How many loaves a week after 2 weeks?',
                 None, id='rt-mixed-sentences'),
    pytest.param('An island had 2000 birds. The bird population declined 10% in the first year and'
                 ' 10% in the second year. How many birds are there after 2 years?',
                 1620, id='rt-population-decline'),
    pytest.param('A stock was worth $80. Its price went up 25% in the first month and went down '
                 '20% in the second month. What is its price after 2 months?',
                 80, id='rt-rise-then-fall'),
    pytest.param('A savings pot held $2000. It grew 10% in month 1, 10% in month 2 and 10% in '
                 'month 3. What is it worth after 3 months?',
                 2662, id='rt-three-months'),
    pytest.param('A tablet cost $500. In the first year it lost 40% of its value. In the second '
                 'year it lost a further 25%. What is the tablet worth after two years?',
                 225, id='rt-another-further'),
    pytest.param('A bike worth $1200 lost 25% in the first year and 20% in the second year. What '
                 'was it worth at the end of the first year?',
                 900, id='rt-end-of-first'),
    pytest.param('A painting was worth $5000. Its value rose 20% in the first year and fell 20% in'
                 ' the second year. What is the overall percent decrease in its value?',
                 4, id='rt-net-loss-percent'),
    pytest.param('A herd had 400 goats. The herd grew 12.5% in the first year and 20% in the '
                 'second year. How many goats are there after 2 years?',
                 540, id='rt-decimal-percent'),
    pytest.param('A channel had 900 subscribers. Its subscribers increased 10% during the first '
                 'week and 20% during the second week. How many subscribers does it have after 2 '
                 'weeks?',
                 1188, id='rt-weeks'),
    pytest.param('A machine cost $1000. It lost 15% of its value in the first year and 15% in the '
                 'second year. What is it worth after 2 years?',
                 Fraction("722.5"), id='rt-fraction-answer'),
    pytest.param('A crop price was $300. It rose 10% in the first month and rose 10% the next '
                 'month. What is the price after 2 months?',
                 363, id='rt-next-month'),
    pytest.param('A fund was worth $6000. In the first year it gained 50%. In the second year it '
                 'lost 50%. What is it worth after 2 years?',
                 4500, id='rt-gain-loss'),
    pytest.param('A town had 4000 people. The population grew 5% in the first year, 10% in the '
                 'second year and fell 20% in the third year. What is the population after 3 '
                 'years?',
                 3696, id='rt-town-three'),
    pytest.param('A salary-free index stood at 200. It rose 10% in the first year and 10% in the '
                 'second year. What is the total percentage increase?',
                 21, id='rt-overall-increase-two'),
    pytest.param('A sculpture was valued at $9000. It appreciated 10% in the first year, 10% in '
                 'the second year and 10% in the third year. What is its value at the end of the '
                 'third year?',
                 11979, id='rt-end-of-third-all'),
    pytest.param('A yacht cost $250000. In the first year it lost 10% of its value. In the second '
                 'year it lost another 10%. In the third year it lost another 10%. What is it '
                 'worth after the three years?',
                 182250, id='rt-after-the-3-years'),
    pytest.param('A car was bought for $25000. It lost 20% of its value in the first year and 10% '
                 'in the second year. How much is the car worth after 2 years?',
                 18000, id='rt-how-much-worth'),
    pytest.param('A price of $100 rose 50% in the first year and fell 50% in the second year. What'
                 ' is the price after 2 years?',
                 75, id='rt-up-down-same'),
    pytest.param('A house was worth $300000. It gained 10% in the first year, 5% in the second '
                 'year and 20% in the third year. What was it worth after 2 years?',
                 346500, id='rt-two-of-three-unused'),
    pytest.param('A warehouse held 2400 boxes. The stock saw a 25% drop in the first quarter and a'
                 ' 50% increase in the second quarter. How many boxes are in the warehouse after 2'
                 ' quarters?',
                 2700, id='rt-quarter-noun'),
    pytest.param('A tractor cost $60000. In the first year it lost 20% of its value. In the second'
                 ' year it lost 10%. In the third year it lost 10%. What is it worth after 5 '
                 'years?',
                 None, id='trap-horizon-5'),
    pytest.param('A phone cost $900. It lost 10% of its value in the first month and 5% in the '
                 'second month. What is it worth after 2 years?',
                 None, id='trap-months-asked-years'),
    pytest.param('A lorry cost $50000. In the first year it lost 10% of its original value. In the'
                 ' second year it lost another 10% of its original value. What is it worth after 2'
                 ' years?',
                 None, id='trap-original-value'),
    pytest.param('A boat worth $12000 loses 15% of its initial value in the first year and 15% of '
                 'its initial value in the second year. What is it worth after 2 years?',
                 None, id='trap-initial-value'),
    pytest.param('A car cost $20000 and a van cost $30000. In the first year each lost 20% of its '
                 'value. In the second year each lost 10%. What are they worth together after 2 '
                 'years?',
                 None, id='trap-two-items'),
    pytest.param("Tom's bike cost $800 and Ana's bike cost $600. Tom's bike lost 25% in the first "
                 "year and 10% in the second year. What is Tom's bike worth after 2 years?",
                 None, id='trap-two-people'),
    pytest.param('A boat lost 30% of its value in the first year and 20% in the second year. It is'
                 ' now worth $5600. What was the price before the first year?',
                 None, id='trap-price-before'),
    pytest.param("A fund's return was 400 dollars. It rose 10 percentage points in the first year "
                 'and 5% in the second year. What is it after 2 years?',
                 None, id='trap-percent-points'),
    pytest.param('An account of $500 grows 2% per month in the first year. What is it worth after '
                 '1 year?',
                 Fraction(51, 50) ** 12 * 500, id='rt-per-month-through-first-year'),
    pytest.param('A van cost $20000. It lost 20% of its value in the first year and 10% in the '
                 'second year. How much value did it lose over the 2 years?',
                 None, id='trap-asks-loss'),
    pytest.param('A van cost $20000. It lost 20% of its value in the first year and 10% in the '
                 'second year. How much did it lose in the second year?',
                 None, id='trap-asks-year-two-change'),
    pytest.param('A house was worth $100000. It rose 10% in the first year and 5% in the third '
                 'year. What is it worth after 3 years?',
                 None, id='trap-skipped-year'),
    pytest.param('A house was worth $100000. It rose 10% in the first year. It also rose 5% in the'
                 ' first year. What is it worth after 2 years?',
                 None, id='trap-repeated-year'),
    pytest.param('A house was worth $100000. It did not rise 10% in the first year but rose 5% in '
                 'the second year. What is it worth after 2 years?',
                 None, id='trap-negated'),
    pytest.param('A town had 5000 people. The population grew 10% in the first year and by 300 '
                 'people in the second year. What is the population after 2 years?',
                 None, id='trap-change-by-amount'),
    pytest.param('Lena buys 5 shares at $20 each. The price rose 10% in the first year and fell '
                 '10% in the second year. What are her shares worth after 2 years?',
                 None, id='trap-price-each'),
    pytest.param('A car cost $20000. It lost 20% of its value in the first year and 10% in the '
                 'second year. How many years until it is worth $14400?',
                 None, id='trap-how-many-years'),
    pytest.param('A price of $100 rose to 110% in the first year and to 120% in the second year. '
                 'What is the price after 2 years?',
                 None, id='trap-percent-to-level'),
    pytest.param('A town had 1000 people. The population grew 10% in the first year and 5% more '
                 'than that in the second year. What is the population after 2 years?',
                 None, id='trap-compared-to-previous'),
    pytest.param('A machine cost $2000. It lost 10% in the first and second years. What is it '
                 'worth after 2 years?',
                 None, id='trap-first-and-second'),
    pytest.param('A printer cost $400. It lost 25% of its cost in the first year and 25% of its '
                 'cost in the second year. What is it worth after 2 years?',
                 None, id='trap-straight-line-cost'),
    pytest.param('A town had 1000 people. The population grew 10% in the first year and 20% in the'
                 ' second year. By how many people did it grow during the second year?',
                 None, id='trap-during-question'),
    pytest.param('A car cost $10000. It lost 20% in the first year and 10% in the second year. '
                 'What is the overall percent increase in its value?',
                 None, id='trap-decrease-asked-up'),
    pytest.param('A share cost $10. It lost 120% in the first year and 10% in the second year. '
                 'What is it worth after 2 years?',
                 None, id='trap-over-100-loss'),
    pytest.param('A fund of $1000 grew 10% in the first quarter and 10% in the second quarter. '
                 'What is it worth after 6 months?',
                 None, id='trap-quarter-vs-months'),
    pytest.param('A farm had 300 cows. The milk yield rose 10% in the first year and 20% in the '
                 'second year. How many litres of milk after 2 years?',
                 None, id='trap-unrelated-noun'),
    pytest.param('A store had 2000 visitors. Visitors grew 10% in the first month and 30% in the '
                 'second month. What is the average monthly growth rate?',
                 None, id='trap-average'),
    pytest.param('A boat cost $9000. In the first year it lost 30% of its value. In the second '
                 'year it lost 30% of the value it had at the start. What is it worth after 2 '
                 'years?',
                 None, id='trap-of-start-value'),
    pytest.param("Mia's salary was $3000. It rose 10% in the first year and 10% in the second "
                 'year. How much did she earn over the two years?',
                 None, id='trap-earned-over-years'),
    pytest.param('A town had 5000 people. The population grew 10% in the first year and 20% in the'
                 ' second year. How much did the population increase over the two years?',
                 None, id='trap-how-much-increase'),
    pytest.param("A car's value fell 20% in the first year and 15% in the second year. After the 2"
                 ' years it was worth $13600. What was its value when new?',
                 None, id='trap-end-value-given'),
    pytest.param('A camera lost 10% of its value in the first year and 20% in the second year. It '
                 'is now worth $360. What was it worth at the start?',
                 None, id='trap-end-value-now'),
    pytest.param('A fund held $1000. 10% was lost in the first year and 20% was gained in the '
                 'second year. What is it worth after 2 years?',
                 None, id='trap-passive-verbs'),
    pytest.param('A town had 5000 people. The population grew 10% in the first year and the number'
                 ' of houses grew 20% in the second year. What is the population after 2 years?',
                 None, id='trap-two-subjects'),
    pytest.param('A boat cost $9000. Its value fell 20% in the first year. In the second year its '
                 "value fell by 50% of the first year's loss. What is it worth after 2 years?",
                 None, id='trap-of-first-year-loss'),
    pytest.param('A price of $200 rose 3% in the first half of the year and 2% in the second half.'
                 ' What is the price at the end of the year?',
                 None, id='trap-first-half-year'),
    pytest.param('A phone cost $1000. It lost 10% of its value in the first year and 20% of its '
                 'remaining value in the second year. What is it worth after 2 years?',
                 720, id='rt-remaining-value'),
    pytest.param('A statue was worth $2000. In the first year it gained 10% and it lost 10% in the'
                 ' second year. What is it worth after 2 years?',
                 1980, id='rt-label-before-and-after'),
    pytest.param("A farm had 300 cows. The herd grew 10% in the first year and 20% in the "
                 "second year. What is the farm worth after 2 years?", None,
                 id='trap-money-asked-of-a-count'),
    pytest.param("A car cost $20000. Its value fell 20% in the first year and 10% in the "
                 "second year. What was it worth in the second year?", None,
                 id='trap-in-the-second-year-asked'),
    pytest.param("In the first year a shop had 500 customers. In the second year the number "
                 "rose 10%. In the third year it rose 20%. How many customers after 3 years?",
                 None, id='trap-start-tied-to-first-year'),
    pytest.param("A kiosk earned $400 a week. Its takings rose 10% in the first month and 10% "
                 "in the second month. What are its weekly takings after 2 months?", 484,
                 id='rt-start-is-a-rate'),
]


@pytest.mark.parametrize(("text", "value"), RED_TEAM)
def test_red_team_declined_or_right(text, value):
    assert_declined_or_right(answer(text), value,
                             lambda outcome, v: close(outcome.answers[0].value, repr(float(v))))


# A rate per period that a later ordinal period replaces: the single-law pipeline would
# apply the first rate throughout; periods_guard declines these before it.
PHASED = [
    pytest.param("A fund of $1000 grew by 10% each year for the first two years, then by 5% "
                 "in the third year. What is it worth after 3 years?", id="each-year-then-third"),
    pytest.param("A colony of 500 bacteria grows by 20% every hour in the first 3 hours and by "
                 "10% in the fourth hour. How many bacteria are there after 4 hours?",
                 id="every-hour-then-fourth"),
    pytest.param("A stock of $100 rose 10% a month for the first 2 months and fell 5% in the "
                 "3rd month. What is it worth after 3 months?", id="a-month-then-third"),
    pytest.param("A town of 5000 people grows 4% per year. In the third year it grows 10% "
                 "instead. What is the population after 3 years?", id="per-year-then-instead"),
    pytest.param("A fund of $1000 grew 10% per year in years 1 and 2, then 5% in year 3. What "
                 "is it worth after 3 years?", id="per-year-then-year-3"),
]


@pytest.mark.parametrize("text", PHASED)
def test_rate_replaced_in_a_later_period_is_declined(text):
    outcome = answer(text)
    assert not outcome.ok, outcome.answers


GUARD_PASSES = [
    pytest.param("A model's accuracy improves by 2% each week, starting at 70% in week 1. What "
                 "is its accuracy at the end of week 4?", id="level-in-week-1"),
    pytest.param("A colony of 500 bacteria grows by 20% every hour. How many bacteria are there "
                 "after 4 hours?", id="one-rate"),
    pytest.param("A town had 20000 people. The population grew 10% in the first year and 20% in "
                 "the second year. What is the population after two years?", id="no-rate"),
]


@pytest.mark.parametrize("text", GUARD_PASSES)
def test_guard_leaves_other_problems_alone(text):
    from bot.core.families import periods_guard
    from bot.core.normalize import refuse_unreadable
    from bot.core.parse import parse

    assert periods_guard.solve(parse(text, refuse_unreadable(text)), text) is None
