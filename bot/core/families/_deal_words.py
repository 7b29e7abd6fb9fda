"""Word lists of the deal family (one purchase or sale, its price changed by percents).

Closed sets, reviewed on their own: a word outside them never becomes a price, a cost or
a direction, and a number none of them places makes the family step aside.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of `text` as a frozenset."""
    return frozenset(text.split())


# Words that mean the story holds something a single price cannot carry: rates and periods,
# other multiples or shares, a hypothetical, a split between people.
BLOCK = _words("""per every daily weekly monthly yearly annually hour hours day days week weeks
month months year years interest compound compounded twice half third thirds quarter
quarters double doubled triple tripled times both together instead would could share shares
shared split average ratio left remaining rest remains remained budget save saved change
coupon refund refunded return returned returns loan borrowed borrow lent owe owes owed""")
# Number words: a count written in letters would be a number the family does not place.
NUMBER_WORDS = _words("""one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
seventy eighty ninety hundred thousand million dozen dozens couple""")
# People besides the actor: who pays, or who receives, would no longer be clear.
PEOPLE = _words("""friend friends sister sisters brother brothers mother father mom dad
parents wife husband son sons daughter daughters boss customer customers cousin cousins
neighbor neighbour neighbors neighbours partner partners uncle aunt grandmother grandfather
classmate classmates teacher kids children child family""")
# Sentence-opening capitalised words that are not names.
NOT_NAMES = _words("""the a an he she they it his her their its if when however then after
this that there these those calculate how what find in on at for so but and while since
because mr mrs ms dr last next one i we you our my""")

# A purchase: the money after these (in the same sentence) is what was paid.
BUY = _words("buys bought buy purchases purchased purchase")
SELL = _words("sells sold sell selling resold resell resells")
# The money names the price of the item.
PRICE = _words("""costs cost costing priced price prices worth valued value was is were are
for at had""")
# An extra cost on top of the purchase ("puts $5,000 into repairs").
COST_NOUNS = _words("""repairs repair renovations renovation improvements improvement
upgrades remodeling""")
COST_VERBS = _words("puts put spends spent pays paid invests invested")

# Directions of a percent: the word right after it.
AFTER_DOWN = _words("off discount discounted less lower cheaper reduction decrease loss")
AFTER_UP = _words("""more higher greater tax tip markup surcharge increase raise gratuity
profit gain expensive dearer""")
# Verbs before "by P%" (or right before the percent).
VERB_UP = _words("""increased increases increase raised raises raise rose rises rise grew
grows grow went goes appreciated appreciates marked""")
VERB_DOWN = _words("""decreased decreases decrease reduced reduces reduce dropped drops drop
fell falls fall cut cuts lowered lowers depreciated depreciates discounted discounts saves
save""")
# Nouns before "of P%".
NOUN_UP = _words("profit markup tax tip surcharge increase raise gain")
NOUN_DOWN = _words("discount loss reduction decrease")
# Words of a percent clause that name a sale (the money changes hands the other way).
SALE = _words("sold sells sell selling profit value worth resold resell loss gain")
# Words allowed after "than" in "10% higher than (they had planned)".
THAN_OK = _words("""they he she it i we had has have was is were planned expected budgeted
thought the original usual normal regular price prices for before originally listed paid
bought""")
# Same direction twice with one of these: stacked percents (design guide §5).
AGAIN = _words("additional another further extra more")

# Question words.
PAY_ASK = _words("pay paid pays spend spent cost costs price prices total amount money buy")
SALE_ASK = _words("sold sell sells sale value worth")
CHANGE_ASK = _words("left over change back")
ASK_OK = _words("""how much many what was is were will be did does do the a an of to at in
for total amount money all altogether new final he she they it his her their him them
calculate find make made have has get gets receive receives if with by then after that
each bill note dollars now""")

# The price sentence must state the price before any change: these words say it may be the
# price after one ("costs $51 after a 15% discount", "now costs", "the sale price").
PRICE_AFTER = _words("""after now sale discounted new final reduced including included
includes with already currently""")
# Words a percent sentence may hold besides the price sentence's own words and the lists
# above: function words and the scene of a shop. Any other word may name another thing
# ("the bulbs are 15% off"), and the family steps aside.
FUNCTION = _words("""a an the of to in on at for by and then so that this it its he she they
his her their them him was were is are be been being will when however all there has had
have also now i we you my our your just only from as but""")
SCENE = _words("""store shop mall market register checkout sale advertised
marked listed labeled tagged offered gives given get gets got saw sees noticed notices
realized realizes found finds learned learns decided decides wanted wants went goes order
ordered favorite put everything item items deal turns turned turn out each paid pays pay
spent spends spend charged charges""")
# After the price, "and" followed by one of these names a second thing ("and a hat").
ANOTHER = _words("a an some another the his her their its")
# Words that single out one of several items bought ("the second one", "the last shirt").
SINGLE = _words("""first second third fourth fifth last one other another next cheapest
dearest most least""")
