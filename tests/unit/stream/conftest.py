"""Fixtures for the stream tests: a Faust app on the memory store, no broker."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from frontline.metrics import Metrics
from frontline.model import Article, ControlEvent
from frontline.settings import Settings
from frontline.stream.app import FrontlineApp, make_app
from frontline.stream.topics import MemoryOutbox

_ids = itertools.count()


class ScriptedExtractor:
    """An extractor twin: returns the events given for an article id, or raises."""

    def __init__(self, script: dict[str, list[ControlEvent] | Exception] | None = None) -> None:
        self.script = script or {}

    def extract(self, article: Article) -> list[ControlEvent]:
        result = self.script.get(article.id, [])
        if isinstance(result, Exception):
            raise result
        return result


def make_capture(article_id: str = "a1", place: str = "Albu Kamal", winner: str = "GOV:SY",
            loser: str = "IS", when: str = "2017-11-09") -> ControlEvent:
    return ControlEvent(place, "SY", "capture", winner, loser, when, True,
                        f"{winner} took {place}.", geonames_id=174448 if place == "Albu Kamal" else None,
                        article_id=article_id, published=when)


@pytest.fixture
def capture() -> Callable[..., ControlEvent]:
    """A factory of capture events (default: Albu Kamal to GOV:SY from IS)."""
    return make_capture


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(app_id=f"frontline-unit-{next(_ids)}", store="memory://", data_dir=tmp_path,
                    partitions=1, max_article_bytes=2000)


@pytest.fixture
def build(settings: Settings) -> Callable[..., tuple[FrontlineApp, MemoryOutbox]]:
    """A factory: the service with a ScriptedExtractor of ``script`` and a MemoryOutbox."""

    def make(script: dict[str, list[ControlEvent] | Exception] | None = None) -> tuple[FrontlineApp, MemoryOutbox]:
        outbox = MemoryOutbox()
        service = make_app(settings, extractor=ScriptedExtractor(script),  # type: ignore[arg-type]
                           metrics=Metrics.create(CollectorRegistry()), outbox=outbox)
        return service, outbox

    return make
