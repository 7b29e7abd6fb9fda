"""The benchmark's fixed inputs: our own problems with trusted formulas, hostile inputs, long texts.

Every problem here is written for the benchmark (never copied from a corpus). Each carries the
formula a calculator user would type for the same number: the baseline parses that trusted,
hard-coded string with SymPy, which is never done with user text. The hostile inputs are shared
with tests/fuzz (bounded cost on any input) so the bench table and the tests see the same set.
"""

from __future__ import annotations

from dataclasses import dataclass

LENA = ("Lena designs a neural network with 150,000 parameters. Each training epoch reduces "
        "error by 8%, but the gradient magnitude increases by 5% per epoch due to learning rate "
        "drift. If initial gradient is 30 units, what is the gradient magnitude after 10 "
        "epochs?")

WARMUP = "A colony of 200 bacteria grows by 10% per hour. How many are there after 3 hours?"


@dataclass(frozen=True)
class BenchProblem:
    """One benchmark problem: an id, the family it exercises, its text, a calculator formula."""

    id: str
    family: str
    text: str
    formula: str | None = None


PROBLEMS: tuple[BenchProblem, ...] = (
    BenchProblem("lena", "claims/distractors", LENA, "30*(1+5/100)**10"),
    BenchProblem("town-growth", "compound growth",
                 "A town of 12000 people grows by 3% per year. What is its population after "
                 "7 years?", "12000*(1+3/100)**7"),
    BenchProblem("phone-price", "compound growth",
                 "A phone costs 800 dollars and its price increases by 2% per month. What is "
                 "the price after 9 months?", "800*(1+2/100)**9"),
    BenchProblem("car-value", "compound decay",
                 "A car worth 24000 dollars loses 15% of its value each year. What is it worth "
                 "after 4 years?", "24000*(1-15/100)**4"),
    BenchProblem("tank-drain", "compound decay",
                 "A tank holds 900 liters and loses 12% of its water every hour. How much water "
                 "is there after 6 hours?", "900*(1-12/100)**6"),
    BenchProblem("plant-linear", "linear",
                 "A plant is 20 cm tall and grows by 3 cm per week. How tall is it after 8 "
                 "weeks?", "20+3*8"),
    BenchProblem("machine-straight-line", "linear",
                 "A machine costs 10000 dollars and depreciates by 10% of its original value "
                 "each year. What is it worth after 4 years?", "10000*(1-10/100*4)"),
    BenchProblem("bacteria-doubling", "multiples/doubling",
                 "A colony of 300 bacteria doubles every 4 hours. How many bacteria are there "
                 "after 24 hours?", "300*2**(24/4)"),
    BenchProblem("sample-half-life", "multiples/doubling",
                 "A sample of 800 grams halves every 5 days. How much remains after 20 days?",
                 "800*(1/2)**(20/5)"),
    BenchProblem("fund-threshold", "thresholds",
                 "A fund starts at 8000 dollars and grows 5% a year. After how many years will "
                 "it first exceed 12000 dollars?", "ceiling(log(12000/8000)/log(1+5/100))"),
    BenchProblem("fish-threshold", "thresholds",
                 "A lake holds 5000 fish and the population falls by 8% each month. After how "
                 "many months will there be fewer than 2500 fish?",
                 "ceiling(log(2500/5000)/log(1-8/100))"),
    BenchProblem("population-formula", "formulas",
                 "A population follows P(t) = 400(1.02)^t where t is in years. What is P after "
                 "15 years?", "400*(102/100)**15"),
    BenchProblem("mass-formula", "formulas",
                 "The mass of a sample is given by M(t) = 60e^(-0.05t), where t is in days. "
                 "What is the mass after 12 days?", "60*exp(-5/100*12)"),
    BenchProblem("savings-interest", "interest",
                 "A savings account of 5000 dollars earns 4% interest compounded annually. What "
                 "is the balance after 10 years?", "5000*(1+4/100)**10"),
    BenchProblem("loan-interest", "interest",
                 "A loan of 3000 dollars grows at 7% annual interest, compounded yearly. How "
                 "much is owed after 4 years?", "3000*(1+7/100)**4"),
    BenchProblem("account-interest", "interest",
                 "An account with 1200 dollars pays 5% interest per year. What is the balance "
                 "after 6 years?", "1200*(1+5/100)**6"),
    BenchProblem("revenue-claim", "claims/distractors",
                 "A startup has 40 employees and its revenue of 200,000 dollars rises by 9% per "
                 "quarter. What is the revenue after 6 quarters? An analyst claims it will be "
                 "about 320,000 dollars.", "200000*(1+9/100)**6"),
    BenchProblem("rabbits-claim", "claims/distractors",
                 "A population of 1000 rabbits grows by 20% per month. What is the population "
                 "after 6 months? Someone says it will be 2000.", "1000*(1+20/100)**6"),
)

