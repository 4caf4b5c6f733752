"""observe + the agents' metric call sites: what the worker records, without a broker."""

from __future__ import annotations

import time
from dataclasses import replace

import orjson

from frontline.metrics import Metrics
from frontline.model import Article, dumps
from frontline.stream.deadletter import Origin


def _samples(metrics: Metrics) -> dict[str, float]:
    out = {}
    for line in metrics.exposition().decode().splitlines():
        if line and not line.startswith("#"):
            key, value = line.rsplit(" ", 1)
            out[key] = float(value)
    return out


async def test_observe_extract_counts_format_skips_and_passes_the_article_timestamp(build, capture) -> None:
    event = capture("a1")
    service, outbox = build({"a1": [event]})
    stamp = time.time() - 3.0
    origin = Origin("frontline.articles", 0, 5, stamp)
    hit = Article(id="a1", text="Die syrische Armee hat Albu Kamal zurückerobert.", lang="de")
    miss = Article(id="a2", text="Heute scheint in Berlin die Sonne.", lang="de")
    await service.steps.extract_step(b"a1", dumps(hit), origin, b"ninjs")
    await service.steps.extract_step(b"a2", dumps(miss), origin)
    s = _samples(service.metrics)
    assert s['frontline_articles_consumed_total{format="ninjs",lang="de"}'] == 1
    assert s['frontline_articles_consumed_total{format="unknown",lang="de"}'] == 1
    assert s['frontline_articles_skipped_total{reason="no-trigger"}'] == 1  # only the weather report
    assert s["frontline_last_article_consumed_timestamp_seconds"] >= stamp
    assert outbox.on(service.settings.events_topic) == [(event.place_key.encode(), dumps(event))]
    assert outbox.timestamps == [stamp]  # the event carries the article's Kafka timestamp


async def test_observe_control_measures_article_to_alert_latency(build, capture) -> None:
    service, outbox = build()
    event = capture()
    table: dict[bytes, bytes] = {}
    origin = Origin("frontline.events", 0, 1, time.time() - 2.0)  # the article entered Kafka 2 s ago
    assert await service.steps.control_step(table, event.place_key.encode(), dumps(event), origin) == 1
    s = _samples(service.metrics)
    assert s["frontline_article_to_alert_latency_seconds_count"] == 1
    assert 2.0 <= s["frontline_article_to_alert_latency_seconds_sum"] < 60
    assert s['frontline_article_to_alert_latency_seconds_bucket{le="1.0"}'] == 0
    assert s['frontline_article_to_alert_latency_seconds_bucket{le="2.5"}'] == 1


async def test_observe_places_gauges_read_the_table(build, capture) -> None:
    service, _ = build()
    event = replace(capture(), lat=34.4529, lon=40.9186)
    async with service.agents.control.test_context() as agent:
        await agent.put(dumps(event), key=event.place_key.encode())
        state = orjson.loads(service.places[event.place_key.encode()])
        s = _samples(service.metrics)
    assert s['frontline_places_by_controller{controller="GOV:SY"}'] == 1
    assert s['frontline_places_by_status{status="%s"}' % state["status"]] == 1
    [info] = [k for k in s if k.startswith("frontline_place_info{")]
    assert f'place="{event.place_key}"' in info and 'controller="GOV:SY"' in info
    assert 'lat="34.4529",lon="40.9186"' in info


def test_observe_worker_state_gauges_and_faust_sensor(build) -> None:
    service, _ = build()
    s = _samples(service.metrics)
    assert s["frontline_worker_ready"] == 0  # not started: no partitions assigned
    assert s["frontline_table_recovering"] == 0
    assert "faust_messages_received_total" in s  # Faust's own sensor, same registry
