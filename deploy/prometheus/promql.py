#!/usr/bin/env python3
"""Every PromQL expression Frontline ships, and a check of them against a live Prometheus.

    python3 deploy/prometheus/promql.py                        # list: where, kind, expression
    python3 deploy/prometheus/promql.py --url http://127.0.0.1:9090   # query each one

Sources: the Grafana dashboards (deploy/grafana/dashboards/*.json; Grafana's
``$__rate_interval`` and friends are replaced by a fixed range first) and the rule
files (deploy/prometheus/rules/*.rules.yml: recording rules and alert conditions).

What "returns data" means (used by tests/integration/test_prometheus_live.py):
- a dashboard query or recording rule must return at least one sample, and at
  least one of them must be a number (not NaN);
- an alert condition is quiet on a healthy system, so it must parse and return
  nothing, while each metric selector inside it (``frontline_dead_letters_total``,
  ``up{job="frontline"}``...) returns data: the condition is computed on real series.
Stand-alone: standard library and PyYAML only.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
RULES = ROOT / "deploy" / "prometheus" / "rules"

# Grafana's range variables, replaced by a range that holds several scrapes.
GRAFANA_RANGES = ("$__rate_interval", "$__interval", "$__range")
# A metric selector: one of our metric families or a recorded series, with its matchers.
SELECTOR = re.compile(r"(?<![\w:])((?:frontline|faust)_[a-z0-9_]+|[a-z]+:frontline_[a-z0-9_:]+|up)(\{[^}]*\})?")


@dataclass(frozen=True, slots=True)
class Expression:
    where: str  # "dashboard <title> / panel <title> / A" or "rules <file> / <name>"
    kind: str  # "query", "record" or "alert"
    expr: str


def promql(expr: str, rng: str = "5m") -> str:
    """A Grafana query as plain PromQL: Grafana's range variables replaced by ``rng``."""
    for name in GRAFANA_RANGES:
        expr = expr.replace(name, rng).replace("${" + name[1:] + "}", rng)
    return expr


def dashboard_expressions(folder: Path = DASHBOARDS) -> list[Expression]:
    out = []
    for path in sorted(folder.glob("*.json")):
        dash = json.loads(path.read_text(encoding="utf-8"))
        for panel in _panels(dash.get("panels", [])):
            for target in panel.get("targets", []):
                if target.get("expr"):
                    where = f"dashboard {dash['title']} / {panel['title']} / {target['refId']}"
                    out.append(Expression(where, "query", target["expr"]))
    return out


def rule_expressions(folder: Path = RULES) -> list[Expression]:
    out = []
    for path in sorted(folder.glob("*.rules.yml")):
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            for rule in group["rules"]:
                kind = "alert" if "alert" in rule else "record"
                out.append(Expression(f"rules {path.name} / {rule.get('alert') or rule['record']}", kind,
                                      str(rule["expr"]).strip()))
    return out


def selectors(expr: str) -> list[str]:
    """The metric selectors inside ``expr``, in order, without repeats."""
    found = [name + (matchers or "") for name, matchers in SELECTOR.findall(expr)]
    return list(dict.fromkeys(found))


def metric_names(expr: str) -> set[str]:
    return {name for name, _ in SELECTOR.findall(expr)}


def query(url: str, expr: str, timeout: float = 10.0) -> dict[str, Any]:
    """The ``data`` of ``/api/v1/query``; raises ValueError with Prometheus' error (e.g. a parse error)."""
    request = f"{url.rstrip('/')}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as exc:  # 400 for a bad query, with a JSON body
        body = json.loads(exc.read() or b"{}")
    if body.get("status") != "success":
        raise ValueError(f"{body.get('errorType')}: {body.get('error')}")
    data: dict[str, Any] = body["data"]
    return data


def values(data: dict[str, Any]) -> list[float]:
    """The sample values of an instant-query answer (vector or scalar)."""
    result = data["result"]
    if data["resultType"] == "scalar":
        return [float(result[1])]
    return [float(sample["value"][1]) for sample in result]


def check(url: str, e: Expression, rng: str = "5m") -> str | None:
    """None when ``e`` returns data as the module docstring defines it, else why not."""
    expr = promql(e.expr, rng)
    try:
        got = values(query(url, expr))
    except ValueError as exc:
        return f"does not run: {exc}"
    if e.kind != "alert":
        if not got:
            return "returns no data"
        if not any(not math.isnan(v) for v in got):
            return f"returns only NaN ({len(got)} samples)"
        return None
    if got:
        return f"fires on a healthy system: {got}"
    inner = selectors(expr)
    if not inner:
        return "has no metric selector to check"
    empty = [s for s in inner if not values(query(url, s))]
    return f"selectors without data: {', '.join(empty)}" if empty else None


def everything() -> list[Expression]:
    return dashboard_expressions() + rule_expressions()


def _panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in panels:
        yield panel
        yield from _panels(panel.get("panels", []))  # collapsed rows hold their panels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a Prometheus base URL: query every expression")
    parser.add_argument("--range", default="5m", help="what Grafana's $__rate_interval becomes (default 5m)")
    args = parser.parse_args(argv)
    failed = 0
    for e in everything():
        if args.url is None:
            print(f"{e.kind:6} {e.where}\n       {promql(e.expr, args.range)}")
            continue
        problem = check(args.url, e, args.range)
        failed += problem is not None
        print(f"{'FAIL' if problem else 'ok':4} {e.kind:6} {e.where}" + (f": {problem}" if problem else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
