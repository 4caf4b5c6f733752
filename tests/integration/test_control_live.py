"""The control table on the real broker (issue 4): event time decides, reprints are one
transition, and the /towns queries (filters, history, GeoJSON, `frontline towns`).

Articles go in through `frontline feed` (JSON Lines or the seed's text file); each test
waits on deadlines for what the worker must produce, never on fixed sleeps.
"""

from __future__ import annotations

import time
import urllib.parse
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson
import pytest
from workers import (
    ALBU_KAMAL_ID,
    FLOW_SECONDS,
    SEED,
    Deployment,
    Worker,
    deployment,  # noqa: F401 (the fixture)
    is_albu_kamal,
    read_topic,
    wait_consumed,
)

pytestmark = pytest.mark.integration

KEY = f"gn:{ALBU_KAMAL_ID}"
# A short story of our own: IS retakes Albu Kamal on Monday, 2017-11-20.
RETAKE = {
    "id": "retake-2017-11-20", "title": "IS erobert Albu Kamal zurück", "published": "2017-11-20T09:30:00Z",
    "lang": "de", "source": "agd",
    "text": "Die IS-Miliz hat die Stadt Albu Kamal am Montag zurückerobert. "
            "Das teilte die Syrische Beobachtungsstelle für Menschenrechte in London mit.",
}


def _jsonl(path: Path, articles: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in articles))
    return path


def _alerts(d: Deployment, until: Any = lambda _: False, seconds: float = FLOW_SECONDS) -> list[dict[str, Any]]:
    records = read_topic(d.bootstrap, d.topic("alerts"), until=lambda r: until([orjson.loads(v) for _, v in r]),
                         seconds=seconds)
    return [orjson.loads(v) for _, v in records]


