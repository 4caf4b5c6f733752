"""web: the /towns filters and fan-out helpers and the /healthz readiness rule."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import orjson
import pytest

from frontline.errors import QueryError
from frontline.stream.web import gather_towns, merge_towns, peers, readiness, select_towns

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


def test_web_towns_rejects_malformed_filters() -> None:
    with pytest.raises(QueryError):
        select_towns(VALUES, {"status": "captured"})


def test_web_towns_rows_leave_history_to_the_detail_view() -> None:
    full = {**ROWS[0], "history": [{"when": "2017-10"}], "applied": ["e1"]}
    assert select_towns([orjson.dumps(full)], {}) == [ROWS[0]]


def test_web_gather_towns_local_scope_asks_no_peer() -> None:
    table = SimpleNamespace(values=lambda: VALUES, name="places")
    app = SimpleNamespace(router=SimpleNamespace(table_metadata=lambda name: pytest.fail("asked peers")))
    rows, failed = asyncio.run(gather_towns(app, table, {"scope": "local", "country": "SY"}))  # type: ignore[arg-type]
    assert [r["name"] for r in rows] == ["Albu Kamal", "Raqqa"] and failed == []
