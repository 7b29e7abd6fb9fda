"""A small HTTP endpoint for orchestrators: `/healthz` (gateway up per shard) and `/metrics`.

Container runtimes, systemd watchdogs and Kubernetes probes poll `/healthz`; Prometheus scrapes
`/metrics`. The server binds to loopback unless told otherwise (`STEPWISE_HEALTH_HOST`), because
the numbers are operational detail, not something to publish. Without a bot the endpoint reports
the shard states recorded through `bot.metrics` (or just "process up" when none were recorded).
"""

from __future__ import annotations

import math
from typing import Any

from aiohttp import web

from bot import metrics

PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_BOT_KEY: web.AppKey[Any] = web.AppKey("stepwise_bot", object)


async def start_health_server(host: str, port: int, bot=None) -> web.AppRunner:
    """Serve /healthz and /metrics on host:port (0 picks a free port); return the runner.

    Stop it with `await runner.cleanup()`; `bound_port(runner)` tells which port was taken.
    """
    app = web.Application()
    app[_BOT_KEY] = bot
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/metrics", _metrics)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError:
        await runner.cleanup()
        raise
    return runner


def bound_port(runner: web.AppRunner) -> int:
    """Return the TCP port the running health server listens on."""
    return runner.addresses[0][1]


def shard_report(bot=None) -> dict[int, dict]:
    """Return {shard_id: {"connected": bool, "latency": float|None}} for a bot or the registry."""
    if bot is None:
        return {shard: {"connected": up, "latency": None}
                for shard, up in metrics.shard_states().items()}
    shards = getattr(bot, "shards", None)
    if isinstance(shards, dict):
        return _sharded_report(bot, shards)
    ws = getattr(bot, "ws", None)
    connected = ws is not None and ws.open and not bot.is_closed()
    return {bot.shard_id or 0: {"connected": connected, "latency": _finite(bot.latency)}}


def _sharded_report(bot, shards: dict) -> dict[int, dict]:
    """Report an AutoShardedClient's shards, listing expected-but-missing ids as disconnected."""
    report = {shard_id: {"connected": not info.is_closed(), "latency": _finite(info.latency)}
              for shard_id, info in shards.items()}
    for shard_id in getattr(bot, "shard_ids", None) or ():
        report.setdefault(shard_id, {"connected": False, "latency": None})
    return report


def health_status(bot=None) -> tuple[bool, dict]:
    """Decide whether the process is healthy and build the JSON body that says why."""
    shards = shard_report(bot)
    ready = True if bot is None else bool(bot.is_ready())
    if bot is None:
        healthy = all(state["connected"] for state in shards.values())
    else:
        healthy = ready and bool(shards) and all(s["connected"] for s in shards.values())
    body = {"status": "ok" if healthy else "unavailable", "ready": ready,
            "shards": {str(shard): state for shard, state in sorted(shards.items())}}
    return healthy, body


async def _healthz(request: web.Request) -> web.Response:
    """Answer 200 when every shard's gateway is connected, 503 otherwise, with JSON detail."""
    healthy, body = health_status(request.app[_BOT_KEY])
    return web.json_response(body, status=200 if healthy else 503)


async def _metrics(request: web.Request) -> web.Response:
    """Refresh the per-shard gauges from the bot, then serve the Prometheus text."""
    bot = request.app[_BOT_KEY]
    if bot is not None:
        for shard, state in shard_report(bot).items():
            metrics.set_shard_connected(shard, state["connected"])
            latency = state["latency"]
            metrics.set_shard_latency(shard, math.nan if latency is None else latency)
    return web.Response(body=metrics.render_prometheus().encode(),
                        headers={"Content-Type": PROMETHEUS_CONTENT_TYPE})


def _finite(value: float) -> float | None:
    """Return the value, or None when it is NaN/infinite (JSON has no NaN)."""
    return value if math.isfinite(value) else None
