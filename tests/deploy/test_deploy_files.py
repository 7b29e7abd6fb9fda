"""Checks of the deploy files no engine can run here: Dockerfile, compose, systemd, env, k8s."""

import asyncio
import os
import shutil
import subprocess
import sys
import tomllib

import pytest
import yaml

from bot.config import Settings
from bot.health import bound_port, start_health_server
from deploy_files import (DEPLOY, ROOT, config_variables, dockerfile_stages, env_file,
                          exec_form, instruction_args, systemd_unit)

STAGES = dockerfile_stages()
RUNTIME = STAGES[-1]


def test_dockerfile_is_multi_stage_with_a_slim_runtime():
    froms = [stage[0][1] for stage in STAGES]
    assert len(froms) >= 2
    assert [word.lower() for word in froms[0].split()[-2:]] == ["as", "build"]
    assert "-slim" in froms[-1]


def test_runtime_stage_takes_only_the_built_venv():
    copies = instruction_args(RUNTIME, "COPY")
    assert copies and all(c.startswith("--from=build ") for c in copies)
    assert not [r for r in instruction_args(RUNTIME, "RUN") if "pip install" in r]


def test_build_stage_copies_everything_the_wheel_needs():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    needed = {"pyproject.toml", project["project"]["readme"]}
    needed |= {p.rstrip("*") for p in project["tool"]["setuptools"]["packages"]["find"]["include"]}
    copied = {word for args in instruction_args(STAGES[0], "COPY") for word in args.split()[:-1]}
    assert needed <= copied


def test_runtime_runs_as_a_numeric_non_root_user():
    [user] = instruction_args(RUNTIME, "USER")
    uid = user.split(":")[0]
    assert uid.isdigit() and int(uid) != 0


def test_entry_point_is_stepwise_bot():
    [entry] = instruction_args(RUNTIME, "ENTRYPOINT")
    [cmd] = instruction_args(RUNTIME, "CMD")
    assert exec_form(entry) + exec_form(cmd) == ["stepwise", "bot"]


def test_healthcheck_port_matches_env_and_expose():
    env = " ".join(instruction_args(RUNTIME, "ENV"))
    [expose] = instruction_args(RUNTIME, "EXPOSE")
    assert "STEPWISE_HEALTH_PORT=8080" in env and expose == "8080"
    [check] = instruction_args(RUNTIME, "HEALTHCHECK")
    assert "/healthz" in check and "--start-period=" in check


class Down:
    """A bot stand-in whose only shard is disconnected (so /healthz answers 503)."""

    shards, shard_ids = {}, [0]

    def is_ready(self):
        return False


@pytest.mark.parametrize("bot, exit_ok", [(None, True), (Down(), False)], ids=["up", "down"])
async def test_healthcheck_command_passes_only_when_healthy(bot, exit_ok):
    [check] = instruction_args(RUNTIME, "HEALTHCHECK")
    command = exec_form(check.split(" CMD ", 1)[1])
    assert command[0] == "python"
    runner = await start_health_server("127.0.0.1", 0, bot=bot)
    try:
        env = {**os.environ, "STEPWISE_HEALTH_PORT": str(bound_port(runner))}
        process = await asyncio.create_subprocess_exec(sys.executable, *command[1:], env=env,
                                                       stderr=subprocess.DEVNULL)
        assert (await asyncio.wait_for(process.wait(), 30) == 0) is exit_ok
    finally:
        await runner.cleanup()


def test_dockerignore_keeps_the_context_small():
    lines = (DEPLOY / "Dockerfile.dockerignore").read_text().split()
    assert lines[lines.index("**")] == "**" and "!bot/**" in lines and "!grammar/**" in lines


def test_compose_has_one_service_with_env_file_and_restart_policy():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    [(name, service)] = compose["services"].items()
    assert service["env_file"] in (".env", [".env"])
    assert service["restart"] in ("always", "unless-stopped", "on-failure")
    build = service["build"]
    assert (DEPLOY / build["context"] / build["dockerfile"]).resolve() == DEPLOY / "Dockerfile"
    assert "no-new-privileges:true" in service["security_opt"]


UNIT = systemd_unit()


@pytest.mark.parametrize("section, key, value", [
    ("Service", "NoNewPrivileges", "yes"),
    ("Service", "ProtectSystem", "strict"),
    ("Service", "ProtectHome", "yes"),
    ("Service", "PrivateTmp", "yes"),
    ("Service", "Restart", "on-failure"),
    ("Service", "EnvironmentFile", "/etc/stepwise/stepwise.env"),
    ("Install", "WantedBy", "multi-user.target"),
], ids=lambda v: str(v))
def test_systemd_unit_setting(section, key, value):
    assert value in UNIT[section][key]


def test_systemd_unit_runs_stepwise_bot_unprivileged():
    [exec_start] = UNIT["Service"]["ExecStart"]
    program, *args = exec_start.split()
    assert program.endswith("/bin/stepwise") and args == ["bot"]
    assert UNIT["Service"]["User"] != ["root"] and UNIT["Service"]["CapabilityBoundingSet"] == [""]


def test_systemd_filter_lets_workers_cap_their_memory():
    filters = " ".join(UNIT["Service"]["SystemCallFilter"])
    denied = [f for f in UNIT["Service"]["SystemCallFilter"] if f.startswith("~")]
    assert "@system-service" in filters  # includes @resources, where setrlimit lives
    assert not [f for f in denied if "@resources" in f or "setrlimit" in f]


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
def test_systemd_analyze_verify_finds_nothing_but_the_missing_binary():
    done = subprocess.run(["systemd-analyze", "verify", str(DEPLOY / "stepwise.service")],
                          capture_output=True, text=True, timeout=60)
    complaints = [line for line in (done.stdout + done.stderr).splitlines()
                  if line.strip() and "is not executable: No such file" not in line]
    assert complaints == []


def test_env_example_defaults_are_the_settings_defaults():
    assigned, _ = env_file()
    assert Settings.from_env(assigned) == Settings()


def test_env_example_names_every_setting():
    _, named = env_file()
    assert config_variables() <= named
    assert len(config_variables()) >= 14


def test_readme_table_lists_every_setting_with_its_default():
    readme = (DEPLOY / "README.md").read_text()
    rows = {line.split("|")[2].strip(" `"): line for line in readme.splitlines()
            if line.startswith("| ") and line.count("|") >= 5}
    missing = config_variables() - rows.keys()
    assert not missing
    assigned, _ = env_file()
    for variable, value in assigned.items():
        assert f"`{value}`" in rows[variable].split("|")[3], variable


@pytest.mark.parametrize("needle", ["2,500", "systemd", "compose", "kubectl", "rollout",
                                    "SHARDS_PER_POD", "/healthz", "/metrics"])
def test_readme_covers(needle):
    assert needle in (DEPLOY / "README.md").read_text()
