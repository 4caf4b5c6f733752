"""lag: end offset minus committed offset, per assigned partition of the consumed topics."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from frontline.metrics import Metrics
from frontline.stream.lag import LagMonitor, lag_by_partition

A = "frontline.articles"


def test_lag_end_minus_committed() -> None:
    ends = {(A, 0): 10, (A, 1): 5, (A, 2): 7, (A, 3): 4}
    committed = {(A, 0): 4, (A, 1): 5, (A, 2): -1}  # 2: never committed; 3: not in the answer
    starts = {(A, 2): 3}
    assert lag_by_partition(ends, committed, starts) == {(A, 0): 6, (A, 1): 0, (A, 2): 4, (A, 3): 4}


def test_lag_never_negative() -> None:
    assert lag_by_partition({(A, 0): 3}, {(A, 0): 9}, {}) == {(A, 0): 0}


def test_lag_publish_drops_partitions_no_longer_assigned() -> None:
    metrics = Metrics.create(CollectorRegistry())
    monitor = LagMonitor(bootstrap_servers="127.0.0.1:9", group="g", topics=[A], assignment=lambda: [],
                         gauge=metrics.consumer_lag)
    monitor.publish({(A, 0): 3, (A, 1): 2})
    text = metrics.exposition().decode()
    assert 'frontline_consumer_lag{partition="0",topic="frontline.articles"} 3.0' in text
    monitor.publish({(A, 1): 0})  # partition 0 went to another worker
    text = metrics.exposition().decode()
    assert 'partition="0"' not in text
    assert 'frontline_consumer_lag{partition="1",topic="frontline.articles"} 0.0' in text
