"""Kubernetes manifests: shard ranges per pod, probes on /healthz, token Secret, headless Service."""

import shutil
import subprocess

import pytest
import yaml

from bot.config import Settings
from bot.sharding import pods_needed, shard_env
from deploy_files import DEPLOY, config_variables, dockerfile_stages, instruction_args, yaml_documents

DOCS = yaml_documents()
STS = DOCS["StatefulSet/stepwise"]
POD = STS["spec"]["template"]["spec"]
[BOT] = POD["containers"]
ENV = {item["name"]: item.get("value") for item in BOT["env"]}


def test_replicas_cover_exactly_the_shard_count():
    count, per_pod = int(ENV["SHARD_COUNT"]), int(ENV["SHARDS_PER_POD"])
    assert STS["spec"]["replicas"] == pods_needed(count, per_pod)


@pytest.mark.parametrize("ordinal", range(STS["spec"]["replicas"]), ids=lambda k: f"stepwise-{k}")
def test_each_pod_gets_its_own_contiguous_range(ordinal):
    derived = shard_env(ENV, f"{STS['metadata']['name']}-{ordinal}")
    per_pod = int(ENV["SHARDS_PER_POD"])
    assert derived["STEPWISE_SHARDS"] == f"{ordinal * per_pod}-{ordinal * per_pod + per_pod - 1}"


def test_container_derives_shards_then_runs_stepwise_bot():
    assert BOT["command"] == ["python", "-m", "bot.sharding", "exec", "--", "stepwise", "bot"]
    assert "args" not in BOT


def test_pods_start_one_at_a_time_and_roll_one_at_a_time():
    assert STS["spec"]["podManagementPolicy"] == "OrderedReady"
    assert STS["spec"]["updateStrategy"]["type"] == "RollingUpdate"


@pytest.mark.parametrize("probe", ["startupProbe", "readinessProbe", "livenessProbe"])
def test_probes_hit_healthz_on_the_health_port(probe):
    get = BOT[probe]["httpGet"]
    [port] = [p for p in BOT["ports"] if p["name"] == get["port"]]
    assert get["path"] == "/healthz"
    assert str(port["containerPort"]) == ENV["STEPWISE_HEALTH_PORT"]


def test_health_endpoint_listens_beyond_loopback_for_the_kubelet():
    assert ENV["STEPWISE_HEALTH_HOST"] == "0.0.0.0"


def test_token_comes_from_the_secret_as_a_file():
    secret = DOCS["Secret/stepwise-token"]
    [volume] = [v for v in POD["volumes"] if "secret" in v]
    assert volume["secret"]["secretName"] == secret["metadata"]["name"]
    [mount] = [m for m in BOT["volumeMounts"] if m["name"] == volume["name"]]
    key = next(iter(secret["stringData"]))
    assert ENV["DISCORD_TOKEN_FILE"] == f"{mount['mountPath']}/{key}" and mount["readOnly"]
    assert "DISCORD_TOKEN" not in ENV
    assert secret["stringData"][key].startswith("REPLACE_")


def test_pod_runs_as_the_image_user_without_privileges():
    [user] = instruction_args(dockerfile_stages()[-1], "USER")
    assert POD["securityContext"]["runAsNonRoot"] is True
    assert str(POD["securityContext"]["runAsUser"]) == user.split(":")[0]
    context = BOT["securityContext"]
    assert context["allowPrivilegeEscalation"] is False and context["readOnlyRootFilesystem"]
    assert context["capabilities"]["drop"] == ["ALL"]
    assert "/tmp" in [m["mountPath"] for m in BOT["volumeMounts"]]


def test_headless_service_selects_the_pods():
    service = DOCS[f"Service/{STS['spec']['serviceName']}"]
    assert service["spec"]["clusterIP"] == "None"
    labels = STS["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert STS["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_configmap_holds_only_valid_known_settings():
    [ref] = BOT["envFrom"]
    data = DOCS[f"ConfigMap/{ref['configMapRef']['name']}"]["data"]
    assert set(data) <= config_variables()
    Settings.from_env({**data, **{k: v for k, v in ENV.items() if k.startswith("STEPWISE_")}})


def test_kustomization_lists_every_manifest_but_the_secret_template():
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    files = {p.name for p in (DEPLOY / "k8s").glob("*.yaml")}
    assert set(kustomization["resources"]) == files - {"kustomization.yaml", "secret.example.yaml"}


@pytest.mark.skipif(not shutil.which("kubectl"), reason="kubectl not installed")
def test_kustomize_renders_offline():
    done = subprocess.run(["kubectl", "kustomize", str(DEPLOY / "k8s")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    kinds = [doc["kind"] for doc in yaml.safe_load_all(done.stdout)]
    assert sorted(kinds) == ["ConfigMap", "PodDisruptionBudget", "Service", "StatefulSet"]
