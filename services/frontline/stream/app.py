"""The wiring: one Faust app from Settings, with its topics, table, agents and views.

Nothing is built at import time: ``make_app(settings)`` builds everything, and
``run_worker(settings)`` runs it until a signal stops it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import faust

from frontline.extract.pipeline import Extractor
from frontline.metrics import Metrics
from frontline.settings import Settings
from frontline.stream import agents, mapview, observe, topics, web
from frontline.stream.topics import Outbox, TopicOutbox, Topics

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FrontlineApp:
    """The Faust app and the parts tests and commands reach for."""

    app: faust.App
    settings: Settings
    topics: Topics
    places: faust.Table
    agents: agents.Agents
    steps: agents.Steps
    metrics: Metrics


def faust_app(settings: Settings) -> faust.App:
    """A bare Faust app configured from ``settings`` (no topics, agents or views)."""
    return faust.App(
        settings.app_id,
        broker=settings.faust_broker,
        store=settings.store,
        datadir=str(settings.data_dir),
        autodiscover=False,
        processing_guarantee="at_least_once",  # exactly_once has open bugs (NOTES.md)
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication,
        topic_disable_leader=True,
        table_standby_replicas=0,
        broker_commit_interval=settings.commit_interval,
        consumer_auto_offset_reset="earliest",
        web_enabled=True,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
    )


def make_app(
    settings: Settings,
    *,
    extractor: Extractor | None = None,
    metrics: Metrics | None = None,
    outbox: Outbox | None = None,
) -> FrontlineApp:
    """Build the service. Tests pass a memory store in ``settings`` and a MemoryOutbox."""
    app = faust_app(settings)
    declared = topics.declare(app, settings)
    places = topics.places_table(app, settings)
    metrics = metrics or Metrics.create()
    steps = agents.Steps(
        settings=settings,
        extractor=extractor or Extractor.load(),
        metrics=metrics,
        outbox=outbox or TopicOutbox(declared),
    )
    registered = agents.register(app, declared, places, steps)
    web.register(app, places, metrics)
    mapview.register(app)
    observe.install(app, settings, places, metrics)

    @app.task
    async def declare_output_topics() -> None:
        # The agents create the topics they consume; create the ones only written to.
        for topic in (declared.alerts, declared.dead_letter):
            await topic.maybe_declare()

    return FrontlineApp(app, settings, declared, places, registered, steps, metrics)


def run_worker(settings: Settings) -> int:
    """Run a worker (both agents and the web server) until SIGINT/SIGTERM."""
    service = make_app(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    log.info(
        "worker %s: broker %s, topics %s, web %s",
        settings.app_id,
        settings.bootstrap_servers,
        ", ".join(t.get_topic_name() for t in service.topics.all()),
        settings.web_url,
    )
    worker = faust.Worker(
        service.app,
        loglevel=settings.log_level.upper(),
        override_logging=False,
        quiet=True,
    )
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0
