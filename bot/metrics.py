"""Process-wide bot metrics, rendered in the Prometheus text exposition format (stdlib only).

Front ends record what happened (a solve and how long it took, a slow acknowledgement, a worker
restart, a shard's gateway state); `render_prometheus()` turns the counters into the text that
`/metrics` serves. Every function is thread-safe: worker callbacks may run outside the event loop.
Unknown solve outcomes raise `ValueError` so a misspelled label fails tests instead of silently
creating a new series.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

OUTCOMES = ("solved", "declined", "timeout", "error")
SOLVE_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
LATE_ACK_SECONDS = 3.0  # Discord drops an interaction not answered within 3 s (error 10062)


@dataclass
class _State:
    """The mutable numbers behind every metric; guarded by `_LOCK`."""

    solves: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    bucket_counts: list[int] = field(default_factory=lambda: [0] * len(SOLVE_BUCKETS))
    solve_sum: float = 0.0
    solve_count: int = 0
    acks: int = 0
    acks_late: int = 0
    worker_restarts: int = 0
    shard_latency: dict[int, float] = field(default_factory=dict)
    shard_connected: dict[int, bool] = field(default_factory=dict)


_LOCK = threading.Lock()
_state = _State()


def record_solve(outcome: str, seconds: float) -> None:
    """Count one finished solve by outcome and add its duration to the latency histogram."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)} (got {outcome!r})")
    seconds = max(0.0, float(seconds))
    with _LOCK:
        _state.solves[outcome] += 1
        _state.solve_sum += seconds
        _state.solve_count += 1
        for index, bound in enumerate(SOLVE_BUCKETS):
            if seconds <= bound:
                _state.bucket_counts[index] += 1


def record_ack(seconds: float) -> None:
    """Count one interaction acknowledgement; later than 3 s also counts as late."""
    with _LOCK:
        _state.acks += 1
        if seconds > LATE_ACK_SECONDS:
            _state.acks_late += 1


def record_worker_restart() -> None:
    """Count one replacement of a crashed or killed solver worker process."""
    with _LOCK:
        _state.worker_restarts += 1


def set_shard_latency(shard_id: int, seconds: float) -> None:
    """Remember a shard's latest gateway heartbeat latency (NaN/inf until the first heartbeat)."""
    with _LOCK:
        _state.shard_latency[int(shard_id)] = float(seconds)


def set_shard_connected(shard_id: int, connected: bool) -> None:
    """Remember whether a shard's gateway connection is currently up."""
    with _LOCK:
        _state.shard_connected[int(shard_id)] = bool(connected)


def shard_states() -> dict[int, bool]:
    """Return a copy of the recorded connected flag per shard (used by /healthz without a bot)."""
    with _LOCK:
        return dict(_state.shard_connected)


def reset() -> None:
    """Forget every recorded value (tests call this so they do not see each other's numbers)."""
    global _state
    with _LOCK:
        _state = _State()


def render_prometheus() -> str:
    """Return every metric in Prometheus text format 0.0.4, ending with a newline."""
    with _LOCK:
        lines = (_solve_lines(_state) + _ack_lines(_state) + _worker_lines(_state)
                 + _shard_lines(_state))
    return "\n".join(lines) + "\n"


def _solve_lines(state: _State) -> list[str]:
    """Render the solves-by-outcome counter and the solve latency histogram."""
    lines = ["# HELP stepwise_solves_total Problems answered, by outcome.",
             "# TYPE stepwise_solves_total counter"]
    lines += [f'stepwise_solves_total{{outcome="{name}"}} {state.solves[name]}'
              for name in OUTCOMES]
    lines += ["# HELP stepwise_solve_duration_seconds Time from request to outcome.",
              "# TYPE stepwise_solve_duration_seconds histogram"]
    lines += [f'stepwise_solve_duration_seconds_bucket{{le="{_number(bound)}"}} {count}'
              for bound, count in zip(SOLVE_BUCKETS, state.bucket_counts)]
    lines += [f'stepwise_solve_duration_seconds_bucket{{le="+Inf"}} {state.solve_count}',
              f"stepwise_solve_duration_seconds_sum {_number(state.solve_sum)}",
              f"stepwise_solve_duration_seconds_count {state.solve_count}"]
    return lines


def _ack_lines(state: _State) -> list[str]:
    """Render the acknowledgement counters (all and later than Discord's 3 s window)."""
    return ["# HELP stepwise_interactions_acknowledged_total Interactions acknowledged.",
            "# TYPE stepwise_interactions_acknowledged_total counter",
            f"stepwise_interactions_acknowledged_total {state.acks}",
            "# HELP stepwise_interactions_acknowledged_late_total "
            "Interactions acknowledged later than 3 s.",
            "# TYPE stepwise_interactions_acknowledged_late_total counter",
            f"stepwise_interactions_acknowledged_late_total {state.acks_late}"]


def _worker_lines(state: _State) -> list[str]:
    """Render the worker restart counter."""
    return ["# HELP stepwise_worker_restarts_total Solver worker processes replaced.",
            "# TYPE stepwise_worker_restarts_total counter",
            f"stepwise_worker_restarts_total {state.worker_restarts}"]


def _shard_lines(state: _State) -> list[str]:
    """Render per-shard gateway latency and connected gauges, sorted by shard id."""
    lines = ["# HELP stepwise_gateway_latency_seconds Last heartbeat latency per shard.",
             "# TYPE stepwise_gateway_latency_seconds gauge"]
    lines += [f'stepwise_gateway_latency_seconds{{shard="{shard}"}} {_number(value)}'
              for shard, value in sorted(state.shard_latency.items())]
    lines += ["# HELP stepwise_shard_connected 1 while the shard's gateway connection is up.",
              "# TYPE stepwise_shard_connected gauge"]
    lines += [f'stepwise_shard_connected{{shard="{shard}"}} {int(up)}'
              for shard, up in sorted(state.shard_connected.items())]
    return lines


def _number(value: float) -> str:
    """Format a float the way Prometheus parses it (NaN, +Inf, -Inf, or repr)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value))
