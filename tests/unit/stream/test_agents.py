"""agents: both stages under Faust's test_context (memory store, in-memory outbox)."""

from __future__ import annotations

import base64

import orjson

from frontline import schemas
from frontline.errors import EmptyTextError
from frontline.model import Article, dumps

SEED = Article(id="a1", text="Die syrische Armee hat Albu Kamal zurückerobert.", published="2017-11-09", lang="de")


async def test_agents_extract_sends_events_keyed_by_place(build, capture) -> None:
    event = capture()
    service, outbox = build({"a1": [event]})
    async with service.agents.extract.test_context() as agent:
        await agent.put(dumps(SEED), key=b"a1")
    sent = outbox.on(service.settings.events_topic)
    assert sent == [(event.place_key.encode(), dumps(event))]
    assert schemas.first_error("control-event", orjson.loads(sent[0][1])) is None
    text = service.metrics.exposition().decode()
    assert 'frontline_articles_consumed_total{format="unknown",lang="de"} 1.0' in text
    assert 'frontline_events_extracted_total{kind="capture"} 1.0' in text
    assert "frontline_extraction_duration_seconds_count 1.0" in text


async def test_agents_extract_dead_letters_each_bad_input_and_goes_on(build, capture) -> None:
    service, outbox = build({"good": [capture("good")], "bug": ZeroDivisionError("x")})
    bad = {
        "decode": b"\xff\xfe\x00",
        "schema": orjson.dumps({"text": "no id"}),
        "no-text": orjson.dumps({"id": "empty", "text": ""}),
        "too-large": orjson.dumps({"id": "big", "text": "x" * 5000}),
        "internal-error": orjson.dumps({"id": "bug", "text": "t"}),
    }
    async with service.agents.extract.test_context() as agent:
        for reason, raw in bad.items():
            await agent.put(raw, key=reason.encode())
        await agent.put(b"{not json", key=b"nojson")
        await agent.put(orjson.dumps({"id": "good", "text": "t"}), key=b"good")
    letters = [orjson.loads(v) for _, v in outbox.on(service.settings.dead_letter_topic)]
    assert [d["reason"] for d in letters] == [*bad, "decode"]
    for d, raw in zip(letters, [*bad.values(), b"{not json"]):
        assert base64.b64decode(d["value_b64"]) == raw
        assert d["stage"] == "extract" and d["partition"] == 0
    assert [d["offset"] for d in letters] == list(range(6))
    assert "not UTF-8" in letters[0]["detail"] and "not JSON" in letters[5]["detail"]
    assert len(outbox.on(service.settings.events_topic)) == 1
    text = service.metrics.exposition().decode()
    assert 'frontline_dead_letters_total{reason="decode"} 2.0' in text
    assert EmptyTextError.reason == "no-text"


async def test_agents_control_updates_table_and_alerts_once(build, capture) -> None:
    service, outbox = build()
    event = capture()
    async with service.agents.control.test_context() as agent:
        await agent.put(dumps(event), key=event.place_key.encode())
        stored = service.places[event.place_key.encode()]
        await agent.put(dumps(event), key=event.place_key.encode())  # re-delivered
        assert service.places[event.place_key.encode()] == stored
    state = orjson.loads(stored)
    assert state["controller"] == "GOV:SY"
    assert schemas.first_error("place-state", state) is None
    alerts = outbox.on(service.settings.alerts_topic)
    assert len(alerts) == 1
    assert alerts[0][0] == event.place_key.encode()
    alert = orjson.loads(alerts[0][1])
    assert schemas.first_error("alert", alert) is None
    assert (alert["old"]["controller"], alert["new"]["controller"]) == ("IS", "GOV:SY")
    assert 'frontline_alerts_published_total{kind=' in service.metrics.exposition().decode()


async def test_agents_control_dead_letters_bad_event(build, capture) -> None:
    service, outbox = build()
    async with service.agents.control.test_context() as agent:
        await agent.put(orjson.dumps({"place": "X"}), key=b"k")
        event = capture()
        await agent.put(dumps(event), key=event.place_key.encode())
    [letter] = [orjson.loads(v) for _, v in outbox.on(service.settings.dead_letter_topic)]
    assert (letter["reason"], letter["stage"]) == ("schema", "control")
    assert len(outbox.on(service.settings.alerts_topic)) == 1
