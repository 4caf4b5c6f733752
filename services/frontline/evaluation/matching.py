"""One document's predicted events against its gold events (GUIDELINES "Scoring").

A prediction matches a gold event when ``kind`` is equal, the place is the same
(:class:`PlaceId`) and the winner is acceptable (:func:`winner_matches`). Matching is
one-to-one and of maximum size; among maximum matchings it prefers pairs that also
agree on loser, when and current. Then:

- a prediction left over that matches an ``optional`` gold event is ignored;
- a prediction left over that matches a gold event already taken, or that has the same
  (kind, place, winner) as another prediction of the document, is a duplicate: one
  fact stated twice counts once, never as a false positive;
- every other left-over prediction is a false alarm (one per group of duplicates),
  every required gold event left over is a miss.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontline.extract.fold import fold

Event = Mapping[str, Any]

OTHER_PREFIX = "OTHER:"
# Leading Arabic/Romance/German articles, compared with and without ("Al-Qaim" = "Qaim").
_LEADING_ARTICLE = re.compile(
    r"^(?:al|el|ad|ar|as|az|an|at|ash|ath|ed|er|es|ez|ul|le|la|les|l)[\s\-'’‘ʿʾ]+", re.IGNORECASE
)
# "Jenin refugee camp" is "Jenin Camp" (GUIDELINES): the descriptor is not part of the name.
_DESCRIPTORS = re.compile(r"\b(?:refugee|flüchtlings)[\s-]*(?=camp|lager)", re.IGNORECASE)


def _norm_actor(actor: str) -> str:
    """Every ``OTHER:*`` id is the same actor for scoring."""
    return "OTHER" if actor.startswith(OTHER_PREFIX) else actor


def actor_set(value: Any) -> frozenset[str]:
    """The acceptable ids of an actor value (a string, a list of ids, or None -> empty)."""
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({_norm_actor(value)})
    return frozenset(_norm_actor(a) for a in value if isinstance(a, str))


def winner_matches(gold: Any, predicted: Any) -> bool:
    """Gold null accepts any winner; else some predicted id is one of the gold's ids."""
    gold_ids = actor_set(gold)
    if not gold_ids:
        return True
    return bool(gold_ids & actor_set(predicted))


def actor_equal(gold: Any, predicted: Any) -> bool:
    """Loser accuracy: winner rules (lists, OTHER), but a null gold wants a null prediction."""
    gold_ids, predicted_ids = actor_set(gold), actor_set(predicted)
    if not gold_ids or not predicted_ids:
        return not gold_ids and not predicted_ids
    return bool(gold_ids & predicted_ids)


def name_keys(name: str) -> frozenset[str]:
    """Folded keys of a place name, with and without a leading article."""
    name = _DESCRIPTORS.sub("", name.strip())
    variants = {name, _LEADING_ARTICLE.sub("", name)}
    return frozenset(k for k in (fold(v) for v in variants if v) if k)


def _geonames_id(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class PlaceId:
    """What makes two mentions the same place: the GeoNames id, or a folded name."""

    geonames_id: int | None
    names: frozenset[str]

    @classmethod
    def of(cls, event: Event) -> "PlaceId":
        return cls(_geonames_id(event.get("geonames_id")), name_keys(str(event.get("place") or "")))

    def same(self, other: "PlaceId") -> bool:
        """Same GeoNames id, or the same name after transliteration folding."""
        if self.geonames_id is not None and self.geonames_id == other.geonames_id:
            return True
        return bool(self.names & other.names)


def events_match(gold: Event, predicted: Event, gold_place: PlaceId, predicted_place: PlaceId) -> bool:
    """The GUIDELINES match: equal kind, same place, acceptable winner."""
    return (
        gold.get("kind") == predicted.get("kind")
        and gold_place.same(predicted_place)
        and winner_matches(gold.get("winner"), predicted.get("winner"))
    )


def attribute_agreement(gold: Event, predicted: Event) -> tuple[bool, bool, bool]:
    """(loser, when, current) equal? ``when`` by exact string, None equals None."""
    return (
        actor_equal(gold.get("loser"), predicted.get("loser")),
        gold.get("when") == predicted.get("when"),
        bool(gold.get("current")) == bool(predicted.get("current")),
    )


@dataclass(frozen=True, slots=True)
class DocMatch:
    """Indices into the document's gold and predicted lists."""

    pairs: tuple[tuple[int, int], ...]  # (gold, prediction): true positives
    ignored: tuple[int, ...]  # predictions that match an optional gold event
    duplicates: tuple[int, ...]  # predictions that repeat a fact already counted
    false_alarms: tuple[int, ...]
    misses: tuple[int, ...]  # required gold events nothing matched


def _max_matching(
    left: Sequence[int], candidates: Mapping[int, Sequence[tuple[int, int]]]
) -> dict[int, int]:
    """Maximum one-to-one matching left -> right; ``candidates[l]`` = [(weight, right)].

    Greedy by weight first (so agreeing pairs are preferred), then augmenting paths
    make it maximum in size (Kuhn). Sizes are a few dozen at most.
    """
    owner: dict[int, int] = {}  # right -> left
    chosen: dict[int, int] = {}  # left -> right
    ranked = sorted((-w, g, p) for g in left for w, p in candidates.get(g, ()))
    for _, g, p in ranked:
        if g not in chosen and p not in owner:
            chosen[g], owner[p] = p, g

    def augment(g: int, seen: set[int]) -> bool:
        for _, p in sorted(candidates.get(g, ()), reverse=True):
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p], chosen[g] = g, p
                return True
        return False

    for g in left:
        if g not in chosen:
            augment(g, set())
    return chosen


def match_document(gold: Sequence[Event], predicted: Sequence[Event]) -> DocMatch:
    """Match one document's predictions to its gold events (see module docstring)."""
    gold_places = [PlaceId.of(g) for g in gold]
    pred_places = [PlaceId.of(p) for p in predicted]
    edges: dict[int, list[tuple[int, int]]] = {}
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if events_match(g, p, gold_places[gi], pred_places[pi]):
                edges.setdefault(gi, []).append((sum(attribute_agreement(g, p)), pi))

    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold) if g.get("optional")]
    chosen = _max_matching(required, edges)
    taken = set(chosen.values())
    rest = {g: [(w, p) for w, p in edges.get(g, ()) if p not in taken] for g in optional}
    optional_chosen = _max_matching(optional, rest)
    ignored = set(optional_chosen.values())

    counted = taken | ignored
    # A left-over prediction that matches any gold event repeats a fact already counted
    # (a maximum matching leaves no gold event free that a left-over prediction matches).
    matching_any = {p for es in edges.values() for _, p in es}
    duplicates = {p for p in matching_any if p not in counted}
    # Group the remaining predictions by (kind, place, winner): one false alarm per group,
    # and nothing for a group that shares its key with a counted prediction.
    unresolved = [p for p in range(len(predicted)) if p not in counted and p not in duplicates]
    false_alarms: list[int] = []
    for p in unresolved:
        twins = [
            q
            for q in (*sorted(counted), *false_alarms)
            if predicted[q].get("kind") == predicted[p].get("kind")
            and actor_set(predicted[q].get("winner")) == actor_set(predicted[p].get("winner"))
            and pred_places[q].same(pred_places[p])
        ]
        if twins:
            duplicates.add(p)
        else:
            false_alarms.append(p)
    return DocMatch(
        pairs=tuple(sorted(chosen.items())),
        ignored=tuple(sorted(ignored)),
        duplicates=tuple(sorted(duplicates)),
        false_alarms=tuple(false_alarms),
        misses=tuple(g for g in required if g not in chosen),
    )
