"""Event factories for the control tests: one place (Albu Kamal) unless told otherwise."""

from __future__ import annotations

import itertools
from typing import Any

from frontline.control import dates
from frontline.model import Actor, ControlEvent

_articles = itertools.count()


def event(kind: str, winner: Actor, loser: Actor, when: str | None, **kw: Any) -> ControlEvent:
    """A control event; ``published`` defaults to the last day of ``when`` (reported at once)."""
    defaults: dict[str, Any] = {
        "place": "Albu Kamal", "country": "SY", "geonames_id": 170794, "lat": 34.45, "lon": 40.92,
        "current": True, "source": "dpa", "article_id": f"art{next(_articles)}",
        "published": dates.last_day(when) if when else None, "evidence": f"{kind} {winner} {when}",
    }
    defaults.update(kw)
    place, country, current, evidence = (defaults.pop(k) for k in ("place", "country", "current", "evidence"))
    return ControlEvent(place, country, kind, winner, loser, when, current, evidence, **defaults)


def cap(winner: Actor, loser: Actor = None, when: str | None = "2017-11-09", **kw: Any) -> ControlEvent:
    return event("capture", winner, loser, when, **kw)


def hold(winner: Actor, when: str | None = "2017-11-09", **kw: Any) -> ControlEvent:
    return event("hold", winner, None, when, **kw)


def siege(winner: Actor, loser: Actor = None, when: str | None = "2017-11-09", **kw: Any) -> ControlEvent:
    return event("siege", winner, loser, when, **kw)


def wd(loser: Actor, winner: Actor = None, when: str | None = "2017-11-09", **kw: Any) -> ControlEvent:
    return event("withdrawal", winner, loser, when, **kw)
