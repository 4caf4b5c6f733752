"""Feeds a directory of 10,000 generated articles (mixed wire formats) and prints articles per second.

A benchmark, not a test: it prints figures. The articles go to a throw-away topic
(``bench-<id>.frontline.articles``, deleted afterwards) on FRONTLINE_BROKER when a
broker answers there, else (or with --dry-run) they are only read and parsed. Usage:
    .venv/bin/python benchmarks/feed_throughput.py [--count 10000] [--dry-run] [--keep DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import re
import socket
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import orjson

from frontline.model import Article
from frontline.settings import Settings
from frontline.wire.runner import FeedPlan, FeedRunner

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "wire"
TOWNS = ("Karvansk", "Dolna Vesh", "Ostrava", "Belmont", "Rivne", "Tarnow", "Kessel", "Arvid")


def _body(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (f"Government troops said on day {n} they had captured the town of {town} after heavy fighting.\n\n"
            f"Rebel commanders did not comment on report {n}; residents said fighters withdrew overnight.")


def _text(n: int) -> tuple[str, bytes]:
    return "txt", f"date 2024-03\n{_body(n)}\n\nbench{n:05d}-20240314_1\n".encode()


def _json(n: int) -> tuple[str, bytes]:
    return "json", orjson.dumps({"id": f"bench-json-{n}", "text": _body(n), "lang": "en",
                                 "published": "2024-03-14T09:30:00Z", "title": f"Report {n}"})


_NINJS = orjson.loads((SAMPLES / "ninjs" / "3.1_004_simple_text_article.json").read_bytes())


def _ninjs(n: int) -> tuple[str, bytes]:
    doc = dict(_NINJS, uri=f"urn:bench:ninjs:{n}",
               bodies=[{"role": "main", "contentType": "text/plain", "value": _body(n)}])
    return "json", orjson.dumps(doc)


_NEWSML = (SAMPLES / "newsml-g2" / "LISTING_1_A_NewsML-G2_News_Item.xml").read_text("utf-8")
_NITF = (SAMPLES / "nitf" / "desk-nitf.xml").read_text("utf-8")


def _newsml(n: int) -> tuple[str, bytes]:
    return "xml", re.sub(r'guid="[^"]+"', f'guid="urn:bench:newsml:{n}"', _NEWSML, count=1).encode()


def _nitf(n: int) -> tuple[str, bytes]:
    return "xml", _NITF.replace('id-string="desk-nitf-0001"', f'id-string="bench-nitf-{n}"').encode()


def _rss(n: int) -> tuple[str, bytes]:
    html = "".join(f"<p>{p}</p>" for p in _body(n).split("\n\n"))
    return "rss", (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench desk</title>'
        f"<language>en</language><item><guid>bench-rss-{n}</guid><title>Report {n}</title>"
        "<pubDate>Thu, 14 Mar 2024 09:30:00 GMT</pubDate>"
        f"<content:encoded><![CDATA[{html}]]></content:encoded></item></channel></rss>").encode()


FORMATS: dict[str, Callable[[int], tuple[str, bytes]]] = {
    "text": _text, "json": _json, "ninjs": _ninjs, "newsml": _newsml, "nitf": _nitf, "rss": _rss}


def generate(root: Path, count: int) -> Counter[str]:
    """``count`` one-article files, the formats in turn, 500 to a sub-directory."""
    made: Counter[str] = Counter()
    makers = list(FORMATS.items())
    for n in range(count):
        name, make = makers[n % len(makers)]
        suffix, data = make(n)
        folder = root / f"batch-{n // 500:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{n:05d}-{name}.{suffix}").write_bytes(data)
        made[name] += 1
    return made


class CountingSink:
    """Parse-only: counts what would be published."""

    def __init__(self) -> None:
        self.count = 0

    async def send(self, articles: Sequence[Article]) -> None:
        self.count += len(articles)


def _broker_answers(settings: Settings) -> bool:
    host, _, port = settings.bootstrap_servers.split(",")[0].rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1.0):
            return True
    except OSError:
        return False


async def _feed(plan: FeedPlan, settings: Settings | None) -> tuple[FeedRunner, float]:
    runner = FeedRunner(plan, on_rejected=lambda r: print(f"rejected {r.origin}: {r.reason}: {r.detail}",
                                                          file=sys.stderr))
    started = time.perf_counter()
    if settings is None:
        await runner.run(CountingSink())
    else:
        from frontline.stream.commands import KafkaSink

        async with KafkaSink(settings) as sink:
            await runner.run(sink)
    return runner, time.perf_counter() - started


async def _delete_topic(settings: Settings) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        await admin.delete_topics([settings.articles_topic])
    finally:
        await admin.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--dry-run", action="store_true", help="read and parse only, publish nothing")
    parser.add_argument("--keep", type=Path, default=None, help="generate into DIR and keep it")
    args = parser.parse_args(argv)

    base = Settings.from_env()
    settings: Settings | None = None
    if not args.dry_run:
        if _broker_answers(base):
            topic = f"bench-{uuid.uuid4().hex[:8]}.frontline.articles"
            settings = dataclasses.replace(base, articles_topic=topic)
        else:
            print(f"no broker at {base.bootstrap_servers}: parse only (--dry-run)", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="feed-bench-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        made = generate(root, args.count)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        print(f"generated {args.count:,} files ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{k} {v}" for k, v in made.items()))
        plan = FeedPlan(sources=(str(root),), max_bytes=base.max_article_bytes, progress=True)
        try:
            runner, seconds = asyncio.run(_feed(plan, settings))
        finally:
            if settings is not None:
                asyncio.run(_delete_topic(settings))
    target = f"published to {settings.articles_topic} (deleted afterwards)" if settings else "parsed only"
    s = runner.summary
    print(f"{target}: {s}")
    print(f"{s.read / seconds:,.0f} articles/s ({s.read:,} articles in {seconds:.1f} s)")
    return 1 if s.rejected or s.read != args.count else 0


if __name__ == "__main__":
    sys.exit(main())
