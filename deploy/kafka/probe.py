#!/usr/bin/env python3
"""Ask a Kafka broker for cluster metadata; exit 0 only if it answers with brokers.

An open port is not a ready broker: a KRaft broker accepts connections before it
has registered with the controller. This sends one Metadata request (v4, the
oldest version Kafka 4 still serves, no topics asked for) and checks that the
answer names at least one broker. Standard library only, so it runs before the
project's virtualenv exists.

    probe.py [HOST:PORT] [--timeout SECONDS] [--quiet]

Exit codes: 0 the broker answered with brokers; 1 it did not (reason on stderr).
"""

from __future__ import annotations

import argparse
import socket
import struct
import sys
from dataclasses import dataclass

METADATA_API_KEY = 3
METADATA_VERSION = 4
CLIENT_ID = b"frontline-probe"


@dataclass(frozen=True)
class Broker:
    node_id: int
    host: str
    port: int


@dataclass(frozen=True)
class ClusterMetadata:
    cluster_id: str | None
    controller_id: int
    brokers: tuple[Broker, ...]


def encode_metadata_request(correlation_id: int) -> bytes:
    """A size-prefixed Metadata v4 request for no topics (brokers and cluster id only)."""
    header = struct.pack(">hhih", METADATA_API_KEY, METADATA_VERSION, correlation_id, len(CLIENT_ID))
    body = struct.pack(">ib", 0, 0)  # topics: empty array; allow_auto_topic_creation: false
    payload = header + CLIENT_ID + body
    return struct.pack(">i", len(payload)) + payload


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def take(self, fmt: str) -> int:
        (value,) = struct.unpack_from(fmt, self._data, self._pos)
        self._pos += struct.calcsize(fmt)
        return int(value)

    def string(self) -> str | None:
        n = self.take(">h")
        if n < 0:
            return None
        raw = self._data[self._pos : self._pos + n]
        if len(raw) != n:
            raise ValueError("truncated string")
        self._pos += n
        return raw.decode("utf-8")


def decode_metadata_response(frame: bytes, correlation_id: int) -> ClusterMetadata:
    """Parse a Metadata v4 response frame (without its size prefix) up to the topic list."""
    r = _Reader(frame)
    if r.take(">i") != correlation_id:
        raise ValueError("correlation id mismatch")
    r.take(">i")  # throttle_time_ms
    brokers = []
    for _ in range(r.take(">i")):
        node_id = r.take(">i")
        host = r.string() or ""
        port = r.take(">i")
        r.string()  # rack
        brokers.append(Broker(node_id, host, port))
    cluster_id = r.string()
    controller_id = r.take(">i")
    return ClusterMetadata(cluster_id, controller_id, tuple(brokers))


def _recv_exactly(sock: socket.socket, n: int) -> bytes:
    chunks = []
    while n:
        chunk = sock.recv(n)
        if not chunk:
            raise ConnectionError("connection closed by the broker")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def fetch_metadata(host: str, port: int, timeout: float) -> ClusterMetadata:
    """One request/response round trip; raises OSError or ValueError on failure."""
    correlation_id = 1
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(encode_metadata_request(correlation_id))
        (size,) = struct.unpack(">i", _recv_exactly(sock, 4))
        return decode_metadata_response(_recv_exactly(sock, size), correlation_id)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("address", nargs="?", default="127.0.0.1:9092")
    p.add_argument("--timeout", type=float, default=2.0)
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)
    host, _, port = args.address.rpartition(":")
    try:
        meta = fetch_metadata(host or "127.0.0.1", int(port), args.timeout)
    except (OSError, ValueError, struct.error) as exc:
        if not args.quiet:
            print(f"no Kafka metadata from {args.address}: {exc}", file=sys.stderr)
        return 1
    if not meta.brokers:
        if not args.quiet:
            print(f"{args.address} answered but lists no broker yet", file=sys.stderr)
        return 1
    if not args.quiet:
        brokers = ", ".join(f"{b.node_id}@{b.host}:{b.port}" for b in meta.brokers)
        print(f"cluster {meta.cluster_id}: brokers {brokers}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
