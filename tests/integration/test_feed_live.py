"""`frontline feed` on the real broker: an RSS feed on loopback polled twice, a dead URL, a spool.

Each test has its own topic prefix and data dir (``unique_name``, tmp_path); `frontline feed`
runs as a subprocess, so its state file is what carries the poll over from one run to the next.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer

from frontline.stream.commands import subscribe
from frontline.wire.testing import LoopbackFeed, closed_port

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "wire"
SECONDS = 60.0

Feed = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def prefix(unique_name: Callable[[str], str]) -> str:
    return unique_name("feed") + "."


@pytest.fixture
def frontline_feed(bootstrap: str, prefix: str, tmp_path: Path) -> Feed:
    """Run `frontline feed ARGS...` against this test's topics and data dir."""

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
        env.update(FRONTLINE_BROKER=bootstrap, FRONTLINE_TOPIC_PREFIX=prefix, FRONTLINE_PARTITIONS="2",
                   FRONTLINE_DATA_DIR=str(tmp_path / "data"), FRONTLINE_LOG_LEVEL="warning")
        return subprocess.run([sys.executable, "-m", "frontline.cli", "feed", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    return run


def keys(bootstrap: str, topic: str, expected: int) -> list[str]:
    """The keys of every record in ``topic`` once ``expected`` are there (or at the deadline)."""

    async def main() -> list[str]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                    auto_offset_reset="earliest")
        await consumer.start()
        found: list[str] = []
        try:
            tps = await subscribe(consumer, topic)
            deadline = time.monotonic() + SECONDS
            while len(found) < expected and time.monotonic() < deadline:
                for batch in (await consumer.getmany(*tps, timeout_ms=300)).values():
                    found.extend(r.key.decode() for r in batch if r.key is not None)
            ends = await consumer.end_offsets(tps)
            assert sum(ends.values()) == len(found), (ends, found)  # nothing beyond what was read
            return sorted(found)
        finally:
            await consumer.stop()

    return asyncio.run(main())


def test_feed_live_second_poll_publishes_only_the_new_item(frontline_feed: Feed, bootstrap: str,
                                                           prefix: str) -> None:
    topic = prefix + "frontline.articles"
    with LoopbackFeed() as feed:
        feed.add("live-0001", "Army captures Karvansk", "<p>Government troops captured the town of Karvansk.</p>")
        feed.add("live-0002", "Rebels besiege Dolna Vesh", "<p>Rebels surrounded the town of Dolna Vesh.</p>")
        first = frontline_feed(feed.url, "--once")
        assert first.returncode == 0, first.stderr
        assert first.stdout.strip() == f"{topic}: read 2, published 2, skipped 0, rejected 0"
        assert keys(bootstrap, topic, 2) == ["live-0001", "live-0002"]

        feed.add("live-0003", "Army holds Ostrava", "<p>The army said it still held Ostrava.</p>")
        second = frontline_feed(feed.url, "--once")
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == f"{topic}: read 3, published 1, skipped 2, rejected 0"
        assert keys(bootstrap, topic, 3) == ["live-0001", "live-0002", "live-0003"]

        third = frontline_feed(feed.url, "--once")  # unchanged: the server answers 304
        assert third.stdout.strip() == f"{topic}: read 0, published 0, skipped 0, rejected 0"
        assert feed.statuses() == [200, 200, 304]
        assert feed.requests[2].if_none_match == feed.etag
    assert keys(bootstrap, topic, 3) == ["live-0001", "live-0002", "live-0003"]


def test_feed_live_unreachable_url_rejected_nonzero_exit(frontline_feed: Feed, prefix: str) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/rss"
    done = frontline_feed(dead, "--once", "--timeout", "2")
    assert done.returncode == 1
    assert f"rejected {dead}: fetch: cannot connect" in done.stderr
    assert done.stdout.strip() == f"{prefix}frontline.articles: read 1, published 0, skipped 0, rejected 1"


def test_feed_live_spool_published_then_moved(frontline_feed: Feed, bootstrap: str, prefix: str,
                                              tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    (spool / "desk.jsonl").write_bytes((SAMPLES / "jsonl" / "desk-articles.jsonl").read_bytes())
    (spool / "broken.xml").write_bytes(b"<rss><channel>")
    os.utime(spool / "desk.jsonl", (time.time() - 10, time.time() - 10))
    os.utime(spool / "broken.xml", (time.time() - 10, time.time() - 10))
    done = frontline_feed("--spool", str(spool), "--once")
    assert done.returncode == 1 and f"rejected {spool / 'broken.xml'}: decode" in done.stderr
    lines = len((SAMPLES / "jsonl" / "desk-articles.jsonl").read_bytes().splitlines())
    assert len(keys(bootstrap, prefix + "frontline.articles", lines)) == lines
    assert [p.name for p in (spool / "done").iterdir()] == ["desk.jsonl"]
    assert sorted(p.name for p in (spool / "failed").iterdir()) == ["broken.xml", "broken.xml.reason.txt"]
