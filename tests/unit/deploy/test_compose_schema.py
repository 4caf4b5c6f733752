"""docker-compose.yml against the vendored Compose Specification schema."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft201909Validator, FormatChecker

SCHEMA = Path(__file__).resolve().parents[2] / "fixtures" / "compose-spec" / "compose-spec.json"

# Compose durations are Go durations ("10s", "1m30s"), not ISO 8601.
_GO_DURATION = re.compile(r"^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$")


def _checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("duration")(lambda value: not isinstance(value, str) or bool(_GO_DURATION.match(value)))
    return checker


@pytest.fixture(scope="module")
def validator() -> Draft201909Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft201909Validator.check_schema(schema)
    return Draft201909Validator(schema, format_checker=_checker())


def test_compose_schema_validates_compose_file(validator: Draft201909Validator, compose: dict[str, Any]) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(compose)]
    assert errors == []


@pytest.mark.parametrize(
    "broken",
    [
        {"services": {"kafka": {"image": "apache/kafka", "healthcheck": {"interval": "ten seconds"}}}},
        {"services": {"kafka": {"image": "apache/kafka", "depends_on": {"x": {"condition": "ready"}}}}},
        {"services": {"kafka": {"imagee": "apache/kafka"}}},
    ],
    ids=["bad-duration", "bad-condition", "unknown-key"],
)
def test_compose_schema_rejects_broken_files(validator: Draft201909Validator, broken: dict[str, Any]) -> None:
    assert list(validator.iter_errors(broken)) != []
