"""Field normalisation: times, languages, versions."""

from __future__ import annotations

import time

import pytest

from frontline.errors import SchemaError
from frontline.wire.normalise import iso_time, language, version_of


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2018-10-21T16:25:32-05:00", "2018-10-21T16:25:32-05:00"),
        ("2013-07-09T10:37:00Z", "2013-07-09T10:37:00+00:00"),
        ("20011215T120000Z", "2001-12-15T12:00:00+00:00"),
        ("20171109T1420+0100", "2017-11-09T14:20:00+01:00"),
        ("20171109", "2017-11-09"),
        ("2017-11-09", "2017-11-09"),
        ("2017-11", "2017-11"),
        (time.struct_time((2024, 3, 14, 9, 30, 0, 3, 74, 0)), "2024-03-14T09:30:00+00:00"),
        ("last Tuesday", None),
        (None, None),
    ],
)
def test_normalise_iso_time(value, iso) -> None:
    assert iso_time(value) == iso


def test_normalise_language_declared_or_detected() -> None:
    assert language("en-GB", "whatever") == "en"
    assert language("DE", "") == "de"
    assert language(None, "Die syrische Armee meldete am Donnerstag die Rückeroberung der Stadt.") == "de"
    assert language(None, "H") is None


def test_normalise_version() -> None:
    assert (version_of(None), version_of("11"), version_of(3), version_of(0)) == (1, 11, 3, 1)
    with pytest.raises(SchemaError):
        version_of("v2")
