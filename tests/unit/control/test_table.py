"""table: the in-memory control table and the final controllers for table accuracy."""

from __future__ import annotations

from frontline.control import ControlTable, final_controllers
from frontline.model import Place

from .events import cap, wd


def test_table_keeps_one_state_per_place_sorted_by_key() -> None:
    table = ControlTable()
    alerts = table.apply_all([
        cap("GOV:SY", "IS", place="Raqqa", geonames_id=None),
        cap("GOV:SY", "IS"),
        wd("IS", None, "2017-10-17", place="Tabqa", geonames_id=None),
    ])
    assert len(alerts) == 3 and len(table) == 3
    raqqa, tabqa = Place("Raqqa", "SY").key, Place("Tabqa", "SY").key
    assert [s.key for s in table.states()] == sorted(["gn:170794", raqqa, tabqa])
    assert table.get("gn:170794") is not None and table.get("gn:1") is None
    assert table.controllers() == {"gn:170794": "GOV:SY", raqqa: "GOV:SY", tabqa: None}


def test_table_starts_from_given_states() -> None:
    first = ControlTable()
    event = cap("GOV:SY", "IS")
    first.apply(event)
    resumed = ControlTable(first.states())
    assert resumed.apply(event) == [] and resumed.states() == first.states()


def test_table_final_controllers_of_any_states() -> None:
    table = ControlTable()
    table.apply_all([cap("GOV:SY", "IS"), cap("IS", "GOV:SY", "2017-11-20")])
    assert final_controllers(table.states()) == {"gn:170794": "IS"}
