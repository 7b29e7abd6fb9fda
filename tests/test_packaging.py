"""Packaging: the wheel ships the grammar files and the console script; resources load installed.

The wheel is built offline from a copy of the source tree (so the checkout gets no build/
folder) with the venv's own setuptools; `make test` installs setuptools>=68 and wheel for it.
"""

import importlib.metadata
import importlib.resources
import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_LARK = sorted(p.name for p in (ROOT / "grammar").glob("*.lark"))


def _can_build_wheel() -> bool:
    """Return True if setuptools can build wheels here (bdist_wheel built in, or `wheel`)."""
    try:
        version = importlib.metadata.version("setuptools")
    except importlib.metadata.PackageNotFoundError:
        return False
    major, minor = (int(part) for part in version.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> dict[str, bytes]:
    """Build the wheel once from a copy of the tree and return {file name: content}."""
    if not _can_build_wheel():
        pytest.fail("building a wheel needs setuptools>=70.1 or wheel: run `make test`")
    work = tmp_path_factory.mktemp("wheel")
    source, out = work / "src", work / "dist"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    for name in ("bot", "grammar"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--skip-dependency-check",
         "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (built,) = out.glob("stepwise_bot-*.whl")
    with zipfile.ZipFile(built) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_source_tree_has_grammar_files():
    assert SOURCE_LARK, "grammar/ should hold the *.lark files"


@pytest.mark.parametrize("name", SOURCE_LARK or ["<none>"])
def test_wheel_ships_grammar_file(wheel, name):
    assert f"grammar/{name}" in wheel


@pytest.mark.parametrize("path", [
    "grammar/__init__.py", "bot/__init__.py", "bot/__main__.py", "bot/cli.py",
    "bot/repl.py", "bot/evaluate.py", "bot/core/outcome.py", "bot/render/plain.py",
])
def test_wheel_ships_module(wheel, path):
    assert path in wheel


def test_wheel_leaves_tests_out(wheel):
    assert not any(name.startswith("tests/") for name in wheel)


def test_wheel_declares_console_script(wheel):
    (name,) = [n for n in wheel if n.endswith(".dist-info/entry_points.txt")]
    assert "stepwise = bot.cli:main" in wheel[name].decode()


@pytest.mark.parametrize("name", SOURCE_LARK or ["<none>"])
def test_installed_package_resources_hold_grammar(name):
    resource = importlib.resources.files("grammar") / name
    assert resource.is_file() and resource.read_text(encoding="utf-8").strip()


def test_installed_console_script_points_at_cli():
    scripts = importlib.metadata.entry_points(group="console_scripts")
    assert [ep.value for ep in scripts if ep.name == "stepwise"] == ["bot.cli:main"]
