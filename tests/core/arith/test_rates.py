"""Rates by unit analysis: each construct in at least two wordings of our own."""

from fractions import Fraction

import pytest

from bot.core import answer

from ._answers import check as _check


def _value(text: str) -> Fraction:
    outcome = answer(text)
    assert outcome.ok, outcome.error
    return Fraction(outcome.answers[0].exact)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Mia walks 3 miles per hour for 4 hours. How many miles does she walk?",
                 12, id="rate-times-time"),
    pytest.param("A printer prints 15 pages a minute. How many pages does it print in 20 "
                 "minutes?", 300, id="rate-times-time-question-duration"),
    pytest.param("A bakery bakes 40 loaves every day. How many loaves does it bake in a "
                 "week?", 280, id="day-to-week"),
    pytest.param("A pump moves 12 liters per minute. How many liters does it move in 2 "
                 "hours?", 1440, id="minute-to-hour"),
    pytest.param("Each of the 4 hens lays 5 eggs a week. How many eggs do they lay in 3 "
                 "weeks?", 60, id="each-of-count"),
    pytest.param("Ana owns 8 apple trees. Each season she picks 30 apples from each tree. "
                 "How many apples does she pick in a season?", 240, id="from-each"),
    pytest.param("A cyclist rides at 15 miles per hour. How many minutes does a 5 mile ride "
                 "take?", 20, id="time-from-distance-minutes"),
    pytest.param("Leo reads 12 pages per day. His novel has 360 pages. How many days will "
                 "he need to read it?", 30, id="time-from-amount"),
    pytest.param("A dataset holds 36,000 photos split equally into 12 classes. How many "
                 "photos are in each class?", 3000, id="items-per-category"),
    pytest.param("A survey of 9,000 answers is divided equally into 6 regions. How many "
                 "answers are in each region?", 1500, id="items-per-category-2"),
    pytest.param("A model is trained on 25,600 samples over 10 epochs in batches of 128 "
                 "samples. How many batches are processed in total?", 2000,
                 id="batches-over-epochs"),
    pytest.param("A network sees 10,000 images in batches of 50 images for 4 epochs. How "
                 "many batches does it run?", 800, id="batches-over-epochs-2"),
    pytest.param("A snail crawls 6 inches in 3 minutes. At this rate, how many inches does "
                 "it crawl in 10 minutes?", 20, id="linear-scaling"),
    pytest.param("Tokenizing takes 2 hours per 100,000 documents. How long does it take "
                 "for 1.5 million documents?", 30, id="linear-scaling-per"),
    pytest.param("A lab scores 30 samples per hour on one machine. It has 600 samples and "
                 "runs 4 machines, but each machine suffers a 20% slowdown. How many hours "
                 "will the samples take?", Fraction(25, 4), id="workers-efficiency"),
    pytest.param("A server handles 50 requests per second per core. If 4,000 requests "
                 "arrive and 4 cores work in parallel with a 20% overhead drop, how many "
                 "seconds are needed?", 25, id="workers-efficiency-2"),
    pytest.param("A model has 7 billion parameters. Each parameter is stored in 2 bytes. How "
                 "many GB of memory does it need?", 14, id="memory-gb"),
    pytest.param("A network with 350 million parameters uses 4 bytes per parameter. How "
                 "much memory in GB do the weights take?", Fraction(7, 5), id="memory-in-gb"),
    pytest.param("Training one epoch takes 45 minutes. How many hours do 20 epochs take?",
                 15, id="takes-as-rate"),
    pytest.param("5 pencils cost $2. How much do 30 pencils cost?", 12, id="cost-as-rate"),
    pytest.param("An annotator labels 150 images per hour. How many annotators are needed "
                 "to label 6,000 images in 8 hours?", 5, id="workers-needed"),
    pytest.param("A cook uses 3 eggs per cake. How many dozen eggs are needed for 8 "
                 "cakes?", 2, id="dozen-as-count"),
    pytest.param("Sound travels 340 meters per second. How far does it travel in 3 minutes?",
                 61200, id="how-far-converted"),
    pytest.param("A heater uses 2 liters of oil per 10 hours. How many liters does it use "
                 "in 45 hours?", 9, id="per-count-of-units"),
    pytest.param("A press printed 30 posters on Monday and 45 posters on Tuesday. It prints "
                 "15 posters a minute. How many minutes did it print on Tuesday?", 3,
                 id="select-by-day"),
    pytest.param("Ivy has 200 green beads and 90 red beads. She uses 8 green beads a day. "
                 "How many days will the green beads last?", 25, id="select-by-kind"),
    pytest.param("Sam earns 12 dollars per hour. He worked 5 hours yesterday and 3 hours "
                 "today. How much did he earn today?", 36, id="select-by-when"),
    pytest.param("A machine fills 120 bottles per minute. How many bottles does it fill in "
                 "half an hour?", 3600, id="half-an-hour"),
    pytest.param("Rae practices piano for half an hour every day. How many hours does she "
                 "practice in 2 weeks?", 7, id="half-an-hour-daily"),
    pytest.param("A robot sorted 12 parcels on Monday and 18 parcels on Tuesday. It sorts 6 "
                 "parcels a minute. How many minutes did it work in all?", 5, id="sum-by-day"),
    pytest.param("A kiln fired 40 red bricks and 20 white bricks. It fires 15 bricks an hour. "
                 "How many hours did it work altogether?", 4, id="sum-by-kind"),
    pytest.param("A mill grinds 900 kg of wheat in 6 hours. How many kilograms does it grind "
                 "per hour?", 150, id="unit-rate"),
    pytest.param("A crew lays 1,200 bricks in 8 hours. How many bricks per hour is that?",
                 150, id="unit-rate-2"),
])
def test_rate_products(text, expected):
    assert _value(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Ben reads 10 pages a day and 4 more pages on weekends. How many pages does "
                 "he read in a week?", id="sum-not-product"),
    pytest.param("Ivy has 200 green beads and 90 red beads. She uses 8 red beads a day. How "
                 "many days will the green beads last?", id="rate-of-the-other-kind"),
    pytest.param("A clerk files 30 forms an hour for 6 hours. How many hours did she not "
                 "file forms?", id="negated-question"),
    pytest.param("Each crate holds 6 bottles. How many crates are needed for 40 bottles?",
                 id="fractional-count"),
])
def test_rate_declines(text):
    assert not answer(text).ok


