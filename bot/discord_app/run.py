"""`stepwise bot [--sync] [--guild ID] [--shard-count N] [--shards 0-3]`: run the Discord bot.

Reads Settings once, refuses to start without a token (one line on stderr, status 2), registers
commands only with --sync, serves /healthz and /metrics when STEPWISE_HEALTH_PORT is set, and
closes cleanly on Ctrl-C or SIGTERM. The token is passed to discord.py and nowhere else.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import signal
import sys

from bot.config import ConfigError, Settings, parse_shard_ids

log = logging.getLogger("stepwise.discord")
NO_TOKEN = ("stepwise bot: no Discord token; set DISCORD_TOKEN, or DISCORD_TOKEN_FILE to a file "
            "holding it")


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of `stepwise bot`."""
    p = argparse.ArgumentParser(prog="stepwise bot", description="Run the Stepwise Discord bot.")
    p.add_argument("--sync", action="store_true",
                   help="register the slash commands with Discord on start (after changes)")
    p.add_argument("--guild", type=int, metavar="ID",
                   help="with --sync: register in this one server only (instant, for testing)")
    p.add_argument("--shard-count", type=int, metavar="N", help="total number of shards")
    p.add_argument("--shards", metavar="IDS", help="shard ids run by this process: 0-3 or 0,2,5")
    return p


def main(argv: list[str], settings: Settings | None = None) -> int:
    """Run the bot until it is stopped; return the process exit status."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed by argparse
        return int(exc.code or 0)
    try:
        settings = with_options(settings or Settings.from_env(), args)
    except ConfigError as exc:
        print(f"stepwise bot: {exc}", file=sys.stderr)
        return 2
    if args.guild and not args.sync:
        print("stepwise bot: --guild only makes sense with --sync", file=sys.stderr)
        return 2
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    from bot.discord_app.logs import setup_logging

    setup_logging(settings.log_level, settings.log_format)
    return asyncio.run(serve(settings, sync=args.sync, sync_guild=args.guild))


def with_options(settings: Settings, args: argparse.Namespace) -> Settings:
    """Return the settings with the command-line shard options applied and validated."""
    changes = {}
    if args.shard_count is not None:
        if args.shard_count < 1:
            raise ConfigError(f"--shard-count must be at least 1 (got {args.shard_count})")
        changes["shard_count"] = args.shard_count
    if args.shards is not None:
        changes["shard_ids"] = parse_shard_ids(args.shards)
    settings = dataclasses.replace(settings, **changes)
    settings.validate()
    return settings


async def serve(settings: Settings, *, sync: bool = False, sync_guild: int | None = None) -> int:
    """Start the health endpoint (if configured) and the bot; return the exit status."""
    import discord

    from bot.discord_app.client import create_bot

    client = create_bot(settings, sync=sync, sync_guild=sync_guild)
    log.info("starting", extra={"fields": settings.public()})
    health = await start_health(settings, client)
    stop_on_signals(client)
    try:
        async with client:
            await client.start(settings.token)
    except discord.LoginFailure:
        print("stepwise bot: Discord rejected the token (check DISCORD_TOKEN)", file=sys.stderr)
        return 1
    except discord.PrivilegedIntentsRequired:
        print("stepwise bot: Discord refused the requested intents", file=sys.stderr)
        return 1
    finally:
        if health is not None:
            await health.cleanup()
    return 0


async def start_health(settings: Settings, client):
    """Start bot.health's server when a port is set and the module provides it; else None."""
    if settings.health_port is None:
        return None
    try:
        from bot.health import start_health_server
    except ImportError:
        log.warning("STEPWISE_HEALTH_PORT is set but bot.health is not available")
        return None
    return await start_health_server(settings.health_host, settings.health_port, client)


def stop_on_signals(client) -> None:
    """Close the bot gracefully on SIGINT and SIGTERM (containers send SIGTERM)."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, lambda: loop.create_task(client.close()))
        except (NotImplementedError, RuntimeError):  # not the main thread, or not Unix
            pass
