"""Where inputs come from: files, directories (recursive, sorted), standard input and feed URLs (one GET)."""

from __future__ import annotations

import io
import itertools
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from frontline.errors import InputError
from frontline.model import Article

from .detect import canonical
from .parse import parse_items, too_large
from .rejected import Rejected
from .remote import is_url, read_url

log = logging.getLogger(__name__)

STDIN = "-"
# Documentation beside the stories in a directory is not an input.
_NOT_INPUT = ("readme", "license", "licence", "copying", "notice")


def read_articles(
    sources: Sequence[str],
    fmt: str | None = None,
    *,
    max_bytes: int = 5_000_000,
    progress: bool = False,
) -> Iterator[Article | Rejected]:
    """Every Article in the sources, and a Rejected for every input that is not one. Never raises."""
    try:
        fmt = canonical(fmt)
    except InputError as exc:
        yield Rejected.from_error("--format", exc)
        return
    inputs = list(_expand(sources))
    for item in _progress(inputs, progress):
        if isinstance(item, Rejected):
            yield item
        elif item == STDIN:
            yield from read_stream(sys.stdin.buffer, "<stdin>", fmt, max_bytes)
        elif is_url(item):
            yield from read_url(item, fmt, max_bytes)
        else:
            try:
                with open(item, "rb") as stream:
                    yield from read_stream(stream, item, fmt, max_bytes)
            except OSError as exc:
                yield Rejected(item, "decode", f"cannot read: {exc.strerror or exc}")


def read_stream(stream: BinaryIO, origin: str, fmt: str | None, max_bytes: int) -> Iterator[Article | Rejected]:
    """The items of one stream; a stream over the limit is read record by record if it is JSON Lines."""
    data = stream.read(max_bytes + 1)
    if len(data) <= max_bytes:
        yield from parse_items(data, origin, fmt)
    elif fmt in (None, "json", "ninjs") and _looks_like_json_lines(data):
        yield from _json_lines(data, stream, origin, fmt, max_bytes)
    else:
        size = _size(stream)
        yield Rejected(origin, "too-large", too_large(size, max_bytes))


def _json_lines(first: bytes, stream: BinaryIO, origin: str, fmt: str | None, limit: int) -> Iterator[Article | Rejected]:
    for number, line in enumerate(_lines(first, stream, limit), 1):
        where = f"{origin}:{number}"
        if line is None:
            yield Rejected(where, "too-large", too_large(None, limit))
        elif line.strip():
            yield from parse_items(line, where, fmt or "json")


def _lines(first: bytes, stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of `first` then of the stream; None for a line over the limit (never held whole)."""
    pieces = itertools.chain(io.BytesIO(first), iter(lambda: stream.readline(limit + 1), b""))
    line, too_long = b"", False
    for piece in pieces:
        if not too_long:
            line += piece
            too_long = len(line.rstrip(b"\r\n")) > limit
        if piece.endswith(b"\n"):
            yield None if too_long else line
            line, too_long = b"", False
    if line or too_long:
        yield None if too_long else line


def _looks_like_json_lines(data: bytes) -> bool:
    import orjson

    first, newline, _ = data.lstrip().partition(b"\n")
    try:
        return bool(newline) and isinstance(orjson.loads(first), dict)
    except orjson.JSONDecodeError:
        return False


def _size(stream: BinaryIO) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size if Path(getattr(stream, "name", "")).is_file() else None
    except (OSError, ValueError):
        return None


def _expand(sources: Sequence[str]) -> Iterator[str | Rejected]:
    for source in sources:
        path = Path(source)
        if source == STDIN or is_url(source) or path.is_file():
            yield source
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield Rejected(source, "decode", "no such file or directory")


def _walk(root: Path) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower().startswith(_NOT_INPUT):
                log.debug("not an input, skipped: %s", Path(folder, name))
                continue
            yield str(Path(folder, name))


def _progress(items: list[str | Rejected], enabled: bool) -> Iterator[str | Rejected]:
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc="reading", unit="file", file=sys.stderr, dynamic_ncols=True)
