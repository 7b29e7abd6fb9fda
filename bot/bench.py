"""`stepwise bench`: how fast and how robust the solver is, measured in one run (< 60 s).

Figures, each with its target where the issue sets one:
- warm latency of `bot.core.answer` per problem (our own problems of every family plus the
  shared dev corpus when present), in a process warmed as the bot's workers are at start-up
  (`bot.core.warm_up`: a different problem, every family, the lexer's scanners); no caching;
- a calculator-style baseline: each own problem's trusted, hard-coded formula parsed with
  SymPy's `parse_expr` and evaluated, timed in the same process; ratio of the medians;
- cold start of `python -m bot solve --json LENA` versus `python -c "import sympy"`;
- peak RSS and `--jsonl` throughput of one child process that solves the whole corpus;
- a hostile-input table (run in the bot's worker pool, so a pathological input costs its
  timeout instead of hanging the bench) and a length curve from 50 to 4000 characters.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from bot.bench_problems import (LENA, LENGTH_CURVE_CHARS, PROBLEMS, WARMUP, BenchProblem,
                                hostile_inputs, text_of_length)

PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # the folder that holds `bot`
DEFAULT_CORPUS = PACKAGE_ROOT.parent / "shared" / "corpus" / "dev.jsonl"
BASELINE_WARMUP = "2*(1+1/10)**3"

# name -> (target, "max" when the figure must stay at or below it)
TARGETS = {"baseline_ratio": 3.0, "cold_ratio": 1.6, "peak_rss_mb": 150.0,
           "hostile_max_ms": 1000.0}

EPILOG = """\
figures and targets:
  latency     warm answer() time per problem (own problems + corpus), median/p90/p99/max
  baseline    each OWN problem's trusted formula via sympy parse_expr + evalf; the ratio
              median(Stepwise)/median(baseline) uses only the problems that have a formula
              (corpus problems count for latency only); target <= 3
  cold start  fresh `python -m bot solve --json LENA` vs `python -c "import sympy"`; target <= 1.6
  peak RSS    one child process solving the whole corpus (without one: the own problems)
              with --jsonl; target <= 150 MB
  throughput  problems per second of that child, start-up included
  hostile     each hostile input in a worker process (hard timeout); target <= 1000 ms each
exit status: 0 when the bench ran (with --check: 1 when a target is missed), 2 on bad usage."""


@dataclass
class BenchConfig:
    """What one bench run measures; the defaults are what `stepwise bench` runs."""

    problems: Sequence[BenchProblem] = PROBLEMS
    corpus: Sequence[tuple[str, str]] = ()
    rounds: int = 3
    cold_repeats: int = 3
    corpus_child: bool = True
    hostile: Sequence[tuple[str, str]] = field(default_factory=hostile_inputs)
    hostile_timeout: float = 2.0
    lengths: Sequence[int] = LENGTH_CURVE_CHARS


# ---- statistics ------------------------------------------------------------------------------

def quantile(values: Sequence[float], q: float) -> float:
    """Return the q-quantile (0..1) of `values` by linear interpolation between order stats."""
    if not values:
        raise ValueError("quantile of no values")
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values: Sequence[float]) -> dict:
    """Return median, p90, p99 and max of `values` (rounded to 0.01) and their count."""
    if not values:
        return {"median": None, "p90": None, "p99": None, "max": None, "count": 0}
    figures = {"median": quantile(values, 0.5), "p90": quantile(values, 0.9),
               "p99": quantile(values, 0.99), "max": max(values)}
    return {**{k: round(v, 2) for k, v in figures.items()}, "count": len(values)}


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """Return numerator/denominator rounded to 0.01, or None when either is missing or zero."""
    if not numerator or not denominator:
        return None
    return round(numerator / denominator, 2)


def verdicts(report: dict) -> dict:
    """Return {figure: True/False/None} for every target (None: figure not measured)."""
    return {name: None if report.get(name) is None else report[name] <= target
            for name, target in TARGETS.items()}


# ---- measurements ----------------------------------------------------------------------------

def timed_ms(call: Callable[[], object]) -> float:
    """Return the wall time of `call()` in milliseconds."""
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def per_item_ms(items: Sequence, call: Callable[[object], object], rounds: int) -> list[float]:
    """Time `call(item)` for every item, `rounds` times in turn; return each item's median."""
    samples: list[list[float]] = [[] for _ in items]
    for _ in range(max(1, rounds)):
        for index, item in enumerate(items):
            samples[index].append(timed_ms(lambda: call(item)))
    return [statistics.median(s) for s in samples]


