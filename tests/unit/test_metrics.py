"""metrics: declared once, on a registry passed in, with Prometheus names."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from prometheus_client import CollectorRegistry

from frontline.metrics import MAX_PLACE_SERIES, Metrics, PlacesCollector, format_label, lang_label


def _samples(m: Metrics) -> dict[str, float]:
    """``name{labels}`` -> value for every frontline_ sample (``_created`` left out)."""
    out = {}
    for line in m.exposition().decode().splitlines():
        if line.startswith("frontline_") and "_created" not in line.split("{")[0].split(" ")[0]:
            key, value = line.rsplit(" ", 1)
            out[key] = float(value)
    return out


def test_metrics_fresh_registries_do_not_collide() -> None:
    a, b = Metrics.create(CollectorRegistry()), Metrics.create(CollectorRegistry())
    a.dead_letters.labels(reason="decode").inc()
    assert b"frontline_dead_letters_total{reason=\"decode\"} 1.0" in a.exposition()
    assert b"frontline_dead_letters_total{reason=\"decode\"} 0.0" in b.exposition()


def test_metrics_exposition_names() -> None:
    m = Metrics.create(CollectorRegistry())
    m.articles_consumed.labels(lang="de", format="ninjs").inc()
    m.articles_skipped.labels(reason="no-trigger").inc()
    m.events_extracted.labels(kind="capture").inc(2)
    m.alerts_published.labels(kind="control-change").inc()
    m.extraction_duration.observe(0.003)
    m.article_to_alert_latency.observe(1.5)
    m.consumer_lag.labels(topic="frontline.articles", partition="0").set(7)
    s = _samples(m)
    assert s['frontline_articles_consumed_total{format="ninjs",lang="de"}'] == 1
    assert s['frontline_articles_skipped_total{reason="no-trigger"}'] == 1
    assert s['frontline_events_extracted_total{kind="capture"}'] == 2
    assert s['frontline_alerts_published_total{kind="control-change"}'] == 1
    assert s['frontline_extraction_duration_seconds_bucket{le="0.005"}'] == 1
    assert s['frontline_article_to_alert_latency_seconds_bucket{le="2.5"}'] == 1
    assert s['frontline_article_to_alert_latency_seconds_bucket{le="1.0"}'] == 0
    assert s['frontline_consumer_lag{partition="0",topic="frontline.articles"}'] == 7
    assert s["frontline_last_article_consumed_timestamp_seconds"] > 1.6e9  # set at start
    [build] = [k for k in s if k.startswith("frontline_build_info{")]
    assert re.search(r'version="[^"]+"', build) and 'python="3.' in build


def test_metrics_known_label_values_start_at_zero() -> None:
    """So that rate() sees the first dead letter, event or alert of each kind."""
    s = _samples(Metrics.create(CollectorRegistry()))
    for reason in ("decode", "schema", "no-text", "too-large", "unsupported-format", "internal-error"):
        assert s[f'frontline_dead_letters_total{{reason="{reason}"}}'] == 0
    for kind in ("capture", "withdrawal", "siege", "hold"):
        assert s[f'frontline_events_extracted_total{{kind="{kind}"}}'] == 0
    for kind in ("control-change", "status-change", "correction"):
        assert s[f'frontline_alerts_published_total{{kind="{kind}"}}'] == 0
    assert s['frontline_articles_consumed_total{format="unknown",lang="en"}'] == 0
    assert s['frontline_articles_skipped_total{reason="no-trigger"}'] == 0


def test_metrics_naming_follows_prometheus_practice() -> None:
    """Counters end in _total, histograms name their unit; every name is frontline_-prefixed."""
    m = Metrics.create(CollectorRegistry())
    for family in m.registry.collect():
        assert family.name.startswith("frontline_"), family.name
        if family.type == "counter":
            assert any(s.name.endswith("_total") for s in family.samples) or not family.samples
        if family.type == "histogram":
            assert family.name.endswith("_seconds"), family.name


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool not installed (deploy/prometheus/install.sh)")
def test_metrics_promtool_check_metrics_is_clean() -> None:
    m = Metrics.create(CollectorRegistry())
    m.articles_consumed.labels(lang="en", format="unknown").inc()
    m.places.bind(lambda: [{"key": "gn:1", "name": "A", "controller": "IS", "status": "controlled",
                            "lat": 34.4, "lon": 40.9}])
    done = subprocess.run(["promtool", "check", "metrics"], input=m.exposition(), capture_output=True, timeout=30)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()


def test_metrics_places_computed_from_rows_on_scrape() -> None:
    m = Metrics.create(CollectorRegistry())
    rows = [
        {"key": "gn:2", "name": "Raqqa", "controller": "SDF", "status": "controlled", "lat": 35.95, "lon": 39.01},
        {"key": "gn:1", "name": "Albu Kamal", "controller": "GOV:SY", "status": "controlled",
         "lat": 34.4529, "lon": 40.9186},
        {"key": "name:SY:x", "name": "X", "controller": None, "status": "contested", "lat": None, "lon": None},
    ]
    table = list(rows[:1])
    m.places.bind(lambda: table)
    assert _samples(m)['frontline_places_by_controller{controller="SDF"}'] == 1
    table[:] = rows  # read again on the next scrape
    s = _samples(m)
    assert s['frontline_places_by_status{status="controlled"}'] == 2
    assert s['frontline_places_by_status{status="contested"}'] == 1
    assert s['frontline_places_by_controller{controller="GOV:SY"}'] == 1
    assert s['frontline_places_by_controller{controller="none"}'] == 1
    info = [k for k in s if k.startswith("frontline_place_info{")]
    assert len(info) == 2  # the place without coordinates is not on the map
    assert ('frontline_place_info{controller="GOV:SY",lat="34.4529",lon="40.9186",name="Albu Kamal",'
            'place="gn:1",status="controlled"}') in s
    assert s["frontline_place_info_truncated"] == 0


def test_metrics_place_info_is_bounded() -> None:
    collector = PlacesCollector(max_series=3)
    collector.bind(lambda: [{"key": f"gn:{i}", "name": str(i), "controller": "IS", "status": "controlled",
                             "lat": 1.0, "lon": 2.0} for i in range(10)])
    families = {f.name: f for f in collector.collect()}
    assert len(families["frontline_place_info"].samples) == 3
    assert families["frontline_place_info_truncated"].samples[0].value == 1
    assert families["frontline_places_by_controller"].samples[0].value == 10  # counts stay whole
    assert MAX_PLACE_SERIES >= 1000


def test_metrics_unbound_places_export_nothing_but_the_flag() -> None:
    s = _samples(Metrics.create(CollectorRegistry()))
    assert not any(k.startswith(("frontline_places_by", "frontline_place_info{")) for k in s)


@pytest.mark.parametrize("raw, label", [
    (None, "unknown"), (b"ninjs", "ninjs"), ("NewsML-G2", "newsml"), ("rss", "feed"), (b"\xff\xfe", "other"), ("docx", "other"),
])
def test_metrics_format_label_is_bounded(raw: str | bytes | None, label: str) -> None:
    assert format_label(raw) == label


@pytest.mark.parametrize("lang, label", [("de", "de"), ("EN", "en"), (None, "unknown"), ("", "unknown"),
                                         ("x" * 40, "unknown"), ("d3", "unknown")])
def test_metrics_lang_label_is_bounded(lang: str | None, label: str) -> None:
    assert lang_label(lang) == label
