"""From bytes to Articles: size check, decoding, format detection, dispatch."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from frontline.errors import DecodeError, InputError, TooLargeError, UnsupportedFormatError
from frontline.model import Article

from . import feed, jsonlines, newsml, nitf, text
from .detect import XML_FORMATS, canonical, sniff, xml_format
from .rejected import Rejected
from .safexml import parse_xml

_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def parse_items(
    data: bytes, origin: str, fmt: str | None = None, *, max_bytes: int | None = None
) -> Iterator[Article | Rejected]:
    """Every Article in the input, and a Rejected for each part that cannot be one. Never raises."""
    try:
        if max_bytes is not None and len(data) > max_bytes:
            raise TooLargeError(too_large(len(data), max_bytes))
        yield from _dispatch(decode(data), origin, canonical(fmt))
    except InputError as exc:
        yield Rejected.from_error(origin, exc)


def parse_bytes(data: bytes, origin: str, fmt: str | None = None, *, max_bytes: int | None = None) -> list[Article]:
    """Every Article in the input; raises the InputError of the first part refused."""
    out: list[Article] = []
    for item in parse_items(data, origin, fmt, max_bytes=max_bytes):
        if isinstance(item, Rejected):
            raise item.to_error()
        out.append(item)
    return out


def too_large(size: int | None, limit: int) -> str:
    amount = f"{size:,} bytes" if size is not None else "more bytes"
    return f"{amount} exceed the limit of {limit:,} bytes per article (max_bytes / --max-bytes)"


def _dispatch(decoded: str, origin: str, fmt: str | None) -> Iterator[Article | Rejected]:
    shape = sniff(decoded)
    if fmt in ("json", "ninjs") or (fmt is None and shape == "json"):
        yield from jsonlines.parse(decoded, origin, fmt)
    elif fmt in XML_FORMATS or (fmt is None and shape == "xml"):
        root = parse_xml(decoded)
        found = xml_format(root)
        if fmt is not None and fmt != found:
            raise UnsupportedFormatError(f"--format {fmt} given, but the document is {found}")
        if found == "feed":
            yield from feed.parse(decoded, origin)
        elif found == "nitf":
            yield nitf.parse(root, origin)
        else:
            yield from newsml.parse(root, origin)
    else:
        yield text.parse(decoded, origin)


def decode(data: bytes) -> str:
    """Text from bytes: a BOM or an XML encoding declaration is honoured, else strict UTF-8."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    declared = _XML_ENCODING.match(data[:200])
    if encoding is None and declared:
        encoding = declared.group(1).decode("ascii")
    try:
        decoded = data.decode(encoding or "utf-8")
    except LookupError as exc:
        raise DecodeError(f"unknown encoding {encoding!r} declared") from exc
    except UnicodeDecodeError as exc:
        raise DecodeError(_bad_bytes(data, exc, encoding or "utf-8")) from exc
    if "\x00" in decoded:
        raise DecodeError("binary data (NUL characters), not a text wire format")
    return decoded


def _bad_bytes(data: bytes, exc: UnicodeDecodeError, encoding: str) -> str:
    line = data.count(b"\n", 0, exc.start) + 1
    bad = data[exc.start : exc.end].hex(" ")
    context = data[max(0, exc.start - 20) : exc.end + 20].decode(encoding, errors="replace")
    hint = ""
    if encoding.replace("-", "").lower() in ("utf8", "utf8sig") and any(b >= 0xA0 for b in data[exc.start : exc.end]):
        hint = (" — the bytes look Latin-1/Windows-1252: convert the file to UTF-8 "
                "(iconv -f latin1 -t utf-8) or declare its encoding in the XML prolog")
    return f"invalid {encoding.upper()} at byte {exc.start} (line {line}): 0x{bad} in {context!r}{hint}"
