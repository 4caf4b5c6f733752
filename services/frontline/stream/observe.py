"""Connects the worker to its metrics: what is computed on scrape, the lag monitor, Faust's sensor.

``install(app, settings, places, metrics)`` is called once by ``make_app``:
- the places gauges read the table (this worker's partitions) on every scrape;
- ``frontline_worker_ready`` / ``frontline_table_recovering`` read the app's state on scrape;
- a :class:`~frontline.stream.lag.LagMonitor` refreshes ``frontline_consumer_lag``;
- Faust's own Prometheus sensor records into the same registry under the ``faust_``
  prefix (rebalances, commit latency, send errors; its histograms are in milliseconds).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import faust
import orjson
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor

from frontline.metrics import Metrics
from frontline.settings import Settings
from frontline.stream.lag import LagMonitor
from frontline.stream.web import readiness

log = logging.getLogger(__name__)

FAUST_PREFIX = "faust"


def install(app: faust.App, settings: Settings, places: faust.Table, metrics: Metrics) -> LagMonitor:
    """Bind the scrape-time gauges, add the lag monitor and Faust's sensor to ``app``."""

    def rows() -> Iterator[dict[str, Any]]:
        for value in places.values():
            try:
                yield orjson.loads(value)
            except orjson.JSONDecodeError:  # never fail a scrape over one bad row
                log.warning("places table: a value is not JSON; left out of the metrics")

    metrics.places.bind(rows)
    metrics.worker_ready.set_function(lambda: 1.0 if _safe_ready(app) else 0.0)
    metrics.table_recovering.set_function(lambda: 1.0 if _recovering(app) else 0.0)
    app.monitor = PrometheusMonitor(metrics=FaustMetrics.create(metrics.registry, FAUST_PREFIX))
    monitor = LagMonitor(
        bootstrap_servers=settings.bootstrap_servers,
        group=settings.app_id,  # Faust's consumer group is the app id
        topics=(settings.articles_topic, settings.events_topic),
        assignment=lambda: ((tp.topic, tp.partition) for tp in app.consumer.assignment()),
        gauge=metrics.consumer_lag,
    )
    app.service(monitor)  # type: ignore[arg-type]  # an instance is accepted; started after recovery
    return monitor


def _safe_ready(app: faust.App) -> bool:
    try:
        return readiness(app)[0]
    except Exception:  # not started yet
        return False


def _recovering(app: faust.App) -> bool:
    try:
        return bool(app.tables.recovery.in_recovery)  # type: ignore[attr-defined]
    except Exception:
        return False
