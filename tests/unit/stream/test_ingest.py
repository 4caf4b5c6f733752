"""ingest: each kind of bad input raises the InputError whose reason is its dead-letter reason."""

from __future__ import annotations

import orjson
import pytest

from frontline.errors import DecodeError, EmptyTextError, InputError, SchemaError, TooLargeError
from frontline.model import ControlEvent
from frontline.stream.ingest import decode_article, decode_event

GOOD = {"id": "a1", "text": "Die Armee nahm Albu Kamal ein.", "published": "2017-11-09", "lang": "de"}


def test_ingest_decodes_a_valid_article() -> None:
    article = decode_article(orjson.dumps(GOOD), 10_000)
    assert (article.id, article.lang, article.published) == ("a1", "de", "2017-11-09")


def test_ingest_ignores_unknown_fields() -> None:
    assert decode_article(orjson.dumps({**GOOD, "extra": 1}), 10_000).id == "a1"


@pytest.mark.parametrize(
    ("raw", "error", "reason", "detail"),
    [
        (b"\xff\xfe not utf-8", DecodeError, "decode", "not UTF-8"),
        (b"{not json", DecodeError, "decode", "not JSON"),
        (None, DecodeError, "decode", "null"),
        (orjson.dumps({"text": "no id"}), SchemaError, "schema", "'id' is a required property"),
        (orjson.dumps({**GOOD, "published": 2017}), SchemaError, "schema", "published"),
        (orjson.dumps([1, 2]), SchemaError, "schema", "not of type 'object'"),
        (orjson.dumps({**GOOD, "text": "  \n "}), EmptyTextError, "no-text", "no text"),
        (orjson.dumps({**GOOD, "text": "x" * 200}), TooLargeError, "too-large", "exceeds the limit of 100"),
    ],
)
def test_ingest_bad_input_raises_its_reason(
    raw: bytes | None, error: type[InputError], reason: str, detail: str
) -> None:
    with pytest.raises(error, match=detail) as info:
        decode_article(raw, 100 if raw and b"x" * 200 in raw else 10_000)
    assert info.value.reason == reason


def test_ingest_event_round_trip() -> None:
    event = ControlEvent("Albu Kamal", "SY", "capture", "GOV:SY", "IS", "2017-11-09", True,
                         "evidence", geonames_id=170000, article_id="a1")
    assert decode_event(orjson.dumps(event.to_dict())) == event


def test_ingest_event_schema_violation() -> None:
    event = ControlEvent("X", "SY", "capture", "IS", None, None, True, "e", article_id="a")
    with pytest.raises(SchemaError, match="kind"):
        decode_event(orjson.dumps({**event.to_dict(), "kind": "bombing"}))
