"""The figures of GUIDELINES "Scoring", as values that add up across documents and files.

Precision, recall and F1 are micro-averaged: counts are summed, then divided. A ratio
with nothing to divide is 1.0 when nothing went wrong (no gold, no prediction) and 0.0
otherwise; an accuracy over nothing is None (null in JSON).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from frontline.evaluation.matching import Event, attribute_agreement, match_document
from frontline.evaluation.table import TableRow, compare_tables, gold_table, ordered_documents, service_table
from frontline.model import KINDS, ControlEvent

_EVENT_DEFAULTS: dict[str, Any] = {
    "country": None, "winner": None, "loser": None, "when": None, "current": False, "evidence": "",
}


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives (false alarms), false negatives (misses)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document's outcome; misses, false alarms and attribute errors are event dicts."""

    id: str
    file: str
    counts: Counts
    misses: tuple[Event, ...] = ()
    false_alarms: tuple[Event, ...] = ()
    attribute_errors: tuple[dict[str, Any], ...] = ()  # {"gold": ..., "predicted": ..., "fields": [...]}
    duplicates: int = 0
    ignored: int = 0
    extract_ms: float | None = None
    error: str | None = None


def _sum_kinds(parts: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    total = {k: Counts() for k in KINDS}
    for part in parts:
        for kind, counts in part.items():
            total[kind] = total.get(kind, Counts()) + counts
    return total


@dataclass(frozen=True, slots=True)
class Report:
    """All figures for one gold file, or (``files`` filled) for several together."""

    counts: Counts
    per_kind: Mapping[str, Counts]
    loser: Accuracy
    when: Accuracy
    current: Accuracy
    table: Accuracy
    documents: tuple[DocumentResult, ...]
    table_rows: tuple[TableRow, ...] = ()
    files: Mapping[str, "Report"] = field(default_factory=dict)
    load_seconds: float | None = None

    @property
    def capture_f1(self) -> float:
        return self.per_kind.get("capture", Counts()).f1

    @property
    def extract_ms(self) -> tuple[float, float] | None:
        """(total, mean) extraction milliseconds over documents that were timed."""
        times = [d.extract_ms for d in self.documents if d.extract_ms is not None]
        return (sum(times), sum(times) / len(times)) if times else None

    @classmethod
    def merge(cls, files: Mapping[str, "Report"], load_seconds: float | None = None) -> "Report":
        """Several files scored together (micro), keeping each file's report."""
        reports = list(files.values())
        return cls(
            counts=sum((r.counts for r in reports), Counts()),
            per_kind=_sum_kinds(r.per_kind for r in reports),
            loser=sum((r.loser for r in reports), Accuracy()),
            when=sum((r.when for r in reports), Accuracy()),
            current=sum((r.current for r in reports), Accuracy()),
            table=sum((r.table for r in reports), Accuracy()),
            documents=tuple(d for r in reports for d in r.documents),
            table_rows=tuple(row for r in reports for row in r.table_rows),
            files=dict(files),
            load_seconds=load_seconds,
        )


def _as_dict(event: Event | ControlEvent) -> dict[str, Any]:
    data = event.to_dict() if isinstance(event, ControlEvent) else dict(event)
    return {**_EVENT_DEFAULTS, **data}


def _as_control_event(event: Mapping[str, Any], doc: Mapping[str, Any]) -> ControlEvent:
    data = dict(event)
    data["article_id"] = data.get("article_id") or str(doc.get("id", ""))
    data["published"] = data.get("published") or doc.get("published")
    return ControlEvent.from_dict(data)


def _score_document(
    doc: Mapping[str, Any], predicted: Sequence[dict[str, Any]], file: str
) -> tuple[DocumentResult, dict[str, Counts], tuple[Accuracy, Accuracy, Accuracy]]:
    gold: list[Event] = list(doc.get("events", ()))
    match = match_document(gold, predicted)
    per_kind: dict[str, Counts] = {}

    def add(kind: Any, counts: Counts) -> None:
        per_kind[str(kind)] = per_kind.get(str(kind), Counts()) + counts

    agree = [0, 0, 0]
    errors = []
    for gi, pi in match.pairs:
        add(gold[gi].get("kind"), Counts(tp=1))
        flags = attribute_agreement(gold[gi], predicted[pi])
        agree = [a + int(f) for a, f in zip(agree, flags)]
        if not all(flags):
            wrong = [name for name, ok in zip(("loser", "when", "current"), flags) if not ok]
            errors.append({"gold": gold[gi], "predicted": predicted[pi], "fields": wrong})
    for pi in match.false_alarms:
        add(predicted[pi].get("kind"), Counts(fp=1))
    for gi in match.misses:
        add(gold[gi].get("kind"), Counts(fn=1))
    n = len(match.pairs)
    result = DocumentResult(
        id=str(doc.get("id", "")),
        file=file,
        counts=Counts(len(match.pairs), len(match.false_alarms), len(match.misses)),
        misses=tuple(gold[i] for i in match.misses),
        false_alarms=tuple(predicted[i] for i in match.false_alarms),
        attribute_errors=tuple(errors),
        duplicates=len(match.duplicates),
        ignored=len(match.ignored),
    )
    return result, per_kind, (Accuracy(agree[0], n), Accuracy(agree[1], n), Accuracy(agree[2], n))


def score(
    gold_docs: Sequence[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Event | ControlEvent]],
    *,
    file: str = "",
    timings: Mapping[str, float] | None = None,
    errors: Mapping[str, str] | None = None,
) -> Report:
    """Score predictions (document id -> events, as dicts or ControlEvents) against one gold file.

    ``timings`` (document id -> extraction ms) and ``errors`` (document id -> message)
    are carried into the document results.
    """
    timings, errors = timings or {}, errors or {}
    docs, kind_parts = [], []
    loser, when, current = Accuracy(), Accuracy(), Accuracy()
    service_events: list[ControlEvent] = []
    for doc in ordered_documents(gold_docs):
        doc_id = str(doc.get("id", ""))
        predicted = [_as_dict(e) for e in predictions.get(doc_id, ())]
        result, per_kind, (lo, wh, cu) = _score_document(doc, predicted, file)
        docs.append(_with_run_info(result, timings.get(doc_id), errors.get(doc_id)))
        kind_parts.append(per_kind)
        loser, when, current = loser + lo, when + wh, current + cu
        service_events.extend(_as_control_event(e, doc) for e in predicted)
    rows = compare_tables(gold_table(gold_docs), service_table(service_events))
    return Report(
        counts=sum((d.counts for d in docs), Counts()),
        per_kind=_sum_kinds(kind_parts),
        loser=loser,
        when=when,
        current=current,
        table=Accuracy(sum(r.correct for r in rows), len(rows)),
        documents=tuple(docs),
        table_rows=tuple(rows),
    )


def _with_run_info(result: DocumentResult, extract_ms: float | None, error: str | None) -> DocumentResult:
    if extract_ms is None and error is None:
        return result
    return replace(result, extract_ms=extract_ms, error=error)
