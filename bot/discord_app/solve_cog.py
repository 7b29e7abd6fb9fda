"""/solve, the "Solve this" message menu, mentions and DMs, /help and /about.

Every entry point is a few lines over `SolveCog.solve`: acknowledge first (defer within
Discord's 3 s), solve in the worker pool (hard timeout, never raises), then reply through
`replies.deliver`. Refusals (empty, too long, cooldown) are answered at once, privately.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import __version__, metrics
from bot.config import Settings
from bot.core.outcome import Outcome
from bot.discord_app import info, replies
from bot.discord_app.limits import Gate
from bot.discord_app.logs import log_solve
from bot.workers import SolvePool, outcome_status

log = logging.getLogger("stepwise.discord")

EMPTY_MESSAGE = "That message has no text I can read (I don't read images or embeds)."


class SolveCog(commands.Cog):
    """Everything a user can do with Stepwise in Discord."""

    def __init__(self, client: commands.Bot, pool: SolvePool, settings: Settings):
        self.bot = client
        self.pool = pool
        self.gate = Gate(settings.cooldown_uses, settings.cooldown_seconds,
                         settings.max_input_chars)
        self.solve_this = app_commands.ContextMenu(name="Solve this", callback=self.solve_message)
        app_commands.allowed_installs(guilds=True, users=True)(self.solve_this)
        app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)(
            self.solve_this)

    @app_commands.command(name="solve")
    @app_commands.describe(problem="The word problem, in plain English",
                           private="Show the answer only to you (default: no)")
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def solve_command(self, interaction: discord.Interaction, problem: str,
                            private: bool = False) -> None:
        """Solve a math word problem, with the exact answer and worked steps."""
        await self.answer_interaction(interaction, problem, "solve", private)

    async def solve_message(self, interaction: discord.Interaction,
                            message: discord.Message) -> None:
        """Solve the text of the message this menu was used on."""
        if not message.content.strip():
            await interaction.response.send_message(EMPTY_MESSAGE, ephemeral=True)
            return
        await self.answer_interaction(interaction, message.content, "solve_this", False)

    @app_commands.command(name="help")
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def help_command(self, interaction: discord.Interaction) -> None:
        """What Stepwise can solve, with examples."""
        embed = replies.to_embed(info.help_card())
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(name="about")
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def about_command(self, interaction: discord.Interaction) -> None:
        """Version and where the answers come from (deterministic, no AI guessing)."""
        embed = replies.to_embed(info.about_card(__version__))
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Solve a problem sent in a DM or in a message that mentions the bot."""
        text = self.addressed_text(message)
        if text is None:
            return
        send = self.reply_sender(message)
        refusal = self.gate.refusal(message.author.id, text)
        if refusal:
            await send(content=refusal, allowed_mentions=replies.NO_MENTIONS)
            return
        await message.channel.typing()
        outcome = await self.solve(text, "dm" if message.guild is None else "mention")
        await replies.deliver(send, outcome, text, owner_id=message.author.id)

    async def answer_interaction(self, interaction: discord.Interaction, text: str,
                                 command: str, private: bool) -> None:
        """Refuse politely or defer at once, solve off the loop, then send the follow-up."""
        received = time.perf_counter()
        refusal = self.gate.refusal(interaction.user.id, text)
        if refusal:
            await interaction.response.send_message(refusal, ephemeral=True)
            return
        await interaction.response.defer(thinking=True, ephemeral=private)
        metrics.record_ack(time.perf_counter() - received)
        outcome = await self.solve(text, command)
        send = replies.interaction_sender(interaction, ephemeral=private)
        await replies.deliver(send, outcome, text, owner_id=interaction.user.id, private=private)

    async def solve(self, text: str, command: str) -> Outcome:
        """Solve in the pool, then log and count the outcome with its latency."""
        started = time.perf_counter()
        outcome = await self.pool.solve(text)
        seconds = time.perf_counter() - started
        status = outcome_status(outcome)
        metrics.record_solve(status, seconds)
        log_solve(log, command, status, seconds, len(text))
        return outcome

    def addressed_text(self, message: discord.Message) -> str | None:
        """Return the problem in a DM or a mention of the bot, without the mention; else None."""
        me = self.bot.user
        if message.author.bot or me is None:
            return None
        if message.guild is None:
            return message.content.strip()
        mention = re.compile(rf"<@!?{me.id}>")
        if not mention.search(message.content):
            return None  # not addressed to us (a reply ping alone does not count)
        return mention.sub(" ", message.content).strip()

    @staticmethod
    def reply_sender(message: discord.Message) -> replies.Send:
        """Return a `send` that replies to `message` without pinging its author."""
        async def send(**kwargs: Any) -> discord.Message:
            return await message.reply(mention_author=False, **kwargs)

        return send
