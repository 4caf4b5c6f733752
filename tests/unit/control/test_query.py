"""query: the /towns filters, list rows and GeoJSON over real table states."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from frontline.control import ControlTable
from frontline.control.query import DETAIL_ONLY, Filters, feature, feature_collection, row, select
from frontline.errors import QueryError
from frontline.model import Actor, ControlEvent


def _event(kind: str, winner: Actor, loser: Actor, when: str, place: str = "Albu Kamal", country: str = "SY",
           geonames_id: int | None = 170794, source: str = "dpa", located: bool = True) -> ControlEvent:
    """A control event with its own article id (events.py's shared counter stays untouched:
    the order-sensitive cases of test_transition.py depend on it)."""
    return ControlEvent(place, country, kind, winner, loser, when, True, f"{kind} {winner} {when}",
                        geonames_id=geonames_id, lat=34.45 if located else None, lon=40.92 if located else None,
                        source=source, article_id=f"q-{place}-{kind}-{when}-{source}", published=when)


def _states() -> list[dict[str, Any]]:
    """Four places: controlled, besieged, contested, and unknown without coordinates."""
    table = ControlTable()
    for event in (
        _event("capture", "IS", "GOV:SY", "2017-11-20"), _event("capture", "GOV:SY", "IS", "2017-11-09"),
        _event("siege", "GOV:IQ", "IS", "2017-11", place="Rawa", country="IQ", geonames_id=92004),
        _event("hold", "SDF", None, "2017-10-20", place="Raqqa", geonames_id=163915),
        _event("hold", "GOV:SY", None, "2017-10-20", place="Raqqa", geonames_id=163915, source="afp"),
        _event("withdrawal", None, "IS", "2017-07", place="Nowhere", country="IQ", geonames_id=None, located=False),
    ):
        table.apply(event)
    return [s.to_dict() for s in table.states()]


STATES = _states()


def _names(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(r["name"] for r in rows)


def test_query_states_fixture_covers_every_status() -> None:
    assert {s["name"]: s["status"] for s in STATES} == {
        "Albu Kamal": "controlled", "Rawa": "besieged", "Raqqa": "contested", "Nowhere": "unknown"}


@pytest.mark.parametrize(("params", "names"), [
    ({}, ["Albu Kamal", "Nowhere", "Raqqa", "Rawa"]),
    ({"country": "SY"}, ["Albu Kamal", "Raqqa"]),
    ({"country": "iq"}, ["Nowhere", "Rawa"]),  # any case
    ({"country": "SY,IQ"}, ["Albu Kamal", "Nowhere", "Raqqa", "Rawa"]),
    ({"controller": "IS"}, ["Albu Kamal", "Rawa"]),  # the besieged side stays the controller
    ({"controller": "none"}, ["Nowhere", "Raqqa"]),  # unknown and contested
    ({"controller": "GOV:SY"}, []),  # the older capture never overwrote the newer one
    ({"status": "besieged,contested"}, ["Raqqa", "Rawa"]),
    ({"status": "unknown"}, ["Nowhere"]),
    ({"changed_since": "2017-11-01"}, ["Albu Kamal"]),  # Rawa's "2017-11" is older than a day in it
    ({"changed_since": "2017-11"}, ["Albu Kamal", "Rawa"]),
    ({"changed-since": "2017-10-20T00:00:00Z"}, ["Albu Kamal", "Raqqa", "Rawa"]),
    ({"changed_since": "2017"}, ["Albu Kamal", "Nowhere", "Raqqa", "Rawa"]),
    ({"country": "SY", "status": "controlled", "controller": "IS"}, ["Albu Kamal"]),
    ({"country": "SY", "status": "besieged"}, []),
    ({"country": "", "colour": "red"}, ["Albu Kamal", "Nowhere", "Raqqa", "Rawa"]),  # empty / unknown ignored
])
def test_query_filters_select(params: dict[str, str], names: list[str]) -> None:
    assert _names(select(STATES, Filters.parse(params))) == names


@pytest.mark.parametrize("params", [
    {"status": "held"}, {"status": "controlled,captured"},
    {"changed_since": "yesterday"}, {"changed_since": "2017-13"}, {"changed_since": "2017-11-09x"},
])
def test_query_filters_reject_malformed_values(params: dict[str, str]) -> None:
    with pytest.raises(QueryError):
        Filters.parse(params)


def test_query_filters_round_trip_through_query_parameters() -> None:
    filters = Filters.parse({"country": "sy,IQ", "controller": "IS", "status": "besieged", "changed-since": "2017-11"})
    assert filters.to_query() == {"country": "IQ,SY", "controller": "IS", "status": "besieged",
                                  "changed_since": "2017-11"}
    assert Filters.parse(filters.to_query()) == filters
    assert Filters.parse({}).to_query() == {}


def test_query_select_rows_sorted_without_history() -> None:
    rows = select(STATES, Filters())
    assert [r["key"] for r in rows] == sorted(s["key"] for s in STATES)
    albu = next(r for r in rows if r["name"] == "Albu Kamal")
    assert not set(DETAIL_ONLY) & set(albu)
    assert albu["deciding"]["when"] == "2017-11-20"  # what the map's popup shows
    full = next(s for s in STATES if s["name"] == "Albu Kamal")
    assert [c["when"] for c in full["history"]] == ["2017-11-09", "2017-11-20"]
    assert row(full) == {k: v for k, v in full.items() if k not in ("history", "applied")}


def test_query_feature_is_a_point_at_lon_lat() -> None:
    albu = next(s for s in STATES if s["name"] == "Albu Kamal")
    f = feature(albu)
    assert f["type"] == "Feature" and f["id"] == albu["key"]
    assert f["geometry"] == {"type": "Point", "coordinates": [40.92, 34.45]}
    assert f["properties"]["controller"] == "IS" and f["properties"]["status"] == "controlled"
    assert "lat" not in f["properties"] and "history" not in f["properties"]


def test_query_feature_without_coordinates_has_null_geometry() -> None:
    nowhere = next(s for s in STATES if s["name"] == "Nowhere")
    assert feature(nowhere)["geometry"] is None  # RFC 7946 3.2: an unlocated feature


def test_query_feature_collection_keeps_order_and_is_json() -> None:
    rows = select(STATES, Filters())
    doc = orjson.loads(orjson.dumps(feature_collection(rows)))
    assert doc["type"] == "FeatureCollection"
    assert [f["id"] for f in doc["features"]] == [r["key"] for r in rows]
    assert feature_collection([]) == {"type": "FeatureCollection", "features": []}
