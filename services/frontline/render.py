"""Terminal rendering of alerts and the control table (dicts in the schemas' shapes)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def _actor(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return "+".join(str(v) for v in value)
    return str(value)


def _get(d: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        value = d.get(name)
        if value not in (None, ""):
            return value
    return None


def _place(d: Mapping[str, Any]) -> str:
    place = d.get("place")
    if isinstance(place, Mapping):
        name, country = place.get("name"), place.get("country")
    else:
        name, country = _get(d, "name", "place"), d.get("country")
    return f"{name or d.get('key') or '?'} ({country or '??'})"


def alert_line(alert: Mapping[str, Any]) -> str:
    """One line per alert: place, old -> new controller and status, kind, date."""
    old = alert.get("old") or {}
    new = alert.get("new") or {}
    old_c = _actor(_get(old, "controller")) if isinstance(old, Mapping) else _actor(old)
    new_c = _actor(_get(new, "controller")) if isinstance(new, Mapping) else _actor(new)
    status = new.get("status") if isinstance(new, Mapping) else None
    when = _get(alert, "when", "event_date", "since") or "?"
    kind = alert.get("kind", "alert")
    suffix = f" [{status}]" if status else ""
    return f"{when:<10}  {kind:<14} {_place(alert)}: {old_c} -> {new_c}{suffix}"


def towns_table(towns: Iterable[Mapping[str, Any]]) -> str:
    """The control table as aligned text columns."""
    header = ("PLACE", "COUNTRY", "CONTROLLER", "STATUS", "SINCE", "KEY")
    rows = [header]
    for t in towns:
        rows.append((
            str(_get(t, "name", "place") or "?"),
            str(t.get("country") or "??"),
            _actor(t.get("controller")),
            str(t.get("status") or "-"),
            str(_get(t, "since", "when") or "-"),
            str(_get(t, "key", "place_key") or "-"),
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def town_detail(town: Mapping[str, Any]) -> str:
    """One place: its state, then its history (oldest first), one claim per line."""
    sources = ", ".join(str(s) for s in town.get("sources") or ()) or "-"
    lines = [
        f"{_place(town)}  {town.get('key') or '-'}",
        f"  controller {_actor(town.get('controller'))}  status {town.get('status') or '-'}"
        f"  since {town.get('since') or '-'}  confidence {float(town.get('confidence') or 0):.2f}",
        f"  sources {sources}  last reported {town.get('last_reported') or '-'}",
        "  history:",
    ]
    for claim in town.get("history") or ():
        outlets = len(claim.get("sources") or ())
        lines.append(
            f"    {str(claim.get('when') or '?'):<10}  {str(claim.get('kind') or '?'):<10}"
            f" {_actor(claim.get('winner'))} <- {_actor(claim.get('loser'))}"
            f"  ({outlets} source{'s' if outlets != 1 else ''}, article {claim.get('article_id') or '-'})"
        )
    return "\n".join(lines)
