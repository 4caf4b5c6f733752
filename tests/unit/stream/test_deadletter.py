"""deadletter: a failed message becomes a schema-valid record with reason, origin and bytes."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from frontline import schemas
from frontline.errors import TooLargeError
from frontline.stream.deadletter import MAX_FORWARDED_BYTES, Origin, reason_of, record


def test_deadletter_record_keeps_origin_and_bytes() -> None:
    rec = record(TooLargeError("too big"), Origin("t", 2, 41, 1.5), stage="extract",
                 key=b"k", value=b"\x00\xff", now=datetime(2024, 1, 1, tzinfo=UTC))
    assert rec["reason"] == "too-large"
    assert (rec["topic"], rec["partition"], rec["offset"], rec["timestamp"]) == ("t", 2, 41, 1.5)
    assert base64.b64decode(rec["value_b64"]) == b"\x00\xff"
    assert base64.b64decode(rec["key_b64"]) == b"k"
    assert rec["value_truncated"] is False
    assert schemas.first_error("dead-letter", rec) is None


def test_deadletter_unexpected_error_is_internal() -> None:
    rec = record(ZeroDivisionError("boom"), Origin("t", 0, 0), stage="control", key=None, value=None)
    assert rec["reason"] == reason_of(ZeroDivisionError()) == "internal-error"
    assert rec["detail"] == "ZeroDivisionError: boom"
    assert rec["value_b64"] is None
    assert schemas.first_error("dead-letter", rec) is None


def test_deadletter_truncates_huge_values() -> None:
    big = b"a" * (MAX_FORWARDED_BYTES + 10)
    rec = record(TooLargeError("x"), Origin("t", 0, 0), stage="extract", key=None, value=big)
    assert rec["value_truncated"] is True
    assert rec["value_size"] == len(big)
    assert len(base64.b64decode(rec["value_b64"])) == MAX_FORWARDED_BYTES
