"""The development broker from deploy/kafka/kafka.sh, as the service and tests use it."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
KAFKA_SH = ROOT / "deploy" / "kafka" / "kafka.sh"


def _kafka_sh(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KAFKA_SH), *args], capture_output=True, text=True, timeout=300)


def _is_local(bootstrap: str) -> bool:
    return bootstrap.split(":")[0] in ("127.0.0.1", "localhost") and "," not in bootstrap


def test_kafka_broker_second_start_changes_nothing(bootstrap: str) -> None:
    if not _is_local(bootstrap):
        pytest.skip("FRONTLINE_BROKER is not the local development broker")
    pid_file = ROOT / ".cache" / "kafka" / "kafka.pid"
    before = pid_file.read_text().strip() if pid_file.exists() else None
    done = _kafka_sh("start")
    assert done.returncode == 0, done.stderr
    assert "already running" in done.stdout or "already answers" in done.stdout
    after = pid_file.read_text().strip() if pid_file.exists() else None
    assert after == before


def test_kafka_broker_status_is_zero_while_up(bootstrap: str) -> None:
    if not _is_local(bootstrap):
        pytest.skip("FRONTLINE_BROKER is not the local development broker")
    assert _kafka_sh("status").returncode == 0


async def test_kafka_broker_round_trips_a_keyed_message(
    bootstrap: str, unique_name: Callable[[str], str]
) -> None:
    topic = unique_name("roundtrip")
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 2, 1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        sent = [await producer.send_and_wait(topic, f"v{i}".encode(), key=b"place-1") for i in range(3)]
    finally:
        await producer.stop()
    assert len({m.partition for m in sent}) == 1  # one key, one partition
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=unique_name("group"), auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        got = []
        async with asyncio.timeout(30):
            while len(got) < 3:
                got.append(await consumer.getone())
    finally:
        await consumer.stop()
    assert [(m.key, m.value) for m in got] == [(b"place-1", b"v0"), (b"place-1", b"v1"), (b"place-1", b"v2")]


async def test_kafka_broker_does_not_auto_create_topics(
    bootstrap: str, unique_name: Callable[[str], str]
) -> None:
    topic = unique_name("never-created")
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])  # a metadata request that allows auto-creation
        assert described[0]["error_code"] == 3  # UNKNOWN_TOPIC_OR_PARTITION
        assert topic not in await admin.list_topics()
    finally:
        await admin.close()
