"""The real bot against the loopback fake Discord: create_bot and a whole `stepwise bot` run.

The second test runs `stepwise bot --shard-count 4 --shards 2-3` in a child process whose
discord.py points at the fake (REST base and gateway URL patched before start), then reads
/healthz and /metrics from the health endpoint it serves and stops it with SIGTERM, as a
container runtime or systemd would.
"""

import asyncio
import os
import signal
import socket
import sys

import aiohttp
import discord
import pytest

from bot.config import Settings
from bot.core.outcome import Outcome

FAKE_TOKEN = "fake-token-for-loopback-tests"  # never a real token: the fake accepts anything

CHILD = """
import sys, discord, yarl
discord.http.Route.BASE = sys.argv[1] + "/api/v10"
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sys.argv[2])
async def no_wait(self, shard_id, *, initial=False):
    return None
discord.Client.before_identify_hook = no_wait  # skip Discord's 5 s IDENTIFY spacing
from bot.cli import main
sys.exit(main(sys.argv[3:]))
"""


class StubPool:
    """A SolvePool that starts and stops instantly (no worker processes)."""

    async def start(self):
        return None

    async def solve(self, text):
        return Outcome(ok=False)

    async def close(self):
        return None


@pytest.fixture(autouse=True)
def no_identify_delay(monkeypatch):
    """Skip discord.py's 5 s pause between IDENTIFYs (Discord's rate limit, not under test)."""
    async def no_wait(self, shard_id, *, initial=False):
        return None
    monkeypatch.setattr(discord.Client, "before_identify_hook", no_wait)


async def test_create_bot_identifies_the_configured_shards(fake_discord):
    from bot.discord_app.client import create_bot, intents

    bot = create_bot(Settings(token=FAKE_TOKEN, shard_count=4, shard_ids=(2, 3)), pool=StubPool())
    task = asyncio.create_task(bot.start(FAKE_TOKEN))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), timeout=20)
        assert fake_discord.shard_ids() == [[2, 4], [3, 4]]
        assert {i["intents"] for i in fake_discord.identifies} == {intents().value}
    finally:
        await bot.close()
        await asyncio.wait_for(task, timeout=10)


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def poll(session, url: str, want: int, timeout: float = 30.0) -> dict:
    """GET url until it answers `want`; return its JSON body (or fail after `timeout`)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            async with session.get(url) as response:
                if response.status == want:
                    return await response.json()
        except aiohttp.ClientConnectionError:
            pass
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{url} never answered {want}")
        await asyncio.sleep(0.2)


async def test_stepwise_bot_runs_sharded_serves_health_and_stops_on_sigterm(fake_discord):
    port = free_port()
    env = {**os.environ, "DISCORD_TOKEN": FAKE_TOKEN, "STEPWISE_HEALTH_PORT": str(port),
           "STEPWISE_WORKERS": "1", "STEPWISE_LOG_FORMAT": "json"}
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, fake_discord.url, fake_discord.ws_url,
        "bot", "--shard-count", "4", "--shards", "2-3", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        async with aiohttp.ClientSession() as session:
            body = await poll(session, f"http://127.0.0.1:{port}/healthz", 200)
            assert sorted(body["shards"]) == ["2", "3"]
            async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
                assert 'stepwise_shard_connected{shard="2"} 1' in await response.text()
        assert fake_discord.shard_ids() == [[2, 4], [3, 4]]
        child.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(child.communicate(), timeout=30)
        assert child.returncode == 0, stderr.decode()[-3000:]
        assert FAKE_TOKEN not in stderr.decode()
    finally:
        if child.returncode is None:
            child.kill()
            await child.wait()
