"""Red-team table for the story families: sequence (one amount changed step by step) and
relations (named quantities related to each other, running bills).

Every value was computed by hand. CORRECT is the regression table of stories answered right;
DECLINES holds ill-posed or unmodelled stories that must be declined; WAS_WRONG holds stories
that once got a confident wrong answer (each with a second wording) and now decline, and
WAS_WRONG_VALUES the ones now answered right. The reason for each once-wrong row is in its
comment.
"""

from __future__ import annotations

import pytest

from bot.core import answer
from bot.evaluate import close

CORRECT = [
    pytest.param('Priya has $80. She spends $25 on a jacket and then gives $10 to her brother. How much money does she have left?',
                 45, id='a-s01'),
    pytest.param('Omar had 120 stickers. He gave away 30% of them and then bought 15 more. How many stickers does he have now?',
                 99, id='a-s02'),
    pytest.param('Lena has $60. She spends a third of it on lunch, then spends half of the rest on a book. How much does she have left?',
                 20, id='a-s03'),
    pytest.param('Sara had some marbles. She gave 12 to Tom and then lost 8. Now she has 30 marbles. How many marbles did she have at first?',
                 50, id='a-s06'),
    pytest.param('Kevin had some money. He spent half of it on a game and then $6 on snacks. He has $14 left. How much money did he have at first?',
                 40, id='a-s07'),
    pytest.param('Ana has $200. She spends 20% of it on shoes and then $40 on a dress. How much did she spend in total?',
                 80, id='a-s08'),
    pytest.param('Carl has $100. He spends 25% of it on food and then 10% of what remains on bus fares. How much does he have left?',
                 67.5, id='a-s18'),
    pytest.param('Eva has 64 apples. She gives a quarter of them to her neighbor and then eats 3. How many apples does Eva have now?',
                 45, id='a-s19'),
    pytest.param('Dan has $30. He earns $12 for mowing a lawn and then spends $18 on a movie. How much does he have now?',
                 24, id='a-s21'),
    pytest.param('Ali had some money. He spent $15 and then spent 40% of the rest. He had $27 left. How much did he have at the start?',
                 60, id='a-s37'),
    pytest.param('Anna has 40 books. Ben has 25% more books than Anna. How many books does Ben have?',
                 50, id='a-r01'),
    pytest.param('Anna has 40 books. Ben has 25% more books than Anna. How many books do they have altogether?',
                 90, id='a-r02'),
    pytest.param('Carlos has 18 fish. Dora has 7 fewer fish than Carlos. How many more fish does Carlos have than Dora?',
                 7, id='a-r03'),
    pytest.param('Eli has 15 stamps. Fay has twice as many stamps as Eli. Gus has 4 fewer than Fay. How many stamps does Gus have?',
                 26, id='a-r04'),
    pytest.param('Eli has 15 stamps. Fay has twice as many stamps as Eli. Gus has 4 fewer than Fay. How many stamps do the three have combined?',
                 71, id='a-r05'),
    pytest.param('A pen costs $3. A notebook costs 150% more than the pen. How much does the notebook cost?',
                 7.5, id='a-r06'),
    pytest.param('A pen costs $3. A notebook costs 150% of the price of the pen. How much does the notebook cost?',
                 4.5, id='a-r07'),
    pytest.param('Hank has 30 marbles. Ivy has 20% fewer marbles than Hank. How many marbles does Ivy have?',
                 24, id='a-r08'),
    pytest.param('Max has 10 fewer cards than Lee. Lee has 50 cards. How many cards do they have in total?',
                 90, id='a-r13'),
    pytest.param('Ned has 24 pencils. Oli has half as many pencils as Ned. Pat has 5 more than Oli. How many pencils do Ned and Pat have together?',
                 41, id='a-r14'),
    pytest.param('Sue is 12 years old. Her brother is 3 years older than her. How old is her brother?',
                 15, id='a-r18'),
    pytest.param('A red box weighs 8 kg. A blue box weighs 2.5 times as much as the red box. How much heavier is the blue box than the red box?',
                 12, id='a-r19'),
    pytest.param('Xia has $24. Yuri has $6 less than Xia. Zed has half as much as Yuri. How much money does Zed have?',
                 9, id='a-r22'),
    pytest.param('Gil has 2 dozen eggs. Hal has 6 more eggs than Gil. How many eggs does Hal have?',
                 30, id='a-r26'),
    pytest.param('A meal costs $40. There is a 10% service fee and then a 15% tip on the total. What is the final bill?',
                 50.6, id='a-b01'),
    pytest.param('A dinner bill is $60 before a 20% tip. What is the total with the tip?',
                 72, id='a-b04'),
    pytest.param('A laptop costs $1200. It is discounted by 10%, then a further 10% off the sale price. What is the final price?',
                 972, id='a-b09'),
    pytest.param('Marco has 200 coins. He loses 15% of them. Then he finds 12 coins. How many coins does he have?',
                 182, id='b-t02'),
    pytest.param('Nora has $64. She spends half of it and then half of the rest. How much does she have left?',
                 16, id='b-t04'),
    pytest.param('Pia had some stamps. She gave away 25% of them and had 36 left. How many stamps did she have at first?',
                 48, id='b-t08'),
    pytest.param('Quinn has $100. He spends $40. How much did he spend?',
                 40, id='b-t10'),
    pytest.param('Uma had $300. She spent $120 on a bike. She then spent a fourth of what was left on a helmet. How much money did she have left?',
                 135, id='b-t18'),
    pytest.param('A class has 30 students. 20% of them are absent. How many students are absent?',
                 6, id='b-t24'),
    pytest.param('Abe had 72 nuts. He ate 1/6 of them and gave 1/4 of the remaining nuts to Bea. How many nuts does Abe have?',
                 45, id='b-t28'),
    pytest.param('Lou has 30 marbles. Mo has 5 more than Lou. Ned has 3 times as many as Mo. How many more marbles does Ned have than Lou?',
                 75, id='b-r04'),
    pytest.param('Ola read 40 pages. Pam read 25% fewer pages than Ola. Rae read 10 pages more than Pam. How many pages did Rae read?',
                 40, id='b-r07'),
    pytest.param('Ola read 40 pages. Pam read 25% fewer pages than Ola. Rae read 10 pages more than Pam. How many pages did they read in all?',
                 110, id='b-r08'),
    pytest.param('Sol has 8 apples. Tia has 3 more apples than Sol. Uri has half as many apples as Tia. How many apples does Uri have?',
                 5.5, id='b-r09'),
    pytest.param('Fin has 10 fish. Gia has 200% more fish than Fin. How many fish does Gia have?',
                 30, id='b-r16'),
    pytest.param('A meal costs $50. A 20% discount is applied, then an 8% tax. What is the final price?',
                 43.2, id='b-b03'),
    pytest.param('A coat costs $120. It is marked up 25% and then marked down 20%. What is the final price?',
                 120, id='b-b05'),
    pytest.param('A phone costs $400. The price goes up 10% and then drops $40. What is the new price?',
                 400, id='b-b06'),
    pytest.param('A hotel bill is $200 plus 12% tax. There is no tip. What is the total?',
                 224, id='b-b09'),
    pytest.param('A box has 50 apples. 10% of the apples are rotten. How many apples are rotten?',
                 5, id='c-t23d'),
    pytest.param('A farm has 200 animals and 35% of them are cows. How many cows are on the farm?',
                 70, id='c-t23e'),
    pytest.param('Lara has $120. She spends 25% of it on a dress. Then she spends $30 on shoes. How much money does she have left?',
                 60, id='d-u01'),
    pytest.param('Lara has $120. She spends 25% of it on a dress. Then she spends $30 on shoes. How much did she spend?',
                 60, id='d-u02'),
    pytest.param('Mike had 60 apples. He sold half of them and then ate 5 of them. How many apples does he have?',
                 25, id='d-u05'),
    pytest.param('Owen had some money. He spent $12 and then received $20. Now he has $50. How much did he have at first?',
                 42, id='d-u08'),
    pytest.param('Pam has 90 beads. She uses 2/3 of them. How many beads are left?',
                 30, id='d-u11'),
    pytest.param('Sara has 24 cookies. She eats 4 and gives half of the rest to Tim. How many cookies does Sara have now?',
                 10, id='d-u18'),
    pytest.param('Ted has 10 dollars. He spends $2.50 on a drink and 3 dollars on a sandwich. How much money does he have left?',
                 4.5, id='d-u20'),
    pytest.param('Vera has 100 points. She loses 10% of her points, then her points increase by 10%. How many points does she have?',
                 99, id='d-u24'),
    pytest.param('Zed has 40 marbles. He loses 6 marbles, but not in the game. How many marbles does he have?',
                 34, id='d-u29'),
    pytest.param('Bo has 12 cars. Cy has 5 more cars than Bo. Dee has 2 fewer cars than Cy. How many more cars does Dee have than Bo?',
                 3, id='d-v01'),
    pytest.param('Eve weighs 50 kg. Fay weighs 10% less than Eve. Gia weighs 10% more than Fay. How much does Gia weigh?',
                 49.5, id='d-v03'),
    pytest.param('Kim has $40. Lou has $10 more than Kim. Max has twice as much as Lou. How much do Kim and Max have together?',
                 140, id='d-v05'),
    pytest.param('A car costs $20000. A truck costs 30% more than the car. A van costs $5000 less than the truck. How much does the van cost?',
                 21000, id='d-v09'),
    pytest.param('Kara had some stickers. She gave 1/3 of them to Lee and 6 to Mo. She has 10 left. How many stickers did she have at first?',
                 24, id='e-y01'),
    pytest.param('Nia had some money. She spent 30% of it and had $70 left. How much money did she have at first?',
                 100, id='e-y06'),
    pytest.param('Pat has 16 more marbles than Quin. Quin has 20 marbles. How many marbles does Pat have?',
                 36, id='e-z01'),
    pytest.param('Quin has 20 marbles. Pat has 16 marbles more than Quin. Rae has as many as Pat and Quin combined. How many does Rae have?',
                 56, id='e-z02'),
    pytest.param("Sol's dog weighs 30 pounds. Tia's dog weighs 20% less than Sol's dog. How much do both dogs weigh?",
                 54, id='e-z03'),
    pytest.param("Wes has 18 pencils. Xia has 50% of Wes's pencils. Yul has 4 more than Xia. How many pencils does Yul have?",
                 13, id='e-z05'),
    pytest.param('Zara has 25 coins. Abe has 300% more coins than Zara. How many coins does Abe have?',
                 100, id='e-z06'),
    pytest.param('Hal has 30 books. Ivy has 10 fewer books than Hal has. How many books do Hal and Ivy have in total?',
                 50, id='e-z09'),
    pytest.param('Ned has 6 fewer shells than Oli. Oli has 3 times as many shells as Pia. Pia has 5 shells. How many shells does Ned have?',
                 9, id='e-z12'),
    pytest.param('Dan has 200 ml of milk. He drinks 25% of it in the morning and 50 ml in the evening. How many ml are left?',
                 100, id='f-k08'),
    pytest.param('Quin has 40 dollars. Rae has 15% more dollars than Quin, and Sol has 15% less than Rae. How much does Sol have?',
                 39.1, id='g-m09'),
    pytest.param('Tia has 24 stickers. Uma has 1.5 times as many stickers as Tia. How many stickers does Uma have?',
                 36, id='g-m10'),
    pytest.param('The blue rope is 12 meters long. The red rope is 3 meters longer than the blue rope. How long are both ropes together?',
                 27, id='g-m19'),
    pytest.param('Val has $200 in savings. She withdraws 15% of it and then deposits $50. How much is in savings now?',
                 220, id='h-n12'),
    pytest.param('A plane has 180 passengers. At the first stop 1/6 of them get off and 20 get on. How many passengers are on the plane?',
                 170, id='h-n14'),
    pytest.param('Xena has 1,200 points. She loses 250 points and then wins 400 points. How many points does she have?',
                 1350, id='h-n17'),
    pytest.param('Yara has 48 crayons. She loses 1/4 of them. She then gives 6 of them to Zack. How many crayons does Yara have?',
                 30, id='h-n18'),
]

