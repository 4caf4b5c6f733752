"""The feed poller's state file: validators per URL and the story versions published."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from frontline.model import Article
from frontline.wire import Deduper, Verdict
from frontline.wire.feedstate import FeedState
from frontline.wire.remote import Validators


def test_feedstate_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "feed-state.json"
    state = FeedState.load(path)
    assert state.validators("http://a.example/rss") == Validators()
    state.remember("http://a.example/rss", Validators('"e1"', "Thu, 14 Mar 2024 09:30:00 GMT"))
    state.deduper.admit(Article("s1", "text", version=2))
    state.save()
    again = FeedState.load(path)
    assert again.validators("http://a.example/rss") == Validators('"e1"', "Thu, 14 Mar 2024 09:30:00 GMT")
    assert again.deduper.offer(Article("s1", "text", version=2)) is Verdict.DUPLICATE
    assert again.deduper.offer(Article("s1", "text", version=3)) is Verdict.UPDATE
    assert [p.name for p in path.parent.iterdir()] == ["feed-state.json"]  # no temporary file left


def test_feedstate_unreadable_file_starts_afresh_with_a_warning(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "feed-state.json"
    path.write_text('{"feeds": [1, 2]}')
    with caplog.at_level(logging.WARNING):
        state = FeedState.load(path)
    assert len(state.deduper) == 0 and "unreadable" in caplog.text and str(path) in caplog.text


def test_dedup_snapshot_keeps_the_most_recent_ids() -> None:
    deduper = Deduper({"a": 1})
    for story in ("b", "c", "d"):
        deduper.admit(Article(story, "text"))
    deduper.admit(Article("a", "text", version=2))  # an update keeps its place
    assert deduper.snapshot() == {"a": 2, "b": 1, "c": 1, "d": 1}
    assert deduper.snapshot(2) == {"c": 1, "d": 1}
