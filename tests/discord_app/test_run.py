"""`stepwise bot ...`: arguments, token handling, exit statuses, logging; no network."""

from __future__ import annotations

import json
import logging

import discord
import pytest

from bot.config import Settings
from bot.discord_app import run
from bot.discord_app.client import StepwiseBot
from bot.discord_app.logs import JsonFormatter, TextFormatter, log_solve

TOKEN = "MTIz.secret-token-value"


@pytest.fixture
def served(monkeypatch):
    """Replace serve() by a recorder, and logging setup by a no-op; return the calls."""
    calls: list[dict] = []

    async def fake_serve(settings, *, sync=False, sync_guild=None):
        calls.append({"settings": settings, "sync": sync, "guild": sync_guild})
        return 0

    monkeypatch.setattr(run, "serve", fake_serve)
    monkeypatch.setattr("bot.discord_app.logs.setup_logging", lambda *a: None)
    return calls


@pytest.mark.parametrize("argv, settings, message", [
    pytest.param([], Settings(), "DISCORD_TOKEN", id="no-token"),
    pytest.param(["--shards", "0-3"], Settings(token=TOKEN), "SHARD_COUNT", id="shards-alone"),
    pytest.param(["--shard-count", "2", "--shards", "1-2"], Settings(token=TOKEN),
                 "not below the shard count", id="shard-out-of-range"),
    pytest.param(["--shard-count", "2", "--shards", "x"], Settings(token=TOKEN),
                 "--shards must look like", id="bad-shards"),
    pytest.param(["--guild", "5"], Settings(token=TOKEN), "--guild only makes sense",
                 id="guild-without-sync"),
])
def test_refusals_are_one_clear_line_and_status_2(argv, settings, message, capsys, served):
    assert run.main(argv, settings) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and TOKEN not in err
    assert served == []


def test_bad_environment_is_one_line_and_status_2(monkeypatch, capsys, served):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("STEPWISE_WORKERS", "lots")
    assert run.main([]) == 2
    err = capsys.readouterr().err
    assert "STEPWISE_WORKERS" in err and err.count("\n") == 1 and TOKEN not in err


def test_token_from_environment_and_options_reach_serve(monkeypatch, served):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert run.main(["--sync", "--guild", "77", "--shard-count", "4", "--shards", "0-1"]) == 0
    (call,) = served
    assert call["sync"] and call["guild"] == 77
    assert call["settings"].token == TOKEN
    assert (call["settings"].shard_count, call["settings"].shard_ids) == (4, (0, 1))


def test_normal_start_does_not_sync(served):
    assert run.main([], Settings(token=TOKEN)) == 0
    assert served[0]["sync"] is False


def test_help_exits_zero(capsys):
    assert run.main(["--help"]) == 0
    assert "--sync" in capsys.readouterr().out


def test_usage_error_exits_two(capsys):
    assert run.main(["--shard-count", "many"]) == 2


async def test_serve_reports_a_rejected_token_without_showing_it(monkeypatch, capsys, caplog):
    async def reject(self, token, **kwargs):
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(StepwiseBot, "start", reject)
    caplog.set_level(logging.DEBUG)
    status = await run.serve(Settings(token=TOKEN))
    assert status == 1
    err = capsys.readouterr().err
    assert "rejected the token" in err and TOKEN not in err
    assert TOKEN not in caplog.text


async def test_serve_starts_and_stops_the_health_server(monkeypatch):
    events: list[str] = []

    class Runner:
        async def cleanup(self):
            events.append("health stopped")

    async def start_health_server(host, port, bot):
        events.append(f"health on {host}:{port} for {type(bot).__name__}")
        return Runner()

    async def start(self, token, **kwargs):
        events.append("bot started")

    monkeypatch.setattr("bot.health.start_health_server", start_health_server)
    monkeypatch.setattr(StepwiseBot, "start", start)
    assert await run.serve(Settings(token=TOKEN, health_port=9100)) == 0
    assert events == ["health on 127.0.0.1:9100 for StepwiseBot", "bot started",
                      "health stopped"]


def record(fields: dict) -> logging.LogRecord:
    """Return a solve log record as log_solve makes it."""
    captured: list[logging.LogRecord] = []
    logger = logging.getLogger("test.solve")
    logger.addHandler(handler := logging.Handler())
    handler.emit = captured.append
    logger.setLevel(logging.INFO)
    try:
        log_solve(logger, **fields)
    finally:
        logger.removeHandler(handler)
    return captured[0]


def test_one_solve_line_as_text_and_json():
    line = record({"command": "solve", "outcome": "solved", "seconds": 0.0123, "chars": 42})
    text = TextFormatter("%(message)s").format(line)
    assert text == "solve command=solve outcome=solved latency_ms=12.3 chars=42"
    data = json.loads(JsonFormatter().format(line))
    assert data["message"] == "solve" and data["outcome"] == "solved"
    assert data["latency_ms"] == 12.3 and data["command"] == "solve"
