"""The real core in real worker processes behind the real bot, driven through simcord."""

from __future__ import annotations

import pytest
from discord_fakes import LENA_TEXT, DeclaredPool, answer_text, wait_until

from bot.workers import WorkerPool

pytestmark = pytest.mark.simcord(shard_count=1)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def real_pool(world):
    """Put a one-worker pool running bot.core.answer behind the bot, warmed up."""
    workers = WorkerPool(workers=1, timeout=30.0)
    await workers.start()
    world.env.bot.solve_cog.pool = DeclaredPool(world.env, workers)
    yield workers
    await workers.close()


async def test_lena_problem_end_to_end(world, real_pool, timeline):
    timeline.start()
    result = await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    assert result.acknowledged and timeline.first("ack") < 3.0
    await wait_until(world.env, lambda: bool(result.response.embeds or result.response.content))
    text = answer_text(result.response)
    assert "48.8668" in text, result.response.content
    assert "Not needed" in text and "150000 parameters" in text
    steps = await world.bob.click(result.response, label="Steps")
    assert "(21/20)" in answer_text(steps.response)
    plot = await world.alice.click(result.response, label="Plot")
    assert (await plot.response.attachments[0].read()).startswith(PNG_MAGIC)


async def test_real_decline_is_friendly(world, real_pool):
    result = await world.alice.slash(world.channel, "solve",
                                     problem="There are 5 zorbs flibbing every glorp. How many?")
    await wait_until(world.env, lambda: bool(result.response.content))
    content = result.response.content
    assert "couldn't solve" in content and "A phrasing I understand" in content
    assert "Traceback" not in content
