"""Every complete IPTC example is read and normalised; the contentMeta fragment is refused."""

from __future__ import annotations

import pytest

from frontline.errors import UnsupportedFormatError
from frontline.wire import parse_bytes

from wire_helpers import DATA, SAMPLES, SHARED, read

NINJS = sorted((SAMPLES / "ninjs").glob("*.json"))
PARAGRAPHS = 4  # the marked-up rendition of IPTC's example has four <p>


def test_iptc_examples_vendored_all_six_ninjs() -> None:
    assert [p.name[:3] for p in NINJS] == ["1.6", "1.6", "2.2", "2.2", "3.1", "3.1"]


@pytest.mark.parametrize("path", NINJS, ids=lambda p: p.name)
def test_iptc_examples_ninjs_normalised(path) -> None:
    [article] = parse_bytes(path.read_bytes(), str(path))
    simple = "simple" in path.name
    assert article.id == f"http://ninjs.example.com/newsitems/20130709{'simp' if simple else 'med'}123"
    assert article.title == "Captain of wrecked cruise ship on trial in Italy"
    assert article.published == "2013-07-09T10:37:00+00:00"
    assert article.lang == "en"  # declared in the complex ones, detected in the simple ones
    assert article.version == 1
    assert article.located == (None if simple else "Grossetto, Italy")
    assert article.text.startswith("GROSSETO, Italy (AP) -- The trial of the captain")
    assert article.text.endswith("Schettino has denied wrongdoing.")
    assert len(article.text.split("\n\n")) == PARAGRAPHS
    assert "<p>" not in article.text


def test_iptc_examples_newsml_news_item_without_body_keeps_headline() -> None:
    [article] = parse_bytes((SAMPLES / "newsml-g2" / "LISTING_1_A_NewsML-G2_News_Item.xml").read_bytes(), "l1")
    assert article.id == "urn:newsml:acmenews.com:20161018:US-FINANCE-FED"
    assert article.version == 11
    assert article.published == "2018-10-21T16:25:32-05:00"
    assert article.title == 'Fed to halt QE to avert "bubble"'
    assert article.text == article.title  # empty inlineXML: a headline-only item
    assert article.lang == "en"  # xml:lang="en-GB"
    assert article.source == "REUTERS"
    assert article.located == "Berlin, Germany"


def test_iptc_examples_newsml_text_document_with_nitf() -> None:
    [article] = parse_bytes((SAMPLES / "newsml-g2" / "LISTING_2_NewsML-G2_Text_Document.xml").read_bytes(), "l2")
    assert article.id == "urn:newsml:acmenews.com:20161121:US-FINANCE-FED"
    assert (article.version, article.lang, article.source) == (11, "en", "Associated Press")
    assert article.published == "2018-11-21T16:25:32-05:00"
    assert article.located == "New York, NY"
    first, second = article.text.split("\n\n")
    assert first.startswith("(New York, NY - October 21) Et, sent luptat luptat, commy Nim zzriureet")
    assert first.endswith("ad ex el utat.")
    assert second.startswith("Ugiating ea feugait") and second.endswith("dolutpat, si.")
    assert "  " not in article.text and "Staff Reporter" not in article.text


def test_iptc_examples_nitf_in_inline_xml_fragment() -> None:
    path = SAMPLES / "newsml-g2" / "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml"
    [article] = parse_bytes(path.read_bytes(), "l25")
    assert article.title == "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m."
    assert article.text.startswith("(Sports Network) - With the Philadelphia Phillies picking up momentum")
    assert article.text.endswith("looks set to be a clash of the Titans.")
    assert article.published is None and article.lang == "en"
    assert parse_bytes(path.read_bytes(), "again")[0].id == article.id  # hash id is stable


def test_iptc_examples_content_meta_fragment_refused() -> None:
    path = DATA / "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml"
    articles, [rejected] = read(path)
    assert articles == []
    assert rejected.reason == "unsupported-format"
    assert "<contentMeta>" in rejected.detail and "not a complete newsItem" in rejected.detail
    with pytest.raises(UnsupportedFormatError, match="contentMeta"):
        parse_bytes(path.read_bytes(), str(path))


@pytest.mark.skipif(not (SHARED / "iptc").is_dir(), reason="../shared/iptc not beside the checkout")
def test_iptc_examples_shared_folder_read_whole() -> None:
    """The originals in ../shared/iptc, not only the vendored copies."""
    articles, rejected = read(SHARED / "iptc" / "ninjs" / "examples", SHARED / "iptc" / "newsml-g2")
    assert len(articles) == 9  # six ninjs, LISTING_1, LISTING_2, LISTING_25
    assert [(r.origin.rsplit("/", 1)[-1][:10], r.reason) for r in rejected] == [("LISTING_28", "unsupported-format")]


@pytest.mark.skipif(not (SHARED / "iptc").is_dir(), reason="../shared/iptc not beside the checkout")
def test_iptc_examples_schemas_are_not_articles() -> None:
    articles, rejected = read(SHARED / "iptc" / "ninjs" / "schemas")
    assert articles == [] and {r.reason for r in rejected} == {"schema"}
