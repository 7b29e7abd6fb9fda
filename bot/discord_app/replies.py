"""Turn rendered cards into Discord messages: embeds, the answer's buttons, follow-up parts.

`deliver` is shared by every entry point: it takes a `send` coroutine function (an interaction
follow-up or `message.reply`), so slash commands, the message menu, mentions and DMs all reply
the same way.
"""

from __future__ import annotations

import io
from typing import Any, Awaitable, Callable

import discord

from bot.core.outcome import Outcome
from bot.render import markdown

NO_MENTIONS = discord.AllowedMentions.none()
TONES = {"answer": discord.Colour.green(), "steps": discord.Colour.blurple(),
         "decline": discord.Colour.orange(), "info": discord.Colour.dark_teal()}

Send = Callable[..., Awaitable[Any]]


def to_embed(card: markdown.Card) -> discord.Embed:
    """Return the discord.Embed for one rendered card."""
    embed = discord.Embed(title=card.title or None, description=card.description or None,
                          colour=TONES.get(card.tone, discord.Colour.default()))
    for field in card.fields:
        embed.add_field(name=field.name, value=field.value, inline=field.inline)
    if card.footer:
        embed.set_footer(text=card.footer)
    return embed


def messages_of(cards: list[markdown.Card]) -> list[list[discord.Embed]]:
    """Return the embeds of each message needed to show `cards` within Discord's limits."""
    return [[to_embed(card) for card in group] for group in markdown.pack(cards)]


async def deliver(send: Send, outcome: Outcome, problem: str, *, owner_id: int,
                  private: bool = False) -> Any:
    """Send the answer (with its buttons) or the friendly decline; return the first message."""
    if not outcome.ok:
        return await send(content=markdown.decline_text(outcome, problem),
                          allowed_mentions=NO_MENTIONS)
    from bot.discord_app.views import AnswerView

    view = AnswerView(outcome, problem, owner_id=owner_id, private=private)
    first, *rest = messages_of(markdown.answer_cards(outcome))
    message = await send(embeds=first, view=view, allowed_mentions=NO_MENTIONS)
    view.message = message
    for embeds in rest:
        await send(embeds=embeds, allowed_mentions=NO_MENTIONS)
    return message


async def send_cards(send: Send, cards: list[markdown.Card]) -> None:
    """Send cards as as many messages as the limits require."""
    for embeds in messages_of(cards):
        await send(embeds=embeds, allowed_mentions=NO_MENTIONS)


def interaction_sender(interaction: discord.Interaction, *, ephemeral: bool = False) -> Send:
    """Return a `send` that answers the interaction first and follows up after that."""
    async def send(**kwargs: Any) -> Any:
        if interaction.response.is_done():
            return await interaction.followup.send(wait=True, ephemeral=ephemeral, **kwargs)
        await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
        return await interaction.original_response()

    return send


def png_file(data: bytes, name: str = "stepwise-plot.png") -> discord.File:
    """Wrap PNG bytes as an attachment."""
    return discord.File(io.BytesIO(data), filename=name)
