"""One negation check serves the pipeline and the families (bot.core.negation.negated)."""

from __future__ import annotations

import pytest

from bot.core.negation import negated


@pytest.mark.parametrize("words, expected", [
    pytest.param(["it", "does", "not", "grow"], True, id="not"),
    pytest.param(["none", "of", "them", "left"], True, id="none"),
    pytest.param(["she", "didn't", "spend"], True, id="contraction-listed"),
    pytest.param(["they", "mustn't", "sell"], True, id="contraction-any"),
    pytest.param(["it", "grows", "every", "year"], False, id="plain"),
    pytest.param(["the", "notebook", "costs"], False, id="word-containing-not"),
])
def test_negated(words, expected):
    assert negated(words) is expected
