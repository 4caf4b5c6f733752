"""The Kafka-facing CLI commands: `frontline feed`, `frontline alerts`, `frontline towns`.

Each is ``def command(settings, args) -> int`` (the exit status), as cli.py dispatches.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, TextIO

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from frontline.errors import BrokerError
from frontline.model import Article, dumps
from frontline.render import alert_line, town_detail, towns_table
from frontline.settings import Settings
from frontline.wire import read_articles
from frontline.wire.rejected import Rejected

log = logging.getLogger(__name__)

CLIENT_ID = "frontline-cli"


def _run(settings: Settings, coro: Callable[[], Awaitable[int]]) -> int:
    try:
        return asyncio.run(coro())
    except (KafkaConnectionError, BrokerError) as exc:
        print(f"frontline: cannot reach Kafka at {settings.bootstrap_servers}: {exc}; "
              "start it with `make kafka-start`", file=sys.stderr)
        return 2
    except KafkaError as exc:
        print(f"frontline: Kafka error: {exc!r}", file=sys.stderr)
        return 2


async def ensure_topics(settings: Settings, names: Iterable[str]) -> None:
    """Create the topics that are missing (the broker does not auto-create them)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, client_id=CLIENT_ID)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            new = [NewTopic(n, settings.partitions, settings.replication) for n in missing]
            try:
                await admin.create_topics(new)
            except TopicAlreadyExistsError:
                pass  # created meanwhile by a worker
            log.info("created topics %s", ", ".join(missing))
    finally:
        await admin.close()


# ---------------------------------------------------------------- feed


@dataclass(slots=True)
class FeedSummary:
    read: int = 0
    published: int = 0
    skipped: int = 0  # the same id and version twice in one feed
    rejected: int = 0

    def __str__(self) -> str:
        return f"read {self.read}, published {self.published}, skipped {self.skipped}, rejected {self.rejected}"


async def publish(
    settings: Settings, items: Iterable[Article | Rejected], err: TextIO | None = None
) -> FeedSummary:
    """Publish articles to the articles topic, keyed by article id; count the rest."""
    err = err or sys.stderr
    summary = FeedSummary()
    seen: set[tuple[str, int]] = set()
    await ensure_topics(settings, [settings.articles_topic])
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        client_id=CLIENT_ID,
        acks="all",
        enable_idempotence=True,
        max_request_size=max(settings.max_article_bytes + 64 * 1024, 1024 * 1024),
    )
    await producer.start()
    try:
        pending = []
        for item in items:
            summary.read += 1
            if isinstance(item, Rejected):
                summary.rejected += 1
                print(f"rejected {item.origin}: {item.reason}: {item.detail}", file=err)
                continue
            if (item.id, item.version) in seen:
                summary.skipped += 1
                continue
            seen.add((item.id, item.version))
            pending.append(await producer.send(settings.articles_topic, dumps(item), key=item.id.encode()))
        for fut in pending:
            await fut
            summary.published += 1
    finally:
        await producer.stop()
    return summary


def feed(settings: Settings, args: argparse.Namespace) -> int:
    """`frontline feed PATH|-`: exit 1 when any input was rejected."""

    async def main() -> int:
        items = read_articles(args.sources, args.format, max_bytes=settings.max_article_bytes)
        summary = await publish(settings, items)
        print(f"{settings.articles_topic}: {summary}")
        return 1 if summary.rejected else 0

    return _run(settings, main)


# ---------------------------------------------------------------- alerts


async def subscribe(consumer: AIOKafkaConsumer, topic: str, seconds: float = 30.0) -> list[TopicPartition]:
    """Subscribe a group-less consumer to every partition of ``topic``; wait for the assignment."""
    consumer.subscribe([topic])
    deadline = time.monotonic() + seconds
    while not consumer.assignment():
        if time.monotonic() > deadline:
            raise BrokerError(f"no partitions of {topic} assigned after {seconds:.0f} s")
        await asyncio.sleep(0.05)
    return sorted(consumer.assignment())


async def consume(
    settings: Settings,
    topic: str,
    on_value: Callable[[bytes | None], None],
    *,
    from_beginning: bool,
    follow: bool,
    poll_ms: int = 500,
) -> int:
    """Read ``topic`` without a consumer group; stop at the end offsets unless following."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        client_id=CLIENT_ID,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
    )
    await consumer.start()
    count = 0
    try:
        while topic not in await consumer.topics():
            if not follow:
                return 0  # the topic does not exist yet: nothing to show
            await asyncio.sleep(1.0)
        tps = await subscribe(consumer, topic)
        ends = await consumer.end_offsets(tps)
        while True:
            if not follow and all([await consumer.position(tp) >= ends[tp] for tp in tps]):
                return count
            batch = await consumer.getmany(*tps, timeout_ms=poll_ms)
            for records in batch.values():
                for record in records:
                    on_value(record.value)
                    count += 1
    finally:
        await consumer.stop()


def alerts(settings: Settings, args: argparse.Namespace) -> int:
    """`frontline alerts [--from-beginning] [--follow] [--json]`."""

    def show(value: bytes | None) -> None:
        if value is None:
            return
        if args.json:
            print(value.decode("utf-8", "replace"), flush=True)
        else:
            try:
                print(alert_line(orjson.loads(value)), flush=True)
            except orjson.JSONDecodeError:
                print(f"(undecodable alert: {value[:80]!r})", flush=True)

    async def main() -> int:
        await consume(settings, settings.alerts_topic, show,
                      from_beginning=args.from_beginning, follow=args.follow)
        return 0

    try:
        return _run(settings, main)
    except KeyboardInterrupt:
        return 130


# ---------------------------------------------------------------- towns


def fetch_towns(base_url: str, timeout: float = 10.0, **filters: str) -> list[dict[str, Any]]:
    """GET /towns from a worker, with the filters of frontline.control.query."""
    query = urllib.parse.urlencode({k: v for k, v in filters.items() if v})
    url = f"{base_url.rstrip('/')}/towns" + (f"?{query}" if query else "")
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (http only)
        towns: list[dict[str, Any]] = orjson.loads(response.read())
        return towns


def fetch_town(base_url: str, key: str, timeout: float = 10.0) -> dict[str, Any]:
    """GET /towns/{key} (the place with its history) from a worker."""
    url = f"{base_url.rstrip('/')}/towns/{urllib.parse.quote(key, safe='')}"
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (http only)
        town: dict[str, Any] = orjson.loads(response.read())
        return town


def _http_error(exc: urllib.error.HTTPError) -> str:
    try:
        return str(orjson.loads(exc.read()).get("error") or exc)
    except (orjson.JSONDecodeError, AttributeError):
        return str(exc)


def towns(settings: Settings, args: argparse.Namespace) -> int:
    """`frontline towns [KEY] [--country ..] [--controller ..] [--status ..] [--changed-since ..] [--url URL] [--json]`:
    the control table served by a worker, or one place with its history."""
    base = args.url or settings.web_url
    filters = {"country": args.country, "controller": args.controller, "status": args.status,
               "changed_since": args.changed_since}
    try:
        result: Any = fetch_town(base, args.key) if args.key else fetch_towns(base, **filters)
    except urllib.error.HTTPError as exc:
        print(f"frontline: {base}: {_http_error(exc)}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"frontline: no worker answers at {base}: {exc}; start one with `frontline worker`",
              file=sys.stderr)
        return 2
    if args.json:
        print(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    else:
        print(town_detail(result) if args.key else towns_table(result))
    return 0
