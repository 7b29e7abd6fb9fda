"""The buttons under an answer: Steps (private), Plot (private PNG), Delete (the asker only).

Each view keeps the Outcome and the asker on the instance, so no lookup or storage is needed;
`interaction_check` refuses Delete to anyone but the asker, politely.
"""

from __future__ import annotations

import asyncio
import logging

import discord

from bot.core.outcome import Outcome
from bot.discord_app import errors, replies
from bot.render import markdown

log = logging.getLogger("stepwise.discord")

VIEW_TIMEOUT = 600.0  # well inside the 15 minutes an interaction token can still edit
NOT_YOURS = "Only the person who asked can delete this answer."


class AnswerView(discord.ui.View):
    """Buttons for one answer; Plot appears only with a series, Delete only on public replies."""

    def __init__(self, outcome: Outcome, problem: str, *, owner_id: int, private: bool = False):
        super().__init__(timeout=VIEW_TIMEOUT)
        self.outcome = outcome
        self.problem = problem
        self.owner_id = owner_id
        self.message: discord.Message | None = None
        if not any(s.points for s in outcome.series):
            self.remove_item(self.plot)
        if private:  # an ephemeral reply can be dismissed by its reader already
            self.remove_item(self.delete)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Let anyone see steps and plots, but only the asker delete the answer."""
        custom_id = (interaction.data or {}).get("custom_id")
        if custom_id == self.delete.custom_id and interaction.user.id != self.owner_id:
            await interaction.response.send_message(NOT_YOURS, ephemeral=True)
            return False
        return True

    @discord.ui.button(label="Steps", style=discord.ButtonStyle.primary, emoji="🧮")
    async def steps(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        """Show the worked steps privately to whoever clicked."""
        send = replies.interaction_sender(interaction, ephemeral=True)
        await replies.send_cards(send, markdown.steps_cards(self.outcome))

    @discord.ui.button(label="Plot", style=discord.ButtonStyle.secondary, emoji="📈")
    async def plot(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        """Draw the quantity over the periods (off the event loop) and send it privately."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        from bot.render.plot import plot_png

        title = self.outcome.answers[0].quantity if self.outcome.answers else ""
        png = await asyncio.to_thread(plot_png, self.outcome.series, title)
        await interaction.followup.send(file=replies.png_file(png), ephemeral=True)

    @discord.ui.button(label="Delete", style=discord.ButtonStyle.danger, emoji="🗑️")
    async def delete(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        """Delete the answer message (the asker only, see interaction_check)."""
        await interaction.response.defer()
        await interaction.delete_original_response()
        self.stop()

    async def on_timeout(self) -> None:
        """Remove the buttons once they stop working, so nobody clicks a dead button."""
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException:
            log.debug("could not remove expired buttons")

    async def on_error(self, interaction: discord.Interaction, error: Exception,
                       _item: discord.ui.Item) -> None:
        """Send button errors to the central handler."""
        hook = getattr(interaction.client, "error_hook", None)
        await errors.handle_interaction_error(interaction, error, hook)
