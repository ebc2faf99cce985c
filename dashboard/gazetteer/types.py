"""The two values the gazetteer hands out: a :class:`Geocode` and a :class:`PlaceMention`."""
from __future__ import annotations

from dataclasses import dataclass

#: UCDP-style precision levels, finest first.
PRECISIONS = ("landmark", "district", "city", "region", "country")


@dataclass(frozen=True)
class Geocode:
    """One place on the map.

    ``precision`` is one of :data:`PRECISIONS` (the rank the linker and the map use: a
    village, town or city is ``city``, a region or district ``region``); ``kind`` says
    exactly what the place is: ``village`` (< 5,000 people or unknown), ``town`` (< 100,000),
    ``city``, a unit's type (``oblast``, ``province``, ``county``, ``district``, ``raion``,
    ``department`` ...), ``country``, or a curated kind (``camp``, ``hospital`` ...).
    ``gazetteer_id`` is ``"gn:<geonameid>"`` for GeoNames rows, ``"cur:<id>"`` for the
    curated table, ``"cc:<ISO2>"`` for countries and ``"<provider>:..."`` (``nominatim:``,
    ``osm:``) for online answers. ``parent`` is the containing city or region name where
    known (a district's city, a city's oblast). ``admin2`` is the district (raion, county,
    province ...) holding the place, or the unit itself for a district. ``status`` is None
    for the offline index, ``"online"`` for an online geocoder's answer, and
    ``"ungeocoded: <reason>"`` for a name that could not be placed (lat/lon are then None).
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
    admin2: str | None = None
    status: str | None = None


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


#: the kind of a district the index lacks, placed at its centre town ("Rossoshansky district")
RAION_AT_CENTRE = "raion (at its centre)"
