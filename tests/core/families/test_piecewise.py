"""A growth rate that changes after some periods (own sentences): one start amount, phases
of a percent or fixed amount per period, each with its duration or start point, the last
one possibly open; the value after the asked horizon, or a precise decline."""

from fractions import Fraction

import pytest

from bot.core import answer

from ._answers import assert_declined_or_right, exact_value



SOLVED = [
    pytest.param('A town of 10000 people grows by 10% per year for 2 years and then by 5% per year for 3 '
                 'years. What is the population after 5 years?',
                 Fraction(1120581, 80), id='for-then-for-closed'),
    pytest.param('A village has 8000 residents. Its population increases by 5% each year for 3 years, '
                 'then by 2% each year for 2 years. What is the population after 5 years?',
                 Fraction(24087861, 2500), id='each-year-then-each-year'),
    pytest.param('A colony of 500 bacteria grows by 20% per hour for the first 3 hours, after which it '
                 'grows by 10% per hour. How many bacteria are there after 5 hours?',
                 Fraction(26136, 25), id='first-n-after-which'),
    pytest.param('A culture starts with 400 cells. It grows 50% per hour for the first 2 hours and 25% '
                 'per hour after that. How many cells are there after 4 hours?',
                 Fraction(5625, 4), id='first-n-after-that'),
    pytest.param('An investment of 1000 dollars grows 8% a year for the first 4 years and 6% a year '
                 'after that. What is it worth after 10 years?',
                 Fraction(11779050242756889, 6103515625000), id='a-year-after-that'),
    pytest.param('A painting worth $5000 gains 10% a year for the first 2 years and 4% a year '
                 'thereafter. What is the painting worth after 4 years?',
                 Fraction(163592, 25), id='a-year-thereafter'),
    pytest.param('A population of 2000 grows by 5% per year. After 3 years, the growth rate drops to 3% '
                 'per year. What is the population after 6 years?',
                 Fraction(10119744747, 4000000), id='after-n-rate-drops-to'),
    pytest.param('A herd of 300 deer grows by 10% per year. After 2 years, the growth rate falls to 4% '
                 'per year. How many deer are there after 5 years?',
                 Fraction(6380088, 15625), id='after-n-rate-falls-to'),
    pytest.param('Sales were 5000 units and grew 12% per year; from the fourth year on growth slowed to '
                 '6% per year. What are sales after 5 years?',
                 Fraction(123326336, 15625), id='from-kth-on-slowed-to'),
    pytest.param('A city had 60000 people and grew 4% per year; starting in the 3rd year the growth rate '
                 'rose to 6% per year. What is the population after 4 years?',
                 Fraction(45573216, 625), id='starting-in-kth-rose-to'),
    pytest.param('A plant is 10 cm tall and grows 2 cm per week for 4 weeks, then 1 cm per week. How '
                 'tall is it after 10 weeks?',
                 24, id='linear-then-open'),
    pytest.param('A tree is 50 inches tall. It grows 6 inches per year for 3 years, then 4 inches per '
                 'year. How tall is the tree after 5 years?',
                 76, id='linear-inches-then'),
    pytest.param('A car worth $20000 loses 20% of its value per year for 2 years, then 10% per year. '
                 'What is the car worth after 4 years?',
                 10368, id='decay-of-its-value'),
    pytest.param('A lake holds 9000 fish. The number of fish decreases by 10% per year for 2 years and '
                 'then by 5% per year for 2 years. How many fish are in the lake after 4 years?',
                 Fraction(263169, 40), id='decay-then-decay-closed'),
    pytest.param('A town of 1000 people grows by 2% per month for 1 year and then by 1% per month. What '
                 'is the population after 18 months?',
                 Fraction(328677788272098537401734330926201, 244140625000000000000000000000), id='year-duration-monthly-rate'),
    pytest.param('A colony of 100 ants grows by 10% per day for 2 days and then by 20% per day for 1 '
                 'day. How many ants are there after 72 hours?',
                 Fraction(726, 5), id='horizon-hours-rates-days'),
    pytest.param('A town of 10000 people grows by 500 people per year for 2 years and then by 300 people '
                 'per year. What is the population after 5 years?',
                 11900, id='linear-people-per-year'),
    pytest.param('A town of 5000 grows by 10% per year for 2 years, then shrinks by 10% per year for 2 '
                 'years. What is the population after 4 years?',
                 Fraction(9801, 2), id='grow-then-shrink'),
    pytest.param('A town of 2000 grows by 3% per year for 3 years, then its growth rate rises to '
                 '6%. What is the population after 5 years?',
                 Fraction(3069470143, 1250000), id='rate-rises-to-level-no-period'),
    pytest.param('A population of 1000 grows by 10% per year. After 2 years, the growth rate falls '
                 'to 4%. What is the population after 4 years?',
                 Fraction(163592, 125), id='after-n-rate-falls-to-level-no-period'),
    pytest.param('A car worth $10000 loses 20% of its value per year for 2 years; after that the '
                 'rate of depreciation falls to 10%. What is the car worth after 3 years?',
                 5760, id='depreciation-rate-falls-to'),
]

