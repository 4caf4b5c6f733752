"""`frontline eval GOLD.jsonl...`: run the extractor over gold files and score it.

The scoring itself is pure and lives in :mod:`frontline.evaluation` (``score`` takes gold
documents and predictions, no extractor); this module loads gold files, runs the
extractor with a timer per document, and prints the report.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from frontline.errors import DecodeError, FrontlineError, InputError
from frontline.evaluation import Report, score
from frontline.evaluation.report import to_json, to_text
from frontline.model import Article, ControlEvent

log = logging.getLogger(__name__)

__all__ = ["eval_command", "load_gold", "run", "score"]


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The documents of one gold JSONL file (blank lines skipped)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}") from exc
    docs = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise DecodeError(f"{path}:{number}: not JSON: {exc}") from exc
        if not isinstance(doc, dict) or "id" not in doc or "text" not in doc:
            raise DecodeError(f"{path}:{number}: a gold document needs at least 'id' and 'text'")
        docs.append(doc)
    return docs


def article_of(doc: dict[str, Any]) -> Article:
    """The Article the service would have received for a gold document."""
    return Article(
        id=str(doc["id"]),
        text=str(doc["text"]),
        published=doc.get("published"),
        lang=doc.get("lang"),
        title=str(doc.get("title") or ""),
    )


def run(gold_paths: Sequence[str | Path], extractor: Any = None) -> Report:
    """Extract every gold document of every file and score (per file, and all together)."""
    started = time.perf_counter()
    if extractor is None:
        from frontline.extract.pipeline import Extractor

        extractor = Extractor.load()
    load_seconds = time.perf_counter() - started
    files: dict[str, Report] = {}
    for path in gold_paths:
        docs = load_gold(path)
        predictions: dict[str, list[ControlEvent]] = {}
        timings: dict[str, float] = {}
        errors: dict[str, str] = {}
        for doc in docs:
            article = article_of(doc)
            t0 = time.perf_counter()
            try:
                predictions[article.id] = list(extractor.extract(article))
            except Exception as exc:  # noqa: BLE001 - an extractor bug must not hide the other figures
                log.exception("extraction failed for %s in %s", article.id, path)
                errors[article.id] = f"{type(exc).__name__}: {exc}"
            timings[article.id] = (time.perf_counter() - t0) * 1000
        files[str(path)] = score(docs, predictions, file=str(path), timings=timings, errors=errors)
    return Report.merge(files, load_seconds=load_seconds)


def eval_command(settings: Any, args: argparse.Namespace) -> int:
    """Print the report of ``args.gold`` as text (or ``--json``); 2 on unreadable gold."""
    try:
        report = run(args.gold)
    except FrontlineError as exc:
        log.error("%s", exc)
        return 2
    if getattr(args, "json", False):
        sys.stdout.buffer.write(orjson.dumps(to_json(report), option=orjson.OPT_NON_STR_KEYS) + b"\n")
    else:
        sys.stdout.write(to_text(report, quiet=getattr(args, "quiet", False)))
    sys.stdout.flush()
    return 0
