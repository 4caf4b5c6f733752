"""Plain text, including the seed's form (date line first, story id last)."""

from __future__ import annotations

import json

import pytest

from frontline.model import stable_id
from frontline.wire import parse_bytes
from wire_helpers import SAMPLES, SHARED, read

SEED = SAMPLES / "seed-wire-story.txt"


def test_text_seed_story_read_as_the_gold_article() -> None:
    [article] = parse_bytes(SEED.read_bytes(), str(SEED))
    assert (article.id, article.published, article.lang) == ("agd0002-20171109_2", "2017-11-09", "de")
    assert article.text.startswith("Die Jihadistenmiliz Islamischer Staat (IS) hat ihre letzte Bastion")
    assert article.text.endswith("der letzten Gebiete weiter eine Bedrohung darstellen werden.")
    assert "date 2017-11" not in article.text and "agd0002" not in article.text
    raw = SEED.read_text(encoding="utf-8")
    assert article.text == raw.strip().removeprefix("date 2017-11").rsplit("\n", 1)[0].strip()


@pytest.mark.skipif(not (SHARED / "eval" / "seed.gold.jsonl").is_file(), reason="../shared/eval absent")
def test_text_seed_story_text_equals_gold_text() -> None:
    gold = json.loads((SHARED / "eval" / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    [article] = parse_bytes(SEED.read_bytes(), "seed")
    assert (article.id, article.published, article.lang, article.text) == (
        gold["id"], gold["published"], gold["lang"], gold["text"])
    assert SEED.read_bytes() == (SHARED / "eval" / "seed-wire-story.txt").read_bytes()


def test_text_english_sample_in_seed_form() -> None:
    articles, rejected = read(SAMPLES / "text" / "en-karvansk-capture.txt")
    assert rejected == []
    [article] = articles
    assert (article.id, article.published, article.lang) == ("fln0001-20240314_1", "2024-03-14", "en")
    assert article.text.startswith("Government troops said on Thursday")
    assert len(article.text.split("\n\n")) == 3


def test_text_plain_story_gets_hash_id_and_no_date() -> None:
    body = "Fighting continued near the river on Monday, officials said.\n\nNo town changed hands."
    [article] = parse_bytes(body.encode(), "plain.txt")
    assert article.id == stable_id("text", body)
    assert article.published is None and article.lang == "en"
    assert article.text == body
    assert parse_bytes(f"\n{body}\n\n".encode(), "again.txt")[0].id == article.id


def test_text_date_line_alone_gives_the_month() -> None:
    [article] = parse_bytes(b"date 2017-11\nDie Armee meldete am Donnerstag neue Kaempfe im Osten.", "x")
    assert article.published == "2017-11"
    assert article.text.startswith("Die Armee")


def test_text_id_line_with_day_without_date_line() -> None:
    [article] = parse_bytes(b"The army said it held the bridge.\r\n\r\nxyz0042-20240102_3\r\n", "x")
    assert (article.id, article.published, article.text) == ("xyz0042-20240102_3", "2024-01-02", "The army said it held the bridge.")


def test_text_last_sentence_is_not_taken_for_an_id() -> None:
    [article] = parse_bytes(b"Line one.\n\nThe town fell on 20240102 said officials.", "x")
    assert article.text.endswith("said officials.") and article.published is None


def test_text_empty_file_rejected_as_no_text(write) -> None:
    articles, [rejected] = read(write("empty.txt", "  \n\n "))
    assert articles == [] and rejected.reason == "no-text"
