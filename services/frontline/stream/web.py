"""The worker's HTTP views (Faust's web server): /towns, /towns.geojson, /towns/{key},
/metrics, /healthz. Filtering and GeoJSON are pure (:mod:`frontline.control.query`);
this module only gathers the table across workers and answers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from typing import Any

import aiohttp
import faust
import orjson
from faust.web import Request, Response, View

from frontline.control import query
from frontline.errors import QueryError
from frontline.metrics import CONTENT_TYPE, Metrics

log = logging.getLogger(__name__)

PEER_TIMEOUT = aiohttp.ClientTimeout(total=5.0)
GEOJSON = "application/geo+json"
MISSING_HEADER = "X-Frontline-Missing-Workers"


def select_towns(values: Iterable[bytes], params: Mapping[str, str]) -> list[dict[str, Any]]:
    """Decode table values and keep the list rows matching every filter in ``params``, sorted by key."""
    return query.select((orjson.loads(v) for v in values), query.Filters.parse(params))


def merge_towns(*parts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One list from several workers' rows: one row per key (the first seen), sorted by key."""
    rows: dict[str, dict[str, Any]] = {}
    for part in parts:
        for row in part:
            rows.setdefault(str(row.get("key")), row)
    return [rows[k] for k in sorted(rows)]


def peers(app: faust.App, table: faust.Table) -> list[str]:
    """Base URLs of the other workers that own partitions of ``table``."""
    me = str(app.conf.canonical_url).rstrip("/")
    hosts = app.router.table_metadata(table.name)  # {url: {topic: [partitions]}}
    return sorted({str(url).rstrip("/") for url, owned in hosts.items() if any(owned.values())} - {me})


async def _peer_towns(session: aiohttp.ClientSession, url: str, filters: query.Filters) -> list[dict[str, Any]]:
    async with session.get(f"{url}/towns", params={**filters.to_query(), "scope": "local"}) as response:
        response.raise_for_status()
        rows: list[dict[str, Any]] = orjson.loads(await response.read())
        return rows


async def gather_towns(
    app: faust.App, table: faust.Table, params: Mapping[str, str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """The filtered rows of this worker and, unless ?scope=local, of every other; and who did not answer."""
    filters = query.Filters.parse(params)
    local = query.select((orjson.loads(v) for v in table.values()), filters)
    others = [] if params.get("scope") == "local" else peers(app, table)
    if not others:
        return local, []
    async with aiohttp.ClientSession(timeout=PEER_TIMEOUT) as session:
        answers = await asyncio.gather(*(_peer_towns(session, u, filters) for u in others),
                                       return_exceptions=True)
    failed = []
    for url, answer in zip(others, answers):
        if isinstance(answer, BaseException):
            log.warning("/towns: worker %s did not answer: %r", url, answer)
            failed.append(url)
    rows = merge_towns(local, *(a for a in answers if not isinstance(a, BaseException)))
    return rows, failed


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


def _json_bytes(web: View, value: Any, status: int = 200, content_type: str = "application/json",
                headers: dict[str, str] | None = None) -> Response:
    return web.bytes(orjson.dumps(value), content_type=content_type, status=status, headers=headers)


def _missing(failed: list[str]) -> dict[str, str] | None:
    """A header naming the workers that did not answer: the answer is a partial table."""
    return {MISSING_HEADER: ",".join(failed)} if failed else None


def register(app: faust.App, table: faust.Table, metrics: Metrics) -> None:
    """Add the views to ``app`` (other modules add theirs with their own ``register``)."""

    async def answer(web: View, request: Request, render, **kwargs) -> Response:
        try:
            rows, failed = await gather_towns(app, table, request.query)
        except QueryError as exc:
            return _json_bytes(web, {"error": str(exc)}, status=400)
        return _json_bytes(web, render(rows), headers=_missing(failed), **kwargs)

    @app.page("/towns")
    async def towns(web: View, request: Request) -> Response:
        """This worker's places and, unless ?scope=local, those of every other worker (filters: query.py)."""
        return await answer(web, request, lambda rows: rows)

    @app.page("/towns.geojson")
    async def towns_geojson(web: View, request: Request) -> Response:
        """The same places as /towns, as a GeoJSON FeatureCollection (null geometry where unlocated)."""
        return await answer(web, request, query.feature_collection, content_type=GEOJSON)

    @app.page("/towns/{key}")
    @app.table_route(table=table, match_info="key")
    async def town(web: View, request: Request, key: str) -> Response:
        """One place with its history, from whichever worker owns it."""
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
