"""Shard ranges for Kubernetes StatefulSets: pod ordinal + SHARD_COUNT + SHARDS_PER_POD -> ids.

A StatefulSet names its pods `<name>-0`, `<name>-1`, ...; pod k runs the contiguous shards
[k * per_pod, (k + 1) * per_pod) clipped to the shard count, so every shard runs in exactly one pod
and a pod can be replaced without touching the others. The derivation is pure; `main()` is the
container entry point that reads the pod's environment once, sets STEPWISE_SHARD_COUNT and
STEPWISE_SHARDS (which `bot.config` validates) and execs the real command:

    python -m bot.sharding exec stepwise bot     # run the bot with this pod's shards
    python -m bot.sharding                       # print e.g. "STEPWISE_SHARDS=8-11"
"""

from __future__ import annotations

import os
import re
import socket
import sys
from typing import Mapping, Sequence

from bot.config import ConfigError


def pod_ordinal(hostname: str) -> int:
    """Return the StatefulSet ordinal at the end of a pod name like `stepwise-3`."""
    match = re.fullmatch(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?-(\d+)", hostname.strip().lower())
    if not match:
        raise ConfigError(f"cannot read a pod ordinal from hostname {hostname!r}: expected a "
                          "StatefulSet pod name like stepwise-3 (or set POD_ORDINAL)")
    return int(match.group(2))


def pods_needed(shard_count: int, shards_per_pod: int) -> int:
    """Return how many pods (StatefulSet replicas) cover every shard."""
    _check_sizes(shard_count, shards_per_pod)
    return -(-shard_count // shards_per_pod)


def shard_range(ordinal: int, shard_count: int, shards_per_pod: int) -> tuple[int, ...]:
    """Return the contiguous shard ids pod `ordinal` runs; the last pod may run fewer."""
    _check_sizes(shard_count, shards_per_pod)
    if ordinal < 0:
        raise ConfigError(f"pod ordinal must be at least 0 (got {ordinal})")
    replicas = pods_needed(shard_count, shards_per_pod)
    if ordinal >= replicas:
        raise ConfigError(
            f"pod ordinal {ordinal} has no shards: SHARD_COUNT={shard_count} with "
            f"SHARDS_PER_POD={shards_per_pod} needs exactly {replicas} replicas "
            f"(ordinals 0-{replicas - 1}); scale the StatefulSet to {replicas}")
    start = ordinal * shards_per_pod
    return tuple(range(start, min(start + shards_per_pod, shard_count)))


def format_shard_ids(ids: Sequence[int]) -> str:
    """Write sorted shard ids in the STEPWISE_SHARDS syntax: (0, 1, 2, 5) -> "0-2,5"."""
    parts: list[str] = []
    for shard in sorted(set(ids)):
        if parts and parts[-1].split("-")[-1] == str(shard - 1):
            parts[-1] = f"{parts[-1].split('-')[0]}-{shard}"
        else:
            parts.append(str(shard))
    return ",".join(parts)


def shard_env(env: Mapping[str, str], hostname: str) -> dict[str, str]:
    """Derive STEPWISE_SHARD_COUNT/STEPWISE_SHARDS from SHARD_COUNT, SHARDS_PER_POD, ordinal."""
    shard_count = _positive(env, "SHARD_COUNT")
    per_pod = _positive(env, "SHARDS_PER_POD")
    raw_ordinal = env.get("POD_ORDINAL", "").strip()
    if raw_ordinal:
        if not raw_ordinal.isdigit():
            raise ConfigError(f"POD_ORDINAL must be a whole number (got {raw_ordinal!r})")
        ordinal = int(raw_ordinal)
    else:
        ordinal = pod_ordinal(hostname)
    ids = shard_range(ordinal, shard_count, per_pod)
    return {"STEPWISE_SHARD_COUNT": str(shard_count), "STEPWISE_SHARDS": format_shard_ids(ids)}


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Print this pod's shard variables, or with `exec CMD...` run CMD with them set."""
    args = list(sys.argv[1:] if argv is None else argv)
    env = dict(os.environ if environ is None else environ)
    try:
        derived = shard_env(env, env.get("HOSTNAME") or socket.gethostname())
    except ConfigError as exc:
        print(f"stepwise sharding: {exc}", file=sys.stderr)
        return 2
    if not args:
        print("\n".join(f"{key}={value}" for key, value in derived.items()))
        return 0
    if args[0] != "exec" or len(args) < 2:
        print("usage: python -m bot.sharding [exec COMMAND [ARGS...]]", file=sys.stderr)
        return 2
    command = args[2:] if args[1] == "--" else args[1:]
    print(f"stepwise sharding: running shards {derived['STEPWISE_SHARDS']} of "
          f"{derived['STEPWISE_SHARD_COUNT']}", file=sys.stderr, flush=True)
    os.execvpe(command[0], command, {**env, **derived})
    return 0  # not reached: execvpe replaces the process


def _check_sizes(shard_count: int, shards_per_pod: int) -> None:
    """Reject shard counts and pod sizes below one."""
    if shard_count < 1:
        raise ConfigError(f"SHARD_COUNT must be at least 1 (got {shard_count})")
    if shards_per_pod < 1:
        raise ConfigError(f"SHARDS_PER_POD must be at least 1 (got {shards_per_pod})")


def _positive(env: Mapping[str, str], name: str) -> int:
    """Return env[name] as a whole number of at least 1, with a clear error otherwise."""
    raw = env.get(name, "").strip()
    if not raw:
        raise ConfigError(f"{name} is not set: the StatefulSet must set it")
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"{name} must be a whole number of at least 1 (got {raw!r})")
    return int(raw)


if __name__ == "__main__":
    sys.exit(main())
