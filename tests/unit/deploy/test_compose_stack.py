"""The whole compose stack without a Docker engine: every service the issue asks for, every
file it builds from or mounts, every port and FRONTLINE_* variable, against the repository
and the service's own settings.

The observability files come from deploy/prometheus/ and deploy/grafana/; when one of
them is missing these tests fail and say which.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from frontline.settings import Settings

FRONTLINE_IMAGE = "frontline:local"
# Files other parts of the repository provide and the stack mounts.
REQUIRED = (
    "Dockerfile",
    ".dockerignore",
    "deploy/kafka/create_topics.py",
    "deploy/prometheus/prometheus.yml",
    "deploy/prometheus/rules/frontline.rules.yml",
    "deploy/grafana/provisioning/datasources",
    "deploy/grafana/provisioning/dashboards",
    "deploy/grafana/dashboards/frontline.json",
    "samples/wire",
)
SETTING_VARIABLES = {f"FRONTLINE_{f.name.upper()}" for f in dataclasses.fields(Settings)}


def _frontline(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n: s for n, s in compose["services"].items() if s.get("image") == FRONTLINE_IMAGE}


def _workers(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n: s for n, s in _frontline(compose).items() if s.get("command") == ["worker"]}


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.partition("=")[::2] for item in env)
    return {k: str(v) for k, v in env.items()}


def _binds(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(host path relative to the repository, container path) of each bind mount."""
    out = []
    for volume in service.get("volumes", []):
        source, target = (volume.split(":")[:2] if isinstance(volume, str)
                          else (volume.get("source", ""), volume.get("target", "")))
        if source.startswith(("./", "../", "/")):
            out.append((source, target))
    return out


def _host_path(service: dict[str, Any], root: Path, container: PurePosixPath) -> Path | None:
    """The repository path a container path comes from, through the service's bind mounts."""
    for source, target in _binds(service):
        try:
            rest = container.relative_to(target)
        except ValueError:
            continue
        return (root / source / rest).resolve()
    return None


def _published(service: dict[str, Any]) -> dict[int, int]:
    """{container port: host port} of a service's short-syntax ports."""
    out = {}
    for port in service.get("ports", []):
        *_, host, container = str(port).split(":")
        out[int(container)] = int(host)
    return out


def _load(root: Path, relative: str) -> Any:
    path = root / relative
    if not path.exists():
        pytest.fail(f"{relative} is missing: the compose stack mounts it", pytrace=False)
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- services and files


def test_compose_stack_has_every_service_of_the_issue(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"kafka", "topics", "prometheus", "grafana", "feeder"} <= set(services)
    assert len(_workers(compose)) == 2
    assert services["prometheus"]["image"].startswith("prom/prometheus:v")
    assert services["grafana"]["image"].startswith("grafana/grafana:")
    for service in services.values():  # pinned images, never :latest
        assert ":" in service["image"] and not service["image"].endswith(":latest"), service["image"]


@pytest.mark.parametrize("relative", REQUIRED)
def test_compose_stack_required_file_exists(root: Path, relative: str) -> None:
    assert (root / relative).exists(), f"{relative} is missing: the compose stack needs it"


def test_compose_stack_build_contexts_and_dockerfiles_exist(root: Path, compose: dict[str, Any]) -> None:
    built = [s for s in compose["services"].values() if "build" in s]
    assert built and all(s["image"] == FRONTLINE_IMAGE for s in built)
    for service in built:
        context = root / service["build"]["context"]
        assert context.is_dir() and (context / service["build"].get("dockerfile", "Dockerfile")).is_file()


