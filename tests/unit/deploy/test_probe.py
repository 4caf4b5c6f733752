"""deploy/kafka/probe.py: the Metadata v4 request it sends and the answer it reads."""

from __future__ import annotations

import struct
from collections.abc import Callable
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def probe(script: Callable[[str], ModuleType]) -> ModuleType:
    return script("probe")


def _string(s: str | None) -> bytes:
    if s is None:
        return struct.pack(">h", -1)
    raw = s.encode()
    return struct.pack(">h", len(raw)) + raw


def _response(correlation_id: int, brokers: list[tuple[int, str, int]], cluster_id: str | None) -> bytes:
    body = struct.pack(">ii", correlation_id, 0) + struct.pack(">i", len(brokers))
    for node_id, host, port in brokers:
        body += struct.pack(">i", node_id) + _string(host) + struct.pack(">i", port) + _string(None)
    body += _string(cluster_id) + struct.pack(">i", 1) + struct.pack(">i", 0)  # controller, no topics
    return body


def test_probe_request_is_metadata_v4_for_no_topics(probe: ModuleType) -> None:
    frame = probe.encode_metadata_request(7)
    (size,) = struct.unpack_from(">i", frame)
    assert size == len(frame) - 4
    api_key, version, correlation_id, client_len = struct.unpack_from(">hhih", frame, 4)
    assert (api_key, version, correlation_id) == (3, 4, 7)
    body = frame[4 + 10 + client_len :]
    assert body == struct.pack(">ib", 0, 0)  # empty topic list, no auto-creation


def test_probe_decodes_brokers_and_cluster_id(probe: ModuleType) -> None:
    meta = probe.decode_metadata_response(_response(7, [(1, "127.0.0.1", 9092)], "abc"), 7)
    assert meta.cluster_id == "abc"
    assert meta.controller_id == 1
    assert meta.brokers == (probe.Broker(1, "127.0.0.1", 9092),)


def test_probe_rejects_another_correlation_id(probe: ModuleType) -> None:
    with pytest.raises(ValueError):
        probe.decode_metadata_response(_response(8, [], None), 7)


def test_probe_fails_when_nothing_listens(probe: ModuleType) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused
        assert probe.main(["--quiet", "--timeout", "1", f"127.0.0.1:{port}"]) == 1


def test_probe_fails_on_a_server_that_is_not_kafka(probe: ModuleType) -> None:
    import socket
    import threading

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)

        def answer_garbage() -> None:
            conn, _ = server.accept()
            with conn:
                conn.recv(1024)
                conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")

        t = threading.Thread(target=answer_garbage, daemon=True)
        t.start()
        address = "127.0.0.1:%d" % server.getsockname()[1]
        assert probe.main(["--quiet", "--timeout", "2", address]) == 1
        t.join(5)
