"""Field normalisation shared by every format: times, language, ids, the Article itself."""

from __future__ import annotations

import logging
import re
import time
from datetime import date, datetime, timezone
from typing import Any

from frontline.errors import EmptyTextError, SchemaError
from frontline.model import Article, stable_id

log = logging.getLogger(__name__)

# ISO 8601 basic form as NITF writes it: 20171109T142000Z, 20171109T1420+0100, 20171109.
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$")
_PARTIAL = re.compile(r"^\d{4}(?:-\d{2})?$")
MIN_DETECT_CHARS = 20  # below this a language guess is noise: leave it None
_LANG = re.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")


def iso_time(value: Any) -> str | None:
    """An ISO 8601 date or datetime string from what a wire carries, or None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=timezone.utc).isoformat()  # feedparser gives UTC
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    text = str(value).strip()
    if _PARTIAL.match(text):
        return text
    match = _BASIC.match(text)
    if match:
        y, mo, d, h, mi, s, tz = match.groups()
        if h is None:
            text = f"{y}-{mo}-{d}"
        else:
            text = f"{y}-{mo}-{d}T{h}:{mi}:{s or '00'}{tz or ''}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            log.warning("unreadable date %r ignored", value)
            return None
    if len(text) == 10:
        return parsed.date().isoformat()
    return parsed.isoformat()


def language(declared: str | None, text: str) -> str | None:
    """ISO 639 code: the declared tag's primary subtag ("en-GB" -> "en"), else detected (None if too short)."""
    if declared:
        match = _LANG.match(declared.strip())
        if match:
            return match.group(0).lower()
    return detect_language(text) if len(text.strip()) >= MIN_DETECT_CHARS else None


def detect_language(text: str) -> str:
    """The most likely language of the text (py3langid, via frontline.extract.language)."""
    from frontline.extract.language import detect

    return detect(text)


def version_of(value: Any) -> int:
    """A story version as a positive int ("11" -> 11); 1 when absent."""
    if value is None or value == "":
        return 1
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise SchemaError(f"version {value!r} is not a whole number") from exc
    return max(number, 1)


def clean(value: Any) -> str:
    """A one-line string: whitespace collapsed, stripped; '' for None."""
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""


def make_article(
    *,
    text: str,
    id: str | None = None,
    title: str = "",
    published: Any = None,
    lang: str | None = None,
    version: Any = None,
    source: str | None = None,
    url: str | None = None,
    located: str | None = None,
) -> Article:
    """The Article, normalised; a headline-only item (a flash) keeps its headline as text.

    Raises EmptyTextError when there is neither body text nor headline.
    """
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    title = clean(title)
    body = body or title
    if not body:
        raise EmptyTextError("the item has no body text and no headline")
    return Article(
        id=clean(id) or stable_id("text", body),
        text=body,
        published=iso_time(published),
        lang=language(lang, body),
        title=title,
        version=version_of(version),
        source=clean(source) or None,
        url=clean(url) or None,
        located=clean(located) or None,
    )
