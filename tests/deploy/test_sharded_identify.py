"""A sharded start against the loopback fake Discord sends IDENTIFY with the right shard ids."""

import asyncio

import aiohttp
import discord
import pytest

from bot.health import bound_port, start_health_server

FAKE_TOKEN = "fake-token-for-loopback-tests"  # never a real token: the fake accepts anything


@pytest.fixture(autouse=True)
def no_identify_delay(monkeypatch):
    """Skip discord.py's 5 s pause between IDENTIFYs (Discord's rate limit, not under test)."""
    async def no_wait(self, shard_id, *, initial=False):
        return None
    monkeypatch.setattr(discord.Client, "before_identify_hook", no_wait)


async def run_until_ready(client, timeout: float = 20.0) -> asyncio.Task:
    """Start the client in the background and wait until every shard is READY."""
    task = asyncio.create_task(client.start(FAKE_TOKEN))
    ready = asyncio.create_task(client.wait_until_ready())
    done, _ = await asyncio.wait({task, ready}, timeout=timeout,
                                 return_when=asyncio.FIRST_COMPLETED)
    if ready not in done:
        await client.close()
        ready.cancel()
        if task in done:
            task.result()  # surfaces the start error
        raise AssertionError("client did not become ready against the fake Discord")
    return task


async def stop(client, task: asyncio.Task) -> None:
    """Close the client and wait for its start task to finish."""
    await client.close()
    await asyncio.wait_for(task, timeout=10)


@pytest.mark.parametrize("shard_count, shard_ids, expected", [
    (4, [2, 3], [[2, 4], [3, 4]]),
    (16, [8, 9, 10, 11], [[8, 16], [9, 16], [10, 16], [11, 16]]),
    (1, [0], [[0, 1]]),
], ids=["pod-1-of-2", "pod-2-of-4", "single-shard"])
async def test_auto_sharded_client_identifies_its_shards(fake_discord, shard_count, shard_ids,
                                                        expected):
    client = discord.AutoShardedClient(shard_count=shard_count, shard_ids=shard_ids,
                                       intents=discord.Intents.default(),
                                       guild_ready_timeout=0.05)
    task = await run_until_ready(client)
    try:
        assert fake_discord.shard_ids() == expected
        assert all(i["token"] == FAKE_TOKEN for i in fake_discord.identifies)
        assert sorted(client.shards) == shard_ids
    finally:
        await stop(client, task)


async def test_without_shard_options_discord_py_uses_recommended_count(fake_discord):
    fake_discord.recommended_shards = 3
    client = discord.AutoShardedClient(intents=discord.Intents.default(),
                                       guild_ready_timeout=0.05)
    task = await run_until_ready(client)
    try:
        assert fake_discord.shard_ids() == [[0, 3], [1, 3], [2, 3]]
    finally:
        await stop(client, task)


async def test_health_reflects_a_sharded_bot_connecting_and_closing(fake_discord):
    client = discord.AutoShardedClient(shard_count=4, shard_ids=[2, 3],
                                       intents=discord.Intents.default(),
                                       guild_ready_timeout=0.05)
    runner = await start_health_server("127.0.0.1", 0, bot=client)
    url = f"http://127.0.0.1:{bound_port(runner)}"
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(url + "/healthz") as response:
                assert response.status == 503  # not started yet
            task = await run_until_ready(client)
            async with session.get(url + "/healthz") as response:
                body = await response.json()
                assert response.status == 200, body
                assert sorted(body["shards"]) == ["2", "3"]
            async with session.get(url + "/metrics") as response:
                text = await response.text()
                assert 'stepwise_shard_connected{shard="3"} 1' in text
                assert 'stepwise_gateway_latency_seconds{shard="2"}' in text
            await stop(client, task)
            async with session.get(url + "/healthz") as response:
                assert response.status == 503
    finally:
        await runner.cleanup()
