"""HTTP(S) feed URLs: conditional GETs (ETag / Last-Modified) with a timeout and a size limit.

    fetcher = HttpFetcher(timeout=10, max_bytes=1_000_000)
    got = fetcher.get(url, Validators(etag='"abc"'))   # raises FetchError / TooLargeError
    got.body is None  ->  304 Not Modified (nothing to read)

``read_url`` is the one-shot form used by ``read_articles`` (extract, replay, feed
without polling): an unconditional GET whose items are parsed like a file's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import httpx

from frontline import __version__
from frontline.errors import FetchError, InputError, TooLargeError
from frontline.model import Article

from .parse import parse_items
from .rejected import Rejected

log = logging.getLogger(__name__)

USER_AGENT = f"frontline/{__version__} (feed poller)"
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def is_url(source: str) -> bool:
    """True for an http:// or https:// source (anything else is a path or '-')."""
    return source[:8].lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server said identifies the version it sent: sent back to ask 'changed since?'."""

    etag: str | None = None
    last_modified: str | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "Validators":
        return cls(headers.get("etag") or None, headers.get("last-modified") or None)

    def request_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers

    def refreshed(self, headers: Mapping[str, str]) -> "Validators":
        """A 304 may carry updated validators; keep ours where it does not."""
        return Validators(headers.get("etag") or self.etag, headers.get("last-modified") or self.last_modified)


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: the body (None for 304 Not Modified) and the validators to send next time."""

    url: str
    body: bytes | None
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.body is None


class HttpFetcher:
    """GETs feed documents over HTTP(S) with httpx; every failure becomes a FetchError naming the cause."""

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        max_bytes: int = 5_000_000,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
            transport=transport,
        )

    def get(self, url: str, validators: Validators = Validators()) -> Fetched:
        """The document at ``url``, or ``body=None`` when it has not changed since ``validators``."""
        try:
            with self._client.stream("GET", url, headers=validators.request_headers()) as response:
                if response.status_code == 304:
                    return Fetched(url, None, validators.refreshed(response.headers))
                if not response.is_success:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                body = self._read(response)
                return Fetched(url, body, Validators.from_headers(response.headers))
        except httpx.TimeoutException as exc:
            raise FetchError(f"no answer within {self.timeout:g} s ({type(exc).__name__})") from exc
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect: {exc or type(exc).__name__}") from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(f"not a valid http(s) URL: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc

    def _read(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise TooLargeError(_too_large(int(declared), self.max_bytes))
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise TooLargeError(_too_large(None, self.max_bytes))
        return bytes(body)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "HttpFetcher":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def read_url(
    url: str, fmt: str | None, max_bytes: int, fetcher: HttpFetcher | None = None
) -> Iterator[Article | Rejected]:
    """Every Article of the feed at ``url`` (one unconditional GET); a Rejected naming the URL otherwise."""
    own = fetcher is None
    fetcher = fetcher or HttpFetcher(max_bytes=max_bytes)
    try:
        got = fetcher.get(url)
    except InputError as exc:
        yield Rejected.from_error(url, exc)
        return
    finally:
        if own:
            fetcher.close()
    assert got.body is not None  # no validators sent: never 304
    yield from parse_items(got.body, url, fmt)


def _too_large(size: int | None, limit: int) -> str:
    amount = f"{size:,} bytes" if size is not None else "more bytes"
    return f"{amount} exceed the limit of {limit:,} bytes per feed document (FRONTLINE_MAX_ARTICLE_BYTES)"
