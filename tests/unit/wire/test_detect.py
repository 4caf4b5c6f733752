"""Format names and detection."""

from __future__ import annotations

import pytest

from frontline.errors import UnsupportedFormatError
from frontline.wire.detect import canonical, sniff


@pytest.mark.parametrize(("given", "name"), [
    (None, None), ("JSONL", "json"), ("rss", "feed"), ("atom", "feed"), ("NewsML-G2", "newsml"),
    ("txt", "text"), ("ninjs", "ninjs"), ("nitf", "nitf")])
def test_detect_canonical(given, name) -> None:
    assert canonical(given) == name


def test_detect_unknown_format() -> None:
    with pytest.raises(UnsupportedFormatError, match="choose one of text, json, ninjs, newsml, nitf, feed"):
        canonical("pdf")


@pytest.mark.parametrize(("text", "shape"), [
    ("  {\"a\": 1}", "json"), ("[1]", "json"), ("\n<?xml version='1.0'?><a/>", "xml"), ("date 2017-11 Die", "text")])
def test_detect_sniff(text, shape) -> None:
    assert sniff(text) == shape
