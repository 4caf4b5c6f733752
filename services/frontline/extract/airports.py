"""Airports' own names from the airportsdata package (OurAirports data, released monthly).

Wire copy names an airport by its town ("der Flughafen von Mossul", "Mosul airport"); readers
and gold sets know it by its own name ("Mosul International Airport"). GeoNames' cities500
holds no airports, and no library maps a town to its airport, so this small index is ours:
an airport with an IATA code within about 30 km of the town, in its country, whose name is
the town's name followed by "International Airport".
"""

from __future__ import annotations

from functools import lru_cache

import airportsdata

from frontline.extract.fold import fold

_SUFFIX = "International Airport"


@lru_cache(maxsize=1)
def _international() -> dict[str, tuple[tuple[float, float, str, str], ...]]:
    """Country -> (lat, lon, folded name, name) of its international airports with an IATA code."""
    out: dict[str, list[tuple[float, float, str, str]]] = {}
    for a in airportsdata.load().values():
        if a["iata"] and a["name"].endswith(_SUFFIX):
            out.setdefault(a["country"], []).append((a["lat"], a["lon"], fold(a["name"]), a["name"]))
    return {cc: tuple(rows) for cc, rows in out.items()}


def prepare() -> None:
    _international()


def official_name(town: str, country: str | None, lat: float | None, lon: float | None) -> str | None:
    """'Mosul' -> 'Mosul International Airport'; None where no such airport is near the town."""
    if not country or lat is None or lon is None:
        return None
    return _find(fold(f"{town} {_SUFFIX}"), (country,), (lat, lon))


def named(name: str, countries: list[str]) -> str | None:
    """'Lungi Airport' -> 'Lungi International Airport', by name alone in the article's countries,
    for a town too small for the gazetteer; None where no such airport is there."""
    if not name.lower().endswith(" airport") or name.lower().endswith(_SUFFIX.lower()):
        return None
    return _find(fold(f"{name[: -len(' Airport')]} {_SUFFIX}"), countries)


def _find(key: str, countries, near: tuple[float, float] | None = None) -> str | None:
    """The international airport whose folded name is ``key``, in ``countries``, near a point if given."""
    for cc in countries:
        for alat, alon, folded, official in _international().get(cc, ()):
            if folded == key and (near is None or abs(alat - near[0]) < 0.3 and abs(alon - near[1]) < 0.4):
                return official
    return None
