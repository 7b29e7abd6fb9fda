"""Score answers against a gold corpus by the rule of the shared corpus README.

A value matches an accepted value when it is within 1e-4 relative or 5e-3 absolute:
correct (some answer matches), hedged (only an alternative matches), wrong (ok, nothing
matches), declined (not ok, or no result). This module reimplements that rule rather than
importing the shared score.py, so the installed package does not depend on a sibling folder.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable

VERDICTS = ("correct", "hedged", "wrong", "declined")
RELATIVE = Decimal("1e-4")
ABSOLUTE = Decimal("5e-3")


class GoldFileError(ValueError):
    """The gold file cannot be used; the message names the line and what is wrong."""


def close(value, gold) -> bool:
    """Return True if `value` is within 1e-4 relative or 5e-3 absolute of `gold`."""
    try:
        got, want = Decimal(str(value).replace(",", "")), Decimal(str(gold))
    except (InvalidOperation, ValueError):
        return False
    if not (got.is_finite() and want.is_finite()):
        return False
    return abs(got - want) <= max(abs(want) * RELATIVE, ABSOLUTE)


def _values(items) -> list:
    """Return the `value` field of each answer-like dict in `items`."""
    return [item["value"] for item in items or []
            if isinstance(item, dict) and item.get("value") is not None]


def verdict(gold: dict, result: dict | None) -> str:
    """Classify one result (a solver output object, or None) against its gold row."""
    if not result or not result.get("ok"):
        return "declined"
    accept = gold.get("accept") or [gold["answer"]]
    if any(close(v, a) for v in _values(result.get("answers")) for a in accept):
        return "correct"
    if any(close(v, a) for v in _values(result.get("alternatives")) for a in accept):
        return "hedged"
    return "wrong"


def load_gold(lines: Iterable[str]) -> list[dict]:
    """Parse gold JSONL lines (blank lines skipped); raise GoldFileError naming a bad line."""
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise GoldFileError(f"line {number}: expected a JSON object")
        missing = [key for key in ("id", "problem", "answer") if key not in row]
        if missing:
            raise GoldFileError(f"line {number}: missing field {', '.join(missing)}")
        rows.append(row)
    return rows


@dataclass
class Tally:
    """Counts of each verdict."""

    counts: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        """Return "N problems: C correct, H hedged, W wrong, D declined"."""
        total = sum(self.counts.values())
        parts = ", ".join(f"{self.counts[v]} {v}" for v in VERDICTS)
        return f"{total} problems: {parts}"


@dataclass
class Report:
    """The verdict of every problem, with totals per tier and per category."""

    total: Tally = field(default_factory=Tally)
    by_tier: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # (verdict, id, detail)
    causes: Counter = field(default_factory=Counter)  # decline cause -> count

    def add(self, gold: dict, outcome_verdict: str, detail: str) -> None:
        """Count one problem's verdict everywhere it belongs."""
        self.total.counts[outcome_verdict] += 1
        if gold.get("tier"):
            self.by_tier[str(gold["tier"])].counts[outcome_verdict] += 1
        category = gold.get("category") or gold.get("kind")
        if category:
            self.by_category[str(category)].counts[outcome_verdict] += 1
        self.rows.append((outcome_verdict, str(gold["id"]), detail))


def evaluate(rows: list[dict], solve: Callable[[str], object]) -> Report:
    """Solve every gold row with `solve(text) -> Outcome` and tally the verdicts."""
    report = Report()
    for gold in rows:
        outcome = solve(str(gold["problem"]))
        result = outcome.to_json()
        outcome_verdict = verdict(gold, result)
        report.add(gold, outcome_verdict, _detail(outcome_verdict, gold, result))
        if outcome_verdict == "declined":
            report.causes[_cause(result)] += 1
    return report


def _cause(result: dict) -> str:
    """Return the construct a declined result could not place ("input" for guard refusals)."""
    cause = str((result.get("error") or {}).get("cause") or "input")
    return re.sub("\u201c[^\u201d]*\u201d", "\u201c\u2026\u201d", cause)


def _detail(outcome_verdict: str, gold: dict, result: dict) -> str:
    """Return what to show beside a non-correct id: values given, or what was not understood."""
    if outcome_verdict == "declined":
        error = result.get("error") or {}
        return f"[{_cause(result)}] {error.get('quote') or error.get('message') or ''}"
    if outcome_verdict == "correct":
        return ""
    accept = ", ".join(str(a) for a in gold.get("accept") or [gold["answer"]])
    got = ", ".join(str(v) for v in _values(result.get("answers")))
    alternatives = ", ".join(str(v) for v in _values(result.get("alternatives")))
    detail = f"got {got or 'nothing'}; accepted {accept}"
    return detail + (f"; alternatives {alternatives}" if alternatives else "")


def format_report(report: Report, *, list_declined: bool = False) -> str:
    """Return the report text; its last line is the overall summary."""
    lines = [f"{v:9} {problem_id}  {detail}".rstrip()
             for v, problem_id, detail in report.rows
             if v in ("wrong", "hedged") or (list_declined and v == "declined")]
    for title, groups in (("By tier", report.by_tier), ("By category", report.by_category)):
        if groups:
            lines += ["", f"{title}:"]
            width = max(len(name) for name in groups)
            lines += [f"  {name:{width}}  {groups[name].summary()}" for name in sorted(groups)]
    if list_declined and report.causes:
        lines += ["", "Decline causes (first construct not placed):"]
        lines += [f"  {count:4}  {cause}" for cause, count in report.causes.most_common()]
    if lines:
        lines.append("")
    lines.append(report.total.summary())
    return "\n".join(lines) + "\n"