DECLINES = [
    pytest.param('Tim had 45 cards. He did not give away 10 of them. How many cards does he have?',
                 id='a-s15'),
    pytest.param('A farmer has 200 chickens. He sells 150% of them. How many are left?',
                 id='a-s20'),
    pytest.param('Quin has 40 dollars. Rita does not have 60% more money than Quin. How much money does Rita have?',
                 id='a-r17'),
    pytest.param('Nora has $64. She spends half of it and then half of it again. How much does she have left?',
                 id='b-t05'),
    pytest.param('Zara has $60. She spends 150% of it. How much is left?',
                 id='b-t27'),
    pytest.param('Abe had 72 nuts. He ate 1/6 of them and gave 1/4 of them to Bea. How many nuts does Abe have?',
                 id='b-t29'),
    pytest.param('Lia has 24 beads. Max has 6 fewer than Lia. Lia does not have more than 30 beads. How many beads does Max have?',
                 id='b-r21'),
    pytest.param('Nell has $45. She gets $15 from her aunt and then spends a third of it. How much does she have left?',
                 id='d-u07'),
    pytest.param('Uli has $60. She spends 120% of it. How much is left?',
                 id='d-u22'),
    pytest.param('Vera has 100 points. She loses 10% of her points, then gains 10% of her points. How many points does she have?',
                 id='d-u23'),
    pytest.param('Mo had some cards. He bought 8 more and then gave half to Ned. Now Ned has 15 cards. How many cards did Mo have at first?',
                 id='e-y05'),
    pytest.param('Ama has 80 marbles. She gives 20 to Ben, then loses 10% of them. How many marbles does Ama have?',
                 id='f-k02'),
    pytest.param('Ama has 80 marbles. She gives 20 to Ben, then loses 10% of her marbles. How many marbles does Ama have?',
                 id='f-k03'),
    pytest.param('Jan has 60 cookies. Jan does not eat 10 of them. How many cookies are left?',
                 id='f-k15'),
    pytest.param('Lea has 45 balloons. 9 of them pop and 1/3 of them fly away. How many balloons are left?',
                 id='f-k18'),
    pytest.param('A shop has 120 shirts. It sells 30% of them on Monday and 30% of them on Tuesday. How many shirts are left?',
                 id='f-k19'),
    pytest.param('Jo has 15 books. Kim does not have 5 more books than Jo. How many books does Kim have?',
                 id='g-m06'),
    pytest.param('Dan has 7 toy cars. Eli has 3 times more toy cars than Dan plus 2. How many toy cars does Eli have?',
                 id='g-m14'),
    pytest.param('Ola has $90. She spends a third of it on a game and a third of it on books. How much is left?',
                 id='h-n01'),
    pytest.param('Ola has $90. She spends a third of it on a game. Her brother spends $10. How much does Ola have left?',
                 id='h-n02'),
    pytest.param('Pete has 40 cupcakes. He sells them for $2 each. How many cupcakes are left?',
                 id='h-n03'),
    pytest.param('Rita has $64. She spends half of her money, then half of her money again. How much money does she have?',
                 id='h-n06'),
    pytest.param('Sam had 100 shares. He sold 40% of them and then bought 10% more. How many shares does he have?',
                 id='h-n07'),
    pytest.param('Nick pays $200 for a flight and his wife pays $50 for a bag; then he pays 10% of that for insurance. How much did Nick pay?',
                 id='i-p05'),
    pytest.param('Pablo pays $120 for a jacket. He pays a 15% tip to the tailor on top of $40 for alterations. How much did he pay?',
                 id='i-p09'),
]

