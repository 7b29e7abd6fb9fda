"""The Steps, Plot and Delete buttons under an answer."""

from __future__ import annotations

import pytest
from discord_fakes import LENA, LENA_TEXT, answer_text, labels

from bot.discord_app.views import NOT_YOURS, AnswerView

pytestmark = pytest.mark.simcord(shard_count=1)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def answered(world):
    """Return alice's public answer to the Lena problem."""
    result = await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    return result.response


async def test_steps_are_shown_privately_to_whoever_clicks(world, answered):
    clicked = await world.bob.click(answered, label="Steps")
    assert clicked.ephemeral
    text = answer_text(clicked.response)
    assert "**1.** Each epoch multiplies" in text and "30·(21/20)^10 ≈ 48.8668" in text


async def test_plot_attaches_a_png(world, answered):
    clicked = await world.alice.click(answered, label="Plot")
    assert clicked.acknowledged and clicked.ephemeral
    (attachment,) = clicked.response.attachments
    assert attachment.filename == "stepwise-plot.png"
    assert (await attachment.read()).startswith(PNG_MAGIC)


async def test_delete_by_the_asker_removes_the_answer(world, answered):
    await world.alice.click(answered, label="Delete")
    assert all(m.id != answered.id for m in world.channel.history())


async def test_delete_by_someone_else_is_politely_refused(world, answered):
    refused = await world.bob.click(answered, label="Delete")
    assert refused.ephemeral and refused.response.content == NOT_YOURS
    assert any(m.id == answered.id for m in world.channel.history())


async def test_delete_works_on_a_mention_reply(world):
    await world.alice.send(world.channel, f"{world.env.bot.user.mention} {LENA_TEXT}")
    reply = world.channel.last_message
    await world.bob.click(reply, label="Delete")
    assert world.channel.last_message.id == reply.id
    await world.alice.click(reply, label="Delete")
    assert world.channel.last_message.id != reply.id


async def test_no_plot_button_without_a_series(world):
    result = await world.alice.slash(world.channel, "solve", problem="Bob has 3 apples.")
    assert labels(result.response) == ["Steps", "Delete"]


async def test_buttons_are_removed_when_the_view_times_out(world, answered):
    await world.env.advance_time(601)
    assert answered.id in {m.id for m in world.channel.history()}
    message = next(m for m in world.channel.history() if m.id == answered.id)
    assert message.components == []


def test_view_keeps_its_state_on_the_instance():
    view = AnswerView(LENA, LENA_TEXT, owner_id=42, private=True)
    assert (view.outcome, view.problem, view.owner_id) == (LENA, LENA_TEXT, 42)
    assert [item.label for item in view.children] == ["Steps", "Plot"]
