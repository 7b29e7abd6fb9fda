"""Load through the real bot (offline): 500 /solve interactions from 50 simulated users at once.

The real Discord front end runs under simcord; the real worker pool (production settings: 2
workers, 10 s timeout) solves in child processes. The mix is solvable, unsolvable and
pathological problems. Every interaction must be acknowledged (simcord enforces Discord's 3 s
deadline on its clock; the wall-clock time to acknowledgement is measured and asserted too) and
get exactly one answer or error reply: none lost, none duplicated. Run with `make load`.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections import Counter, defaultdict

import discord
import pytest

from bot.bench import quantile
from bot.bench_problems import PROBLEMS, hostile_inputs
from bot.discord_app.views import VIEW_TIMEOUT
from bot.workers import WorkerPool, outcome_status

from conftest import PER_USER, USERS

pytestmark = [pytest.mark.load, pytest.mark.simcord(shard_count=1)]
ACK_DEADLINE = 3.0
DISCORD_OPTION_LIMIT = 6000  # Discord's longest string option
UNSOLVABLE = (
    "There are 5 zorbs flibbing every glorp. How many?",
    "Bob has 3 apples and 4 pears. What colour is his hat?",
    "Solve x^2 + 3x = 10 for x.",
    "A train leaves at 3 pm at 80 km/h. When does it arrive?",
    "What is the meaning of 42?",
    "A colony of bacteria grows. How many are there later?",
)


def problem_mix(seed: int = 5) -> list[list[str]]:
    """Return PER_USER problems for each of USERS users: ~60% solvable, ~25% unsolvable,
    ~15% pathological (hostile inputs a user could paste into a slash option)."""
    rng = random.Random(seed)
    solvable = [p.text for p in PROBLEMS]
    hostile = [text for _, text in hostile_inputs()
               if text.strip() and len(text) <= DISCORD_OPTION_LIMIT]
    pools = [(solvable, 0.60), (list(UNSOLVABLE), 0.25), (hostile, 0.15)]
    def pick() -> str:
        texts = rng.choices([p for p, _ in pools], weights=[w for _, w in pools])[0]
        return rng.choice(texts)
    return [[pick() for _ in range(PER_USER)] for _ in range(USERS)]


class RealTimePool:
    """Hand each solve to a task the test owns, so the pool's timeouts run on the real clock.

    The bot awaits the result inside simcord's declared external wait (as DeclaredPool does in
    the Discord tests); timers scheduled inside that wait would be virtual, so the WorkerPool
    itself runs in the test's dispatcher task instead.
    """

    def __init__(self, env, inner: WorkerPool):
        self.env = env
        self.inner = inner
        self.requests: asyncio.Queue = asyncio.Queue()
        self.statuses: Counter = Counter()
        self.running: set[asyncio.Task] = set()

    async def start(self) -> None:
        """Nothing: the test starts the inner pool."""

    async def solve(self, text: str):
        """Queue the problem for the dispatcher and wait (declared external work) for it."""
        future = asyncio.get_running_loop().create_future()
        self.requests.put_nowait((text, future))
        return await self.env.external_wait(future, reason="worker pool (real clock)")

    async def serve(self) -> None:
        """Run in a test-owned task: start a real-clock solve for every queued problem."""
        while True:
            text, future = await self.requests.get()
            task = asyncio.get_running_loop().create_task(self._solve(text, future))
            self.running.add(task)
            task.add_done_callback(self.running.discard)

    async def _solve(self, text: str, future: asyncio.Future) -> None:
        """Solve in the real pool and hand the Outcome back to the bot."""
        outcome = await self.inner.solve(text)
        self.statuses[outcome_status(outcome)] += 1
        if not future.done():
            future.set_result(outcome)

    async def close(self) -> None:
        """Nothing: the test closes the inner pool."""


class Ledger:
    """Wall-clock times of each interaction's start, acknowledgements and replies, by id."""

    def __init__(self):
        self.started: dict[int, float] = {}
        self.acks: dict[int, list[float]] = defaultdict(list)
        self.replies: dict[int, list[float]] = defaultdict(list)
        self.continuations: Counter = Counter()
        self.token_to_id: dict[str, int] = {}
        self.pending_start: float | None = None

    def ack(self, interaction, final: bool) -> None:
        """Record an acknowledgement (and a reply, when the acknowledgement is the answer)."""
        now = time.perf_counter()
        self.started.setdefault(interaction.id, self.pending_start)
        self.token_to_id[interaction.token] = interaction.id
        self.acks[interaction.id].append(now)
        if final:
            self.replies[interaction.id].append(now)

    def followup(self, token: str, first: bool) -> None:
        """Record a follow-up: the reply itself, or a continuation of a long answer."""
        interaction_id = self.token_to_id[token]
        if first:
            self.replies[interaction_id].append(time.perf_counter())
        else:
            self.continuations[interaction_id] += 1


