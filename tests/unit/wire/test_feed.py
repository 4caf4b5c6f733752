"""RSS 2.0 and Atom feeds read from files."""

from __future__ import annotations

from wire_helpers import SAMPLES, read


def test_feed_rss_items_with_linked_content() -> None:
    articles, rejected = read(SAMPLES / "feeds" / "desk.rss")
    assert rejected == []
    first, second = articles
    assert (first.id, first.url, first.published, first.lang, first.source) == (
        "desk-rss-0001", "https://desk.example.org/stories/desk-rss-0001", "2024-03-14T09:30:00+00:00", "en",
        "Frontline sample desk")
    # content:encoded (the full text) wins over the description, paragraphs kept
    assert first.text == ("Government troops said on Thursday they had captured the town of Karvansk "
                          "after three weeks of fighting.\n\nRebel commanders did not comment.")
    assert second.text.startswith("A convoy of twelve lorries") and "<p>" not in second.text


def test_feed_atom_entry() -> None:
    [article], rejected = read(SAMPLES / "feeds" / "desk.atom")
    assert rejected == []
    assert (article.id, article.title, article.published, article.lang) == (
        "urn:desk:atom:0001", "Rebels withdraw from Karvansk outskirts", "2024-03-16T09:45:00+00:00", "en")
    assert article.text.split("\n\n")[1] == "Shelling was reported further north."


def test_feed_entry_without_text_rejected_others_kept(write) -> None:
    rss = ('<rss version="2.0"><channel><title>c</title>'
           "<item><guid>a</guid><title>Town held by the army</title><description>Held.</description></item>"
           "<item><guid>b</guid></item></channel></rss>")
    articles, [rejected] = read(write("f.rss", rss))
    assert [a.id for a in articles] == ["a"]
    assert rejected.origin.endswith("f.rss#b") and rejected.reason == "no-text"


def test_feed_latin1_declared_encoding(write) -> None:
    rss = ('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>c</title>'
           "<item><guid>a</guid><title>Stra\xdfe</title><description>M\xfcnchen meldet Ruhe.</description></item>"
           "</channel></rss>").encode("latin-1")
    [article], rejected = read(write("l.rss", rss))
    assert rejected == [] and (article.title, article.text) == ("Straße", "München meldet Ruhe.")
