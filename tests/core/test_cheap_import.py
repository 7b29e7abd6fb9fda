"""`import bot.core` stays cheap, and the sentence parser is built once per process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CHECKS = [
    pytest.param("import bot, bot.core", ["sympy", "lark"], id="import-bot-core"),
    pytest.param("import bot.core.outcome, bot.core.errors, bot.core.guard",
                 ["sympy", "lark"], id="import-outcome-and-guard"),
    pytest.param("from bot.core import answer; answer('')", ["sympy", "lark"],
                 id="empty-input-declined-without-heavy-imports"),
]


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("code", "absent"), CHECKS)
def test_heavy_modules_not_imported(code, absent):
    out = _run(f"{code}\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules)))")
    loaded = set(json.loads(out.strip().splitlines()[-1]))
    for name in absent:
        assert name not in loaded


def test_parser_built_once_per_process():
    code = (
        "from bot.core import answer\n"
        "import bot.core.parse as parse\n"
        "a = answer('A colony of 500 bacteria grows by 8% per hour. How many bacteria are "
        "there after 12 hours?')\n"
        "b = answer('A herd of 800 deer shrinks by 5% every week. How many deer are there "
        "after 6 weeks?')\n"
        "assert a.ok and b.ok\n"
        "print(parse.fast_parser.cache_info().misses)\n")
    assert _run(code).strip().splitlines()[-1] == "1"