RED_TEAM = [
    pytest.param('A town of 10000 people grows by 10% per year for 2 years, then the growth rate drops '
                 'by 2% per year. What is the population after 5 years?',
                 None, id='rate-drops-by-2pct'),
    pytest.param('A population of 3000 grows 6% per year. After 2 years the growth rate decreases by 3% '
                 'per year. What is the population after 4 years?',
                 None, id='after-n-rate-decreases-by'),
    pytest.param('A town of 10000 people grows by 10% per year for 2 years and then by 5% per year for 2 '
                 'years. What is the population after 5 years?',
                 None, id='phases-short-of-horizon'),
    pytest.param('A town of 10000 people grows by 10% per year for 2 years and then by 5% per year for 4 '
                 'years. What is the population after 5 years?',
                 None, id='phases-past-horizon'),
    pytest.param('A colony of 200 bacteria grows 10% per hour for 3 hours, then 5% per hour. How many '
                 'bacteria are there after 2 hours?',
                 None, id='horizon-inside-first-phase'),
    pytest.param('A town of 1000 people grows 3% per year for 2 years and then 2% per year. What is the '
                 'population after 30 months?',
                 None, id='months-horizon-part-year'),
    pytest.param('A town of 1000 people grows 3% per year for 2 years and then 2% per year for 3 years. '
                 'What is the population after 5 years if it then grows 1% per year for the next 3 '
                 'years?',
                 None, id='next-years-in-question'),
    pytest.param('Town A has 1000 people and grows 5% per year for 2 years, and town B has 2000 people '
                 'and grows 3% per year. What is the population of town A after 4 years?',
                 None, id='two-towns'),
    pytest.param('The population of a town grows 10% per year for 2 years and then the number of houses '
                 'grows 5% per year. The town has 4000 people. How many people are there after 4 years?',
                 None, id='second-quantity-houses'),
    pytest.param('An account of 1000 dollars earns 5% interest per year compounded monthly for 2 years '
                 'and then 4% per year. What is it worth after 5 years?',
                 None, id='interest-compounded-monthly'),
    pytest.param('A deposit of $2000 earns 6% per year compounded quarterly for 3 years, then 5% per '
                 'year. How much is in the account after 5 years?',
                 None, id='compounded-quarterly'),
    pytest.param('A machine worth $10000 loses 10% of its original value per year for 3 years, then 5% '
                 'per year. What is it worth after 5 years?',
                 None, id='original-value'),
    pytest.param('A town of 5000 people grows by 10% per year plus 100 people per year for 2 years, then '
                 'by 5% per year. What is the population after 4 years?',
                 None, id='percent-plus-amount'),
    pytest.param('A salary of $30000 increases by 10% in the first year and by 10% more each year after. '
                 'What is the salary after 3 years?',
                 None, id='ten-more-each-year'),
    pytest.param('A population of 800 grows 5% per year for 2 years and then 3% per year. How many years '
                 'until it reaches 1000?',
                 None, id='how-many-years-until'),
    pytest.param('A population of 800 grows 5% per year for 2 years and then 3% per year. By how much '
                 'does it grow in 4 years?',
                 None, id='by-how-much-grow'),
    pytest.param('A population of 800 grows 5% per year for 2 years and then 3% per week. What is the '
                 'population after 3 years?',
                 None, id='per-week-vs-per-year'),
    pytest.param('A plant is 10 cm tall and grows 2 cm per week for 4 weeks, then 1 cm per week. How '
                 'tall is it after 3 months?',
                 None, id='linear-months-vs-weeks'),
    pytest.param('A population of 800 grows 5% per year for 2 years and then 3% per year. What is the '
                 'population after 3 years and 6 months?',
                 None, id='years-and-months'),
    pytest.param('A car worth $8000 depreciates 15% per year for 2 years. After 3 years, it depreciates '
                 '10% per year. What is it worth after 5 years?',
                 None, id='start-point-clashes-duration'),
    pytest.param('A population of 2000 grows by 5% per year. After 3 years, the population drops to 3% '
                 'per year. What is the population after 6 years?',
                 None, id='population-drops-to-level'),
    pytest.param('A tank holds 500 liters and loses 10% per hour for 2 hours, then 20 liters per hour. '
                 'How many liters are in it after 4 hours?',
                 365, id='tank-percent-then-liters'),
    pytest.param('A town grows by 10% per year for 2 years and then by 5% per year. What is the '
                 'population after 4 years?',
                 None, id='no-start-amount'),
    pytest.param('A town of 1000 people grows by 10% per year until the 3rd year and then by 5% per '
                 'year. What is the population after 5 years?',
                 None, id='until-kth-year'),
    pytest.param('A town of 1000 people does not grow by 10% per year for 2 years, then grows by 5% per '
                 'year. What is the population after 4 years?',
                 None, id='negated'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then by 5% per year. What '
                 'is the average population over 4 years?',
                 None, id='average'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then by 5% per year. What '
                 'percent did the population grow in 4 years?',
                 None, id='percent-asked'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then by 5% per year. What '
                 'was the population 2 years ago?',
                 None, id='years-ago'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then by 5% per year. What '
                 'is the total population growth after 4 years?',
                 None, id='total-growth'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then by 5% per year. How '
                 'many people are added in the 3rd year?',
                 None, id='added-in-kth-year'),
    pytest.param('A bacteria culture of 600 decays by 30% per hour for 2 hours, then by 150% per hour. '
                 'How many are left after 3 hours?',
                 None, id='decay-over-100'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then by 5% per year. '
                 'Another town of 800 people grows by 8% per year. What is the population of the first '
                 'town after 4 years?',
                 None, id='another-town'),
    pytest.param('Anna has $500 and her savings grow 10% per year for 2 years, then 5% per year; Ben has '
                 '$300. How much does Anna have after 3 years?',
                 None, id='anna-and-ben'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then by 5% per year for 2 '
                 'more years. What is the population after 4 years?',
                 None, id='two-more-years'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years. After 3 years, it grows by 5% '
                 'per year. What is the population after 5 years?',
                 None, id='after-n-clashes'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years, then 5% per year, then 2% per '
                 'year. What is the population after 6 years?',
                 None, id='middle-phase-open'),
    pytest.param('A plant is 10 cm tall and grows 2 mm per day for 10 days, then 1 cm per week. How tall '
                 'is it after 3 weeks?',
                 None, id='linear-mm-vs-cm'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and then the growth rate slows '
                 'by 4%. What is the population after 4 years?',
                 None, id='growth-rate-slows-by'),
    pytest.param('A population of 1000 grows by 10% every year for 2 years and then by 5% every year. '
                 'The population is counted again after 4 years. What was it after 1 year?',
                 None, id='asks-earlier-time'),
    pytest.param('A town of 1000 people grows by 10% per year for the first 2 years and 5% per year for '
                 'the next 2 years. What is the population after 5 years?',
                 None, id='first-and-next-short'),
    pytest.param('A sample of 800 grams of a substance decays by 10% per day for 3 days, then by 5% per '
                 'day. How many grams remain after 5 days?',
                 Fraction(263169, 500), id='grams-remain-then'),
    pytest.param('A sample of 800 grams decays by 10% per day for 3 days and by 5% per day after that. '
                 'What is the amount after 5 days?',
                 Fraction(263169, 500), id='grams-after-that'),
    pytest.param('A fund of $12000 grows 5% annually for the first 3 years and 2% annually thereafter. '
                 'What is the fund worth at the end of the 6th year?',
                 Fraction(3685442733, 250000), id='annually-end-of-kth'),
    pytest.param('A forest has 40000 trees. The number of trees falls by 5% per year during the first 2 '
                 'years and then rises by 2% per year for the next 3 years. How many trees are there '
                 'after 5 years?',
                 Fraction(47887011, 1250), id='fall-then-rise-next'),
    pytest.param('A website has 2000 users and gains 300 users per month for 6 months, then 100 users '
                 'per month. How many users does it have after 1 year?',
                 4400, id='linear-users-month-year'),
    pytest.param('A snowman is 150 cm tall and melts 5 cm per hour for 3 hours, then 10 cm per hour. How '
                 'tall is it after 5 hours?',
                 115, id='melts-then'),
    pytest.param('A candle is 30 cm long. It shrinks 2 cm per hour for 4 hours, and then 3 cm per hour. '
                 'How long is the candle after 6 hours?',
                 16, id='shrinks-and-then'),
    pytest.param('A colony of 1000 bacteria grows by 50% per hour for 2 hours. After 2 hours, it grows '
                 'by 20% per hour. How many bacteria are there after 1 day?',
                 Fraction(2369190669160808448, 19073486328125), id='after-n-consistent-day'),
    pytest.param('A colony of 1000 bacteria grows by 50% per hour for 2 hours, then by 20% per hour for '
                 'the next 2 hours. How many bacteria are there after 4 hours? Round to the nearest '
                 'whole number.',
                 3240, id='next-n-round'),
    pytest.param('A town of 4000 people grows by 3% per year; beginning with the 4th year the growth '
                 'rate is 1% per year. What is the population after 5 years?',
                 Fraction(11146908127, 2500000), id='beginning-with-kth-is'),
    pytest.param('A stock worth $100 rises 20% per month for 2 months, after which it falls 10% per '
                 'month. What is the stock worth after half a year?',
                 None, id='half-a-year'),
    pytest.param('A stock worth $100 rises 20% per month for 2 months, after which it falls 10% per '
                 'month. What is the stock worth after 6 months?',
                 Fraction(59049, 625), id='rises-falls-months'),
    pytest.param('A population of 5000 grows by 4% per year for 2 years and then by 4% per year for 3 '
                 'years. What is the population after 5 years?',
                 Fraction(95051008, 15625), id='same-rate-twice'),
    pytest.param('A pond has 200 frogs. The frogs increase by 25% per year for 2 years, then the number '
                 'of fish increases by 10% per year. How many frogs are there after 4 years?',
                 None, id='frogs-then-fish'),
    pytest.param('A town of 6000 grows 5% per year for 2 years and then 3% per year. What is the '
                 'population after 2 years?',
                 6615, id='horizon-at-first-boundary'),
    pytest.param('A town of 6000 grows 5% per year for 2 years and then 3% per year. What will the '
                 'population be after 4 years to the nearest whole number?',
                 Fraction(14035707, 2000), id='will-be-nearest'),
    pytest.param('A car worth $30000 depreciates by 15% per year for 3 years and then by 10% per year '
                 'for 2 years. What is the car worth after 5 years?',
                 Fraction(1193859, 80), id='depreciate-closed'),
    pytest.param('A car worth $30000 depreciates by 15% per year for 3 years and then by 10% per year '
                 'for 2 years. What is the car worth after 60 months?',
                 Fraction(1193859, 80), id='depreciate-60-months'),
    pytest.param('A car worth $30000 depreciates by $3000 per year for 3 years and then by 10% per year. '
                 'What is the car worth after 5 years?',
                 17010, id='dollars-then-percent'),
    pytest.param('A car worth $30000 depreciates by 15% per year for 3 years, then depreciates by 10% '
                 'per year. The car is sold after 5 years for what price?',
                 None, id='sold-for-what-price'),
    pytest.param('A population of 900 grows by 10% per year for the first 2 years. Then it grows by 5% '
                 'per year. What was the population after 3 years?',
                 Fraction(22869, 20), id='then-sentence-open'),
    pytest.param('A population of 900 grows by 10% per year for the first 2 years. Then the growth rate '
                 'triples. What was the population after 3 years?',
                 None, id='rate-triples'),
    pytest.param('A population of 900 grows by 10% per year for the first 2 years. Then it grows by 5% '
                 'per year for the next 3 years, and by 1% per year for the next 3 years. What is the '
                 'population after 5 years?',
                 None, id='phases-past-horizon-three'),
    pytest.param('A town of 10000 people grows by 10% per year for 2 years and then by 5% per year for 3 '
                 'years. How many people live there after 5 years?',
                 Fraction(1120581, 80), id='how-many-people-live'),
    pytest.param('A town of 10000 people grows by 10% per year for 2 years and then by 5% per year for 3 '
                 'years. How many houses are there after 5 years?',
                 None, id='how-many-houses'),
    pytest.param('A town of 10000 people grows by 10% per year for 2 years and then by 5% per year for 3 '
                 'years. How many years does it take to reach 14000?',
                 None, id='years-to-reach'),
    pytest.param('A town of 10000 people grows by 10% per year for 2 years and then by 5% per year for 3 '
                 'years. What is the population after 5 years compared with 3 years?',
                 None, id='compared-with'),
    pytest.param('A colony of 100 bacteria triples every hour for 2 hours and then grows by 10% per '
                 'hour. How many bacteria after 4 hours?',
                 None, id='triples-every-hour'),
    pytest.param('A colony of 100 bacteria grows by 10% per hour for 2 hours and then doubles every '
                 'hour. How many bacteria after 4 hours?',
                 None, id='doubles-every-hour'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years, and in the 3rd year it grows '
                 'by 20%. What is the population after 3 years?',
                 None, id='kth-year-one-off'),
    pytest.param('A colony of 100 bacteria grows by 10% per hour for 1.5 hours and then by 5% per hour. '
                 'How many bacteria after 3 hours?',
                 None, id='fractional-hours'),
    pytest.param('A plant is 10 cm tall and grows 2 cm per week for 4 weeks, then 1 cm per week. How '
                 'tall is it after 70 days?',
                 24, id='linear-days-horizon'),
    pytest.param('A plant is 10 cm tall and grows 2 cm per week for 4 weeks, then 1 cm per week. How '
                 'tall is it after 1 year?',
                 None, id='linear-year-vs-weeks'),
    pytest.param('A plant is 10 cm tall and grows 2 cm per week for 4 weeks, then 1 cm per week. How '
                 'tall was it 2 weeks ago?',
                 None, id='weeks-ago'),
    pytest.param('A population of 1000 grows by 10% per year. After 2 years, the population falls '
                 'to 900. What is the population after 4 years?',
                 None, id='level-of-the-quantity'),
    pytest.param('A population of 1000 grows by 10% per year. After 2 years, the growth rate falls '
                 'to 4%. How many years until it doubles?',
                 None, id='level-rate-threshold-asked'),
    pytest.param('A population of 1000 grows by 10% per year. After 2 years, the growth rate falls '
                 'to 4% and after 3 more years to 2%. What is the population after 6 years?',
                 None, id='relative-second-start'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years, then the growth rate '
                 'drops by 2 percentage points. What is the population after 4 years?',
                 None, id='percentage-points-no-period'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years, then the growth rate '
                 'falls by 2 percentage points per year. What is the population after 4 years?',
                 None, id='percentage-points-per-year'),
    pytest.param('A population of 1000 grows by 10% per year. After 2 years, the growth rate falls '
                 'to 4% per month. What is the population after 4 years?',
                 None, id='level-rate-other-period'),
    pytest.param('A population of 1000 grows by 10% per year. After 2 years, the growth rate of a '
                 'second town falls to 4%. What is the population after 4 years?',
                 None, id='level-rate-second-town'),
    pytest.param('A town of 1000 people grows by 10% per year in the first 2 years and by 5% per '
                 'year in the next 2 years. What is the population after 4 years?',
                 Fraction(53361, 40), id='in-the-first-in-the-next'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years. After another 2 years, '
                 'the growth rate falls to 5%. What is the population after 6 years?',
                 None, id='after-another-n-years'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years. In 2 years, the growth '
                 'rate falls to 5%. What is the population after 6 years?',
                 None, id='in-n-years-start'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and gains 100 people per '
                 'year for 2 years. What is the population after 4 years?',
                 None, id='percent-and-amount-together'),
    pytest.param('A town of 1000 people grows by 10% per year for 2 years and shrinks by 5% per '
                 'year for 2 years. What is the population after 4 years?',
                 None, id='two-rates-no-sequence-word'),
]


