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
from collections.abc import Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from frontline.errors import BrokerError
from frontline.model import Article, dumps
from frontline.render import alert_line, town_detail, towns_table
from frontline.settings import Settings
from frontline.wire import Deduper
from frontline.wire.rejected import Rejected
from frontline.wire.remote import is_url
from frontline.wire.runner import FeedPlan, FeedRunner, FeedSummary

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


class KafkaSink:
    """The articles topic as a wire Sink: one idempotent producer, articles keyed by id."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._producer = AIOKafkaProducer(
            bootstrap_servers=settings.bootstrap_servers,
            client_id=CLIENT_ID,
            acks="all",
            enable_idempotence=True,
            max_request_size=max(settings.max_article_bytes + 64 * 1024, 1024 * 1024),
        )

    async def __aenter__(self) -> "KafkaSink":
        await ensure_topics(self.settings, [self.settings.articles_topic])
        await self._producer.start()
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self._producer.stop()

    async def send(self, articles: Sequence[Article]) -> None:
        topic = self.settings.articles_topic
        pending = [await self._producer.send(topic, dumps(a), key=a.id.encode()) for a in articles]
        for fut in pending:
            await fut


async def publish(
    settings: Settings, items: Iterable[Article | Rejected], err: TextIO | None = None
) -> FeedSummary:
    """Publish articles to the articles topic (same id and version once); count the rest."""
    runner = FeedRunner(FeedPlan(), on_rejected=lambda r: _print_rejected(r, err or sys.stderr))
    async with KafkaSink(settings) as sink:
        await runner.drain(items, Deduper(), sink)
    return runner.summary


def _print_rejected(item: Rejected, err: TextIO) -> None:
    print(f"rejected {item.origin}: {item.reason}: {item.detail}", file=err, flush=True)


def feed_plan(settings: Settings, args: argparse.Namespace) -> FeedPlan:
    sources = tuple(args.sources)
    polls = any(is_url(s) for s in sources)
    interval = args.interval if args.interval is not None else (60.0 if polls else 2.0)
    return FeedPlan(
        sources=sources,
        fmt=args.format,
        spool=Path(args.spool) if args.spool else None,
        once=args.once,
        interval=interval,
        max_bytes=settings.max_article_bytes,
        timeout=args.timeout,
        progress=sys.stderr.isatty() if args.progress is None else args.progress,
        state_path=Path(args.state) if args.state else settings.data_dir / "feed-state.json",
    )


def feed(settings: Settings, args: argparse.Namespace) -> int:
    """`frontline feed [SOURCE...] [--spool DIR] [--once]`: exit 1 when any input was rejected."""
    if not args.sources and not args.spool:
        print("frontline feed: give files, directories, feed URLs, - (stdin) or --spool DIR", file=sys.stderr)
        return 2
    if (args.interval is not None and args.interval <= 0) or args.timeout <= 0:
        print("frontline feed: --interval and --timeout take a number of seconds > 0", file=sys.stderr)
        return 2
    runner = FeedRunner(feed_plan(settings, args), on_rejected=lambda r: _print_rejected(r, sys.stderr))

    async def main() -> int:
        try:
            async with KafkaSink(settings) as sink:
                await runner.run(sink)
        except asyncio.CancelledError:  # Ctrl-C: stop cleanly, say what was done
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
            print("frontline feed: stopped", file=sys.stderr)
        finally:
            runner.close()
            print(f"{settings.articles_topic}: {runner.summary}")
        return 1 if runner.summary.rejected else 0

    try:
        return _run(settings, main)
    except KeyboardInterrupt:
        return 1 if runner.summary.rejected else 130


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
