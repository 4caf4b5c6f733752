"""Claims: what the table keeps of control events, one per distinct fact.

A claim is one fact (date, kind, winner, loser) with every report of it merged in:
the distinct outlets that reported it, the highest extractor confidence, and the
earliest report as its lead (id, article, evidence). The bounded, sorted tuple of
claims is a place's history, and the state is derived from it (:mod:`.rules`), so the
state does not depend on the order in which reports arrive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from frontline.control import dates
from frontline.model import Actor, ControlEvent

MAX_SOURCES = 16  # distinct outlets kept per claim and per state
MAX_HISTORY = 32  # claims kept per place: the newest by event date
UNKNOWN_SOURCE = "unknown"  # the outlet of reports that name none (all count as one)
UNKNOWN_ACTOR = "UNKNOWN"
RANK = {"capture": 4, "withdrawal": 3, "siege": 2, "hold": 1}  # which report leads a date

Actors = tuple[str, ...]


def actors(value: Actor | Iterable[str]) -> Actors:
    """An actor field (id, list of ids, or None) as a tuple of ids; () where none is named."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(v for v in value if isinstance(v, str) and v.strip())


def actor_json(ids: Actors) -> Actor:
    """The JSON form of an actor tuple: None, one id, or a list of ids."""
    if not ids:
        return None
    return ids[0] if len(ids) == 1 else list(ids)


def union_sources(*groups: Iterable[str]) -> tuple[str, ...]:
    """Distinct outlets (case-insensitive), sorted, at most MAX_SOURCES (the same for any order)."""
    seen: dict[str, str] = {}
    for group in groups:
        for name in group:
            fold = name.casefold()
            seen[fold] = min(name, seen.get(fold, name))
    return tuple(seen[k] for k in sorted(seen))[:MAX_SOURCES]


def source_of(event: ControlEvent) -> str:
    return (event.source or "").strip() or UNKNOWN_SOURCE


@dataclass(frozen=True, slots=True)
class Claim:
    """One fact about a place with all its reports merged (also a history entry)."""

    when: str | None  # normalised event date (dates.normalise)
    kind: str
    winner: Actors
    loser: Actors
    event_id: str  # the lead report: the earliest published, then the smallest id
    article_id: str
    published: str | None
    source: str | None
    evidence: str
    current: bool
    confidence: float  # the highest extractor confidence among the reports
    sources: tuple[str, ...]  # distinct outlets that reported the fact

    @classmethod
    def of(cls, event: ControlEvent) -> "Claim | None":
        """The claim of one event; None if it says nothing about control (unknown kind, a holdless hold)."""
        winner, loser = actors(event.winner), actors(event.loser)
        if event.kind not in RANK or (event.kind == "hold" and not winner):
            return None
        return cls(
            when=dates.normalise(event.event_date), kind=event.kind, winner=winner, loser=loser,
            event_id=event.id, article_id=event.article_id, published=event.published,
            source=event.source, evidence=event.evidence, current=event.current,
            confidence=float(event.confidence), sources=(source_of(event),),
        )

    @property
    def fact(self) -> tuple[str | None, str, Actors, Actors]:
        """What makes two reports the same fact."""
        return (self.when, self.kind, self.winner, self.loser)

    @property
    def sort_key(self) -> tuple[Any, ...]:
        """History order: by event date (dates.sort_key), then a fixed order of kinds and actors."""
        return (dates.sort_key(self.when), RANK[self.kind], self.winner, self.loser)

    @property
    def lead_key(self) -> tuple[Any, ...]:
        """Which claim of one date leads it: the strongest kind, then the earliest report."""
        return (-RANK[self.kind], self.published or "~", self.event_id)

    @property
    def asserted(self) -> Actors:
        """Who the claim says holds the place: the winner, or for a siege the besieged loser."""
        return self.loser if self.kind == "siege" else self.winner

    @property
    def named(self) -> Actors:
        """The asserted holders other than UNKNOWN."""
        return tuple(a for a in self.asserted if a != UNKNOWN_ACTOR)

    def merge(self, other: "Claim") -> "Claim":
        """The same fact with the reports of ``other`` added."""
        lead = min(self, other, key=lambda c: (c.published or "~", c.event_id))
        return replace(
            lead,
            confidence=max(self.confidence, other.confidence),
            sources=union_sources(self.sources, other.sources),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "when": self.when, "precision": dates.precision(self.when), "kind": self.kind,
            "winner": actor_json(self.winner), "loser": actor_json(self.loser),
            "event_id": self.event_id, "article_id": self.article_id, "published": self.published,
            "source": self.source, "evidence": self.evidence, "current": self.current,
            "confidence": self.confidence, "sources": list(self.sources),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        return cls(
            when=data.get("when"), kind=data["kind"], winner=actors(data.get("winner")),
            loser=actors(data.get("loser")), event_id=data.get("event_id", ""),
            article_id=data.get("article_id", ""), published=data.get("published"),
            source=data.get("source"), evidence=data.get("evidence", ""),
            current=bool(data.get("current", False)), confidence=float(data.get("confidence", 0.0)),
            sources=tuple(data.get("sources", ())),
        )


def insert(history: tuple[Claim, ...], claim: Claim) -> tuple[Claim, ...]:
    """History with ``claim`` merged into its fact or added; sorted; the newest MAX_HISTORY kept."""
    merged = False
    claims = []
    for known in history:
        if known.fact == claim.fact:
            known, merged = known.merge(claim), True
        claims.append(known)
    if not merged:
        claims.append(claim)
    claims.sort(key=lambda c: c.sort_key)
    return tuple(claims[-MAX_HISTORY:])