WAS_WRONG = [
    # arith read a second '10% of it' (after a 25% share) as 10% of what was left: 'it' may be the start amount
    pytest.param('Carl has $100. He spends 25% of it on food and 10% of it on bus fares. How much does he have left?',
                 id='a-s17'),
    # second wording of a-s17 ('then 10% of it')
    pytest.param('Julia has $90. She spends 20% of it on a scarf, then 10% of it on gloves. How much is left?',
                 id='b-t01'),
    # arith answered the part named in the text ('20% of them are absent' = 6) when the question asked for the other part ('present')
    pytest.param('A class has 30 students. 20% of them are absent. How many students are present?',
                 id='b-t23'),
    # sequence skipped the numberless clause 'returns it for a full refund' as story filler and kept the $20 spent
    pytest.param('Cleo has $75. She spends $20 on a hat and returns it for a full refund. How much does she have?',
                 id='b-t31'),
    # relations added '40 cents more than' 50 dollars as 40 dollars (90)
    pytest.param('Vin has 50 dollars. Wil has 40 cents more than Vin. How much does Wil have?',
                 id='b-r10'),
    # relations read '4 times more money than' as 4 more (16)
    pytest.param('Xu has $12. Yoko has 4 times more money than Xu. How much money does Yoko have?',
                 id='b-r12'),
    # relations read 'a third more marbles than' as plus 1/3 of a marble (18.33)
    pytest.param('Pia has 18 marbles. Quin has a third more marbles than Pia. How many marbles does Quin have?',
                 id='b-r24'),
    # second wording of b-r12 ('3 times more shells than' gave 9)
    pytest.param('Bo has 6 shells. Cy has 3 times more shells than Bo. How many shells does Cy have?',
                 id='c-r12b'),
    # second wording of b-r24 ('1/4 more pens than' gave 12.25)
    pytest.param('Dee has 12 pens. Eve has 1/4 more pens than Dee. How many pens does Eve have?',
                 id='c-r24b'),
    # third wording of b-r24 ('two thirds more' gave 12.67)
    pytest.param('Dee has 12 pens. Eve has two thirds more pens than Dee. How many pens does Eve have?',
                 id='c-r24c'),
    # second wording of b-r10 ('25 cents more than' 3 dollars gave 28)
    pytest.param('Fox has 3 dollars. Gil has 25 cents more than Fox. How much money does Gil have?',
                 id='c-r10b'),
    # second wording of b-t31 ('Later she returns the book to the store' gave 35)
    pytest.param('Kim has $50. She spends $15 on a book. Later she returns the book to the store. How much does Kim have?',
                 id='c-t31d'),
    # third wording of b-t31 ('then exchanges the book' gave 35)
    pytest.param('Kim has $50. She spends $15 on a book, then exchanges the book. How much does Kim have?',
                 id='c-t31e'),
    # second wording of b-t23 ('walk to school' vs 'take the bus' gave 7)
    pytest.param('A class has 28 students. 25% of them walk to school. How many students take the bus?',
                 id='c-t23b'),
    # third wording of b-t23 ('were late' vs 'on time' gave 6)
    pytest.param('Of 40 workers, 15% of them were late today. How many workers were on time?',
                 id='c-t23c'),
    # second wording of d-u16 ('She eats 5 and then he eats 4' gave 21)
    pytest.param('Ali has 30 apples. She eats 5 and then he eats 4. How many apples does Ali have?',
                 id='c-u16b'),
    # third wording of d-u16 (asked about 'he' after 'she' acted, gave 25)
    pytest.param('Ali has 30 apples. She eats 5. How many apples does he have?',
                 id='c-u16c'),
    # second wording of d-w02 ('the tip is 5% of the meal price' gave 34.65)
    pytest.param('A meal costs $30. Tax is 10% and the tip is 5% of the meal price. What is the total?',
                 id='c-w02b'),
    # third wording of d-w02 ('if the tip is based on the pre-tax amount' gave 34.65)
    pytest.param('A meal costs $30. Tax is 10% and the tip is 5%. What is the total if the tip is based on the pre-tax amount?',
                 id='c-w02c'),
    # second wording of f-k09 (gave 24 liters for 'what percent ... is left')
    pytest.param('Lia has 40 liters of juice. She drinks 25% of it and then 6 liters. What percent of the juice is left?',
                 id='c-k09b'),
    # third wording of f-k09 (gave 64 stamps for 'what percent of his stamps are left')
    pytest.param('Sam has 80 stamps. He gives away 10% of them and then 8 more. What percent of his stamps are left?',
                 id='c-k09c'),
    # second wording of g-m05 ('3 more pens than Ann does not' gave 15)
    pytest.param('Ann has 12 pens. Bo has 3 more pens than Ann does not. How many pens does Bo have?',
                 id='c-m05b'),
    # second wording of g-m18 ('Bo doubles his pens' gave 27 together)
    pytest.param('Ann has 12 pens. Bo has 3 more pens than Ann. Bo doubles his pens. How many pens do they have together?',
                 id='c-m18b'),
    # third wording of g-m18 ('Then Bo halves his pens')
    pytest.param('Ann has 12 pens. Bo has 3 more pens than Ann. Then Bo halves his pens. How many pens does Bo have?',
                 id='c-m18c'),
    # sequence took 'she spends $30' as Rick's own spending: 'he' and 'she' are two people
    pytest.param('Rick has $200. He spends $50 and she spends $30. How much does Rick have left?',
                 id='d-u16'),
    # arith chained tax then tip (34.65) though the question says the tip is on the meal price
    pytest.param('A meal costs $30. Tax is 10% and the tip is 5%. What is the total, with tip computed on the meal price?',
                 id='d-w02'),
    # sequence answered the amount left (100 ml) to 'What percent of the milk is left?': the % token passed the question check
    pytest.param('Dan has 200 ml of milk. He drinks 25% of it in the morning and 50 ml in the evening. What percent of the milk is left?',
                 id='f-k09'),
    # relations read '25% more apples than Hal does not' as a plain relation (the negation was dropped)
    pytest.param('Hal has 20 apples. Ivy has 25% more apples than Hal does not. How many apples does Ivy have?',
                 id='g-m05'),
    # relations skipped 'Max then doubles his coins' as a story clause (doubles is no relation verb) and answered 60
    pytest.param('Lia has 100 coins. Max has 40% fewer coins than Lia. Max then doubles his coins. How many coins does Max have?',
                 id='g-m18'),
]

WAS_WRONG_VALUES = [
]


def _values(outcome) -> list[str]:
    """Return the main answers' decimal values."""
    return [item.value for item in outcome.answers]


@pytest.mark.parametrize(("text", "expected"), CORRECT + WAS_WRONG_VALUES)
def test_answers_the_hand_computed_value(text, expected):
    outcome = answer(text)
    assert outcome.ok, outcome.error
    assert any(close(value, expected) for value in _values(outcome)), _values(outcome)


@pytest.mark.parametrize("text", DECLINES + WAS_WRONG)
def test_declines_instead_of_a_wrong_answer(text):
    outcome = answer(text)
    assert not outcome.ok, _values(outcome)
