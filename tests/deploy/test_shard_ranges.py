"""Shard range derivation for StatefulSet pods: ordinals, counts, pod sizes, clear errors."""

import pytest

from bot.config import ConfigError, parse_shard_ids
from bot.sharding import (format_shard_ids, main, pod_ordinal, pods_needed, shard_env,
                          shard_range)


@pytest.mark.parametrize("ordinal, count, per_pod, expected", [
    (0, 1, 1, (0,)),
    (0, 16, 4, (0, 1, 2, 3)),
    (1, 16, 4, (4, 5, 6, 7)),
    (3, 16, 4, (12, 13, 14, 15)),
    (2, 10, 4, (8, 9)),
    (0, 3, 8, (0, 1, 2)),
    (5, 6, 1, (5,)),
], ids=["single", "first-pod", "second-pod", "last-full-pod", "last-pod-short",
        "one-pod-fewer-shards", "one-shard-per-pod"])
def test_shard_range(ordinal, count, per_pod, expected):
    assert shard_range(ordinal, count, per_pod) == expected


@pytest.mark.parametrize("count, per_pod", [(16, 4), (10, 4), (7, 1), (5, 16)],
                         ids=["even", "uneven", "one-each", "one-pod"])
def test_pods_cover_every_shard_exactly_once(count, per_pod):
    covered = [s for k in range(pods_needed(count, per_pod)) for s in shard_range(k, count, per_pod)]
    assert covered == list(range(count))


@pytest.mark.parametrize("ordinal, count, per_pod, message", [
    (4, 16, 4, "pod ordinal 4 has no shards.*needs exactly 4 replicas.*scale the StatefulSet to 4"),
    (3, 10, 5, "needs exactly 2 replicas"),
    (-1, 4, 1, "ordinal must be at least 0"),
    (0, 0, 1, "SHARD_COUNT must be at least 1"),
    (0, 4, 0, "SHARDS_PER_POD must be at least 1"),
], ids=["beyond-count", "beyond-uneven", "negative", "zero-count", "zero-per-pod"])
def test_shard_range_errors(ordinal, count, per_pod, message):
    with pytest.raises(ConfigError, match=message):
        shard_range(ordinal, count, per_pod)


@pytest.mark.parametrize("hostname, ordinal", [
    ("stepwise-0", 0), ("stepwise-3", 3), ("stepwise-bot-12", 12), ("Stepwise-7\n", 7),
    ("stepwise-1-2", 2),
], ids=["zero", "three", "dashed-name", "case-and-newline", "name-ends-in-digit"])
def test_pod_ordinal(hostname, ordinal):
    assert pod_ordinal(hostname) == ordinal


@pytest.mark.parametrize("hostname", ["stepwise", "stepwise-", "laptop.local", "-3", ""],
                         ids=["no-suffix", "dash-only", "plain-host", "no-name", "empty"])
def test_pod_ordinal_rejects_non_statefulset_names(hostname):
    with pytest.raises(ConfigError, match="POD_ORDINAL"):
        pod_ordinal(hostname)


@pytest.mark.parametrize("ids, text", [
    ((0,), "0"), ((0, 1, 2, 3), "0-3"), ((0, 1, 2, 5), "0-2,5"), ((7, 1, 2), "1-2,7"),
    ((4, 6, 8), "4,6,8"),
], ids=["one", "range", "range-and-single", "unsorted", "gaps"])
def test_format_shard_ids_round_trips_through_config(ids, text):
    assert format_shard_ids(ids) == text
    assert parse_shard_ids(text) == tuple(sorted(ids))


@pytest.mark.parametrize("env, hostname, expected", [
    ({"SHARD_COUNT": "16", "SHARDS_PER_POD": "4"}, "stepwise-2", "8-11"),
    ({"SHARD_COUNT": "10", "SHARDS_PER_POD": "4"}, "stepwise-2", "8-9"),
    ({"SHARD_COUNT": "16", "SHARDS_PER_POD": "4", "POD_ORDINAL": "1"}, "laptop", "4-7"),
    ({"SHARD_COUNT": " 2 ", "SHARDS_PER_POD": "1"}, "stepwise-1", "1"),
], ids=["from-hostname", "short-last-pod", "pod-ordinal-wins", "whitespace"])
def test_shard_env(env, hostname, expected):
    derived = shard_env(env, hostname)
    assert derived == {"STEPWISE_SHARD_COUNT": env["SHARD_COUNT"].strip(),
                       "STEPWISE_SHARDS": expected}


@pytest.mark.parametrize("env, message", [
    ({"SHARDS_PER_POD": "4"}, "SHARD_COUNT is not set"),
    ({"SHARD_COUNT": "four", "SHARDS_PER_POD": "4"}, "SHARD_COUNT must be a whole number"),
    ({"SHARD_COUNT": "4", "SHARDS_PER_POD": "-1"}, "SHARDS_PER_POD must be a whole number"),
    ({"SHARD_COUNT": "4", "SHARDS_PER_POD": "1", "POD_ORDINAL": "x"}, "POD_ORDINAL must be"),
], ids=["count-missing", "count-not-number", "per-pod-negative", "ordinal-not-number"])
def test_shard_env_errors(env, message):
    with pytest.raises(ConfigError, match=message):
        shard_env(env, "stepwise-0")


def test_main_prints_variables(capsys):
    env = {"SHARD_COUNT": "8", "SHARDS_PER_POD": "2", "HOSTNAME": "stepwise-3"}
    assert main([], env) == 0
    assert capsys.readouterr().out == "STEPWISE_SHARD_COUNT=8\nSTEPWISE_SHARDS=6-7\n"


def test_main_refuses_a_surplus_pod_before_starting_the_bot(capsys):
    env = {"SHARD_COUNT": "8", "SHARDS_PER_POD": "2", "HOSTNAME": "stepwise-4"}
    assert main(["exec", "stepwise", "bot"], env) == 2
    assert "scale the StatefulSet to 4" in capsys.readouterr().err


def test_main_exec_runs_command_with_derived_env(monkeypatch):
    calls = []
    monkeypatch.setattr("os.execvpe", lambda *args: calls.append(args))
    env = {"SHARD_COUNT": "8", "SHARDS_PER_POD": "2", "HOSTNAME": "stepwise-1", "KEEP": "1"}
    main(["exec", "--", "stepwise", "bot"], env)
    [(file, argv, new_env)] = calls
    assert (file, argv) == ("stepwise", ["stepwise", "bot"])
    assert new_env["STEPWISE_SHARDS"] == "2-3" and new_env["KEEP"] == "1"


def test_module_entry_point_execs_with_shards_set():
    import os
    import subprocess
    import sys
    env = {**os.environ, "SHARD_COUNT": "12", "SHARDS_PER_POD": "5", "HOSTNAME": "stepwise-2"}
    env.pop("POD_ORDINAL", None)
    probe = "import os; print(os.environ['STEPWISE_SHARD_COUNT'], os.environ['STEPWISE_SHARDS'])"
    done = subprocess.run([sys.executable, "-m", "bot.sharding", "exec", sys.executable, "-c",
                           probe], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "12 10-11"
    assert "running shards 10-11 of 12" in done.stderr
