"""Settings: defaults, FRONTLINE_* parsing, and clear errors for malformed values."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError, fields
from pathlib import Path

import pytest

from frontline.errors import ConfigError
from frontline.settings import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_settings_defaults_without_environment() -> None:
    s = Settings.from_env({})
    assert s == Settings()
    assert s.broker == "kafka://127.0.0.1:9092"
    assert s.bootstrap_servers == "127.0.0.1:9092"
    assert (s.articles_topic, s.events_topic, s.alerts_topic, s.dead_letter_topic) == (
        "frontline.articles", "frontline.events", "frontline.alerts", "frontline.dead-letter")
    assert s.store == "rocksdb://"
    assert s.web_url == "http://127.0.0.1:6066"
    assert s.log_level == "info"


def test_settings_reads_every_variable() -> None:
    env = {
        "FRONTLINE_BROKER": "kafka://h1:9093;h2:9094",
        "FRONTLINE_APP_ID": "fl-test",
        "FRONTLINE_TOPIC_PREFIX": "t1.",
        "FRONTLINE_ALERTS_TOPIC": "alarms",
        "FRONTLINE_PARTITIONS": "2",
        "FRONTLINE_REPLICATION": "1",
        "FRONTLINE_STORE": "memory://",
        "FRONTLINE_DATA_DIR": "/tmp/x",
        "FRONTLINE_WEB_HOST": "0.0.0.0",
        "FRONTLINE_WEB_PORT": "7000",
        "FRONTLINE_MAX_ARTICLE_BYTES": "1234",
        "FRONTLINE_COMMIT_INTERVAL": "0.5",
        "FRONTLINE_LOG_LEVEL": "DEBUG",
    }
    s = Settings.from_env(env)
    assert s.bootstrap_servers == "h1:9093,h2:9094"
    assert s.faust_broker == "kafka://h1:9093;kafka://h2:9094"
    assert s.app_id == "fl-test"
    assert s.articles_topic == "t1.frontline.articles"
    assert s.alerts_topic == "t1.alarms"
    assert (s.partitions, s.replication, s.store) == (2, 1, "memory://")
    assert s.data_dir == Path("/tmp/x")
    assert (s.web_host, s.web_port) == ("0.0.0.0", 7000)
    assert (s.max_article_bytes, s.commit_interval, s.log_level) == (1234, 0.5, "debug")


def test_settings_accepts_plain_host_port_broker() -> None:
    assert Settings.from_env({"FRONTLINE_BROKER": "10.0.0.1:9092"}).faust_broker == "kafka://10.0.0.1:9092"


def test_settings_blank_variable_means_default() -> None:
    assert Settings.from_env({"FRONTLINE_PARTITIONS": "  "}).partitions == 4


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("FRONTLINE_PARTITIONS", "four"),
        ("FRONTLINE_PARTITIONS", "0"),
        ("FRONTLINE_WEB_PORT", "70000"),
        ("FRONTLINE_MAX_ARTICLE_BYTES", "-1"),
        ("FRONTLINE_COMMIT_INTERVAL", "soon"),
        ("FRONTLINE_STORE", "redis://"),
        ("FRONTLINE_LOG_LEVEL", "loud"),
        ("FRONTLINE_BROKER", "kafka://nohostport"),
        ("FRONTLINE_ARTICLES_TOPIC", "bad topic!"),
    ],
)
def test_settings_invalid_value_names_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(variable)):
        Settings.from_env({variable: value})


def test_settings_is_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        Settings().partitions = 3  # type: ignore[misc]


def test_settings_every_variable_documented() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for f in fields(Settings):
        assert f"`FRONTLINE_{f.name.upper()}`" in doc, f.name
