"""Build the fully configured bot: commands registered, nothing connected, no config at import.

`create_bot(settings)` returns an `AutoShardedBot` (discord.py picks the shard count unless
the settings name one) whose command tree holds every command, so tests and `--sync` see the
same payload. The worker pool starts in `setup_hook` (on login) and stops in `close`.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot import metrics
from bot.config import Settings
from bot.discord_app import errors
from bot.discord_app.solve_cog import SolveCog
from bot.workers import SolvePool, WorkerPool

log = logging.getLogger("stepwise.discord")


def intents() -> discord.Intents:
    """Return the non-privileged intents needed: guilds, and messages (DMs and mentions)."""
    return discord.Intents(guilds=True, guild_messages=True, dm_messages=True)


class StepwiseTree(app_commands.CommandTree):
    """The command tree whose on_error is the central error handler."""

    async def on_error(self, interaction: discord.Interaction,
                       error: app_commands.AppCommandError) -> None:
        """Send every command error to the central handler."""
        await errors.handle_interaction_error(interaction, error,
                                              getattr(self.client, "error_hook", None))


class StepwiseBot(commands.AutoShardedBot):
    """The Stepwise bot: one cog, a worker pool, deliberate command sync."""

    def __init__(self, settings: Settings, pool: SolvePool, *, sync: bool = False,
                 sync_guild: int | None = None):
        super().__init__(command_prefix=commands.when_mentioned, help_command=None,
                         intents=intents(), tree_cls=StepwiseTree,
                         shard_count=settings.shard_count,
                         shard_ids=list(settings.shard_ids) if settings.shard_ids else None,
                         allowed_mentions=discord.AllowedMentions.none())
        self.settings = settings
        self.pool = pool
        self.sync_on_start = sync
        self.sync_guild = sync_guild
        self.error_hook: errors.ErrorHook | None = None
        self.solve_cog = SolveCog(self, pool, settings)
        for command in self.solve_cog.get_app_commands():
            self.tree.add_command(command)
        self.tree.add_command(self.solve_cog.solve_this)

    async def setup_hook(self) -> None:
        """Start the workers, attach the cog's listeners and, with --sync only, register."""
        await self.pool.start()
        await self.add_cog(self.solve_cog, override=True)
        self.report_latency.start()
        if self.sync_on_start:
            await self.sync_commands()

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Register the commands globally, or in one guild (instant, for testing)."""
        guild = discord.Object(self.sync_guild) if self.sync_guild else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        log.info("synced %d commands %s", len(synced),
                 f"to guild {self.sync_guild}" if guild else "globally")
        return synced

    async def on_message(self, message: discord.Message, /) -> None:
        """Do nothing here: there are no prefix commands; the cog listens for mentions and DMs."""

    async def on_error(self, event_method: str, /, *args, **kwargs) -> None:
        """Send listener errors to the central handler."""
        import sys

        await errors.handle_event_error(event_method, args, sys.exc_info()[1], self.error_hook)

    async def on_shard_ready(self, shard_id: int) -> None:
        """Record that a shard's gateway connection is up."""
        metrics.set_shard_connected(shard_id, True)

    async def on_shard_resumed(self, shard_id: int) -> None:
        """Record that a shard's gateway connection is back."""
        metrics.set_shard_connected(shard_id, True)

    async def on_shard_disconnect(self, shard_id: int) -> None:
        """Record that a shard's gateway connection dropped."""
        metrics.set_shard_connected(shard_id, False)

    @tasks.loop(seconds=30)
    async def report_latency(self) -> None:
        """Publish each shard's heartbeat latency to the metrics."""
        for shard_id, seconds in self.latencies:
            if seconds == seconds and seconds != float("inf"):  # skip NaN/inf before first beat
                metrics.set_shard_latency(shard_id, seconds)

    async def close(self) -> None:
        """Stop the latency task and the workers, then disconnect."""
        self.report_latency.cancel()
        await self.pool.close()
        await super().close()


def create_bot(settings: Settings | None = None, *, pool: SolvePool | None = None,
               sync: bool = False, sync_guild: int | None = None) -> StepwiseBot:
    """Return the configured bot with every command registered and nothing connected."""
    settings = settings or Settings()
    if pool is None:
        pool = WorkerPool(workers=settings.workers, timeout=settings.solve_timeout,
                          memory_mb=settings.worker_memory_mb,
                          on_restart=metrics.record_worker_restart)
    return StepwiseBot(settings, pool, sync=sync, sync_guild=sync_guild)
