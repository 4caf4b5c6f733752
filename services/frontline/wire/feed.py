"""RSS 2.0 / RSS 1.0 / Atom feeds (feedparser), from bytes already checked by safexml."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import feedparser

from frontline.errors import DecodeError, InputError
from frontline.model import Article

from .markup import html_to_text
from .normalise import make_article
from .rejected import Rejected


def parse(text: str, origin: str) -> Iterator[Article | Rejected]:
    """One Article per feed entry; an entry that cannot become one is Rejected."""
    # A stream, never a string: feedparser would treat a string as a URL or a file name.
    parsed = feedparser.parse(
        io.BytesIO(text.encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=True,
        resolve_relative_uris=False,
    )
    if parsed.bozo and not parsed.entries:
        raise DecodeError(f"unreadable feed: {parsed.get('bozo_exception')}")
    channel = parsed.feed
    for n, entry in enumerate(parsed.entries, 1):
        try:
            yield _article(entry, channel)
        except InputError as exc:
            yield Rejected.from_error(f"{origin}#{entry.get('id') or n}", exc)


def _article(entry: Any, channel: Any) -> Article:
    body = _longest(entry.get("content") or []) or _detail_text(entry.get("summary_detail"), entry.get("summary"))
    return make_article(
        id=entry.get("id") or entry.get("link"),
        text=body,
        title=entry.get("title") or "",
        published=entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published"),
        lang=_language(entry, channel),
        source=channel.get("title"),
        url=entry.get("link"),
    )


def _longest(contents: list[Any]) -> str:
    texts = [_detail_text(c, c.get("value")) for c in contents]
    return max(texts, key=len, default="")


def _detail_text(detail: Any, value: Any) -> str:
    if not value:
        return ""
    kind = (detail or {}).get("type", "text/html")
    return html_to_text(value) if "html" in kind else str(value).strip()


def _language(entry: Any, channel: Any) -> str | None:
    for detail in (*(entry.get("content") or []), entry.get("summary_detail") or {}):
        if detail.get("language"):
            return str(detail["language"])
    declared = channel.get("language")
    return str(declared) if declared else None
