"""Shared fixtures of the extractor's tests."""

from __future__ import annotations

import pytest

from frontline.extract.pipeline import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One loaded extractor for every test that reads articles (loading builds every table)."""
    return Extractor.load()
