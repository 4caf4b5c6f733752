"""One frozen Settings object, read from FRONTLINE_* environment variables.

Nothing else in Frontline reads ``os.environ``. Every variable has a default and is
documented in docs/configuration.md; a malformed value raises :class:`ConfigError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from frontline.errors import ConfigError

T = TypeVar("T")

LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
STORES = ("rocksdb://", "memory://")


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting of a Frontline process (worker and CLI).

    The topic fields hold full names: :meth:`from_env` prepends ``topic_prefix``;
    a Settings built directly takes the names as given.
    """

    broker: str = "kafka://127.0.0.1:9092"
    app_id: str = "frontline"
    topic_prefix: str = ""
    articles_topic: str = "frontline.articles"
    events_topic: str = "frontline.events"
    alerts_topic: str = "frontline.alerts"
    dead_letter_topic: str = "frontline.dead-letter"
    partitions: int = 4
    replication: int = 1
    store: str = "rocksdb://"
    data_dir: Path = Path("var/frontline")
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    max_article_bytes: int = 1_000_000
    commit_interval: float = 1.0
    log_level: str = "info"

    def __post_init__(self) -> None:
        _check(self.broker.strip() != "" and all(_host_port(h) for h in self.bootstrap_servers.split(",")),
               "FRONTLINE_BROKER", self.broker, "kafka://HOST:PORT[;HOST:PORT...] or HOST:PORT[,...]")
        _check(bool(self.app_id.strip()), "FRONTLINE_APP_ID", self.app_id, "a non-empty name")
        for name in ("articles_topic", "events_topic", "alerts_topic", "dead_letter_topic"):
            value = getattr(self, name)
            _check(_topic_name(value), f"FRONTLINE_{name.upper()}", value,
                   "a Kafka topic name: 1-249 characters of [A-Za-z0-9._-]")
        _check(self.partitions >= 1, "FRONTLINE_PARTITIONS", self.partitions, "an integer >= 1")
        _check(self.replication >= 1, "FRONTLINE_REPLICATION", self.replication, "an integer >= 1")
        _check(self.store in STORES, "FRONTLINE_STORE", self.store, " or ".join(STORES))
        _check(1 <= self.web_port <= 65535, "FRONTLINE_WEB_PORT", self.web_port, "a port 1-65535")
        _check(self.max_article_bytes >= 1, "FRONTLINE_MAX_ARTICLE_BYTES", self.max_article_bytes,
               "an integer >= 1")
        _check(self.commit_interval > 0, "FRONTLINE_COMMIT_INTERVAL", self.commit_interval,
               "a number of seconds > 0")
        _check(self.log_level in LOG_LEVELS, "FRONTLINE_LOG_LEVEL", self.log_level, ", ".join(LOG_LEVELS))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Build settings from FRONTLINE_* variables (``environ`` defaults to os.environ)."""
        env = os.environ if environ is None else environ
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"FRONTLINE_{f.name.upper()}")
            if raw is None or raw.strip() == "":
                continue
            values[f.name] = _PARSERS.get(f.name, _text)(f.name, raw.strip())
        prefix = values.get("topic_prefix", defaults.topic_prefix)
        for name in ("articles_topic", "events_topic", "alerts_topic", "dead_letter_topic"):
            values[name] = prefix + values.get(name, getattr(defaults, name))
        if "log_level" in values:
            values["log_level"] = values["log_level"].lower()
        return cls(**values)

    @property
    def bootstrap_servers(self) -> str:
        """The broker list as aiokafka wants it: ``host:port,host:port``."""
        urls = self.broker.replace(";", ",").split(",")
        return ",".join(u.strip().removeprefix("kafka://").rstrip("/") for u in urls if u.strip())

    @property
    def faust_broker(self) -> str:
        """The broker list as Faust wants it: ``kafka://host:port;host:port``."""
        return ";".join(f"kafka://{h}" for h in self.bootstrap_servers.split(","))

    @property
    def web_url(self) -> str:
        return f"http://{self.web_host}:{self.web_port}"


def _check(ok: bool, variable: str, value: object, expected: str) -> None:
    if not ok:
        raise ConfigError(f"{variable}={value!r} is invalid: expected {expected}")


def _host_port(text: str) -> bool:
    host, sep, port = text.rpartition(":")
    return bool(sep and host and port.isdigit() and 0 < int(port) < 65536)


def _topic_name(name: str) -> bool:
    return 0 < len(name) < 250 and name not in (".", "..") and all(
        c.isascii() and (c.isalnum() or c in "._-") for c in name
    )


def _text(_name: str, raw: str) -> str:
    return raw


def _number(kind: Callable[[str], T]) -> Callable[[str, str], T]:
    def parse(name: str, raw: str) -> T:
        try:
            return kind(raw)
        except ValueError:
            raise ConfigError(
                f"FRONTLINE_{name.upper()}={raw!r} is invalid: expected {kind.__name__}"
            ) from None

    return parse


_PARSERS: dict[str, Callable[[str, str], Any]] = {
    "partitions": _number(int),
    "replication": _number(int),
    "web_port": _number(int),
    "max_article_bytes": _number(int),
    "commit_interval": _number(float),
    "data_dir": lambda _name, raw: Path(raw),
}