def test_compose_stack_bind_mounts_exist_read_only(root: Path, compose: dict[str, Any]) -> None:
    mounts = 0
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source, target, *mode = volume.split(":")
            if not source.startswith("./"):
                assert source in compose["volumes"], (name, source)  # a declared named volume
                continue
            mounts += 1
            path = root / source
            assert path.exists(), f"{name}: {source} does not exist"
            # A file goes onto a file (same suffix), a directory onto a directory.
            assert path.is_file() == bool(PurePosixPath(target).suffix), (name, source, target)
            assert mode == ["ro"], f"{name}: mount {source} read-only"
    assert mounts >= 4


# ---------------------------------------------------------------- FRONTLINE_* and ports


def test_compose_stack_frontline_variables_are_settings(compose: dict[str, Any]) -> None:
    for name, service in _frontline(compose).items():
        env = _env(service)
        unknown = {k for k in env if k.startswith("FRONTLINE_")} - SETTING_VARIABLES
        assert not unknown, f"{name}: {unknown} are not settings of frontline.settings.Settings"
        Settings.from_env(env)  # every value parses and passes the settings' checks


def test_compose_stack_frontline_variables_are_documented(root: Path, compose: dict[str, Any]) -> None:
    documented = set(re.findall(r"`(FRONTLINE_[A-Z_]+)`", (root / "docs" / "configuration.md").read_text()))
    used = {k for s in compose["services"].values() for k in _env(s) if k.startswith("FRONTLINE_")}
    assert used and used <= documented
    assert SETTING_VARIABLES <= documented


def test_compose_stack_workers_share_app_id_and_table(compose: dict[str, Any]) -> None:
    settings = {n: Settings.from_env(_env(s)) for n, s in _workers(compose).items()}
    assert len({s.app_id for s in settings.values()}) == 1
    assert len({(s.articles_topic, s.events_topic, s.partitions) for s in settings.values()}) == 1
    assert all(s.store == "rocksdb://" for s in settings.values())
    # Distinct hosts (the table router's URLs) and distinct data volumes.
    assert len({s.web_host for s in settings.values()}) == len(settings)
    volumes = [v for s in _workers(compose).values() for v in s["volumes"]]
    assert len(volumes) == len(set(volumes))
    hosts = [host for s in _workers(compose).values() for host in _published(s).values()]
    assert len(hosts) == len(set(hosts)) == len(settings)


def test_compose_stack_worker_ports_match_web_port_and_healthcheck(root: Path, compose: dict[str, Any]) -> None:
    dockerfile = (root / "Dockerfile").read_text(encoding="utf-8")
    exposed = {int(p) for p in re.findall(r"^EXPOSE\s+(\d+)", dockerfile, re.M)}
    for name, service in _workers(compose).items():
        port = Settings.from_env(_env(service)).web_port
        assert port in _published(service), f"{name} publishes {_published(service)}, web port {port}"
        assert port in exposed
    assert "/healthz" in dockerfile and "FRONTLINE_WEB_PORT" in dockerfile


def test_compose_stack_feeder_publishes_the_sample_wire(root: Path, compose: dict[str, Any]) -> None:
    feeder = compose["services"]["feeder"]
    assert feeder["command"][0] == "feed"
    dockerfile = (root / "Dockerfile").read_text(encoding="utf-8")
    copies = dict(re.findall(r"^COPY\s+(?!--from)(\S+)\s+(\S+)", dockerfile, re.M))
    for source in feeder["command"][1:]:
        inside = PurePosixPath(source)
        mapped = [(PurePosixPath(dst), src) for src, dst in copies.items()
                  if inside == PurePosixPath(dst) or PurePosixPath(dst) in inside.parents]
        assert mapped, f"the image has no {source} (Dockerfile copies {copies})"
        dst, src = mapped[0]
        assert any((root / src / inside.relative_to(dst)).rglob("*")), source
    assert feeder["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert Settings.from_env(_env(feeder)).articles_topic == Settings.from_env(
        _env(next(iter(_workers(compose).values())))).articles_topic
    assert feeder["restart"] == "no"


# ---------------------------------------------------------------- Prometheus and Grafana


