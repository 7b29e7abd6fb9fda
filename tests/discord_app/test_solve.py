"""/solve, "Solve this", mentions and DMs, driven through simcord."""

from __future__ import annotations

import pytest
from discord_fakes import (LENA_TEXT, ZORBS_TEXT, DeclaredPool, SlowPool, answer_text, endless,
                           labels, wait_until)

from bot.workers import WorkerPool

pytestmark = pytest.mark.simcord(shard_count=1)  # discord.py would ask Discord; simcord needs it
DEADLINE = 3.0


async def test_solve_in_a_server(world, pool, timeline):
    timeline.start()
    result = await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    assert result.acknowledged and not result.ephemeral
    assert timeline.first("ack") < DEADLINE
    reply = result.response
    text = answer_text(reply)
    assert "48.86683770" in text and "units" in text
    for section in ("How I read it", "Not needed", "Other readings", "Claim check"):
        assert section in text
    assert "150,000" in text
    assert labels(reply) == ["Steps", "Plot", "Delete"]
    assert pool.calls == [LENA_TEXT]


async def test_solve_in_a_dm(world, timeline):
    timeline.start()
    result = await world.dora.slash("solve", problem=LENA_TEXT)
    assert result.acknowledged and timeline.first("ack") < DEADLINE
    assert "48.86683770" in answer_text(result.response)


async def test_private_flag_makes_the_answer_ephemeral_without_delete(world, timeline):
    timeline.start()
    result = await world.alice.slash(world.channel, "solve", problem=LENA_TEXT, private=True)
    assert result.ephemeral and result.response.ephemeral
    assert labels(result.response) == ["Steps", "Plot"]
    visible_to_bob = world.channel.history(viewer=world.bob)
    assert all("48.86683770" not in answer_text(m) for m in visible_to_bob)


async def test_solve_this_on_a_message(world, timeline):
    question = await world.bob.send(world.channel, LENA_TEXT)
    timeline.start()
    result = await world.alice.context_menu(world.channel, "Solve this", question)
    assert result.acknowledged and timeline.first("ack") < DEADLINE
    assert "48.86683770" in answer_text(result.response)


async def test_solve_this_on_a_message_without_text(world, pool):
    empty = await world.bob.send(world.channel, "", attachments=[("chart.png", b"\x89PNG")])
    result = await world.alice.context_menu(world.channel, "Solve this", empty)
    assert result.ephemeral and "no text" in result.response.content
    assert pool.calls == []


async def test_mention_solves_without_the_message_content_intent(world, pool):
    assert not world.env.bot.intents.message_content
    me = world.env.bot.user
    await world.alice.send(world.channel, f"{me.mention} {LENA_TEXT}")
    reply = world.channel.last_message
    assert reply.author.id == me.id and "48.86683770" in answer_text(reply)
    assert pool.calls == [LENA_TEXT]


async def test_plain_channel_chatter_is_ignored(world, pool):
    await world.alice.send(world.channel, LENA_TEXT)
    assert pool.calls == []
    assert world.channel.last_message.author.id == world.alice.id


async def test_mention_without_a_problem_gets_a_hint(world, pool):
    await world.alice.send(world.channel, world.env.bot.user.mention)
    assert "Send me a math word problem" in world.channel.last_message.content
    assert pool.calls == []


async def test_dm_message_is_solved(world):
    await world.dora.send_dm(LENA_TEXT)
    reply = world.dora.dm_channel.last_message
    assert "48.86683770" in answer_text(reply)


async def test_unsolvable_problem_gets_a_friendly_decline(world, timeline):
    timeline.start()
    result = await world.alice.slash(world.channel, "solve", problem=ZORBS_TEXT)
    content = result.response.content
    assert "couldn't solve" in content and "zorbs flibbing" in content
    assert "A phrasing I understand" in content and "A tank holds 30 litres" in content
    assert "Traceback" not in content and not result.response.embeds


async def test_slow_problem_is_acknowledged_then_times_out(world, timeline):
    world.env.bot.solve_cog.pool = DeclaredPool(world.env, SlowPool(timeout=2.5))
    timeline.start()
    result = await world.alice.slash(world.channel, "solve", problem="an endless problem")
    assert result.deferred and timeline.first("ack", virtual=True) < DEADLINE
    assert result.response.content == "", "still thinking: the follow-up has not come yet"
    await world.env.advance_time(2.5)
    assert timeline.first("followup", virtual=True) == pytest.approx(2.5, abs=0.1)
    assert "took longer than 2.5 s" in result.response.content


