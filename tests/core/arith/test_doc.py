"""Doc.sole_percent: the one percent of a problem, with its sentence and place."""

import pytest

from bot.core.arith import doc as docs
from bot.core.normalize import refuse_unreadable
from bot.core.parse import parse


def _doc(text: str):
    return docs.read(parse(text, refuse_unreadable(text)))


@pytest.mark.parametrize(("text", "question_too", "percent"), [
    pytest.param("A shop raised its prices by 12%. What does a $50 lamp cost now?", True,
                 "12%", id="one-given"),
    pytest.param("A shop raised its prices by 12% and then by 5%. What does a $50 lamp cost "
                 "now?", True, None, id="two-given"),
    pytest.param("A lamp costs $50. What is 12% of it?", True, None, id="in-the-question"),
    pytest.param("A lamp costs $50. What is 12% of it?", False, None,
                 id="none-given-question-ignored"),
    pytest.param("A lamp that cost $50 rose 10% in price. How much is 12% of the new price?",
                 False, "10%",
                 id="given-only-ignores-the-question"),
    pytest.param("A lamp costs $50. How much are 3 lamps?", True, None, id="no-percent"),
])
def test_sole_percent(text, question_too, percent):
    found = _doc(text).sole_percent(question_too)
    if percent is None:
        assert found is None
    else:
        tokens, k = found
        assert tokens[k].kind == "percent" and tokens[k].text == percent
