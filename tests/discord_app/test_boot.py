"""Booting the bot: everything registered, nothing connected, payload matches the snapshot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import discord
import pytest
import simcord
from discord.ext import commands
from discord_fakes import LENA, LENA_TEXT, ScriptedPool

from bot.config import Settings
from bot.discord_app.client import create_bot, intents
from bot.workers import WorkerPool

SNAPSHOT = Path(__file__).parents[1] / "snapshots" / "commands.json"


def command_payload(bot: commands.Bot) -> list[dict]:
    """Return what `--sync` would send to Discord, in a stable order."""
    commands_ = (c.to_dict(bot.tree) for c in bot.tree.get_commands())
    return sorted(commands_, key=lambda c: (c["type"], c["name"]))


def test_command_payload_matches_the_snapshot():
    payload = command_payload(create_bot())
    if os.environ.get("STEPWISE_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False)
                            + "\n", encoding="utf-8")
    assert payload == json.loads(SNAPSHOT.read_text(encoding="utf-8")), (
        "the command payload changed; if intended, rerun with STEPWISE_UPDATE_SNAPSHOTS=1")


@pytest.mark.parametrize("name, kind", [
    ("solve", discord.AppCommandType.chat_input),
    ("help", discord.AppCommandType.chat_input),
    ("about", discord.AppCommandType.chat_input),
    ("Solve this", discord.AppCommandType.message),
])
def test_every_command_installs_for_servers_and_users_everywhere(name, kind):
    payload = {c["name"]: c for c in command_payload(create_bot())}
    command = payload[name]
    assert command["type"] == kind.value
    assert command["integration_types"] == [0, 1]  # guild install, user install
    assert command["contexts"] == [0, 1, 2]  # server, bot DM, group DMs and other DMs


def test_create_bot_connects_nothing_and_starts_no_workers():
    bot = create_bot()
    assert isinstance(bot, commands.AutoShardedBot)
    assert not bot.is_ready() and bot.ws is None and bot.http.token is None
    assert isinstance(bot.pool, WorkerPool) and bot.pool._all == []
    assert bot.shard_count is None, "without shard settings discord.py picks the count"


def test_shard_settings_give_an_auto_sharded_bot_over_those_shards():
    bot = create_bot(Settings(shard_count=4, shard_ids=(2, 3)))
    assert isinstance(bot, commands.AutoShardedBot)
    assert bot.shard_count == 4 and bot.shard_ids == [2, 3]


def test_no_privileged_intents():
    requested = intents()
    assert not (requested.message_content or requested.members or requested.presences)
    assert requested.guild_messages and requested.dm_messages


def test_pool_settings_come_from_settings():
    bot = create_bot(Settings(workers=3, solve_timeout=4.5, worker_memory_mb=300))
    assert (bot.pool.size, bot.pool.timeout, bot.pool.memory_mb) == (3, 4.5, 300)


def test_importing_the_package_is_cheap_and_connects_nothing():
    code = ("import sys, bot.discord_app; "
            "print('discord' in sys.modules, 'sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


async def test_normal_start_does_not_register_commands():
    pool = ScriptedPool()
    bot = create_bot(Settings(shard_count=1), pool=pool)
    async with simcord.run(bot) as env:
        assert pool.started
        assert not any(r.method == "PUT" and r.path.endswith("/commands")
                       for r in env.http_requests)
        await bot.close()
        assert pool.closed


async def test_sync_with_a_guild_registers_there_only():
    bot = create_bot(Settings(shard_count=1), pool=ScriptedPool(), sync=True, sync_guild=1234)
    async with simcord.run(bot, strict_sync=False) as env:
        puts = [r.path for r in env.http_requests if r.method == "PUT"]
    assert puts and all("/guilds/1234/commands" in p for p in puts)


async def test_a_sharded_bot_answers_on_its_second_shard():
    bot = create_bot(Settings(shard_count=2, shard_ids=(0, 1)),
                     pool=ScriptedPool({LENA_TEXT: LENA}), sync=True)
    async with simcord.run(bot) as env:
        guild = env.create_guild(shard_id=1)
        channel = guild.create_text_channel("maths")
        member = guild.add_member(env.create_user("sam"))
        result = await member.slash(channel, "solve", problem=LENA_TEXT)
        assert "48.86683770" in result.response.embeds[0].description
        assert guild.id in {g.id for g in bot.guilds} and bot.get_guild(guild.id).shard_id == 1
