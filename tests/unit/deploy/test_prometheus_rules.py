"""deploy/prometheus: promtool checks the config and the rules, and runs the rule unit tests.

promtool comes with Debian's `prometheus` package, which deploy/prometheus/install.sh
installs (`make test` calls it); these tests fail, not skip, without it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
PROM = ROOT / "deploy" / "prometheus"
RULES = sorted((PROM / "rules").glob("*.rules.yml"))


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("promtool") is None:
        pytest.fail("promtool is missing: run deploy/prometheus/install.sh (make test does)", pytrace=False)
    return subprocess.run(["promtool", *args], cwd=PROM, capture_output=True, text=True, timeout=120)


def test_prometheus_rules_promtool_check_config() -> None:
    done = promtool("check", "config", "prometheus.yml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(RULES)} rule files found" in done.stdout + done.stderr


def test_prometheus_rules_promtool_check_rules() -> None:
    done = promtool("check", "rules", *(str(p) for p in RULES))
    assert done.returncode == 0, done.stdout + done.stderr


def test_prometheus_rules_promtool_test_rules() -> None:
    done = promtool("test", "rules", "tests.yml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


def test_prometheus_rules_every_alert_tested_firing_and_quiet() -> None:
    alerts = {r["alert"] for p in RULES for g in yaml.safe_load(p.read_text())["groups"]
              for r in g["rules"] if "alert" in r}
    tests = yaml.safe_load((PROM / "tests.yml").read_text())["tests"]
    cases = [c for t in tests for c in t.get("alert_rule_test", [])]
    firing = {c["alertname"] for c in cases if c["exp_alerts"]}
    quiet = {c["alertname"] for c in cases if not c["exp_alerts"]}
    assert alerts and alerts == firing == quiet, (alerts, firing, quiet)


def test_prometheus_rules_alerts_are_documented() -> None:
    alerts = [r for p in RULES for g in yaml.safe_load(p.read_text())["groups"] for r in g["rules"] if "alert" in r]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in alerts:
        assert rule["labels"]["severity"] in ("warning", "critical")
        assert {"summary", "description", "runbook"} <= set(rule["annotations"])
        assert rule["alert"] in readme, f"README.md does not explain {rule['alert']}"


def test_prometheus_rules_scrape_job_matches_rules() -> None:
    config = yaml.safe_load((PROM / "prometheus.yml").read_text())
    [job] = config["scrape_configs"]
    assert job["job_name"] == "frontline" and job["metrics_path"] == "/metrics"
    text = "".join(p.read_text() for p in RULES)
    assert 'job="frontline"' in text
