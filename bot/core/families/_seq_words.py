"""Word lists of the sequence family (one amount changed step by step).

Kept apart from the reading code so each list can be reviewed on its own. Every list is a
closed set: a word outside them never becomes an operation, and a clause whose number has
no operation word makes the family decline.
"""

from __future__ import annotations

from fractions import Fraction


def _words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of `text` as a frozenset."""
    return frozenset(text.split())


# Verbs stating the start amount ("Julie had $500", "A tank holds 200 litres").
START = _words("""has had have holds held contains contained is was are were costs cost
priced worth starts started begins began saved owns owned collected""")

# An actor's verb that takes the amount away from the tracked owner.
TAKE = _words("""spends spent spend gives gave give donates donated donate loses lost lose
eats ate eat uses used use pays paid pay lends lent lend withdraws withdrew withdraw
drinks drank drink throws threw throw removes removed remove drains drained drain""")
# An actor's verb that adds to the tracked owner.
GIVE = _words("""earns earned earn receives received receive finds found find adds added
add deposits deposited deposit wins won win collects collected collect gains gained gain
gets got get picks picked pick""")
# Trade verbs: their direction depends on whether money or items are tracked.
BUY = _words("buys bought buy purchases purchased purchase")
SELL = _words("sells sold sell")

# Verbs whose subject is the quantity itself ("10% of the water leaks out", "30 litres are
# added"): taken away, or added.
GONE = _words("""leaks leaked leak evaporates evaporated evaporate drained removed taken
eaten sold lost spent rot rots rotted die dies died escape escapes escaped melt melts melted
broke broken break breaks spilled spills spill thrown discarded wasted stolen damaged""")
COME = _words("added poured arrive arrives arrived join joins joined deposited")

# Percent change of the amount itself ("the price rises 10%").
RISE = _words("""increases increased increase rises rose rise grows grew grow raised raise
raises appreciates appreciated appreciate""")
FALL = _words("""decreases decreased decrease falls fell fall drops dropped drop declines
declined decline reduced reduce reduces cut cuts depreciates depreciated depreciate shrinks
shrank shrink discounted""")
UP_DOWN = {"up": 1, "down": -1}  # after goes/went/go/is marked
GO = _words("goes went go marked")
# Percent nouns of a price change ("a 20% discount", "25% off", "a 10% tax is added").
LESS_NOUN = _words("discount off")
MORE_NOUN = _words("tax tip markup surcharge fee")

# Whole-amount multipliers.
MULTIPLY = {"doubles": 2, "doubled": 2, "double": 2, "triples": 3, "tripled": 3, "triple": 3,
            "quadruples": 4, "quadrupled": 4, "quadruple": 4, "halves": Fraction(1, 2),
            "halved": Fraction(1, 2)}

# Fraction words before "of" ("half of it", "a quarter of the rest", "3 quarters of it").
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                  "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
                  "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}

# Words that refer to the current amount after "of".
CURRENT = _words("""it them this that what rest remaining remainder remains left leftover
money savings cash funds budget""")
POSSESSIVE = _words("her his their its my our your the")

# Words allowed before an actor's verb besides the owner's name.
LEAD = _words("""then and after that later next finally also so now if she he they it i we
you afterwards later on""")
# Both of these in one story: two people act ("He spends $50 and she spends $30").
TWO_PEOPLE = _words("he she")

# Words that mean the text is about something this family does not track.
BLOCK = _words("""than twice every per daily weekly monthly yearly annually interest
compound compounded average ratio each_other both together instead hour hours minute
minutes day days week weeks month months year years""")
EACH = _words("each apiece")

# Question words.
FINAL = _words("left remain remaining remains now final end still new after over")
PRICE_FINAL = _words("pay pays paid cost costs price")
ASK_BLOCK = _words("""spend spent spends total altogether together combined more less fewer
than percent percentage each per original originally initially start started begin began
first before difference lose lost give gave need needs needed earn earned earns profit
change loss much_more every saved save saves saving discount reduction increase decrease
gain gained""")
MONEY_NOUNS = _words("money dollars dollar cash savings")
PRICE_NOUNS = _words("price cost costs priced value worth")

# A measured amount ("200 litres") may be referred to by what it holds ("of the water").
MEASURES = _words("""litres liters litre liter gallons gallon ml millilitres milliliters kg
kilograms grams pounds lbs ounces tons tonnes cups""")
CONTENTS = _words("""water fuel gas gasoline petrol oil milk juice sand flour sugar rice paint
food soup wine""")

# The only owner's verbs that may add a share of the amount to itself ("adds 10% of it").
ADD_SHARE = _words("adds added add")
# Words that may follow a bare share ("spends 20% on food", "loses 10%").
AFTER_SHARE = _words("on for to in at into from away out up")

# Moving verbs with a particle, said of the quantity ("10 passengers get off", "5 birds fly
# away", "4 people get on"): leaving or arriving.
MOVE = _words("""get gets got fly flies flew run runs ran walk walks walked hop hops hopped
jump jumps jumped climb climbs climbed move moves moved swim swims swam""")
OFF = _words("off away out")
ON = _words("on in aboard")
GONE = GONE | frozenset(f"{m} {p}" for m in MOVE for p in OFF)
COME = COME | frozenset(f"{m} {p}" for m in MOVE for p in ON) | _words("come comes came")
# Said of the owner in the passive ("she was paid $20", "he is given 5 apples"): received.
RECEIVED = _words("paid given lent handed sent awarded offered")

# Times of day and week that may stand in a change clause ("fell 10% on Tuesday").
WHEN = _words("""monday tuesday wednesday thursday friday saturday sunday morning afternoon
evening night today yesterday tomorrow first second third next last""")
