"""/healthz and /metrics served over 127.0.0.1, with and without a (stand-in) bot."""

import math
from types import SimpleNamespace

import aiohttp
import discord
import pytest

from bot import metrics
from bot.health import bound_port, health_status, start_health_server


class FakeShard:
    """Stands in for discord.ShardInfo: is_closed() and latency."""

    def __init__(self, connected: bool, latency: float):
        self.connected, self.latency = connected, latency

    def is_closed(self) -> bool:
        return not self.connected


class FakeShardedBot:
    """Stands in for an AutoShardedBot: shards, shard_ids, is_ready()."""

    def __init__(self, shards: dict, shard_ids=None, ready=True):
        self.shards, self.shard_ids, self._ready = shards, shard_ids, ready

    def is_ready(self) -> bool:
        return self._ready


class FakeSingleBot:
    """Stands in for an unsharded discord.Client: ws.open, is_closed(), latency, shard_id."""

    def __init__(self, connected: bool):
        self.ws = SimpleNamespace(open=connected)
        self.latency, self.shard_id = 0.05, None
        self._connected = connected

    def is_closed(self) -> bool:
        return not self._connected

    def is_ready(self) -> bool:
        return self._connected


async def get(runner, path: str) -> tuple[int, str, str]:
    """GET a path from the running server; return status, content type and body."""
    url = f"http://127.0.0.1:{bound_port(runner)}{path}"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, response.headers["Content-Type"], await response.text()


@pytest.fixture
async def serve():
    """Start health servers on 127.0.0.1 with a free port and clean them up afterwards."""
    runners = []

    async def start(bot=None):
        runner = await start_health_server("127.0.0.1", 0, bot=bot)
        runners.append(runner)
        return runner

    yield start
    for runner in runners:
        await runner.cleanup()


async def test_metrics_route_changes_after_a_solve(serve):
    runner = await serve()
    status, content_type, before = await get(runner, "/metrics")
    assert status == 200 and content_type.startswith("text/plain; version=0.0.4")
    assert 'stepwise_solves_total{outcome="solved"} 0' in before
    metrics.record_solve("solved", 0.4)
    _, _, after = await get(runner, "/metrics")
    assert 'stepwise_solves_total{outcome="solved"} 1' in after
    assert 'stepwise_solve_duration_seconds_bucket{le="0.5"} 1' in after


HEALTH_CASES = [
    pytest.param(None, 200, {}, id="no-bot-process-up"),
    pytest.param(FakeShardedBot({0: FakeShard(True, 0.04), 1: FakeShard(True, 0.06)}), 200,
                 {"0": True, "1": True}, id="all-shards-connected"),
    pytest.param(FakeShardedBot({0: FakeShard(True, 0.04), 1: FakeShard(False, math.inf)}), 503,
                 {"0": True, "1": False}, id="one-shard-down"),
    pytest.param(FakeShardedBot({2: FakeShard(True, 0.04)}, shard_ids=[2, 3]), 503,
                 {"2": True, "3": False}, id="expected-shard-missing"),
    pytest.param(FakeShardedBot({0: FakeShard(True, 0.04)}, ready=False), 503,
                 {"0": True}, id="not-ready-yet"),
    pytest.param(FakeSingleBot(True), 200, {"0": True}, id="unsharded-connected"),
    pytest.param(FakeSingleBot(False), 503, {"0": False}, id="unsharded-closed"),
]


@pytest.mark.parametrize("bot, status, connected", HEALTH_CASES)
async def test_healthz_reports_each_shard(serve, bot, status, connected):
    runner = await serve(bot)
    got_status, content_type, _ = await get(runner, "/healthz")
    assert (got_status, content_type.split(";")[0]) == (status, "application/json")
    async with aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{bound_port(runner)}/healthz"
        async with session.get(url) as response:
            body = await response.json()
    assert body["status"] == ("ok" if status == 200 else "unavailable")
    assert {shard: state["connected"] for shard, state in body["shards"].items()} == connected


async def test_healthz_without_bot_uses_recorded_shard_states(serve):
    runner = await serve()
    metrics.set_shard_connected(0, True)
    metrics.set_shard_connected(1, False)
    assert (await get(runner, "/healthz"))[0] == 503
    metrics.set_shard_connected(1, True)
    assert (await get(runner, "/healthz"))[0] == 200


async def test_metrics_route_refreshes_shard_gauges_from_the_bot(serve):
    bot = FakeShardedBot({4: FakeShard(True, 0.125), 5: FakeShard(False, math.nan)})
    _, _, text = await get(await serve(bot), "/metrics")
    assert 'stepwise_gateway_latency_seconds{shard="4"} 0.125' in text
    assert 'stepwise_gateway_latency_seconds{shard="5"} NaN' in text
    assert 'stepwise_shard_connected{shard="5"} 0' in text


async def test_unstarted_real_sharded_client_is_unhealthy():
    client = discord.AutoShardedClient(shard_count=2, shard_ids=[0, 1],
                                       intents=discord.Intents.none())
    healthy, body = health_status(client)
    assert not healthy
    assert body["shards"] == {"0": {"connected": False, "latency": None},
                              "1": {"connected": False, "latency": None}}


async def test_busy_port_raises_oserror(serve):
    runner = await serve()
    with pytest.raises(OSError):
        await start_health_server("127.0.0.1", bound_port(runner))


async def test_unknown_route_is_404(serve):
    assert (await get(await serve(), "/"))[0] == 404
