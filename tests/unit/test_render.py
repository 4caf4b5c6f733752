"""render: alerts as one line each, the control table as aligned columns."""

from __future__ import annotations

from frontline.render import alert_line, town_detail, towns_table


def test_render_alert_line_names_place_and_transition() -> None:
    alert = {"kind": "control-change", "when": "2017-11-09",
             "place": {"name": "Albu Kamal", "country": "SY"},
             "old": {"controller": "IS"}, "new": {"controller": "GOV:SY", "status": "controlled"}}
    assert alert_line(alert) == "2017-11-09  control-change Albu Kamal (SY): IS -> GOV:SY [controlled]"


def test_render_alert_line_tolerates_missing_fields() -> None:
    assert "-> -" in alert_line({"kind": "x"})


def test_render_towns_table_aligns_columns() -> None:
    text = towns_table([
        {"key": "gn:1", "name": "Albu Kamal", "country": "SY", "controller": "GOV:SY",
         "status": "controlled", "since": "2017-11-09"},
        {"key": "gn:2", "name": "Rawa", "country": "IQ", "controller": ["GOV:IQ", "PMF"], "status": "besieged"},
    ])
    header, first, second = text.splitlines()
    assert header.split() == ["PLACE", "COUNTRY", "CONTROLLER", "STATUS", "SINCE", "KEY"]
    assert first.index("SY") == header.index("COUNTRY")
    assert "GOV:IQ+PMF" in second and second.endswith("gn:2")


def test_render_town_detail_lists_history_oldest_first() -> None:
    text = town_detail({
        "key": "gn:174448", "name": "Abu Kamal", "country": "SY", "controller": "IS", "status": "controlled",
        "since": "2017-11-20", "confidence": 0.75, "sources": ["agd"],
        "history": [
            {"when": "2017-11-09", "kind": "capture", "winner": "GOV:SY", "loser": "IS", "sources": ["unknown"],
             "article_id": "seed"},
            {"when": "2017-11-20", "kind": "capture", "winner": "IS", "loser": None, "sources": ["agd", "afp"],
             "article_id": "retake"},
        ],
    })
    lines = text.splitlines()
    assert lines[0] == "Abu Kamal (SY)  gn:174448"
    assert "controller IS" in lines[1] and "since 2017-11-20" in lines[1] and "0.75" in lines[1]
    assert lines[-2].split()[:4] == ["2017-11-09", "capture", "GOV:SY", "<-"]
    assert "(2 sources, article retake)" in lines[-1]
