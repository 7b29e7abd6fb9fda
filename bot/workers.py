"""Run `answer(text)` in killable worker processes, so one pathological problem cannot wedge the bot.

`WorkerPool.solve(text)` is awaited on the event loop and always returns an Outcome: the real one,
or a clear declined Outcome when the worker ran out of time or memory or died. A worker that
overruns its time is killed and replaced; one that dies (memory limit, crash) is replaced too, and
`restarts` counts both; a worker found dead while idle (killed from outside) is replaced before
the request is sent, so that request still gets a real answer. Timeouts use `asyncio.timeout`
(not `wait_for`, which would move the wait into another task), so callers can wrap `solve` in
their own task-scoped bookkeeping. Children are started with "spawn" so they never inherit the
bot's event loop, sockets or threads; each child caps its own address space with
`resource.setrlimit`.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Callable, Protocol

from bot.core.outcome import Decline, Outcome

log = logging.getLogger("stepwise.workers")

TIMEOUT_NOTE = "stepwise:timeout"
FAILED_NOTE = "stepwise:worker-failed"
SolveFunction = Callable[[str], Outcome]


class SolvePool(Protocol):
    """What the Discord cog needs from a pool: start, solve (never raises), close."""

    async def start(self) -> None: ...

    async def solve(self, text: str) -> Outcome: ...

    async def close(self) -> None: ...


def timeout_outcome(seconds: float) -> Outcome:
    """Return the declined Outcome for a problem that took longer than `seconds`."""
    return Outcome(ok=False, notes=(TIMEOUT_NOTE,), error=Decline(
        message=f"This one took longer than {seconds:g} s, so I stopped working on it.",
        expected="a shorter problem, or smaller numbers of periods",
        example="A colony of 200 bacteria grows by 10% per hour. "
                "How many are there after 3 hours?"))


def failed_outcome(reason: str) -> Outcome:
    """Return the declined Outcome for a worker that crashed or ran out of memory."""
    return Outcome(ok=False, notes=(FAILED_NOTE,), error=Decline(
        message=f"Something went wrong while solving this ({reason}). Please try again.",
        expected="a problem within the solver's time and memory budget"))


def outcome_status(outcome: Outcome) -> str:
    """Classify an Outcome for logs and metrics: solved, declined, timeout or error."""
    if outcome.ok:
        return "solved"
    if TIMEOUT_NOTE in outcome.notes:
        return "timeout"
    if FAILED_NOTE in outcome.notes:
        return "error"
    return "declined"


def default_solve(text: str) -> Outcome:
    """Solve with the real core (imported inside the worker, never in the bot process)."""
    from bot.core import answer

    return answer(text)


def default_warm() -> None:
    """Warm the core once (SymPy, the grammar, the families, the lexer's scanners), so no
    real problem pays for loading or compiling."""
    from bot.core import warm_up

    warm_up()


def _worker_main(conn: Connection, solve: SolveFunction, memory_mb: int,
                 warm: Callable[[], None] | None) -> None:
    """Serve solve requests on `conn` until EOF, under an address-space cap of `memory_mb`."""
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the bot, which stops us
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if warm is not None:
        try:
            warm()
        except Exception:  # noqa: BLE001 - a failed warm-up shows up on the first real solve
            pass
    conn.send(("ready", None))
    while True:
        try:
            text = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", solve(text)))
        except MemoryError:
            conn.send(("memory", None))
            return  # a process that hit its cap may be fragmented; let the pool replace it
        except BaseException as exc:  # noqa: BLE001 - the core promised not to raise; report it
            conn.send(("error", type(exc).__name__))


@dataclass
class _Worker:
    """One child process and the parent's end of its pipe."""

    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False

    def kill(self) -> None:
        """Kill the child now and release its pipe."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """A fixed number of worker processes that solve problems with a hard time limit each."""

    def __init__(self, workers: int = 2, timeout: float = 10.0, memory_mb: int = 512,
                 solve: SolveFunction = default_solve, warm: Callable[[], None] | None = None,
                 on_restart: Callable[[], None] | None = None, startup_timeout: float = 60.0):
        self.size = workers
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._solve = solve
        self._warm = default_warm if warm is None and solve is default_solve else warm
        self.startup_timeout = startup_timeout
        self._on_restart = on_restart
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []
        self.restarts = 0

    async def start(self) -> None:
        """Start the workers and wait until they are warm (idempotent; solve() also starts)."""
        if self._idle is not None:
            return
        self._idle = asyncio.Queue()
        workers = [self._spawn() for _ in range(self.size)]
        ready = await asyncio.gather(*(self._started(w) for w in workers))
        for worker, ok in zip(workers, ready):
            if ok:
                self._idle.put_nowait(worker)
            else:
                self._replace(worker, "did not start", failed_outcome("startup"))

    async def solve(self, text: str) -> Outcome:
        """Solve `text` in a worker; return a declined Outcome on timeout or failure, never raise."""
        await self.start()
        assert self._idle is not None
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.timeout):
                worker = await self._idle.get()
                while not worker.process.is_alive():  # killed while idle: replace, not fail
                    self._replace(worker, "died while idle", None)
                    worker = await self._idle.get()
        except TimeoutError:
            return timeout_outcome(self.timeout)
        if not worker.ready and not await self._started(worker):
            return self._replace(worker, "did not start", failed_outcome("the worker did not start"))
        remaining = max(0.05, self.timeout - (time.monotonic() - started))
        try:
            async with asyncio.timeout(remaining):
                kind, payload = await self._ask(worker, text)
        except TimeoutError:
            return self._replace(worker, "timeout", timeout_outcome(self.timeout))
        except (EOFError, OSError):
            return self._replace(worker, "died", failed_outcome("the worker stopped"))
        except asyncio.CancelledError:
            self._replace(worker, "cancelled", failed_outcome("cancelled"))
            raise
        if kind == "ok":
            self._idle.put_nowait(worker)
            return payload
        if kind == "memory":
            return self._replace(worker, "memory", failed_outcome("out of memory"))
        self._idle.put_nowait(worker)
        log.error("worker raised %s", payload)
        return failed_outcome(f"internal error {payload}")

    async def close(self) -> None:
        """Stop every worker process."""
        for worker in self._all:
            worker.kill()
        self._all.clear()
        self._idle = None

    async def _started(self, worker: _Worker) -> bool:
        """Wait (outside the solve time budget) for a new worker's ready message."""
        try:
            async with asyncio.timeout(self.startup_timeout):
                kind, _ = await self._receive(worker)
        except (TimeoutError, EOFError, OSError):
            return False
        worker.ready = kind == "ready"
        return worker.ready

    def _spawn(self) -> _Worker:
        """Start one child process and return its handle."""
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, name="stepwise-worker", daemon=True,
                                        args=(child, self._solve, self.memory_mb, self._warm))
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker, why: str, outcome: Outcome | None) -> Outcome | None:
        """Kill `worker`, start a fresh one in its place, count the restart, return `outcome`."""
        log.warning("worker %s: %s; restarting it", worker.process.pid, why)
        worker.kill()
        if worker in self._all:
            self._all.remove(worker)
        self.restarts += 1
        if self._on_restart is not None:
            self._on_restart()
        if self._idle is not None:
            self._idle.put_nowait(self._spawn())
        return outcome

    async def _ask(self, worker: _Worker, text: str) -> tuple[str, object]:
        """Send `text` to the worker and return its reply."""
        worker.conn.send(text)
        return await self._receive(worker)

    @staticmethod
    async def _receive(worker: _Worker) -> tuple[str, object]:
        """Wait, without blocking the loop, for the worker's next message and return it."""
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            await ready
        finally:
            loop.remove_reader(fd)
        return worker.conn.recv()
