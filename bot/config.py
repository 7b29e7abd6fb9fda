"""Settings, read once from the environment at an entry point (the only module that reads env).

Every setting has a default; `Settings.from_env(environ)` validates them all and raises
`ConfigError` with one clear line naming the variable when a value is unusable. The token is
never part of `repr()` so it cannot leak into logs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Mapping


class ConfigError(ValueError):
    """A setting has an unusable value; the message names the variable and what is expected."""


@dataclass(frozen=True)
class Settings:
    """All runtime settings with their defaults (see README "Configuration")."""

    token: str = field(default="", repr=False)
    cooldown_seconds: float = 5.0
    cooldown_uses: int = 3
    solve_timeout: float = 10.0
    workers: int = 2
    worker_memory_mb: int = 512
    max_input_chars: int = 4000
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    health_host: str = "127.0.0.1"
    health_port: int | None = None
    log_level: str = "INFO"
    log_format: str = "text"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Read and validate every STEPWISE_* variable and the Discord token source."""
        env = os.environ if environ is None else environ
        settings = cls(
            token=_token(env),
            cooldown_seconds=_number(env, "STEPWISE_COOLDOWN_SECONDS", 5.0, float, 0),
            cooldown_uses=_number(env, "STEPWISE_COOLDOWN_USES", 3, int, 1),
            solve_timeout=_number(env, "STEPWISE_SOLVE_TIMEOUT", 10.0, float, 0.1),
            workers=_number(env, "STEPWISE_WORKERS", 2, int, 1),
            worker_memory_mb=_number(env, "STEPWISE_WORKER_MEMORY_MB", 512, int, 64),
            max_input_chars=_number(env, "STEPWISE_MAX_INPUT_CHARS", 4000, int, 10),
            shard_count=_optional_int(env, "STEPWISE_SHARD_COUNT", 1),
            shard_ids=parse_shard_ids(env.get("STEPWISE_SHARDS", ""), "STEPWISE_SHARDS"),
            health_host=env.get("STEPWISE_HEALTH_HOST", "127.0.0.1"),
            health_port=_optional_int(env, "STEPWISE_HEALTH_PORT", 0),
            log_level=_choice(env, "STEPWISE_LOG_LEVEL", "INFO",
                              ("DEBUG", "INFO", "WARNING", "ERROR")),
            log_format=_choice(env, "STEPWISE_LOG_FORMAT", "text", ("text", "json")),
        )
        settings.validate()
        return settings

    def validate(self) -> None:
        """Check relations between settings (shards within the shard count)."""
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ConfigError("STEPWISE_SHARDS needs STEPWISE_SHARD_COUNT as well")
            bad = [s for s in self.shard_ids if s >= self.shard_count]
            if bad:
                raise ConfigError(f"shard ids {bad} are not below the shard count "
                                  f"{self.shard_count}")

    def public(self) -> dict:
        """Return the settings as a dict without the token (safe to log)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "token"}


def parse_shard_ids(text: str, name: str = "--shards") -> tuple[int, ...] | None:
    """Parse "0-3", "0,2,5" or "1-2,7" into sorted shard ids; empty text means None."""
    text = text.strip()
    if not text:
        return None
    ids: set[int] = set()
    try:
        for part in text.split(","):
            low, _, high = part.strip().partition("-")
            start, stop = int(low), int(high or low)
            if start < 0 or stop < start:
                raise ValueError
            ids.update(range(start, stop + 1))
    except ValueError:
        raise ConfigError(f"{name} must look like 0-3 or 0,2,5 (got {text!r})") from None
    return tuple(sorted(ids))


def _token(env: Mapping[str, str]) -> str:
    """Return the Discord token from DISCORD_TOKEN or the file named by DISCORD_TOKEN_FILE."""
    if env.get("DISCORD_TOKEN"):
        return env["DISCORD_TOKEN"].strip()
    path = env.get("DISCORD_TOKEN_FILE")
    if not path:
        return ""
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"DISCORD_TOKEN_FILE {path!r} cannot be read: "
                          f"{exc.strerror}") from None


def _number(env, name, default, kind, minimum):
    """Return env[name] converted by `kind`, at least `minimum`, or the default when unset."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a {kind.__name__} (got {raw!r})") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum} (got {raw!r})")
    return value


def _optional_int(env, name, minimum):
    """Return env[name] as an int of at least `minimum`, or None when unset."""
    if not env.get(name, "").strip():
        return None
    return _number(env, name, None, int, minimum)


def _choice(env, name, default, choices):
    """Return env[name] (case-insensitive) if it is one of `choices`, else the default."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    for choice in choices:
        if raw.lower() == choice.lower():
            return choice
    raise ConfigError(f"{name} must be one of {', '.join(choices)} (got {raw!r})")
