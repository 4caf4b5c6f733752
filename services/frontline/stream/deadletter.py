"""The bad-input policy: one place decides what a failed message becomes.

A message that cannot be processed becomes a dead-letter record
(schemas/dead-letter.schema.json) with the reason, its origin and its original
bytes; it is logged with its topic/partition/offset and counted by reason.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from frontline.errors import InputError

log = logging.getLogger(__name__)

# Keep a dead letter below the broker's default message.max.bytes (1 MiB) after
# base64 (+33 %): larger originals are cut and flagged value_truncated.
MAX_FORWARDED_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a message came from."""

    topic: str
    partition: int
    offset: int
    timestamp: float | None = None

    def __str__(self) -> str:
        return f"{self.topic}[{self.partition}]@{self.offset}"


def reason_of(error: BaseException) -> str:
    """The dead-letter reason: an InputError's slug, else ``internal-error``."""
    return error.reason if isinstance(error, InputError) else "internal-error"


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def record(
    error: BaseException,
    origin: Origin,
    *,
    stage: str,
    key: bytes | None,
    value: bytes | None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The dead-letter record for ``value`` that failed with ``error`` at ``stage``."""
    size = 0 if value is None else len(value)
    truncated = value is not None and size > MAX_FORWARDED_BYTES
    kept = value[:MAX_FORWARDED_BYTES] if (value is not None and truncated) else value
    detail = str(error) or type(error).__name__
    return {
        "reason": reason_of(error),
        "detail": detail if isinstance(error, InputError) else f"{type(error).__name__}: {detail}",
        "stage": stage,
        "topic": origin.topic,
        "partition": origin.partition,
        "offset": origin.offset,
        "timestamp": origin.timestamp,
        "key_b64": _b64(key),
        "value_b64": _b64(kept),
        "value_size": size,
        "value_truncated": truncated,
        "dead_lettered_at": (now or datetime.now(UTC)).isoformat(),
    }


def log_failure(error: BaseException, origin: Origin, stage: str) -> None:
    """Log a failed message with its origin; unexpected errors with their traceback."""
    extra = {"topic": origin.topic, "partition": origin.partition, "offset": origin.offset}
    if isinstance(error, InputError):
        log.warning("dead letter %s (%s stage): %s: %s", origin, stage, error.reason, error, extra=extra)
    else:
        log.error("dead letter %s (%s stage): unexpected error", origin, stage, exc_info=error, extra=extra)
