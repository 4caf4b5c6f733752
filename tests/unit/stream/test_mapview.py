"""mapview: /map and its assets are served from package data, offline, and nothing else is."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from aiohttp.test_utils import TestClient, TestServer

from frontline.stream import mapview

OUTLINES_SHA256 = "2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8"
# Any absolute URL other than the SVG namespace would be a request leaving the worker.
_EXTERNAL = re.compile(r"""(?:src|href|url\(|fetch\()\s*=?\s*["']?(?:https?:)?//""", re.I)


def test_mapview_assets_have_types_and_bodies() -> None:
    for name, (_, content_type) in mapview.ASSETS.items():
        found = mapview.asset(name)
        assert found is not None and found[1] == content_type and found[0], name
    assert mapview.asset("../app.py") is None
    assert mapview.asset("index.html") is None  # the page is /map itself


def test_mapview_page_and_code_load_nothing_from_elsewhere() -> None:
    page = mapview.read_static("index.html").decode()
    code = mapview.read_static("map.js").decode()
    style = mapview.read_static("map.css").decode()
    for text in (page, code, style):
        assert not _EXTERNAL.search(text)
    assert '<script src="/map/map.js">' in page and 'href="/map/map.css"' in page
    assert '"/map/countries-110m.json"' in code and '"/towns"' in code
    assert "innerHTML" not in code  # evidence text is untrusted: textContent only


def test_mapview_outlines_are_the_vendored_world_atlas_file() -> None:
    body = mapview.read_static("vendor/world-atlas/countries-110m.json")
    assert hashlib.sha256(body).hexdigest() == OUTLINES_SHA256
    topology = orjson.loads(body)
    assert topology["type"] == "Topology" and topology["transform"]["scale"]
    names = {g["properties"]["name"] for g in topology["objects"]["countries"]["geometries"]}
    assert {"Syria", "Iraq", "Ukraine"} <= names
    assert b"Permission to use, copy, modify" in mapview.read_static("vendor/world-atlas/LICENSE")  # ISC


@pytest.fixture
async def client(build: Callable[..., Any]) -> Any:
    service, _ = build()
    async with TestClient(TestServer(service.app.web.web_app)) as c:
        yield c


async def test_mapview_routes_serve_page_assets_and_404(client: TestClient) -> None:
    page = await client.get("/map")
    assert page.status == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "map of control" in await page.text()
    script = await client.get("/map/map.js")
    assert script.status == 200 and script.headers["Content-Type"].startswith("application/javascript")
    outlines = await client.get("/map/countries-110m.json")
    assert hashlib.sha256(await outlines.read()).hexdigest() == OUTLINES_SHA256
    assert "max-age" in outlines.headers["Cache-Control"]
    missing = await client.get("/map/secrets.txt")
    assert missing.status == 404
