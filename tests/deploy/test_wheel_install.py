"""The Dockerfile's install path without Docker: copy what its build stage copies, build the
wheel, install it with its runtime dependencies into a fresh venv, and run it from there.

Slow (~30 s) and needs PyPI (the isolated build fetches setuptools, pip fetches the runtime
dependencies, as `docker build` would). Deselect offline with `-m "not wheel"`.
"""

import os
import shutil
import subprocess
import sys
import venv

import pytest

from deploy_files import ROOT, dockerfile_stages, instruction_args

pytestmark = pytest.mark.wheel


def run(*command, env=None, timeout=300) -> subprocess.CompletedProcess:
    """Run a command outside the checkout (so `python -c` cannot import the source tree),
    failing the test with its output when it exits non-zero."""
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd="/")
    assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Build the wheel from the Dockerfile's build context and install it in a fresh venv."""
    work = tmp_path_factory.mktemp("docker-path")
    source = work / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for copy in instruction_args(dockerfile_stages()[0], "COPY"):
        for name in copy.split()[:-1]:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, source / name, ignore=ignore)
            else:
                shutil.copy(ROOT / name, source / name)
    run(sys.executable, "-m", "build", "--wheel", "--outdir", work / "dist", source)
    [wheel] = (work / "dist").glob("stepwise_bot-*.whl")
    venv.create(work / "venv", with_pip=True, system_site_packages=False)
    bin_dir = work / "venv" / "bin"
    # (without the test's PYTHONPATH: pip would see this checkout's editable metadata on it
    # and skip installing the wheel as "already satisfied")
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        wheel, env=clean_env())
    return bin_dir


def clean_env(**extra) -> dict:
    """Return an environment without the test venv's paths, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, **extra}


def test_venv_is_fresh_and_imports_the_installed_copy(installed):
    done = run(installed / "python", "-c", "import bot, sys; print(bot.__file__, sys.prefix)",
               env=clean_env())
    module_file, prefix = done.stdout.split()
    assert module_file.startswith(prefix) and not module_file.startswith(str(ROOT / "bot"))


def test_console_script_runs(installed):
    assert "bot" in run(installed / "stepwise", "--help", env=clean_env()).stdout
    help_text = run(installed / "stepwise", "bot", "--help", env=clean_env()).stdout
    assert "--shard-count" in help_text and "--shards" in help_text


def test_bot_refuses_to_start_without_a_token(installed):
    env = clean_env()
    env.pop("DISCORD_TOKEN", None)
    env.pop("DISCORD_TOKEN_FILE", None)
    done = subprocess.run([installed / "stepwise", "bot"], capture_output=True, text=True,
                          timeout=60, env=env, cwd="/")
    assert done.returncode == 2 and "DISCORD_TOKEN" in done.stderr


def test_kubernetes_entry_point_derives_shards(installed):
    env = clean_env(SHARD_COUNT="16", SHARDS_PER_POD="4", HOSTNAME="stepwise-2")
    done = run(installed / "python", "-m", "bot.sharding", env=env)
    assert done.stdout.split() == ["STEPWISE_SHARD_COUNT=16", "STEPWISE_SHARDS=8-11"]


def test_runtime_dependencies_cover_health_and_metrics(installed):
    probe = ("import asyncio, urllib.request\n"
             "from bot import metrics\nfrom bot.health import start_health_server, bound_port\n"
             "async def main():\n"
             "    runner = await start_health_server('127.0.0.1', 0)\n"
             "    metrics.record_solve('solved', 0.2)\n"
             "    url = f'http://127.0.0.1:{bound_port(runner)}/metrics'\n"
             "    text = await asyncio.to_thread(lambda: urllib.request.urlopen(url).read())\n"
             "    await runner.cleanup()\n"
             "    print(text.decode())\n"
             "asyncio.run(main())\n")
    done = run(installed / "python", "-c", probe, env=clean_env())
    assert 'stepwise_solves_total{outcome="solved"} 1' in done.stdout
