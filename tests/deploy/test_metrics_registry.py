"""The metrics registry: counters, histogram buckets, late acks, shard gauges, text format."""

import math
import re
import threading

import pytest

from bot import metrics


def sample(text: str, name: str, labels: str = "") -> float:
    """Return the value of one sample line `name{labels} value` from exposition text."""
    series = f"{name}{{{labels}}}" if labels else name
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.split(" ", 1)[1])
    raise AssertionError(f"no sample {series!r} in:\n{text}")


@pytest.mark.parametrize("outcome", metrics.OUTCOMES)
def test_record_solve_counts_only_its_outcome(outcome):
    metrics.record_solve(outcome, 0.2)
    text = metrics.render_prometheus()
    for name in metrics.OUTCOMES:
        expected = 1 if name == outcome else 0
        assert sample(text, "stepwise_solves_total", f'outcome="{name}"') == expected


def test_unknown_outcome_is_rejected():
    with pytest.raises(ValueError, match="solved, declined, timeout, error"):
        metrics.record_solve("solvd", 0.1)


@pytest.mark.parametrize("seconds, le, below, at_or_above", [
    (0.005, "0.01", 0, 1),
    (0.3, "0.5", 0, 1),
    (1.0, "1.0", 0, 1),
    (12.0, "30.0", 0, 1),
], ids=["fast", "mid", "on-boundary", "slow"])
def test_histogram_bucket_is_cumulative(seconds, le, below, at_or_above):
    metrics.record_solve("solved", seconds)
    text = metrics.render_prometheus()
    bounds = [str(b) for b in metrics.SOLVE_BUCKETS]
    index = bounds.index(le)
    if index:
        assert sample(text, "stepwise_solve_duration_seconds_bucket",
                      f'le="{bounds[index - 1]}"') == below
    assert sample(text, "stepwise_solve_duration_seconds_bucket", f'le="{le}"') == at_or_above
    assert sample(text, "stepwise_solve_duration_seconds_bucket", 'le="+Inf"') == 1
    assert sample(text, "stepwise_solve_duration_seconds_sum") == pytest.approx(seconds)
    assert sample(text, "stepwise_solve_duration_seconds_count") == 1


@pytest.mark.parametrize("acks, late", [
    ([0.1, 2.9], 0), ([3.0], 0), ([3.01, 0.5, 7.0], 2),
], ids=["on-time", "exactly-3s-is-on-time", "two-late"])
def test_late_acknowledgements(acks, late):
    for seconds in acks:
        metrics.record_ack(seconds)
    text = metrics.render_prometheus()
    assert sample(text, "stepwise_interactions_acknowledged_total") == len(acks)
    assert sample(text, "stepwise_interactions_acknowledged_late_total") == late


def test_worker_restarts_and_shard_gauges():
    metrics.record_worker_restart()
    metrics.record_worker_restart()
    metrics.set_shard_latency(3, 0.042)
    metrics.set_shard_latency(1, math.nan)
    metrics.set_shard_connected(3, True)
    metrics.set_shard_connected(1, False)
    text = metrics.render_prometheus()
    assert sample(text, "stepwise_worker_restarts_total") == 2
    assert sample(text, "stepwise_gateway_latency_seconds", 'shard="3"') == 0.042
    assert 'stepwise_gateway_latency_seconds{shard="1"} NaN' in text
    assert sample(text, "stepwise_shard_connected", 'shard="1"') == 0
    assert text.index('shard="1"') < text.index('shard="3"')


def test_reset_forgets_everything():
    metrics.record_solve("error", 1)
    metrics.set_shard_connected(0, True)
    metrics.reset()
    text = metrics.render_prometheus()
    assert sample(text, "stepwise_solves_total", 'outcome="error"') == 0
    assert "shard=" not in text


SAMPLE_LINE = re.compile(r'^[a-z_]+(\{[a-z]+="[^"]*"\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$')


def test_every_line_is_valid_exposition_format():
    metrics.record_solve("timeout", 10.0)
    metrics.set_shard_latency(0, 0.1)
    metrics.set_shard_connected(0, True)
    text = metrics.render_prometheus()
    assert text.endswith("\n")
    for line in text.splitlines():
        if line.startswith("#"):
            assert re.match(r"^# (HELP|TYPE) [a-z_]+ \S", line), line
        else:
            assert SAMPLE_LINE.match(line), line


def test_concurrent_recording_loses_no_counts():
    def work():
        for _ in range(2000):
            metrics.record_solve("solved", 0.01)
            metrics.record_ack(4)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    text = metrics.render_prometheus()
    assert sample(text, "stepwise_solves_total", 'outcome="solved"') == 16000
    assert sample(text, "stepwise_solve_duration_seconds_count") == 16000
    assert sample(text, "stepwise_interactions_acknowledged_late_total") == 16000
