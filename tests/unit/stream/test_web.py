"""web: the /towns filter and the /healthz readiness rule."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import orjson

from frontline.stream.web import readiness, select_towns

ROWS = [
    {"key": "gn:2", "name": "Raqqa", "country": "SY", "controller": "SDF", "status": "controlled"},
    {"key": "gn:1", "name": "Albu Kamal", "country": "SY", "controller": "GOV:SY", "status": "controlled"},
    {"key": "gn:3", "name": "Rawa", "country": "IQ", "controller": "IS", "status": "besieged"},
]
VALUES = [orjson.dumps(r) for r in ROWS]


def test_web_towns_unfiltered_sorted_by_key() -> None:
    assert [t["key"] for t in select_towns(VALUES, {})] == ["gn:1", "gn:2", "gn:3"]


def test_web_towns_filters_combine() -> None:
    assert [t["name"] for t in select_towns(VALUES, {"country": "SY"})] == ["Albu Kamal", "Raqqa"]
    assert [t["name"] for t in select_towns(VALUES, {"country": "SY", "controller": "SDF"})] == ["Raqqa"]
    assert [t["name"] for t in select_towns(VALUES, {"status": "besieged"})] == ["Rawa"]
    assert select_towns(VALUES, {"controller": "HTS"}) == []


def test_web_towns_ignores_empty_and_unknown_filters() -> None:
    assert len(select_towns(VALUES, {"country": "", "colour": "red"})) == 3


def _app(rebalancing: bool, in_recovery: bool, completed: bool) -> SimpleNamespace:
    event = asyncio.Event()
    if completed:
        event.set()
    recovery = SimpleNamespace(in_recovery=in_recovery, completed=event)
    return SimpleNamespace(rebalancing=rebalancing, tables=SimpleNamespace(recovery=recovery))


def test_web_readiness_only_after_assignment_and_recovery() -> None:
    assert readiness(_app(False, False, False)) == (False, "waiting for partition assignment")
    assert readiness(_app(True, False, True)) == (False, "rebalancing")
    assert readiness(_app(False, True, True)) == (False, "recovering tables")
    assert readiness(_app(False, False, True)) == (True, "ready")
