"""Pure pieces of the front end: the cooldown, the gate, and the central error handler."""

from __future__ import annotations

from unittest.mock import AsyncMock, create_autospec

import aiohttp
import discord
import pytest
from discord import app_commands

from bot.discord_app import errors
from bot.discord_app.limits import Cooldown, Gate


@pytest.mark.parametrize("uses_at, expected", [
    pytest.param([0, 1, 2], [0, 0, 0], id="within-budget"),
    pytest.param([0, 1, 2, 3], [0, 0, 0, 2], id="fourth-waits"),
    pytest.param([0, 1, 2, 5], [0, 0, 0, 0], id="window-reopens"),
    pytest.param([0, 1, 2, 4.5, 5.1], [0, 0, 0, 0.5, 0], id="refusals-do-not-extend"),
])
def test_cooldown_windows(uses_at, expected):
    cooldown = Cooldown(uses=3, per_seconds=5)
    waits = [cooldown.retry_after(7, now) for now in uses_at]
    assert waits == pytest.approx(expected)


def test_cooldown_memory_stays_bounded(monkeypatch):
    monkeypatch.setattr("bot.discord_app.limits.PRUNE_ABOVE", 10)
    cooldown = Cooldown(uses=1, per_seconds=1)
    for user in range(50):
        cooldown.retry_after(user, now=float(user))
    assert len(cooldown._windows) <= 11


@pytest.mark.parametrize("text, fragment", [
    pytest.param("", "Send me a math word problem", id="empty"),
    pytest.param("   \n", "Send me a math word problem", id="blank"),
    pytest.param("x" * 101, "at most 100", id="too-long"),
    pytest.param("x" * 100, None, id="at-limit"),
])
def test_gate_refusals(text, fragment):
    refusal = Gate(uses=5, per_seconds=5, max_chars=100).refusal(1, text)
    assert (refusal is None) if fragment is None else (fragment in refusal)


def test_refused_input_does_not_use_up_the_cooldown():
    gate = Gate(uses=1, per_seconds=60, max_chars=10)
    assert gate.refusal(1, "x" * 11) is not None
    assert gate.refusal(1, "ok") is None
    assert "Please wait" in gate.refusal(1, "ok")


@app_commands.command(name="demo")
async def demo(interaction: discord.Interaction) -> None:
    """A command for building real CommandInvokeErrors."""


def fake_interaction(done: bool) -> discord.Interaction:
    """Return a spec'd interaction whose response is (or is not yet) done."""
    interaction = create_autospec(discord.Interaction, instance=True)
    interaction.id = 1
    interaction.command = None
    interaction.response = create_autospec(discord.InteractionResponse, instance=True)
    interaction.response.is_done.return_value = done
    interaction.response.send_message = AsyncMock()
    interaction.followup = create_autospec(discord.Webhook, instance=True)
    interaction.followup.send = AsyncMock()
    return interaction


@pytest.mark.parametrize("done", [False, True], ids=["first-response", "follow-up"])
async def test_handler_apologises_and_reports_the_original_error(done):
    interaction = fake_interaction(done)
    seen: list[BaseException] = []
    bug = ValueError("internal detail")
    wrapped = app_commands.CommandInvokeError(demo, bug)
    await errors.handle_interaction_error(interaction, wrapped, seen.append)
    assert seen == [bug]
    send = interaction.followup.send if done else interaction.response.send_message
    send.assert_awaited_once_with(errors.SORRY, ephemeral=True)


async def test_handler_stays_quiet_about_an_expired_interaction():
    interaction = fake_interaction(False)
    response = create_autospec(aiohttp.ClientResponse, instance=True)
    response.status, response.reason = 404, "Not Found"
    expired = discord.NotFound(response, {"code": 10062, "message": "Unknown interaction"})
    seen: list[BaseException] = []
    await errors.handle_interaction_error(interaction, expired, seen.append)
    assert seen == []
    interaction.response.send_message.assert_not_awaited()


def test_misspelled_attributes_fail_on_the_spec_fakes():
    interaction = fake_interaction(False)
    with pytest.raises(AttributeError):
        interaction.respnse  # noqa: B018 - the point is that the typo raises
