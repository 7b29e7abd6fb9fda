"""Money red team (interest, loans, periodic payments).

Own hand-computed problems in AQuA and GSM8K styles, about half traps (a second person
or item, "how much more", a percent of one item or of the selling price, a price already
changed, another horizon, simple vs compound interest). Every row must be declined or
answered with an accepted value; the ids in ANSWERED are answered today and must stay
answered. The rows mirror the red-team file /work/rt/hpl.jsonl (own sentences)."""

import pytest

from bot.core import answer
from bot.evaluate import close

CASES = [
    pytest.param(
                 "Find the difference between compound interest and simple interest on $8,000 at"
                 " 5% per annum for 2 years.",
                 ("20",), id="hpl66-find-difference-between-compound"),
    pytest.param(
                 "The difference between compound interest and simple interest on a sum for 3 "
                 "years at 10% per annum is $31. Find the sum.",
                 ("1000",), id="hpl67-difference-between-compound-interest"),
    pytest.param(
                 "A sum amounts to $2,420 in 2 years at 10% per annum compound interest. Find "
                 "the sum.",
                 ("2000",), id="hpl68-sum-amounts-in-years"),
    pytest.param(
                 "A sum of money amounts to $6,600 in 3 years and to $7,200 in 5 years at simple"
                 " interest. Find the sum.",
                 ("5700",), id="hpl69-sum-money-amounts-in"),
    pytest.param(
                 "A sum of money amounts to $4,840 in 2 years and to $5,324 in 3 years at "
                 "compound interest. Find the rate of interest.",
                 ("10",), id="hpl70-sum-money-amounts-in"),
    pytest.param(
                 "At what rate of simple interest does a sum of money double itself in 8 years?",
                 ("12.5",), id="hpl71-what-rate-simple-interest"),
    pytest.param(
                 "A sum of money triples itself in 10 years at simple interest. In how many "
                 "years will it become five times itself?",
                 ("20",), id="hpl72-sum-money-triples-itself"),
    pytest.param(
                 "The difference between compound and simple interest on a sum for 2 years at 4%"
                 " per annum is $8. Find the sum.",
                 ("5000",), id="hpl73-difference-between-compound-simple"),
    pytest.param(
                 "The difference between compound interest and simple interest on $10,000 for 2 "
                 "years is $25. Find the rate of interest per annum.",
                 ("5",), id="hpl74-difference-between-compound-interest"),
    pytest.param(
                 "Divide $2,100 between A and B so that A's share at the end of 2 years equals "
                 "B's share at the end of 3 years, at 10% compound interest. Find A's share.",
                 ("1100",), id="hpl75-divide-between-b-so"),
    pytest.param(
                 "What annual rate of compound interest makes $6,250 amount to $7,290 in 2 "
                 "years?",
                 ("8",), id="hpl76-what-annual-rate-compound"),
    pytest.param(
                 "Find the difference between compound interest compounded half-yearly and "
                 "simple interest on $16,000 for 2 years at 10% per annum.",
                 ("248.1",), id="hpl77-find-difference-between-compound"),
    pytest.param(
                 "The difference between compound interest and simple interest on a sum for 2 "
                 "years at 10% per annum, compounded half-yearly, is $124.05. Find the sum.",
                 ("8000",), id="hpl78-difference-between-compound-interest"),
    pytest.param(
                 "A sum amounts to $2,420 in 2 years at 10% per annum. Find the sum.",
                 ("2016.666667", "2000",), id="hpl79-sum-amounts-in-years"),
    pytest.param(
                 "A sum of money amounts to $4,840 in 2 years and to $5,324 in 3 years at "
                 "compound interest. Find the interest earned in the third year.",
                 ("484",), id="hpl80-sum-money-amounts-in"),
    pytest.param(
                 "A sum of money doubles itself in 5 years at compound interest. In how many "
                 "years will it become 8 times itself?",
                 ("15",), id="hpl81-sum-money-doubles-itself"),
    pytest.param(
                 "The simple interest on a sum for 4 years at 5% per annum is $600. Find the "
                 "compound interest on the same sum for 2 years at the same rate.",
                 ("307.5",), id="hpl82-simple-interest-on-sum"),
    pytest.param(
                 "The compound interest on a sum for 2 years at 10% per annum is $420. Find the "
                 "simple interest on the same sum at the same rate for the same time.",
                 ("400",), id="hpl83-compound-interest-on-sum"),
    pytest.param(
                 "The difference between compound interest and simple interest for 3 years at "
                 "10% per annum is $93. Find the simple interest.",
                 ("900",), id="hpl84-difference-between-compound-interest"),
    pytest.param(
                 "Divide $2,100 between A and B so that A's share at the end of 2 years equals "
                 "B's share at the end of 3 years, at 10% simple interest. Find A's share.",
                 ("1092",), id="hpl85-divide-between-b-so"),
    pytest.param(
                 "The difference between compound interest and simple interest on $5,000 at 10% "
                 "per annum for 2 years is what percent of the simple interest?",
                 ("5",), id="hpl86-difference-between-compound-interest"),
    pytest.param(
                 "A sum amounts to $2,420 in 2 years at 10% per annum compound interest. Find "
                 "the compound interest.",
                 ("420",), id="hpl87-sum-amounts-in-years"),
    pytest.param(
                 "The difference between the compound interest for 2 years and the simple "
                 "interest for 3 years on $1,000 at 10% per annum is:",
                 ("90",), id="hpl88-difference-between-compound-interest"),
    pytest.param(
                 "Find the difference between compound interest and simple interest on $8,000 at"
                 " 5% per annum for 2 years, if the compound interest is reckoned quarterly.",
                 ("35.889", "35.89",), id="hpl89-find-difference-between-compound"),
    pytest.param(
                 "Ben borrowed $2,000 and promised to pay it back with an additional 10%. He "
                 "pays $150 a month for 12 months. How much does he still owe?",
                 ("400",), id="hpl146-ben-borrowed-promised-pay"),
    pytest.param(
                 "Ella borrowed $600 from her aunt and will return it with an additional 5%. She"
                 " pays $100 a month for 6 months. How much does she have left to pay?",
                 ("30",), id="hpl147-ella-borrowed-from-aunt"),
    pytest.param(
                 "Ella borrowed $600 and will pay back an additional 5% of the amount. She pays "
                 "$50 a week for 10 weeks. How much is left to pay?",
                 ("130",), id="hpl148-ella-borrowed-will-pay"),
    pytest.param(
                 "Ben borrowed $2,000 and will pay it back with an additional 10%. He paid $150 "
                 "a month for 12 months and then $100 more. How much does he still owe?",
                 ("300",), id="hpl149-ben-borrowed-will-pay"),
    pytest.param(
                 "Ben and his sister borrowed $2,000 and will pay it back with an additional "
                 "10%. Each of them pays $50 a month for 12 months. How much do they still owe?",
                 ("1000",), id="hpl150-ben-sister-borrowed-will"),
    pytest.param(
                 "Ella borrowed $600 and will pay it back with an extra 5%. She pays $105 a "
                 "month. How many months will it take her to repay it?",
                 ("6",), id="hpl151-ella-borrowed-will-pay"),
    pytest.param(
                 "Ben borrowed $2,000 and promised to pay it back with an additional 10%. He "
                 "pays $150 a month for 12 months. How much has he paid so far?",
                 ("1800",), id="hpl152-ben-borrowed-promised-pay"),
    pytest.param(
                 "Ben borrowed $2,000 and promised to pay it back with an additional 10%. He "
                 "pays $150 a month for 12 months. How much more does he pay back than he "
                 "borrowed?",
                 ("200",), id="hpl153-ben-borrowed-promised-pay"),
    pytest.param(
                 "Ben borrowed $2,000 and promised to pay it back with an additional 10%. He "
                 "pays $150 a month for 1 year. How much does he still owe?",
                 ("400",), id="hpl154-ben-borrowed-promised-pay"),
    pytest.param(
                 "Ben borrowed $2,000 and promised to pay it back with an additional 10%. His "
                 "brother pays $150 a month for him for 12 months. How much does Ben still owe?",
                 ("400",), id="hpl155-ben-borrowed-promised-pay"),
    pytest.param(
                 "Karen pays $1,200 a month in rent. The landlord raises it by 5%. How much will"
                 " she pay in a year at the new rent?",
                 ("15120",), id="hpl156-karen-pays-month-in"),
    pytest.param(
                 "Karen pays $1,200 a month in rent for the first 4 months of the year, then 5% "
                 "more for the rest of the year. How much does she pay in the year?",
                 ("14880",), id="hpl157-karen-pays-month-in"),
    pytest.param(
                 "Omar earns $3,000 a month. He gets a 10% raise. How much does he earn in a "
                 "year?",
                 ("39600",), id="hpl158-omar-earns-month-he"),
    pytest.param(
                 "Omar earns $3,000 a month. He gets a 10% raise. How much does he earn per "
                 "month?",
                 ("3300",), id="hpl159-omar-earns-month-he"),
    pytest.param(
                 "A gym costs $25 a week. The price goes up by 20%. How much does it cost in a "
                 "year?",
                 ("1560",), id="hpl160-gym-costs-week-price"),
    pytest.param(
                 "Lucy pays $45 a month for streaming. The price drops by 20%. How much does she"
                 " pay in 6 months?",
                 ("216",), id="hpl161-lucy-pays-month-streaming"),
    pytest.param(
                 "Tim earns $2,000 a month. He gets a 5% raise. He also gets a $1,000 bonus. How"
                 " much does he earn in a year?",
                 ("26200",), id="hpl162-tim-earns-month-he"),
    pytest.param(
                 "Karen pays $1,200 a month in rent. After 4 months, the rent rises by 5%. How "
                 "much does she pay for the whole year?",
                 ("14880",), id="hpl163-karen-pays-month-in"),
    pytest.param(
                 "Omar earns $3,000 a month. He gets a 10% raise. How much more does he earn in "
                 "a year?",
                 ("3600",), id="hpl164-omar-earns-month-he"),
    pytest.param(
                 "Her phone bill is $60 a month and her internet bill is $40 a month. The phone "
                 "bill goes up by 10%. How much does she pay for both each month?",
                 ("106",), id="hpl165-phone-bill-month-internet"),
    pytest.param(
                 "A gym costs $25 a week. The price goes up by 20%. How much does it cost for 4 "
                 "weeks?",
                 ("120",), id="hpl166-gym-costs-week-price"),
    pytest.param(
                 "Sam earns $80 a day and works 5 days a week. He gets a 10% raise. How much "
                 "does he earn in a week?",
                 ("440",), id="hpl167-sam-earns-day-works"),
    pytest.param(
                 "Lucy pays $45 a month for streaming and $15 a month for music. The streaming "
                 "price drops by 20%. How much does she pay in 6 months?",
                 ("306",), id="hpl168-lucy-pays-month-streaming"),
    pytest.param(
                 "Omar earns $36,000 a year. He gets a 10% raise. How much does he earn per "
                 "month?",
                 ("3300",), id="hpl169-omar-earns-year-he"),
    pytest.param(
                 "Karen pays $1,200 a month in rent. The landlord raises it by 5%. How much "
                 "extra will she pay in a year?",
                 ("720",), id="hpl170-karen-pays-month-in"),
    pytest.param(
                 "Omar earns $3,000 a month and his wife earns $2,000 a month. He gets a 10% "
                 "raise. How much do they earn together in a year?",
                 ("63600",), id="hpl171-omar-earns-month-wife"),
    pytest.param(
                 "Karen pays $1,200 a month in rent. The landlord raises it by 5% each year. How"
                 " much will she pay in rent in the third year?",
                 ("15876", "16669.8",), id="hpl172-karen-pays-month-in"),
    pytest.param(
                 "Insurance is $200 a month. After an accident it rose 25% for 6 months. How "
                 "much does he pay in a year?",
                 ("2700",), id="hpl173-insurance-month-after-accident"),
    pytest.param(
                 "Omar earns $3,000 a month. He gets a 10% raise. He spends 40% of his new "
                 "salary on rent. How much does he spend on rent in a year?",
                 ("15840",), id="hpl174-omar-earns-month-he"),
    pytest.param(
                 "Karen pays $1,200 a month in rent. The landlord raises it by 5%. Karen's "
                 "roommate pays half. How much does Karen pay in a year?",
                 ("7560",), id="hpl175-karen-pays-month-in"),
    pytest.param(
                 "Raj earns $4,000 a month and saves 15% of it. How much does he save in a year?",
                 ("7200",), id="hpl186-raj-earns-month-saves"),
    pytest.param(
                 "Raj earns $4,000 a month. His salary increases by 10% after 6 months. How much"
                 " does he earn in the year?",
                 ("50400",), id="hpl187-raj-earns-month-salary"),
    pytest.param(
                 "Nina's electric bill is $90 a month for the first half of the year, then 10% "
                 "less for the other half of the year. How much does she pay for the year?",
                 ("1026",), id="hpl188-nina-s-electric-bill"),
    pytest.param(
                 "Sue borrowed $5,000 and has to pay it back with an additional 8%. She pays "
                 "$300 a month for 10 months. How much does she still owe?",
                 ("2400",), id="hpl191-sue-borrowed-has-pay"),
    pytest.param(
                 "Sue borrowed $5,000 and must pay it back with an additional 8%. She pays it "
                 "back in 12 equal monthly installments. How much is each installment?",
                 ("450",), id="hpl192-sue-borrowed-must-pay"),
    pytest.param(
                 "Sue borrowed $5,000 at 8% interest per year. She repays it in 24 equal monthly"
                 " installments. How much is each installment?",
                 ("241.666667", "241.67",), id="hpl193-sue-borrowed-interest-per"),
    pytest.param(
                 "Sue borrowed $5,000 and must pay it back with an additional 8%. She has paid "
                 "$300 a month for 10 months. How many more months at $300 does she need to "
                 "finish paying?",
                 ("8",), id="hpl194-sue-borrowed-must-pay"),
    pytest.param(
                 "Find the amount of $12,000 after 2 years at 5% per annum compound interest.",
                 ("13230",), id="hpl195-find-amount-after-years"),
    pytest.param(
                 "What sum will amount to $13,230 in 2 years at 5% per annum compound interest?",
                 ("12000",), id="hpl196-what-sum-will-amount"),
    pytest.param(
                 "A sum at simple interest amounts to $13,200 in 2 years at 5% per annum. Find "
                 "the sum.",
                 ("12000",), id="hpl197-sum-simple-interest-amounts"),
    pytest.param(
                 "A sum at compound interest amounts to $13,230 in 2 years at 5% per annum. Find"
                 " the simple interest on the same sum for the same period at the same rate.",
                 ("1200",), id="hpl198-sum-compound-interest-amounts"),
    pytest.param(
                 "The compound interest on $12,000 for 2 years at 5% per annum is how much more "
                 "than the simple interest?",
                 ("30",), id="hpl199-compound-interest-on-years"),
    pytest.param(
                 "The difference between compound interest and simple interest on $15,000 for 2 "
                 "years is $96. Find the rate of interest per annum.",
                 ("8",), id="hpl200-difference-between-compound-interest"),
    pytest.param(
                 "Find the difference between compound interest and simple interest on $5,000 "
                 "for 3 years at 10% per annum.",
                 ("155",), id="hpl201-find-difference-between-compound"),
    pytest.param(
                 "Find the difference between compound interest and simple interest on $5,000 at"
                 " 10% per annum for 3 years, interest being compounded half-yearly.",
                 ("200.478203", "200.48",), id="hpl202-find-difference-between-compound"),
    pytest.param(
                 "A sum of money lent at compound interest amounts to $1,210 in 2 years and to "
                 "$1,331 in 3 years. Find the sum.",
                 ("1000",), id="hpl203-sum-money-lent-compound"),
    pytest.param(
                 "At simple interest, a sum becomes $720 after 2 years and $1,020 after 7 years."
                 " Find the sum.",
                 ("600",), id="hpl204-simple-interest-sum-becomes"),
    pytest.param(
                 "At simple interest, a sum amounts to $720 in 2 years and to $1,020 in 7 years."
                 " Find the rate of interest.",
                 ("10",), id="hpl205-simple-interest-sum-amounts"),
    pytest.param(
                 "Divide $4,100 between P and Q so that the amount of P after 2 years equals the"
                 " amount of Q after 3 years at 5% compound interest. Find Q's share.",
                 ("2000",), id="hpl220-divide-between-p-q"),
    pytest.param(
                 "A magazine costs $6 a week. The price rises 50%. How much does a year of "
                 "magazines cost?",
                 ("468",), id="hpl225-magazine-costs-week-price"),
    pytest.param(
                 "Omar earns $3,000 a month. He gets a 10% raise. What is his new yearly salary?",
                 ("39600",), id="hpl226-omar-earns-month-he"),
    pytest.param(
                 "Mark pays $80 a month for his phone. The company raises the price by 15%. How "
                 "much will he pay for 2 years?",
                 ("2208",), id="hpl243-mark-pays-month-phone"),
    pytest.param(
                 "Mark pays $80 a month for his phone. He switches to a plan that costs 15% "
                 "less. How much does he save in a year?",
                 ("144",), id="hpl244-mark-pays-month-phone"),
    pytest.param(
                 "Find the compound interest on $8,000 at 10% per annum for 2 years if interest "
                 "is compounded annually.",
                 ("1680",), id="hpl245-find-compound-interest-on"),
    pytest.param(
                 "A sum amounts to $1,331 in 3 years at 10% per annum compound interest. Find "
                 "the interest.",
                 ("331",), id="hpl246-sum-amounts-in-years"),
    pytest.param(
                 "The simple interest on a sum for 2 years at 10% per annum is $400. Find the "
                 "difference between the compound interest and simple interest for the same "
                 "period.",
                 ("20",), id="hpl247-simple-interest-on-sum"),
    pytest.param(
                 "The compound interest on a sum for 2 years at 10% per annum is $2,100. Find "
                 "the difference between the compound interest and the simple interest.",
                 ("100",), id="hpl248-compound-interest-on-sum"),
    pytest.param(
                 "The difference between compound interest and simple interest on a sum at 10% "
                 "per annum for 2 years is $50. Find the compound interest.",
                 ("1050",), id="hpl249-difference-between-compound-interest"),
    pytest.param(
                 "The difference between compound interest and simple interest on a sum at 10% "
                 "per annum for 2 years is $50. Find the simple interest.",
                 ("1000",), id="hpl250-difference-between-compound-interest"),
    pytest.param(
                 "Find the difference between the compound interest and simple interest on "
                 "$2,000 at 10% per annum for 2 years, and the amount.",
                 ("20",), id="hpl251-find-difference-between-compound"),
    pytest.param(
                 "A sum amounts to $1,210 in 2 years at 10% per annum compound interest. Find "
                 "the simple interest on it for 3 years at the same rate.",
                 ("300",), id="hpl252-sum-amounts-in-years"),
    pytest.param(
                 "A sum of $5,000 amounts to $6,050 in 2 years at compound interest. Find the "
                 "rate.",
                 ("10",), id="hpl253-sum-amounts-in-years"),
    pytest.param(
                 "A sum of $5,000 amounts to $6,050 in 2 years at compound interest. Find the "
                 "interest for the third year.",
                 ("605",), id="hpl254-sum-amounts-in-years"),
    pytest.param(
                 "A sum of $5,000 amounts to $6,000 in 2 years at simple interest. What will it "
                 "amount to in 5 years?",
                 ("7500",), id="hpl255-sum-amounts-in-years"),
    pytest.param(
                 "A sum of money doubles at simple interest in 10 years. What is the rate?",
                 ("10",), id="hpl262-sum-money-doubles-simple"),
    pytest.param(
                 "Divide $2,100 between A and B so that A's share after 2 years equals B's share"
                 " after 3 years at 10% compound interest. Find the interest earned by A.",
                 ("231",), id="hpl263-divide-between-b-so"),
    pytest.param(
                 "A streaming service costs $12 a month. The price goes up by 25%. How much does"
                 " it cost per year now?",
                 ("180",), id="hpl283-streaming-service-costs-month"),
    pytest.param(
                 "Tom earns $2,000 a month. He gets a 5% raise. He also gets a bonus of 10% of "
                 "his yearly salary. How much does he earn in a year?",
                 ("27720",), id="hpl284-tom-earns-month-he"),
    pytest.param(
                 "Lia borrowed $1,200 and will pay back an additional 12% of the amount. She "
                 "pays $112 a month for 10 months. How much does she still owe?",
                 ("224",), id="hpl285-lia-borrowed-will-pay"),
    pytest.param(
                 "Lia borrowed $1,200 and will pay back an additional 12% of the amount. She "
                 "pays $112 a month. How much has she repaid after 6 months?",
                 ("672",), id="hpl286-lia-borrowed-will-pay"),
    pytest.param(
                 "A sum of money at simple interest amounts to $1,560 in 3 years and to $1,680 "
                 "in 4 years. Find the rate of interest.",
                 ("10",), id="hpl296-sum-money-simple-interest"),
    pytest.param(
                 "A sum of money at simple interest amounts to $1,560 in 3 years and to $1,680 "
                 "in 4 years. What will it amount to in 6 years?",
                 ("1920",), id="hpl297-sum-money-simple-interest"),
    pytest.param(
                 "Eva's rent is $900 a month. It goes up by 10%. How much will she pay over 6 "
                 "months?",
                 ("5940",), id="hpl309-eva-s-rent-month"),
    pytest.param(
                 "Eva's rent is $900 a month. It goes up by 10%. Her roommate pays a third. How "
                 "much will Eva pay over 6 months?",
                 ("3960",), id="hpl310-eva-s-rent-month"),
    pytest.param(
                 "Eva's rent is $900 a month. Next month it goes up by 10%. How much will she "
                 "pay over the next 6 months?",
                 ("5940",), id="hpl311-eva-s-rent-month"),
    pytest.param(
                 "Eva's rent is $900 a month. It went up by 10% three months ago. How much has "
                 "she paid in the last 6 months?",
                 ("5670",), id="hpl312-eva-s-rent-month"),
    pytest.param(
                 "Joe borrowed $3,000 and will pay it back with an extra 6%. He pays $265 a "
                 "month for 12 months. How much does he still owe?",
                 ("0",), id="hpl313-joe-borrowed-will-pay"),
    pytest.param(
                 "Joe borrowed $3,000 and will pay it back with an extra 6% per year. He pays "
                 "$265 a month for 12 months. How much does he still owe?",
                 ("0",), id="hpl314-joe-borrowed-will-pay"),
]

