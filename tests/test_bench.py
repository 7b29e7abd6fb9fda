"""The bench: its statistics, verdicts and formatting, and one small end-to-end run.

No assertion here is about speed; timings belong to the bench report, not to unit tests.
"""

from __future__ import annotations

import json
import os

import pytest

from bot import bench
from bot.bench_problems import (LENGTH_CURVE_CHARS, PROBLEMS, BenchProblem, hostile_inputs,
                                text_of_length)


@pytest.mark.parametrize("values, q, expected", [
    pytest.param([5.0], 0.5, 5.0, id="single"),
    pytest.param([1.0, 2.0, 3.0], 0.5, 2.0, id="odd-median"),
    pytest.param([4.0, 1.0, 3.0, 2.0], 0.5, 2.5, id="even-median-unsorted"),
    pytest.param([float(v) for v in range(1, 11)], 0.9, 9.1, id="p90-interpolated"),
    pytest.param([1.0, 100.0], 0.99, 99.01, id="p99-of-two"),
    pytest.param([3.0, 7.0], 1.0, 7.0, id="max"),
    pytest.param([3.0, 7.0], 0.0, 3.0, id="min"),
])
def test_quantile(values, q, expected):
    assert bench.quantile(values, q) == pytest.approx(expected)


def test_quantile_of_nothing_is_an_error():
    with pytest.raises(ValueError):
        bench.quantile([], 0.5)


def test_summary_has_the_tracked_keys():
    figures = bench.summary([10.0, 20.0, 30.0, 40.0])
    assert figures == {"median": 25.0, "p90": 37.0, "p99": 39.7, "max": 40.0, "count": 4}
    assert bench.summary([])["median"] is None


@pytest.mark.parametrize("numerator, denominator, expected", [
    pytest.param(30.0, 0.2, 150.0, id="plain"),
    pytest.param(1.0, 3.0, 0.33, id="rounded"),
    pytest.param(None, 3.0, None, id="missing-numerator"),
    pytest.param(3.0, 0.0, None, id="zero-denominator"),
])
def test_ratio(numerator, denominator, expected):
    assert bench.ratio(numerator, denominator) == expected


def test_verdicts_compare_against_targets():
    report = {"baseline_ratio": 2.0, "cold_ratio": 1.7, "peak_rss_mb": None,
              "hostile_max_ms": 1000.0}
    assert bench.verdicts(report) == {"baseline_ratio": True, "cold_ratio": False,
                                      "peak_rss_mb": None, "hostile_max_ms": True}


def test_every_own_problem_has_a_formula_and_every_family_is_covered():
    families = {p.family for p in PROBLEMS}
    assert {"compound growth", "compound decay", "linear", "multiples/doubling", "thresholds",
            "formulas", "interest", "claims/distractors"} <= families
    assert all(p.formula for p in PROBLEMS)
    assert len({p.id for p in PROBLEMS}) == len(PROBLEMS)


def test_own_problems_answer_what_their_formula_says():
    """The calculator baseline computes the same number Stepwise answers (else it is unfair)."""
    from bot.core import answer

    for problem in PROBLEMS:
        outcome = answer(problem.text)
        assert outcome.ok, (problem.id, outcome.error)
        expected = float(bench.baseline_value(problem.formula))
        assert float(outcome.answers[0].value) == pytest.approx(expected, rel=1e-8), problem.id


@pytest.mark.parametrize("chars", LENGTH_CURVE_CHARS)
def test_length_curve_texts_are_close_to_their_target(chars):
    text = text_of_length(chars)
    assert chars * 0.8 <= len(text) <= chars
    assert "  " not in text


def test_hostile_inputs_are_named_uniquely():
    names = [name for name, _ in hostile_inputs()]
    assert len(names) == len(set(names)) >= 20


