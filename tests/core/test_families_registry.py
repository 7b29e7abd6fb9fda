"""families(): the ORDER registry in bot/core/families/__init__.py matches the modules."""

from __future__ import annotations

import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

from bot.core import families as registry

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(registry.KNOWN_ORDER))
def test_known_order_matches_the_module(name):
    assert name in registry.FAMILY_MODULES
    module = import_module(f"bot.core.families.{name}")
    assert getattr(module, "ORDER", "after") == registry.KNOWN_ORDER[name]


@pytest.mark.parametrize("order", ["before", "after"])
def test_families_keep_the_listed_order(order):
    modules = [import_module(f"bot.core.families.{name}") for name in registry.FAMILY_MODULES]
    expected = [m for m in modules if getattr(m, "ORDER", "after") == order]
    assert list(registry.families(order)) == expected


def test_before_families_do_not_import_after_families():
    code = ("import sys\nfrom bot.core.families import families, KNOWN_ORDER\n"
            "families('before')\n"
            "print(sorted(n for n, o in KNOWN_ORDER.items() if o == 'after' and "
            "f'bot.core.families.{n}' in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=300, check=True)
    assert result.stdout.strip() == "[]"


def test_two_quantities_fast_path_covers_every_compare_word():
    from bot.core.families import two_quantities

    for word in two_quantities.COMPARE:
        assert any(stem in word for stem in two_quantities.COMPARE_STEMS), word


@pytest.mark.parametrize("text, words, expected", [
    pytest.param("Town A grows 5% a year. When do the towns EQUAL each other?", ("equal",), True,
                 id="any-case-any-sentence"),
    pytest.param("A town grows 5% a year. What is it after 3 years?", ("equal", "than"), False,
                 id="absent"),
    pytest.param("By the Geometrical increase method, find the population.", ("geometric",),
                 True, id="inside-a-longer-word"),
])
def test_mentions_is_the_families_cheap_word_test(text, words, expected):
    from bot.core.families import _common
    from bot.core.parse import parse

    assert _common.mentions(parse(text), words) is expected
