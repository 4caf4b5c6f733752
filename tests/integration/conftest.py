"""Fixtures for tests against the real broker (tests/integration/, marked ``integration``).

The session makes sure a broker answers before the first test here runs: for the
default local address it calls ``deploy/kafka/kafka.sh start`` (idempotent: it does
nothing when the broker already runs, and never stops it); for any other
FRONTLINE_BROKER it only checks that the broker answers. Tests share that one
broker, so every test names its topics, groups and app ids with ``unique_name``.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KAFKA_SH = ROOT / "deploy" / "kafka" / "kafka.sh"
DEFAULT_BROKER = "127.0.0.1:9092"


def _bootstrap_from_env() -> str:
    raw = os.environ.get("FRONTLINE_BROKER", "").strip() or DEFAULT_BROKER
    hosts = raw.replace(";", ",").split(",")
    return ",".join(h.strip().removeprefix("kafka://").rstrip("/") for h in hosts if h.strip())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/integration/ is an integration test, marked or not."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def bootstrap() -> str:
    """``host:port[,...]`` of a broker that answers (started by kafka.sh if local)."""
    address = _bootstrap_from_env()
    host, _, port = address.split(",")[0].rpartition(":")
    local = "," not in address and host in ("127.0.0.1", "localhost")
    command = "start" if local else "status"
    env = dict(os.environ, KAFKA_PORT=port)
    if not local:
        env["KAFKA_HOST"] = host
    done = subprocess.run([str(KAFKA_SH), command], env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        pytest.fail(
            f"no Kafka broker at {address}: `kafka.sh {command}` exited {done.returncode}\n"
            f"{done.stdout}{done.stderr}",
            pytrace=False,
        )
    return address


@pytest.fixture(scope="session", autouse=True)
def _kafka_up(bootstrap: str) -> None:
    """Every integration test needs the broker; fail early and once if it is not there."""


@pytest.fixture(scope="session")
def run_id() -> str:
    """A short id unique to this pytest session."""
    return uuid.uuid4().hex[:8]


@pytest.fixture
def unique_name(run_id: str, request: pytest.FixtureRequest) -> Callable[[str], str]:
    """``unique_name("articles")`` -> ``t-<run>-<test>-articles``, a valid topic/group/app id."""

    def make(suffix: str) -> str:
        test = "".join(c if c.isalnum() else "-" for c in request.node.name)[:60].strip("-")
        return f"t-{run_id}-{test}-{suffix}"

    return make
