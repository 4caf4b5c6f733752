"""FeedRunner with the in-memory sink: files, polled feed URLs (state across restarts) and the spool."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from frontline.model import Article
from frontline.wire import Rejected
from frontline.wire.runner import FeedPlan, FeedRunner, FeedSummary, MemorySink
from frontline.wire.testing import LoopbackFeed, closed_port
from wire_helpers import SAMPLES


@pytest.fixture
def feed() -> Iterator[LoopbackFeed]:
    with LoopbackFeed() as served:
        served.add("loop-0001", "Army captures Karvansk", "<p>Government troops captured Karvansk.</p>")
        served.add("loop-0002", "Rebels besiege Dolna Vesh", "<p>Rebels surrounded Dolna Vesh.</p>")
        yield served


def _run(plan: FeedPlan, sink: MemorySink | None = None) -> tuple[FeedSummary, MemorySink, list[Rejected]]:
    sink = sink or MemorySink()
    rejected: list[Rejected] = []
    runner = FeedRunner(plan, on_rejected=rejected.append)
    try:
        summary = asyncio.run(runner.run(sink))
    finally:
        runner.close()
    return summary, sink, rejected


def _counts(summary: FeedSummary) -> tuple[int, int, int, int]:
    return summary.read, summary.published, summary.skipped, summary.rejected


def test_runner_files_read_once_duplicates_skipped(tmp_path: Path) -> None:
    story = SAMPLES / "jsonl" / "desk-articles.jsonl"
    summary, sink, rejected = _run(FeedPlan(sources=(str(story), str(story)), state_path=tmp_path / "s.json"))
    lines = len(story.read_bytes().splitlines())
    assert _counts(summary) == (2 * lines, lines, lines, 0) and rejected == []
    assert [a.id for a in sink.articles] == [orjson.loads(line)["id"] for line in story.read_bytes().splitlines()]
    assert not (tmp_path / "s.json").exists()  # files need no poller state


def test_runner_second_poll_publishes_only_the_new_item_even_after_a_restart(feed: LoopbackFeed,
                                                                             tmp_path: Path) -> None:
    plan = FeedPlan(sources=(feed.url,), once=True, state_path=tmp_path / "feed-state.json")
    first, sink, _ = _run(plan)
    assert _counts(first) == (2, 2, 0, 0)
    feed.add("loop-0003", "Army holds Ostrava", "<p>The army held Ostrava.</p>")
    second, sink, _ = _run(plan, sink)  # a new runner: validators and seen ids come from the state file
    assert _counts(second) == (3, 1, 2, 0)
    third, sink, _ = _run(plan, sink)
    assert _counts(third) == (0, 0, 0, 0)
    assert [a.id for a in sink.articles] == ["loop-0002", "loop-0001", "loop-0003"]
    assert feed.statuses() == [200, 200, 304]
    assert feed.requests[1].if_none_match is not None and feed.requests[2].if_none_match == feed.etag


def test_runner_seen_ids_survive_lost_validators(feed: LoopbackFeed, tmp_path: Path) -> None:
    state = tmp_path / "feed-state.json"
    plan = FeedPlan(sources=(feed.url,), once=True, state_path=state)
    _run(plan)
    raw = orjson.loads(state.read_bytes())
    raw["feeds"] = {}
    state.write_bytes(orjson.dumps(raw))
    summary, sink, _ = _run(plan)
    assert _counts(summary) == (2, 0, 2, 0) and sink.articles == []
    assert feed.statuses() == [200, 200]


def test_runner_unreachable_and_failing_urls_rejected_with_url_and_reason(feed: LoopbackFeed,
                                                                          tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/rss"
    failing = f"{feed.base}/status/502"
    plan = FeedPlan(sources=(dead, failing, feed.url), once=True, state_path=tmp_path / "s.json")
    summary, sink, rejected = _run(plan)
    assert _counts(summary) == (4, 2, 0, 2) and len(sink.articles) == 2
    assert [(r.origin, r.reason) for r in rejected] == [(dead, "fetch"), (failing, "fetch")]
    assert rejected[0].detail.startswith("cannot connect") and rejected[1].detail == "HTTP 502 Bad Gateway"
    assert list(orjson.loads((tmp_path / "s.json").read_bytes())["feeds"]) == [feed.url]


def test_runner_spool_moves_published_files_to_done_and_refused_ones_to_failed(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    shutil.copy(SAMPLES / "feeds" / "desk.atom", spool / "desk.atom")
    shutil.copy(SAMPLES / "nitf" / "desk-nitf.xml", spool / "desk-nitf.xml")
    (spool / "broken.xml").write_bytes(b"<newsItem guid='x'><contentMeta>")
    summary, sink, rejected = _run(FeedPlan(spool=spool, once=True, settle=0, state_path=tmp_path / "s.json"))
    assert _counts(summary) == (3, 2, 0, 1)
    assert sorted(p.name for p in (spool / "done").iterdir()) == ["desk-nitf.xml", "desk.atom"]
    assert sorted(p.name for p in (spool / "failed").iterdir()) == ["broken.xml", "broken.xml.reason.txt"]
    reason = (spool / "failed" / "broken.xml.reason.txt").read_text()
    assert reason.startswith(f"{spool / 'broken.xml'}: decode: ") and rejected[0].origin == str(spool / "broken.xml")
    assert sorted(p.name for p in spool.iterdir()) == ["done", "failed"]


def test_runner_spool_file_with_a_bad_line_fails_but_its_good_lines_are_published(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    good = orjson.dumps({"id": "ok-1", "text": "Rebels captured the town of Dolna Vesh.", "lang": "en"})
    (spool / "batch.jsonl").write_bytes(good + b"\n" + b'{"id": "bad-2", "text": ""}\n')
    summary, sink, _ = _run(FeedPlan(spool=spool, once=True, settle=0, state_path=tmp_path / "s.json"))
    assert _counts(summary) == (2, 1, 0, 1) and [a.id for a in sink.articles] == ["ok-1"]
    assert "no-text" in (spool / "failed" / "batch.jsonl.reason.txt").read_text()


def test_runner_watches_the_spool_until_cancelled(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    plan = FeedPlan(spool=spool, interval=0.02, settle=0, state_path=tmp_path / "s.json")

    async def main() -> tuple[FeedSummary, list[Article]]:
        sink = MemorySink()
        runner = FeedRunner(plan)
        task = asyncio.create_task(runner.run(sink))
        await asyncio.sleep(0.05)  # the watcher is polling an empty spool
        assert not task.done() and sink.articles == []
        part = spool / "late.txt.part"
        part.write_text("date 2024-03\nThe army captured the town of Ostrava.\nlate-0001\n")
        os.replace(part, spool / "late.txt")  # dropped whole, as writers should
        deadline = time.monotonic() + 10
        while not (spool / "done" / "late.txt").exists() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return runner.summary, sink.articles

    summary, articles = asyncio.run(main())
    assert _counts(summary) == (1, 1, 0, 0) and [a.id for a in articles] == ["late-0001"]
