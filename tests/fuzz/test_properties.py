"""Property-based fuzzing of `answer`: random text, text generated from the grammar itself,
mutated problems, and harmless rewrites of solved problems.

For every input: no exception escapes, no internal error is swallowed into a decline, the
Outcome is JSON-serialisable, and answering twice gives the same JSON. A solved problem keeps
its answer under rewrites that change nothing (case, spaces, "%" spelled out, digit grouping).
Settings are bounded and derandomized so the suite is deterministic and quick.
"""

from __future__ import annotations

import json
import logging

import pytest
from fuzz_strategies import grammar_text, harmless_rewrite, mutated_problem, random_text
from hypothesis import HealthCheck, given, settings

from bot.core import answer

FUZZ = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class _Failures(logging.Handler):
    """Collect the failures the pipeline catches and logs (an escaped exception, really)."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def solve_twice(text: str) -> dict:
    """Answer `text` twice; check it never raises, is JSON, and is deterministic; return JSON."""
    logger = logging.getLogger("bot.core")
    failures = _Failures()
    logger.addHandler(failures)
    try:
        first = json.dumps(answer(text).to_json(), sort_keys=True)
        second = json.dumps(answer(text).to_json(), sort_keys=True)
    finally:
        logger.removeHandler(failures)
    assert first == second, f"not deterministic for {text!r}"
    internal = [r.exc_info[1] for r in failures.records if r.exc_info]
    assert not internal, f"internal error for {text!r}: {internal[0]!r}"
    return json.loads(first)


@FUZZ
@given(random_text())
def test_random_text_is_handled(text):
    solve_twice(text)


@FUZZ
@given(grammar_text())
def test_grammar_generated_text_is_handled(text):
    solve_twice(text)


@FUZZ
@given(mutated_problem())
def test_mutated_problems_are_handled(text):
    solve_twice(text)


def _values(result: dict) -> list[str]:
    """Return the answers' decimal values of a solved result."""
    return [a["value"] for a in result["answers"]]


@FUZZ
@given(harmless_rewrite())
def test_solved_answers_survive_harmless_rewrites(case):
    seed, rewritten, kind = case
    original = solve_twice(seed)
    assert original["ok"], seed
    result = solve_twice(rewritten)
    assert result["ok"], f"{kind}: {rewritten!r} declined: {result.get('error')}"
    assert _values(result) == _values(original), f"{kind}: {rewritten!r}"
