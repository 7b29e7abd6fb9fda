"""Shared test helpers: run the `stepwise` command in a child process."""

import os
import subprocess
import sys

import pytest


@pytest.fixture
def run_stepwise():
    """Return run(*args, stdin="") -> CompletedProcess of `python -m bot ARGS` (text mode)."""

    def run(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, env=env,
                              capture_output=True, encoding="utf-8", timeout=timeout,
                              check=False)

    return run
