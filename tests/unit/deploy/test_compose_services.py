"""The compose file agrees with the pinned broker, its settings, and the service."""

from __future__ import annotations

from typing import Any

import pytest

# Broker properties the development broker and the compose broker must share.
SHARED_PROPERTIES = (
    "process.roles",
    "node.id",
    "auto.create.topics.enable",
    "group.initial.rebalance.delay.ms",
    "offsets.topic.replication.factor",
    "transaction.state.log.replication.factor",
    "transaction.state.log.min.isr",
    "share.coordinator.state.topic.replication.factor",
    "share.coordinator.state.topic.min.isr",
    "controller.listener.names",
)


def _workers(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in compose["services"].items() if s.get("command") == ["worker"]}


def test_compose_kafka_version_equals_pom(compose: dict[str, Any], pom_kafka_version: str) -> None:
    image = compose["services"]["kafka"]["image"]
    name, _, tag = image.partition(":")
    assert name == "apache/kafka"
    assert tag == pom_kafka_version


@pytest.mark.parametrize("prop", SHARED_PROPERTIES)
def test_compose_kafka_env_matches_server_properties(
    compose: dict[str, Any], server_properties: dict[str, str], prop: str
) -> None:
    env = compose["services"]["kafka"]["environment"]
    variable = "KAFKA_" + prop.upper().replace(".", "_")
    assert str(env[variable]) == server_properties[prop]


def test_compose_workers_depend_on_healthy_kafka_and_created_topics(compose: dict[str, Any]) -> None:
    workers = _workers(compose)
    assert len(workers) >= 2
    for worker in workers.values():
        assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"
        assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"


def test_compose_workers_reach_kafka_and_advertise_their_own_host(compose: dict[str, Any]) -> None:
    for name, worker in _workers(compose).items():
        env = worker["environment"]
        assert env["FRONTLINE_BROKER"] == "kafka://kafka:9092"
        assert env["FRONTLINE_WEB_HOST"] == worker["hostname"] == name
        assert any(str(p).endswith(":6066") for p in worker["ports"])


def test_compose_host_ports_are_unique(compose: dict[str, Any]) -> None:
    published = [str(p).rsplit(":", 1)[0] for s in compose["services"].values() for p in s.get("ports", [])]
    assert len(published) == len(set(published))


def test_compose_topics_service_shares_worker_settings(compose: dict[str, Any]) -> None:
    topics = compose["services"]["topics"]
    worker = next(iter(_workers(compose).values()))
    for key in ("FRONTLINE_BROKER", "FRONTLINE_PARTITIONS", "FRONTLINE_REPLICATION", "FRONTLINE_APP_ID"):
        assert topics["environment"][key] == worker["environment"][key]
    assert topics["entrypoint"][-1].endswith("deploy/kafka/create_topics.py")
