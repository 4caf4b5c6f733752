"""deploy/kafka/kafka.sh and its templates, without starting anything."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

KAFKA_DIR = Path(__file__).resolve().parents[3] / "deploy" / "kafka"


def test_kafka_sh_is_valid_bash() -> None:
    subprocess.run(["bash", "-n", str(KAFKA_DIR / "kafka.sh")], check=True)


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck not installed")
def test_kafka_sh_passes_shellcheck() -> None:
    subprocess.run(["shellcheck", "-S", "warning", str(KAFKA_DIR / "kafka.sh")], check=True)


def test_kafka_sh_without_command_prints_usage_and_exits_2() -> None:
    done = subprocess.run([str(KAFKA_DIR / "kafka.sh")], capture_output=True, text=True)
    assert done.returncode == 2
    assert "kafka.sh start" in done.stderr


def test_kafka_sh_rejects_a_non_numeric_port(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "KAFKA_PORT": "tcp://10.0.0.1:9092", "KAFKA_STATE_DIR": str(tmp_path)}
    done = subprocess.run([str(KAFKA_DIR / "kafka.sh"), "status"], capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert "KAFKA_PORT must be a port number" in done.stderr


def test_kafka_sh_status_in_an_empty_state_dir_is_3(tmp_path: Path) -> None:
    # A port nothing listens on, so that a running development broker does not answer.
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = str(s.getsockname()[1])
        env = {"PATH": "/usr/bin:/bin", "KAFKA_PORT": port, "KAFKA_STATE_DIR": str(tmp_path)}
        done = subprocess.run([str(KAFKA_DIR / "kafka.sh"), "status"], capture_output=True, text=True, env=env)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "not running" in done.stdout


def test_kafka_server_properties_template_has_only_known_placeholders() -> None:
    import re

    text = (KAFKA_DIR / "server.properties").read_text(encoding="utf-8")
    assert set(re.findall(r"@([A-Z_]+)@", text)) == {"HOST", "PORT", "CONTROLLER_PORT", "LOG_DIRS"}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("process.roles", "broker,controller"),
        ("auto.create.topics.enable", "false"),
        ("group.initial.rebalance.delay.ms", "0"),
        ("offsets.topic.replication.factor", "1"),
        ("transaction.state.log.replication.factor", "1"),
        ("transaction.state.log.min.isr", "1"),
        ("share.coordinator.state.topic.replication.factor", "1"),
        ("share.coordinator.state.topic.min.isr", "1"),
    ],
)
def test_kafka_server_properties_single_node_settings(server_properties: dict[str, str], key: str, value: str) -> None:
    assert server_properties[key] == value