def baseline_value(formula: str) -> object:
    """Evaluate a trusted, hard-coded formula the way a calculator bot would (never user text)."""
    from sympy.parsing.sympy_parser import parse_expr

    return parse_expr(formula).evalf()


def child_env() -> dict:
    """Return the environment for child processes: this checkout's `bot` first on the path."""
    path = os.pathsep.join(p for p in (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONIOENCODING": "utf-8"}


def cold_env() -> dict:
    """Return the child environment for cold starts: bytecode may be written, as an installed
    package has it (pip compiles SymPy's at install; with PYTHONDONTWRITEBYTECODE set, an
    editable checkout would otherwise recompile all of Stepwise in every timed process)."""
    env = child_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def cold_start(repeats: int) -> dict:
    """Time fresh `-m bot solve --json LENA` and `-c "import sympy"` processes, interleaved,
    after one untimed run of each (writes our bytecode, warms the file cache for both)."""
    solve = [sys.executable, "-m", "bot", "solve", "--json", LENA]
    sympy = [sys.executable, "-c", "import sympy"]
    runs: dict[str, list[float]] = {"solve_ms": [], "sympy_ms": []}
    env = cold_env()
    for command in (solve, sympy):
        subprocess.run(command, env=env, capture_output=True, check=True, timeout=120)
    for _ in range(repeats):
        for key, command in (("solve_ms", solve), ("sympy_ms", sympy)):
            runs[key].append(timed_ms(lambda: subprocess.run(
                command, env=env, capture_output=True, check=True, timeout=120)))
    medians = {key: round(statistics.median(values), 1) for key, values in runs.items()}
    return {**medians, "repeats": repeats,
            "cold_ratio": ratio(medians["solve_ms"], medians["sympy_ms"])}


def corpus_child(texts: Sequence[str]) -> dict:
    """Solve all `texts` in one fresh `-m bot solve --jsonl -` process; RSS and throughput."""
    lines = "".join(json.dumps({"id": str(i), "problem": t}) + "\n" for i, t in enumerate(texts))
    with tempfile.TemporaryFile("w+", encoding="utf-8") as feed:
        feed.write(lines)
        feed.seek(0)
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "bot", "solve", "--jsonl", "-"],
                                 stdin=feed, stdout=subprocess.PIPE, env=child_env())
        output = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)  # this child's own peak RSS
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stdout.close()
    results = [json.loads(line) for line in output.decode("utf-8").splitlines() if line.strip()]
    return {"problems": len(texts), "outputs": len(results),
            "solved": sum(1 for r in results if r.get("ok")), "exit_status": child.returncode,
            "seconds": round(seconds, 2),
            "throughput_per_s": round(len(texts) / seconds, 2) if seconds else None,
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}  # Linux reports KiB


def describe(outcome) -> str:
    """Return a short description of an Outcome for the tables."""
    from bot.workers import outcome_status

    status = outcome_status(outcome)
    if status == "solved":
        return f"answer {outcome.answers[0].value[:28]}" if outcome.answers else "answer"
    return f"{status}: {outcome.error.message[:60]}"


def quiet_solve(text: str):
    """Solve in a worker without logging the core's caught failures (the table shows them)."""
    import logging

    from bot.workers import default_solve

    logging.disable(logging.CRITICAL)
    return default_solve(text)


