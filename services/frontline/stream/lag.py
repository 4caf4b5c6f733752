"""Consumer lag of this worker: end offset minus the group's committed offset.

For every partition of the consumed topics (articles, events) assigned to this
worker, every ``interval`` seconds, ``frontline_consumer_lag{topic,partition}`` is
set from the broker's answer: the log end offset (a group-less consumer) minus the
offset the worker's consumer group (the Faust app id) committed; a partition the
group never committed counts from its log start. Partitions no longer assigned
are removed, so two workers never report the same partition twice (sum them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Mapping

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from mode import Service
from prometheus_client import Gauge

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 5.0

TP = tuple[str, int]


def lag_by_partition(
    ends: Mapping[TP, int], committed: Mapping[TP, int], starts: Mapping[TP, int]
) -> dict[TP, int]:
    """Lag of each partition in ``ends``; a missing or negative commit counts from the log start."""
    out: dict[TP, int] = {}
    for tp, end in ends.items():
        done = committed.get(tp, -1)
        if done < 0:
            done = starts.get(tp, 0)
        out[tp] = max(0, end - done)
    return out


class LagMonitor(Service):
    """Refreshes the lag gauge from the broker while the worker runs."""

    def __init__(
        self,
        *,
        bootstrap_servers: str,
        group: str,
        topics: Collection[str],
        assignment: Callable[[], Iterable[TP]],
        gauge: Gauge,
        interval: float = INTERVAL_SECONDS,
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.bootstrap_servers = bootstrap_servers
        self.group = group
        self.topics = frozenset(topics)
        self.assignment = assignment
        self.gauge = gauge
        self.interval = interval
        self._shown: set[TP] = set()
        self._consumer: AIOKafkaConsumer | None = None
        self._admin: AIOKafkaAdminClient | None = None

    async def on_start(self) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap_servers, group_id=None,
                                          enable_auto_commit=False, client_id=f"{self.group}-lag")
        self._admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap_servers, client_id=f"{self.group}-lag")
        await self._consumer.start()
        await self._admin.start()

    async def on_stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
        if self._admin is not None:
            await self._admin.close()

    @Service.task
    async def _refresh_forever(self) -> None:
        while not self.should_stop:
            try:
                await self.refresh()
            except Exception as exc:  # a broker hiccup must not stop the worker; try again
                log.warning("consumer lag not refreshed: %r", exc)
            await self.sleep(self.interval)

    async def refresh(self) -> dict[TP, int]:
        """Ask the broker and set the gauge; returns the lag per (topic, partition)."""
        assert self._consumer is not None and self._admin is not None, "LagMonitor not started"
        assigned = sorted({(t, p) for t, p in self.assignment() if t in self.topics})
        lag: dict[TP, int] = {}
        if assigned:
            tps = [TopicPartition(t, p) for t, p in assigned]
            ends = {(tp.topic, tp.partition): o for tp, o in (await self._consumer.end_offsets(tps)).items()}
            starts = {(tp.topic, tp.partition): o
                      for tp, o in (await self._consumer.beginning_offsets(tps)).items()}
            offsets = await self._admin.list_consumer_group_offsets(self.group, partitions=tps)
            committed = {(tp.topic, tp.partition): meta.offset for tp, meta in offsets.items()}
            lag = lag_by_partition(ends, committed, starts)
        self.publish(lag)
        return lag

    def publish(self, lag: Mapping[TP, int]) -> None:
        """Set the gauge to ``lag`` and drop the partitions not in it."""
        for topic, partition in self._shown - set(lag):
            self.gauge.remove(topic, str(partition))
        for (topic, partition), value in lag.items():
            self.gauge.labels(topic=topic, partition=str(partition)).set(value)
        self._shown = set(lag)
