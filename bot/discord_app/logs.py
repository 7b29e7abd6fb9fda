"""Structured logs: `key=value` text or one JSON object per line, never the token or user text."""

from __future__ import annotations

import json
import logging
import sys
import time

FIELDS = "fields"  # the `extra=` key that carries a line's structured fields


class TextFormatter(logging.Formatter):
    """Format "time level logger message key=value ..." lines."""

    def format(self, record: logging.LogRecord) -> str:
        """Return one text line, with structured fields appended as key=value."""
        line = super().format(record)
        fields = getattr(record, FIELDS, None) or {}
        pairs = " ".join(f"{key}={value}" for key, value in fields.items())
        return f"{line} {pairs}" if pairs else line


class JsonFormatter(logging.Formatter):
    """Format one JSON object per line, structured fields at the top level."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as a JSON line."""
        out = {"time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
               "level": record.levelname, "logger": record.name, "message": record.getMessage(),
               **(getattr(record, FIELDS, None) or {})}
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def setup_logging(level: str = "INFO", fmt: str = "text") -> None:
    """Send all logs to stderr in the chosen format (called once by the entry point)."""
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("discord.http").setLevel(max(logging.getLevelName(level), logging.INFO))


def log_solve(logger: logging.Logger, command: str, outcome: str, seconds: float,
              chars: int) -> None:
    """Write the one line every solve gets: command, outcome, latency, input size."""
    logger.info("solve", extra={FIELDS: {"command": command, "outcome": outcome,
                                         "latency_ms": round(seconds * 1000, 1),
                                         "chars": chars}})
