"""The worker's HTTP views (Faust's web server): /towns, /towns/{key}, /metrics, /healthz."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from typing import Any

import aiohttp
import faust
import orjson
from faust.web import Request, Response, View

from frontline.metrics import CONTENT_TYPE, Metrics

log = logging.getLogger(__name__)

FILTERS = ("country", "controller", "status")
PEER_TIMEOUT = aiohttp.ClientTimeout(total=5.0)


def select_towns(values: Iterable[bytes], query: Mapping[str, str]) -> list[dict[str, Any]]:
    """Decode table values and keep those matching every given filter, sorted by key."""
    wanted = {k: query[k] for k in FILTERS if query.get(k)}
    rows = [orjson.loads(v) for v in values]
    rows = [r for r in rows if all(str(r.get(k)) == v for k, v in wanted.items())]
    return sorted(rows, key=lambda r: str(r.get("key") or r.get("place_key") or ""))


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


async def _peer_towns(session: aiohttp.ClientSession, url: str, query: Mapping[str, str]) -> list[dict[str, Any]]:
    params = {**{k: v for k, v in query.items() if k in FILTERS}, "scope": "local"}
    async with session.get(f"{url}/towns", params=params) as response:
        response.raise_for_status()
        rows: list[dict[str, Any]] = orjson.loads(await response.read())
        return rows


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
        """This worker's places and, unless ?scope=local, those of every other worker."""
        query = request.query
        local = select_towns(table.values(), query)
        others = [] if query.get("scope") == "local" else peers(app, table)
        if not others:
            return _json_bytes(web, local)
        async with aiohttp.ClientSession(timeout=PEER_TIMEOUT) as session:
            answers = await asyncio.gather(*(_peer_towns(session, u, query) for u in others),
                                           return_exceptions=True)
        failed = [u for u, a in zip(others, answers) if isinstance(a, BaseException)]
        for url, answer in zip(others, answers):
            if isinstance(answer, BaseException):
                log.warning("/towns: worker %s did not answer: %r", url, answer)
        rows = merge_towns(local, *(a for a in answers if not isinstance(a, BaseException)))
        if failed:  # a partial table, and say so
            return web.bytes(orjson.dumps(rows), content_type="application/json", status=200,
                             headers={"X-Frontline-Missing-Workers": ",".join(failed)})
        return _json_bytes(web, rows)

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
