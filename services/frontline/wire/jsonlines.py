"""JSON documents and JSON Lines: each object a ninjs document or a Frontline article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from frontline.errors import DecodeError, InputError
from frontline.model import Article

from . import articles, ninjs
from .rejected import Rejected


def parse(text: str, origin: str, fmt: str | None = None) -> Iterator[Article | Rejected]:
    """Articles from one JSON value (an object or an array of them) or from JSON Lines."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as whole:
        yield from _lines(text, origin, fmt, whole)
        return
    if isinstance(value, list):
        for n, obj in enumerate(value):
            yield _one(obj, f"{origin}[{n}]", fmt)
    else:
        yield _one(value, origin, fmt)


def _lines(text: str, origin: str, fmt: str | None, whole: Exception) -> Iterator[Article | Rejected]:
    started = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if not started:
                raise DecodeError(f"not JSON or JSON Lines: {whole}") from exc
            yield Rejected(f"{origin}:{number}", "decode", f"line is not JSON: {exc}")
            continue
        started = True
        yield _one(value, f"{origin}:{number}", fmt)


def _one(obj: Any, origin: str, fmt: str | None) -> Article | Rejected:
    try:
        if fmt == "ninjs" or (fmt is None and is_ninjs(obj)):
            return ninjs.from_object(obj)
        return articles.from_object(obj)
    except InputError as exc:
        return Rejected.from_error(origin, exc)


def is_ninjs(obj: Any) -> bool:
    """A ninjs document has a `uri` (its only required property) and no Frontline `text`."""
    return isinstance(obj, dict) and "uri" in obj and "text" not in obj
