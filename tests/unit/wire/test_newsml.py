"""NewsML-G2 newsItem and newsMessage."""

from __future__ import annotations

import pytest

from frontline.errors import UnsupportedFormatError
from frontline.wire import parse_bytes
from wire_helpers import read

G2 = "http://iptc.org/std/nar/2006-10-01/"


def item(guid: str | None, body: str, version: int = 1, extra: str = "") -> str:
    guid_attr = f' guid="{guid}"' if guid else ""
    return (
        f'<newsItem xmlns="{G2}"{guid_attr} version="{version}" standard="NewsML-G2">'
        "<itemMeta><itemClass qcode=\"ninat:text\"/><provider qcode=\"nprov:DESK\"><name>Desk Agency</name></provider>"
        "<versionCreated>2024-02-02T10:00:00Z</versionCreated><firstCreated>2024-02-01T10:00:00Z</firstCreated></itemMeta>"
        f"<contentMeta><language tag=\"fr-FR\"/><headline>Titre</headline><dateline>PARIS, 2 fevrier</dateline>{extra}</contentMeta>"
        f"<contentSet>{body}</contentSet></newsItem>"
    )


def test_newsml_inline_xhtml_body() -> None:
    xml = item("urn:desk:1", '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
               "<head><title>ignored</title></head><body><p>Premier paragraphe.</p><p>Second <b>paragraphe</b>.</p></body></html></inlineXML>", 4)
    [article] = parse_bytes(xml.encode(), "x.xml")
    assert article.to_dict() == {
        "id": "urn:desk:1", "text": "Premier paragraphe.\n\nSecond paragraphe.", "published": "2024-02-02T10:00:00+00:00",
        "lang": "fr", "title": "Titre", "version": 4, "source": "Desk Agency", "url": None, "located": "PARIS, 2 fevrier"}


def test_newsml_inline_data_html() -> None:
    xml = item("urn:desk:2", '<inlineData contenttype="text/html">&lt;p&gt;Un.&lt;/p&gt;&lt;p&gt;Deux.&lt;/p&gt;</inlineData>')
    assert parse_bytes(xml.encode(), "x.xml")[0].text == "Un.\n\nDeux."


def test_newsml_news_message_each_item_or_its_rejection() -> None:
    body = '<inlineData contenttype="text/plain">Texte.</inlineData>'
    xml = (f'<newsMessage xmlns="{G2}"><header><sent>2024-02-02T10:00:00Z</sent></header><itemSet>'
           f"{item('urn:desk:a', body)}{item(None, body)}{item('urn:desk:c', body)}</itemSet></newsMessage>")
    articles, [rejected] = read_bytes(xml)
    assert [a.id for a in articles] == ["urn:desk:a", "urn:desk:c"]
    assert (rejected.origin.endswith("msg.xml#2"), rejected.reason) == (True, "schema")
    assert "guid" in rejected.detail


def read_bytes(xml: str):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "msg.xml")
        path.write_text(xml, encoding="utf-8")
        return read(path)


def test_newsml_package_item_refused() -> None:
    with pytest.raises(UnsupportedFormatError, match="packageItem"):
        parse_bytes(f'<packageItem xmlns="{G2}" guid="p" version="1"/>'.encode(), "p.xml")


def test_newsml_forced_format_mismatch() -> None:
    with pytest.raises(UnsupportedFormatError, match="--format newsml given, but the document is feed"):
        parse_bytes(b'<rss version="2.0"><channel/></rss>', "f.xml", fmt="newsml")
