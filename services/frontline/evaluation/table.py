"""Table accuracy (GUIDELINES "Scoring"): final controller per gold place, gold vs service.

Reading of the rule, written down:

- The documents of one gold file are processed in ``published`` order (stable, so the
  file order breaks ties).
- Gold final controller of a place: the winner of its latest required gold event of
  kind capture, hold or withdrawal, ordered by the event's ``when`` (else the
  document's ``published``), then document order, then order in the document. A
  withdrawal leaves its ``winner`` in control, which is usually null (unknown). Sieges
  do not change control and are ignored; optional events are ignored. Places that have
  no such event (only sieges) are not gold places.
- Dates of different precision compare as strings ("2014" < "2014-06" < "2014-06-10").
- Service final controller: the predicted events fed, documents in the same order, into
  ``frontline.control.ControlTable`` (until that lands: :func:`_latest_event_fold`, the
  gold rule applied to predictions). A gold place is looked up among the service's
  places by GeoNames id or folded name; none found means no controller.
- Correct: the controllers are equal (lists and ``OTHER:*`` as for winners); where the
  gold controller is null, the service's controller must not be the gold loser of that
  latest event (no controller at all is then correct).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontline.evaluation.matching import PlaceId, actor_set
from frontline.model import ControlEvent

log = logging.getLogger(__name__)

CONTROL_KINDS = frozenset({"capture", "hold", "withdrawal"})


@dataclass(frozen=True, slots=True)
class TablePlace:
    """One place's final controller as a side (gold or service) sees it."""

    name: str
    place: PlaceId
    controller: Any  # actor id, list of ids, or None (unknown)
    loser: Any  # the actor the last event took the place from
    date: str  # date of the last event ("" if none)


@dataclass(frozen=True, slots=True)
class TableRow:
    """One gold place's verdict."""

    place: str
    gold: Any
    gold_loser: Any
    service: Any
    correct: bool


def ordered_documents(docs: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Documents in ``published`` order; the file order breaks ties."""
    return sorted(docs, key=lambda d: str(d.get("published") or ""))


def _event_date(event: Mapping[str, Any], published: str | None) -> str:
    return str(event.get("when") or (published or "")[:10])


def _latest_event_fold(rows: Iterable[tuple[Mapping[str, Any], str | None]]) -> list[TablePlace]:
    """Latest capture/hold/withdrawal per place (by date, then arrival order)."""
    places: list[TablePlace] = []
    for order, (event, published) in enumerate(rows):
        if event.get("kind") not in CONTROL_KINDS or event.get("optional"):
            continue
        pid = PlaceId.of(event)
        date = _event_date(event, published)
        candidate = TablePlace(str(event.get("place")), pid, event.get("winner"), event.get("loser"), date)
        for i, known in enumerate(places):
            if known.place.same(pid):
                merged = PlaceId(known.place.geonames_id or pid.geonames_id, known.place.names | pid.names)
                latest = candidate if date >= known.date else known
                places[i] = TablePlace(known.name, merged, latest.controller, latest.loser, latest.date)
                break
        else:
            places.append(candidate)
    return places


def gold_table(docs: Sequence[Mapping[str, Any]]) -> list[TablePlace]:
    """Final gold controller of every gold place of one file."""
    return _latest_event_fold(
        (event, doc.get("published")) for doc in ordered_documents(docs) for event in doc.get("events", ())
    )


def service_table(events: Sequence[ControlEvent]) -> list[TablePlace]:
    """Final service controller per place, from the predicted events in processing order."""
    try:
        from frontline.control import ControlTable  # type: ignore[attr-defined]
    except ImportError:
        ControlTable = None  # noqa: N806
    if ControlTable is None:
        return _latest_event_fold((e.to_dict(), e.published) for e in events)
    table = ControlTable()
    for event in events:
        table.apply(event)
    by_key: dict[str, PlaceId] = {}
    names: dict[str, str] = {}
    for event in events:
        pid = PlaceId.of(event.to_dict())
        known = by_key.get(event.place_key)
        by_key[event.place_key] = pid if known is None else PlaceId(
            known.geonames_id or pid.geonames_id, known.names | pid.names
        )
        names.setdefault(event.place_key, event.place)
    result = []
    for state in table.states():
        key = _state_key(state)
        if key not in by_key:
            log.debug("control table state %r has no predicted event", key)
            continue
        date = str(getattr(state, "since", None) or getattr(state, "updated", None) or "")
        result.append(TablePlace(names[key], by_key[key], state.controller, None, date))
    return result


def _state_key(state: Any) -> str:
    for attr in ("place_key", "key"):
        value = getattr(state, attr, None)
        if isinstance(value, str):
            return value
    place = getattr(state, "place", None)
    return str(getattr(place, "key", place))


def _find(place: TablePlace, service: Sequence[TablePlace]) -> TablePlace | None:
    """The service place that is this gold place; the most recently changed if several."""
    found = [s for s in service if place.place.same(s.place)]
    return max(found, key=lambda s: s.date) if found else None


def controller_correct(gold: TablePlace, service_controller: Any) -> bool:
    """Equal controllers; under a null gold controller, anything but the gold loser."""
    gold_ids, service_ids = actor_set(gold.controller), actor_set(service_controller)
    if not gold_ids:
        return not (actor_set(gold.loser) & service_ids)
    return bool(gold_ids & service_ids)


def compare_tables(gold: Sequence[TablePlace], service: Sequence[TablePlace]) -> list[TableRow]:
    """One verdict per gold place."""
    rows = []
    for place in gold:
        found = _find(place, service)
        controller = found.controller if found else None
        rows.append(
            TableRow(place.name, place.controller, place.loser, controller, controller_correct(place, controller))
        )
    return rows
