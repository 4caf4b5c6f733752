"""deploy/kafka/create_topics.py against the real broker."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from frontline.errors import BrokerError

pytestmark = pytest.mark.integration

SCRIPT = Path(__file__).resolve().parents[3] / "deploy" / "kafka" / "create_topics.py"


@pytest.fixture(scope="module")
def create_topics() -> ModuleType:
    spec = importlib.util.spec_from_file_location("create_topics", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["create_topics"] = module
    spec.loader.exec_module(module)
    return module


async def _partitions(bootstrap: str, topics: list[str]) -> dict[str, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return {d["topic"]: len(d["partitions"]) for d in await admin.describe_topics(topics)}
    finally:
        await admin.close()


async def test_create_topics_creates_then_finds_existing(
    create_topics: ModuleType, bootstrap: str, unique_name: Callable[[str], str]
) -> None:
    wanted = {unique_name("a"): 3, unique_name("b"): 1}
    first = await create_topics.ensure_topics(bootstrap, wanted, 1)
    assert [(r.topic, r.partitions, r.created) for r in first] == [(t, n, True) for t, n in wanted.items()]
    second = await create_topics.ensure_topics(bootstrap, wanted, 1)
    assert [r.created for r in second] == [False, False]
    assert await _partitions(bootstrap, list(wanted)) == wanted


async def test_create_topics_refuses_a_partition_mismatch(
    create_topics: ModuleType, bootstrap: str, unique_name: Callable[[str], str]
) -> None:
    topic = unique_name("events")
    await create_topics.ensure_topics(bootstrap, {topic: 2}, 1)
    with pytest.raises(BrokerError, match="has 2 partitions, settings want 4"):
        await create_topics.ensure_topics(bootstrap, {topic: 4}, 1)


def test_create_topics_command_uses_frontline_settings(
    bootstrap: str, unique_name: Callable[[str], str]
) -> None:
    prefix = unique_name("cli") + "."
    env = {"PATH": "/usr/bin:/bin", "FRONTLINE_BROKER": bootstrap, "FRONTLINE_TOPIC_PREFIX": prefix,
           "FRONTLINE_PARTITIONS": "2"}
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines == [
        f"{prefix}frontline.{name}: created, 2 partitions" for name in ("articles", "events", "alerts", "dead-letter")
    ]
