"""The two values the gazetteer hands out: a :class:`Geocode` and a :class:`PlaceMention`."""
from __future__ import annotations

from dataclasses import dataclass

#: UCDP-style precision levels, finest first.
PRECISIONS = ("landmark", "district", "city", "region", "country")


@dataclass(frozen=True)
class Geocode:
    """One place on the map.

    ``precision`` is one of :data:`PRECISIONS`; ``gazetteer_id`` is ``"gn:<geonameid>"`` for
    GeoNames rows, ``"cur:<id>"`` for the curated table, ``"cc:<ISO2>"`` for countries and
    ``"osm:..."``/``"geopy:..."`` for online results. ``parent`` is the containing city or
    region name where known (a district's city, a city's oblast).
    """

    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    precision: str
    gazetteer_id: str
    kind: str
    parent: str | None = None
    population: int | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: ``surface == text[start:end]``.

    ``adjective`` is True for demonyms and origins ("Ukrainian", "North Korean-made"): they
    say where something comes from, not where something happened.
    """

    start: int
    end: int
    surface: str
    geocode: Geocode
    adjective: bool = False
