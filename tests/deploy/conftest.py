"""Shared fixtures for the deploy tests: a clean metrics registry and a loopback fake Discord."""

from __future__ import annotations

import asyncio
import json

import discord
import pytest
import yarl
from aiohttp import WSMsgType, web

from bot import metrics

BOT_USER = {"id": "1000", "username": "stepwise", "discriminator": "0", "global_name": None,
            "avatar": None, "bot": True, "flags": 0}
APPLICATION = {"id": "1000", "name": "stepwise", "icon": None, "description": "",
               "bot_public": True, "bot_require_code_grant": False, "owner": BOT_USER,
               "verify_key": "00", "flags": 0}


def as_json(data) -> web.Response:
    """Answer JSON with the exact content type discord.py parses (no charset suffix)."""
    return web.Response(body=json.dumps(data).encode(), content_type="application/json")


def pytest_configure(config):
    """Register the marker of the slow wheel test (deselect offline with -m 'not wheel')."""
    config.addinivalue_line("markers", "wheel: builds a wheel and installs it from PyPI deps")


@pytest.fixture(autouse=True)
def clean_metrics():
    """Start and end every test with an empty metrics registry."""
    metrics.reset()
    yield
    metrics.reset()


class FakeDiscord:
    """REST + gateway on 127.0.0.1 that records every IDENTIFY and answers with READY."""

    def __init__(self, recommended_shards: int = 1):
        self.recommended_shards = recommended_shards
        self.identifies: list[dict] = []
        self.identified = asyncio.Event()
        self.url = ""

    def app(self) -> web.Application:
        """Build the aiohttp app: the REST routes login needs and the gateway websocket."""
        app = web.Application()
        app.router.add_get("/api/v10/users/@me", lambda _: as_json(BOT_USER))
        app.router.add_get("/api/v10/oauth2/applications/@me",
                           lambda _: as_json(APPLICATION))
        app.router.add_get("/api/v10/gateway/bot", self._gateway_bot)
        app.router.add_get("/api/v10/gateway", lambda _: as_json({"url": self.ws_url}))
        app.router.add_get("/gateway", self._gateway)
        return app

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/gateway"

    async def _gateway_bot(self, _request) -> web.Response:
        """Tell discord.py where the gateway is and how many shards Discord would recommend."""
        return as_json({"url": self.ws_url, "shards": self.recommended_shards,
                                  "session_start_limit": {"total": 1000, "remaining": 1000,
                                                          "reset_after": 0,
                                                          "max_concurrency": 1}})

    async def _gateway(self, request) -> web.WebSocketResponse:
        """Send HELLO, record IDENTIFY, answer READY for its shard, ACK heartbeats."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                break
            payload = json.loads(message.data)
            if payload["op"] == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif payload["op"] == 2:
                self.identifies.append(payload["d"])
                self.identified.set()
                await ws.send_json({"op": 0, "t": "READY", "s": 1, "d": self._ready(payload["d"])})
        return ws

    def _ready(self, identify: dict) -> dict:
        """Build a READY payload for the shard named in the IDENTIFY (no guilds)."""
        return {"v": 10, "user": BOT_USER, "guilds": [], "session_id": "fake-session",
                "resume_gateway_url": self.ws_url, "shard": identify.get("shard", [0, 1]),
                "application": {"id": APPLICATION["id"], "flags": 0}}

    def shard_ids(self) -> list[list[int]]:
        """Return the [shard_id, shard_count] pairs sent in IDENTIFY, in order."""
        return [identify.get("shard") for identify in self.identifies]


@pytest.fixture
async def fake_discord(monkeypatch):
    """Run a FakeDiscord on a free 127.0.0.1 port and point discord.py's REST/gateway at it."""
    fake = FakeDiscord()
    runner = web.AppRunner(fake.app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    fake.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    monkeypatch.setattr(discord.http.Route, "BASE", fake.url + "/api/v10")
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.ws_url))
    yield fake
    await runner.cleanup()