ANSWERED = frozenset("""
hpl66-find-difference-between-compound
hpl67-difference-between-compound-interest
hpl68-sum-amounts-in-years
hpl69-sum-money-amounts-in
hpl70-sum-money-amounts-in
hpl71-what-rate-simple-interest
hpl72-sum-money-triples-itself
hpl73-difference-between-compound-simple
hpl74-difference-between-compound-interest
hpl81-sum-money-doubles-itself
hpl146-ben-borrowed-promised-pay
hpl147-ella-borrowed-from-aunt
hpl148-ella-borrowed-will-pay
hpl151-ella-borrowed-will-pay
hpl158-omar-earns-month-he
hpl159-omar-earns-month-he
hpl160-gym-costs-week-price
hpl161-lucy-pays-month-streaming
hpl162-tim-earns-month-he
hpl166-gym-costs-week-price
hpl188-nina-s-electric-bill
hpl191-sue-borrowed-has-pay
hpl196-what-sum-will-amount
hpl197-sum-simple-interest-amounts
hpl200-difference-between-compound-interest
hpl201-find-difference-between-compound
hpl203-sum-money-lent-compound
hpl220-divide-between-p-q
hpl225-magazine-costs-week-price
hpl243-mark-pays-month-phone
hpl245-find-compound-interest-on
hpl251-find-difference-between-compound
hpl253-sum-amounts-in-years
hpl262-sum-money-doubles-simple
hpl285-lia-borrowed-will-pay
hpl296-sum-money-simple-interest
hpl309-eva-s-rent-month
hpl313-joe-borrowed-will-pay
""".split())


@pytest.mark.parametrize(("text", "accepted"), CASES)
def test_declined_or_right(text, accepted, request):
    """A confident wrong answer is the one outcome not allowed."""
    outcome = answer(text)
    case = request.node.callspec.id
    if case in ANSWERED:
        assert outcome.ok, outcome.error
    if outcome.ok:
        assert any(close(outcome.answers[0].value, want) for want in accepted), outcome.answers[0]