async def _hostile_rows(inputs: Sequence[tuple[str, str]], timeout: float) -> list[dict]:
    """Solve each input in turn in the worker pool with a hard timeout; time each round trip."""
    from bot.workers import WorkerPool, default_warm, outcome_status

    # Two workers, used one at a time: a worker killed for a timeout restarts in the background
    # while the other serves the next input, so restarts do not stretch the bench.
    pool = WorkerPool(workers=2, timeout=timeout, solve=quiet_solve, warm=default_warm)
    rows = []
    try:
        await pool.start()
        for name, text in inputs:
            started = time.perf_counter()
            outcome = await pool.solve(text)
            elapsed = (time.perf_counter() - started) * 1000
            json.dumps(outcome.to_json())  # must be serialisable; a failure here is a bug
            rows.append({"name": name, "chars": len(text), "ms": round(elapsed, 1),
                         "status": outcome_status(outcome), "result": describe(outcome)})
    finally:
        await pool.close()
    return rows


def hostile_table(inputs: Sequence[tuple[str, str]], timeout: float) -> list[dict]:
    """Return one row per hostile input: its size, time (ms) and what came back."""
    import logging

    if not inputs:
        return []
    restarts = logging.getLogger("stepwise.workers")
    level = restarts.level
    restarts.setLevel(logging.ERROR)  # a timeout restart is expected here; the row says so
    try:
        return asyncio.run(_hostile_rows(inputs, timeout))
    finally:
        restarts.setLevel(level)


def length_curve(lengths: Iterable[int], answer: Callable, rounds: int) -> list[dict]:
    """Return one row per target length: actual characters, ms, and ms per 100 characters."""
    rows = []
    for chars in lengths:
        text = text_of_length(chars)
        ms = per_item_ms([text], answer, rounds)[0]
        rows.append({"chars": len(text), "ms": round(ms, 1),
                     "ms_per_100_chars": round(ms * 100 / max(1, len(text)), 2)})
    return rows


# ---- the run ---------------------------------------------------------------------------------

def latency_figures(own: Sequence[BenchProblem], corpus_texts: Sequence[str], rounds: int,
                    answer: Callable, warm: Callable[[], object] | None = None) -> dict:
    """Time answer() on every problem and the calculator baseline on every own formula,
    after `warm()`: the start-up of the bot's solver workers (bot.core.warm_up), so the
    figures are those of a running worker; none of the timed problems is solved first."""
    if warm is not None:
        warm()
    answer(WARMUP)  # load SymPy and the grammar on a problem that is not measured
    own_ms = per_item_ms([p.text for p in own], answer, rounds)
    corpus_ms = per_item_ms(corpus_texts, answer, rounds) if corpus_texts else []
    baseline_value(BASELINE_WARMUP)
    with_formula = [(p, ms) for p, ms in zip(own, own_ms) if p.formula]
    base_ms = per_item_ms([p.formula for p, _ in with_formula], baseline_value, rounds)
    baseline_of = {p.id: round(ms, 3) for (p, _), ms in zip(with_formula, base_ms)}
    return {
        "latency_ms": summary(own_ms + corpus_ms),
        "latency_own_ms": summary(own_ms),
        "latency_corpus_ms": summary(corpus_ms),
        "baseline_ms": summary(base_ms),
        "baseline_ratio": ratio(summary([ms for _, ms in with_formula])["median"],
                                summary(base_ms)["median"]),
        "per_problem": [{"id": p.id, "family": p.family, "ms": round(ms, 1),
                         "baseline_ms": baseline_of.get(p.id)} for p, ms in zip(own, own_ms)],
        "problems": {"own": len(own), "with_formula": len(with_formula),
                     "corpus": len(corpus_texts), "rounds": rounds},
    }


def process_figures(config: BenchConfig, texts: Sequence[str],
                    progress: Callable[[str], None]) -> dict:
    """Measure what needs fresh processes: cold start, and RSS/throughput on `texts`."""
    report: dict = {"cold_ratio": None, "peak_rss_mb": None, "throughput_per_s": None}
    if config.cold_repeats:
        progress("cold start")
        report["cold_start"] = cold_start(config.cold_repeats)
        report["cold_ratio"] = report["cold_start"]["cold_ratio"]
    if config.corpus_child:
        progress("corpus child (peak RSS, throughput)")
        child = corpus_child(texts)
        report.update(corpus_run=child, peak_rss_mb=child["peak_rss_mb"],
                      throughput_per_s=child["throughput_per_s"])
    return report