# Realistic sentences (background, distractors, the question) repeated to build long problems.
LONG_TEXT_SENTENCES = (
    "A research team trains a language model on a cluster of 8 machines.",
    "Each machine has 64 gigabytes of memory and the team meets every Monday.",
    "The validation loss starts at 4 and decreases by 10% per epoch.",
    "The learning rate is reviewed by 3 engineers before each run.",
    "What is the validation loss after 12 epochs?",
)

LENGTH_CURVE_CHARS = (50, 100, 250, 500, 1000, 2000, 4000)


def text_of_length(chars: int) -> str:
    """Return a problem of about `chars` characters made of realistic sentences, cyclically.

    Whole sentences are added while they fit; the last one is cut at a word boundary so the
    text is close to `chars` long (a 50-character text is a sentence fragment, which is fine:
    the curve measures cost, not answers).
    """
    parts: list[str] = []
    length, index = 0, 0
    while length < chars:
        sentence = LONG_TEXT_SENTENCES[index % len(LONG_TEXT_SENTENCES)]
        room = chars - length - (1 if parts else 0)
        if len(sentence) > room:
            sentence = sentence[:room].rsplit(" ", 1)[0] or sentence[:room]
            parts.append(sentence)
            break
        parts.append(sentence)
        length += len(sentence) + (1 if len(parts) > 1 else 0)
        index += 1
    return " ".join(parts)


def _marbles(count: int) -> str:
    """Return a text with `count` distinct quantities followed by a question."""
    boxes = " ".join(f"Box {i} holds {i + 1} marbles." for i in range(count))
    return boxes + " The first box gains 10% per day. How many marbles are in it after 3 days?"


def hostile_inputs() -> tuple[tuple[str, str], ...]:
    """Return (name, text) pairs of hostile or huge inputs that must stay cheap and safe."""
    growth = "A colony of 200 bacteria grows by 10% per hour. How many are there after {} hours?"
    return (
        ("empty", ""),
        ("whitespace only", " \n\t "),
        ("10^18 epochs", growth.format("1000000000000000000")),
        ("10^18 epochs (power)", growth.format("10^18")),
        ("1e18 epochs", growth.format("1e18")),
        ("10^-30 rate", "A deposit of 100 dollars grows by 0.000000000000000000000000000001% "
                        "per year. What is it worth after 5 years?"),
        ("1e-30 rate", "A deposit of 100 dollars grows by 1e-30% per year. What is it worth "
                       "after 5 years?"),
        ("huge threshold", "A fund starts at 1 dollar and grows 0.0000001% a year. After how "
                           "many years will it exceed 1e300 dollars?"),
        ("500 quantities", _marbles(500)),
        ("4000-char problem", text_of_length(4000)),
        ("nested formula", "A population follows P(t) = " + "(" * 60 + "200" + ")" * 60
                           + "(1.03)^t where t is in years. What is P after 5 years?"),
        ("deep parentheses", "A tank holds " + "(" * 3000 + "5" + ")" * 3000 + " liters."),
        ("repeated 'by 5%'", "A fund of 100 dollars grows " + "by 5% " * 200
                             + "per year. What is it worth after 3 years?"),
        ("Cyrillic confusables", "А colony of 200 bаcteriа grows by 10% per hour. How mаny "
                                 "are there аfter 3 hours?"),
        ("fullwidth digits", "A colony of ２００ bacteria grows by １０% per hour. How many are "
                             "there after ３ hours?"),
        ("non-breaking spaces", WARMUP.replace(" ", "\u00a0")),
        ("zero-width characters", "A col\u200bony of 2\u200b00 bacteria grows by 10\u200d% per "
                                  "hour. How many are there after 3\ufeff hours?"),
        ("control characters", "A colony\x00 of 200\x07 bacteria\x1b[31m grows by 10%\x08 per "
                               "hour.\r\x0b\x0c How many are there after 3 hours?\x7f"),
        ("10,000-digit number", growth.replace("200", "9" * 10_000).format("3")),
        ("10,000-digit horizon", growth.format("7" * 10_000)),
        ("emoji", "A colony of 🦠 200 bacteria 📈 grows by 10% per hour 🕐. How many are there "
                  "after 3 hours? 🤔"),
        ("one 5000-letter word", "A colony of " + "z" * 5000 + " grows by 10% per hour."),
        ("200 short sentences", " ".join(["It grows."] * 200) + " What is it after 3 hours?"),
        ("only punctuation", "?!.,;:" * 100),
        ("50 KB text", (LENA + " ") * 200),
    )
