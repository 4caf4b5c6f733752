"""The spool directory: settled files are listed, then moved to done/ or failed/ with the reasons."""

from __future__ import annotations

import os
from pathlib import Path

from frontline.wire.rejected import Rejected
from frontline.wire.spool import Spool


def _drop(spool: Path, name: str, text: str = "x", age: float = 60.0) -> Path:
    path = spool / name
    path.write_text(text, encoding="utf-8")
    stamp = path.stat().st_mtime - age
    os.utime(path, (stamp, stamp))
    return path


def test_spool_creates_its_folders(tmp_path: Path) -> None:
    Spool(tmp_path / "in")
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["done", "failed"]


def test_spool_ready_lists_settled_files_only(tmp_path: Path) -> None:
    spool = Spool(tmp_path, settle=5.0)
    _drop(tmp_path, "b.txt")
    _drop(tmp_path, "a.xml")
    _drop(tmp_path, "fresh.txt", age=0.0)  # still being written, perhaps
    _drop(tmp_path, ".hidden.txt")
    _drop(tmp_path, "upload.json.part")
    (tmp_path / "subdir").mkdir()
    assert [p.name for p in spool.ready()] == ["a.xml", "b.txt"]


def test_spool_settle_follows_the_clock(tmp_path: Path) -> None:
    path = _drop(tmp_path, "a.txt", age=0.0)
    now = path.stat().st_mtime
    assert Spool(tmp_path, settle=1.0, clock=lambda: now + 0.5).ready() == []
    assert Spool(tmp_path, settle=1.0, clock=lambda: now + 1.5).ready() == [path]


def test_spool_done_moves_and_keeps_earlier_files_of_the_same_name(tmp_path: Path) -> None:
    spool = Spool(tmp_path, settle=0)
    first = spool.done(_drop(tmp_path, "story.txt", "one"))
    second = spool.done(_drop(tmp_path, "story.txt", "two"))
    assert (first, second) == (tmp_path / "done" / "story.txt", tmp_path / "done" / "story.1.txt")
    assert (first.read_text(), second.read_text()) == ("one", "two")
    assert spool.ready() == []


def test_spool_fail_writes_the_reasons_beside_the_file(tmp_path: Path) -> None:
    spool = Spool(tmp_path, settle=0)
    path = _drop(tmp_path, "bad.xml", "<newsItem")
    moved = spool.fail(path, [Rejected(str(path), "decode", "malformed XML: no element found: line 1"),
                              Rejected(f"{path}:2", "no-text", "the article carries no text")])
    assert moved == tmp_path / "failed" / "bad.xml" and not path.exists()
    assert (tmp_path / "failed" / "bad.xml.reason.txt").read_text() == (
        f"{path}: decode: malformed XML: no element found: line 1\n{path}:2: no-text: the article carries no text\n")
