"""A feed served on loopback for tests and demos (standard library only).

    with LoopbackFeed() as feed:
        feed.add("guid-1", "Town captured", "<p>Troops took the town.</p>")
        url = feed.url                      # http://127.0.0.1:PORT/feed.xml
        feed.add("guid-2", ...)             # the next GET sees a new ETag / Last-Modified

It answers conditional requests like a real server: 304 when If-None-Match matches the
current ETag (or, without ETags, when If-Modified-Since is not older than Last-Modified).
``/status/NNN`` answers with that status, ``/slow`` waits ``slow_seconds`` before answering.
Every request's conditional headers and the status sent are kept in ``requests``.
``closed_port()`` gives a loopback port nothing listens on (an unreachable feed).
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape


@dataclass(frozen=True, slots=True)
class Request:
    path: str
    if_none_match: str | None
    if_modified_since: str | None
    status: int


class LoopbackFeed:
    """An RSS 2.0 feed (items with content:encoded) on 127.0.0.1, in a background thread."""

    def __init__(self, *, title: str = "Loopback desk", etags: bool = True, slow_seconds: float = 2.0) -> None:
        self.title = title
        self.etags = etags
        self.slow_seconds = slow_seconds
        self.requests: list[Request] = []
        self._items: list[tuple[str, str, str, str]] = []
        self._modified = int(time.time()) - 60
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def add(self, guid: str, title: str, html: str, pub_date: str = "Thu, 14 Mar 2024 09:30:00 GMT") -> None:
        """Add an item (the newest first in the document); the feed's validators change."""
        with self._lock:
            self._items.insert(0, (guid, title, html, pub_date))
            # Last-Modified has a one-second resolution: move it forward by at least a second.
            self._modified = max(self._modified + 1, int(time.time()))

    def document(self) -> bytes:
        with self._lock:
            items = "".join(
                f"<item><guid isPermaLink=\"false\">{escape(g)}</guid><title>{escape(t)}</title>"
                f"<link>https://loopback.example/{escape(g)}</link><pubDate>{d}</pubDate>"
                f"<description>{escape(t)}</description>"
                f"<content:encoded><![CDATA[{h}]]></content:encoded></item>"
                for g, t, h, d in self._items
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{escape(self.title)}</title><language>en</language>{items}</channel></rss>"
        ).encode("utf-8")

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.document()).hexdigest()[:16] + '"'

    @property
    def last_modified(self) -> str:
        return formatdate(self._modified, usegmt=True)

    @property
    def base(self) -> str:
        assert self._server is not None, "start the server first (with LoopbackFeed() as feed)"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        return self.base + "/feed.xml"

    def statuses(self) -> list[int]:
        return [r.status for r in self.requests]

    def __enter__(self) -> "LoopbackFeed":
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), name="loopback-feed", daemon=True).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _not_modified(self, if_none_match: str | None, if_modified_since: str | None) -> bool:
        if self.etags and if_none_match is not None:
            return self.etag in (t.strip() for t in if_none_match.split(","))
        if if_modified_since is not None:
            try:
                return parsedate_to_datetime(if_modified_since).timestamp() >= self._modified
            except (TypeError, ValueError):
                return False
        return False

    def answer(self, path: str, headers: Any) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a GET of ``path``."""
        inm, ims = headers.get("If-None-Match"), headers.get("If-Modified-Since")
        if path.startswith("/status/"):
            status, extra, body = int(path.rsplit("/", 1)[1]), {}, b"no feed here\n"
        elif path == "/slow":
            time.sleep(self.slow_seconds)
            status, extra, body = 200, {}, self.document()
        elif path != "/feed.xml":
            status, extra, body = 404, {}, b"not found\n"
        else:
            extra = {"Last-Modified": self.last_modified}
            if self.etags:
                extra["ETag"] = self.etag
            if self._not_modified(inm, ims):
                status, body = 304, b""
            else:
                status, body = 200, self.document()
                extra["Content-Type"] = "application/rss+xml; charset=utf-8"
        self.requests.append(Request(path, inm, ims, status))
        return status, extra, body


def _handler(feed: LoopbackFeed) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            status, headers, body = feed.answer(self.path, self.headers)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout or a size limit under test)

        def log_message(self, *_args: object) -> None:  # keep test output clean
            pass

    return Handler


def closed_port() -> int:
    """A loopback port that nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
