"""The whole pipeline in one process, no Kafka: wire -> Extractor -> ControlTable.

The same domain code as the worker's agents, in ``published`` order. Used by
``frontline extract`` and ``frontline replay`` (and by evaluation and benchmarks).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

import orjson

from frontline.control import Alert, ControlTable
from frontline.extract.pipeline import Extractor
from frontline.model import Article, ControlEvent
from frontline.render import alert_line, towns_table
from frontline.settings import Settings
from frontline.wire import read_articles
from frontline.wire.rejected import Rejected

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ReplayResult:
    alerts: list[Alert] = field(default_factory=list)
    towns: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"alerts": [a.to_dict() for a in self.alerts], "towns": self.towns}


def _order(article: Article) -> tuple[bool, str, str]:
    # Articles without a date go last; ties keep a stable order by id.
    return (article.published is None, article.published or "", article.id)


def split(items: Iterable[Article | Rejected]) -> tuple[list[Article], list[Rejected]]:
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for item in items:
        (rejected if isinstance(item, Rejected) else articles).append(item)  # type: ignore[arg-type]
    return articles, rejected


def events_of(articles: Iterable[Article], extractor: Extractor) -> Iterator[ControlEvent]:
    for article in articles:
        yield from extractor.extract(article)


def replay(
    articles: Iterable[Article],
    extractor: Extractor | None = None,
    table: ControlTable | None = None,
) -> ReplayResult:
    """Run articles (sorted by published) through extraction and the control table."""
    extractor = extractor or Extractor.load()
    table = table if table is not None else ControlTable()
    result = ReplayResult()
    for article in sorted(articles, key=_order):
        result.articles += 1
        for event in extractor.extract(article):
            result.events += 1
            result.alerts.extend(table.apply(event))
    result.towns = [s.to_dict() for s in table.states()]
    return result


def _read(settings: Settings, args: argparse.Namespace) -> tuple[list[Article], list[Rejected]]:
    articles, rejected = split(
        read_articles(args.sources, getattr(args, "format", None), max_bytes=settings.max_article_bytes)
    )
    for r in rejected:
        log.warning("rejected %s: %s: %s", r.origin, r.reason, r.detail)
    return articles, rejected


def extract_command(settings: Settings, args: argparse.Namespace, out: TextIO | None = None) -> int:
    """`frontline extract`: one JSON control event per line; exit 1 if an input was rejected."""
    out = out or sys.stdout
    articles, rejected = _read(settings, args)
    for event in events_of(articles, Extractor.load()):
        out.write(orjson.dumps(event.to_dict()).decode() + "\n")
    return 1 if rejected else 0


def replay_command(settings: Settings, args: argparse.Namespace, out: TextIO | None = None) -> int:
    """`frontline replay`: alerts and the final table (or one JSON object with --json)."""
    out = out or sys.stdout
    articles, rejected = _read(settings, args)
    result = replay(articles)
    if args.json:
        out.write(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        out.write(f"{len(result.alerts)} alerts from {result.articles} articles ({result.events} events)\n")
        for alert in result.alerts:
            out.write(alert_line(alert.to_dict()) + "\n")
        out.write("\n" + towns_table(result.towns) + "\n")
    if rejected:
        print(f"{len(rejected)} inputs rejected", file=sys.stderr)
    return 1 if rejected else 0
