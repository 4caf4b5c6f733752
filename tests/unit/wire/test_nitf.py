"""NITF documents."""

from __future__ import annotations

from frontline.wire import parse_bytes
from wire_helpers import SAMPLES


def test_nitf_sample_fields() -> None:
    path = SAMPLES / "nitf" / "desk-nitf.xml"
    [article] = parse_bytes(path.read_bytes(), str(path))
    assert article.to_dict() == {
        "id": "desk-nitf-0001",
        "text": "The army said on Sunday it still held the road bridge at Karvansk after a night of rebel attacks."
                "\n\nEngineers were repairing the eastern span, a spokesman said.",
        "published": "2024-03-17T08:15:00+00:00", "lang": "en", "title": "Army holds bridge at Karvansk",
        "version": 2, "source": "Frontline sample desk", "url": None, "located": "KARVANSK"}


def test_nitf_abstract_when_no_body_content() -> None:
    xml = (b"<nitf><head><title>T</title></head><body><body.head><abstract><p>Only the abstract.</p></abstract>"
           b"</body.head></body></nitf>")
    [article] = parse_bytes(xml, "a.xml")
    assert (article.title, article.text) == ("T", "Only the abstract.")
