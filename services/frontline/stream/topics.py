"""The four topics, the places table, and the outbox the agents send through.

Every value is raw bytes serialised with orjson (the shapes of ``schemas/``); every
key is raw UTF-8 (article id on the articles topic, place key elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import faust
from faust.types import TopicT

from frontline.settings import Settings

PLACES_TABLE = "places"


@dataclass(frozen=True, slots=True)
class Topics:
    articles: TopicT
    events: TopicT
    alerts: TopicT
    dead_letter: TopicT

    def all(self) -> tuple[TopicT, ...]:
        return (self.articles, self.events, self.alerts, self.dead_letter)


def declare(app: faust.App, settings: Settings) -> Topics:
    """Declare the topics on ``app``.

    ``internal=True`` makes Faust create a missing topic (with the configured
    partitions) before it subscribes, since the broker does not auto-create them.
    """

    def topic(name: str) -> TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            replicas=settings.replication,
            internal=True,
        )

    return Topics(
        articles=topic(settings.articles_topic),
        events=topic(settings.events_topic),
        alerts=topic(settings.alerts_topic),
        dead_letter=topic(settings.dead_letter_topic),
    )


def places_table(app: faust.App, settings: Settings) -> faust.Table:
    """The per-place control table: key place key (UTF-8), value PlaceState as orjson bytes.

    Co-partitioned with the events topic (same partition count, same raw key), and
    backed by the changelog topic ``<app id>-places-changelog``.
    """
    options = {"driver": "rocksdict"} if settings.store.startswith("rocksdb") else None
    return app.Table(
        PLACES_TABLE,
        key_type=bytes,  # bytes types make Faust use the raw codec for keys and values,
        value_type=bytes,  # so table routing hashes the same key bytes as the events topic
        partitions=settings.partitions,
        help="PlaceState of each place, keyed by place key",
        options=options,
    )


class Outbox(Protocol):
    """Where the agents send messages: Kafka topics, or a list in tests.

    ``timestamp`` (Unix seconds) sets the message's Kafka timestamp; None means now.
    """

    async def send(self, topic: str, key: bytes | None, value: bytes, *, timestamp: float | None = None) -> None: ...


@dataclass(frozen=True, slots=True)
class TopicOutbox:
    """Sends through Faust topics (buffered; flushed before offsets are committed)."""

    topics: Topics

    async def send(self, topic: str, key: bytes | None, value: bytes, *, timestamp: float | None = None) -> None:
        for t in self.topics.all():
            if t.get_topic_name() == topic:
                await t.send(key=key, value=value, timestamp=timestamp)
                return
        raise KeyError(f"no declared topic {topic!r}")


@dataclass(slots=True)
class MemoryOutbox:
    """The in-memory twin: keeps every sent message in order."""

    sent: list[tuple[str, bytes | None, bytes]] = field(default_factory=list)
    timestamps: list[float | None] = field(default_factory=list)  # one per sent message

    async def send(self, topic: str, key: bytes | None, value: bytes, *, timestamp: float | None = None) -> None:
        self.sent.append((topic, key, value))
        self.timestamps.append(timestamp)

    def on(self, topic: str) -> list[tuple[bytes | None, bytes]]:
        return [(k, v) for t, k, v in self.sent if t == topic]
