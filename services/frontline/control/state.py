"""PlaceState: one place's row of the control table (schemas/place-state.schema.json)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from frontline.control import dates
from frontline.control.claims import Claim
from frontline.control.rules import EMPTY, Outcome
from frontline.model import ControlEvent

MAX_APPLIED = 256  # event ids remembered per place for idempotence (the newest kept)


@dataclass(frozen=True, slots=True)
class PlaceState:
    """Who holds a place now, why, and the facts behind it."""

    key: str  # "gn:<GeoNames id>" or "name:<CC>:<folded name>"
    name: str
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    controller: str | None = None  # an actor id; None = unknown (also while contested)
    status: str = "unknown"  # controlled | contested | besieged | unknown
    since: str | None = None  # event date of the deciding claim, YYYY[-MM[-DD]]
    last_reported: str | None = None  # the latest report (article published) about the place
    confidence: float = 0.0
    sources: tuple[str, ...] = ()  # distinct outlets supporting the current state
    claimants: tuple[str, ...] = ()  # the actors claiming a contested place
    deciding: Claim | None = None  # the lead claim of the deciding date
    history: tuple[Claim, ...] = ()  # every distinct fact, by event date, bounded
    applied: tuple[str, ...] = ()  # ids of the events already applied, bounded
    alert_id: str | None = None  # the alert that announced the current controller and status

    @property
    def precision(self) -> str | None:
        """Precision of ``since``: "year", "month", "day" or None."""
        return dates.precision(self.since)

    @property
    def outcome(self) -> Outcome:
        return Outcome(self.controller, self.status, self.since, self.claimants, self.sources,
                       self.confidence, self.deciding)

    @classmethod
    def empty(cls, event: ControlEvent) -> "PlaceState":
        """The row of a place the table has never seen, described by its first event."""
        return cls(key=event.place_key, name=event.place, country=event.country,
                   geonames_id=event.geonames_id, lat=event.lat, lon=event.lon)

    def with_outcome(self, outcome: Outcome) -> "PlaceState":
        return replace(self, controller=outcome.controller, status=outcome.status, since=outcome.since,
                       claimants=outcome.claimants, sources=outcome.sources,
                       confidence=outcome.confidence, deciding=outcome.deciding)

    def noting(self, event: ControlEvent, history: tuple[Claim, ...]) -> "PlaceState":
        """The bookkeeping of one applied event: history, applied ids, last report, missing place data."""
        reported = max(filter(None, (self.last_reported, event.published)), default=None)
        return replace(
            self,
            history=history,
            applied=(*self.applied, event.id)[-MAX_APPLIED:],
            last_reported=reported,
            country=self.country or event.country,
            geonames_id=self.geonames_id if self.geonames_id is not None else event.geonames_id,
            lat=self.lat if self.lat is not None else event.lat,
            lon=self.lon if self.lon is not None else event.lon,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name, "country": self.country,
            "geonames_id": self.geonames_id, "lat": self.lat, "lon": self.lon,
            "controller": self.controller, "status": self.status, "since": self.since,
            "precision": self.precision, "last_reported": self.last_reported,
            "confidence": self.confidence, "sources": list(self.sources),
            "claimants": list(self.claimants),
            "deciding": self.deciding.to_dict() if self.deciding else None,
            "history": [c.to_dict() for c in self.history],
            "applied": list(self.applied), "alert_id": self.alert_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PlaceState":
        deciding = data.get("deciding")
        return cls(
            key=data["key"], name=data.get("name", ""), country=data.get("country"),
            geonames_id=data.get("geonames_id"), lat=data.get("lat"), lon=data.get("lon"),
            controller=data.get("controller"), status=data.get("status", EMPTY.status),
            since=data.get("since"), last_reported=data.get("last_reported"),
            confidence=float(data.get("confidence", 0.0)), sources=tuple(data.get("sources", ())),
            claimants=tuple(data.get("claimants", ())),
            deciding=Claim.from_dict(deciding) if deciding else None,
            history=tuple(Claim.from_dict(c) for c in data.get("history", ())),
            applied=tuple(data.get("applied", ())), alert_id=data.get("alert_id"),
        )
