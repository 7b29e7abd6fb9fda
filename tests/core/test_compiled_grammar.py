"""The shipped compiled grammar (grammar/sentence.compiled.json) is fresh and equivalent.

When grammar/sentence.lark changes, regenerate it: `python -m bot.core.compiled_grammar`.
"""

from __future__ import annotations

import json
import pkgutil

import pytest

from bot.core import compiled_grammar as cg

TEXTS = [
    pytest.param("A herd of 40 goats grows by 6% each year. How many goats after 5 years?",
                 id="growth"),
    pytest.param("Its value falls by one third per decade; what is it worth after 30 years?",
                 id="decay-words"),
    pytest.param("P(t) = 120(1.04)^t, find P when t = 9.", id="formula-ish"),
]


def _shipped() -> dict:
    return json.loads(pkgutil.get_data("grammar", cg.ARTEFACT))


def test_artefact_is_fresh():
    """Fails when sentence.lark (or Lark) changed but the artefact was not regenerated."""
    assert _shipped()["digest"] == cg.source_digest(), (
        "grammar/sentence.compiled.json is stale: run `python -m bot.core.compiled_grammar`")


def test_artefact_holds_what_the_source_compiles_to():
    assert _shipped() == cg.to_data(cg.build_from_source())


def test_round_trip_gives_the_same_rules_and_terminals():
    built = cg.build_from_source()
    loaded = cg.from_data(cg.to_data(built))
    assert cg.to_data(loaded) == cg.to_data(built)
    for a, b in zip(built.terminals, loaded.terminals):
        assert type(a.pattern) is type(b.pattern)
        assert a.pattern.flags == b.pattern.flags
        assert (a.pattern.min_width, a.pattern.max_width) == (b.pattern.min_width,
                                                               b.pattern.max_width)
    assert [t.name for t in built.lexer.terminals] == [t.name for t in loaded.lexer.terminals]
    assert built.lexer.ignore_types == loaded.lexer.ignore_types
    assert built.lexer.newline_types == loaded.lexer.newline_types


@pytest.mark.parametrize("text", TEXTS)
def test_same_tokens(text):
    built, loaded = cg.build_from_source(), cg.lexer_lark()
    assert [(t.type, str(t), t.start_pos, t.end_pos) for t in built.lex(text)] == \
        [(t.type, str(t), t.start_pos, t.end_pos) for t in loaded.lex(text)]


def test_stale_artefact_falls_back_to_the_source(monkeypatch):
    monkeypatch.setattr(cg, "source_digest", lambda: "not the shipped digest")
    assert cg.to_data(cg.lexer_lark())["rules"] == cg.to_data(cg.build_from_source())["rules"]


def test_missing_artefact_falls_back_to_the_source(monkeypatch):
    monkeypatch.setattr(cg, "ARTEFACT", "no-such-file.json")
    assert cg.to_data(cg.lexer_lark()) == cg.to_data(cg.build_from_source())
