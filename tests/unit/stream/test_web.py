"""web: the /towns filter and the /healthz readiness rule."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import orjson

from frontline.stream.web import merge_towns, peers, readiness, select_towns

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


def test_web_merge_towns_one_row_per_key_sorted() -> None:
    mine = [ROWS[1]]
    theirs = [ROWS[2], {**ROWS[1], "controller": "stale copy"}]
    merged = merge_towns(mine, theirs, [ROWS[0]])
    assert [t["key"] for t in merged] == ["gn:1", "gn:2", "gn:3"]
    assert merged[0]["controller"] == "GOV:SY"


def test_web_peers_are_the_other_owners() -> None:
    meta = {
        "http://127.0.0.1:1/": {"places-changelog": [0]},
        "http://127.0.0.1:2/": {"places-changelog": [1]},
        "http://127.0.0.1:3/": {"places-changelog": []},
    }
    app = SimpleNamespace(conf=SimpleNamespace(canonical_url="http://127.0.0.1:1"),
                          router=SimpleNamespace(table_metadata=lambda name: meta))
    assert peers(app, SimpleNamespace(name="places")) == ["http://127.0.0.1:2"]  # type: ignore[arg-type]
