"""Fixtures for the load test: the real bot under simcord, its per-user budget opened up."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.discord_app.client import create_bot

USERS = 50
PER_USER = 10


class IdlePool:
    """Stands in until the test puts the real worker pool behind the cog (started outside)."""

    async def start(self) -> None:
        """Nothing to start."""

    async def solve(self, text: str):
        """Never used: the test replaces this pool before any interaction."""
        raise AssertionError("the load test replaces this pool")

    async def close(self) -> None:
        """Nothing to stop."""


@pytest.fixture
def settings() -> Settings:
    """Production settings (2 workers, 10 s solve timeout, cooldown 3 problems per 5 s).

    Users are spread in waves rather than given a larger budget: in each wave all 50 users send
    one problem at once, and the waves are VIEW_TIMEOUT apart on simcord's virtual clock (the
    clock the cooldown and the answer buttons run on), so no user is ever rate-limited and the
    answer buttons of a wave expire before the next one, as they would in real use.
    """
    return Settings(token="")


@pytest.fixture
def simcord_bot(settings):
    """Build the real bot (commands synced on start, as `stepwise bot --sync` does)."""
    return create_bot(settings, pool=IdlePool(), sync=True)
