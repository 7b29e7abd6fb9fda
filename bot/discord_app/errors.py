"""The one place where errors from commands, buttons and listeners end up.

Priority order of `handle_interaction_error` (first match wins):
1. The interaction already expired or was answered elsewhere (10062 / 40060): log a warning,
   there is nobody left to tell.
2. Anything else: log it with its traceback for the operator, report it to the error hook
   (tests install one that fails on any call), and tell the user, in a short sentence, that
   something went wrong on our side. Users never see a traceback or an exception name.
Expected situations (cooldown, too long input, problems we cannot solve) are not errors: the
handlers answer them directly and never raise.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

import discord
from discord import app_commands

log = logging.getLogger("stepwise.discord")

SORRY = ("Sorry, something went wrong on my side while handling that. "
         "It has been logged; please try again in a moment.")
GONE_CODES = {10062, 40060}  # Unknown interaction (too late), interaction already acknowledged

ErrorHook = Callable[[BaseException], Any]


def unwrap(error: BaseException) -> BaseException:
    """Return the exception a command or transformer wrapper is carrying."""
    while isinstance(error, (app_commands.CommandInvokeError, app_commands.TransformerError)):
        inner = error.__cause__ if error.__cause__ is not None else getattr(error, "original", None)
        if inner is None or inner is error:
            break
        error = inner
    return error


async def handle_interaction_error(interaction: discord.Interaction, error: BaseException,
                                   hook: ErrorHook | None = None) -> None:
    """Log `error`, report it to `hook`, and tell the user briefly (see module docstring)."""
    error = unwrap(error)
    if isinstance(error, discord.HTTPException) and error.code in GONE_CODES:
        log.warning("interaction %s could not be answered: %s", interaction.id, error.text)
        return
    log.error("error in %s", describe(interaction), exc_info=error)
    if hook is not None:
        hook(error)
    await tell(interaction, SORRY)


async def handle_event_error(event: str, args: tuple, error: BaseException,
                             hook: ErrorHook | None = None) -> None:
    """Log an error raised by an event listener and, for a message, reply with an apology."""
    log.error("error in event %s", event, exc_info=error)
    if hook is not None:
        hook(error)
    message = args[0] if args and isinstance(args[0], discord.Message) else None
    if message is not None:
        try:
            await message.reply(SORRY, mention_author=False)
        except discord.HTTPException:
            log.warning("could not send the apology for event %s", event)


async def tell(interaction: discord.Interaction, text: str) -> None:
    """Send `text` privately to the user, as the first response or as a follow-up."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not tell the user about an error: %s", exc.text)


def describe(interaction: discord.Interaction) -> str:
    """Return "command NAME" or "component" for logs (never user text or tokens)."""
    command = interaction.command
    return f"command {command.qualified_name!r}" if command is not None else "component"
