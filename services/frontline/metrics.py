"""Every Prometheus metric Frontline exports, declared in one place.

Built from a registry that is passed in, so tests use a fresh ``CollectorRegistry``.
Names follow Prometheus practice: base units, ``_total`` counters, explicit labels.
The README's "Operations" section lists them with their meaning.

Three kinds of value:
- recorded by the agents as messages flow (counters, histograms);
- computed on scrape from the places table (:class:`PlacesCollector`, bound by the
  worker with :meth:`PlacesCollector.bind`) and from the worker's state
  (``worker_ready`` / ``table_recovering``, bound with ``Gauge.set_function``);
- refreshed periodically by the consumer-lag monitor (``consumer_lag``).
"""

from __future__ import annotations

import platform
import time
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.registry import Collector

from frontline.control.alerts import KINDS as ALERT_KINDS
from frontline.errors import InputError
from frontline.extract.lexicon import LANGS
from frontline.model import KINDS as EVENT_KINDS
from frontline.wire.detect import ALIASES, FORMATS

CONTENT_TYPE = CONTENT_TYPE_LATEST

EXTRACTION_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# Article-to-alert latency: from the article's Kafka timestamp (when it entered the
# articles topic) to the alert's publication. Seconds to an hour; the +Inf bucket
# holds the re-deliveries of old messages.
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0)
# frontline_place_info has one series per place: at most this many (sorted by key),
# so a runaway table cannot blow up Prometheus; frontline_place_info_truncated says so.
MAX_PLACE_SERIES = 2000
UNKNOWN = "unknown"
# A producer may name the article's wire format (frontline.wire's names or aliases)
# in this message header; the worker counts it in the ``format`` label.
FORMAT_HEADER = "frontline-format"

PlaceRows = Callable[[], Iterable[Mapping[str, Any]]]
SKIP_REASONS = ("no-trigger",)


def dead_letter_reasons() -> tuple[str, ...]:
    """Every dead-letter reason: each InputError's slug, and ``internal-error``."""
    found, todo = set(), [InputError]
    while todo:
        cls = todo.pop()
        found.add(cls.reason)
        todo.extend(cls.__subclasses__())
    return tuple(sorted(found | {"internal-error"}))


def format_label(raw: str | bytes | None) -> str:
    """The ``format`` label for a header value: a known format, ``other``, or ``unknown``."""
    if raw is None:
        return UNKNOWN
    text = (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw).strip().lower()
    name = ALIASES.get(text, text)
    return name if name in FORMATS else "other"


def lang_label(lang: str | None) -> str:
    """The ``lang`` label: a two- or three-letter code, else ``unknown`` (keeps cardinality bounded)."""
    if lang and 2 <= len(lang) <= 3 and lang.isascii() and lang.isalpha():
        return lang.lower()
    return UNKNOWN


class PlacesCollector(Collector):
    """Gauges computed from the places table at scrape time.

    ``frontline_places_by_status{status}``, ``frontline_places_by_controller{controller}``
    and ``frontline_place_info{place,name,controller,status,lat,lon} 1`` (for maps).
    Each worker reports the partitions it owns: sum across workers for the whole table.
    """

    def __init__(self, max_series: int = MAX_PLACE_SERIES) -> None:
        self.max_series = max_series
        self._rows: PlaceRows | None = None

    def bind(self, rows: PlaceRows) -> None:
        """Read places (PlaceState dicts) from ``rows()`` on every scrape."""
        self._rows = rows

    def collect(self) -> Iterator[Metric]:
        rows = sorted(self._rows() if self._rows else (), key=lambda r: str(r.get("key", "")))
        by_status = GaugeMetricFamily("frontline_places_by_status",
                                      "Places in this worker's share of the table, by status", labels=["status"])
        by_controller = GaugeMetricFamily("frontline_places_by_controller",
                                          "Places in this worker's share of the table, by controller "
                                          "(\"none\": no single controller)", labels=["controller"])
        info = GaugeMetricFamily("frontline_place_info",
                                 "1 for each place with coordinates in this worker's share of the table",
                                 labels=["place", "name", "controller", "status", "lat", "lon"])
        truncated = GaugeMetricFamily("frontline_place_info_truncated",
                                      "1 when frontline_place_info left places out (over the series limit)")
        for status, n in sorted(Tally(str(r.get("status") or UNKNOWN) for r in rows).items()):
            by_status.add_metric([status], n)
        for controller, n in sorted(Tally(str(r.get("controller") or "none") for r in rows).items()):
            by_controller.add_metric([controller], n)
        located = [r for r in rows if r.get("lat") is not None and r.get("lon") is not None]
        for r in located[: self.max_series]:
            info.add_metric([str(r.get("key", "")), str(r.get("name", "")), str(r.get("controller") or "none"),
                             str(r.get("status") or UNKNOWN), f"{float(r['lat']):.4f}", f"{float(r['lon']):.4f}"], 1)
        truncated.add_metric([], 1 if len(located) > self.max_series else 0)
        yield from (by_status, by_controller, info, truncated)

    def describe(self) -> Iterator[Metric]:
        return iter(())  # computed on scrape: don't call bind's source at registration


