"""The two stages as plain async steps, and the Faust agents that call them.

    articles --extract_step--> events (key: place) --control_step--> places table
                                                                  \\-> alerts
    any failure -> dead letter (reason, origin, original bytes)

The steps take an :class:`~frontline.stream.topics.Outbox`, so tests run them
without Kafka; the agents are a few lines of Faust around them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import MutableMapping
from dataclasses import dataclass

import faust
import orjson

from frontline.control import PlaceState, apply
from frontline.errors import InputError
from frontline.extract.pipeline import Extractor
from frontline.extract.prefilter import has_trigger
from frontline.metrics import FORMAT_HEADER, Metrics, format_label, lang_label
from frontline.model import dumps
from frontline.settings import Settings
from frontline.stream import deadletter
from frontline.stream.deadletter import Origin
from frontline.stream.ingest import decode_article, decode_event
from frontline.stream.topics import Outbox, Topics

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Steps:
    """What each stage does with one message."""

    settings: Settings
    extractor: Extractor
    metrics: Metrics
    outbox: Outbox

    async def dead_letter(
        self, error: BaseException, origin: Origin, stage: str, key: bytes | None, value: bytes | None
    ) -> None:
        deadletter.log_failure(error, origin, stage)
        rec = deadletter.record(error, origin, stage=stage, key=key, value=value)
        self.metrics.dead_letters.labels(reason=rec["reason"]).inc()
        await self.outbox.send(self.settings.dead_letter_topic, key, dumps(rec))

    async def extract_step(
        self, key: bytes | None, value: bytes | None, origin: Origin, wire_format: str | bytes | None = None
    ) -> int:
        """Article bytes -> control events on the events topic; returns how many.

        Each event's Kafka timestamp is the article's (its entry into Kafka), so the
        control stage can measure article-to-alert latency.
        """
        self.metrics.last_article_consumed.set_to_current_time()
        try:
            article = decode_article(value, self.settings.max_article_bytes)
        except InputError as exc:
            await self.dead_letter(exc, origin, "extract", key, value)
            return 0
        self.metrics.articles_consumed.labels(lang=lang_label(article.lang), format=format_label(wire_format)).inc()
        if not has_trigger(article.text):
            self.metrics.articles_skipped.labels(reason="no-trigger").inc()
        started = time.perf_counter()
        try:
            events = self.extractor.extract(article)
        except Exception as exc:  # an extractor bug must not stop the worker
            await self.dead_letter(exc, origin, "extract", key, value)
            return 0
        finally:
            self.metrics.extraction_duration.observe(time.perf_counter() - started)
        for event in events:
            self.metrics.events_extracted.labels(kind=event.kind).inc()
            await self.outbox.send(self.settings.events_topic, event.place_key.encode(), dumps(event),
                                   timestamp=origin.timestamp)
        log.info("%s: article %s -> %d events", origin, article.id, len(events),
                 extra={"topic": origin.topic, "partition": origin.partition, "offset": origin.offset})
        return len(events)

    async def control_step(
        self,
        table: MutableMapping[bytes, bytes],
        key: bytes | None,
        value: bytes | None,
        origin: Origin,
    ) -> int:
        """One event -> the place's new state in ``table`` and its alerts; returns how many alerts."""
        try:
            event = decode_event(value)
            place = event.place_key.encode()
            stored = table.get(place)
            state = PlaceState.from_dict(orjson.loads(stored)) if stored is not None else None
            new_state, alerts = apply(state, event)
        except Exception as exc:  # InputError, or a bug in the transition
            await self.dead_letter(exc, origin, "control", key, value)
            return 0
        encoded = dumps(new_state)
        if encoded != stored:
            table[place] = encoded
        for alert in alerts:
            self.metrics.alerts_published.labels(kind=alert.kind).inc()
            await self.outbox.send(self.settings.alerts_topic, place, dumps(alert))
            if origin.timestamp is not None:  # the article's Kafka timestamp, carried by the event
                self.metrics.article_to_alert_latency.observe(max(0.0, time.time() - origin.timestamp))
        if alerts:
            log.info("%s: %s -> %d alerts", origin, event.place_key, len(alerts),
                     extra={"topic": origin.topic, "partition": origin.partition, "offset": origin.offset})
        return len(alerts)


def _header(event: faust.types.EventT, name: str) -> bytes | str | None:
    headers = event.message.headers or ()
    pairs = headers.items() if isinstance(headers, dict) else headers
    return next((v for k, v in pairs if k == name), None)


def _origin(event: faust.types.EventT) -> Origin:
    m = event.message
    return Origin(m.topic, m.partition, m.offset, m.timestamp)


@dataclass(frozen=True, slots=True)
class Agents:
    extract: faust.types.AgentT
    control: faust.types.AgentT


def register(app: faust.App, topics: Topics, table: faust.Table, steps: Steps) -> Agents:
    """Add the extract and control agents to ``app``."""

    @app.agent(topics.articles, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await steps.extract_step(event.message.key, event.value, _origin(event),
                                     _header(event, FORMAT_HEADER))

    @app.agent(topics.events, name="control")
    async def control(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await steps.control_step(table, event.message.key, event.value, _origin(event))

    return Agents(extract=extract, control=control)
