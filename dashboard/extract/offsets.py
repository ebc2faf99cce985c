"""Places told by their distance and bearing from a named one: "a port town about 190
kilometres south-west of Odesa", "a market 45 km north of Wad Madani".

Such a place is not the named town (the figure would sit 190 km off) and it is finer than
the region: the mention is kept as a place record of the named town, and for figures it
stands for a point projected from the town along the bearing, marked as such (its name says
"190 km south-west of Odesa", its kind is ``offset``).
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from .numbers import words_to_int

_BEARING = {"north": 0, "northnortheast": 22.5, "northeast": 45, "eastnortheast": 67.5, "east": 90,
            "eastsoutheast": 112.5, "southeast": 135, "southsoutheast": 157.5, "south": 180,
            "southsouthwest": 202.5, "southwest": 225, "westsouthwest": 247.5, "west": 270,
            "westnorthwest": 292.5, "northwest": 315, "northnorthwest": 337.5}
_OFFSET = re.compile(
    r"(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*-?\s*(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+"
    r"(?:\([^()]{1,20}\)\s+)?(?P<dir>(?:(?:north|south|east|west)[-\s]?)?(?:north|south)(?:[-\s]?(?:east|west))?|"
    r"(?:east|west)[-\s]?(?:north|south)[-\s]?(?:east|west)|east|west)(?:wards?)?\s+of\s+"
    r"(?:(?:the\s+)?(?:city|town|village|regional\s+capital|capital|port)\s+(?:of\s+)?,?\s*)?$", re.I)
#: what every bearing phrase holds: a cheap test before the anchored search tried at each position
_UNIT_WORD = re.compile(r"km|kilomet|mile", re.I)
MAX_KM = 500.0       # beyond this a bearing says little about where a town is
EARTH_KM = 6371.0
_FINE = ("city", "district", "landmark")


def offset_mentions(text: str, nouns: list) -> list:
    """``nouns`` with each mention of a town that follows "N km <bearing> of" replaced by a
    mention of the projected point (same span)."""
    out = []
    ends = {pm.end for pm in nouns}
    for pm in nouns:
        g = pm.geocode
        m = _OFFSET.search(text, max(0, pm.start - 90), pm.start) if g.lat is not None and \
            g.precision in _FINE and pm.start > 0 and _UNIT_WORD.search(text, max(0, pm.start - 90), pm.start) else None
        if m and _appositive(text, m.start(), ends):
            m = None     # "Kosti, 300 km south of Khartoum": the town is named
        dist = _distance_km(m) if m else None
        if dist is None:
            out.append(pm)
            continue
        bearing = _BEARING.get(re.sub(r"[-\s]", "", m.group("dir").lower()))
        if bearing is None:
            out.append(pm)
            continue
        lat, lon = project(g.lat, g.lon, bearing, dist)
        where = f"{dist:g} km {_word(m.group('dir'))} of {g.name}"
        out.append(replace(pm, geocode=replace(
            g, name=where, lat=lat, lon=lon, precision="city", kind="offset", parent=g.name, population=None,
            gazetteer_id=f"offset:{g.gazetteer_id}:{bearing}:{dist:g}",
            admin1=g.admin1 if dist <= 25 else None, admin2=g.admin2 if dist <= 10 else None)))
    return out


_LEAD = re.compile(r"\s*[,(\u2013\u2014-]\s*(?:(?:about|some|around|roughly|nearly|approximately|just)\s+)?$", re.I)


def _appositive(text: str, start: int, ends: set) -> bool:
    """Does the bearing phrase at ``start`` describe a place named just before it?"""
    lead = _LEAD.search(text, max(0, start - 20), start)
    return bool(lead) and lead.start() in ends


def _distance_km(m) -> float | None:
    raw = m.group("n").replace(",", "")
    try:
        n = float(raw)
    except ValueError:
        n = words_to_int(raw.replace("-", " "))
    if not n:
        return None
    km = n * 1.609 if m.group("unit").lower().startswith("mile") else n
    return round(km) if 0 < km <= MAX_KM else None


def _word(d: str) -> str:
    """"south east", "south-east", "southeast" -> "south-east"; "west south west" -> "west-south-west"."""
    parts = re.findall(r"north|south|east|west", d.lower())
    return "-".join(parts)


def project(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing_deg`` (great circle)."""
    p1, l1, b, d = math.radians(lat), math.radians(lon), math.radians(bearing_deg), km / EARTH_KM
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)