def run_bench(config: BenchConfig, progress: Callable[[str], None] = lambda _: None) -> dict:
    """Measure every figure of `config` and return the report (plain JSON data)."""
    from bot.core import answer, warm_up

    started = time.perf_counter()
    load_before = os.getloadavg()[0]  # other work on the machine inflates every figure
    own = list(config.problems)
    corpus_texts = [text for _, text in config.corpus]
    progress("warm latency and baseline")
    report = latency_figures(own, corpus_texts, config.rounds, answer, warm_up)
    progress("length curve")
    report["length_curve"] = length_curve(config.lengths, answer, config.rounds)
    # the child solves the corpus; without one, the own problems
    report.update(process_figures(config, corpus_texts or [p.text for p in own], progress))
    progress("hostile inputs")
    report["hostile"] = hostile_table(config.hostile, config.hostile_timeout)
    report["hostile_timeout_s"] = config.hostile_timeout
    report["hostile_max_ms"] = max((r["ms"] for r in report["hostile"]), default=None)
    report["targets"] = dict(TARGETS)
    report["pass"] = verdicts(report)
    report["bench_seconds"] = round(time.perf_counter() - started, 1)
    report["load_average"] = {"before": round(load_before, 2),
                              "after": round(os.getloadavg()[0], 2), "cpus": os.cpu_count()}
    return report


# ---- output ----------------------------------------------------------------------------------

def _verdict(passed: bool | None) -> str:
    """Return PASS, MISS or n/a for a target verdict."""
    return "n/a" if passed is None else ("PASS" if passed else "MISS")


def _fmt(value, suffix: str = "") -> str:
    """Format a figure that may be missing."""
    return "not measured" if value is None else f"{value}{suffix}"


def _latency_lines(report: dict) -> list[str]:
    """Lines of the latency table, the baseline and its ratio."""
    counts, base = report["problems"], report["baseline_ms"]
    lines = [f"Stepwise bench: {counts['own']} own problems ({counts['with_formula']} with a "
             f"formula) + {counts['corpus']} corpus problems, {counts['rounds']} round(s)", "",
             "warm latency of answer() (ms)     median     p90     p99     max"]
    for label, key in (("all problems", "latency_ms"), ("own problems", "latency_own_ms"),
                       ("corpus problems", "latency_corpus_ms")):
        s = report[key]
        if s["count"]:
            lines.append(f"  {label:30s} {s['median']:8.1f} {s['p90']:7.1f} {s['p99']:7.1f} "
                         f"{s['max']:7.1f}")
    lines += [f"  calculator baseline (formulas) {base['median']:8.2f} {base['p90']:7.2f} "
              f"{base['p99']:7.2f} {base['max']:7.2f}" if base["count"] else
              "  calculator baseline: no formulas", "",
              f"baseline ratio (median Stepwise / median baseline, formula problems only): "
              f"{_fmt(report['baseline_ratio'], 'x')}  target <= {TARGETS['baseline_ratio']}x  "
              f"{_verdict(report['pass']['baseline_ratio'])}"]
    return lines


def _process_lines(report: dict) -> list[str]:
    """Lines of the cold start, peak RSS and throughput figures (when measured)."""
    lines, passed = [], report["pass"]
    if "cold_start" in report:
        cold = report["cold_start"]
        lines.append(f"cold start: solve --json {cold['solve_ms']} ms vs import sympy "
                     f"{cold['sympy_ms']} ms (median of {cold['repeats']}) = "
                     f"{_fmt(cold['cold_ratio'], 'x')}  target <= {TARGETS['cold_ratio']}x  "
                     f"{_verdict(passed['cold_ratio'])}")
    if "corpus_run" in report:
        run = report["corpus_run"]
        lines += [f"peak RSS solving {run['problems']} problems in one process: "
                  f"{run['peak_rss_mb']} MB  target <= {TARGETS['peak_rss_mb']:g} MB  "
                  f"{_verdict(passed['peak_rss_mb'])}",
                  f"throughput of --jsonl: {run['throughput_per_s']} problems/s ({run['problems']}"
                  f" in {run['seconds']} s, start-up included; {run['solved']} solved, "
                  f"{run['outputs']} output lines)"]
    return lines