def test_load_corpus_keeps_rows_with_a_problem(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "problem": "x"}\n\n{"id": "b"}\n{"problem": "y"}\n',
                    encoding="utf-8")
    assert bench.load_corpus(path) == [("a", "x"), ("4", "y")]


@pytest.fixture(scope="module")
def small_report():
    """Run the whole bench machinery on three problems (a few seconds: child processes)."""
    problems = [p for p in PROBLEMS if p.id in ("town-growth", "plant-linear", "lena")]
    corpus = [("c1", "A herd of 400 goats grows by 5% a year. How many after 2 years?")]
    config = bench.BenchConfig(problems=problems, corpus=corpus, cold_repeats=1,
                               hostile=[("empty", ""), ("emoji", "🦠 grows by 10% 📈")],
                               lengths=(50, 100))
    return bench.run_bench(config)


def test_small_bench_run_reports_every_tracked_figure(small_report):
    report = json.loads(json.dumps(small_report))  # plain JSON data
    for key in ("median", "p90", "p99", "max"):
        assert report["latency_ms"][key] > 0
    assert report["latency_ms"]["count"] == 4
    for key in ("baseline_ratio", "cold_ratio", "peak_rss_mb", "throughput_per_s"):
        assert report[key] > 0, key
    assert set(report["pass"]) == set(bench.TARGETS)
    assert report["corpus_run"]["outputs"] == report["corpus_run"]["problems"] == 1
    assert [r["name"] for r in report["hostile"]] == ["empty", "emoji"]
    assert [r["chars"] for r in report["length_curve"]] == [len(text_of_length(50)),
                                                             len(text_of_length(100))]


def test_small_bench_run_formats_every_section(small_report):
    text = bench.format_report(small_report)
    for heading in ("warm latency", "baseline ratio", "cold start", "peak RSS", "throughput",
                    "length curve", "hostile inputs", "town-growth"):
        assert heading in text


def test_baselines_stay_with_their_problems_when_some_have_no_formula():
    problems = [BenchProblem("no-formula", "linear", PROBLEMS[5].text),
                next(p for p in PROBLEMS if p.id == "town-growth")]
    config = bench.BenchConfig(problems=problems, cold_repeats=0, corpus_child=False,
                               hostile=(), lengths=())
    rows = {row["id"]: row for row in bench.run_bench(config)["per_problem"]}
    assert rows["no-formula"]["baseline_ms"] is None
    assert rows["town-growth"]["baseline_ms"] is not None


def test_formatting_copes_with_skipped_figures():
    config = bench.BenchConfig(problems=[BenchProblem("p", "linear", "A plant is 20 cm tall "
                                                      "and grows by 3 cm per week. How tall "
                                                      "is it after 8 weeks?")],
                               cold_repeats=0, corpus_child=False, hostile=(), lengths=())
    report = bench.run_bench(config)
    assert report["baseline_ratio"] is None and report["cold_ratio"] is None
    text = bench.format_report(report)
    assert "not measured" in text and "no formulas" in text


def test_main_rejects_a_missing_corpus(capsys, tmp_path):
    assert bench.main(["--corpus", str(tmp_path / "none.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_help_explains_which_problems_the_ratio_uses(capsys):
    assert bench.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "only the problems that have a formula" in out


def test_cold_start_children_may_write_bytecode(monkeypatch):
    """An installed package has its bytecode, as SymPy does; the timed children must not
    recompile Stepwise from source because the caller set PYTHONDONTWRITEBYTECODE."""
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bench.cold_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(bench.PACKAGE_ROOT)


def test_latency_is_timed_after_the_workers_warm_up():
    """The bench's process is warmed like a solver worker before anything is timed, and no
    timed problem is solved during the warm-up."""
    calls = []
    problems = [BenchProblem("p1", "linear", "first problem", "1+1")]
    bench.latency_figures(problems, [], 1, lambda text: calls.append(text),
                          warm=lambda: calls.append("<warm>"))
    assert calls[0] == "<warm>"
    assert calls.count("first problem") == 1
