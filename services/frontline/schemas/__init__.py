"""The JSON Schemas (2020-12) of every message Frontline reads or writes.

One source of truth: the files live in the repository's ``schemas/`` folder; this
package holds symbolic links to them, which a wheel build turns into copies.

    validator("article").iter_errors(doc)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

NAMES = ("article", "control-event", "place-state", "alert", "dead-letter")
_HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """The file of schema ``name`` (one of :data:`NAMES`)."""
    if name not in NAMES:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(NAMES)}")
    own = Path(__file__).parent / f"{name}.schema.json"
    if own.exists():
        return own
    return _HERE.parents[2] / "schemas" / f"{name}.schema.json"  # source checkout


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed schema document."""
    schema: dict[str, Any] = orjson.loads(path(name).read_bytes())
    return schema


@lru_cache(maxsize=1)
def registry() -> Registry:
    """Every schema by its ``$id``, so that one may refer to another (alert -> place-state)."""
    return Registry().with_resources((load(n)["$id"], Resource.from_contents(load(n))) for n in NAMES)


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    """A checked, reusable validator for schema ``name``."""
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=registry())


def first_error(name: str, doc: Any) -> str | None:
    """A one-line description of the first way ``doc`` breaks schema ``name``, or None."""
    error = next(iter(validator(name).iter_errors(doc)), None)
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    return f"{where}: {error.message}"
