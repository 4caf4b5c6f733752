"""Helpers for tests that run `frontline` worker subprocesses against the real broker.

A :class:`Deployment` is one app id + topic prefix shared by the processes of a test;
``deployment`` is its fixture (import it into the test module). The Kafka helpers
read, produce and wait on deadlines, never on fixed sleeps. tests/e2e loads this
module by path, so it imports nothing from the tests.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from frontline.stream.commands import subscribe

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "wire" / "seed-wire-story.txt"
MAX_BYTES = 20_000
READY_SECONDS = 90.0
FLOW_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Deployment:
    """One app id + topic prefix: the environment every process of a test shares."""

    bootstrap: str
    app_id: str
    prefix: str
    tmp: Path
    workers: list["Worker"] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
        env.update(
            FRONTLINE_BROKER=self.bootstrap,
            FRONTLINE_APP_ID=self.app_id,
            FRONTLINE_TOPIC_PREFIX=self.prefix,
            FRONTLINE_PARTITIONS="2",
            FRONTLINE_COMMIT_INTERVAL="0.5",
            FRONTLINE_MAX_ARTICLE_BYTES=str(MAX_BYTES),
            FRONTLINE_LOG_LEVEL="info",
        )
        env.update(extra)
        return env

    def topic(self, name: str) -> str:
        return f"{self.prefix}frontline.{name}"

    def frontline(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([sys.executable, "-m", "frontline.cli", *args], env=self.env(),
                              capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            pytest.fail(f"frontline {' '.join(args)} exited {done.returncode}\n{done.stdout}{done.stderr}")
        return done

    def start_worker(self, name: str) -> "Worker":
        worker = Worker(self, name, _free_port(), self.tmp / name)
        self.workers.append(worker)
        worker.start()
        return worker


@dataclass
class Worker:
    """A `frontline worker` subprocess with its own port, data dir and log file."""

    deployment: Deployment
    name: str
    port: int
    data_dir: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.data_dir.with_suffix(".log")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = self.deployment.env(FRONTLINE_WEB_PORT=str(self.port), FRONTLINE_DATA_DIR=str(self.data_dir))
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "frontline.cli", "worker"], env=env,
                                            stdout=log, stderr=subprocess.STDOUT)

    def get(self, path: str) -> tuple[int, Any]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as r:
                return r.status, orjson.loads(r.read()) if path != "/metrics" else r.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, orjson.loads(exc.read() or b"null")

    def wait_ready(self, seconds: float = READY_SECONDS) -> float:
        """Poll /healthz until 200; returns the seconds it took."""
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            assert self.process is not None
            if self.process.poll() is not None:
                pytest.fail(f"worker {self.name} exited {self.process.returncode}:\n{self.tail()}")
            try:
                if self.get("/healthz")[0] == 200:
                    return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        pytest.fail(f"worker {self.name} not ready after {seconds:.0f} s:\n{self.tail()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def tail(self, lines: int = 60) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture
def deployment(bootstrap: str, unique_name: Callable[[str], str], tmp_path: Path) -> Iterator[Deployment]:
    d = Deployment(bootstrap, unique_name("app"), unique_name("topics") + ".", tmp_path)
    yield d
    for worker in d.workers:
        worker.stop()


# ---------------------------------------------------------------- Kafka helpers


def read_topic(bootstrap: str, topic: str, until: Callable[[list[Any]], bool] = lambda _: False,
               seconds: float = FLOW_SECONDS) -> list[Any]:
    """Every (key, value) of ``topic`` from the beginning, until ``until(records)`` or the deadline."""

    async def main() -> list[Any]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                    enable_auto_commit=False, auto_offset_reset="earliest")
        await consumer.start()
        records: list[Any] = []
        try:
            deadline = time.monotonic() + seconds
            while topic not in await consumer.topics():
                if time.monotonic() > deadline:
                    return records
                await asyncio.sleep(0.3)
            tps = await subscribe(consumer, topic)
            while time.monotonic() < deadline and not until(records):
                for batch in (await consumer.getmany(*tps, timeout_ms=300)).values():
                    records.extend((r.key, r.value) for r in batch)
            return records
        finally:
            await consumer.stop()

    return asyncio.run(main())


def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    async def main() -> dict[int, int]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
        await consumer.start()
        try:
            tps = await subscribe(consumer, topic)
            return {tp.partition: o for tp, o in (await consumer.end_offsets(tps)).items()}
        finally:
            await consumer.stop()

    return asyncio.run(main())


def wait_consumed(bootstrap: str, group: str, topics: list[str], seconds: float = FLOW_SECONDS) -> None:
    """Wait until ``group`` has committed the end offset of every partition of ``topics``."""

    async def committed() -> dict[tuple[str, int], int]:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            offsets = await admin.list_consumer_group_offsets(group)
            return {(tp.topic, tp.partition): meta.offset for tp, meta in offsets.items()}
        finally:
            await admin.close()

    deadline = time.monotonic() + seconds
    while True:
        ends = {(t, p): o for t in topics for p, o in end_offsets(bootstrap, t).items()}
        done = asyncio.run(committed())
        lagging = {tp: (done.get(tp, 0), end) for tp, end in ends.items() if end > 0 and done.get(tp, 0) < end}
        if not lagging:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"group {group} did not catch up: {lagging}")
        time.sleep(0.3)


def produce(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    async def main() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=2 * MAX_BYTES)
        await producer.start()
        try:
            for key, value in messages:
                await producer.send_and_wait(topic, value, key=key)
        finally:
            await producer.stop()

    asyncio.run(main())


# Albu Kamal is GeoNames 174448 ("Abu Kamal"); the seed story spells it "Albu Kamal".
ALBU_KAMAL_ID = 174448
ALBU_KAMAL_NAMES = ("Albu Kamal", "Abu Kamal", "Al Bukamal", "Al-Bukamal")


def is_albu_kamal(record: dict[str, Any]) -> bool:
    text = orjson.dumps(record).decode()
    return f"gn:{ALBU_KAMAL_ID}" in text or any(f'"{name}"' in text for name in ALBU_KAMAL_NAMES)


def is_seed_alert(alert: dict[str, Any]) -> bool:
    """An alert that Albu Kamal passed from IS to GOV:SY."""
    old, new = alert.get("old") or {}, alert.get("new") or {}
    return is_albu_kamal(alert) and old.get("controller") == "IS" and new.get("controller") == "GOV:SY"


def seed_alerts(records: list[Any]) -> list[dict[str, Any]]:
    return [a for a in (orjson.loads(v) for _, v in records) if is_seed_alert(a)]


def albu_kamal(towns: list[dict[str, Any]]) -> dict[str, Any]:
    found = [t for t in towns if is_albu_kamal(t)]
    assert len(found) == 1, towns
    return found[0]
