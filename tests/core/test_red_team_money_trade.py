"""Money red team (trade, deals, commission, restore, discounts, split).

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
                 "A trader sells an article at a loss of 12% for Rs. 440. At what price should "
                 "he sell it to gain 10%?",
                 ("550",), id="hpl1-trader-sells-article-loss"),
    pytest.param(
                 "By selling a chair for $336, a shopkeeper gains 12%. Find the cost price of "
                 "the chair.",
                 ("300",), id="hpl2-by-selling-chair-shopkeeper"),
    pytest.param(
                 "A radio was bought for $250 and sold for $290. Find the profit percent.",
                 ("16",), id="hpl3-radio-was-bought-sold"),
    pytest.param(
                 "A man buys a cycle for Rs. 1400 and sells it at a loss of 15%. What is the "
                 "selling price of the cycle?",
                 ("1190",), id="hpl4-man-buys-cycle-rs"),
    pytest.param(
                 "The cost price of a table is $800. It is sold at a gain of 6.25%. What is its "
                 "selling price?",
                 ("850",), id="hpl5-cost-price-table-sold"),
    pytest.param(
                 "An article is marked at $600 and sold at a discount of 15%. The shopkeeper "
                 "still makes a profit of 2%. What is the cost price?",
                 ("500",), id="hpl6-article-marked-sold-discount"),
    pytest.param(
                 "A shopkeeper marks his goods 40% above the cost price and allows a discount of"
                 " 20%. What is his gain percent?",
                 ("12",), id="hpl7-shopkeeper-marks-goods-above"),
    pytest.param(
                 "A dealer sold a phone for $456, gaining 14%. What did he pay for it?",
                 ("400",), id="hpl8-dealer-sold-phone-gaining"),
    pytest.param(
                 "If a watch is sold for $1140, the seller loses 5%. For how much should it be "
                 "sold to earn a profit of 5%?",
                 ("1260",), id="hpl9-if-watch-sold-seller"),
    pytest.param(
                 "A bicycle is sold at a profit of 8%. Had it been sold for $30 more, the profit"
                 " would have been 14%. Find the cost price.",
                 ("500",), id="hpl10-bicycle-sold-profit-had"),
    pytest.param(
                 "An item costing $240 is sold at a loss of 5%. What is the loss?",
                 ("12",), id="hpl11-item-costing-sold-loss"),
    pytest.param(
                 "Sara buys an old car for $4,000 and spends $1,000 on repairs. She sells it for"
                 " $5,750. What is her profit percent?",
                 ("15",), id="hpl12-sara-buys-old-car"),
    pytest.param(
                 "A merchant sells a rug for $720 and makes a profit of $120. What is his profit"
                 " percent?",
                 ("20",), id="hpl13-merchant-sells-rug-makes"),
    pytest.param(
                 "The marked price of a lamp is $80. It is sold for $68. What is the discount "
                 "percent?",
                 ("15",), id="hpl14-marked-price-lamp-sold"),
    pytest.param(
                 "After giving a 10% discount on the marked price, a shop sells a fan for "
                 "$1,350. What is the marked price?",
                 ("1500",), id="hpl15-after-giving-discount-on"),
    pytest.param(
                 "A shirt is sold for $44 at a profit of 10%. What is the profit percent if it "
                 "is sold for $50?",
                 ("25",), id="hpl16-shirt-sold-profit-what"),
    pytest.param(
                 "The marked price of a clock is $500. A discount of 10% is given and a profit "
                 "of 12.5% is made. Find the cost price.",
                 ("400",), id="hpl17-marked-price-clock-discount"),
    pytest.param(
                 "A man sold a horse at a loss of 10%. Had he sold it for $90 more, he would "
                 "have gained 5%. Find the cost price.",
                 ("600",), id="hpl18-man-sold-horse-loss"),
    pytest.param(
                 "A watch was sold for $720 at a loss of 10%. If it had been sold for $840, what"
                 " would the profit percent have been?",
                 ("5",), id="hpl19-watch-was-sold-loss"),
    pytest.param(
                 "A merchant makes a profit of 20% on the selling price. If the cost price is "
                 "$400, find the selling price.",
                 ("500",), id="hpl20-merchant-makes-profit-on"),
    pytest.param(
                 "A shop sold a TV for $550, making a loss of $50. What was the loss percent?",
                 ("8.333333", "8.33",), id="hpl21-shop-sold-tv-making"),
    pytest.param(
                 "A farmer buys a tractor for $30,000 and sells it at a loss of 20%. How much "
                 "money did he lose?",
                 ("6000",), id="hpl22-farmer-buys-tractor-sells"),
    pytest.param(
                 "A dealer buys a car for $15,000 and sells it at a 12% profit. What is the "
                 "selling price?",
                 ("16800",), id="hpl23-dealer-buys-car-sells"),
    pytest.param(
                 "A trader bought a lamp for $40 and sold it at a 25% profit. What was his "
                 "profit?",
                 ("10",), id="hpl24-trader-bought-lamp-sold"),
    pytest.param(
                 "A vendor sells a basket for $54, which gives him a loss of 10%. What did the "
                 "basket cost him?",
                 ("60",), id="hpl25-vendor-sells-basket-which"),
    pytest.param(
                 "A store marks a sofa 50% above its cost and then sells it at 20% off the "
                 "marked price. If the sofa cost $700, what is the selling price?",
                 ("840",), id="hpl26-store-marks-sofa-above"),
    pytest.param(
                 "A book was sold for $27 at a loss of 10%. Find the cost price.",
                 ("30",), id="hpl27-book-was-sold-loss"),
    pytest.param(
                 "Profit made by selling a pen for $18 equals the loss made by selling it for "
                 "$12. Find the cost price of the pen.",
                 ("15",), id="hpl28-profit-made-by-selling"),
    pytest.param(
                 "A man purchased a sofa for $5,000 and sold it at a gain of 20%. What was the "
                 "selling price?",
                 ("6000",), id="hpl29-man-purchased-sofa-sold"),
    pytest.param(
                 "A man sold an article for $600 at a profit of 20%. What is his profit as a "
                 "percent of the selling price?",
                 ("16.666667", "16.67",), id="hpl30-man-sold-article-profit"),
    pytest.param(
                 "A man sells two watches for $990 each. On one he gains 10% and on the other he"
                 " loses 10%. What is his overall loss?",
                 ("20",), id="hpl31-man-sells-two-watches"),
    pytest.param(
                 "A trader bought a radio for $500 and sold it at a 10% profit. His friend "
                 "bought the same radio for $450 and sold it at a 20% profit. How much more "
                 "profit did the friend make?",
                 ("40",), id="hpl32-trader-bought-radio-sold"),
    pytest.param(
                 "A store sells a jacket at a 20% discount for $96. How much more would a "
                 "customer pay at the marked price?",
                 ("24",), id="hpl33-store-sells-jacket-discount"),
    pytest.param(
                 "An article is sold for $480 after a 20% discount. A sales tax of 5% is added "
                 "to the sale price. What does the customer pay?",
                 ("504",), id="hpl34-article-sold-after-discount"),
    pytest.param(
                 "By selling 12 pens for $30, a shopkeeper loses 25%. How many pens should he "
                 "sell for $40 to gain 20%?",
                 ("10",), id="hpl35-by-selling-pens-shopkeeper"),
    pytest.param(
                 "A dealer buys a scooter for $2,500 and sells it at a profit of 20%. The buyer "
                 "then sells it at a loss of 10%. What does the second buyer pay?",
                 ("2700",), id="hpl36-dealer-buys-scooter-sells"),
    pytest.param(
                 "A woman bought a dress for $80 and sold it for $100. What percent of the "
                 "selling price was her profit?",
                 ("20",), id="hpl37-woman-bought-dress-sold"),
    pytest.param(
                 "A car dealer buys a car for $12,000. He pays $500 in taxes and $300 for "
                 "cleaning. He sells the car at a profit of 10% on his total cost. What is the "
                 "selling price?",
                 ("14080",), id="hpl38-car-dealer-buys-car"),
    pytest.param(
                 "An item is marked at $250. The shop first gives 20% off and then an additional"
                 " 10% off the reduced price. What is the final price?",
                 ("180",), id="hpl39-item-marked-shop-first"),
    pytest.param(
                 "A shirt costs $40 to make. The shop marks it up by 25%, and during a sale it "
                 "is sold at a 25% discount on the marked price. What is the loss on the shirt?",
                 ("2.5",), id="hpl40-shirt-costs-make-shop"),
    pytest.param(
                 "A book is sold at a gain of 15%. If the cost had been 10% less and the selling"
                 " price $6 less, the gain would have been 25%. Find the cost price.",
                 ("240",), id="hpl41-book-sold-gain-if"),
    pytest.param(
                 "Tom sold a lamp to Ann at a profit of 10%. Ann sold it to Ben at a profit of "
                 "20%. Ben paid $264. What did Tom pay for the lamp?",
                 ("200",), id="hpl42-tom-sold-lamp-ann"),
    pytest.param(
                 "A man buys 10 apples for $4 and sells them at 6 apples for $3. Find his gain "
                 "percent.",
                 ("25",), id="hpl43-man-buys-apples-sells"),
    pytest.param(
                 "A seller makes a profit of 20% on the selling price. What is his profit "
                 "percent on the cost price?",
                 ("25",), id="hpl44-seller-makes-profit-on"),
    pytest.param(
                 "A bought a bike for $300 and sold it to B at a 20% profit. B sold it to C at a"
                 " 10% loss. How much did C pay?",
                 ("324",), id="hpl45-bought-bike-sold-b"),
    pytest.param(
                 "A man bought an article and sold it at a gain of 5%. If he had bought it at 5%"
                 " less and sold it for $1 less, he would have made a profit of 10%. Find the "
                 "cost price.",
                 ("200",), id="hpl46-man-bought-article-sold"),
    pytest.param(
                 "A dealer marked a chair at $150. He sold it to a regular customer at 10% off "
                 "and to a new customer at 5% off. How much more did the new customer pay?",
                 ("7.5",), id="hpl47-dealer-marked-chair-he"),
    pytest.param(
                 "A shopkeeper buys a fridge for $900 and a fan for $100. He sells the fridge at"
                 " a 10% profit. What is the selling price of the fridge?",
                 ("990",), id="hpl48-shopkeeper-buys-fridge-fan"),
    pytest.param(
                 "A shop with 30 employees bought a printer for $400 and sold it at a profit of "
                 "15%. Find the selling price.",
                 ("460",), id="hpl49-shop-with-employees-bought"),
    pytest.param(
                 "A dealer sold a car for $9,000 at a loss of 10%. He had bought it 3 years "
                 "earlier. How much did the car cost him?",
                 ("10000",), id="hpl50-dealer-sold-car-loss"),
    pytest.param(
                 "A man sold a cow at a profit of 20%. If he had bought it for $100 less and "
                 "sold it for the same price, his profit would have been 50%. Find the cost "
                 "price.",
                 ("500",), id="hpl51-man-sold-cow-profit"),
    pytest.param(
                 "A trader marks an item 20% above cost and gives a discount of $30, still "
                 "gaining 8%. Find the cost price.",
                 ("250",), id="hpl52-trader-marks-item-above"),
    pytest.param(
                 "The cost price of 15 books equals the selling price of 12 books. Find the gain"
                 " percent.",
                 ("25",), id="hpl53-cost-price-books-equals"),
    pytest.param(
                 "A retailer buys a radio for $225. His overhead expenses are $15. He sells the "
                 "radio for $300. His profit percent is:",
                 ("25",), id="hpl54-retailer-buys-radio-overhead"),
    pytest.param(
                 "By selling an article at 2/3 of its price, a man loses 10%. Find the gain "
                 "percent at the actual price.",
                 ("35",), id="hpl55-by-selling-article-price"),
    pytest.param(
                 "John sold a bike to Mike at a 20% profit. Mike sold it for $540 at a 10% loss."
                 " What did John pay for the bike?",
                 ("500",), id="hpl56-john-sold-bike-mike"),
    pytest.param(
                 "A merchant makes a loss of 25% on the selling price. If the cost price is "
                 "$500, find the selling price.",
                 ("400",), id="hpl57-merchant-makes-loss-on"),
    pytest.param(
                 "A shopkeeper sells a toy for $60 at a profit of 20%. He sells a second toy for"
                 " $60 at a loss of 20%. What is his total profit or loss?",
                 ("5",), id="hpl58-shopkeeper-sells-toy-profit"),
    pytest.param(
                 "A shopkeeper sold a kettle at a profit of 10%. If the selling price was $66, "
                 "what was the profit as a percent of the selling price?",
                 ("9.090909", "9.09",), id="hpl59-shopkeeper-sold-kettle-profit"),
    pytest.param(
                 "A toy is sold for $42 at a profit of 20%. What would the profit percent be if "
                 "the seller paid $5 more for it?",
                 ("5",), id="hpl60-toy-sold-profit-what"),
    pytest.param(
                 "A trader buys goods for $1,000 and sells half of them at a 20% profit and the "
                 "rest at a 10% loss. What is his total profit?",
                 ("50",), id="hpl61-trader-buys-goods-sells"),
    pytest.param(
                 "A cycle dealer sells a bicycle for $480 at a profit of 20%. What percent of "
                 "the cost price is the selling price?",
                 ("120",), id="hpl62-cycle-dealer-sells-bicycle"),
    pytest.param(
                 "A dealer bought a machine for $8,000. After using it, he sold it at a 15% "
                 "loss. He then bought another machine for $10,000. What was his loss on the "
                 "first machine?",
                 ("1200",), id="hpl63-dealer-bought-machine-after"),
    pytest.param(
                 "A man buys an article for $80 and sells it for $100. By what percent is the "
                 "cost price less than the selling price?",
                 ("20",), id="hpl64-man-buys-article-sells"),
    pytest.param(
                 "Alice buys a necklace for $150 and sells it at a profit of 40% to Bella. How "
                 "much does Bella pay?",
                 ("210",), id="hpl65-alice-buys-necklace-sells"),
    pytest.param(
                 "A salesman gets a fixed salary of $400 plus a commission of 5% on his sales. "
                 "How much must he sell to earn $1,000?",
                 ("12000",), id="hpl90-salesman-gets-fixed-salary"),
    pytest.param(
                 "A salesman earns a commission of 5% on his sales above $10,000 and a fixed "
                 "salary of $400. He earned $900. What were his sales?",
                 ("20000",), id="hpl91-salesman-earns-commission-on"),
    pytest.param(
                 "An agent gets a 4% commission on sales. He received $360 as commission. What "
                 "were the sales?",
                 ("9000",), id="hpl92-agent-gets-commission-on"),
    pytest.param(
                 "An agent gets a 4% commission on the first $5,000 of sales and 6% on the rest."
                 " He received $500 as commission. What were his sales?",
                 ("10000",), id="hpl93-agent-gets-commission-on"),
    pytest.param(
                 "The price of sugar rises by 25%. By what percent must a family reduce its "
                 "consumption so that its expenditure stays the same?",
                 ("20",), id="hpl94-price-sugar-rises-by"),
    pytest.param(
                 "The price of sugar rises by 25%. By what percent should a family reduce its "
                 "consumption so that its expenditure increases by only 10%?",
                 ("12",), id="hpl95-price-sugar-rises-by"),
    pytest.param(
                 "A worker's salary is cut by 20%. By what percent must the new salary be raised"
                 " to restore the original?",
                 ("25",), id="hpl96-worker-s-salary-cut"),
    pytest.param(
                 "A worker's salary is cut by 20% and then raised by 20%. What percent of the "
                 "original salary is it now?",
                 ("96",), id="hpl97-worker-s-salary-cut"),
    pytest.param(
                 "A's salary is 25% more than B's. By what percent is B's salary less than A's?",
                 ("20",), id="hpl98-s-salary-more-than"),
    pytest.param(
                 "A's salary is 25% more than B's. By what percent is A's salary more than B's?",
                 ("25",), id="hpl99-s-salary-more-than"),
    pytest.param(
                 "Two successive discounts of 20% and 10% are equivalent to a single discount of"
                 " what percent?",
                 ("28",), id="hpl100-two-successive-discounts-are"),
    pytest.param(
                 "An article marked at $500 is sold at $378 after two successive discounts. The "
                 "first discount is 10%. What is the second discount?",
                 ("16",), id="hpl101-article-marked-sold-after"),
    pytest.param(
                 "A TV marked at $500 is sold after a discount of 10% and a further discount of "
                 "$20. What is the selling price?",
                 ("430",), id="hpl102-tv-marked-sold-after"),
    pytest.param(
                 "A 20% reduction in the price of rice enables a woman to buy 5 kg more for "
                 "$400. Find the reduced price per kg.",
                 ("16",), id="hpl103-reduction-in-price-rice"),
    pytest.param(
                 "A 20% reduction in the price of rice enables a woman to buy 5 kg more for "
                 "$400. Find the original price per kg.",
                 ("20",), id="hpl104-reduction-in-price-rice"),
    pytest.param(
                 "A 20% reduction in the price of rice enables a woman to buy 5 kg more for "
                 "$400. How many kg could she buy at the original price?",
                 ("20",), id="hpl105-reduction-in-price-rice"),
    pytest.param(
                 "The population of a town increases by 10% every year. The present population "
                 "is 24,200. What was the population 2 years ago?",
                 ("20000",), id="hpl106-population-town-increases-by"),
    pytest.param(
                 "The value of a machine depreciates by 10% every year. Its present value is "
                 "$8,100. What will its value be 2 years from now?",
                 ("6561",), id="hpl107-value-machine-depreciates-by"),
    pytest.param(
                 "The population of a town increases by 10% every year. The present population "
                 "is 24,200. By how much did it grow during the last year?",
                 ("2200",), id="hpl108-population-town-increases-by"),
    pytest.param(
                 "4 friends share equally a restaurant bill of $120 with an 18% tip added. How "
                 "much does each pay?",
                 ("35.4",), id="hpl109-friends-share-equally-restaurant"),
    pytest.param(
                 "5 friends share a bill of $150 equally, and one of them also pays the 20% tip "
                 "alone. How much does that friend pay?",
                 ("60",), id="hpl110-friends-share-bill-equally"),
    pytest.param(
                 "A dinner bill is $80 before tax. Tax is 10%, and a 15% tip is calculated on "
                 "the pre-tax bill. 4 friends split the total equally. How much does each pay?",
                 ("25",), id="hpl111-dinner-bill-before-tax"),
    pytest.param(
                 "Sales were expected to grow 25% from last year but actually fell 10% from last"
                 " year. What percent of the expected sales were the actual sales?",
                 ("72",), id="hpl112-sales-were-expected-grow"),
    pytest.param(
                 "A shop's sales were expected to grow 25% from last year but actually fell 10% "
                 "from last year. By what percent were the actual sales below the expected "
                 "sales?",
                 ("28",), id="hpl113-shop-s-sales-were"),
    pytest.param(
                 "A shirt costs $40. It is 25% off. How much does Jake pay?",
                 ("30",), id="hpl114-shirt-costs-off-how"),
    pytest.param(
                 "A jacket costs $120. It is 20% off, with an additional 10% off at checkout. "
                 "How much does Nina pay?",
                 ("86.4",), id="hpl115-jacket-costs-off-with"),
    pytest.param(
                 "Leo buys 5 shirts for $20 each. There is a 10% sales tax. How much does he pay"
                 " in all?",
                 ("110",), id="hpl116-leo-buys-shirts-each"),
    pytest.param(
                 "Ann bought a house for $200,000 and spent $50,000 on renovations. This "
                 "increased the value of the house by 40%. How much profit did she make?",
                 ("30000",), id="hpl117-ann-bought-house-spent"),
    pytest.param(
                 "A shop buys 25 chairs for $1,000 and sells them all at a 30% profit. What is "
                 "the selling price of each chair?",
                 ("52",), id="hpl118-shop-buys-chairs-sells"),
    pytest.param(
                 "Mia sells a bag for $60 and makes a 20% profit. How much profit does she make?",
                 ("10",), id="hpl119-mia-sells-bag-makes"),
    pytest.param(
                 "A phone costs $800. The price goes up 10% and then drops 10%. What is the "
                 "price now?",
                 ("792",), id="hpl120-phone-costs-price-goes"),
    pytest.param(
                 "A meal costs $50. He adds a 20% tip. How much does he pay?",
                 ("60",), id="hpl121-meal-costs-he-adds"),
    pytest.param(
                 "Jane bought a car for $20,000. Its value dropped by 15%. How much is it worth "
                 "now?",
                 ("17000",), id="hpl122-jane-bought-car-value"),
    pytest.param(
                 "A $250 bike is 20% off. A tax of 8% is added to the sale price. How much does "
                 "Kim pay?",
                 ("216",), id="hpl123-bike-off-tax-added"),
    pytest.param(
                 "Pedro bought a used car for $8,000 and spent $1,000 on repairs. He sold the "
                 "car for 25% more than the total he spent. What was his profit?",
                 ("2250",), id="hpl124-pedro-bought-used-car"),
    pytest.param(
                 "Leo buys 5 shirts for $20 each and a hat for $15. He gets 10% off the shirts "
                 "only. How much does he pay?",
                 ("105",), id="hpl125-leo-buys-shirts-each"),
    pytest.param(
                 "Tom buys a TV for $500 and sells it to his friend at a 10% loss. How much does"
                 " his friend pay?",
                 ("450",), id="hpl126-tom-buys-tv-sells"),
    pytest.param(
                 "A shop buys 25 chairs for $1,000 and sells 20 of them at a 30% profit. How "
                 "much money does it get?",
                 ("1040",), id="hpl127-shop-buys-chairs-sells"),
    pytest.param(
                 "Mia sells a bag for $60 and makes a 20% profit on the selling price. How much "
                 "profit does she make?",
                 ("12",), id="hpl128-mia-sells-bag-makes"),
    pytest.param(
                 "Mia sells a bag for $60, which is 20% more than she paid for it. How much did "
                 "she pay?",
                 ("50",), id="hpl129-mia-sells-bag-which"),
    pytest.param(
                 "A phone costs $800. Its price dropped 10% last month and rose 10% this month. "
                 "What percent of the original price is it now?",
                 ("99",), id="hpl130-phone-costs-price-dropped"),
    pytest.param(
                 "A meal costs $50 and the tax is 8%. He leaves a 20% tip on the meal before "
                 "tax. How much does he pay in total?",
                 ("64",), id="hpl131-meal-costs-tax-he"),
    pytest.param(
                 "A meal costs $50 and his friend's meal costs $30. They add a 20% tip. How much"
                 " is the tip?",
                 ("16",), id="hpl132-meal-costs-friend-s"),
    pytest.param(
                 "Sam buys a guitar that is 30% off. He pays $140. What was the original price?",
                 ("200",), id="hpl133-sam-buys-guitar-that"),
    pytest.param(
                 "A TV is $600. It is 15% off this week. How much does Rob save?",
                 ("90",), id="hpl134-tv-off-this-week"),
    pytest.param(
                 "Dan buys 3 shirts at $25 each. He gets 20% off the second shirt. How much does"
                 " he pay?",
                 ("70",), id="hpl135-dan-buys-shirts-each"),
    pytest.param(
                 "Pedro bought a used car for $8,000 and spent $1,000 on repairs. He sold it for"
                 " 25% more than he paid for the car. What was his profit?",
                 ("1000",), id="hpl136-pedro-bought-used-car"),
    pytest.param(
                 "Pedro bought a used car for $8,000 and paid $600 for new tires. He sold it at "
                 "a 25% profit on the total he spent. For how much did he sell it?",
                 ("10750",), id="hpl137-pedro-bought-used-car"),
    pytest.param(
                 "A coat costs $90. It is 20% off. How much more would Ella pay without the "
                 "discount?",
                 ("18",), id="hpl138-coat-costs-off-how"),
    pytest.param(
                 "A coat costs $90 after a 10% discount. How much does Ella pay for 2 coats?",
                 ("180",), id="hpl139-coat-costs-after-discount"),
    pytest.param(
                 "A lamp costs $40 and a rug costs $60. The lamp is 25% off. How much does Ben "
                 "pay for both?",
                 ("90",), id="hpl140-lamp-costs-rug-costs"),
    pytest.param(
                 "Rita bought a painting for $300. It is now worth 150% more. How much is it "
                 "worth?",
                 ("750",), id="hpl141-rita-bought-painting-now"),
    pytest.param(
                 "Rita bought a painting for $300. Its value went up 50% and she sold it to her "
                 "cousin at a 10% discount off that value. How much did her cousin pay?",
                 ("405",), id="hpl142-rita-bought-painting-value"),
    pytest.param(
                 "A coat costs $80 and is 25% off. Ella pays with two $50 bills. How much change"
                 " does she get?",
                 ("40",), id="hpl143-coat-costs-off-ella"),
    pytest.param(
                 "A bike costs $300. It is 10% off, and Max pays 8% tax on the original price. "
                 "How much does he pay?",
                 ("294",), id="hpl144-bike-costs-off-max"),
    pytest.param(
                 "A store buys a lamp for $30 and sells it at a 50% markup. What is the profit "
                 "percent on the selling price?",
                 ("33.333333", "33.33",), id="hpl145-store-buys-lamp-sells"),
    pytest.param(
                 "A man bought a watch at 10% below its list price of $500 and sold it at 10% "
                 "above its list price. What was his profit?",
                 ("100",), id="hpl176-man-bought-watch-below"),
    pytest.param(
                 "A dealer buys goods at a 20% discount on the list price and sells them at the "
                 "list price. What is his gain percent?",
                 ("25",), id="hpl177-dealer-buys-goods-discount"),
    pytest.param(
                 "A retailer buys an article at 25% off the marked price of $400 and sells it at"
                 " the marked price. What is his profit?",
                 ("100",), id="hpl178-retailer-buys-article-off"),
    pytest.param(
                 "The cost price of an article is 80% of its selling price. What is the profit "
                 "percent?",
                 ("25",), id="hpl179-cost-price-article-selling"),
    pytest.param(
                 "The selling price of an article is 80% of its cost price. What is the loss "
                 "percent?",
                 ("20",), id="hpl180-selling-price-article-cost"),
    pytest.param(
                 "If the selling price of an article is doubled, the profit triples. Find the "
                 "profit percent.",
                 ("100",), id="hpl181-if-selling-price-article"),
    pytest.param(
                 "A man sold an article for $1,200 at a gain of 20%. What was the cost price of "
                 "the article?",
                 ("1000",), id="hpl182-man-sold-article-gain"),
    pytest.param(
                 "Ken bought a laptop for $900 and sold it for 30% less than he paid. How much "
                 "did he lose?",
                 ("270",), id="hpl183-ken-bought-laptop-sold"),
    pytest.param(
                 "A sofa costs $1,500 and there is an 8% sales tax. How much does Nora pay?",
                 ("1620",), id="hpl184-sofa-costs-there-sales"),
    pytest.param(
                 "Ken bought 4 tickets at $25 each and paid a 6% booking fee on the total. How "
                 "much did he pay?",
                 ("106",), id="hpl185-ken-bought-tickets-each"),
    pytest.param(
                 "A restaurant bill of $84 is shared equally by 3 friends, plus a 15% tip. How "
                 "much does each pay?",
                 ("32.2",), id="hpl189-restaurant-bill-shared-equally"),
    pytest.param(
                 "A bill of $84 is split equally among 3 friends after a 15% tip is added. How "
                 "much of the tip does each friend pay?",
                 ("4.2",), id="hpl190-bill-split-equally-among"),
    pytest.param(
                 "The price of petrol is increased by 20%. By what percent must a driver cut his"
                 " consumption so that his expenditure does not change?",
                 ("16.666667", "16.67",), id="hpl206-price-petrol-increased-by"),
    pytest.param(
                 "The price of petrol is increased by 20%. A driver cuts his consumption by 10%."
                 " By what percent does his expenditure increase?",
                 ("8",), id="hpl207-price-petrol-increased-by"),
    pytest.param(
                 "A dealer offers two successive discounts of 10% and 5% on an article marked at"
                 " $2,000. Find the selling price.",
                 ("1710",), id="hpl208-dealer-offers-two-successive"),
    pytest.param(
                 "A dealer gives a discount of 10% and then a cash discount of $50 on an article"
                 " marked at $2,000. Find the selling price.",
                 ("1750",), id="hpl209-dealer-gives-discount-then"),
    pytest.param(
                 "A dealer offers two successive discounts of 10% and 5% on an article marked at"
                 " $2,000. Find the total amount of discount.",
                 ("290",), id="hpl210-dealer-offers-two-successive"),
    pytest.param(
                 "A waiter received $18 as a 15% tip. What was the bill?",
                 ("120",), id="hpl211-waiter-received-as-tip"),
    pytest.param(
                 "A waiter received $18 in tips, which was 15% of the bill plus a $3 bonus. What"
                 " was the bill?",
                 ("100",), id="hpl212-waiter-received-in-tips"),
    pytest.param(
                 "A saleswoman gets an 8% commission on her sales. How much must she sell to "
                 "earn $2,000 in commission?",
                 ("25000",), id="hpl213-saleswoman-gets-commission-on"),
    pytest.param(
                 "A saleswoman earns a salary of $500 plus 8% of her sales. Last month she "
                 "earned $2,100. What were her sales?",
                 ("20000",), id="hpl214-saleswoman-earns-salary-plus"),
    pytest.param(
                 "A 25% rise in the price of tea means a buyer gets 2 kg less for $240. Find the"
                 " new price per kg.",
                 ("30",), id="hpl215-rise-in-price-tea"),
    pytest.param(
                 "A 25% rise in the price of tea means a buyer gets 2 kg less for $240. Find the"
                 " original price per kg.",
                 ("24",), id="hpl216-rise-in-price-tea"),
    pytest.param(
                 "A 25% rise in the price of tea means a buyer gets 2 kg less for $240. How much"
                 " tea could the buyer get before the rise?",
                 ("10",), id="hpl217-rise-in-price-tea"),
    pytest.param(
                 "A car's value falls by 20% every year. It is worth $12,800 now. What was it "
                 "worth 2 years ago?",
                 ("20000",), id="hpl218-car-s-value-falls"),
    pytest.param(
                 "A town's population grows by 5% every year and is 44,100 now. What was it 24 "
                 "months ago?",
                 ("40000",), id="hpl219-town-s-population-grows"),
    pytest.param(
                 "Zoe bought a dress at 30% off. The original price was $70. How much did she "
                 "pay?",
                 ("49",), id="hpl221-zoe-bought-dress-off"),
    pytest.param(
                 "Zoe bought a dress at 30% off and paid $49. How much did she save?",
                 ("21",), id="hpl222-zoe-bought-dress-off"),
    pytest.param(
                 "Carl bought 3 books at $12 each with a 10% discount on the whole order. How "
                 "much did he pay?",
                 ("32.4",), id="hpl223-carl-bought-books-each"),
    pytest.param(
                 "Carl sold his bike for $150, making a 25% profit. How much profit did he make?",
                 ("30",), id="hpl224-carl-sold-bike-making"),
    pytest.param(
                 "A trader sold a fan at a loss of 10%. Had he sold it for $45 more, he would "
                 "have gained 5%. A second fan cost him $200. Find the cost price of the first "
                 "fan.",
                 ("300",), id="hpl227-trader-sold-fan-loss"),
    pytest.param(
                 "A dealer sold two radios for $600 each, one at a 20% profit and the other at a"
                 " 20% loss. Find the cost price of the radio sold at a loss.",
                 ("750",), id="hpl228-dealer-sold-two-radios"),
    pytest.param(
                 "A dealer sold a radio for $600 at a 20% profit. What would the selling price "
                 "have been at a 20% loss?",
                 ("400",), id="hpl229-dealer-sold-radio-profit"),
    pytest.param(
                 "A shop sold a heater at a profit of 20% on the cost. The profit was $30. What "
                 "was the selling price?",
                 ("180",), id="hpl230-shop-sold-heater-profit"),
    pytest.param(
                 "A man bought a plot for $40,000 and sold 3/4 of it for $36,000. What is his "
                 "profit percent on the part he sold?",
                 ("20",), id="hpl231-man-bought-plot-sold"),
    pytest.param(
                 "A shopkeeper sells rice at $44 per kg and gains 10%. What is his cost price "
                 "per kg?",
                 ("40",), id="hpl232-shopkeeper-sells-rice-per"),
    pytest.param(
                 "A shopkeeper bought an article for $400 and marked it 25% above the cost. He "
                 "sold it at a discount of 10%. Find his profit percent.",
                 ("12.5",), id="hpl233-shopkeeper-bought-article-marked"),
    pytest.param(
                 "An article was bought for $400, marked 25% above cost and sold at a 10% "
                 "discount. What was the selling price?",
                 ("450",), id="hpl234-article-was-bought-marked"),
    pytest.param(
                 "A retailer sold a TV at 20% profit. If he had bought it at 10% less and sold "
                 "it for $18 less, he would have gained 25%. Find the cost price.",
                 ("240",), id="hpl235-retailer-sold-tv-profit"),
    pytest.param(
                 "A man sold an item for $240 and lost 20%. What should he sell it for to gain "
                 "20%?",
                 ("360",), id="hpl236-man-sold-item-lost"),
    pytest.param(
                 "A man sold an item for $240 and lost 20%. Another man sold a similar item for "
                 "$240 and gained 20%. What is their combined loss?",
                 ("20",), id="hpl237-man-sold-item-lost"),
    pytest.param(
                 "A TV was sold at a 20% profit. The profit was $60. Find the selling price.",
                 ("360",), id="hpl238-tv-was-sold-profit"),
    pytest.param(
                 "A seller marks goods 30% above cost but gives a 10% discount. If the profit is"
                 " $51, find the cost price.",
                 ("300",), id="hpl239-seller-marks-goods-above"),
    pytest.param(
                 "The cost of a toy is $50 and the seller wants a 20% profit after a 10% "
                 "discount. What should the marked price be?",
                 ("66.666667",), id="hpl240-cost-toy-seller-wants"),
    pytest.param(
                 "Jo buys a $40 sweater at 15% off and pays 5% tax on the discounted price. How "
                 "much does Jo pay?",
                 ("35.7",), id="hpl241-jo-buys-sweater-off"),
    pytest.param(
                 "A store raises the price of a $40 sweater by 25% and then puts it on sale at "
                 "20% off. What is the sale price?",
                 ("40",), id="hpl242-store-raises-price-sweater"),
    pytest.param(
                 "A salesman gets a fixed salary of $400 plus a commission of 5% on sales. How "
                 "much must he sell to earn $1,000 a week if his sales tax is 8%?",
                 ("12000",), id="hpl256-salesman-gets-fixed-salary"),
    pytest.param(
                 "An agent gets a commission of 4% on sales. He received $360 as commission and "
                 "$100 as bonus. What were the sales?",
                 ("9000",), id="hpl257-agent-gets-commission-on"),
    pytest.param(
                 "A salesman's commission is 5% of sales. His total sales were $8,000. What was "
                 "his commission?",
                 ("400",), id="hpl258-salesman-s-commission-sales"),
    pytest.param(
                 "The price of sugar falls by 20%. By what percent can a family increase its "
                 "consumption without increasing its expenditure?",
                 ("25",), id="hpl259-price-sugar-falls-by"),
    pytest.param(
                 "The price of sugar falls by 20%. By what percent does a family's expenditure "
                 "fall if it keeps consumption the same?",
                 ("20",), id="hpl260-price-sugar-falls-by"),
    pytest.param(
                 "A 10% rise in the price of apples makes 3 kg cost $33. What was the original "
                 "price per kg?",
                 ("10",), id="hpl261-rise-in-price-apples"),
    pytest.param(
                 "A bill of $100 is shared equally by 4 friends, with a 10% discount. How much "
                 "does each save?",
                 ("2.5",), id="hpl264-bill-shared-equally-by"),
    pytest.param(
                 "4 friends share equally a bill of $100 with a 10% tip. How much does the group"
                 " pay in tips?",
                 ("10",), id="hpl265-friends-share-equally-bill"),
    pytest.param(
                 "A salesperson is paid $300 a week plus a 6% commission on her sales. How much "
                 "must she sell in a week to earn $600?",
                 ("5000",), id="hpl266-salesperson-paid-week-plus"),
    pytest.param(
                 "A salesperson is paid $300 a week plus a 6% commission on her sales. She sold "
                 "$5,000 worth last week. How much did she earn?",
                 ("600",), id="hpl267-salesperson-paid-week-plus"),
    pytest.param(
                 "A number is increased by 25%. By what percent must the new number be decreased"
                 " to get back the original number?",
                 ("20",), id="hpl268-number-increased-by-by"),
    pytest.param(
                 "A number is increased by 25% and then decreased by 25%. By what percent is the"
                 " final number less than the original?",
                 ("6.25",), id="hpl269-number-increased-by-then"),
    pytest.param(
                 "Ann's height is 20% less than Bob's. By what percent is Bob's height more than"
                 " Ann's?",
                 ("25",), id="hpl270-ann-s-height-less"),
    pytest.param(
                 "Ann's salary is 20% less than Bob's, and Bob's is 25% more than Cy's. By what "
                 "percent is Ann's salary more than Cy's?",
                 ("0",), id="hpl271-ann-s-salary-less"),
    pytest.param(
                 "A shopkeeper gives two successive discounts of 20% and 10% on the marked "
                 "price. If the customer pays $360, what is the marked price?",
                 ("500",), id="hpl272-shopkeeper-gives-two-successive"),
    pytest.param(
                 "Two successive discounts of 20% and 10% are given on an item marked at $500, "
                 "and then a 5% tax is added. What is the final price?",
                 ("378",), id="hpl273-two-successive-discounts-are"),
    pytest.param(
                 "A town's population grows by 4% every year. It is 13,520 now. What was it 2 "
                 "years ago?",
                 ("12500",), id="hpl274-town-s-population-grows"),
    pytest.param(
                 "A 6% sales tax on a TV came to $27. What was the price of the TV?",
                 ("450",), id="hpl275-sales-tax-on-tv"),
    pytest.param(
                 "A 6% sales tax on a TV came to $27. What did the buyer pay in total?",
                 ("477",), id="hpl276-sales-tax-on-tv"),
    pytest.param(
                 "A discount of 15% saved Ann $12. What was the price she paid?",
                 ("68",), id="hpl277-discount-saved-ann-what"),
    pytest.param(
                 "A discount of 15% saved Ann $12. What was the price before the discount?",
                 ("80",), id="hpl278-discount-saved-ann-what"),
    pytest.param(
                 "The bill for 6 coworkers is $240, plus an 8% tax. They share it equally. How "
                 "much does each pay?",
                 ("43.2",), id="hpl279-bill-coworkers-plus-tax"),
    pytest.param(
                 "Amy buys a bike for $200. She sells it for 25% more than she paid. How much "
                 "profit does she make?",
                 ("50",), id="hpl280-amy-buys-bike-she"),
    pytest.param(
                 "Amy buys a bike for $200 and a helmet for $30. She sells the bike for 25% "
                 "more. How much profit does she make?",
                 ("50",), id="hpl281-amy-buys-bike-helmet"),
    pytest.param(
                 "Amy buys 2 bikes for $200 each and sells one of them for 25% more. How much "
                 "profit does she make?",
                 ("50",), id="hpl282-amy-buys-bikes-each"),
    pytest.param(
                 "A tip of 18% on a dinner came to $9. How much was the dinner and tip together?",
                 ("59",), id="hpl287-tip-on-dinner-came"),
    pytest.param(
                 "A 5% commission on a house sale came to $15,000. What was the house sold for?",
                 ("300000",), id="hpl288-commission-on-house-sale"),
    pytest.param(
                 "A 5% commission on a house sale came to $15,000. How much did the seller get "
                 "after paying the commission?",
                 ("285000",), id="hpl289-commission-on-house-sale"),
    pytest.param(
                 "A trader bought a radio for $80 and sold it for $100. What percent of the cost"
                 " is the profit?",
                 ("25",), id="hpl290-trader-bought-radio-sold"),
    pytest.param(
                 "A trader bought a radio for $80 and sold it for $100. What percent of the "
                 "selling price is the cost?",
                 ("80",), id="hpl291-trader-bought-radio-sold"),
    pytest.param(
                 "A coat is marked at $150. It is sold at a 20% discount, and the shop still "
                 "makes a profit of $20. What is the cost price?",
                 ("100",), id="hpl292-coat-marked-sold-discount"),
    pytest.param(
                 "A coat is marked at $150. It is sold at a 20% discount, and the shop still "
                 "makes a profit of $20. What is the profit percent?",
                 ("20",), id="hpl293-coat-marked-sold-discount"),
    pytest.param(
                 "A coat is marked at $150 and sold at a 20% discount. The shopkeeper had bought"
                 " it for $100. What would his profit be with no discount?",
                 ("50",), id="hpl294-coat-marked-sold-discount"),
    pytest.param(
                 "If a shirt is sold for $54, the profit is 8%. What is the profit if it is sold"
                 " for $60?",
                 ("10",), id="hpl295-if-shirt-sold-profit"),
    pytest.param(
                 "For $336, a chair was sold at a gain of 12%. What did the chair cost?",
                 ("300",), id="hpl298-chair-was-sold-gain"),
    pytest.param(
                 "What is the cost price of a desk that was sold for $495 at a loss of 10%?",
                 ("550",), id="hpl299-what-cost-price-desk"),
    pytest.param(
                 "A lamp was sold at a 25% loss. If the selling price was $60, what was the "
                 "cost?",
                 ("80",), id="hpl300-lamp-was-sold-loss"),
    pytest.param(
                 "The selling price of a kettle is $72 and the profit is 20%. Find the cost "
                 "price.",
                 ("60",), id="hpl301-selling-price-kettle-profit"),
    pytest.param(
                 "A trader's cost price is $250. He wants a profit of 30%. At what price must he"
                 " sell?",
                 ("325",), id="hpl302-trader-s-cost-price"),
    pytest.param(
                 "A shop marks its prices 20% above cost. What is the marked price of an item "
                 "that cost $45?",
                 ("54",), id="hpl303-shop-marks-prices-above"),
    pytest.param(
                 "A shop marks its prices 20% above cost. A customer buys an item marked $54 and"
                 " gets 10% off. How much profit does the shop make?",
                 ("3.6",), id="hpl304-shop-marks-prices-above"),
    pytest.param(
                 "A phone is marked at $500. A customer gets 10% off and then pays 5% tax on the"
                 " discounted price. How much does the customer pay?",
                 ("472.5",), id="hpl305-phone-marked-customer-gets"),
    pytest.param(
                 "A bag marked at $80 is sold at 25% off. The shop paid $50 for it. What is the "
                 "profit percent?",
                 ("20",), id="hpl306-bag-marked-sold-off"),
    pytest.param(
                 "A man buys a used car for $6,000, spends $500 on new tires and $500 on paint, "
                 "and sells it for $7,700. What is his profit percent?",
                 ("10",), id="hpl307-man-buys-used-car"),
    pytest.param(
                 "Eva earns $15 an hour. She gets a 20% raise. How much does she earn in a "
                 "40-hour week?",
                 ("720",), id="hpl308-eva-earns-hour-she"),
    pytest.param(
                 "A dress costs $60. It is on sale for 30% off, and Amy pays with a $50 bill. "
                 "How much change does she get?",
                 ("8",), id="hpl315-dress-costs-on-sale"),
    pytest.param(
                 "A dress costs $60 and a belt costs $20. Both are 30% off. How much does Amy "
                 "pay?",
                 ("56",), id="hpl316-dress-costs-belt-costs"),
    pytest.param(
                 "A dress costs $60. It is on sale for 30% off. Amy buys 2 dresses. How much "
                 "does she pay?",
                 ("84",), id="hpl317-dress-costs-on-sale"),
]

ANSWERED = frozenset("""
hpl1-trader-sells-article-loss
hpl2-by-selling-chair-shopkeeper
hpl3-radio-was-bought-sold
hpl4-man-buys-cycle-rs
hpl5-cost-price-table-sold
hpl6-article-marked-sold-discount
hpl7-shopkeeper-marks-goods-above
hpl9-if-watch-sold-seller
hpl11-item-costing-sold-loss
hpl12-sara-buys-old-car
hpl13-merchant-sells-rug-makes
hpl14-marked-price-lamp-sold
hpl15-after-giving-discount-on
hpl17-marked-price-clock-discount
hpl18-man-sold-horse-loss
hpl19-watch-was-sold-loss
hpl20-merchant-makes-profit-on
hpl21-shop-sold-tv-making
hpl22-farmer-buys-tractor-sells
hpl23-dealer-buys-car-sells
hpl24-trader-bought-lamp-sold
hpl25-vendor-sells-basket-which
hpl26-store-marks-sofa-above
hpl27-book-was-sold-loss
hpl29-man-purchased-sofa-sold
hpl39-item-marked-shop-first
hpl44-seller-makes-profit-on
hpl52-trader-marks-item-above
hpl57-merchant-makes-loss-on
hpl92-agent-gets-commission-on
hpl94-price-sugar-rises-by
hpl96-worker-s-salary-cut
hpl98-s-salary-more-than
hpl100-two-successive-discounts-are
hpl101-article-marked-sold-after
hpl103-reduction-in-price-rice
hpl104-reduction-in-price-rice
hpl105-reduction-in-price-rice
hpl106-population-town-increases-by
hpl109-friends-share-equally-restaurant
hpl114-shirt-costs-off-how
hpl115-jacket-costs-off-with
hpl116-leo-buys-shirts-each
hpl117-ann-bought-house-spent
hpl119-mia-sells-bag-makes
hpl120-phone-costs-price-goes
hpl121-meal-costs-he-adds
hpl122-jane-bought-car-value
hpl123-bike-off-tax-added
hpl134-tv-off-this-week
hpl141-rita-bought-painting-now
hpl142-rita-bought-painting-value
hpl178-retailer-buys-article-off
hpl179-cost-price-article-selling
hpl180-selling-price-article-cost
hpl182-man-sold-article-gain
hpl184-sofa-costs-there-sales
hpl185-ken-bought-tickets-each
hpl189-restaurant-bill-shared-equally
hpl208-dealer-offers-two-successive
hpl214-saleswoman-earns-salary-plus
hpl215-rise-in-price-tea
hpl216-rise-in-price-tea
hpl218-car-s-value-falls
hpl223-carl-bought-books-each
hpl224-carl-sold-bike-making
hpl229-dealer-sold-radio-profit
hpl230-shop-sold-heater-profit
hpl233-shopkeeper-bought-article-marked
hpl234-article-was-bought-marked
hpl236-man-sold-item-lost
hpl238-tv-was-sold-profit
hpl239-seller-marks-goods-above
hpl241-jo-buys-sweater-off
hpl268-number-increased-by-by
hpl270-ann-s-height-less
hpl272-shopkeeper-gives-two-successive
hpl274-town-s-population-grows
hpl280-amy-buys-bike-she
hpl290-trader-bought-radio-sold
hpl292-coat-marked-sold-discount
hpl293-coat-marked-sold-discount
hpl299-what-cost-price-desk
hpl301-selling-price-kettle-profit
hpl302-trader-s-cost-price
hpl303-shop-marks-prices-above
hpl304-shop-marks-prices-above
hpl316-dress-costs-belt-costs
hpl317-dress-costs-on-sale
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
