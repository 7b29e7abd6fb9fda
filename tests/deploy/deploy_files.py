"""Readers for the files in deploy/: Dockerfile instructions, systemd units, env files, YAML."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def dockerfile_stages(path: Path = DEPLOY / "Dockerfile") -> list[list[tuple[str, str]]]:
    """Return the Dockerfile as stages, each a list of (INSTRUCTION, arguments) from its FROM."""
    text = re.sub(r"\\\n", " ", path.read_text())
    stages: list[list[tuple[str, str]]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instruction, _, args = line.partition(" ")
        instruction = instruction.upper()
        if instruction == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((instruction, args.strip()))
    return stages


def instruction_args(stage, name: str) -> list[str]:
    """Return the arguments of every `name` instruction in a stage."""
    return [args for instruction, args in stage if instruction == name]


def exec_form(args: str) -> list[str]:
    """Parse an ENTRYPOINT/CMD argument: JSON exec form or shell words."""
    return json.loads(args) if args.startswith("[") else shlex.split(args)


def systemd_unit(path: Path = DEPLOY / "stepwise.service") -> dict[str, dict[str, list[str]]]:
    """Parse a systemd unit into {section: {key: [values...]}} (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def env_file(path: Path = DEPLOY / "env.example") -> tuple[dict[str, str], set[str]]:
    """Return (assigned variables, every variable named, commented out or not)."""
    assigned, named = {}, set()
    for line in path.read_text().splitlines():
        match = re.match(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$", line.strip())
        if match:
            named.add(match.group(2))
            if not match.group(1):
                assigned[match.group(2)] = match.group(3)
    return assigned, named


def yaml_documents(directory: Path = DEPLOY / "k8s") -> dict[str, dict]:
    """Load every Kubernetes manifest as {"Kind/name": document}."""
    documents = {}
    for path in sorted(directory.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text()):
            if document and "kind" in document and "metadata" in document:
                documents[f"{document['kind']}/{document['metadata']['name']}"] = document
    return documents


def config_variables() -> set[str]:
    """Return every environment variable bot/config.py reads (the settings table's rows)."""
    source = (ROOT / "bot" / "config.py").read_text()
    return set(re.findall(r'"((?:STEPWISE|DISCORD)_[A-Z_]+)"', source))
