"""alerts: what an alert says, its deterministic id, its kind, and corrections."""

from __future__ import annotations

import orjson
import pytest

from frontline.control import Alert, ControlTable, apply
from frontline.control.alerts import alert_id, is_correction

from .events import cap, siege


def test_alerts_first_capture_passes_the_place_from_its_loser() -> None:
    event = cap("GOV:SY", "IS", evidence="Die syrische Armee hat Albu Kamal zurückerobert.")
    _, [alert] = apply(None, event)
    assert alert.kind == "control-change"
    assert (alert.old.controller, alert.old.status, alert.old.since) == ("IS", "controlled", None)
    assert (alert.new.controller, alert.new.status, alert.new.since) == ("GOV:SY", "controlled", "2017-11-09")
    assert alert.new.event_id == event.id
    place = alert.place
    assert (place.key, place.name, place.country, place.geonames_id, place.lat, place.lon) == (
        "gn:170794", "Albu Kamal", "SY", 170794, 34.45, 40.92)
    assert alert.event.evidence == event.evidence and alert.event.article_id == event.article_id
    assert (alert.when, alert.reported, alert.news, alert.supersedes) == ("2017-11-09", "2017-11-09", True, None)


def test_alerts_first_event_without_loser_starts_from_unknown() -> None:
    _, [alert] = apply(None, cap("GOV:SY", None))
    assert (alert.old.controller, alert.old.status) == (None, "unknown")


def test_alerts_state_remembers_its_alert() -> None:
    state, [alert] = apply(None, cap("GOV:SY", "IS"))
    assert state.alert_id == alert.id


def test_alerts_ids_are_deterministic_from_the_transition() -> None:
    events = [cap("GOV:SY", "IS", "2017-11-09"), cap("IS", "GOV:SY", "2017-11-20"), siege("GOV:SY", "IS", "2017-11-25")]
    first, second = ControlTable(), ControlTable()
    ids = [a.id for a in first.apply_all(events)]
    assert ids == [a.id for a in second.apply_all(events)]
    assert len(set(ids)) == 3
    assert first.apply_all(events) == []  # re-processing raises nothing


def test_alerts_id_changes_with_any_part_of_the_transition() -> None:
    _, [alert] = apply(None, cap("GOV:SY", "IS"))
    key, old, new, event_id = alert.place.key, alert.old, alert.new, alert.event.event_id
    assert alert.id == alert_id(key, old, new, event_id)
    assert len({alert.id, alert_id("gn:1", old, new, event_id), alert_id(key, new, old, event_id),
                alert_id(key, old, new, "other")}) == 4


def test_alerts_recap_that_changes_the_state_is_not_news() -> None:
    _, [alert] = apply(None, cap("IS", "GOV:IQ", "2014-06", current=False, published="2017-11-09"))
    assert alert.kind == "control-change" and alert.news is False


def test_alerts_late_report_of_an_earlier_change_is_a_correction() -> None:
    # The table announced GOV:SY on 2017-11-12 (a late report of a 2017-11-09 capture);
    # a report of 2017-11-15 says IS had retaken the town on 2017-11-10: the state
    # announced on the 12th was already wrong.
    state, [announced] = apply(None, cap("GOV:SY", "IS", "2017-11-09", published="2017-11-12"))
    state, [alert] = apply(state, cap("IS", "GOV:SY", "2017-11-10", published="2017-11-15"))
    assert alert.kind == "correction" and alert.supersedes == announced.id
    assert alert.old.event_id == announced.new.event_id
    assert (alert.new.controller, alert.news) == ("IS", False)
    assert state.alert_id == alert.id


def test_alerts_newer_event_reported_in_time_is_a_plain_change() -> None:
    state, _ = apply(None, cap("GOV:SY", "IS", "2017-11-09", published="2017-11-09"))
    _, [alert] = apply(state, cap("IS", "GOV:SY", "2017-11-20", published="2017-11-21"))
    assert (alert.kind, alert.supersedes, alert.news) == ("control-change", None, True)


def test_alerts_late_report_refining_a_siege_is_a_correction() -> None:
    state, _ = apply(None, cap("IS", None, "2017-06-01"))
    state, [besieged] = apply(state, siege("SDF", None, "2017-06-10"))
    state, [alert] = apply(state, cap("HTS", "IS", "2017-06-05", current=False, published="2017-06-30"))
    assert (state.controller, state.status, state.since) == ("HTS", "besieged", "2017-06-10")
    assert alert.kind == "correction" and alert.supersedes == besieged.id
    assert (alert.old.controller, alert.new.controller) == ("IS", "HTS")


@pytest.mark.parametrize(("published", "when", "correction"), [
    ("2017-11-12", "2017-11-10", True),   # had happened when the state was reported
    ("2017-11-12", "2017-11-12", False),
    ("2017-11-12", "2017-11", False),     # may have happened after the report
    ("2017-11-12", "2017-10", True),      # older than the state itself
    ("2017-11-12", "2017-10-25", True),
    ("2017-11-12", None, True),           # no date ranks below every date
    (None, "2017-11-10", False),
    (None, "2017-10-01", True),
])
def test_alerts_is_correction(published: str | None, when: str | None, correction: bool) -> None:
    state, _ = apply(None, cap("GOV:SY", "IS", "2017-10-20", published=published))
    assert is_correction(state, when) is correction


def test_alerts_no_correction_without_an_announced_state() -> None:
    assert is_correction(None, "2017-11-10") is False


def test_alerts_status_change_keeps_controller() -> None:
    state, _ = apply(None, cap("IS", None, "2017-06-01"))
    _, [alert] = apply(state, siege("SDF", "IS", "2017-06-06"))
    assert alert.kind == "status-change"
    assert (alert.old.status, alert.new.status, alert.new.controller) == ("controlled", "besieged", "IS")


def test_alerts_round_trip_through_json() -> None:
    state, _ = apply(None, cap("GOV:SY", "IS", "2017-11-09", published="2017-11-12"))
    _, [alert] = apply(state, cap(["IS", "OTHER:x"], "GOV:SY", "2017-11-10", published="2017-11-15"))
    data = orjson.loads(orjson.dumps(alert.to_dict()))
    assert Alert.from_dict(data) == alert
    assert data["event"]["winner"] == ["IS", "OTHER:x"] and data["precision"] == "day"
    assert data["place"]["key"] == "gn:170794" and data["supersedes"]
