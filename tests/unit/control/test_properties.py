"""Properties of the control table over generated event sets (hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from frontline.control import ControlTable, PlaceState, apply, dates
from frontline.model import ControlEvent

from .events import event

ACTORS = ["GOV:SY", "IS", "SDF", "UNKNOWN", None, ["GOV:TR", "SY_OPPOSITION"]]
DATES = ["2017", "2017-10", "2017-10-15", "2017-11", "2017-11-01", "2017-11-09", "2017-11-20", "2017-12",
         "2017-12-24", "2018-01-02"]
PLACES = [("Albu Kamal", 170794), ("Raqqa", 163915)]


@st.composite
def events(draw: st.DrawFn, when: st.SearchStrategy[str | None]) -> ControlEvent:
    place, gid = draw(st.sampled_from(PLACES))
    day = draw(when)
    published = dates.last_day(day) if day and draw(st.booleans()) else draw(st.sampled_from(DATES[4:]))
    return event(
        draw(st.sampled_from(["capture", "withdrawal", "siege", "hold"])),
        draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTORS)), day,
        place=place, geonames_id=gid, lat=None, lon=None, published=published,
        current=draw(st.booleans()), source=draw(st.sampled_from(["dpa", "AFP", "Reuters", None])),
        confidence=draw(st.sampled_from([0.3, 0.5, 0.8])),
    )


any_events = st.lists(events(st.sampled_from([*DATES, None])), max_size=12)


def _table(evs: list[ControlEvent]) -> ControlTable:
    table = ControlTable()
    table.apply_all(evs)
    return table


def _summary(table: ControlTable) -> dict[str, tuple[str | None, str, str | None]]:
    return {s.key: (s.controller, s.status, s.since) for s in table.states()}


@settings(max_examples=200, deadline=None)
@given(any_events)
def test_properties_processing_the_same_events_twice_adds_no_alert(evs: list[ControlEvent]) -> None:
    table = _table(evs)
    before = table.states()
    assert table.apply_all(evs) == []
    assert table.states() == before


@settings(max_examples=200, deadline=None)
@given(any_events, st.lists(st.booleans(), min_size=12, max_size=12))
def test_properties_redelivery_anywhere_changes_nothing(evs: list[ControlEvent], again: list[bool]) -> None:
    doubled = [e for e, twice in zip(evs, again) for e in ([e, e] if twice else [e])]
    once, redelivered = ControlTable(), ControlTable()
    assert [a.id for a in redelivered.apply_all(doubled)] == [a.id for a in once.apply_all(evs)]
    assert redelivered.states() == once.states()


@st.composite
def distinct_dated(draw: st.DrawFn) -> list[ControlEvent]:
    whens = draw(st.lists(st.sampled_from(DATES), unique=True, max_size=len(DATES)))
    return [draw(events(st.just(w))) for w in whens]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_properties_order_of_distinct_dates_does_not_matter(data: st.DataObject) -> None:
    evs = data.draw(distinct_dated())
    shuffled = data.draw(st.permutations(evs))
    assert _summary(_table(shuffled)) == _summary(_table(evs))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_properties_order_of_any_events_does_not_change_the_outcome(data: st.DataObject) -> None:
    evs = data.draw(any_events)
    shuffled = data.draw(st.permutations(evs))
    a, b = _table(evs), _table(shuffled)
    assert [s.outcome for s in a.states()] == [s.outcome for s in b.states()]
    assert [s.history for s in a.states()] == [s.history for s in b.states()]


@settings(max_examples=300, deadline=None)
@given(st.lists(events(st.sampled_from(DATES)), min_size=1, max_size=10), events(st.sampled_from([*DATES, None])))
def test_properties_an_older_event_never_overwrites_a_newer_state(evs: list[ControlEvent], late: ControlEvent) -> None:
    table = _table(evs)
    state: PlaceState | None = table.get(late.place_key)
    assume(state is not None and state.deciding is not None)
    assert state is not None
    assume(dates.newer(state.since, dates.normalise(late.event_date)))
    after, alerts = apply(state, late)
    assert (after.status, after.since, after.deciding) == (state.status, state.since, state.deciding)
    if state.status != "besieged":
        assert after.controller == state.controller and alerts == []
    assert all(a.kind == "correction" for a in alerts)
