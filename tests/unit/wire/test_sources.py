"""read_articles over files, directories, stdin: everything yields an Article or a Rejected."""

from __future__ import annotations

import io
import json
import sys
from types import SimpleNamespace

from frontline.wire import Rejected, read_articles
from wire_helpers import SAMPLES, read


def test_sources_samples_directory_read_whole_in_order() -> None:
    articles, rejected = read(SAMPLES)
    assert rejected == []
    assert len(articles) == 17
    assert articles[0].id == "agd0002-20171109_2"  # sorted: the seed file, then the folders
    assert articles[-1].id == "fln0001-20240314_1"


def test_sources_directory_recursive_sorted_skips_docs(write, tmp_path) -> None:
    write("b/2.txt", "Second story about the bridge at the river.")
    write("a/1.txt", "First story about the town on the hill.")
    write("a/README.md", "How this folder is laid out.")
    write(".hidden/x.txt", "Never read.")
    articles, rejected = read(tmp_path)
    assert rejected == [] and [a.text[:6] for a in articles] == ["First ", "Second"]


def test_sources_missing_path_rejected_never_raises(tmp_path) -> None:
    items = list(read_articles([str(tmp_path / "nope.txt")]))
    assert items == [Rejected(str(tmp_path / "nope.txt"), "decode", "no such file or directory")]


def test_sources_unknown_format_rejected() -> None:
    [item] = list(read_articles([str(SAMPLES)], "docx"))
    assert isinstance(item, Rejected) and item.reason == "unsupported-format" and "docx" in item.detail


def test_sources_forced_format_text_reads_json_as_text(write) -> None:
    path = write("odd.json", json.dumps({"id": "x", "text": "A JSON object read as plain text."}))
    [article], _ = read(path, fmt="txt")
    assert article.text.startswith('{"id"')


def test_sources_stdin(monkeypatch) -> None:
    line = json.dumps({"id": "s1", "text": "The army entered the town on Monday."})
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(line.encode())))
    [article] = list(read_articles(["-"]))
    assert article.id == "s1"


def test_sources_stdin_json_lines_streamed_past_the_limit(monkeypatch) -> None:
    lines = [json.dumps({"id": f"s{n}", "text": f"Story number {n} about the town."}) for n in range(50)]
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO("\n".join(lines).encode())))
    items = list(read_articles(["-"], max_bytes=200))  # far less than the stream, more than a line
    assert [getattr(i, "id", None) for i in items] == [f"s{n}" for n in range(50)]


def test_sources_too_large_plain_text_rejected(write) -> None:
    _, [rejected] = read(write("long.txt", "word " * 100), max_bytes=100)
    assert rejected.reason == "too-large" and "500 bytes exceed the limit of 100" in rejected.detail


def test_sources_progress_bar_on_stderr(capsys) -> None:
    articles, _ = read(SAMPLES / "ninjs", progress=True)
    assert len(articles) == 6
    assert "6/6" in capsys.readouterr().err
