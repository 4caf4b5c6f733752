"""Scoring the extractor against gold files, exactly as ../shared/eval/GUIDELINES.md "Scoring" says.

    matching.py  place identity, actor equality, one-to-one matching of one document
    table.py     table accuracy: the final controller per gold place, gold vs service
    scoring.py   Counts, Accuracy, DocumentResult, Report and the pure ``score`` function
    report.py    human text and JSON renderings of a Report

Pure: no Kafka, Faust or Prometheus. ``frontline.evaluate`` runs the extractor and the CLI.
"""

from frontline.evaluation.scoring import Report, score

__all__ = ["Report", "score"]
