"""The Discord front end: the only package that imports discord. Importing it connects nothing.

`create_bot(settings=None)` (from bot.discord_app.client) builds the configured bot; it is
loaded on first use so `import bot.discord_app` stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_bot"]


def __getattr__(name: str) -> Any:
    """Load create_bot lazily (discord.py takes a moment to import)."""
    if name == "create_bot":
        from bot.discord_app.client import create_bot

        return create_bot
    raise AttributeError(f"module 'bot.discord_app' has no attribute {name!r}")