def test_compose_stack_prometheus_scrapes_every_worker(root: Path, compose: dict[str, Any]) -> None:
    config = _load(root, "deploy/prometheus/prometheus.yml")
    targets = {t for job in config["scrape_configs"] for sc in job.get("static_configs", []) for t in sc["targets"]}
    wanted = {f"{s['hostname']}:{Settings.from_env(_env(s)).web_port}" for s in _workers(compose).values()}
    assert wanted <= targets
    paths = {job.get("metrics_path", "/metrics") for job in config["scrape_configs"]}
    assert paths == {"/metrics"}


def test_compose_stack_prometheus_config_and_rules_are_mounted(root: Path, compose: dict[str, Any]) -> None:
    prometheus = compose["services"]["prometheus"]
    flags = dict(a.removeprefix("--").split("=", 1) for a in prometheus["command"])
    config_in = PurePosixPath(flags["config.file"])
    config = _host_path(prometheus, root, config_in)
    assert config == (root / "deploy/prometheus/prometheus.yml").resolve()
    rule_files = yaml.safe_load(config.read_text(encoding="utf-8"))["rule_files"]
    found = []
    for pattern in rule_files:  # relative to the config file, inside the container
        inside = config_in.parent / pattern
        folder = _host_path(prometheus, root, inside.parent)
        assert folder is not None and folder.is_dir(), f"{inside.parent} is not mounted"
        found += [p for p in folder.iterdir() if fnmatch.fnmatch(p.name, inside.name)]
    assert (root / "deploy/prometheus/rules/frontline.rules.yml").resolve() in found
    assert PurePosixPath(flags["storage.tsdb.path"]) in {PurePosixPath(v.split(":")[1]) for v in prometheus["volumes"]}
    assert 9090 in _published(prometheus) and flags["web.listen-address"].endswith(":9090")


def test_compose_stack_grafana_provisions_data_source_and_dashboard(root: Path, compose: dict[str, Any]) -> None:
    grafana = compose["services"]["grafana"]
    provisioning = _host_path(grafana, root, PurePosixPath("/etc/grafana/provisioning"))
    assert provisioning == (root / "deploy/grafana/provisioning").resolve()
    sources = [d for f in sorted((provisioning / "datasources").glob("*.y*ml"))
               for d in yaml.safe_load(f.read_text())["datasources"]]
    (prometheus_source,) = [d for d in sources if d["type"] == "prometheus"]
    url = re.match(r"http://([^:/]+):(\d+)", prometheus_source["url"])
    assert url is not None and url.group(1) == "prometheus" and int(url.group(2)) in _published(
        compose["services"]["prometheus"])
    providers = [p for f in sorted((provisioning / "dashboards").glob("*.y*ml"))
                 for p in yaml.safe_load(f.read_text())["providers"]]
    assert providers
    for provider in providers:
        folder = _host_path(grafana, root, PurePosixPath(provider["options"]["path"]))
        assert folder is not None and sorted(folder.glob("*.json")), provider
    home = _env(grafana).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
    if home:
        assert (_host_path(grafana, root, PurePosixPath(home)) or Path("/nonexistent")).is_file()
    assert grafana["depends_on"]["prometheus"]["condition"] == "service_healthy"
    assert "healthcheck" in compose["services"]["prometheus"]


def test_compose_stack_services_reach_each_other_by_service_name(compose: dict[str, Any]) -> None:
    """Host names the configuration uses are compose service names (the default network)."""
    services = set(compose["services"])
    for service in _frontline(compose).values():
        host = Settings.from_env(_env(service)).bootstrap_servers.split(":")[0]
        assert host in services
    assert all(s.get("hostname", n) == n for n, s in _workers(compose).items())


def test_compose_stack_file_parses_with_anchors(root: Path) -> None:
    text = (root / "docker-compose.yml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["services"]["feeder"]["environment"]["FRONTLINE_BROKER"] == "kafka://kafka:9092"