@dataclass(frozen=True, slots=True)
class Metrics:
    """The service's metrics; create once per process with :meth:`create`."""

    registry: CollectorRegistry
    articles_consumed: Counter
    articles_skipped: Counter
    last_article_consumed: Gauge
    dead_letters: Counter
    events_extracted: Counter
    alerts_published: Counter
    extraction_duration: Histogram
    article_to_alert_latency: Histogram
    consumer_lag: Gauge
    worker_ready: Gauge
    table_recovering: Gauge
    build_info: Info
    places: PlacesCollector

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> "Metrics":
        reg = registry if registry is not None else CollectorRegistry()
        last = Gauge("frontline_last_article_consumed_timestamp_seconds",
                     "Unix time of the last message read from the articles topic (the worker's start until then)",
                     registry=reg)
        last.set(time.time())
        build = Info("frontline_build", "Version of Frontline and of its runtime", registry=reg)
        build.info(build_labels())
        places = PlacesCollector()
        reg.register(places)
        metrics = cls(
            registry=reg,
            articles_consumed=Counter(
                "frontline_articles_consumed_total",
                "Articles read from the articles topic and decoded, by language and wire format",
                ["lang", "format"],
                registry=reg,
            ),
            articles_skipped=Counter(
                "frontline_articles_skipped_total",
                "Decoded articles the prefilter skipped (no trigger word), by reason",
                ["reason"],
                registry=reg,
            ),
            last_article_consumed=last,
            dead_letters=Counter(
                "frontline_dead_letters_total",
                "Messages sent to the dead-letter topic, by reason",
                ["reason"],
                registry=reg,
            ),
            events_extracted=Counter(
                "frontline_events_extracted_total",
                "Control events extracted from articles, by kind",
                ["kind"],
                registry=reg,
            ),
            alerts_published=Counter(
                "frontline_alerts_published_total",
                "Alerts published to the alerts topic, by kind",
                ["kind"],
                registry=reg,
            ),
            extraction_duration=Histogram(
                "frontline_extraction_duration_seconds",
                "Time to extract control events from one article",
                buckets=EXTRACTION_BUCKETS,
                registry=reg,
            ),
            article_to_alert_latency=Histogram(
                "frontline_article_to_alert_latency_seconds",
                "From the article's Kafka timestamp (entry into the articles topic) to its alert's publication",
                buckets=LATENCY_BUCKETS,
                registry=reg,
            ),
            consumer_lag=Gauge(
                "frontline_consumer_lag",
                "Messages not yet processed: end offset minus the group's committed offset, "
                "for each partition this worker is assigned",
                ["topic", "partition"],
                registry=reg,
            ),
            worker_ready=Gauge(
                "frontline_worker_ready",
                "1 when the worker is ready (partitions assigned, tables recovered), else 0",
                registry=reg,
            ),
            table_recovering=Gauge(
                "frontline_table_recovering",
                "1 while the worker recovers its tables from their changelogs, else 0",
                registry=reg,
            ),
            build_info=build,
            places=places,
        )
        return metrics.zero_known_series()

    def zero_known_series(self) -> "Metrics":
        """Export 0 for every label value known in advance, so rate() sees the first increase."""
        for lang in LANGS:
            self.articles_consumed.labels(lang=lang, format=UNKNOWN)
        for reason in SKIP_REASONS:
            self.articles_skipped.labels(reason=reason)
        for reason in dead_letter_reasons():
            self.dead_letters.labels(reason=reason)
        for kind in EVENT_KINDS:
            self.events_extracted.labels(kind=kind)
        for kind in ALERT_KINDS:
            self.alerts_published.labels(kind=kind)
        return self

    def exposition(self) -> bytes:
        """The registry in Prometheus text format."""
        return generate_latest(self.registry)


def build_labels() -> dict[str, str]:
    """Labels of ``frontline_build_info``: versions of Frontline, Python and Faust."""

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return UNKNOWN

    return {"version": version("frontline"), "python": platform.python_version(),
            "faust": version("faust-streaming")}
