"""The /map page in headless Chromium against a live worker, before and after the seed story.

One worker subprocess on the real broker (unique app id and topics). Chromium (Debian's,
fresh profile, no background traffic, driven over the DevTools protocol) opens /map on
the empty table; then the seed story is fed with `frontline feed` and the page, by its
own periodic refresh, draws the seed's places. The test checks the points against /towns,
the legend, the outlines, a click's popup, that every request stayed on the worker, and
saves test-artifacts/map.png (all places) and map-popup.png (the popup of Albu Kamal).
"""

from __future__ import annotations

import asyncio
import colorsys
import json
import re
import struct
import urllib.parse
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from frontline_it_worker import (  # tests/integration/test_worker.py, loaded by conftest.py
    SEED,
    Deployment,
    is_albu_kamal,
    read_topic,
    seed_alerts,
    wait_consumed,
)

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
WIDTH, HEIGHT = 1280, 800
REFRESH_SECONDS = 2
# Places the seed story reports (the names GeoNames gives them vary in spelling).
SEED_PLACES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "Albu Kamal": is_albu_kamal,
    "Raqqa": lambda t: "raqq" in t["name"].lower(),
    "Mosul": lambda t: "mosul" in t["name"].lower(),
}

# Every point as the browser laid it out: attributes and its box on screen.
POINTS_JS = """Array.from(document.querySelectorAll('#places circle')).map(function (c) {
  var b = c.getBoundingClientRect();
  return {key: c.dataset.place, name: c.dataset.name, controller: c.dataset.controller,
          status: c.dataset.status, fill: c.getAttribute('fill'),
          x: b.left + b.width / 2, y: b.top + b.height / 2, r: b.width / 2};
})"""
# A point inside the circle of place %s that a click would reach (others may overlap it).
CLICKABLE_JS = """(function (key) {
  var c = document.querySelector('#places circle[data-place="' + CSS.escape(key) + '"]');
  var b = c.getBoundingClientRect();
  for (var dy = 0; dy <= b.height; dy += 1) for (var dx = 0; dx <= b.width; dx += 1) {
    var x = b.left + dx, y = b.top + dy;
    if (document.elementFromPoint(x, y) === c) return [x, y];
  }
  return null;
})(%s)"""


# ---------------------------------------------------------------- PNG


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    rows: list[bytes]
    bpp: int

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        i = x * self.bpp
        r, g, b = self.rows[y][i:i + 3]
        return r, g, b


def read_png(data: bytes) -> Image:
    """An 8-bit, non-interlaced RGB(A) PNG (what Chromium writes), unfiltered."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, header
    bpp = 3 if colour_type == 2 else 4
    raw, stride, rows, previous = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return Image(width, height, rows, bpp)


def css_rgb(css: str) -> tuple[int, int, int]:
    """RGB of a fill the page sets: ``#rrggbb`` or ``hsl(h, s%, l%)``."""
    if css.startswith("#"):
        return int(css[1:3], 16), int(css[3:5], 16), int(css[5:7], 16)
    hue, sat, light = (float(v) for v in re.findall(r"[\d.]+", css))
    r, g, b = colorsys.hls_to_rgb(hue / 360, light / 100, sat / 100)
    return round(r * 255), round(g * 255), round(b * 255)


