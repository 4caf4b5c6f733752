"""Where messages enter: bytes from a topic -> a validated Article or ControlEvent.

Pure (no Faust): raises an :class:`~frontline.errors.InputError` subclass whose
``reason`` becomes the dead-letter reason.
"""

from __future__ import annotations

from typing import Any

import orjson

from frontline import schemas
from frontline.errors import DecodeError, EmptyTextError, SchemaError, TooLargeError
from frontline.model import Article, ControlEvent


def _json(raw: bytes | None, max_bytes: int | None = None) -> Any:
    if raw is None:
        raise DecodeError("empty message (null value)")
    if max_bytes is not None and len(raw) > max_bytes:
        raise TooLargeError(f"{len(raw)} bytes exceeds the limit of {max_bytes} (FRONTLINE_MAX_ARTICLE_BYTES)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not UTF-8: {exc}") from None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise DecodeError(f"not JSON: {exc}") from None


def decode_article(raw: bytes | None, max_bytes: int) -> Article:
    """Decode and validate one articles-topic value (schemas/article.schema.json)."""
    doc = _json(raw, max_bytes)
    problem = schemas.first_error("article", doc)
    if problem is not None:
        raise SchemaError(f"article schema: {problem}")
    if not doc["text"].strip():
        raise EmptyTextError("the article has no text")
    return Article.from_dict(doc)


def decode_event(raw: bytes | None) -> ControlEvent:
    """Decode and validate one events-topic value (schemas/control-event.schema.json)."""
    doc = _json(raw)
    problem = schemas.first_error("control-event", doc)
    if problem is not None:
        raise SchemaError(f"control-event schema: {problem}")
    return ControlEvent.from_dict(doc)
