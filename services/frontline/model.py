"""The values that flow between stages: Article, Place, ControlEvent.

Plain frozen dataclasses with orjson (de)serialisation; no Kafka, Faust or Prometheus.
The JSON shapes are the contracts in ``schemas/`` (article, control-event, ...).
PlaceState and Alert live in :mod:`frontline.control`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

import orjson

Kind = Literal["capture", "withdrawal", "siege", "hold"]
KINDS: tuple[str, ...] = ("capture", "withdrawal", "siege", "hold")
# An actor id ("GOV:SY", "IS", "OTHER:npfl", "UNKNOWN"), a list of acceptable ids
# where two forces act together and neither leads, or None where the text does not say.
Actor = str | list[str] | None


def dumps(value: Any) -> bytes:
    """Serialise a model value (or any JSON-able value) with orjson."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)


def stable_id(*parts: object) -> str:
    """A short deterministic id from the parts (same parts, same id, on any machine)."""
    raw = orjson.dumps([p if isinstance(p, (str, int, float, bool, type(None), list)) else str(p) for p in parts])
    return hashlib.blake2b(raw, digest_size=10).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One news story as normalised from any wire format (schemas/article.schema.json)."""

    id: str
    text: str
    published: str | None = None  # ISO 8601 date or datetime of the report
    lang: str | None = None  # ISO 639-1; detected when None
    title: str = ""
    version: int = 1
    source: str | None = None  # agency or outlet
    url: str | None = None
    located: str | None = None  # dateline

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def published_date(self) -> str | None:
        return self.published[:10] if self.published else None


@dataclass(frozen=True, slots=True)
class Place:
    """A populated place or named facility, resolved against GeoNames where possible."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-2
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str = "city"  # city | district | facility | crossing

    @property
    def key(self) -> str:
        """The table key: the GeoNames id, else the folded name in its country."""
        if self.geonames_id is not None:
            return f"gn:{self.geonames_id}"
        from frontline.extract.fold import fold  # local import: fold is pure and light

        return f"name:{(self.country or 'XX').upper()}:{fold(self.name)}"


@dataclass(frozen=True, slots=True)
class ControlEvent:
    """One territorial-control fact read from one article (GUIDELINES.md shape + provenance)."""

    place: str
    country: str | None
    kind: str
    winner: Actor
    loser: Actor
    when: str | None  # YYYY-MM-DD, YYYY-MM, YYYY or None
    current: bool
    evidence: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    evidence_start: int = 0  # character offsets of the evidence in the article text
    evidence_end: int = 0
    confidence: float = 0.5
    article_id: str = ""
    published: str | None = None  # the article's report date
    source: str | None = None
    place_key: str = ""
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.place_key:
            place = Place(self.place, self.country, self.geonames_id)
            object.__setattr__(self, "place_key", place.key)
        if not self.id:
            winner = sorted(self.winner) if isinstance(self.winner, list) else self.winner
            object.__setattr__(
                self, "id", stable_id(self.article_id, self.place_key, self.kind, winner, self.when)
            )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ControlEvent":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def event_date(self) -> str | None:
        """The date that orders this event: `when`, else (for news) the report date."""
        if self.when:
            return self.when
        return self.published[:10] if (self.current and self.published) else None