def count_colour(image: Image, centre: tuple[int, int], radius: int, rgb: tuple[int, int, int],
                 tolerance: int = 3) -> int:
    """Pixels of colour ``rgb`` within ``radius`` of ``centre``."""
    cx, cy = centre
    return sum(1 for y in range(max(0, cy - radius), min(image.height, cy + radius + 1))
               for x in range(max(0, cx - radius), min(image.width, cx + radius + 1))
               if (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
               and all(abs(a - b) <= tolerance for a, b in zip(image.rgb(x, y), rgb)))


# ---------------------------------------------------------------- the test


async def test_map_browser_draws_seed_places_refreshes_and_pops_up(
    deployment: Deployment, browser: Callable[..., Any]
) -> None:
    worker = deployment.start_worker("map")
    await asyncio.to_thread(worker.wait_ready)
    ARTIFACTS.mkdir(exist_ok=True)
    shot, popup_shot = ARTIFACTS / "map.png", ARTIFACTS / "map-popup.png"
    for path in (shot, popup_shot):
        path.unlink(missing_ok=True)

    async with browser() as page:
        await page.goto(f"{worker.url}/map?refresh={REFRESH_SECONDS}", WIDTH, HEIGHT)
        # The empty table: the whole world, no points, and no error.
        await page.wait_for("document.getElementById('status').dataset.state === 'ok'")
        assert await page.evaluate("document.querySelectorAll('#places circle').length") == 0
        assert await page.evaluate("document.querySelectorAll('#countries path').length") > 150

        # The seed story arrives; the page's own refresh picks up the whole table.
        # (The helpers block and run their own event loops: off this loop, in a thread.)
        await asyncio.to_thread(deployment.frontline, "feed", str(SEED))
        await asyncio.to_thread(read_topic, deployment.bootstrap, deployment.topic("alerts"),
                                until=lambda r: bool(seed_alerts(r)))
        await asyncio.to_thread(wait_consumed, deployment.bootstrap, deployment.app_id,
                                [deployment.topic("articles"), deployment.topic("events")])
        status, towns = await asyncio.to_thread(worker.get, "/towns")
        assert status == 200 and towns
        located = {t["key"]: t for t in towns if t.get("lat") is not None and t.get("lon") is not None}
        await page.wait_for(f"document.getElementById('status').dataset.count === '{len(located)}'")

        points = {p["key"]: p for p in await page.evaluate(POINTS_JS)}
        assert set(points) == set(located)
        seed = {label: [t for t in towns if match(t)] for label, match in SEED_PLACES.items()}
        assert all(len(found) == 1 for found in seed.values()), {k: [t["name"] for t in v] for k, v in seed.items()}
        for label, (town,) in seed.items():
            point = points[town["key"]]
            assert (point["name"], point["controller"], point["status"]) == (
                town["name"], town["controller"] or "", town["status"]), label
            assert 0 < point["x"] < WIDTH and 0 < point["y"] < HEIGHT and point["r"] >= 3, (label, point)
        # Geography holds: Mosul lies north-east of Raqqa, Albu Kamal south-east (y grows down).
        xy = {label: (points[t[0]["key"]]["x"], points[t[0]["key"]]["y"]) for label, t in seed.items()}
        assert xy["Mosul"][0] > xy["Raqqa"][0] and xy["Mosul"][1] < xy["Raqqa"][1]
        assert xy["Albu Kamal"][0] > xy["Raqqa"][0] and xy["Albu Kamal"][1] > xy["Raqqa"][1]
        # One colour per controller, and the legend names each with its count.
        fills: dict[str, set[str]] = {}
        for point in points.values():
            fills.setdefault(point["controller"], set()).add(point["fill"])
        assert all(len(f) == 1 for f in fills.values()) and len({min(f) for f in fills.values()}) == len(fills)
        legend = await page.evaluate(
            "Array.from(document.querySelectorAll('#legend-controllers li')).map(function (li) {"
            " return [li.dataset.controller, li.textContent]; })")
        counts: dict[str, int] = {}
        for town in towns:
            counts[town["controller"] or ""] = counts.get(town["controller"] or "", 0) + 1
        assert {c: text for c, text in legend} == {c: f"{c or 'no controller'} ({n})" for c, n in counts.items()}
        countries = set(await page.evaluate(
            "Array.from(document.querySelectorAll('#countries path')).map(function (p) { return p.dataset.country; })"))
        assert {"Syria", "Iraq", "Turkey"} <= countries
        last_change = await page.evaluate("document.getElementById('status').dataset.lastChange")
        assert last_change == max(t["since"] or "" for t in towns)

        # map.png: each seed place is painted in its controller's colour where the page put it.
        image = read_png(await page.screenshot(shot))
        assert (image.width, image.height) == (WIDTH, HEIGHT)
        for label, (town,) in seed.items():
            point = points[town["key"]]
            radius = int(point["r"])
            painted = count_colour(image, (round(point["x"]), round(point["y"])), radius, css_rgb(point["fill"]))
            assert painted >= radius * radius // 2, (label, point, painted)

        # A click on Albu Kamal opens its popup: state, time of change, deciding evidence.
        albu_kamal = seed["Albu Kamal"][0]
        target = await page.evaluate(CLICKABLE_JS % json_str(albu_kamal["key"]))
        assert target, "Albu Kamal is entirely covered by other points"
        await page.click(*target)
        await page.wait_for(f"document.getElementById('popup').dataset.popupFor === {json_str(albu_kamal['key'])}")
        assert await page.evaluate("document.getElementById('popup').hidden") is False
        shown = " ".join((await page.evaluate("document.getElementById('popup').textContent")).split())
        assert albu_kamal["name"] in shown and "GOV:SY" in shown and albu_kamal["since"] in shown
        assert " ".join(albu_kamal["deciding"]["evidence"].split()) in shown
        popup = read_png(await page.screenshot(popup_shot))
        assert (popup.width, popup.height) == (WIDTH, HEIGHT)

        # Offline: every request went to this worker, and nothing threw.
        assert page.requests and all(u.startswith(worker.url + "/") for u in page.requests), page.requests
        assert {urllib.parse.urlsplit(u).path for u in page.requests} >= {"/map", "/map/map.js", "/map/map.css",
                                                                         "/map/countries-110m.json", "/towns"}
        assert page.errors == []
    print(f"map: {len(points)} places, {len(countries)} countries, {len(fills)} controllers; "
          f"{len(page.requests)} requests; screenshots {shot}, {popup_shot}")


def json_str(value: str) -> str:
    """``value`` as a JavaScript string literal."""
    return json.dumps(value)
