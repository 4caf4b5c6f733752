"""Prints the extractor's speed on the shared gold texts and on a 500-word article.

A benchmark, not a test: it prints figures. Usage:
    .venv/bin/python benchmarks/extract_speed.py [GOLD.jsonl ...]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from frontline.extract.pipeline import Extractor
from frontline.model import Article

SEED = Path(__file__).resolve().parents[1] / "samples" / "wire" / "seed-wire-story.txt"


def _articles(paths: list[str]) -> list[Article]:
    out = []
    for path in paths:
        for line in Path(path).read_text("utf-8").splitlines():
            d = json.loads(line)
            out.append(Article(id=d["id"], text=d["text"], published=d.get("published"), lang=d.get("lang")))
    return out


def main() -> None:
    t0 = time.perf_counter()
    ex = Extractor.load()
    print(f"load: {time.perf_counter() - t0:.2f} s")
    body = SEED.read_text("utf-8").splitlines()[1:-1]
    seed = Article(id="seed", text="\n".join(body).strip(), published="2017-11-09", lang="de")
    words = len(seed.text.split())
    ex.extract(seed)  # warm caches
    n = 200
    t0 = time.perf_counter()
    for _ in range(n):
        ex.extract(Article(id="seed", text=seed.text + " ", published="2017-11-09", lang="de"))
    per = (time.perf_counter() - t0) / n
    print(f"seed story ({words} words, trigger-dense): {per * 1000:.2f} ms/article (cached sentence lookups)")
    arts = _articles(sys.argv[1:])
    if arts:
        t0 = time.perf_counter()
        for a in arts:
            ex.extract(a)
        cold = time.perf_counter() - t0
        words = sum(len(a.text.split()) for a in arts)
        print(f"first pass (cold caches: new words, new places): {cold / len(arts) * 1000:.2f} ms/article, "
              f"{cold / words * 500 * 1000:.2f} ms per 500 words")
        t0 = time.perf_counter()
        total_words = 0
        for a in arts:
            ex.extract(a)
            total_words += len(a.text.split())
        dt = time.perf_counter() - t0
        print(f"second pass, {len(arts)} gold articles, {total_words} words: {dt / len(arts) * 1000:.2f} ms/article, "
              f"{dt / total_words * 500 * 1000:.2f} ms per 500 words")


if __name__ == "__main__":
    main()
