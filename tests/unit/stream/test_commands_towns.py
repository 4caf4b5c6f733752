"""commands.towns: `frontline towns` sends its filters to /towns, shows one place with history."""

from __future__ import annotations

import argparse
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson
import pytest

from frontline.settings import Settings
from frontline.stream.commands import towns

TOWN = {"key": "gn:174448", "name": "Abu Kamal", "country": "SY", "controller": "IS",
        "status": "controlled", "since": "2017-11-20",
        "history": [{"when": "2017-11-09", "kind": "capture", "winner": "GOV:SY", "loser": "IS"}]}


class _Handler(BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.seen.append(self.path)
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        if url.path == "/towns" and query.get("status") == "held":
            self._send(400, {"error": "status held: use one of controlled, contested, besieged, unknown"})
        elif url.path == "/towns":
            self._send(200, [{k: v for k, v in TOWN.items() if k != "history"}])
        elif url.path == "/towns/gn%3A174448":
            self._send(200, TOWN)
        else:
            self._send(404, {"error": "no place"})

    def _send(self, status: int, body: Any) -> None:
        data = orjson.dumps(body)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def worker_url() -> Iterator[str]:
    _Handler.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _args(url: str, key: str | None = None, json: bool = False, **filters: str | None) -> argparse.Namespace:
    values = {"country": None, "controller": None, "status": None, "changed_since": None, **filters}
    return argparse.Namespace(url=url, key=key, json=json, **values)


def test_commands_towns_sends_filters_and_renders_table(worker_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert towns(Settings(), _args(worker_url, country="SY", status="controlled,besieged",
                                   changed_since="2017-11")) == 0
    [path] = _Handler.seen
    assert dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query)) == {
        "country": "SY", "status": "controlled,besieged", "changed_since": "2017-11"}
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["PLACE", "COUNTRY", "CONTROLLER", "STATUS", "SINCE", "KEY"]
    assert "Abu Kamal" in out and "IS" in out


def test_commands_towns_key_shows_history(worker_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert towns(Settings(), _args(worker_url, key="gn:174448")) == 0
    out = capsys.readouterr().out
    assert "history:" in out and "2017-11-09" in out and "GOV:SY <- IS" in out
    assert towns(Settings(), _args(worker_url, key="gn:174448", json=True)) == 0
    assert orjson.loads(capsys.readouterr().out) == TOWN


def test_commands_towns_reports_a_refused_filter(worker_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert towns(Settings(), _args(worker_url, status="held")) == 1
    assert "status held: use one of" in capsys.readouterr().err


def test_commands_towns_without_worker_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert towns(Settings(), _args("http://127.0.0.1:9")) == 2
    assert "no worker answers" in capsys.readouterr().err
