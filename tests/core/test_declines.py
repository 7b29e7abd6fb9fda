"""Adversarial inputs: the core answers or declines with a message, never raises.

Every outcome must also serialise through `to_json()`. No timing asserts here (unit tests run
on shared machines); size limits are checked by behaviour only.
"""

from __future__ import annotations

import json

import pytest

from bot.core import answer

HUGE = "1" + "0" * 100
LENA_NO_QUESTION = ("Mira trains a vision model with 90,000 weights. Every epoch cuts the loss "
                    "by 6%, while the update norm grows by 4% per epoch. The update norm starts "
                    "at 12 units.")

DECLINED = [
    pytest.param("", "empty", id="empty"),
    pytest.param("   \n\t  \r\n ", "empty", id="whitespace"),
    pytest.param("A colony of 500 bacteria grows by 8% per hour. " * 1100, "too long",
                 id="50kb-text"),
    pytest.param("\U0001f600\U0001f680\U0001f4c8\U0001f4c9", "", id="emoji-only"),
    pytest.param("It increases by 5% per epoch. What is it after 3 epochs?", "starting value",
                 id="no-start"),
    pytest.param("increases by 5% per epoch", "", id="bare-change-no-start-no-question"),
    pytest.param("Blorp the quux fizzles wildly over gribble.", "", id="nonsense"),
    pytest.param("\u090f\u0915 \u0915\u0949\u0932\u094b\u0928\u0940 \u092e\u0947\u0902 500 "
                 "\u092c\u0948\u0915\u094d\u091f\u0940\u0930\u093f\u092f\u093e \u0939\u0948\u0902 "
                 "\u091c\u094b \u0939\u0930 \u0918\u0902\u091f\u0947 8% \u092c\u0922\u093c\u0924\u0947 "
                 "\u0939\u0948\u0902\u0964 12 \u0918\u0902\u091f\u0947 \u092c\u093e\u0926 "
                 "\u0915\u093f\u0924\u0928\u0947?", "Hindi", id="hindi"),
    pytest.param("Eine Kolonie hat 500 Bakterien und die Zahl wird pro Stunde um 8% gr\u00f6\u00dfer. "
                 "Wie viele sind es nach 12 Stunden, wenn das so bleibt?", "German", id="german"),
    pytest.param(LENA_NO_QUESTION, "asked", id="story-without-question"),
    pytest.param("\x00\x01\x02\x03\x1b\x7f", "", id="control-characters-only"),
    pytest.param("What is it after 3 years?", "", id="question-without-law"),
    pytest.param("((((((((((((((((((((((((((((((((((((((((", "", id="brackets"),
    pytest.param("P(t) = 3 +* / ^ ^ ((( What is P after 2 years?", "", id="garbage-formula"),
    pytest.param("A tank of 100 liters loses 150% per hour. What is left after 2 hours?", "",
                 id="loss-over-100-percent"),
]


def _check_serialises(outcome) -> dict:
    """Return the JSON of an outcome after making sure it dumps."""
    data = outcome.to_json()
    json.dumps(data)
    return data


@pytest.mark.parametrize(("text", "mentions"), DECLINED)
def test_declined(text, mentions):
    outcome = answer(text)
    assert outcome.ok is False
    assert outcome.error is not None and outcome.error.message.strip()
    assert mentions.lower() in outcome.error.message.lower()
    data = _check_serialises(outcome)
    assert data["ok"] is False and data["error"]["message"]


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["list"]], ids=["none", "int", "bytes",
                                                                     "list"])
def test_non_text_is_declined(value):
    outcome = answer(value)
    assert outcome.ok is False
    assert outcome.error.message
    _check_serialises(outcome)


ANSWER_OR_DECLINE = [
    pytest.param("The gradient is 30 units and increases by 5% per epoch. What is the gradient "
                 "after 10000000000000000000000000000000000000000000000000000000000000000000000"
                 "000000000000000000000000000000000 epochs?", id="1e100-epochs"),
    pytest.param(f"A colony of 500 bacteria grows by 8% per hour. How many bacteria are there "
                 f"after {HUGE} hours?", id="1e100-hours"),
    pytest.param("The gradient is 30 units and increases by 5% per epoch. What is the gradient "
                 "after 10^18 epochs?", id="caret-power-horizon"),
    pytest.param("A colony of 500\x00 bacteria\x07 grows by 8%\x1b per hour. How many bacteria "
                 "are there after 12 hours?", id="embedded-control-characters"),
    pytest.param("A colony of 500 bacteria grows by 8% per hour. " * 300 + "How many bacteria "
                 "are there after 12 hours?", id="long-repetition-under-limit"),
    pytest.param("A colony of 500 bacteria grows by 8% per hour, " * 30 + "so how many are "
                 "there after 12 hours?", id="one-very-long-sentence"),
    pytest.param("A tank of 100 liters loses 150% per hour. What is left after 2 hours?",
                 id="loss-over-100-percent"),
    pytest.param("A colony of 0 bacteria grows by 8% per hour. After how many hours will it "
                 "exceed 100?", id="zero-start-threshold"),
    pytest.param("A colony of 500 bacteria grows by 0% per hour. When will it reach 1000?",
                 id="zero-rate-threshold"),
    pytest.param("A colony of 500 bacteria grows by 8% per hour. After how many hours will it "
                 "fall below 100?", id="unreachable-target"),
]


@pytest.mark.parametrize("text", ANSWER_OR_DECLINE)
def test_answers_or_declines(text):
    outcome = answer(text)
    data = _check_serialises(outcome)
    if outcome.ok:
        assert outcome.answers and all(a.value for a in outcome.answers)
    else:
        assert outcome.error.message.strip()
        assert data["error"]["message"]


def test_huge_horizon_value_is_scientific_text():
    outcome = answer(ANSWER_OR_DECLINE[0].values[0])
    if not outcome.ok:
        pytest.skip("declined, which the contract allows")
    assert "e+" in outcome.answers[0].value
    assert "(21/20)" in outcome.answers[0].exact


def test_control_characters_do_not_change_the_answer():
    outcome = answer(ANSWER_OR_DECLINE[3].values[0])
    assert outcome.ok
    assert float(outcome.answers[0].value) == pytest.approx(500 * 1.08 ** 12, rel=1e-6)


def test_decline_names_the_language():
    assert "Hindi" in answer(DECLINED[7].values[0]).error.message
    assert "German" in answer(DECLINED[8].values[0]).error.message


def test_zero_start_threshold_declines_specifically():
    outcome = answer("A colony of 0 bacteria grows by 8% per hour. After how many hours will "
                     "it exceed 100?")
    assert outcome.ok is False
    assert "went wrong" not in outcome.error.message


@pytest.mark.xfail(reason="only the first 80 sentences are read (parse.MAX_SENTENCES), so a "
                   "question after 300 sentences is dropped and the decline wrongly says the "
                   "question was not understood instead of naming the sentence limit")
def test_sentence_limit_is_named_in_the_decline():
    outcome = answer(ANSWER_OR_DECLINE[4].values[0])
    assert outcome.ok or "sentence" in outcome.error.message.lower()


@pytest.mark.parametrize("text", [
    pytest.param("0%0GROW 0", id="glued-percent-and-verb"),
    pytest.param("7%3 rises 2 per 9", id="glued-numbers-rate"),
])
def test_fuzzed_fragments_get_a_specific_decline_not_an_internal_error(text):
    """Inputs found by the fuzz suite once crashed a family solver (caught as 'went wrong')."""
    outcome = answer(text)
    assert outcome.ok or "went wrong" not in outcome.error.message
