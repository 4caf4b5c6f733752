"""`frontline feed` without Kafka: files, feed URLs and a spool directory into a Sink, counted.

    runner = FeedRunner(FeedPlan(sources=("wire/", "https://desk.example/rss"), once=True))
    summary = await runner.run(sink)        # sink.send(articles) publishes and waits for acks

Files and directories are read once; URLs are polled with conditional requests (their
validators and the story versions already published live in a FeedState file); the spool
is scanned for new files. Without ``once`` the URLs and the spool are polled every
``interval`` seconds until the task is cancelled (Ctrl-C). A story id + version seen before
is skipped; a feed's state is saved and a spool file moved only after the sink acknowledged
its articles, so a crash republishes (at least once) rather than loses.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from frontline.errors import InputError
from frontline.model import Article

from .dedup import Deduper
from .feedstate import FeedState
from .parse import parse_items
from .rejected import Rejected
from .remote import HttpFetcher, is_url
from .sources import read_articles
from .spool import Spool

log = logging.getLogger(__name__)

BATCH = 500  # articles handed to the sink at once


class Sink(Protocol):
    async def send(self, articles: Sequence[Article]) -> None:
        """Publish the articles; return once every one is acknowledged."""


@dataclass(slots=True)
class MemorySink:
    """The in-memory twin of the Kafka sink: keeps what it is sent."""

    articles: list[Article] = field(default_factory=list)

    async def send(self, articles: Sequence[Article]) -> None:
        self.articles.extend(articles)


@dataclass(slots=True)
class FeedSummary:
    read: int = 0
    published: int = 0
    skipped: int = 0  # the same id and version again (or an older version)
    rejected: int = 0

    def __str__(self) -> str:
        return f"read {self.read}, published {self.published}, skipped {self.skipped}, rejected {self.rejected}"


@dataclass(frozen=True, slots=True)
class FeedPlan:
    """What to feed and how; built by the CLI from its arguments."""

    sources: tuple[str, ...] = ()  # files, directories, "-", http(s) URLs
    fmt: str | None = None
    spool: Path | None = None
    once: bool = False
    interval: float = 60.0
    settle: float = 1.0  # seconds a spool file must be left untouched
    max_bytes: int = 5_000_000
    timeout: float = 10.0
    progress: bool = False
    state_path: Path = Path("var/frontline/feed-state.json")

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(s for s in self.sources if is_url(s))

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(s for s in self.sources if not is_url(s))

    @property
    def polls(self) -> bool:
        """True when there is something to poll again (URLs or a spool)."""
        return bool(self.urls or self.spool)


class FeedRunner:
    """Runs a FeedPlan into a Sink; ``summary`` holds the counts so far (also after a cancel)."""

    def __init__(
        self,
        plan: FeedPlan,
        *,
        on_rejected: Callable[[Rejected], None] = lambda r: None,
        fetcher: HttpFetcher | None = None,
    ) -> None:
        self.plan = plan
        self.summary = FeedSummary()
        self._on_rejected = on_rejected
        self._fetcher = fetcher
        self._local = Deduper()  # files and spool: within this run
        self._state: FeedState | None = None
        self._spool = Spool(plan.spool, settle=plan.settle) if plan.spool else None

    async def run(self, sink: Sink) -> FeedSummary:
        """Feed everything once, then (unless ``once``) poll URLs and spool until cancelled."""
        plan = self.plan
        if plan.paths:
            await self.drain(read_articles(plan.paths, plan.fmt, max_bytes=plan.max_bytes,
                                           progress=plan.progress), self._local, sink)
        while plan.polls:
            await self.poll_urls(sink)
            await self.scan_spool(sink)
            if plan.once:
                break
            await asyncio.sleep(plan.interval)
        return self.summary

    async def drain(self, items: Iterable[Article | Rejected], deduper: Deduper, sink: Sink) -> FeedSummary:
        """Count, report, dedupe and send the items in batches; returns this call's counts."""
        counts = FeedSummary()
        batch: list[Article] = []
        for item in items:
            self._count(counts, "read")
            if isinstance(item, Rejected):
                self._count(counts, "rejected")
                self._on_rejected(item)
            elif deduper.admit(item):
                batch.append(item)
                if len(batch) >= BATCH:
                    await self._send(sink, batch, counts)
            else:
                self._count(counts, "skipped")
        await self._send(sink, batch, counts)
        return counts

    async def poll_urls(self, sink: Sink) -> None:
        """One conditional GET per URL; new items sent, then the URL's validators saved."""
        if not self.plan.urls:
            return
        fetcher = self._fetcher or HttpFetcher(timeout=self.plan.timeout, max_bytes=self.plan.max_bytes)
        self._fetcher = fetcher
        state = self._state = self._state or FeedState.load(self.plan.state_path)
        for url in self.plan.urls:
            try:
                got = await asyncio.to_thread(fetcher.get, url, state.validators(url))
            except InputError as exc:
                await self.drain([Rejected.from_error(url, exc)], state.deduper, sink)
                continue
            if got.body is None:
                log.info("%s: not modified", url)
            else:
                counts = await self.drain(parse_items(got.body, url, self.plan.fmt), state.deduper, sink)
                log.info("%s: %s", url, counts)
            state.remember(url, got.validators)
            state.save()

    async def scan_spool(self, sink: Sink) -> None:
        """Read, send and move every settled file of the spool."""
        if self._spool is None:
            return
        for path in self._spool.ready():
            rejected: list[Rejected] = []

            def keep(items: Iterable[Article | Rejected]) -> Iterable[Article | Rejected]:
                for item in items:
                    if isinstance(item, Rejected):
                        rejected.append(item)
                    yield item

            await self.drain(keep(read_articles([str(path)], self.plan.fmt, max_bytes=self.plan.max_bytes)),
                             self._local, sink)
            if rejected:
                self._spool.fail(path, rejected)
            else:
                self._spool.done(path)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    async def _send(self, sink: Sink, batch: list[Article], counts: FeedSummary) -> None:
        if batch:
            await sink.send(batch)
            self._count(counts, "published", len(batch))
            batch.clear()

    def _count(self, counts: FeedSummary, name: str, n: int = 1) -> None:
        setattr(counts, name, getattr(counts, name) + n)
        setattr(self.summary, name, getattr(self.summary, name) + n)
