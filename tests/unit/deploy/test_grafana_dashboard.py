"""deploy/grafana: provisioning and dashboard are consistent with each other and with the metrics."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from faust.sensors.prometheus import FaustMetrics
from prometheus_client import CollectorRegistry

from frontline.metrics import Metrics

ROOT = Path(__file__).resolve().parents[3]
GRAFANA = ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "frontline.json"


def _promql() -> ModuleType:
    if "frontline_promql" not in sys.modules:
        spec = importlib.util.spec_from_file_location("frontline_promql", ROOT / "deploy" / "prometheus" / "promql.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["frontline_promql"] = module
        spec.loader.exec_module(module)
    return sys.modules["frontline_promql"]


def exported_names() -> set[str]:
    """Every sample name a worker can export (ours and Faust's sensor), plus recorded series."""
    reg = CollectorRegistry()
    Metrics.create(reg)
    FaustMetrics.create(reg, "faust")
    suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "info": ("_info",),
                "gauge": ("",), "summary": ("_count", "_sum")}
    names = {family.name + s for family in reg.collect() for s in suffixes[family.type]}
    rules = _promql().rule_expressions()
    recorded = {e.where.rsplit(" / ", 1)[1] for e in rules if e.kind == "record"}
    return names | recorded | {"up"}


@pytest.fixture(scope="module")
def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def test_grafana_dashboard_uses_the_provisioned_datasource(dashboard: dict) -> None:
    [source] = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text())["datasources"]
    assert source["type"] == "prometheus" and source["url"].endswith(":9090")
    for panel in dashboard["panels"]:
        if panel["type"] != "row":
            assert panel["datasource"] == {"type": "prometheus", "uid": source["uid"]}, panel["title"]
            assert all(t["datasource"]["uid"] == source["uid"] for t in panel["targets"])


def test_grafana_dashboard_provider_points_at_the_dashboards() -> None:
    [provider] = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "frontline.yml").read_text())["providers"]
    assert provider["type"] == "file" and provider["options"]["path"]


def test_grafana_dashboard_layout_is_valid(dashboard: dict) -> None:
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    assert dashboard["uid"] and dashboard["schemaVersion"] >= 36
    for panel in dashboard["panels"]:
        g = panel["gridPos"]
        assert 0 <= g["x"] and g["x"] + g["w"] <= 24 and g["h"] >= 1, panel["title"]
        refs = [t["refId"] for t in panel.get("targets", [])]
        assert len(refs) == len(set(refs))


def test_grafana_dashboard_covers_what_operators_watch(dashboard: dict) -> None:
    exprs = " ".join(t["expr"] for p in dashboard["panels"] for t in p.get("targets", []))
    for metric in ("frontline_articles_consumed_total", "frontline_extraction_duration_seconds_bucket",
                   "frontline_article_to_alert_latency_seconds_bucket", "frontline_consumer_lag",
                   "frontline_dead_letters_total", "frontline_events_extracted_total",
                   "frontline_alerts_published_total", "frontline_places_by_controller", "frontline_place_info"):
        assert metric in exprs, metric
    [geomap] = [p for p in dashboard["panels"] if p["type"] == "geomap"]
    [layer] = geomap["options"]["layers"]
    assert layer["location"] == {"mode": "coords", "latitude": "lat", "longitude": "lon"}
    assert layer["config"]["style"]["color"]["field"] == "controller"
    assert geomap["targets"][0]["format"] == "table" and geomap["targets"][0]["instant"]


def test_grafana_dashboard_and_rules_name_only_exported_metrics() -> None:
    known = exported_names()
    promql = _promql()
    for e in promql.everything():
        unknown = promql.metric_names(e.expr) - known
        assert not unknown, f"{e.where}: {unknown}"


def test_grafana_dashboard_grafana_variables_become_promql() -> None:
    promql = _promql()
    assert promql.promql("rate(x[$__rate_interval])", "2m") == "rate(x[2m])"
    assert promql.selectors('up{job="frontline"} == 0 and on (instance) frontline_x_total') == [
        'up{job="frontline"}', "frontline_x_total"]
    assert all("$" not in promql.promql(e.expr) for e in promql.everything())
