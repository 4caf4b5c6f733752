"""schemas: every contract is valid JSON Schema 2020-12 and reachable from the package."""

from __future__ import annotations

import pytest

from frontline import schemas


@pytest.mark.parametrize("name", schemas.NAMES)
def test_schemas_load_and_check(name: str) -> None:
    doc = schemas.load(name)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    schemas.validator(name)  # check_schema raises on an invalid schema


def test_schemas_package_copy_is_the_repository_file() -> None:
    for name in schemas.NAMES:
        repo = schemas.path(name).resolve()
        assert repo.parent.name == "schemas" and repo.parent.parent.name != "frontline"
