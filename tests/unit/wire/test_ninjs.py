"""ninjs documents: version detection by schema, schema failures, field mapping."""

from __future__ import annotations

import json

import pytest

from frontline.errors import SchemaError
from frontline.wire import parse_bytes
from frontline.wire.ninjs import schema_version
from wire_helpers import read


@pytest.mark.parametrize(
    ("doc", "version"),
    [
        ({"uri": "u:1", "headline": "H", "body_text": "Text."}, "1.6"),
        ({"uri": "u:1", "headlines": [{"value": "H"}], "bodies": [{"value": "Text."}], "versioncreated": "2024-01-01T00:00:00Z"}, "2.2"),
        ({"uri": "u:1", "headlines": [{"value": "H"}], "bodies": [{"value": "Text."}], "versionCreated": "2024-01-01T00:00:00Z"}, "3.1"),
    ],
)
def test_ninjs_version_chosen_by_schema(doc, version) -> None:
    assert schema_version(doc) == version
    [article] = parse_bytes(json.dumps(doc).encode(), "n.json")
    assert (article.id, article.title, article.text) == ("u:1", "H", "Text.")


def test_ninjs_fields_of_a_3x_document() -> None:
    doc = {
        "uri": "urn:agency:story-7", "version": "3", "language": "de-AT", "located": "Wien",
        "firstCreated": "2024-05-01T08:00:00+02:00", "versionCreated": "2024-05-01T09:30:00+02:00",
        "infoSources": [{"name": "Agentur Beispiel", "role": "originfeed"}],
        "headlines": [{"role": "sub", "value": "Unterzeile"}, {"role": "main", "value": "Hauptzeile"}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>Erster Absatz.</p><p>Zweiter&nbsp;Absatz.</p>"}],
    }
    [article] = parse_bytes(json.dumps(doc).encode(), "n.json")
    assert article.to_dict() == {
        "id": "urn:agency:story-7", "text": "Erster Absatz.\n\nZweiter Absatz.", "published": "2024-05-01T09:30:00+02:00",
        "lang": "de", "title": "Hauptzeile", "version": 3, "source": "Agentur Beispiel", "url": None, "located": "Wien"}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"uri": 42, "headline": "H", "body_text": "x"}, "is not of type 'string'"),
        ({"uri": "u:1", "headlines": "not a list"}, "is not of type 'array'"),
        ({"uri": "u:1", "versionCreated": "x", "unknownThing": 1}, "not valid ninjs 3.1"),
    ],
)
def test_ninjs_failing_schema_rejected(write, doc, message) -> None:
    articles, [rejected] = read(write("bad.json", json.dumps(doc)))
    assert articles == [] and rejected.reason == "schema"
    assert message in rejected.detail


def test_ninjs_forced_format_requires_uri() -> None:
    with pytest.raises(SchemaError, match="'uri' is a required property"):
        parse_bytes(json.dumps({"headline": "H", "body_text": "x"}).encode(), "n.json", fmt="ninjs")


def test_ninjs_without_body_or_headline_rejected_as_no_text(write) -> None:
    _, [rejected] = read(write("pic.json", json.dumps({"uri": "u:pic", "type": "picture"})))
    assert rejected.reason == "no-text"


def test_ninjs_json_lines_of_documents(write) -> None:
    lines = [json.dumps({"uri": f"u:{n}", "headline": f"H{n}", "body_text": "Body text here."}) for n in range(3)]
    articles, rejected = read(write("wire.jsonl", "\n".join(lines)))
    assert rejected == [] and [a.id for a in articles] == ["u:0", "u:1", "u:2"]