@pytest.mark.parametrize("text, binary", [
    pytest.param("A model has 2 billion parameters stored in 2 bytes per parameter. How many "
                 "GB of memory are needed?", Fraction(4 * 10**9, 2**30), id="gb-gib"),
    pytest.param("A file has 3 million records of 500 bytes per record. How many MB is the "
                 "file?", Fraction(1500 * 10**6, 2**20), id="mb-mib"),
])
def test_binary_units_alternative(text, binary):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert any(Fraction(a.exact) == binary for a in outcome.alternatives)


# Red team (wt/hrate): a fractional answer to a whole-count question, a negated given sentence,
# and a count of workers read as a start decline.
HRATE = [
    pytest.param('Rae earns $12 an hour. She needs at least $100. What is the least number of '
                 'whole hours she must work?',
                 None, id='least-whole-hours'),
    pytest.param('A pump moves 35 liters a minute. What is the minimum number of minutes it '
                 'needs to move 100 liters?',
                 None, id='minimum-minutes'),
    pytest.param('The manager was told by 25 of the farmers that they harvest 80 baskets a day, '
                 'but on Sundays they do not work. How many baskets do they harvest in a week?',
                 None, id='negated-given-sentence'),
    pytest.param('A shop sells 40 mugs a day, but it does not open on Mondays. How many mugs '
                 'does it sell in a week?',
                 None, id='negated-opening-days'),
    pytest.param('Five pumps together remove 400 gallons per hour. How many gallons does each '
                 'pump remove in 3 hours?',
                 None, id='count-of-pumps-not-a-start'),
    pytest.param('Pia drives 100 miles at 50 mph and then 90 miles at 60 mph. How long does the '
                 'whole trip take?',
                 '7/2', id='whole-trip-no-rounding'),
    pytest.param('A faucet drips 3 ounces every 10 minutes. How many ounces does it drip in 2 '
                 'hours?',
                 36, id='drips-every-10-minutes'),
]


@pytest.mark.parametrize("text, expected", HRATE)
def test_hrate_red_team(text, expected):
    _check(text, expected)
