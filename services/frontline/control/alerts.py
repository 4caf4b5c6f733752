"""Alerts: one per change of a place's controller or status (schemas/alert.schema.json).

Kinds (docs/control-state.md, "Alerts"):
    control-change  the controller changed (to or from unknown included)
    status-change   the status changed, the controller did not
    correction      the change comes from an event that had already happened when the
                    replaced state was reported: that state was wrong when announced;
                    ``supersedes`` names the alert that announced it
The id is a hash of the transition (place, old and new controller and status, new
date, causing event), never of the time of processing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontline.control import dates
from frontline.control.claims import Claim, actors
from frontline.control.state import PlaceState
from frontline.model import ControlEvent, stable_id

KINDS = ("control-change", "status-change", "correction")


@dataclass(frozen=True, slots=True)
class Summary:
    """One side of a transition."""

    controller: str | None
    status: str
    since: str | None = None
    event_id: str | None = None  # the deciding event of that state
    claimants: tuple[str, ...] = ()

    @classmethod
    def of(cls, state: PlaceState) -> "Summary":
        event_id = state.deciding.event_id if state.deciding else None
        return cls(state.controller, state.status, state.since, event_id, state.claimants)

    @classmethod
    def before(cls, event: ControlEvent) -> "Summary":
        """What a first event says held the place before it: its loser (a siege: the besieged)."""
        loser = actors(event.loser)
        return cls(loser[0], "controlled") if loser else cls(None, "unknown")

    @property
    def state(self) -> tuple[str | None, str]:
        return (self.controller, self.status)

    def to_dict(self) -> dict[str, Any]:
        return {"controller": self.controller, "status": self.status, "since": self.since,
                "precision": dates.precision(self.since), "event_id": self.event_id,
                "claimants": list(self.claimants)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Summary":
        return cls(data.get("controller"), data.get("status", "unknown"), data.get("since"),
                   data.get("event_id"), tuple(data.get("claimants", ())))


@dataclass(frozen=True, slots=True)
class AlertPlace:
    key: str
    name: str
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "country": self.country,
                "geonames_id": self.geonames_id, "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "AlertPlace":
        return cls(data["key"], data.get("name", ""), data.get("country"), data.get("geonames_id"),
                   data.get("lat"), data.get("lon"))


@dataclass(frozen=True, slots=True)
class Alert:
    """A change of a place's controller or status, and the report that caused it."""

    id: str
    kind: str  # one of KINDS
    place: AlertPlace
    old: Summary
    new: Summary
    event: Claim  # the event that caused the change, with its evidence
    when: str | None  # the event date of that event
    reported: str | None  # when it was reported (the article's published time)
    news: bool  # reported as news of the last days (not a recap, a late report, a correction)
    supersedes: str | None = None  # for a correction: the id of the alert it corrects

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "place": self.place.to_dict(),
                "old": self.old.to_dict(), "new": self.new.to_dict(), "event": self.event.to_dict(),
                "when": self.when, "precision": dates.precision(self.when), "reported": self.reported,
                "news": self.news, "supersedes": self.supersedes}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Alert":
        return cls(data["id"], data["kind"], AlertPlace.from_dict(data["place"]),
                   Summary.from_dict(data["old"]), Summary.from_dict(data["new"]),
                   Claim.from_dict(data["event"]), data.get("when"), data.get("reported"),
                   bool(data.get("news", False)), data.get("supersedes"))


def alert_id(key: str, old: Summary, new: Summary, event_id: str) -> str:
    """Deterministic id of a transition: same place, states and cause, same id."""
    return stable_id("alert", key, old.controller, old.status, new.controller, new.status, new.since, event_id)


def is_correction(prior: PlaceState | None, when: str | None) -> bool:
    """True if an event of date ``when`` had happened before ``prior`` was decided or reported."""
    if prior is None or prior.deciding is None or prior.alert_id is None:
        return False
    return dates.newer(prior.since, when) or dates.ends_before(when, prior.deciding.published)


def alert_for(prior: PlaceState | None, state: PlaceState, event: ControlEvent, claim: Claim) -> Alert | None:
    """The alert for going from ``prior`` (None: never seen) to ``state`` on ``event``, if any."""
    old = Summary.of(prior) if prior is not None and prior.deciding is not None else Summary.before(event)
    new = Summary.of(state)
    if old.state == new.state:
        return None
    if is_correction(prior, claim.when):
        kind, supersedes = "correction", prior.alert_id if prior else None
    else:
        kind, supersedes = ("control-change" if old.controller != new.controller else "status-change"), None
    place = AlertPlace(state.key, state.name, state.country, state.geonames_id, state.lat, state.lon)
    return Alert(
        id=alert_id(state.key, old, new, event.id), kind=kind, place=place, old=old, new=new,
        event=claim, when=claim.when, reported=event.published,
        news=event.current and kind != "correction", supersedes=supersedes,
    )