@pytest.mark.parametrize(("text", "value"), SOLVED)
def test_value_after_piecewise_rates(text, value):
    outcome = answer(text)
    assert outcome.ok, outcome.error and outcome.error.message
    assert exact_value(outcome) == value


@pytest.mark.parametrize(("text", "value"), RED_TEAM)
def test_red_team_declined_or_right(text, value):
    """Every row is declined or answered with the value worked by hand (None: a trap that
    must be declined)."""
    assert_declined_or_right(answer(text), value)


def test_red_team_is_half_traps():
    traps = [row for row in RED_TEAM if row.values[1] is None]
    assert len(RED_TEAM) >= 40 and 2 * len(traps) >= len(RED_TEAM)


def test_one_step_per_phase_with_exact_factor():
    outcome = answer("A town of 10000 people grows by 10% per year for 2 years and then by 5% "
                     "per year for 3 years. What is the population after 5 years?")
    assert outcome.ok
    assert [step.math for step in outcome.steps] == [
        ("10000 \u00d7 (11/10)^2 = 12100",), ("12100 \u00d7 (21/20)^3 = 14007.2625",)]
    assert outcome.answers[0].value == "14007.2625"


def test_amount_phases_and_money_unit():
    outcome = answer("A car worth $30000 depreciates by $3000 per year for 3 years and then by "
                     "10% per year. What is the car worth after 5 years?")
    assert outcome.ok and exact_value(outcome) == 17010
    assert outcome.answers[0].unit == "dollars"
    assert [step.math for step in outcome.steps][0] == ("30000 \u2212 3000 \u00d7 3 = 21000",)


