"""Every Prometheus metric Frontline exports, declared in one place.

Built from a registry that is passed in, so tests use a fresh ``CollectorRegistry``.
Names follow Prometheus practice: base units, ``_total`` counters, explicit labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

CONTENT_TYPE = CONTENT_TYPE_LATEST

EXTRACTION_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


@dataclass(frozen=True, slots=True)
class Metrics:
    """The service's metrics; create once per process with :meth:`create`."""

    registry: CollectorRegistry
    articles_consumed: Counter
    dead_letters: Counter
    events_extracted: Counter
    alerts_published: Counter
    extraction_duration: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> "Metrics":
        reg = registry if registry is not None else CollectorRegistry()
        return cls(
            registry=reg,
            articles_consumed=Counter(
                "frontline_articles_consumed_total",
                "Articles read from the articles topic and decoded",
                ["lang"],
                registry=reg,
            ),
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
        )

    def exposition(self) -> bytes:
        """The registry in Prometheus text format."""
        return generate_latest(self.registry)
