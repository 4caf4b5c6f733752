"""The rules that derive a place's state from its claims (docs/control-state.md).

The claims are folded in event-date order, one date at a time: each date's claims
decide the state together (:func:`decide`), and a newer date replaces what an older
one decided. Only a siege that does not name who is besieged keeps the controller of
the state before it. Because the fold runs over the sorted history, the state is the
same whatever order the reports arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

from frontline.control.claims import UNKNOWN_ACTOR, Claim, union_sources

STATUSES = ("controlled", "contested", "besieged", "unknown")
CONFIDENCE_FLOOR, CONFIDENCE_CEILING = 0.05, 0.95


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the claims say about a place: the state without its place and bookkeeping."""

    controller: str | None
    status: str
    since: str | None
    claimants: tuple[str, ...]
    sources: tuple[str, ...]
    confidence: float
    deciding: Claim | None


EMPTY = Outcome(None, "unknown", None, (), (), 0.0, None)


def confidence(base: float, sources: int) -> float:
    """1 - (1 - c)^n: a report's confidence c (clamped), n distinct outlets agreeing."""
    c = min(max(base, CONFIDENCE_FLOOR), CONFIDENCE_CEILING)
    return round(1.0 - (1.0 - c) ** max(sources, 1), 4)


def _disjoint_pair(claims: Sequence[Claim]) -> bool:
    names = [set(c.named) for c in claims]
    return any(not (a & b) for i, a in enumerate(names) for b in names[i + 1:])


def decide(group: Sequence[Claim], prior: Outcome) -> Outcome:
    """The state after the claims of one date (all informative), given the state before."""
    changers = [c for c in group if c.kind in ("capture", "withdrawal")]
    sieges = [c for c in group if c.kind == "siege"]
    lost = {a for c in changers for a in c.loser}
    # a hold by whoever lost the place that same day is explained by the loss
    holds = [c for c in group if c.kind == "hold" and not set(c.winner) & lost]
    if changers:  # a capture or withdrawal ends a siege of the same day
        status, candidates = "controlled", changers + holds
    elif sieges:
        status, candidates = "besieged", sieges + holds
    else:
        status, candidates = "controlled", holds
    named = [c for c in candidates if c.named]
    claimants: tuple[str, ...] = ()
    if named and _disjoint_pair(named):
        controller, status, support = None, "contested", candidates
        claimants = tuple(sorted({c.named[0] for c in named}))
    elif named:
        support = named + ([c for c in sieges if not c.named] if status == "besieged" else [])
        # overlapping claims ("GOV:TR and SY_OPPOSITION" / "SY_OPPOSITION"): the actor that
        # every claim names decides, so the outcome does not depend on which report came first
        common = set.intersection(*(set(c.named) for c in named))
        ordered = sorted(named, key=lambda c: c.lead_key)
        controller = next((a for c in ordered for a in c.named if a in common), ordered[0].named[0])
    elif status == "besieged":  # nobody named inside: the siege keeps the controller
        controller, support = prior.controller, sieges
    else:
        unknown = [c for c in candidates if UNKNOWN_ACTOR in c.asserted]
        controller = UNKNOWN_ACTOR if unknown else None
        support = unknown or candidates
        status = "controlled" if unknown else "unknown"
    lead = min(support, key=lambda c: c.lead_key)
    sources = union_sources(*(c.sources for c in support))
    if prior.deciding is not None and (controller, status, claimants) == (
        prior.controller, prior.status, prior.claimants
    ):
        sources = union_sources(prior.sources, sources)  # a confirmation adds its outlets
    base = max(c.confidence for c in support)
    return Outcome(controller, status, lead.when, claimants, sources, confidence(base, len(sources)), lead)


def derive(history: Iterable[Claim]) -> Outcome:
    """Fold the claims, oldest date first, into the current outcome."""
    outcome = EMPTY
    ordered = sorted(history, key=lambda c: c.sort_key)
    for _, group in groupby(ordered, key=lambda c: c.when):
        outcome = decide(list(group), outcome)
    return outcome
