"""IPTC ninjs 1.x, 2.x and 3.x, validated against IPTC's schemas (schemas/ninjs/)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import exceptions as js_exceptions
from jsonschema.validators import validator_for

from frontline.errors import ConfigError, SchemaError
from frontline.model import Article

from .markup import html_to_text
from .normalise import make_article

# The vendored IPTC schemas: schemas/ninjs/ in a checkout, or frontline/schemas/ninjs/ if packaged.
SCHEMA_DIRS = (
    Path(__file__).resolve().parents[3] / "schemas" / "ninjs",
    Path(__file__).resolve().parents[1] / "schemas" / "ninjs",
)
VERSIONS: tuple[str, ...] = ("3.1", "2.2", "1.6")


@lru_cache(maxsize=None)
def _validator(version: str) -> Any:
    name = f"ninjs-schema_{version}.json"
    path = next((d / name for d in SCHEMA_DIRS if (d / name).is_file()), None)
    if path is None:
        raise ConfigError(f"IPTC schema {name} not found in {', '.join(map(str, SCHEMA_DIRS))}: "
                          "run from a checkout, or ship schemas/ninjs/ as frontline/schemas/ninjs/ package data")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return validator_for(schema)(schema)


def _guess(obj: dict[str, Any]) -> str:
    """The likeliest major version, whose errors are reported when none validates."""
    if any(k != k.lower() and not k.startswith("$") for k in obj):
        return "3.1"
    if any(k in obj for k in ("headlines", "bodies", "subjects", "places", "people", "by")):
        return "2.2"
    return "1.6"


def schema_version(obj: Any) -> str:
    """The ninjs version (of VERSIONS) whose schema the document satisfies; else SchemaError."""
    if not isinstance(obj, dict):
        raise SchemaError(f"a ninjs document is a JSON object, not {type(obj).__name__}")
    guess = _guess(obj)
    for version in (guess, *(v for v in VERSIONS if v != guess)):
        if _validator(version).is_valid(obj):
            return version
    error = js_exceptions.best_match(_validator(guess).iter_errors(obj))
    where = "/".join(str(p) for p in error.absolute_path) if error else ""
    message = error.message if error else "invalid"
    raise SchemaError(f"not valid ninjs {guess} (nor any other version): {message} at /{where}")


def from_object(obj: Any) -> Article:
    """One Article from a ninjs document of any supported version."""
    version = schema_version(obj)
    if version.startswith("1"):
        title, body = _v1_headline(obj), _v1_body(obj)
        sources = [obj.get("infosource"), obj.get("copyrightholder")]
    else:
        title, body = _pick_headline(obj.get("headlines", [])), _pick_body(obj.get("bodies", []))
        infos = obj.get("infoSources" if version.startswith("3") else "infosources") or []
        holder = obj.get("copyrightHolder" if version.startswith("3") else "copyrightholder")
        sources = [*(i.get("name") for i in infos), holder]
    camel = version.startswith("3")
    published = next(
        (obj.get(k) for k in (("versionCreated", "firstCreated", "contentCreated") if camel
                              else ("versioncreated", "firstcreated", "contentcreated")) if obj.get(k)),
        None,
    )
    return make_article(
        id=obj["uri"],
        text=body,
        title=title,
        published=published,
        lang=obj.get("language"),
        version=obj.get("version"),
        source=next((_name(s) for s in sources if _name(s)), None),
        located=obj.get("located") if isinstance(obj.get("located"), str) else None,
    )


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def _v1_headline(obj: dict[str, Any]) -> str:
    keys = ["headline", "headline_main", *sorted(k for k in obj if k.startswith("headline_"))]
    return next((obj[k] for k in keys if isinstance(obj.get(k), str) and obj[k].strip()), "")


def _v1_body(obj: dict[str, Any]) -> str:
    bodies = [
        {"contenttype": "text/html" if "<" in v and ">" in v else "text/plain", "role": k[5:], "value": v}
        for k, v in sorted(obj.items())
        if k.startswith("body_") and isinstance(v, str)
    ]
    return _pick_body(bodies)


def _pick_headline(headlines: list[dict[str, Any]]) -> str:
    ranked = sorted(headlines, key=lambda h: h.get("role") != "main")
    return next((h["value"] for h in ranked if str(h.get("value", "")).strip()), "")


def _pick_body(bodies: list[dict[str, Any]]) -> str:
    """The body text; a marked-up rendition is preferred because it keeps paragraphs."""
    def kind(body: dict[str, Any]) -> str:
        return str(body.get("contentType") or body.get("contenttype") or "").lower()

    marked = [b for b in bodies if ("html" in kind(b) or "xml" in kind(b)) and str(b.get("value", "")).strip()]
    for body in marked:
        text = html_to_text(body["value"])
        if text:
            return text
    plain = sorted(bodies, key=lambda b: b.get("role") != "main")
    return next((str(b["value"]) for b in plain if b not in marked and str(b.get("value", "")).strip()), "")
