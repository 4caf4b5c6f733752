"""Frontline's errors: one tree, rooted in :class:`FrontlineError`.

    FrontlineError
    ├── ConfigError            a FRONTLINE_* setting is missing or malformed
    ├── InputError             an input cannot become an Article
    │   ├── DecodeError        not UTF-8, not JSON, not well-formed XML
    │   ├── SchemaError        valid syntax, but fails the contract in schemas/
    │   ├── EmptyTextError     the article carries no text
    │   ├── TooLargeError      the message exceeds FRONTLINE_MAX_ARTICLE_BYTES
    │   ├── UnsupportedFormatError  the format is known but refused (e.g. a fragment)
    │   └── FetchError         a feed URL cannot be fetched (unreachable, timeout, HTTP error)
    ├── GazetteerError         a data file under extract/data is missing or corrupt
    ├── QueryError             a /towns query parameter is malformed (the answer is 400)
    └── BrokerError            Kafka cannot be reached; start it with `make kafka-start`
"""

from __future__ import annotations


class FrontlineError(Exception):
    """Base of every error Frontline raises on purpose."""


class ConfigError(FrontlineError):
    """A FRONTLINE_* environment variable is malformed; fix the variable and restart."""


class InputError(FrontlineError):
    """An input cannot become an Article. ``reason`` is a short machine-readable slug."""

    reason = "invalid"


class DecodeError(InputError):
    reason = "decode"


class SchemaError(InputError):
    reason = "schema"


class EmptyTextError(InputError):
    reason = "no-text"


class TooLargeError(InputError):
    reason = "too-large"


class UnsupportedFormatError(InputError):
    reason = "unsupported-format"


class FetchError(InputError):
    """A feed URL cannot be fetched: check the URL, the network, or the server's answer."""

    reason = "fetch"


class QueryError(FrontlineError):
    """A query of the control table has a malformed parameter; the message says which."""


class GazetteerError(FrontlineError):
    """A data file under frontline/extract/data is missing or corrupt; reinstall the package."""


class BrokerError(FrontlineError):
    """Kafka cannot be reached at FRONTLINE_BROKER; start it with `make kafka-start`."""
