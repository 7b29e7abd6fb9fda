"""Fixtures for driving the real bot through simcord's simulated Discord (offline, no token).

Every test here fails on an unhandled command error twice over: simcord re-raises errors the
bot swallowed, and `no_unhandled_errors` fails if the central handler was reached at all
(tests that provoke an error on purpose take `handled_errors` and empty it).
"""

from __future__ import annotations

import datetime
import time
from dataclasses import dataclass, field

import discord
import pytest
from discord_fakes import LENA, LENA_TEXT, NO_SERIES, ZORBS, ZORBS_TEXT, ScriptedPool

from bot.config import Settings
from bot.discord_app.client import create_bot

TIMINGS: list[tuple[str, float, float, float, float]] = []  # test, wall ack/follow-up, virtual


@pytest.fixture
def settings() -> Settings:
    """Return settings with a small cooldown budget and input limit."""
    return Settings(token="", cooldown_uses=3, cooldown_seconds=5.0, max_input_chars=1000,
                    solve_timeout=1.0)


@pytest.fixture
def pool() -> ScriptedPool:
    """Return a pool that knows the Lena problem, a problem without series, and a decline."""
    return ScriptedPool({LENA_TEXT: LENA, "Bob has 3 apples.": NO_SERIES, ZORBS_TEXT: ZORBS})


@pytest.fixture
def handled_errors() -> list[BaseException]:
    """Return the list the bot's central error handler reports into."""
    return []


@pytest.fixture
def simcord_bot(settings, pool, handled_errors):
    """Build the bot under test (commands synced on start, as `stepwise bot --sync` does)."""
    bot = create_bot(settings, pool=pool, sync=True)
    bot.error_hook = handled_errors.append
    return bot


@pytest.fixture(autouse=True)
def no_unhandled_errors(request, handled_errors):
    """Fail the test if any error reached the central handler and was not claimed."""
    yield
    assert handled_errors == [], f"unexpected errors reached the handler: {handled_errors!r}"


@dataclass
class World:
    """A server with a channel, two members, and a user who talks to the bot in DMs."""

    env: object
    guild: object
    channel: object
    alice: object
    bob: object
    dora: object


@pytest.fixture
def world(simcord_env) -> World:
    """Arrange the usual scene."""
    guild = simcord_env.create_guild(name="math club")
    channel = guild.create_text_channel("homework")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    dora = simcord_env.create_user("dora")
    return World(simcord_env, guild, channel, alice, bob, dora)


@dataclass
class Timeline:
    """When an interaction was first acknowledged and first followed up, in wall-clock seconds
    and in simcord's virtual seconds (the clock its 3 s deadline is enforced on)."""

    name: str
    env: object
    started: tuple[float, datetime.datetime] | None = None
    events: list[tuple[str, float, datetime.datetime]] = field(default_factory=list)

    def start(self) -> None:
        """Mark the moment the user acts."""
        self.started = (time.perf_counter(), self.env.now())
        self.events.clear()

    def mark(self, kind: str) -> None:
        """Record an event of `kind` now."""
        self.events.append((kind, time.perf_counter(), self.env.now()))

    def first(self, kind: str, virtual: bool = False) -> float:
        """Return seconds from the start to the first event of `kind`."""
        wall, simulated = next((w, v) for k, w, v in self.events if k == kind)
        if virtual:
            return (simulated - self.started[1]).total_seconds()
        return wall - self.started[0]


@pytest.fixture
def timeline(request, monkeypatch, simcord_env) -> Timeline:
    """Record when the bot acknowledges (defer/send_message) and follows up, and report it."""
    line = Timeline(request.node.name, simcord_env)

    def wrap(owner, name, kind):
        original = getattr(owner, name)

        async def recorded(self, *args, **kwargs):
            result = await original(self, *args, **kwargs)
            line.mark(kind)
            return result

        monkeypatch.setattr(owner, name, recorded)

    wrap(discord.InteractionResponse, "defer", "ack")
    wrap(discord.InteractionResponse, "send_message", "ack")
    wrap(discord.Webhook, "send", "followup")
    yield line
    kinds = {k for k, _, _ in line.events}
    if {"ack", "followup"} <= kinds:
        TIMINGS.append((line.name, line.first("ack"), line.first("followup"),
                        line.first("ack", True), line.first("followup", True)))


def pytest_terminal_summary(terminalreporter):
    """Print the measured acknowledgement and follow-up times of the Discord tests."""
    if not TIMINGS:
        return
    terminalreporter.section("Discord interaction timings (wall clock)")
    terminalreporter.write_line(f"{'test':58s} {'ack':>9s} {'follow-up':>10s}   "
                                f"virtual: ack / follow-up")
    for name, ack, followup, virtual_ack, virtual_followup in TIMINGS:
        terminalreporter.write_line(f"{name[:58]:58s} {ack * 1000:6.1f} ms {followup * 1000:7.1f} ms"
                                    f"   {virtual_ack:.2f} s / {virtual_followup:.2f} s")
    worst = max(t[1] for t in TIMINGS)
    terminalreporter.write_line(f"slowest first acknowledgement: {worst * 1000:.1f} ms wall "
                                f"(Discord's deadline: 3000 ms)")
