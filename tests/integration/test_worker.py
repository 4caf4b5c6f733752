"""The walking skeleton on the real broker: `frontline worker` subprocesses, `frontline feed`,
the alerts and dead-letter topics, /towns and /healthz.

Each test has its own app id and topic prefix (``unique_name``), its own worker
process(es) on a free port, and waits on deadlines, never on fixed sleeps. The
helpers are in workers.py.
"""

from __future__ import annotations

import base64
import time
import urllib.parse

import orjson
import pytest
from workers import (
    ALBU_KAMAL_NAMES,
    MAX_BYTES,
    SEED,
    Deployment,
    albu_kamal,
    deployment,  # noqa: F401 (the fixture)
    end_offsets,
    is_seed_alert,
    produce,
    read_topic,
    seed_alerts,
    wait_consumed,
)

pytestmark = pytest.mark.integration


# ---------------------------------------------------------------- tests


def test_worker_seed_story_alerts_and_towns(deployment: Deployment) -> None:
    worker = deployment.start_worker("w1")
    ready = worker.wait_ready()
    fed = deployment.frontline("feed", str(SEED))
    assert "published 1" in fed.stdout, fed.stdout
    started = time.monotonic()
    records = read_topic(deployment.bootstrap, deployment.topic("alerts"), until=lambda r: bool(seed_alerts(r)))
    [alert] = seed_alerts(records)
    print(f"worker ready in {ready:.1f} s; seed alert after {time.monotonic() - started:.1f} s")
    status, towns = worker.get("/towns")
    assert status == 200
    town = albu_kamal(towns)
    assert town["controller"] == "GOV:SY"
    key = str(town.get("key") or town.get("place_key"))
    status, detail = worker.get(f"/towns/{urllib.parse.quote(key)}")
    assert status == 200 and {k: detail[k] for k in town} == town  # the row, plus its history
    assert ("2017-11-09", "capture") in [(c["when"], c["kind"]) for c in detail["history"]]
    assert worker.get("/towns/gn:0")[0] == 404
    status, metrics = worker.get("/metrics")
    assert status == 200 and "frontline_alerts_published_total" in metrics
    shown = deployment.frontline("alerts", "--from-beginning", "--json")
    assert any(is_seed_alert(orjson.loads(line)) for line in shown.stdout.splitlines())
    table = deployment.frontline("towns", "--url", worker.url)
    assert any(name in table.stdout for name in ALBU_KAMAL_NAMES) and "GOV:SY" in table.stdout


def test_worker_restart_recovers_table_without_new_alerts(deployment: Deployment) -> None:
    first = deployment.start_worker("first")
    first.wait_ready()
    deployment.frontline("feed", str(SEED))
    read_topic(deployment.bootstrap, deployment.topic("alerts"), until=lambda r: bool(seed_alerts(r)))
    wait_consumed(deployment.bootstrap, deployment.app_id, [deployment.topic("articles"), deployment.topic("events")])
    _, before = first.get("/towns")
    alerts_before = end_offsets(deployment.bootstrap, deployment.topic("alerts"))
    first.stop()
    assert first.process is not None and first.process.returncode == 0, first.tail()

    # A new worker with an empty data dir: the table can only come from the changelog.
    second = deployment.start_worker("second")
    recovered_in = second.wait_ready()
    status, after = second.get("/towns")
    assert status == 200
    assert after == before
    assert albu_kamal(after)["controller"] == "GOV:SY"
    # Re-deliver the already-processed story: the table and the alerts stay as they were.
    deployment.frontline("feed", str(SEED))
    wait_consumed(deployment.bootstrap, deployment.app_id, [deployment.topic("articles"), deployment.topic("events")])
    assert end_offsets(deployment.bootstrap, deployment.topic("alerts")) == alerts_before
    assert second.get("/towns")[1] == before
    print(f"second worker recovered and ready in {recovered_in:.1f} s")


def test_worker_bad_input_goes_to_dead_letter_and_good_input_flows(deployment: Deployment) -> None:
    worker = deployment.start_worker("w1")
    worker.wait_ready()
    story = SEED.read_text(encoding="utf-8")
    good_id = "good-after-bad"
    bad = {
        b"not-json": (b"{this is not json", "decode"),
        b"not-utf8": ("{\"id\": \"x\", \"text\": \"caf\u00e9\"}".encode("latin-1"), "decode"),
        b"fails-schema": (orjson.dumps({"id": 42, "text": "numbers are not ids"}), "schema"),
        b"no-text": (orjson.dumps({"id": "empty", "text": "   "}), "no-text"),
        b"too-large": (orjson.dumps({"id": "big", "text": "x" * (MAX_BYTES + 100)}), "too-large"),
    }
    good = orjson.dumps({"id": good_id, "text": story, "published": "2017-11-09", "lang": "de"})
    produce(deployment.bootstrap, deployment.topic("articles"),
            [(k, v) for k, (v, _) in bad.items()] + [(good_id.encode(), good)])

    letters = read_topic(deployment.bootstrap, deployment.topic("dead-letter"), until=lambda r: len(r) >= len(bad))
    by_key = {k: orjson.loads(v) for k, v in letters}
    assert set(by_key) == set(bad)
    for key, (raw, reason) in bad.items():
        letter = by_key[key]
        assert letter["reason"] == reason, (key, letter)
        assert base64.b64decode(letter["value_b64"]) == raw
        assert letter["topic"] == deployment.topic("articles")
        assert letter["partition"] >= 0 and letter["offset"] >= 0
    assert "UTF-8" in by_key[b"not-utf8"]["detail"] and "JSON" in by_key[b"not-json"]["detail"]

    events = read_topic(deployment.bootstrap, deployment.topic("events"),
                        until=lambda r: any(orjson.loads(v)["article_id"] == good_id for _, v in r))
    assert any(orjson.loads(v)["article_id"] == good_id for _, v in events)
    _, metrics = worker.get("/metrics")
    for reason in ("decode", "schema", "no-text", "too-large"):
        assert f'frontline_dead_letters_total{{reason="{reason}"}}' in metrics
    assert worker.process is not None and worker.process.poll() is None


def test_worker_two_workers_share_the_table(deployment: Deployment) -> None:
    one, two = deployment.start_worker("one"), deployment.start_worker("two")
    one.wait_ready()
    two.wait_ready()
    deployment.frontline("feed", str(SEED))
    read_topic(deployment.bootstrap, deployment.topic("alerts"), until=lambda r: bool(seed_alerts(r)))
    wait_consumed(deployment.bootstrap, deployment.app_id, [deployment.topic("articles"), deployment.topic("events")])
    # Both healthy again after any rebalance, each owning a share of the places.
    one.wait_ready()
    two.wait_ready()
    local = [one.get("/towns?scope=local")[1], two.get("/towns?scope=local")[1]]
    assert all(local), "with two partitions and two workers, each owns some places"
    everything = sorted(t["key"] for part in local for t in part)
    for worker in (one, two):
        status, towns = worker.get("/towns")
        assert status == 200
        assert [t["key"] for t in towns] == everything  # the whole table from either worker
        for key in everything:  # any key from any worker (Faust table routing)
            assert worker.get(f"/towns/{urllib.parse.quote(key)}")[1]["key"] == key
    assert albu_kamal(one.get("/towns")[1])["controller"] == "GOV:SY"
