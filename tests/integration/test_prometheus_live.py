"""Every PromQL expression of the dashboard and the rules, on a live Prometheus scraping a live worker.

A `frontline worker` (test_worker.py's fixtures) processes the sample wire plus one
bad message; a real Prometheus (Debian's package, deploy/prometheus/install.sh) runs
on a free loopback port with deploy/prometheus/prometheus.yml, its targets replaced
by the worker and its intervals by 1 s, and the committed rule files. The test waits
on deadlines until Prometheus has scraped the processed state at least twice (so
``rate()`` has two samples with the increase between them inside its window), then
checks every expression as deploy/prometheus/promql.py defines "returns data":
queries and recording rules return a number; alert conditions return nothing on
this healthy system while every metric selector inside them returns data.
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from test_worker import Deployment, deployment, produce, wait_consumed  # noqa: F401  (deployment: a fixture)

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PROM_DIR = ROOT / "deploy" / "prometheus"
WIRE = ROOT / "samples" / "wire"
SCRAPE_SECONDS = 1
DEADLINE = 90.0


def _load_promql() -> ModuleType:
    spec = importlib.util.spec_from_file_location("frontline_promql", PROM_DIR / "promql.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("frontline_promql", module)
    spec.loader.exec_module(module)
    return module


promql = _load_promql()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def scrape_config(target: str) -> dict:
    """deploy/prometheus/prometheus.yml with the worker as target, 1 s intervals, absolute rule paths."""
    config = yaml.safe_load((PROM_DIR / "prometheus.yml").read_text())
    config["global"].update(scrape_interval=f"{SCRAPE_SECONDS}s", evaluation_interval=f"{SCRAPE_SECONDS}s")
    config["rule_files"] = [str(PROM_DIR / f) for f in config["rule_files"]]
    [job] = config["scrape_configs"]
    job["scrape_timeout"] = f"{SCRAPE_SECONDS}s"
    job["static_configs"] = [{"targets": [target]}]
    return config


class Prometheus:
    """A `prometheus` process on loopback with its own config and data directory."""

    def __init__(self, tmp: Path, target: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / "prometheus.log"
        config = tmp / "prometheus.yml"
        config.write_text(yaml.safe_dump(scrape_config(target)))
        binary = shutil.which("prometheus")
        if binary is None:
            pytest.fail("prometheus is missing: run deploy/prometheus/install.sh (make test does)", pytrace=False)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp / 'data'}",
                 f"--web.listen-address=127.0.0.1:{self.port}", "--storage.tsdb.retention.time=1h"],
                stdout=log, stderr=subprocess.STDOUT)

    def values(self, expr: str) -> list[float]:
        return promql.values(promql.query(self.url, expr))

    def wait(self, what: str, ok: Callable[[], bool], seconds: float = DEADLINE) -> float:
        """Poll ``ok()`` until true; returns the seconds it took, fails with the log tail at the deadline."""
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            if self.process.poll() is not None:
                pytest.fail(f"prometheus exited {self.process.returncode}:\n{self.tail()}")
            try:
                if ok():
                    return time.monotonic() - started
            except (OSError, ValueError):  # not listening yet, or no answer yet
                pass
            time.sleep(0.25)
        pytest.fail(f"prometheus: {what} not reached after {seconds:.0f} s\n{self.tail()}")

    def scrapes(self) -> int:
        got = self.values('sum(count_over_time(up{job="frontline"}[1h]))')
        return int(got[0]) if got else 0

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture
def prometheus_for(tmp_path: Path) -> Iterator[Callable[[str], Prometheus]]:
    started: list[Prometheus] = []

    def start(target: str) -> Prometheus:
        folder = tmp_path / f"prometheus-{len(started)}"
        folder.mkdir()
        started.append(Prometheus(folder, target))
        return started[-1]

    yield start
    for p in started:
        p.stop()


def test_prometheus_live_every_dashboard_and_rule_expression_returns_data(
    deployment: Deployment, prometheus_for: Callable[[str], Prometheus]  # noqa: F811
) -> None:
    worker = deployment.start_worker("w1")
    worker.wait_ready()
    prom = prometheus_for(f"127.0.0.1:{worker.port}")
    first = prom.wait("a first scrape of the worker", lambda: prom.values('up{job="frontline"}') == [1.0])

    # The flow starts after the first scrape, so every counter's increase lies inside rate()'s window.
    fed = deployment.frontline("feed", str(WIRE), check=False)
    assert "published" in fed.stdout, fed.stdout + fed.stderr
    produce(deployment.bootstrap, deployment.topic("articles"), [(b"bad", b"{not json")])
    wait_consumed(deployment.bootstrap, deployment.app_id, [deployment.topic("articles"), deployment.topic("events")])
    _, text = worker.get("/metrics")
    consumed = sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                   if line.startswith("frontline_articles_consumed_total{"))
    assert consumed > 0, text

    def processed_state_scraped() -> bool:
        return (prom.values("sum(frontline_articles_consumed_total)") == [consumed]
                and prom.values("sum(frontline_consumer_lag)") == [0.0]
                and bool(prom.values("topic:frontline_consumer_lag:sum")))

    caught_up = prom.wait("the processed state in Prometheus", processed_state_scraped)
    scrapes = prom.scrapes()
    prom.wait("two more scrapes", lambda: prom.scrapes() >= scrapes + 2)

    expressions = promql.everything()
    kinds = {k: sum(e.kind == k for e in expressions) for k in ("query", "record", "alert")}
    assert kinds["query"] >= 20 and kinds["record"] >= 1 and kinds["alert"] >= 5, kinds
    failures = [f"{e.where}: {problem}" for e in expressions if (problem := promql.check(prom.url, e))]
    assert not failures, "\n".join(failures) + f"\nworker /metrics:\n{text}"

    # Spot checks that the numbers mean what the dashboard says.
    assert prom.values("sum(frontline_dead_letters_total)") == [1.0]
    for counter in ("frontline_articles_consumed_total", "frontline_dead_letters_total",
                    "frontline_events_extracted_total", "frontline_alerts_published_total"):
        # the series existed at 0 before the flow: rate() sees the increase
        assert prom.values(f"sum(rate({counter}[5m]))")[0] > 0, counter
    assert prom.values("sum(frontline_alerts_published_total)")[0] >= 1
    assert prom.values("sum(frontline_article_to_alert_latency_seconds_count)")[0] >= 1
    assert prom.values('count(frontline_place_info{controller="GOV:SY"})')[0] >= 1
    p95 = prom.values("histogram_quantile(0.95, sum by (le) (rate(frontline_article_to_alert_latency_seconds_bucket[5m])))")
    assert 0 < p95[0] < 60, p95
    print(f"first scrape after {first:.1f} s; processed state scraped after {caught_up:.1f} s; "
          f"{consumed:.0f} articles; {len(expressions)} expressions ({kinds}) checked; "
          f"article-to-alert p95 {p95[0]:.2f} s")
