"""Articles in Frontline's own JSON shape (model.Article fields), and the gold files' shape.

Extra keys (``events``, ``license``, ...) are ignored; the text is kept as given.
"""

from __future__ import annotations

from typing import Any

from frontline.errors import SchemaError
from frontline.model import Article

from .normalise import make_article

_STRINGS = ("id", "text", "title", "published", "lang", "source", "url", "located")


def from_object(obj: Any) -> Article:
    """One Article from a decoded JSON object."""
    if not isinstance(obj, dict):
        raise SchemaError(f"expected a JSON object for an article, got {type(obj).__name__}")
    if "text" not in obj:
        raise SchemaError(
            "a JSON object with neither 'text' (Frontline article) nor 'uri' (ninjs); "
            f"keys: {', '.join(sorted(map(str, obj))[:10])}"
        )
    for key in _STRINGS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise SchemaError(f"article field {key!r} must be a string, got {type(obj[key]).__name__}")
    version = obj.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, (int, str))):
        raise SchemaError(f"article field 'version' must be an integer, got {version!r}")
    return make_article(
        id=obj.get("id"),
        text=obj.get("text") or "",
        title=obj.get("title") or "",
        published=obj.get("published"),
        lang=obj.get("lang"),
        version=version,
        source=obj.get("source"),
        url=obj.get("url"),
        located=obj.get("located"),
    )
