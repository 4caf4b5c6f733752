"""Broken and hostile inputs are refused with the right reason, quickly, and never fetched."""

from __future__ import annotations

import json
import time

import pytest

from frontline.errors import DecodeError, TooLargeError, UnsupportedFormatError
from frontline.wire import parse_bytes
from wire_helpers import read

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">\n' for n in range(1, 10))
    + ']>\n<newsItem guid="bomb" version="1"><contentMeta><headline>&lol9;</headline></contentMeta></newsItem>'
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    "<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>"
)
TWENTY_MB = 20 * 1024 * 1024


def test_hostile_malformed_xml_is_a_decode_rejection(write) -> None:
    _, [rejected] = read(write("broken.xml", '<newsItem guid="a"><contentMeta><headline>x</contentMeta>'))
    assert rejected.reason == "decode" and "malformed XML: mismatched tag" in rejected.detail


def test_hostile_billion_laughs_refused_without_expansion(write) -> None:
    started = time.perf_counter()
    _, [rejected] = read(write("bomb.xml", BILLION_LAUGHS))
    assert time.perf_counter() - started < 2
    assert rejected.reason == "unsupported-format"
    assert "entity declaration 'lol'" in rejected.detail


def test_hostile_external_entity_refused_and_not_read(write) -> None:
    _, [rejected] = read(write("xxe.xml", XXE))
    assert rejected.reason == "unsupported-format"
    assert "file:///etc/passwd" in rejected.detail and "root:" not in rejected.detail
    with pytest.raises(UnsupportedFormatError):
        parse_bytes(XXE.encode(), "xxe.xml")


def test_hostile_external_entity_in_a_feed_refused(write) -> None:
    rss = XXE.replace("nitf", "rss").replace("<body><body.content><p>&xxe;</p></body.content></body>",
                                            "<channel><item><title>&xxe;</title></item></channel>")
    _, [rejected] = read(write("xxe.rss", rss))
    assert rejected.reason == "unsupported-format"


def test_hostile_external_dtd_is_not_fetched(write) -> None:
    xml = ('<?xml version="1.0"?><!DOCTYPE newsItem SYSTEM "http://127.0.0.1:9/never.dtd">'
           '<newsItem guid="g" version="1"><contentMeta><headline>Town held by the army after clashes</headline>'
           "</contentMeta></newsItem>")
    [article], rejected = read(write("dtd.xml", xml))
    assert rejected == [] and article.id == "g"


def test_hostile_twenty_megabyte_body_too_large(write) -> None:
    doc = json.dumps({"uri": "u:big", "headline": "Big", "body_text": "x" * TWENTY_MB})
    articles, [rejected] = read(write("big.json", doc))
    assert articles == [] and rejected.reason == "too-large"
    assert "20,971" in rejected.detail and "5,000,000" in rejected.detail
    with pytest.raises(TooLargeError):
        parse_bytes(doc.encode(), "big.json", max_bytes=5_000_000)


def test_hostile_twenty_megabyte_line_in_json_lines_only_that_line(write) -> None:
    good = json.dumps({"id": "ok", "text": "The army held the town."})
    big = json.dumps({"id": "big", "text": "y" * TWENTY_MB})
    path = write("wire.jsonl", f"{good}\n{big}\n{good.replace('ok', 'ok2')}\n")
    articles, [rejected] = read(path)
    assert [a.id for a in articles] == ["ok", "ok2"]
    assert (rejected.origin, rejected.reason) == (f"{path}:2", "too-large")


def test_hostile_latin1_bytes_in_utf8_text(write) -> None:
    data = "Die Armee meldete am Donnerstag:\n".encode() + "Kämpfe um die Straße nach Süden.".encode("latin-1")
    _, [rejected] = read(write("latin1.txt", data))
    assert rejected.reason == "decode"
    assert "invalid UTF-8 at byte 34 (line 2): 0xe4" in rejected.detail
    assert "Latin-1" in rejected.detail


def test_hostile_latin1_bytes_in_utf8_xml() -> None:
    xml = '<?xml version="1.0" encoding="UTF-8"?><nitf><body><p>M\xfcnchen</p></body></nitf>'.encode("latin-1")
    with pytest.raises(DecodeError, match="invalid UTF-8 at byte"):
        parse_bytes(xml, "l.xml")


def test_hostile_binary_file(write) -> None:
    _, [rejected] = read(write("image.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert rejected.reason == "decode"


def test_hostile_utf16_with_bom_is_fine() -> None:
    text = "The army said it held the town of Karvansk on Monday."
    [article] = parse_bytes(text.encode("utf-16"), "u16.txt")
    assert article.text == text


def test_hostile_unknown_root_element() -> None:
    with pytest.raises(UnsupportedFormatError, match="XML root <svg> is not a known wire format"):
        parse_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"/>', "x.svg")
