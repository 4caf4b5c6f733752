"""deploy/kafka/create_topics.py without a broker: which topics, how many partitions."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from frontline.settings import Settings


@pytest.fixture(scope="module")
def create_topics(script: Callable[[str], ModuleType]) -> ModuleType:
    return script("create_topics")


def test_create_topics_wants_the_four_service_topics(create_topics: ModuleType) -> None:
    settings = Settings()
    wanted = create_topics.wanted_topics(settings)
    assert wanted == {
        settings.articles_topic: settings.partitions,
        settings.events_topic: settings.partitions,
        settings.alerts_topic: settings.partitions,
        settings.dead_letter_topic: settings.partitions,
    }


def test_create_topics_follows_prefix_and_partitions_from_env(create_topics: ModuleType) -> None:
    settings = Settings.from_env({"FRONTLINE_TOPIC_PREFIX": "t-1.", "FRONTLINE_PARTITIONS": "3"})
    wanted = create_topics.wanted_topics(settings)
    assert set(wanted) == {"t-1.frontline.articles", "t-1.frontline.events",
                           "t-1.frontline.alerts", "t-1.frontline.dead-letter"}
    assert set(wanted.values()) == {3}


def test_create_topics_partitions_option_overrides_settings(create_topics: ModuleType) -> None:
    assert set(create_topics.wanted_topics(Settings(), partitions=2).values()) == {2}


def test_create_topics_unreachable_broker_exits_1(create_topics: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        assert create_topics.main(["--bootstrap", f"127.0.0.1:{port}", "--timeout", "2"]) == 1
    assert "cannot reach Kafka" in capsys.readouterr().err
