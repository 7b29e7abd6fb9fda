"""The worker pool: real child processes, hard timeouts, replacement of dead workers."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from bot.core.outcome import Answer, Outcome
from bot.workers import (FAILED_NOTE, TIMEOUT_NOTE, WorkerPool, failed_outcome,
                         outcome_status, timeout_outcome)


# Solve functions run in spawned children, so they live at module level (picklable by name).
def echo(text: str) -> Outcome:
    """Answer with the text's length, tagged with the worker's pid."""
    return Outcome(ok=True, answers=(Answer("length", str(len(text)), str(len(text))),),
                   notes=(f"pid={os.getpid()}",))


def sleepy(text: str) -> Outcome:
    """Sleep for the number of seconds written in the text, then echo."""
    time.sleep(float(text))
    return echo(text)


def hog(text: str) -> Outcome:
    """Allocate far more memory than the worker's cap."""
    blob = bytearray(2 * 1024 ** 3)
    return echo(str(len(blob)))


def broken(text: str) -> Outcome:
    """Raise, as a buggy core might."""
    raise ValueError(text)


def pid_of(outcome: Outcome) -> str:
    """Return the pid note of an echo outcome."""
    return outcome.notes[0]


@pytest.fixture
async def make_pool():
    """Build pools with small limits and close them all after the test."""
    pools: list[WorkerPool] = []

    def build(solve, **options) -> WorkerPool:
        options = {"workers": 1, "timeout": 1.0, "memory_mb": 256, **options}
        pool = WorkerPool(solve=solve, **options)
        pools.append(pool)
        return pool

    yield build
    for pool in pools:
        await pool.close()


async def test_normal_solve_runs_in_another_process(make_pool):
    pool = make_pool(echo)
    outcome = await pool.solve("hello")
    assert outcome.ok and outcome.answers[0].value == "5"
    assert pid_of(outcome) != f"pid={os.getpid()}"
    assert outcome_status(outcome) == "solved"
    assert pool.restarts == 0


async def test_timeout_kills_the_worker_and_replaces_it(make_pool):
    restarts: list[int] = []
    pool = make_pool(sleepy, timeout=0.5, on_restart=lambda: restarts.append(1))
    started = time.monotonic()
    outcome = await pool.solve("30")
    elapsed = time.monotonic() - started
    assert not outcome.ok and TIMEOUT_NOTE in outcome.notes
    assert outcome_status(outcome) == "timeout"
    assert "took longer than 0.5 s" in outcome.error.message
    assert elapsed < 5, "the hard timeout must not wait for the slow problem"
    assert pool.restarts == 1 and restarts == [1]
    assert (await pool.solve("0")).ok, "the pool keeps serving after a timeout"


async def test_worker_killed_mid_solve_still_gives_a_reply(make_pool):
    pool = make_pool(sleepy, timeout=20)
    await pool.start()
    solving = asyncio.create_task(pool.solve("10"))
    await asyncio.sleep(1.0)  # let the worker start and pick up the problem
    victim = pool._all[0].process
    victim.kill()
    outcome = await asyncio.wait_for(solving, 10)
    assert not outcome.ok and FAILED_NOTE in outcome.notes
    assert outcome_status(outcome) == "error"
    assert pool.restarts == 1
    assert (await pool.solve("0")).ok


async def test_memory_cap_kills_only_that_problem(make_pool):
    pool = make_pool(hog, timeout=10)
    outcome = await pool.solve("x")
    assert outcome_status(outcome) == "error"
    assert "memory" in outcome.error.message
    assert pool.restarts == 1


async def test_a_raising_solver_gives_a_failed_outcome_and_keeps_the_worker(make_pool):
    pool = make_pool(broken, timeout=10)
    first = await pool.solve("boom")
    second = await pool.solve("boom")
    assert outcome_status(first) == outcome_status(second) == "error"
    assert "ValueError" in first.error.message and "Traceback" not in first.error.message
    assert pool.restarts == 0


async def test_two_workers_solve_concurrently(make_pool):
    pool = make_pool(sleepy, workers=2, timeout=10)
    await pool.start()
    await asyncio.gather(pool.solve("0"), pool.solve("0"))  # both workers warmed up
    started = time.monotonic()
    first, second = await asyncio.gather(pool.solve("0.8"), pool.solve("0.8"))
    assert first.ok and second.ok and pid_of(first) != pid_of(second)
    assert time.monotonic() - started < 1.5