def test_converted_spans_are_shown():
    outcome = answer("A town of 1000 people grows by 2% per month for 1 year and then by 1% per "
                     "month. What is the population after 2 years?")
    assert outcome.ok
    assert "1 year = 12 months." in outcome.reading
    assert "2 years = 24 months." in outcome.reading


def test_open_phase_not_reached_is_reported_unused():
    outcome = answer("A town of 6000 grows 5% per year for 2 years and then 3% per year. What "
                     "is the population after 2 years?")
    assert outcome.ok and exact_value(outcome) == 6615
    assert [u.text for u in outcome.unused] == ["3%"]


def test_rounding_as_asked():
    outcome = answer("A colony of 1000 bacteria grows by 50% per hour for 2 hours, then by 20% "
                     "per hour for the next 2 hours. How many bacteria are there after 5 hours? "
                     "Round to the nearest whole number.")
    assert not outcome.ok  # the phases end at 4 hours
    outcome = answer("A town of 10000 people grows by 10% per year for 2 years and then by 5% "
                     "per year for 3 years. What is the population after 5 years to the nearest "
                     "whole number?")
    assert outcome.ok and outcome.answers[0].rounded == "14007"


def test_guard_names_the_part_the_family_could_not_place():
    outcome = answer("A town of 10000 people grows by 10% per year for 2 years, then the growth "
                     "rate drops by 2% per year. What is the population after 5 years?")
    assert not outcome.ok and "rise or a fall" in outcome.error.message


@pytest.mark.parametrize("text", [
    "A colony of 500 bacteria grows by 8% per hour. How many bacteria are there after 12 hours?",
    "A car worth 20000 dollars loses 15% of its value per year. What is it worth after 3 years?",
], ids=["one-rate-hourly", "one-rate-yearly-value"])
def test_one_rate_stays_with_the_law_pipeline(text):
    from bot.core.families import piecewise_guard
    from bot.core.normalize import refuse_unreadable
    from bot.core.parse import parse

    assert piecewise_guard.solve(parse(text, refuse_unreadable(text)), text) is None
    assert answer(text).ok
