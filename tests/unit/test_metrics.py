"""metrics: declared once, on a registry passed in, with Prometheus names."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from frontline.metrics import Metrics


def test_metrics_fresh_registries_do_not_collide() -> None:
    a, b = Metrics.create(CollectorRegistry()), Metrics.create(CollectorRegistry())
    a.dead_letters.labels(reason="decode").inc()
    assert b"frontline_dead_letters_total{reason=\"decode\"} 1.0" in a.exposition()
    assert b"reason=\"decode\"" not in b.exposition()


def test_metrics_exposition_names() -> None:
    m = Metrics.create(CollectorRegistry())
    m.articles_consumed.labels(lang="de").inc()
    m.events_extracted.labels(kind="capture").inc(2)
    m.alerts_published.labels(kind="control-change").inc()
    m.extraction_duration.observe(0.003)
    text = m.exposition().decode()
    assert 'frontline_articles_consumed_total{lang="de"} 1.0' in text
    assert 'frontline_events_extracted_total{kind="capture"} 2.0' in text
    assert 'frontline_alerts_published_total{kind="control-change"} 1.0' in text
    assert "frontline_extraction_duration_seconds_bucket" in text
