"""The worker's map of control: GET /map (an offline page) and its assets under /map/.

The page (static/index.html, map.js, map.css) reads /towns from the same worker and
draws each place over Natural Earth outlines vendored from world-atlas
(static/vendor/world-atlas/countries-110m.json); it needs no tile server or CDN.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import faust
from faust.web import Request, Response, View

STATIC = "static"
# URL name -> (file under static/, content type). Only these are served.
ASSETS: dict[str, tuple[str, str]] = {
    "map.js": ("map.js", "application/javascript; charset=utf-8"),
    "map.css": ("map.css", "text/css; charset=utf-8"),
    "countries-110m.json": ("vendor/world-atlas/countries-110m.json", "application/json"),
    "LICENSE-world-atlas": ("vendor/world-atlas/LICENSE", "text/plain; charset=utf-8"),
}
PAGE = ("index.html", "text/html; charset=utf-8")
# The page and its code may change with a deployment; the outlines never do.
CACHE = {"countries-110m.json": "public, max-age=86400"}


@lru_cache(maxsize=None)
def read_static(relative: str) -> bytes:
    """The bytes of a file under static/ (package data)."""
    node = resources.files(__package__).joinpath(STATIC)
    for part in relative.split("/"):
        node = node.joinpath(part)
    return node.read_bytes()


def asset(name: str) -> tuple[bytes, str] | None:
    """``(body, content type)`` of the asset served as /map/<name>, or None if there is none."""
    found = ASSETS.get(name)
    if found is None:
        return None
    relative, content_type = found
    return read_static(relative), content_type


def _send(web: View, body: bytes, content_type: str, cache: str = "no-cache", status: int = 200) -> Response:
    # aiohttp refuses a charset in content_type=, so send the header as is
    return web.bytes(body, status=status, headers={"Content-Type": content_type, "Cache-Control": cache})


def register(app: faust.App) -> None:
    """Add /map and /map/{asset} to ``app``."""

    @app.page("/map")
    async def map_page(web: View, request: Request) -> Response:
        relative, content_type = PAGE
        return _send(web, read_static(relative), content_type)

    @app.page("/map/{name}")
    async def map_asset(web: View, request: Request, name: str) -> Response:
        found = asset(name)
        if found is None:
            return _send(web, f"no asset {name!r}\n".encode(), "text/plain; charset=utf-8", status=404)
        body, content_type = found
        return _send(web, body, content_type, CACHE.get(name, "no-cache"))
