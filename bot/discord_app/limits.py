"""Polite limits on what reaches the solver: empty text, input length, per-user cooldown."""

from __future__ import annotations

import time

from bot.render.markdown import EXAMPLE

PRUNE_ABOVE = 10_000  # forget finished windows once this many users are tracked


class Cooldown:
    """Allow `uses` per key in each window of `per_seconds` (the window opens on first use)."""

    def __init__(self, uses: int, per_seconds: float):
        self.uses = uses
        self.per_seconds = per_seconds
        self._windows: dict[int, tuple[float, int]] = {}

    def retry_after(self, key: int, now: float) -> float:
        """Count one use by `key` and return 0, or return the seconds until it is allowed."""
        opened, used = self._windows.get(key, (now, 0))
        if now - opened >= self.per_seconds:
            opened, used = now, 0
        if used >= self.uses:
            return self.per_seconds - (now - opened)
        self._windows[key] = (opened, used + 1)
        if len(self._windows) > PRUNE_ABOVE:
            self._prune(now)
        return 0.0

    def _prune(self, now: float) -> None:
        """Drop windows that have closed, so memory stays bounded by active users."""
        self._windows = {k: w for k, w in self._windows.items()
                         if now - w[0] < self.per_seconds}


class Gate:
    """Decide whether a user's problem may be solved now; say why not, kindly, when it may not.

    The cooldown runs on `time.monotonic` (immune to wall-clock jumps), read at each call.
    """

    def __init__(self, uses: int, per_seconds: float, max_chars: int):
        self.max_chars = max_chars
        self.cooldown = Cooldown(uses, per_seconds)

    def refusal(self, user_id: int, text: str) -> str | None:
        """Return why `text` from `user_id` is not solved now, or None (and count the use)."""
        if not text.strip():
            return f"Send me a math word problem, for example: *{EXAMPLE}*"
        if len(text) > self.max_chars:
            return (f"That problem is {len(text):,} characters long; I read at most "
                    f"{self.max_chars:,}. Could you shorten it to the part with the numbers?")
        wait = self.cooldown.retry_after(user_id, time.monotonic())
        if wait > 0:
            return (f"You're asking quickly! Please wait {max(1, round(wait))} s "
                    f"before the next problem.")
        return None
