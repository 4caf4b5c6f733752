#!/usr/bin/env python3
"""Create Frontline's topics on the broker if they are missing; idempotent.

The broker runs with ``auto.create.topics.enable=false``. The Faust worker also
declares these topics (``internal=True`` in frontline.stream.topics), so this is
for everything that may run before a worker: ``frontline feed``, ``frontline
alerts``, tests, the compose init service. Names, partition count and replication
come from frontline.settings (FRONTLINE_ARTICLES_TOPIC, ..., FRONTLINE_TOPIC_PREFIX,
FRONTLINE_PARTITIONS, FRONTLINE_REPLICATION); the options below override them.

    create_topics.py [--bootstrap HOST:PORT] [--partitions N] [--replication N]

Exit codes: 0 every topic exists with the wanted partition count; 1 a topic exists
with another count (Faust's table needs the events topic co-partitioned with it),
or the broker refused or could not be reached.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError, for_code

from frontline.errors import BrokerError, FrontlineError
from frontline.settings import Settings


@dataclass(frozen=True, slots=True)
class TopicResult:
    topic: str
    partitions: int
    created: bool


def wanted_topics(settings: Settings, partitions: int | None = None) -> dict[str, int]:
    """The service's topics and their partition counts, from settings."""
    n = partitions or settings.partitions
    return {
        settings.articles_topic: n,
        settings.events_topic: n,
        settings.alerts_topic: n,
        settings.dead_letter_topic: n,
    }


async def ensure_topics(
    bootstrap: str, topics: Mapping[str, int], replication: int, timeout_s: float = 30.0
) -> list[TopicResult]:
    """Create the missing ``topics``; raise BrokerError if one exists with another count."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, client_id="frontline-create-topics",
        request_timeout_ms=int(timeout_s * 1000),
    )
    try:
        await asyncio.wait_for(admin.start(), timeout_s)
    except (KafkaError, OSError, asyncio.TimeoutError) as exc:
        await admin.close()
        raise BrokerError(f"cannot reach Kafka at {bootstrap} ({exc!r}); start it with `make kafka-start`") from exc
    try:
        existing = set(await admin.list_topics())
        missing = [NewTopic(t, n, replication) for t, n in topics.items() if t not in existing]
        created: set[str] = set()
        if missing:
            response = await admin.create_topics(missing, timeout_ms=int(timeout_s * 1000))
            for topic, code, *rest in response.topic_errors:
                error = for_code(code)
                if code == 0:
                    created.add(topic)
                elif error is not TopicAlreadyExistsError:  # lost a race with another creator
                    message = rest[0] if rest else ""
                    raise BrokerError(f"creating topic {topic!r} failed: {error.__name__} {message}")
        counts = await _partition_counts(admin, list(topics))
    finally:
        await admin.close()
    results = []
    for topic, n in topics.items():
        actual = counts.get(topic, 0)
        if actual != n:
            raise BrokerError(
                f"topic {topic!r} has {actual} partitions, settings want {n}: set "
                f"FRONTLINE_PARTITIONS={actual} or delete the topic (deploy/kafka/kafka.sh wipe)"
            )
        results.append(TopicResult(topic, actual, topic in created))
    return results


async def _partition_counts(admin: AIOKafkaAdminClient, topics: list[str]) -> dict[str, int]:
    # A just-created topic can take a moment to show its partitions in metadata.
    for _ in range(50):
        described = await admin.describe_topics(topics)
        counts = {d["topic"]: len(d["partitions"]) for d in described if d["error_code"] == 0}
        if all(counts.get(t, 0) > 0 for t in topics):
            return counts
        await asyncio.sleep(0.1)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--bootstrap", default=None, help="HOST:PORT[,...] (default: FRONTLINE_BROKER)")
    p.add_argument("--partitions", type=int, default=None, help="default: FRONTLINE_PARTITIONS")
    p.add_argument("--replication", type=int, default=None, help="default: FRONTLINE_REPLICATION")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per broker request")
    args = p.parse_args(argv)
    try:
        settings = Settings.from_env()
        bootstrap = args.bootstrap.removeprefix("kafka://") if args.bootstrap else settings.bootstrap_servers
        results = asyncio.run(ensure_topics(
            bootstrap, wanted_topics(settings, args.partitions),
            args.replication or settings.replication, args.timeout,
        ))
    except FrontlineError as exc:
        print(f"create_topics: {exc}", file=sys.stderr)
        return 1
    for r in results:
        print(f"{r.topic}: {'created' if r.created else 'exists'}, {r.partitions} partitions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