def _table_lines(report: dict) -> list[str]:
    """Lines of the per-problem table, the length curve and the hostile-input table."""
    lines = ["", "per problem (ms)                     family                 Stepwise  "
                 "baseline"]
    lines += [f"  {row['id']:34s} {row['family']:20s} {row['ms']:9.1f} "
              f"{_fmt(row['baseline_ms']):>9s}" for row in report["per_problem"]]
    lines += ["", "length curve (ms of answer() by text length)",
              "  chars       ms   ms/100 chars"]
    lines += [f"  {r['chars']:5d} {r['ms']:8.1f} {r['ms_per_100_chars']:9.2f}"
              for r in report["length_curve"]]
    lines += ["", f"hostile inputs (worker process, {report['hostile_timeout_s']:g} s hard timeout;"
                  f" target <= {TARGETS['hostile_max_ms']:g} ms each): "
                  f"{_verdict(report['pass']['hostile_max_ms'])}",
              f"  {'input':26s} {'chars':>6s} {'ms':>8s}  result"]
    lines += [f"  {r['name'][:26]:26s} {r['chars']:6d} {r['ms']:8.1f}  {r['result']}"
              for r in report["hostile"]]
    return lines


def format_report(report: dict) -> str:
    """Return the human-readable bench report."""
    load = report["load_average"]
    lines = _latency_lines(report) + _process_lines(report) + _table_lines(report)
    lines += ["", f"bench time: {report['bench_seconds']} s; machine load average "
                  f"{load['before']} before, {load['after']} after ({load['cpus']} CPUs)"]
    return "\n".join(lines) + "\n"


# ---- command line ----------------------------------------------------------------------------

def load_corpus(path: Path) -> list[tuple[str, str]]:
    """Return (id, problem) of every line of a JSONL corpus that has a problem text."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if isinstance(record, dict) and isinstance(record.get("problem"), str):
            rows.append((str(record.get("id", number)), record["problem"]))
    return rows


def build_parser() -> argparse.ArgumentParser:
    """Return the `stepwise bench` argument parser."""
    parser = argparse.ArgumentParser(
        prog="stepwise bench", epilog=EPILOG,
        description="Measure warm latency against a calculator baseline, cold start, peak "
                    "memory, throughput, hostile inputs and the cost of long texts.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--corpus", metavar="FILE.jsonl", type=Path,
                        help=f"extra problems to time (default: {DEFAULT_CORPUS} when present)")
    parser.add_argument("--no-corpus", action="store_true", help="only the built-in problems")
    parser.add_argument("--rounds", type=int, default=3, metavar="N",
                        help="time each problem N times and keep its median (default 3)")
    parser.add_argument("--cold-repeats", type=int, default=3, metavar="N",
                        help="fresh processes per cold-start command (default 3; 0 skips)")
    parser.add_argument("--hostile-timeout", type=float, default=2.0, metavar="S",
                        help="hard timeout per hostile input in seconds (default 2)")
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 when a measured figure misses its target")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the bench from the command line and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    corpus: list[tuple[str, str]] = []
    path = None if args.no_corpus else (args.corpus or DEFAULT_CORPUS)
    if path is not None:
        if path.exists():
            corpus = load_corpus(path)
        elif args.corpus:
            print(f"stepwise bench: cannot read {path}", file=sys.stderr)
            return 2
    config = BenchConfig(corpus=corpus, rounds=args.rounds, cold_repeats=args.cold_repeats,
                         hostile_timeout=args.hostile_timeout)
    progress = (lambda step: print(f"... {step}", file=sys.stderr, flush=True))
    report = run_bench(config, progress)
    report["corpus_path"] = str(path) if corpus else None
    print(json.dumps(report, indent=2) if args.json else format_report(report).rstrip("\n"))
    missed = any(v is False for v in report["pass"].values())
    return 1 if args.check and missed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
