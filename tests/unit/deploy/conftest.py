"""Fixtures for the deployment files: the compose file, the pinned Kafka version,
and the stand-alone scripts under deploy/kafka/ loaded as modules."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
KAFKA_DIR = ROOT / "deploy" / "kafka"


def load_script(name: str) -> ModuleType:
    """Import deploy/kafka/<name>.py (not a package) under its own name."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, KAFKA_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def compose() -> dict[str, Any]:
    with open(ROOT / "docker-compose.yml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="session")
def pom_kafka_version() -> str:
    text = (KAFKA_DIR / "pom.xml").read_text(encoding="utf-8")
    found = re.findall(r"<kafka\.version>([^<]+)</kafka\.version>", text)
    assert len(found) == 1, "deploy/kafka/pom.xml must define <kafka.version> once"
    return found[0].strip()


@pytest.fixture(scope="session")
def server_properties() -> dict[str, str]:
    """deploy/kafka/server.properties (the template) as a dict."""
    props: dict[str, str] = {}
    for line in (KAFKA_DIR / "server.properties").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            props[key.strip()] = value.strip()
    return props


@pytest.fixture(scope="session")
def script() -> Callable[[str], ModuleType]:
    return load_script
