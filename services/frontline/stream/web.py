"""The worker's HTTP views (Faust's web server): /towns, /towns/{key}, /metrics, /healthz."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import faust
import orjson
from faust.web import Request, Response, View

from frontline.metrics import CONTENT_TYPE, Metrics

FILTERS = ("country", "controller", "status")


def select_towns(values: Iterable[bytes], query: Mapping[str, str]) -> list[dict[str, Any]]:
    """Decode table values and keep those matching every given filter, sorted by key."""
    wanted = {k: query[k] for k in FILTERS if query.get(k)}
    rows = [orjson.loads(v) for v in values]
    rows = [r for r in rows if all(str(r.get(k)) == v for k, v in wanted.items())]
    return sorted(rows, key=lambda r: str(r.get("key") or r.get("place_key") or ""))


def readiness(app: faust.App) -> tuple[bool, str]:
    """Ready once partitions are assigned and the tables recovered, outside a rebalance."""
    if app.rebalancing:
        return False, "rebalancing"
    recovery = app.tables.recovery  # type: ignore[attr-defined]
    if recovery.in_recovery:
        return False, "recovering tables"
    if not recovery.completed.is_set():  # set after the first assignment and recovery
        return False, "waiting for partition assignment"
    return True, "ready"


def _json_bytes(web: View, value: Any, status: int = 200) -> Response:
    return web.bytes(orjson.dumps(value), content_type="application/json", status=status)


def register(app: faust.App, table: faust.Table, metrics: Metrics) -> None:
    """Add the views to ``app``."""

    @app.page("/towns")
    async def towns(web: View, request: Request) -> Response:
        return _json_bytes(web, select_towns(table.values(), request.query))

    @app.page("/towns/{key}")
    @app.table_route(table=table, match_info="key")
    async def town(web: View, request: Request, key: str) -> Response:
        value = table.get(key.encode())
        if value is None:
            return _json_bytes(web, {"error": f"no place {key!r}"}, status=404)
        return _json_bytes(web, orjson.loads(value))

    @app.page("/metrics")
    async def prometheus(web: View, request: Request) -> Response:
        # aiohttp refuses a charset in content_type=, so send the header as is
        return web.bytes(metrics.exposition(), headers={"Content-Type": CONTENT_TYPE})

    @app.page("/healthz")
    async def healthz(web: View, request: Request) -> Response:
        ready, why = readiness(app)
        return _json_bytes(web, {"ready": ready, "status": why}, status=200 if ready else 503)