async def test_cooldown_is_polite_and_expires(world, pool):
    for _ in range(3):
        await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    refused = await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    assert refused.ephemeral and "Please wait" in refused.response.content
    assert len(pool.calls) == 3
    other = await world.bob.slash(world.channel, "solve", problem=LENA_TEXT)
    assert "48.86683770" in answer_text(other.response), "the cooldown is per user"
    await world.env.advance_time(5)
    again = await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    assert "48.86683770" in answer_text(again.response)


async def test_too_long_input_is_refused_before_solving(world, pool):
    result = await world.alice.slash(world.channel, "solve", problem="x " * 600)
    assert result.ephemeral and "at most 1,000" in result.response.content
    assert pool.calls == []


async def test_explanation_beyond_embed_limits_is_split_and_complete(world, pool):
    from discord_fakes import huge_outcome

    huge = huge_outcome()
    pool.table["huge"] = huge
    result = await world.alice.slash(world.channel, "solve", problem="huge")
    messages = [result.response, *result.followups]
    text = "\n".join(answer_text(m) for m in messages)
    assert all(r in text for r in huge.reading)
    steps = await world.alice.click(result.response, label="Steps")
    pages = [steps.response, *steps.followups]
    assert len(pages) >= 2 and all(p.ephemeral for p in pages)
    steps_text = "\n".join(answer_text(p) for p in pages)
    for step in huge.steps:
        assert step.text in steps_text and step.math[0] in steps_text
    for page in pages:
        for embed in page.embeds:
            assert embed.description.startswith("**"), "pages start with a whole step"


async def test_help_and_about(world):
    import bot

    helped = await world.alice.slash(world.channel, "help")
    assert helped.ephemeral and "Examples" in answer_text(helped.response)
    about = await world.dora.slash("about")
    text = answer_text(about.response)
    assert bot.__version__ in text and "No AI guessing" in text


async def test_a_bug_reaches_the_central_handler_and_the_user_sees_no_traceback(
        world, handled_errors, monkeypatch):
    from discord_fakes import RaisingPool

    monkeypatch.setattr(world.env.bot.solve_cog, "pool", RaisingPool())
    result = await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    shown = "\n".join([result.response.content] + [f.content for f in result.followups])
    assert "something went wrong" in shown.lower()
    assert "Traceback" not in shown and "secret" not in shown and "RuntimeError" not in shown
    assert [type(e).__name__ for e in handled_errors] == ["RuntimeError"]
    handled_errors.clear()
    assert len(world.env.errors) == 1  # simcord saw it too; reading .errors acknowledges it


async def test_slow_problem_in_a_real_worker_process_is_killed(world, timeline):
    workers = WorkerPool(workers=1, timeout=2.0, solve=endless)
    world.env.bot.solve_cog.pool = DeclaredPool(world.env, workers)
    try:
        await workers.start()
        timeline.start()
        result = await world.alice.slash(world.channel, "solve", problem="an endless problem")
        assert result.deferred and timeline.first("ack", virtual=True) < DEADLINE
        await world.env.advance_time(2.0)
        await wait_until(world.env, lambda: "took longer" in result.response.content)
        assert workers.restarts == 1
    finally:
        await workers.close()


async def test_solves_acks_and_timeouts_are_counted_in_the_metrics(world):
    from bot import metrics

    metrics.reset()
    await world.alice.slash(world.channel, "solve", problem=LENA_TEXT)
    await world.alice.slash(world.channel, "solve", problem=ZORBS_TEXT)
    world.env.bot.solve_cog.pool = DeclaredPool(world.env, SlowPool(timeout=1.0))
    await world.bob.slash(world.channel, "solve", problem="endless")
    await world.env.advance_time(1.0)
    text = metrics.render_prometheus()
    for outcome in ("solved", "declined", "timeout"):
        assert f'stepwise_solves_total{{outcome="{outcome}"}} 1' in text
    assert "stepwise_interactions_acknowledged_total 3" in text
    assert "stepwise_interactions_acknowledged_late_total 0" in text
    metrics.reset()


def test_a_real_worker_restart_is_counted():
    from bot import metrics
    from bot.discord_app.client import create_bot

    metrics.reset()
    create_bot().pool._on_restart()
    assert "stepwise_worker_restarts_total 1" in metrics.render_prometheus()
    metrics.reset()
