"""HTTP(S) feed URLs: conditional GETs against a feed served on loopback, and every failure named."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from frontline.errors import FetchError, TooLargeError
from frontline.wire.remote import HttpFetcher, Validators, is_url
from frontline.wire.testing import LoopbackFeed, closed_port
from wire_helpers import read

STORY = "<p>Government troops said they had captured the town of Karvansk.</p><p>Rebels did not comment.</p>"


@pytest.fixture
def feed() -> Iterator[LoopbackFeed]:
    with LoopbackFeed() as served:
        served.add("loop-0001", "Army captures Karvansk", STORY)
        yield served


@pytest.fixture
def fetcher() -> Iterator[HttpFetcher]:
    with HttpFetcher(timeout=5.0, max_bytes=100_000) as client:
        yield client


def test_remote_is_url() -> None:
    assert is_url("http://a.example/rss") and is_url("HTTPS://a.example/rss")
    assert not is_url("-") and not is_url("samples/wire") and not is_url("ftp://a.example/x")


def test_remote_etag_sent_back_and_304_has_no_body(feed: LoopbackFeed, fetcher: HttpFetcher) -> None:
    first = fetcher.get(feed.url)
    assert first.body is not None and b"loop-0001" in first.body
    assert first.validators == Validators(feed.etag, feed.last_modified)
    second = fetcher.get(feed.url, first.validators)
    assert second.not_modified and second.validators == first.validators
    assert [(r.if_none_match, r.status) for r in feed.requests] == [(None, 200), (feed.etag, 304)]


def test_remote_changed_feed_answers_200_with_new_validators(feed: LoopbackFeed, fetcher: HttpFetcher) -> None:
    first = fetcher.get(feed.url)
    feed.add("loop-0002", "Rebels besiege Dolna Vesh", "<p>Rebels surrounded Dolna Vesh.</p>")
    second = fetcher.get(feed.url, first.validators)
    assert second.body is not None and b"loop-0002" in second.body
    assert second.validators.etag == feed.etag != first.validators.etag
    assert feed.statuses() == [200, 200]


def test_remote_last_modified_alone_gives_if_modified_since() -> None:
    with LoopbackFeed(etags=False) as feed, HttpFetcher(timeout=5.0) as fetcher:
        feed.add("loop-0001", "Army captures Karvansk", STORY)
        first = fetcher.get(feed.url)
        assert first.validators == Validators(None, feed.last_modified)
        assert fetcher.get(feed.url, first.validators).not_modified
        feed.add("loop-0002", "Rebels besiege Dolna Vesh", "<p>Rebels surrounded Dolna Vesh.</p>")
        assert fetcher.get(feed.url, first.validators).body is not None
        assert [(r.if_modified_since, r.status) for r in feed.requests] == [
            (None, 200), (first.validators.last_modified, 304), (first.validators.last_modified, 200)]


@pytest.mark.parametrize("status, message", [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error"),
                                             (410, "HTTP 410 Gone")])
def test_remote_http_error_is_a_fetch_error(feed: LoopbackFeed, fetcher: HttpFetcher, status: int,
                                            message: str) -> None:
    with pytest.raises(FetchError, match=f"^{message}$"):
        fetcher.get(f"{feed.base}/status/{status}")


def test_remote_unreachable_host_is_a_fetch_error(fetcher: HttpFetcher) -> None:
    with pytest.raises(FetchError, match="^cannot connect"):
        fetcher.get(f"http://127.0.0.1:{closed_port()}/feed.xml")


def test_remote_timeout_is_a_fetch_error() -> None:
    with LoopbackFeed(slow_seconds=1.0) as feed, HttpFetcher(timeout=0.2) as fetcher:
        with pytest.raises(FetchError, match=r"^no answer within 0.2 s \(ReadTimeout\)"):
            fetcher.get(f"{feed.base}/slow")


def test_remote_invalid_url_is_a_fetch_error(fetcher: HttpFetcher) -> None:
    with pytest.raises(FetchError, match="not a valid http"):
        fetcher.get("http://")


def test_remote_body_over_the_limit_refused(feed: LoopbackFeed) -> None:
    with HttpFetcher(max_bytes=200) as small, pytest.raises(TooLargeError, match="limit of 200 bytes per feed"):
        small.get(feed.url)


def test_remote_read_articles_takes_a_url_like_a_file(feed: LoopbackFeed) -> None:
    [article], rejected = read(feed.url)
    assert rejected == []
    assert (article.id, article.title, article.source, article.lang) == (
        "loop-0001", "Army captures Karvansk", "Loopback desk", "en")
    # content:encoded (the linked full text) wins over the description; paragraphs kept
    assert article.text == "Government troops said they had captured the town of Karvansk.\n\nRebels did not comment."


def test_remote_read_articles_reports_the_url_and_reason(feed: LoopbackFeed) -> None:
    bad = f"{feed.base}/status/503"
    articles, [rejected] = read(bad)
    assert articles == []
    assert (rejected.origin, rejected.reason, rejected.detail) == (bad, "fetch", "HTTP 503 Service Unavailable")
