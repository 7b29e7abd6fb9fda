"""Test doubles and helpers for the Discord front end: pools, sample Outcomes, readers."""

from __future__ import annotations

import asyncio
import time

from bot.core.outcome import Alternative, Answer, Claim, Outcome, Series, Step, Unused
from bot.workers import SolvePool, timeout_outcome

LENA_TEXT = ("Lena designs a neural network with 150,000 parameters. Each training epoch reduces "
             "error by 8%, but the gradient magnitude increases by 5% per epoch due to learning "
             "rate drift. If initial gradient is 30 units, what is the gradient magnitude after "
             "10 epochs?")

LENA = Outcome(
    ok=True,
    answers=(Answer("gradient magnitude", "48.86683770", "30*(21/20)**10", "units", "48.87"),),
    reading=("initial gradient: 30 units", "increases by 5% per epoch, compounded",
             "asked: the gradient magnitude after 10 epochs"),
    steps=(Step("growth_factor", "Each epoch multiplies the gradient by 1 + 5% = 21/20.",
                ("1 + 5/100 = 21/20",)),
           Step("compound_value", "Apply the factor 10 times to 30.",
                ("30·(21/20)^10 ≈ 48.8668",))),
    alternatives=(Alternative("5% of the initial gradient per epoch (linear)", "45", "45",
                              "units"),),
    unused=(Unused("150,000", "150000", "the parameter count does not affect the gradient"),
            Unused("8%", "0.08", "the error reduction is about the error, not the gradient")),
    claims=(Claim("the answer is 45", "45", "wrong", "48.8668", "3.8668"),),
    series=(Series("gradient magnitude", "epoch",
                   tuple((k, 30 * 1.05 ** k) for k in range(11)), "units"),),
)

NO_SERIES = Outcome(ok=True, answers=(Answer("apples", "3", "3"),), reading=("3 apples",),
                    steps=(Step("given", "Bob has 3 apples.", ()),))

ZORBS_TEXT = "There are 5 zorbs flibbing every glorp. How many?"
ZORBS = Outcome.declined("I did not understand “zorbs flibbing”.", span=(12, 26),
                         quote="zorbs flibbing", expected="a quantity and how it changes",
                         example="A tank holds 30 litres and loses 2 litres per hour.")


def huge_outcome(steps: int = 150) -> Outcome:
    """Return an outcome whose steps and readings need several embeds and messages."""
    return Outcome(
        ok=True, answers=(Answer("total", "1", "1"),),
        reading=tuple(f"reading {i}: " + "r" * 70 for i in range(60)),
        steps=tuple(Step("rule", f"Step {i}: " + "s" * 100, (f"x_{i} = " + "9" * 60,))
                    for i in range(steps)))


class ScriptedPool(SolvePool):
    """A pool that answers from a table (unknown text: declined) and records each call."""

    def __init__(self, table: dict[str, Outcome] | None = None, delay: float = 0.0):
        self.table = dict(table or {})
        self.delay = delay
        self.calls: list[str] = []
        self.started = self.closed = False

    async def start(self) -> None:
        """Record that the bot started the pool."""
        self.started = True

    async def solve(self, text: str) -> Outcome:
        """Return the scripted outcome for `text`, after the configured delay."""
        self.calls.append(text)
        if self.delay:
            await asyncio.sleep(self.delay)
        return self.table.get(text, Outcome.declined("I did not understand this problem."))

    async def close(self) -> None:
        """Record that the bot closed the pool."""
        self.closed = True


class RaisingPool(ScriptedPool):
    """A pool that breaks its contract and raises, to exercise the central error handler."""

    async def solve(self, text: str) -> Outcome:
        """Raise instead of answering."""
        raise RuntimeError("simulated bug with a secret detail")


class SlowPool(ScriptedPool):
    """A pool whose problem never finishes; it gives up after `timeout` like WorkerPool does."""

    def __init__(self, timeout: float):
        super().__init__()
        self.timeout = timeout

    async def solve(self, text: str) -> Outcome:
        """Wait for a never-ending solve, then return the timeout Outcome."""
        self.calls.append(text)
        try:
            async with asyncio.timeout(self.timeout):
                await asyncio.Event().wait()
        except TimeoutError:
            return timeout_outcome(self.timeout)
        raise AssertionError("unreachable")


def endless(text: str) -> Outcome:
    """Never finish in reasonable time (runs in a worker process, which gets killed)."""
    time.sleep(3600)
    raise AssertionError("unreachable")


class DeclaredPool(SolvePool):
    """Wrap a pool so simcord knows its wait is deliberate external work (a worker, a timer).

    Inside the declared wait the pool's timeout timers run on simcord's virtual clock: a test
    fires them with `env.advance_time(...)` instead of sleeping.
    """

    def __init__(self, env, inner: SolvePool):
        self.env = env
        self.inner = inner

    async def start(self) -> None:
        """Start the wrapped pool."""
        await self.inner.start()

    async def solve(self, text: str) -> Outcome:
        """Solve with the wrapped pool inside a declared external wait."""
        return await self.env.external_wait(self.inner.solve(text), reason="worker pool")

    async def close(self) -> None:
        """Close the wrapped pool."""
        await self.inner.close()


async def wait_until(env, predicate, timeout: float = 30.0) -> None:
    """Let real time pass (worker processes run outside simcord) until `predicate()` holds."""
    deadline = time.perf_counter() + timeout
    while not predicate():
        assert time.perf_counter() < deadline, "the bot did not finish in time"
        await asyncio.sleep(0.02)
        await env.settle()


def answer_text(message) -> str:
    """Return all embed text of a message (or of a ResponseMessage) as one string."""
    parts = []
    for embed in message.embeds:
        parts += [embed.title or "", embed.description or ""]
        parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


def labels(message) -> list[str]:
    """Return the labels of the buttons under a message."""
    rows = message.components
    items = [c for row in rows for c in (row["components"] if isinstance(row, dict)
                                         else row.children)]
    return [c["label"] if isinstance(c, dict) else c.label for c in items]
