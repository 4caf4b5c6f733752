"""claims: actor fields, outlets, merging reports of one fact, the bounded history."""

from __future__ import annotations

import pytest

from frontline.control.claims import MAX_HISTORY, MAX_SOURCES, Claim, actor_json, actors, insert, union_sources

from .events import cap, hold, siege


@pytest.mark.parametrize(("value", "ids"), [
    ("IS", ("IS",)), (["GOV:TR", "SY_OPPOSITION"], ("GOV:TR", "SY_OPPOSITION")), (None, ()), ("", ()), ([], ()),
    (["IS", ""], ("IS",)),
])
def test_claims_actors(value: object, ids: tuple[str, ...]) -> None:
    assert actors(value) == ids  # type: ignore[arg-type]


@pytest.mark.parametrize(("ids", "json"), [((), None), (("IS",), "IS"), (("A", "B"), ["A", "B"])])
def test_claims_actor_json(ids: tuple[str, ...], json: object) -> None:
    assert actor_json(ids) == json and actors(json) == ids  # type: ignore[arg-type]


def test_claims_union_sources_is_case_insensitive_sorted_and_bounded() -> None:
    assert union_sources(["dpa", "AFP"], ["afp", "Reuters"]) == ("AFP", "dpa", "Reuters")
    assert union_sources(["afp"], ["AFP"]) == union_sources(["AFP"], ["afp"]) == ("AFP",)
    many = [f"outlet{i:02d}" for i in range(40)]
    assert union_sources(many) == union_sources(reversed(many)) == tuple(many[:MAX_SOURCES])


def test_claims_of_events() -> None:
    claim = Claim.of(siege("SDF", "IS", "2017-06-06T12:00:00Z"))
    assert claim is not None and claim.when == "2017-06-06" and claim.asserted == ("IS",)
    assert Claim.of(hold(None)) is None
    assert Claim.of(cap("UNKNOWN", "IS")).named == ()  # type: ignore[union-attr]


def test_claims_merge_keeps_the_earliest_report_and_all_outlets() -> None:
    late = Claim.of(cap("GOV:SY", "IS", source="AFP", published="2017-11-10", confidence=0.9))
    early = Claim.of(cap("GOV:SY", "IS", source="dpa", published="2017-11-09", confidence=0.6))
    assert late is not None and early is not None
    merged = late.merge(early)
    assert merged == early.merge(late)
    assert (merged.event_id, merged.source, merged.confidence, merged.sources) == (
        early.event_id, "dpa", 0.9, ("AFP", "dpa"))


def test_claims_insert_merges_facts_and_keeps_the_newest() -> None:
    history: tuple[Claim, ...] = ()
    for day in range(1, 29):
        for _ in range(2):  # two reports of each fact
            claim = Claim.of(hold("IS", f"2017-02-{day:02d}"))
            assert claim is not None
            history = insert(history, claim)
    assert len(history) == 28
    for month in range(3, 9):
        claim = Claim.of(hold("IS", f"2017-{month:02d}"))
        assert claim is not None
        history = insert(history, claim)
    assert len(history) == MAX_HISTORY  # 34 facts, the two oldest dropped
    assert [c.when for c in history] == sorted(c.when or "" for c in history)
    assert (history[0].when, history[-1].when) == ("2017-02-03", "2017-08")
    assert all(len(c.sources) == 1 for c in history)
