"""Newswire ingestion: any supported wire format in, normalised Articles out.

Formats (auto-detected, or forced with ``fmt``): plain text (with the seed's
``date``/id lines), JSON / JSON Lines of Frontline articles, IPTC ninjs 1.x-3.x,
NewsML-G2 newsItem/newsMessage, NITF, RSS/Atom. No Kafka; the network only for feed URLs.

    read_articles(sources, fmt)  files, directories, "-", URLs -> Article | Rejected (never raises)
    parse_bytes(data, origin)    one input -> [Article], raises InputError
    Deduper                      id + version: newer supersedes, repeats are skipped
    runner.FeedRunner            `frontline feed`: files once, URLs polled (remote, feedstate), a spool
"""

from __future__ import annotations

from .dedup import Deduper, Verdict
from .detect import FORMATS
from .parse import parse_bytes, parse_items
from .rejected import Rejected
from .sources import read_articles

__all__ = ["FORMATS", "Deduper", "Rejected", "Verdict", "parse_bytes", "parse_items", "read_articles"]
