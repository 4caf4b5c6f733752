"""Fixtures for the browser tests (tests/e2e/): the integration fixtures (a broker, unique
names, a Deployment of worker subprocesses), a headless Chromium, and ``open_page``, a
small DevTools-protocol driver for it (no WebDriver, no downloads).

The integration helpers are loaded from tests/integration/ by path, not copied.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import importlib.util
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import aiohttp
import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "deploy" / "browser" / "install.sh"


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_integration = _load("frontline_it_conftest", ROOT / "tests" / "integration" / "conftest.py")
worker_helpers = _load("frontline_it_worker", ROOT / "tests" / "integration" / "workers.py")

# Re-exported fixtures (pytest finds them by name in this module).
bootstrap = _integration.bootstrap
run_id = _integration.run_id
unique_name = _integration.unique_name
_kafka_up = _integration._kafka_up
deployment = worker_helpers.deployment


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a Chromium binary (FRONTLINE_CHROMIUM, else `chromium`), installed by
    deploy/browser/install.sh when missing (idempotent; Debian's package)."""
    name = os.environ.get("FRONTLINE_CHROMIUM", "chromium")
    if shutil.which(name) is None:
        done = subprocess.run([str(INSTALL)], capture_output=True, text=True, timeout=900)
        if done.returncode != 0 or shutil.which(name) is None:
            pytest.fail(f"no Chromium ({name}) and {INSTALL} failed ({done.returncode}):\n"
                        f"{done.stdout}{done.stderr}", pytrace=False)
    found = shutil.which(name)
    assert found is not None
    return found


# ---------------------------------------------------------------- headless Chromium over DevTools

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--disable-dev-shm-usage",
    "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
)
START_SECONDS = 30.0


class Page:
    """One browser tab driven over the Chrome DevTools Protocol (a WebSocket, aiohttp).

    It records every request the page makes and every uncaught exception or console error.
    """

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.requests: list[str] = []
        self.errors: list[str] = []
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self._ws:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self._waiting:
                self._waiting.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.requestWillBeSent":
                self.requests.append(data["params"]["request"]["url"])
            elif data.get("method") == "Runtime.exceptionThrown":
                self.errors.append(json.dumps(data["params"]["exceptionDetails"])[:500])
            elif data.get("method") == "Runtime.consoleAPICalled" and data["params"]["type"] == "error":
                self.errors.append(json.dumps(data["params"]["args"])[:500])

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        ident = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[ident] = future
        await self._ws.send_str(json.dumps({"id": ident, "method": method, "params": params}))
        answer = await asyncio.wait_for(future, timeout=60)
        if "error" in answer:
            raise AssertionError(f"{method}: {answer['error']}")
        result: dict[str, Any] = answer["result"]
        return result

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (awaited if it is a promise)."""
        answer = await self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in answer:
            raise AssertionError(f"{expression!r} threw {answer['exceptionDetails']}")
        return answer["result"].get("value")

    async def wait_for(self, expression: str, seconds: float = 30.0) -> Any:
        """Poll until ``expression`` is truthy; its value. Fails with the last value at the deadline."""
        deadline = time.monotonic() + seconds
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                pytest.fail(f"page: {expression!r} still {value!r} after {seconds:.0f} s; errors {self.errors}")
            await asyncio.sleep(0.2)

    async def goto(self, url: str, width: int, height: int) -> None:
        await self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                        deviceScaleFactor=1, mobile=False)
        await self.send("Page.navigate", url=url)
        await self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    async def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            await self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    async def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode((await self.send("Page.captureScreenshot", format="png"))["data"])
        path.write_bytes(data)
        return data


@contextlib.asynccontextmanager
async def open_page(binary: str, profile: Path) -> AsyncIterator[Page]:
    """A fresh headless Chromium (own profile, DevTools on a free loopback port) with one tab."""
    profile.mkdir(parents=True, exist_ok=True)
    log = (profile.parent / f"{profile.name}.log").open("wb")
    process = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1",
                                "--remote-debugging-port=0", "about:blank"], stdout=log, stderr=subprocess.STDOUT)
    try:
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_SECONDS
        while not (active.exists() and len(active.read_text().split()) >= 2):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chromium did not open DevTools (exit {process.poll()}); see {log.name}")
            await asyncio.sleep(0.1)
        port = active.read_text().split()[0]
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/json/list") as response:
                targets = await response.json()
            (tab,) = [t for t in targets if t["type"] == "page"]
            async with session.ws_connect(tab["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                page = Page(ws)
                for domain in ("Page", "Runtime", "Network"):
                    await page.send(f"{domain}.enable")
                try:
                    yield page
                finally:
                    page._reader.cancel()
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        log.close()


@pytest.fixture
def browser(chromium: str, tmp_path: Path) -> Callable[[], contextlib.AbstractAsyncContextManager[Page]]:
    """``async with browser() as page:`` a fresh headless Chromium tab (own profile under tmp_path)."""
    names = itertools.count()
    return lambda: open_page(chromium, tmp_path / f"chromium-{next(names)}")
