"""A rate that changes partway (bot/core/arith/schedule.py): own wordings, hand-computed;
traps (extra number, two actors, two items, lengths that do not add up) decline."""

from fractions import Fraction

import pytest

from ._answers import check as _check


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ava can cycle 12 miles per hour for 2 hours. After that, she cycles 8 "
                 "miles per hour. How many miles can she cycle in 5 hours?", 48,
                 id="open-last-segment"),
    pytest.param("A tap drips 30 drops per minute for 10 minutes and then slows to 12 drops "
                 "per minute. How many drops fall in half an hour?", None,
                 id="half-an-hour-blocked"),
    pytest.param("Ben reads 20 pages a day for 5 days and then increases it to 35 pages a "
                 "day for 4 days. How many pages will Ben read in 9 days?", 240,
                 id="both-lengths-match"),
    pytest.param("Ben reads 20 pages a day for 5 days and then increases it to 35 pages a "
                 "day for 4 days. How many pages does he read?", 240,
                 id="both-lengths-no-asked-time"),
    pytest.param("A hen eats 2 grams of grit a day for 10 days and then goes to 4 grams of "
                 "grit a day for 14 days. How many grams of grit does it eat in 24 days?",
                 76, id="grams-per-day"),
    pytest.param("Parking costs $3 for each hour. After 4 hours, the price drops to $1 per "
                 "hour. How much does a 10-hour stay cost?", 18, id="price-drops-after"),
    pytest.param("A gym charged $20 a month for the first 3 months, then it went up to $25 "
                 "a month. After 6 months of the higher fee, it increased to $30 a month. "
                 "How much do 2 years at the gym cost?", 660, id="three-segments-years"),
    pytest.param("The first 2 weeks, the plan cost $5 a week, then it rose to $7 a week. "
                 "How much do 6 weeks of the plan cost?", 38, id="first-weeks-ahead"),
    pytest.param("Mo eats 3 eggs a day for 14 days and then increases it to 4 eggs a day "
                 "for 7 days. How many dozens of eggs will Mo need for 21 days?", Fraction(
                     70, 12), id="dozens"),
    pytest.param("Ava can cycle 12 miles per hour for 2 hours. After that, she cycles 8 "
                 "miles per hour. How many miles can she cycle in 3 days?", 584,
                 id="asked-time-converted"),
    # the whole time stated after the rates (overtime pay)
    pytest.param("Kim earns $12 an hour for the first 40 hours and then $18 an hour after "
                 "that. She worked 45 hours this week. How much did she earn this week?",
                 570, id="overtime-whole-stated"),
    pytest.param("A van goes at 50 mph for 2 hours and then at 40 mph for 1 hour. How far "
                 "does it go?", 140, id="how-far-generic-length"),
    pytest.param("For the first 2 days Ned paints 3 walls a day, and then he paints 5 walls a "
                 "day. How many walls does he paint in a week?", 31, id="first-days-ahead"),
    # legs stated by their amount: the times add
    pytest.param("Pia drives 100 miles at 50 mph and then 90 miles at 60 mph. How long does "
                 "the whole trip take?", Fraction(7, 2), id="legs-amount-time"),
    pytest.param("Pia drives 100 miles at 50 mph and then 90 miles at 60 mph. How many "
                 "minutes does the trip take?", 210, id="legs-amount-minutes"),
    # tiers: a rate per any measure that changes after an amount of it
    pytest.param("A cab charges $3 per mile for the first 10 miles and then $2 per mile. How "
                 "much does a 25-mile ride cost?", 60, id="tier-per-mile"),
    pytest.param("A deli charges $4 per pound for the first 3 pounds and then $3 per pound. "
                 "How much do 80 ounces cost?", 18, id="tier-converted"),
    pytest.param("A venue charges $10 per ticket for the first 20 tickets and then $8 per "
                 "ticket. How much do 50 tickets cost?", 440, id="tier-counted"),
    pytest.param("Ella saves $5 a week for 10 weeks and then $8 a week for 5 weeks. How much "
                 "does she save in 15 weeks?", 90, id="saves"),
    # average speed over legs: total amount over total time
    pytest.param("Joe drives 50 mph for 2 hours. Then he drives 60 mph for 3 hours. What is "
                 "his average speed?", 56, id="average-speed-times"),
    pytest.param("Pia drives 150 miles at 50 mph and then 120 miles at 60 mph. What is her "
                 "average speed for the whole trip?", 54, id="average-speed-amounts"),
    pytest.param("Jake walks 3 miles per hour for 2 hours and then runs 6 miles per hour for 1 "
                 "hour. How many miles did he cover in all?", 12, id="two-activities-in-all"),
    pytest.param("A pool fills at 10 liters per minute for 5 minutes and then at 4 liters per "
                 "minute. How many liters are in the pool after 10 minutes?", 70,
                 id="fills-then-slower"),
])
def test_answers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Ava can cycle 12 miles per hour for 2 hours. After that, she cycles 8 "
                 "miles per hour. How many miles can she cycle in 2 hours?",
                 id="asked-time-used-up"),
    pytest.param("Ben reads 20 pages a day for 5 days and then increases it to 35 pages a "
                 "day for 4 days. How many pages will Ben read in 10 days?",
                 id="lengths-do-not-add-up"),
    pytest.param("Ava can cycle 12 miles per hour for 2 hours. After that, Cy cycles 8 "
                 "miles per hour. How many miles can Ava cycle in 5 hours?",
                 id="two-actors"),
    pytest.param("Ava can cycle 12 miles per hour for 2 hours with 3 friends. After that, "
                 "she cycles 8 miles per hour. How many miles can she cycle in 5 hours?",
                 id="extra-number"),
    pytest.param("A gym charged $20 a month for the first 3 months, then it went up to $25 "
                 "a month. After 6 months, it increased to $30 a month. How much do 2 years "
                 "at the gym cost?", id="after-without-of"),
    pytest.param("Ava can cycle 12 miles per hour for 2 hours. After that, she cycles 8 "
                 "miles per hour. How many more miles does she cycle in 5 hours?",
                 id="comparison-question"),
    pytest.param("Ava can cycle 12 miles per hour for 2 hours. After that, she cycles 8 "
                 "miles per hour. How many hours does she cycle in 5 hours?",
                 id="asks-time"),
    pytest.param("Ben reads 20 pages a day and writes 5 notes a day for 5 days. How many "
                 "pages does he read in 5 days?", id="two-kinds"),
    pytest.param("Parking costs $3 for each hour. After 4 hours, the price drops to $1 per "
                 "hour. How much is left after a 10-hour stay?", id="left-question"),
    pytest.param("Ava can cycle 12 miles per hour for 2 hours. After that, she cycles 8 "
                 "miles per hour. How many miles can she not cycle in 5 hours?",
                 id="negated"),
    pytest.param("Ben reads 20 pages of fiction a day for 5 days and then switches to 30 "
                 "pages of poetry a day for 4 days. How many pages does he read in 9 days?",
                 id="two-items-not-one-rate"),
    pytest.param("Kim earns $12 an hour for the first 40 hours and then $18 an hour after "
                 "that. She worked 35 hours this week. How much did she earn this week?",
                 id="whole-shorter-than-first"),
    pytest.param("Kim earns $12 an hour for the first 40 hours and then $18 an hour after "
                 "that. She worked 45 hours this week. How much did she earn in 50 hours?",
                 id="two-whole-times"),
    pytest.param("Pia drives 100 miles at 50 mph and then 90 miles at 60 mph. How far does "
                 "she drive in 4 hours?", id="legs-amount-asked-amount"),
    pytest.param("Pia drives 100 miles at 50 mph and then 90 miles at 60 mph with 2 kids. How "
                 "long does the whole trip take?", id="legs-extra-number"),
    pytest.param("Pia drives 100 miles at 50 mph and then 90 miles at 60 mph. How long does "
                 "the trip back take?", id="legs-back"),
    pytest.param("A deli charges $4 per pound for the first 3 pounds and then $3 per pound. "
                 "How much do 2 pounds cost?", id="tier-whole-inside-first"),
    pytest.param("A deli charges $4 per pound for the first 3 pounds and then $3 per pound. "
                 "How much do 5 apples cost?", id="tier-other-noun"),
    pytest.param("Ella earns $5 a day for 10 days and then spends $8 a day for 5 days. How "
                 "much money is that in 15 days?", id="earn-then-spend"),
    pytest.param("Joe drives 50 mph for 2 hours. Then he drives 60 mph. What is his average "
                 "speed?", id="average-open-leg"),
    pytest.param("Joe drives 50 mph for 2 hours. Then he drives 60 mph for 3 hours. What is "
                 "his average speed in 4 hours?", id="average-with-asked-time"),
    pytest.param("Joe drives 50 mph for 2 hours. Then Sue drives 60 mph for 3 hours. What is "
                 "the average speed?", id="average-two-actors"),
    pytest.param("A pool fills at 10 liters per minute for 5 minutes and then drains at 4 "
                 "liters per minute. How many liters are in the pool after 10 minutes?",
                 id="fills-then-drains"),
    pytest.param("Jake walks 3 miles per hour for 2 hours and then runs 6 miles per hour for 1 "
                 "hour. How many miles did he walk?", id="asks-one-activity-amount"),
    pytest.param("Jake walks 3 miles per hour for 2 hours and then runs 6 miles per hour for 1 "
                 "hour. How many hours did he walk?", id="asks-one-activity-time"),
    pytest.param("Kim earns $12 an hour for the first 40 hours and then her brother earns $18 "
                 "an hour. She worked 45 hours this week. How much did she earn this week?",
                 id="second-actor-brother"),
])
def test_declines(text):
    _check(text, None)


# Red team (wt/hrate): a question about one part of the time ('in the last hour', 'the first 5
# minutes') declines.
HRATE = [
    pytest.param('A runner runs 8 km per hour for 2 hours and then 6 km per hour for 1 hour. How'
                 ' many km did she run in the last hour?',
                 None, id='last-hour'),
    pytest.param('A printer prints 12 pages per minute for the first 5 minutes and then 8 pages '
                 'per minute. How many pages does it print in the first 5 minutes?',
                 None, id='first-minutes'),
    pytest.param('A runner runs 8 km per hour for 2 hours and then 6 km per hour for 1 hour. How'
                 ' many km does she run in total?',
                 22, id='total-both-parts'),
    pytest.param('A printer prints 12 pages per minute for the first 5 minutes and then 8 pages '
                 'per minute. How many pages does it print in 1 hour?',
                 500, id='open-segment-hour'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
