"""`frontline eval`: matching, scoring and table accuracy as GUIDELINES "Scoring" says."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pytest

from frontline.errors import DecodeError
from frontline.evaluate import eval_command, load_gold, run, score
from frontline.evaluation.matching import PlaceId, actor_equal, match_document, winner_matches
from frontline.evaluation.report import to_json, to_text
from frontline.evaluation.scoring import Counts, Report
from frontline.evaluation.table import gold_table
from frontline.model import Article, ControlEvent


def ev(place: str, kind: str = "capture", winner: Any = None, **extra: Any) -> dict[str, Any]:
    event = {"place": place, "country": extra.pop("country", "SY"), "kind": kind, "winner": winner,
             "loser": None, "when": None, "current": True, "evidence": f"{place} {kind}."}
    event.update(extra)
    return event


def doc(doc_id: str, events: list[dict[str, Any]], published: str = "2017-11-09") -> dict[str, Any]:
    return {"id": doc_id, "lang": "en", "published": published, "title": "", "text": "text", "events": events}


def one(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Report:
    return score([doc("d1", gold)], {"d1": predicted})


def counts(report: Report) -> tuple[int, int, int]:
    return report.counts.tp, report.counts.fp, report.counts.fn


# ---------------------------------------------------------------- actors


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("IS", "IS", True),
        ("IS", "GOV:SY", False),
        ("IS", None, False),
        (None, "IS", True),  # gold null accepts any winner
        (None, None, True),
        (["GOV:TR", "SY_OPPOSITION"], "SY_OPPOSITION", True),
        (["GOV:TR", "SY_OPPOSITION"], "SDF", False),
        ("HTS", ["SY_OPPOSITION", "HTS"], True),  # a predicted list matches if any member does
        ("OTHER:npfl", "OTHER:ulimo", True),  # every OTHER:* is the same actor
        ("OTHER:npfl", "UNKNOWN", False),
        ("UNKNOWN", "IS", False),
        ("UNKNOWN", "UNKNOWN", True),
    ],
)
def test_evaluate_winner_matches(gold: Any, predicted: Any, expected: bool) -> None:
    assert winner_matches(gold, predicted) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("IS", "IS", True),
        (None, None, True),
        (None, "IS", False),  # loser accuracy: a loser the text does not name is an error
        ("IS", None, False),
        ("OTHER:a", "OTHER:b", True),
        (["GOV:SY", "HTS"], "HTS", True),
    ],
)
def test_evaluate_loser_equality(gold: Any, predicted: Any, expected: bool) -> None:
    assert actor_equal(gold, predicted) is expected


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        (ev("Falludscha"), ev("Fallujah"), True),
        (ev("Falloujah"), ev("Falluja"), True),
        (ev("Mossul"), ev("Mosul"), True),
        (ev("Al-Qaim"), ev("Qaim"), True),
        (ev("Al-Qaim"), ev("Al Qa'im"), True),
        (ev("el-Bab"), ev("Al-Bab"), True),
        (ev("Deir ez-Zor"), ev("Deir al-Zor"), True),
        (ev("Abu Kamal", geonames_id=174448), ev("Albu Kamal", geonames_id=174448), True),
        (ev("Abu Kamal", geonames_id=174448), ev("Al-Bukamal", geonames_id="174448"), True),
        (ev("Jenin Camp"), ev("Jenin refugee camp"), True),
        (ev("Aleppo"), ev("Aleppo International Airport"), False),  # facility is not its town
        (ev("Mosul"), ev("Tikrit"), False),
        (ev("Raqqa", geonames_id=172955), ev("Ramadi", geonames_id=98717), False),
    ],
)
def test_evaluate_place_identity(gold: dict[str, Any], predicted: dict[str, Any], same: bool) -> None:
    assert PlaceId.of(gold).same(PlaceId.of(predicted)) is same


# ---------------------------------------------------------------- one document

CASES: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]], tuple[int, int, int]]] = [
    ("exact", [ev("Mosul", winner="IS")], [ev("Mosul", winner="IS")], (1, 0, 0)),
    ("kind differs", [ev("Mosul", winner="IS")], [ev("Mosul", "hold", winner="IS")], (0, 1, 1)),
    ("winner differs", [ev("Mosul", winner="IS")], [ev("Mosul", winner="GOV:IQ")], (0, 1, 1)),
    ("null gold winner", [ev("Tikrit", loser="IS")], [ev("Tikrit", winner="GOV:IQ")], (1, 0, 0)),
    ("list gold winner", [ev("Damascus", winner=["SY_OPPOSITION", "HTS"])], [ev("Damaskus", winner="HTS")],
     (1, 0, 0)),
    ("OTHER ids", [ev("Rafah", "hold", winner="OTHER:hamas")], [ev("Rafah", "hold", winner="OTHER:x")], (1, 0, 0)),
    ("folded place", [ev("Fallujah", winner="IS")], [ev("Falludscha", winner="IS")], (1, 0, 0)),
    ("article folded", [ev("Al-Qaim", winner="GOV:IQ")], [ev("Qaim", winner="GOV:IQ")], (1, 0, 0)),
    ("empty gold, empty prediction", [], [], (0, 0, 0)),
    ("false alarm on a negative", [], [ev("Homs", winner="IS")], (0, 1, 0)),
    ("miss", [ev("Raqqa", winner="SDF")], [], (0, 0, 1)),
    ("optional matched: not counted", [ev("Kobani", "hold", winner="SDF", optional=True)],
     [ev("Kobani", "hold", winner="SDF")], (0, 0, 0)),
    ("optional missed: costs nothing", [ev("Kobani", "hold", winner="SDF", optional=True)], [], (0, 0, 0)),
    ("optional does not excuse a wrong winner", [ev("Kobani", "hold", winner="SDF", optional=True)],
     [ev("Kobani", "hold", winner="IS")], (0, 1, 0)),
    ("duplicate of a hit", [ev("Albu Kamal", winner="GOV:SY")],
     [ev("Albu Kamal", winner="GOV:SY"), ev("Albu Kamal", winner="GOV:SY", when="2017-11-09")], (1, 0, 0)),
    ("duplicate spelled differently", [ev("Deir ez-Zor", winner="GOV:SY")],
     [ev("Deir ez-Zor", winner="GOV:SY"), ev("Deir al-Zor", winner="GOV:SY")], (1, 0, 0)),
    ("second winner for a null gold winner", [ev("Tikrit")],
     [ev("Tikrit", winner="GOV:IQ"), ev("Tikrit", winner="IS")], (1, 0, 0)),
    ("duplicated false alarm counts once", [], [ev("Homs", winner="IS"), ev("Homs", winner="IS")], (0, 1, 0)),
    ("different false alarms count each", [], [ev("Homs", winner="IS"), ev("Homs", winner="GOV:SY")], (0, 2, 0)),
    ("two gold events, one prediction", [ev("Sinjar", winner="IS"), ev("Sinjar", winner="IS", when="2014")],
     [ev("Sinjar", winner="IS")], (1, 0, 1)),
    ("two gold events, two predictions", [ev("Sinjar", winner="IS"), ev("Sinjar", winner="IS", when="2014")],
     [ev("Sinjar", winner="IS"), ev("Sinjar", winner="IS", when="2014")], (2, 0, 0)),
    ("maximum matching, not greedy", [ev("Mosul"), ev("Mosul", winner="IS")],
     [ev("Mosul", winner="IS"), ev("Mosul", winner="GOV:IQ")], (2, 0, 0)),
    ("facility is not the town", [ev("Gao International Airport", winner="GOV:FR")],
     [ev("Gao", winner="GOV:FR")], (0, 1, 1)),
]


@pytest.mark.parametrize(("gold", "predicted", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_evaluate_document_counts(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]], expected: tuple[int, int, int]
) -> None:
    assert counts(one(gold, predicted)) == expected


def test_evaluate_match_document_reports_roles() -> None:
    gold = [ev("Mosul", winner="IS"), ev("Kobani", "hold", winner="SDF", optional=True), ev("Raqqa", winner="SDF")]
    predicted = [ev("Kobani", "hold", winner="SDF"), ev("Mosul", winner="IS"), ev("Mossul", winner="IS"),
                 ev("Homs", winner="IS")]
    m = match_document(gold, predicted)
    assert m.pairs == ((0, 1),)
    assert m.ignored == (0,)
    assert m.duplicates == (2,)
    assert m.false_alarms == (3,)
    assert m.misses == (2,)


def test_evaluate_prefers_the_pair_that_agrees_on_attributes() -> None:
    gold = [ev("Raqqa", winner="SDF", loser="IS", when="2017-10", current=False)]
    predicted = [ev("Raqqa", winner="SDF", when="2017-11-09"), ev("Raqqa", winner="SDF", loser="IS", when="2017-10",
                                                                      current=False)]
    report = one(gold, predicted)
    assert counts(report) == (1, 0, 0)
    assert (report.loser.value, report.when.value, report.current.value) == (1.0, 1.0, 1.0)


def test_evaluate_attribute_accuracies_over_matched_pairs() -> None:
    gold = [
        ev("Mosul", winner="GOV:IQ", loser="IS", when="2017-07", current=False),
        ev("Tikrit", loser="IS", when=None, current=False),
        ev("Raqqa", winner="SDF", loser="OTHER:a", when="2017-10", current=False),
        ev("Homs", winner="IS"),  # missed: not in the accuracies
    ]
    predicted = [
        ev("Mosul", winner="GOV:IQ", loser="IS", when="2017-07", current=False),  # all right
        ev("Tikrit", winner="GOV:IQ", loser=None, when=None, current=True),  # loser and current wrong
        ev("Raqqa", winner="SDF", loser="OTHER:b", when="2017", current=False),  # when wrong
    ]
    report = one(gold, predicted)
    assert counts(report) == (3, 0, 1)
    assert (report.loser.correct, report.loser.total) == (2, 3)
    assert (report.when.correct, report.when.total) == (2, 3)
    assert (report.current.correct, report.current.total) == (2, 3)
    fields = {e["gold"]["place"]: e["fields"] for e in report.documents[0].attribute_errors}
    assert fields == {"Tikrit": ["loser", "current"], "Raqqa": ["when"]}


def test_evaluate_accuracies_are_none_without_matches() -> None:
    report = one([ev("Mosul", winner="IS")], [])
    assert report.loser.value is None and report.when.value is None and report.current.value is None


def test_evaluate_micro_average_and_per_kind() -> None:
    gold_docs = [
        doc("a", [ev("Mosul", winner="IS"), ev("Rawa", "hold", winner="IS")]),
        doc("b", [ev("Aden", "siege", winner="HOUTHIS"), ev("Goma", winner="M23"), ev("Gao", winner="MNLA")]),
    ]
    predictions = {
        "a": [ev("Mosul", winner="IS"), ev("Rawa", "hold", winner="IS"), ev("Anah", winner="IS")],
        "b": [ev("Goma", winner="M23")],
    }
    report = score(gold_docs, predictions)
    assert counts(report) == (3, 1, 2)
    assert report.counts.precision == pytest.approx(3 / 4)
    assert report.counts.recall == pytest.approx(3 / 5)
    capture = report.per_kind["capture"]
    assert (capture.tp, capture.fp, capture.fn) == (2, 1, 1)
    assert report.capture_f1 == pytest.approx(2 / 3)
    assert report.per_kind["siege"].recall == 0.0
    assert report.per_kind["hold"].f1 == 1.0


@pytest.mark.parametrize(
    ("c", "p", "r", "f"),
    [
        (Counts(0, 0, 0), 1.0, 1.0, 1.0),  # nothing to find, nothing claimed
        (Counts(0, 2, 0), 0.0, 0.0, 0.0),
        (Counts(0, 0, 2), 0.0, 0.0, 0.0),
        (Counts(1, 1, 0), 0.5, 1.0, 2 / 3),
    ],
)
def test_evaluate_ratio_conventions(c: Counts, p: float, r: float, f: float) -> None:
    assert (c.precision, c.recall, c.f1) == pytest.approx((p, r, f))


# ---------------------------------------------------------------- table accuracy


def table(gold_docs: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
    report = score(gold_docs, predictions)
    return report.table.correct, report.table.total


def test_evaluate_gold_table_latest_event_in_published_order() -> None:
    gold_docs = [  # listed out of order on purpose
        doc("late", [ev("Palmyra", winner="GOV:SY", loser="IS")], published="2017-03-02"),
        doc("early", [ev("Palmyra", winner="IS", geonames_id=163808)], published="2016-12-11"),
        doc("siege", [ev("Aden", "siege", winner="HOUTHIS")], published="2015-03-25"),
        doc("recap", [ev("Hatra", winner="GOV:IQ", when="2017-04-26"),
                      ev("Hatra", winner="IS", when="2014", current=False)], published="2017-04-26"),
        doc("withdrawal", [ev("Kismayo", "hold", winner="AL_SHABAAB"),
                           ev("Kismayo", "withdrawal", loser="AL_SHABAAB")], published="2012-09-29"),
        doc("optional", [ev("Kobani", "hold", winner="SDF", optional=True)], published="2025-01-01"),
    ]
    places = {p.name: (p.controller, p.loser) for p in gold_table(gold_docs)}
    assert places == {
        "Palmyra": ("GOV:SY", "IS"),  # sieges and optional events make no gold place
        "Hatra": ("GOV:IQ", None),  # a recap dated 2014 does not override 2017
        "Kismayo": (None, "AL_SHABAAB"),
    }


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ([], (1, 1)),  # no controller is not the loser
        ([ev("Tikrit", winner="GOV:IQ")], (1, 1)),
        ([ev("Tikrit", "hold", winner="IS")], (0, 1)),  # the loser still in control: wrong
        ([ev("Tikrit", "hold", winner="OTHER:x")], (1, 1)),
    ],
)
def test_evaluate_table_null_gold_winner(predicted: list[dict[str, Any]], expected: tuple[int, int]) -> None:
    gold_docs = [doc("d1", [ev("Tikrit", loser="IS", country="IQ")])]
    assert table(gold_docs, {"d1": predicted}) == expected


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ({}, (0, 2)),
        ({"b": [ev("Rakka", winner="SDF")]}, (1, 2)),  # places match by folded name
        ({"b": [ev("Raqqa", winner="SDF"), ev("Damaskus", winner="HTS")]}, (2, 2)),  # a list accepts a member
        ({"a": [ev("Raqqa", "hold", winner="IS")]}, (0, 2)),  # stale controller
        ({"a": [ev("Raqqa", "hold", winner="IS")], "b": [ev("Raqqa", winner="SDF")]}, (1, 2)),
    ],
)
def test_evaluate_table_final_controller(predicted: dict[str, list[dict[str, Any]]], expected: tuple[int, int]) -> None:
    gold_docs = [
        doc("b", [ev("Raqqa", winner="SDF", loser="IS", when="2017-10"),
                  ev("Damascus", winner=["SY_OPPOSITION", "HTS"])], published="2017-11-09"),
        doc("a", [ev("Raqqa", "hold", winner="IS")], published="2016-03-31"),
    ]
    assert table(gold_docs, predicted) == expected


# ---------------------------------------------------------------- files, run, CLI


class FakeExtractor:
    """Returns canned ControlEvents per article id; raises for ids in ``broken``."""

    def __init__(self, events: dict[str, list[dict[str, Any]]], broken: frozenset[str] = frozenset()) -> None:
        self.events, self.broken, self.seen = events, broken, []

    def extract(self, article: Article) -> list[ControlEvent]:
        self.seen.append(article)
        if article.id in self.broken:
            raise ValueError("boom")
        return [ControlEvent.from_dict({**e, "article_id": article.id, "published": article.published})
                for e in self.events.get(article.id, [])]


def write_gold(path: Any, docs: list[dict[str, Any]]) -> str:
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def gold_files(tmp_path: Any) -> list[str]:
    return [
        write_gold(tmp_path / "one.jsonl", [doc("a", [ev("Mosul", winner="IS")]), doc("b", [])]),
        write_gold(tmp_path / "two.jsonl", [doc("c", [ev("Raqqa", winner="SDF"), ev("Rawa", "hold", winner="IS")])]),
    ]


def test_evaluate_run_scores_files_together_and_apart(gold_files: list[str]) -> None:
    extractor = FakeExtractor({"a": [ev("Mosul", winner="IS")], "b": [ev("Homs", winner="IS")],
                               "c": [ev("Rakka", winner="SDF")]})
    report = run(gold_files, extractor=extractor)
    assert [a.id for a in extractor.seen] == ["a", "b", "c"]
    assert extractor.seen[0].published == "2017-11-09" and extractor.seen[0].lang == "en"
    assert counts(report) == (2, 1, 1)
    one_, two = (report.files[p] for p in gold_files)
    assert counts(one_) == (1, 1, 0) and counts(two) == (1, 0, 1)
    assert (report.table.correct, report.table.total) == (2, 3)
    assert all(d.extract_ms is not None for d in report.documents)


def test_evaluate_run_records_extractor_errors(gold_files: list[str]) -> None:
    report = run(gold_files[:1], extractor=FakeExtractor({"a": [ev("Mosul", winner="IS")]}, frozenset({"a"})))
    assert counts(report) == (0, 0, 1)
    assert report.documents[0].error == "ValueError: boom"


def test_evaluate_json_has_the_contract_keys(gold_files: list[str]) -> None:
    report = run(gold_files, extractor=FakeExtractor({"a": [ev("Mosul", winner="IS")]}))
    data = json.loads(json.dumps(to_json(report)))
    for key in ("precision", "recall", "f1", "capture_f1", "table_accuracy", "loser_accuracy", "when_accuracy",
                "current_accuracy", "per_kind", "documents", "files"):
        assert key in data
    assert set(data["files"]) == set(gold_files)
    assert data["files"][gold_files[0]]["f1"] == 1.0
    assert set(data["per_kind"]) == {"capture", "withdrawal", "siege", "hold"}
    missed = [m["place"] for d in data["documents"] for m in d["misses"]]
    assert missed == ["Raqqa", "Rawa"]


def test_evaluate_text_lists_misses_and_false_alarms_unless_quiet(gold_files: list[str]) -> None:
    report = run(gold_files, extractor=FakeExtractor({"b": [ev("Homs", winner="IS")]}))
    text = to_text(report)
    assert "MISS  capture Mosul winner=IS" in text
    assert "FALSE capture Homs winner=IS" in text
    assert "all files" in text and "capture F1" in text and "table accuracy" in text
    quiet = to_text(report, quiet=True)
    assert "MISS" not in quiet and "FALSE" not in quiet and "capture F1" in quiet


def test_evaluate_command_prints_json(gold_files: list[str], monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("frontline.evaluate.run", lambda paths: run(paths, extractor=FakeExtractor({})))
    code = eval_command(None, argparse.Namespace(gold=gold_files, json=True, quiet=False))
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["recall"] == 0.0 and data["files"][gold_files[1]]["per_kind"]["hold"]["fn"] == 1


def test_evaluate_load_gold_rejects_bad_lines(tmp_path: Any) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t", "events": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(DecodeError, match="bad.jsonl:2"):
        load_gold(bad)
    code = eval_command(None, argparse.Namespace(gold=[str(bad)], json=False, quiet=True))
    assert code == 2


@pytest.mark.parametrize("name", ["seed.gold.jsonl", "dev.en.portal.jsonl"])
def test_evaluate_gold_scored_against_itself_is_perfect(name: str) -> None:
    """The shipped gold files, used as predictions, score 1.0 everywhere (optional events aside)."""
    from pathlib import Path

    path = Path("/work/shared/eval") / name
    if not path.exists():
        pytest.skip("shared gold files not present")
    docs = load_gold(path)
    predictions = {d["id"]: [e for e in d["events"] if not e.get("optional")] for d in docs}
    report = score(docs, predictions)
    assert report.counts.fp == 0 and report.counts.fn == 0
    assert report.table.value == 1.0
    assert report.loser.value == report.when.value == report.current.value == 1.0
