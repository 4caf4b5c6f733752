"""state: PlaceState's JSON form round-trips exactly."""

from __future__ import annotations

import orjson

from frontline.control import ControlTable, PlaceState
from frontline.model import Place, dumps

from .events import cap, hold, siege


def _table() -> ControlTable:
    table = ControlTable()
    table.apply_all([
        cap("IS", "GOV:SY", "2014-06", current=False, source=None),
        hold("IS", "2017-06-01", published="2017-06-01T10:00:00Z"),
        siege("GOV:SY", None, "2017-11-01", source="AFP"),
        cap(["GOV:SY", "OTHER:hezbollah"], "IS", "2017-11-09"),
        hold("SDF", "2017-11-20"), hold("IS", "2017-11-20"),
        hold("IS", "2017-11-20", place="Raqqa", geonames_id=None),
    ])
    return table


def test_state_round_trips_through_json() -> None:
    for state in _table().states():
        data = orjson.loads(dumps(state))
        assert PlaceState.from_dict(data) == state
        assert PlaceState.from_dict(data).to_dict() == data


def test_state_dict_shape() -> None:
    data = _table().get("gn:170794").to_dict()  # type: ignore[union-attr]
    assert data["status"] == "contested" and data["controller"] is None
    assert data["claimants"] == ["IS", "SDF"] and data["since"] == "2017-11-20" and data["precision"] == "day"
    assert [c["when"] for c in data["history"]] == ["2014-06", "2017-06-01", "2017-11-01", "2017-11-09",
                                                    "2017-11-20", "2017-11-20"]
    assert data["history"][0]["precision"] == "month" and data["history"][0]["sources"] == ["unknown"]
    assert data["history"][3]["winner"] == ["GOV:SY", "OTHER:hezbollah"]
    assert data["last_reported"] == "2017-11-20" and len(data["applied"]) == 6
    assert data["deciding"]["kind"] == "hold" and data["alert_id"]


def test_state_key_by_folded_name_without_geonames_id() -> None:
    state = _table().get(Place("Raqqa", "SY").key)
    assert state is not None and state.controller == "IS" and state.geonames_id is None


def test_state_and_alerts_follow_their_schemas() -> None:
    from frontline import schemas

    table = ControlTable()
    alerts = table.apply_all([
        cap("IS", "GOV:SY", "2014-06", current=False, source=None),
        siege("GOV:SY", None, "2017-11-01", source="AFP"),
        cap(["GOV:SY", "OTHER:hezbollah"], "IS", "2017-11-09", published="2017-11-12"),
        cap("IS", "GOV:SY", "2017-11-10", published="2017-11-15"),
        hold("SDF", "2017-11-20"), hold("IS", "2017-11-20"),
    ])
    assert {a.kind for a in alerts} == {"control-change", "status-change", "correction"}
    for alert in alerts:
        assert schemas.first_error("alert", orjson.loads(dumps(alert))) is None
    for state in table.states():
        assert schemas.first_error("place-state", orjson.loads(dumps(state))) is None
