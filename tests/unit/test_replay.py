"""replay: the whole pipeline in one process, in published order, without Kafka."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import orjson
import pytest

from frontline import replay as replay_module
from frontline import schemas
from frontline.model import Article, ControlEvent
from frontline.replay import replay, replay_command
from frontline.settings import Settings


def _capture(article: Article, winner: str, loser: str) -> ControlEvent:
    return ControlEvent("Albu Kamal", "SY", "capture", winner, loser, article.published, True,
                        "evidence", geonames_id=174448, article_id=article.id, published=article.published)


class ByArticle:
    """An extractor twin: each article's text names the winner and loser ("GOV:SY<IS")."""

    def extract(self, article: Article) -> list[ControlEvent]:
        winner, _, loser = article.text.partition("<")
        return [_capture(article, winner, loser)] if loser else []


OLD = Article(id="old", text="GOV:SY<IS", published="2017-11-09")
NEW = Article(id="new", text="IS<GOV:SY", published="2017-11-20")
NOISE = Article(id="noise", text="no event here", published="2017-11-10")


def test_replay_orders_by_published_and_keeps_final_table() -> None:
    result = replay([NEW, NOISE, OLD], ByArticle())  # type: ignore[arg-type]
    assert (result.articles, result.events) == (3, 2)
    assert [t["controller"] for t in result.towns] == ["IS"]
    assert result.alerts, "each change of controller raises an alert"
    assert orjson.loads(orjson.dumps(result.to_dict()))["towns"] == result.towns


def test_replay_same_articles_twice_add_no_alert() -> None:
    once = replay([OLD, NEW], ByArticle())  # type: ignore[arg-type]
    twice = replay([OLD, NEW, OLD, NEW], ByArticle())  # type: ignore[arg-type]
    assert [a.id for a in twice.alerts] == [a.id for a in once.alerts]
    assert twice.towns == once.towns


def test_replay_command_json_shape(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "wire.jsonl"
    src.write_bytes(b"\n".join(orjson.dumps(a.to_dict()) for a in (OLD, NOISE)) + b"\n")
    monkeypatch.setattr(replay_module.Extractor, "load", classmethod(lambda cls: ByArticle()))
    out = io.StringIO()
    args = argparse.Namespace(sources=[str(src)], format=None, json=True)
    assert replay_command(Settings(), args, out=out) == 0
    doc = orjson.loads(out.getvalue())
    assert set(doc) == {"alerts", "towns"}
    assert all(schemas.first_error("alert", a) is None for a in doc["alerts"])
    assert all(schemas.first_error("place-state", t) is None for t in doc["towns"])
    assert [t["controller"] for t in doc["towns"]] == ["GOV:SY"]
    assert len(doc["alerts"]) == 1


def test_replay_command_text_and_rejected_exit_status(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.jsonl").write_bytes(orjson.dumps(OLD.to_dict()) + b"\n" + orjson.dumps({"id": "x", "text": ""}) + b"\n")
    monkeypatch.setattr(replay_module.Extractor, "load", classmethod(lambda cls: ByArticle()))
    out = io.StringIO()
    args = argparse.Namespace(sources=[str(tmp_path / "a.jsonl")], format=None, json=False)
    assert replay_command(Settings(), args, out=out) == 1
    text = out.getvalue()
    assert "Albu Kamal" in text and "GOV:SY" in text


def test_extract_command_prints_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.jsonl").write_bytes(orjson.dumps(OLD.to_dict()) + b"\n")
    monkeypatch.setattr(replay_module.Extractor, "load", classmethod(lambda cls: ByArticle()))
    out = io.StringIO()
    args = argparse.Namespace(sources=[str(tmp_path / "a.jsonl")], format=None)
    assert replay_module.extract_command(Settings(), args, out=out) == 0
    [line] = out.getvalue().splitlines()
    assert orjson.loads(line)["winner"] == "GOV:SY"
