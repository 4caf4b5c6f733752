"""Renderings of a Report: a JSON-able dict (``--json``) and human text."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from frontline.evaluation.scoring import Accuracy, Counts, DocumentResult, Report
from frontline.model import KINDS

EVENT_FIELDS = ("place", "geonames_id", "country", "kind", "winner", "loser", "when", "current", "evidence")
SNIPPET_CHARS = 140


def _event(event: Mapping[str, Any]) -> dict[str, Any]:
    return {k: event.get(k) for k in EVENT_FIELDS if k in event or k != "geonames_id"}


def _document(doc: DocumentResult) -> dict[str, Any]:
    return {
        "id": doc.id,
        "file": doc.file,
        **doc.counts.figures(),
        "duplicates": doc.duplicates,
        "ignored": doc.ignored,
        "extract_ms": doc.extract_ms,
        "error": doc.error,
        "misses": [_event(e) for e in doc.misses],
        "false_alarms": [_event(e) for e in doc.false_alarms],
        "attribute_errors": [
            {"fields": a["fields"], "gold": _event(a["gold"]), "predicted": _event(a["predicted"])}
            for a in doc.attribute_errors
        ],
    }


def figures(report: Report) -> dict[str, Any]:
    """The headline figures of a report (no per-document detail)."""
    timing = report.extract_ms
    return {
        "precision": report.counts.precision,
        "recall": report.counts.recall,
        "f1": report.counts.f1,
        "capture_f1": report.capture_f1,
        "table_accuracy": report.table.value,
        "loser_accuracy": report.loser.value,
        "when_accuracy": report.when.value,
        "current_accuracy": report.current.value,
        "per_kind": {kind: counts.figures() for kind, counts in report.per_kind.items()},
        "counts": {
            "tp": report.counts.tp,
            "fp": report.counts.fp,
            "fn": report.counts.fn,
            "duplicates": sum(d.duplicates for d in report.documents),
            "ignored": sum(d.ignored for d in report.documents),
            "table_places": report.table.total,
            "table_correct": report.table.correct,
            "documents": len(report.documents),
            "errors": sum(1 for d in report.documents if d.error),
        },
        "timing": {
            "load_seconds": report.load_seconds,
            "extract_ms_total": timing[0] if timing else None,
            "extract_ms_mean": timing[1] if timing else None,
        },
        "table_errors": [
            {"place": r.place, "gold": r.gold, "gold_loser": r.gold_loser, "service": r.service}
            for r in report.table_rows
            if not r.correct
        ],
    }


def to_json(report: Report) -> dict[str, Any]:
    """The ``--json`` object: figures, ``documents``, and ``files`` (per-file figures)."""
    return {
        **figures(report),
        "documents": [_document(d) for d in report.documents],
        "files": {path: figures(r) for path, r in report.files.items()},
    }


# ---------------------------------------------------------------- text


def _ratio(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def _acc(acc: Accuracy) -> str:
    return f"{_ratio(acc.value)} ({acc.correct}/{acc.total})"


def _prf(label: str, c: Counts) -> str:
    return (
        f"  {label:<11} P {_ratio(c.precision)}  R {_ratio(c.recall)}  F1 {_ratio(c.f1)}"
        f"   tp {c.tp:>3}  fp {c.fp:>3}  fn {c.fn:>3}"
    )


def _block(title: str, report: Report) -> list[str]:
    timing = report.extract_ms
    n = len(report.documents)
    lines = [f"== {title}  ({n} documents" + (f", extraction {timing[1]:.2f} ms/doc)" if timing else ")")]
    lines.append(_prf("all kinds", report.counts))
    lines += [_prf(kind, report.per_kind.get(kind, Counts())) for kind in KINDS]
    lines.append(f"  capture F1 {_ratio(report.capture_f1)}   table accuracy {_acc(report.table)}")
    lines.append(
        f"  over matched events: loser {_acc(report.loser)}  when {_acc(report.when)}"
        f"  current {_acc(report.current)}"
    )
    dup = sum(d.duplicates for d in report.documents)
    ign = sum(d.ignored for d in report.documents)
    err = sum(1 for d in report.documents if d.error)
    lines.append(f"  duplicates {dup}  optional matched (ignored) {ign}  extraction errors {err}")
    return lines


def _actor(value: Any) -> str:
    if isinstance(value, list):
        return "|".join(map(str, value))
    return "-" if value is None else str(value)


def _snippet(text: Any) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def _event_line(tag: str, e: Mapping[str, Any]) -> str:
    return (
        f"  {tag:<5} {e.get('kind')} {e.get('place')} winner={_actor(e.get('winner'))}"
        f" loser={_actor(e.get('loser'))} when={e.get('when')}  | {_snippet(e.get('evidence'))}"
    )


def _document_lines(doc: DocumentResult) -> list[str]:
    if not (doc.misses or doc.false_alarms or doc.attribute_errors or doc.error):
        return []
    lines = [f"-- {doc.id} ({Path(doc.file).name})  tp {doc.counts.tp} fp {doc.counts.fp} fn {doc.counts.fn}"]
    if doc.error:
        lines.append(f"  ERROR {doc.error}")
    lines += [_event_line("MISS", e) for e in doc.misses]
    lines += [_event_line("FALSE", e) for e in doc.false_alarms]
    for a in doc.attribute_errors:
        g, p = a["gold"], a["predicted"]
        diffs = ", ".join(f"{f} gold={_actor(g.get(f))} got={_actor(p.get(f))}" for f in a["fields"])
        lines.append(f"  ATTR  {g.get('kind')} {g.get('place')}: {diffs}")
    return lines


def to_text(report: Report, quiet: bool = False) -> str:
    """Per file and overall figures, then (unless quiet) each document's errors."""
    lines: list[str] = []
    for path, part in report.files.items():
        lines += _block(path, part) + [""]
    if len(report.files) != 1:
        lines += _block("all files", report) + [""]
    if report.load_seconds is not None:
        lines.append(f"extractor loaded in {report.load_seconds:.2f} s")
    if quiet:
        return "\n".join(lines).rstrip() + "\n"
    for path, part in (report.files or {"": report}).items():
        wrong = [r for r in part.table_rows if not r.correct]
        if wrong:
            lines.append(f"-- table errors in {Path(path).name or 'gold'}")
            lines += [
                f"  {r.place}: gold {_actor(r.gold)} (lost by {_actor(r.gold_loser)}), service {_actor(r.service)}"
                for r in wrong
            ]
    for doc in report.documents:
        lines += _document_lines(doc)
    return "\n".join(lines).rstrip() + "\n"