async def test_busy_pool_times_out_waiting_for_a_worker(make_pool):
    pool = make_pool(sleepy, timeout=0.5)
    await pool.solve("0")
    results = await asyncio.gather(pool.solve("30"), pool.solve("0"))
    assert [outcome_status(r) for r in results] == ["timeout", "timeout"]


@pytest.mark.parametrize("outcome, status", [
    pytest.param(Outcome(ok=True), "solved", id="solved"),
    pytest.param(Outcome.declined("no"), "declined", id="declined"),
    pytest.param(timeout_outcome(3), "timeout", id="timeout"),
    pytest.param(failed_outcome("x"), "error", id="error"),
])
def test_outcome_status(outcome, status):
    assert outcome_status(outcome) == status


def test_failure_outcomes_are_friendly_and_picklable():
    import pickle

    for outcome in (timeout_outcome(10), failed_outcome("out of memory")):
        assert pickle.loads(pickle.dumps(outcome)) == outcome
        assert outcome.error.message and outcome.error.expected


# ---- killing a worker from outside (OOM killer, operator, crash) ------------------------------

def slow_real(text: str) -> Outcome:
    """Solve with the real core after a pause long enough to be killed in the middle."""
    from bot.workers import default_solve

    if text.startswith("slow:"):
        time.sleep(30)
    return default_solve(text.removeprefix("slow:"))


REAL_PROBLEM = "A town of 12000 people grows by 3% per year. What is its population after 7 years?"


async def _busy_pid(pool: WorkerPool, solving: asyncio.Task, seconds: float = 10.0) -> int:
    """Wait until a worker has taken the request (none idle) and return the busy worker's pid."""
    deadline = time.monotonic() + seconds
    while pool._idle is None or pool._idle.qsize() == len(pool._all):
        assert time.monotonic() < deadline and not solving.done()
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)  # the request is in the child now
    idle = set(id(w) for w in pool._idle._queue)
    busy = [w for w in pool._all if id(w) not in idle]
    assert len(busy) == 1
    return busy[0].process.pid


@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
async def test_real_core_worker_killed_by_pid_mid_solve(make_pool, signal_name):
    import signal

    pool = make_pool(slow_real, timeout=60, memory_mb=512)
    await pool.start()
    solving = asyncio.create_task(pool.solve("slow:" + REAL_PROBLEM))
    os.kill(await _busy_pid(pool, solving), getattr(signal, signal_name))
    outcome = await asyncio.wait_for(solving, 20)
    assert outcome_status(outcome) == "error" and "try again" in outcome.error.message
    assert pool.restarts == 1
    after = await asyncio.wait_for(pool.solve(REAL_PROBLEM), 60)
    assert after.ok and after.answers[0].value.startswith("14758.48")


async def test_killing_one_of_two_busy_workers_spares_the_other_request(make_pool):
    import signal

    pool = make_pool(sleepy, workers=2, timeout=30)
    await pool.start()
    victim_task = asyncio.create_task(pool.solve("20"))
    victim = await _busy_pid(pool, victim_task)
    survivor_task = asyncio.create_task(pool.solve("1.5"))
    await asyncio.sleep(0.3)
    os.kill(victim, signal.SIGKILL)
    killed, survived = await asyncio.wait_for(asyncio.gather(victim_task, survivor_task), 20)
    assert outcome_status(killed) == "error"
    assert survived.ok and pid_of(survived) != f"pid={victim}"
    results = await asyncio.wait_for(asyncio.gather(pool.solve("0"), pool.solve("0")), 60)
    assert all(r.ok for r in results) and pool.restarts == 1


async def test_worker_killed_while_idle_is_replaced_before_the_next_request(make_pool):
    import signal

    pool = make_pool(echo, timeout=30)
    first = await pool.solve("warm")
    os.kill(int(pid_of(first).removeprefix("pid=")), signal.SIGKILL)
    await asyncio.sleep(0.5)  # the worker is gone before anyone asks it anything
    outcome = await asyncio.wait_for(pool.solve("hello"), 60)
    assert outcome.ok and outcome.answers[0].value == "5", "the user gets a real answer"
    assert pool.restarts == 1
