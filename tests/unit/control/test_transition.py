"""transition.apply: every rule of docs/control-state.md as a table of event sequences.

Each case applies its events in the order given, to one place, and checks the final
(controller, status, since) and the kinds of the alerts raised along the way.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from frontline.control import ControlTable, PlaceState, apply
from frontline.model import ControlEvent

from .events import cap, hold, siege, wd


@dataclass(frozen=True)
class Case:
    rule: str
    events: list[ControlEvent]
    state: tuple[str | None, str, str | None]  # controller, status, since
    alerts: list[str]


CASES = [
    # Event time decides
    Case("a newer event changes the state", [cap("GOV:SY", "IS", "2017-11-09"), cap("IS", "GOV:SY", "2017-11-20")],
         ("IS", "controlled", "2017-11-20"), ["control-change", "control-change"]),
    Case("an older event never overwrites a newer one",
         [cap("IS", "GOV:SY", "2017-11-20"), cap("GOV:SY", "IS", "2017-11-09")],
         ("IS", "controlled", "2017-11-20"), ["control-change"]),
    Case("an old recap fills an empty place", [cap("IS", "GOV:IQ", "2014-06", current=False)],
         ("IS", "controlled", "2014-06"), ["control-change"]),
    Case("a month is not newer than a day inside it", [cap("GOV:SY", "IS", "2017-11-09"), cap("IS", None, "2017-11")],
         ("GOV:SY", "controlled", "2017-11-09"), ["control-change"]),
    Case("a day is newer than its month", [cap("IS", None, "2017-11", published="2017-11-05"), cap("GOV:SY", "IS", "2017-11-09")],
         ("GOV:SY", "controlled", "2017-11-09"), ["control-change", "control-change"]),
    Case("a month is newer than its year", [cap("GOV:SY", None, "2017-03"), cap("IS", None, "2017")],
         ("GOV:SY", "controlled", "2017-03"), ["control-change"]),
    Case("a later month is newer than a day before it", [cap("GOV:SY", None, "2017-11-09"), cap("IS", None, "2017-12")],
         ("IS", "controlled", "2017-12"), ["control-change", "control-change"]),
    Case("an undated event fills an empty place", [cap("IS", "GOV:SY", None, current=False)],
         ("IS", "controlled", None), ["control-change"]),
    Case("a dated event replaces an undated one", [cap("IS", None, None, current=False), cap("GOV:SY", "IS", "2017-11-09")],
         ("GOV:SY", "controlled", "2017-11-09"), ["control-change", "control-change"]),
    Case("an undated event never replaces a dated one", [cap("GOV:SY", "IS", "2017-11-09"), cap("IS", None, None, current=False)],
         ("GOV:SY", "controlled", "2017-11-09"), ["control-change"]),
    Case("news without an event date takes the report date", [hold("SDF", None, published="2017-10-20T09:00:00Z")],
         ("SDF", "controlled", "2017-10-20"), ["control-change"]),
    # Many reports of one event are one transition
    Case("the same capture from many articles is one change",
         [cap("GOV:SY", "IS", source=s) for s in ("dpa", "AFP", "dpa", "Reuters", "afp")],
         ("GOV:SY", "controlled", "2017-11-09"), ["control-change"]),
    # Conflicting claims of the same period
    Case("two captures of one date by different actors contest the place",
         [cap("GOV:SY", "IS"), cap("SDF", "IS", source="AFP")], (None, "contested", "2017-11-09"),
         ["control-change", "control-change"]),
    Case("two holds of one date contest the place", [hold("IS"), hold("SDF")], (None, "contested", "2017-11-09"),
         ["control-change", "control-change"]),
    Case("a third claimant of a contested place raises no alert", [hold("IS"), hold("SDF"), cap("GOV:SY")],
         (None, "contested", "2017-11-09"), ["control-change", "control-change"]),
    Case("a later event decides a contested place",
         [cap("GOV:SY", "IS"), cap("SDF", "IS"), cap("SDF", None, "2017-11-12")], ("SDF", "controlled", "2017-11-12"),
         ["control-change", "control-change", "control-change"]),
    Case("a hold by the loser of a same-day capture does not contest it", [hold("IS"), cap("GOV:SY", "IS")],
         ("GOV:SY", "controlled", "2017-11-09"), ["control-change", "control-change"]),
    Case("a withdrawal of the holder that day explains the hold", [wd("IS", None), hold("IS")],
         (None, "unknown", "2017-11-09"), ["control-change"]),
    Case("UNKNOWN yields to a named actor of the same date", [cap("UNKNOWN", "IS"), cap("SDF", "IS")],
         ("SDF", "controlled", "2017-11-09"), ["control-change", "control-change"]),
    Case("a capture by UNKNOWN is held by UNKNOWN", [cap("UNKNOWN", "IS")], ("UNKNOWN", "controlled", "2017-11-09"),
         ["control-change"]),
    Case("joint winners agree with one of them: the lead force first, then the actor both name",
         [cap(["GOV:TR", "SY_OPPOSITION"], "SDF", article_id="joint-1"), cap("SY_OPPOSITION", "SDF", article_id="joint-2")],
         ("SY_OPPOSITION", "controlled", "2017-11-09"), ["control-change", "control-change"]),
    Case("joint winners agree with one of them, reports in the other order",
         [cap("SY_OPPOSITION", "SDF", article_id="joint-1"), cap(["GOV:TR", "SY_OPPOSITION"], "SDF", article_id="joint-2")],
         ("SY_OPPOSITION", "controlled", "2017-11-09"), ["control-change"]),
    # Sieges
    Case("a siege besieges without changing the controller", [cap("IS", None, "2017-06-01"), siege("SDF", "IS", "2017-06-06")],
         ("IS", "besieged", "2017-06-06"), ["control-change", "status-change"]),
    Case("a siege that names nobody inside keeps the controller", [cap("IS", None, "2017-06-01"), siege("SDF", None, "2017-06-06")],
         ("IS", "besieged", "2017-06-06"), ["control-change", "status-change"]),
    Case("a first siege names its holder by the loser", [siege("SDF", "IS", "2017-06-06")],
         ("IS", "besieged", "2017-06-06"), ["status-change"]),
    Case("a capture ends a siege", [siege("SDF", "IS", "2017-06-06"), cap("SDF", "IS", "2017-10-17")],
         ("SDF", "controlled", "2017-10-17"), ["status-change", "control-change"]),
    Case("a capture ends a siege of the same day", [siege("SDF", "IS"), cap("SDF", "IS")],
         ("SDF", "controlled", "2017-11-09"), ["status-change", "control-change"]),
    Case("a holder of the same day stays besieged", [siege("SDF", None), hold("IS")],
         ("IS", "besieged", "2017-11-09"), ["status-change", "control-change"]),
    Case("a hold confirms the controller and refreshes the date",
         [cap("IS", None, "2014-06-10"), hold("IS", "2017-06-01", source="AFP")],
         ("IS", "controlled", "2017-06-01"), ["control-change"]),
    Case("a later hold ends a siege", [siege("SDF", "IS", "2017-06-06"), hold("IS", "2017-06-20")],
         ("IS", "controlled", "2017-06-20"), ["status-change", "status-change"]),
    # Withdrawals
    Case("a withdrawal without a taker leaves the place unknown", [cap("IS"), wd("IS", None, "2017-11-12")],
         (None, "unknown", "2017-11-12"), ["control-change", "control-change"]),
    Case("a withdrawal hands the place to the named winner", [cap("IS"), wd("IS", "SDF", "2017-11-12")],
         ("SDF", "controlled", "2017-11-12"), ["control-change", "control-change"]),
    Case("a same-day capture names who took a withdrawn place", [wd("IS", None), cap("GOV:SY", "IS")],
         ("GOV:SY", "controlled", "2017-11-09"), ["control-change", "control-change"]),
    Case("a capture without a winner leaves the place unknown", [cap("IS"), cap(None, "IS", "2017-11-12")],
         (None, "unknown", "2017-11-12"), ["control-change", "control-change"]),
    # Capture with a list of winners: the first id controls
    Case("a list of winners gives the first id", [cap(["GOV:TR", "SY_OPPOSITION"], "SDF")],
         ("GOV:TR", "controlled", "2017-11-09"), ["control-change"]),
    # Events that say nothing about control
    Case("a hold without a holder changes nothing", [cap("IS"), hold(None, "2017-11-20")],
         ("IS", "controlled", "2017-11-09"), ["control-change"]),
]


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_transition_rules(case: Case) -> None:
    table = ControlTable()
    kinds = [alert.kind for event in case.events for alert in table.apply(event)]
    [state] = table.states()
    assert (state.controller, state.status, state.since) == case.state
    assert kinds == case.alerts


def test_transition_contested_lists_claimants_sorted() -> None:
    table = ControlTable()
    table.apply_all([hold("SDF"), hold("IS"), cap("GOV:SY")])
    [state] = table.states()
    assert state.claimants == ("GOV:SY", "IS", "SDF")
    assert state.controller is None


def test_transition_reports_of_one_event_raise_confidence_with_distinct_sources() -> None:
    state = None
    seen = []
    for source in ("dpa", "dpa", "AFP", "afp", None):
        state, _ = apply(state, cap("GOV:SY", "IS", source=source))
        seen.append((state.sources, state.confidence))
    assert seen == [
        (("dpa",), 0.5), (("dpa",), 0.5), (("AFP", "dpa"), 0.75), (("AFP", "dpa"), 0.75),
        (("AFP", "dpa", "unknown"), 0.875),
    ]
    assert len(state.history) == 1  # one fact


def test_transition_confirmation_adds_outlets() -> None:
    state, _ = apply(None, cap("IS", None, "2017-06-01", source="dpa"))
    state, _ = apply(state, hold("IS", "2017-06-20", source="AFP"))
    assert state.sources == ("AFP", "dpa") and state.confidence == 0.75
    assert state.deciding is not None and state.deciding.kind == "hold"


def test_transition_late_event_enters_history() -> None:
    new, old = cap("IS", "GOV:SY", "2017-11-20"), cap("GOV:SY", "IS", "2017-11-09")
    state, _ = apply(None, new)
    state, alerts = apply(state, old)
    assert alerts == []
    assert [(c.when, c.winner) for c in state.history] == [("2017-11-09", ("GOV:SY",)), ("2017-11-20", ("IS",))]
    assert state.deciding is not None and state.deciding.event_id == new.id


def test_transition_same_event_again_is_a_no_op() -> None:
    event = cap("GOV:SY", "IS")
    state, alerts = apply(None, event)
    again, more = apply(state, event)
    assert again == state and more == [] and alerts


def test_transition_records_uninformative_events() -> None:
    state, _ = apply(None, cap("IS"))
    nothing = hold(None, "2017-11-20", published="2017-11-21")
    after, alerts = apply(state, nothing)
    assert alerts == [] and nothing.id in after.applied and after.last_reported == "2017-11-21"
    assert after.history == state.history


def test_transition_keeps_place_details_and_fills_gaps() -> None:
    state, _ = apply(None, cap("IS", lat=None, lon=None, geonames_id=None, place_key="gn:170794"))
    state, _ = apply(state, cap("IS", "SDF", "2017-11-10", place_key="gn:170794"))
    assert (state.name, state.country, state.geonames_id, state.lat, state.lon) == (
        "Albu Kamal", "SY", 170794, 34.45, 40.92)


def test_transition_refuses_an_event_of_another_place() -> None:
    state, _ = apply(None, cap("IS"))
    with pytest.raises(ValueError, match="gn:1"):
        apply(state, cap("IS", geonames_id=1))


def test_transition_bounds_applied_ids_and_history() -> None:
    from frontline.control.claims import MAX_HISTORY
    from frontline.control.state import MAX_APPLIED

    state: PlaceState | None = None
    for day in range(1, 29):
        for month in range(1, 13):
            state, _ = apply(state, hold("IS", f"2016-{month:02d}-{day:02d}"))
    assert state is not None
    assert len(state.applied) == MAX_APPLIED and len(state.history) == MAX_HISTORY
    assert state.since == "2016-12-28"
