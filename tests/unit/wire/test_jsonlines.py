"""JSON and JSON Lines of articles in Frontline's shape and the gold files' shape."""

from __future__ import annotations

import json

import pytest

from frontline.errors import DecodeError, SchemaError
from frontline.wire import parse_bytes
from wire_helpers import SAMPLES, SHARED, read

GOLD_LINE = {"id": "g-1", "lang": "en", "published": "2021-03-29", "source": "VOA", "license": "public domain",
             "title": "A title", "text": "Troops entered the town on Monday.", "events": [{"place": "X"}]}


def test_jsonlines_gold_shape_extra_keys_ignored() -> None:
    [article] = parse_bytes(json.dumps(GOLD_LINE).encode(), "gold.jsonl")
    assert article.to_dict() == {"id": "g-1", "text": "Troops entered the town on Monday.", "published": "2021-03-29",
                                 "lang": "en", "title": "A title", "version": 1, "source": "VOA", "url": None,
                                 "located": None}


def test_jsonlines_sample_file() -> None:
    articles, rejected = read(SAMPLES / "jsonl" / "desk-articles.jsonl")
    assert rejected == []
    assert [(a.id, a.lang, a.published) for a in articles] == [
        ("fln-desk-0001", "en", "2024-03-15T08:10:00+00:00"), ("fln-desk-0002", "de", "2024-03-16")]
    assert articles[0].text.count("\n\n") == 1


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared/eval absent")
def test_jsonlines_every_gold_file_read_whole() -> None:
    for path in sorted((SHARED / "eval").glob("*.jsonl")):
        lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        articles, rejected = read(path)
        assert rejected == [], path
        assert [(a.id, a.text, a.published) for a in articles] == [(g["id"], g["text"], g["published"]) for g in lines]


def test_jsonlines_bad_line_rejected_others_kept(write) -> None:
    good = json.dumps(GOLD_LINE)
    path = write("mixed.jsonl", f"{good}\n{{not json\n\n{json.dumps({**GOLD_LINE, 'id': 'g-2'})}\n")
    articles, [rejected] = read(path)
    assert [a.id for a in articles] == ["g-1", "g-2"]
    assert (rejected.origin, rejected.reason) == (f"{path}:2", "decode")


def test_jsonlines_array_document() -> None:
    data = json.dumps([GOLD_LINE, {**GOLD_LINE, "id": "g-2", "version": 2}], indent=2).encode()
    assert [(a.id, a.version) for a in parse_bytes(data, "arr.json")] == [("g-1", 1), ("g-2", 2)]


@pytest.mark.parametrize(
    ("obj", "error", "message"),
    [
        ({**GOLD_LINE, "text": 5}, SchemaError, "'text' must be a string"),
        ({**GOLD_LINE, "version": "two"}, SchemaError, "not a whole number"),
        ({"headline": "no text here"}, SchemaError, "neither 'text'"),
        ([1, 2], SchemaError, "expected a JSON object"),
    ],
)
def test_jsonlines_contract_violations(obj, error, message) -> None:
    with pytest.raises(error, match=message):
        parse_bytes(json.dumps(obj).encode(), "bad.json")


def test_jsonlines_empty_text_rejected(write) -> None:
    _, [rejected] = read(write("a.json", json.dumps({"id": "x", "text": "  "})))
    assert rejected.reason == "no-text"


def test_jsonlines_not_json_at_all() -> None:
    with pytest.raises(DecodeError, match="not JSON"):
        parse_bytes(b"{this is not json}\n{nor this}", "x.json")
