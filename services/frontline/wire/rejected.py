"""The outcome of an input that could not become an Article."""

from __future__ import annotations

from dataclasses import dataclass

from frontline.errors import (
    DecodeError,
    EmptyTextError,
    FetchError,
    InputError,
    SchemaError,
    TooLargeError,
    UnsupportedFormatError,
)

_BY_REASON: dict[str, type[InputError]] = {
    cls.reason: cls
    for cls in (DecodeError, SchemaError, EmptyTextError, TooLargeError, UnsupportedFormatError, FetchError)
}


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input (a file, a line, a feed entry) that was refused, with why.

    ``reason`` is the ``reason`` slug of the InputError that refused it
    (decode, schema, no-text, too-large, unsupported-format, fetch).
    """

    origin: str
    reason: str
    detail: str

    @classmethod
    def from_error(cls, origin: str, error: InputError) -> "Rejected":
        return cls(origin, error.reason, str(error))

    def to_error(self) -> InputError:
        """The InputError this rejection stands for, naming its origin."""
        return _BY_REASON.get(self.reason, InputError)(f"{self.origin}: {self.detail}")