def _albu_alerts(alerts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [a for a in alerts if is_albu_kamal(a)]


def _settle(d: Deployment) -> None:
    """Wait until the worker group has committed every article and event."""
    wait_consumed(d.bootstrap, d.app_id, [d.topic("articles"), d.topic("events")])


def _town(worker: Worker, key: str = KEY) -> dict[str, Any]:
    status, town = worker.get(f"/towns/{urllib.parse.quote(key)}")
    assert status == 200, town
    return dict(town)


def _wait_town(worker: Worker, ready: Any, seconds: float = FLOW_SECONDS) -> dict[str, Any]:
    """Poll /towns/{KEY} until ``ready(town)``."""
    deadline = time.monotonic() + seconds
    town: dict[str, Any] = {}
    while time.monotonic() < deadline:
        status, body = worker.get(f"/towns/{urllib.parse.quote(KEY)}")
        if status == 200 and ready(body):
            return dict(body)
        town = body
        time.sleep(0.2)
    pytest.fail(f"{KEY} never reached the expected state: {town}")


def test_control_live_extract_reads_the_retake_as_a_capture_by_is(deployment: Deployment, tmp_path: Path) -> None:
    done = deployment.frontline("extract", str(_jsonl(tmp_path / "retake.jsonl", [RETAKE])))
    first = orjson.loads(done.stdout.splitlines()[0])
    assert (first["geonames_id"], first["kind"], first["winner"], first["when"]) == (
        ALBU_KAMAL_ID, "capture", "IS", "2017-11-20"), first


def test_control_live_late_seed_story_does_not_flip_a_newer_state(deployment: Deployment, tmp_path: Path) -> None:
    worker = deployment.start_worker("w1")
    worker.wait_ready()
    fed = deployment.frontline("feed", str(_jsonl(tmp_path / "retake.jsonl", [RETAKE])))
    assert "published 1" in fed.stdout, fed.stdout
    [retake] = _albu_alerts(_alerts(deployment, until=lambda a: bool(_albu_alerts(a))))
    assert (retake["kind"], retake["new"]["controller"], retake["when"]) == ("control-change", "IS", "2017-11-20")

    # The seed story (dated 2017-11-09) arrives after the 2017-11-20 retake.
    fed = deployment.frontline("feed", str(SEED))
    assert "published 1" in fed.stdout, fed.stdout
    town = _wait_town(worker, lambda t: ("2017-11-09", "capture") in [(c["when"], c["kind"]) for c in t["history"]])
    _settle(deployment)
    town = _town(worker)
    assert (town["controller"], town["status"], town["since"]) == ("IS", "controlled", "2017-11-20")
    assert town["deciding"]["article_id"] == RETAKE["id"]
    [seed_capture] = [c for c in town["history"] if (c["when"], c["kind"]) == ("2017-11-09", "capture")]
    assert (seed_capture["winner"], seed_capture["loser"]) == ("GOV:SY", "IS")
    albu = _albu_alerts(_alerts(deployment, seconds=3.0))
    assert [a["id"] for a in albu] == [retake["id"]], albu  # no alert flips it back to GOV:SY

    # The queries, on the same table.
    def keys(path: str) -> list[str]:
        status, rows = worker.get(path)
        assert status == 200, rows
        return [r["key"] for r in rows]

    assert KEY in keys("/towns?country=SY&controller=IS&status=controlled")
    assert KEY in keys("/towns?country=sy,IQ&changed_since=2017-11-20")
    assert KEY not in keys("/towns?controller=GOV:SY")
    assert KEY not in keys("/towns?changed-since=2017-11-21")
    assert KEY not in keys("/towns?status=besieged,contested")
    status, rows = worker.get("/towns")
    assert status == 200 and all("history" not in r for r in rows)
    assert {k: town[k] for k in next(r for r in rows if r["key"] == KEY)} == next(r for r in rows if r["key"] == KEY)
    status, error = worker.get("/towns?status=held")
    assert status == 400 and "status" in error["error"]
    status, geo = worker.get("/towns.geojson?country=SY")
    assert status == 200 and geo["type"] == "FeatureCollection"
    [feature] = [f for f in geo["features"] if f["id"] == KEY]
    assert feature["geometry"] == {"type": "Point", "coordinates": [town["lon"], town["lat"]]}
    assert feature["properties"]["controller"] == "IS" and "history" not in feature["properties"]
    assert all(f["properties"]["country"] == "SY" for f in geo["features"])

    table = deployment.frontline("towns", "--url", worker.url, "--country", "SY", "--controller", "IS")
    assert KEY in table.stdout and "GOV:SY" not in table.stdout
    detail = deployment.frontline("towns", "--url", worker.url, KEY)
    assert "history:" in detail.stdout and "GOV:SY <- IS" in detail.stdout and "2017-11-20" in detail.stdout


def test_control_live_reprints_are_one_transition_with_two_sources(deployment: Deployment, tmp_path: Path) -> None:
    one, two = deployment.start_worker("one"), deployment.start_worker("two")
    one.wait_ready()
    two.wait_ready()
    story = SEED.read_text(encoding="utf-8")
    copies = [{"id": f"seed-{agency}-{n}", "text": story, "published": "2017-11-09", "lang": "de",
               "title": "Syrische Armee erobert Albu Kamal", "source": agency}
              for n, agency in enumerate(("agd", "agd", "AFP"))]
    fed = deployment.frontline("feed", str(_jsonl(tmp_path / "copies.jsonl", copies)))
    assert "published 3" in fed.stdout, fed.stdout
    _settle(deployment)  # committed articles imply their events and alerts were published
    one.wait_ready()
    two.wait_ready()

    # Any worker answers for the place, whichever owns it.
    town = _town(one)
    assert _town(two) == town
    assert (town["controller"], town["status"], town["since"]) == ("GOV:SY", "controlled", "2017-11-09")
    assert town["sources"] == ["AFP", "agd"]
    capture = next(c for c in town["history"] if (c["when"], c["kind"]) == ("2017-11-09", "capture"))
    assert capture["sources"] == ["AFP", "agd"]
    c = capture["confidence"]
    assert town["confidence"] == pytest.approx(min(0.95, 1 - (1 - c) ** 2))  # two outlets, not three reports
    assert town["confidence"] > c

    alerts = _alerts(deployment, seconds=3.0)
    albu = _albu_alerts(alerts)
    assert [(a["old"]["controller"], a["new"]["controller"], a["kind"]) for a in albu] == [
        ("IS", "GOV:SY", "control-change")], albu
    transitions: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for a in alerts:  # every place: no transition announced twice
        transitions[a["place"]["key"]].append((a["old"]["controller"], a["old"]["status"],
                                              a["new"]["controller"], a["new"]["status"], a["new"]["since"]))
    assert all(len(set(t)) == len(t) for t in transitions.values()), transitions

    # The whole table and its GeoJSON from either worker.
    for worker in (one, two):
        status, rows = worker.get("/towns")
        assert status == 200 and set(transitions) <= {r["key"] for r in rows}
        assert all(r["sources"] in ([], ["AFP", "agd"]) for r in rows), rows
        status, geo = worker.get("/towns.geojson?controller=GOV:SY")
        assert status == 200 and KEY in [f["id"] for f in geo["features"]]
        assert all(f["properties"]["controller"] == "GOV:SY" for f in geo["features"])
