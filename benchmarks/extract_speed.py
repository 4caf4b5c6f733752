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
    if len(arts) >= 2:
        warm, measured = arts[1::2], arts[0::2]
        t0 = time.perf_counter()
        for a in warm:
            ex.extract(a)
        cold = time.perf_counter() - t0
        words = sum(len(a.text.split()) for a in warm)
        print(f"warm-up half ({len(warm)} articles, cold caches): {cold / words * 500 * 1000:.2f} ms per 500 words")
        # the figure that matters: articles never seen before, after the process has warmed up
        t0 = time.perf_counter()
        for a in measured:
            ex.extract(a)
        dt = time.perf_counter() - t0
        words = sum(len(a.text.split()) for a in measured)
        print(f"unseen half ({len(measured)} articles, {words} words): {dt / len(measured) * 1000:.2f} ms/article, "
              f"{dt / words * 500 * 1000:.2f} ms per 500 words")

if __name__ == "__main__":
    main()