@pytest.fixture
def ledger(monkeypatch) -> Ledger:
    """Record every acknowledgement and follow-up the bot sends."""
    book = Ledger()
    defer, send_message = discord.InteractionResponse.defer, discord.InteractionResponse.send_message
    webhook_send = discord.Webhook.send

    async def recorded_defer(self, *args, **kwargs):
        result = await defer(self, *args, **kwargs)
        book.ack(self._parent, final=False)
        return result

    async def recorded_send_message(self, *args, **kwargs):
        result = await send_message(self, *args, **kwargs)
        book.ack(self._parent, final=True)
        return result

    async def recorded_webhook_send(self, *args, **kwargs):
        result = await webhook_send(self, *args, **kwargs)
        book.followup(self.token, first="view" in kwargs or "content" in kwargs)
        return result

    monkeypatch.setattr(discord.InteractionResponse, "defer", recorded_defer)
    monkeypatch.setattr(discord.InteractionResponse, "send_message", recorded_send_message)
    monkeypatch.setattr(discord.Webhook, "send", recorded_webhook_send)
    return book


async def _until_replied(env, ledger: Ledger, pool: RealTimePool, count: int) -> None:
    """Let real time pass until `count` interactions have their reply and no solve is running."""
    deadline = time.perf_counter() + 120
    while len(ledger.replies) < count or pool.running:
        assert time.perf_counter() < deadline, f"{len(ledger.replies)}/{count} replies after 120 s"
        await asyncio.sleep(0.05)
        await env.settle()
    await env.settle()


def _ms(values: list[float], q: float) -> float:
    """Return the q-quantile of seconds, in milliseconds."""
    return quantile(values, q) * 1000


async def test_500_interactions_from_50_users(simcord_env, ledger, settings):
    env = simcord_env
    guild = env.create_guild(name="load")
    channel = guild.create_text_channel("homework")
    users = [guild.add_member(env.create_user(f"user{i}")) for i in range(USERS)]
    workers = WorkerPool(workers=settings.workers, timeout=settings.solve_timeout,
                         memory_mb=settings.worker_memory_mb)
    await workers.start()
    pool = RealTimePool(env, workers)
    env.bot.solve_cog.pool = pool
    dispatcher = asyncio.get_running_loop().create_task(pool.serve())
    mix = problem_mix()
    results = []
    try:
        began = time.perf_counter()
        for wave in range(PER_USER):  # all users send their next problem at once
            for user, problems in zip(users, mix):
                ledger.pending_start = time.perf_counter()
                results.append(await user.slash(channel, "solve", problem=problems[wave]))
            await _until_replied(env, ledger, pool, len(results))
            await env.advance_time(VIEW_TIMEOUT)  # the next wave comes 10 (virtual) minutes later
        elapsed = time.perf_counter() - began
    finally:
        dispatcher.cancel()
        await workers.close()

    total = USERS * PER_USER
    assert len(results) == total and all(r.acknowledged for r in results)
    assert len(ledger.started) == total, "every interaction was seen by the bot"
    assert all(len(times) == 1 for times in ledger.acks.values()), "one acknowledgement each"
    duplicated = {i: len(t) for i, t in ledger.replies.items() if len(t) != 1}
    assert not duplicated, f"replies not exactly one: {duplicated}"
    assert set(ledger.replies) == set(ledger.started), "no interaction lost"
    ack_s = [ledger.acks[i][0] - ledger.started[i] for i in ledger.started]
    answer_s = [ledger.replies[i][0] - ledger.started[i] for i in ledger.started]
    assert max(ack_s) < ACK_DEADLINE, f"slowest acknowledgement {max(ack_s):.2f} s"
    solved = sum(pool.statuses.values())
    print(f"\nload: {total} /solve interactions from {USERS} users in {PER_USER} waves of "
          f"{USERS} at once, all replied after {elapsed:.1f} s "
          f"(workers={settings.workers}, solve timeout={settings.solve_timeout:g} s)")
    print(f"  time to acknowledgement: p50 {_ms(ack_s, .5):.1f} ms, p99 {_ms(ack_s, .99):.1f} ms,"
          f" max {max(ack_s) * 1000:.1f} ms")
    print(f"  time to answer:          p50 {_ms(answer_s, .5):.0f} ms, p99 "
          f"{_ms(answer_s, .99):.0f} ms, max {max(answer_s) * 1000:.0f} ms")
    print(f"  pool outcomes: {dict(pool.statuses)}; refused before solving: {total - solved}; "
          f"continuation messages: {sum(ledger.continuations.values())}")
    print(f"  solves per second held: {solved / elapsed:.1f} "
          f"(median answer {statistics.median(answer_s):.2f} s)")
