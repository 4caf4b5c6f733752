"""Deduper: a newer version supersedes; the same id and version (or an older one) is skipped."""

from __future__ import annotations

from frontline.model import Article
from frontline.wire import Deduper, Verdict
from wire_helpers import SAMPLES, read


def story(id: str, version: int) -> Article:
    return Article(id=id, text="t", version=version)


def test_dedup_verdicts_in_order() -> None:
    dedup = Deduper()
    offers = [story("a", 1), story("a", 1), story("b", 1), story("a", 3), story("a", 2), story("a", 3)]
    assert [dedup.offer(s) for s in offers] == [
        Verdict.NEW, Verdict.DUPLICATE, Verdict.NEW, Verdict.UPDATE, Verdict.STALE, Verdict.DUPLICATE]
    assert (len(dedup), dedup.version("a"), dedup.version("zz")) == (2, 3, None)


def test_dedup_admit_replaying_samples_twice_publishes_each_story_once() -> None:
    dedup = Deduper()
    articles, _ = read(SAMPLES, SAMPLES)
    admitted = [a.id for a in articles if dedup.admit(a)]
    assert len(articles) == 34
    assert len(admitted) == len(set(admitted)) == 13  # three ninjs versions of two IPTC stories are one each
