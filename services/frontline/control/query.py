"""Queries over the control table: the /towns filters, list rows and GeoJSON (pure).

    filters = Filters.parse({"country": "SY", "status": "controlled,besieged"})
    rows = select(states, filters)        # list rows, sorted by key
    doc = feature_collection(rows)        # GeoJSON (RFC 7946)

A state here is the JSON form of :class:`~frontline.control.state.PlaceState`
(``to_dict()``), as the table stores it. Each filter takes one value or several
separated by commas (any of them matches); the filters combine with AND:

- ``country``: ISO 3166-1 alpha-2 code, any case.
- ``controller``: an actor id (``GOV:SY``, ``IS``, ...), exact; ``none`` matches a
  place without a controller (unknown or contested).
- ``status``: ``controlled``, ``contested``, ``besieged`` or ``unknown``.
- ``changed_since`` (also ``changed-since``): a date ``YYYY[-MM[-DD]]`` or datetime;
  keeps places whose state dates from it or later (``since``, in the table's date
  order, where ``2017-11`` is older than ``2017-11-01``). Places without a date fail it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from frontline.control import dates
from frontline.errors import QueryError

STATUSES = ("controlled", "contested", "besieged", "unknown")
NO_CONTROLLER = "none"
PARAMS = ("country", "controller", "status", "changed_since")
ALIASES = {"changed-since": "changed_since"}
DETAIL_ONLY = ("history", "applied")  # kept out of list rows: ask /towns/{key} for them

Row = dict[str, Any]


def _values(raw: str | None) -> frozenset[str]:
    return frozenset(v.strip() for v in (raw or "").split(",") if v.strip())


@dataclass(frozen=True, slots=True)
class Filters:
    """The /towns filters; an empty set or None means "any"."""

    country: frozenset[str] = frozenset()
    controller: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()
    changed_since: str | None = None

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> "Filters":
        """Filters from query parameters; unknown parameters are ignored, bad values raise QueryError."""
        params = {ALIASES.get(k, k): v for k, v in query.items()}
        status = _values(params.get("status"))
        if bad := sorted(status - set(STATUSES)):
            raise QueryError(f"status {', '.join(bad)!s}: use one of {', '.join(STATUSES)}")
        raw_since = (params.get("changed_since") or "").strip()
        since = dates.normalise(raw_since) if raw_since else None
        if raw_since and since is None:
            raise QueryError(f"changed_since {raw_since!r}: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime")
        return cls(
            country=frozenset(c.upper() for c in _values(params.get("country"))),
            controller=_values(params.get("controller")),
            status=status,
            changed_since=since,
        )

    def to_query(self) -> dict[str, str]:
        """The query parameters that give these filters back (for forwarding to other workers)."""
        query = {name: ",".join(sorted(getattr(self, name))) for name in ("country", "controller", "status")}
        if self.changed_since:
            query["changed_since"] = self.changed_since
        return {k: v for k, v in query.items() if v}

    def matches(self, state: Mapping[str, Any]) -> bool:
        if self.country and str(state.get("country") or "").upper() not in self.country:
            return False
        if self.controller and (state.get("controller") or NO_CONTROLLER) not in self.controller:
            return False
        if self.status and state.get("status") not in self.status:
            return False
        if self.changed_since and dates.newer(self.changed_since, dates.normalise(state.get("since"))):
            return False
        return True


def row(state: Mapping[str, Any]) -> Row:
    """A list row: the state without its history and applied ids."""
    return {k: v for k, v in state.items() if k not in DETAIL_ONLY}


def select(states: Iterable[Mapping[str, Any]], filters: Filters) -> list[Row]:
    """The list rows of the states that pass ``filters``, sorted by key."""
    rows = [row(s) for s in states if filters.matches(s)]
    return sorted(rows, key=lambda r: str(r.get("key") or ""))


def feature(state: Mapping[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature: a Point at [lon, lat], or null geometry for a place without coordinates."""
    props = {k: v for k, v in row(state).items() if k not in ("lat", "lon")}
    lat, lon = state.get("lat"), state.get("lon")
    located = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
    geometry = {"type": "Point", "coordinates": [lon, lat]} if located else None
    return {"type": "Feature", "id": state.get("key"), "geometry": geometry, "properties": props}


def feature_collection(states: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the given states, in their order."""
    return {"type": "FeatureCollection", "features": [feature(s) for s in states]}
