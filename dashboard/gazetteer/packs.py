"""GeoNames country packs: a country's full GeoNames dump, compiled into the offline index.

The default index knows towns of >= 500 people and every country's regions and districts;
most villages are missing. A pack adds one country's every populated place, administrative
unit (down to departments, locations and sub-locations), locality and camp, with their
alternate names, from the dump GeoNames publishes per country (``XX.zip``, CC BY 4.0)::

    python -m dashboard gazetteer add UA SD BF          # download from the export server
    python -m dashboard gazetteer add ./BF.txt KE.zip   # or read local dumps
    python -m dashboard gazetteer list
    python -m dashboard gazetteer remove SD

The export server is ``$DASHBOARD_GEONAMES_URL`` (default
https://download.geonames.org/export/dump/). Packs live in ``$DASHBOARD_GAZETTEER_PACKS``
(default ``<cache dir>/geonames``) as one compiled file per country, ``XX.tsv`` (only the rows
and columns the index needs, Latin-script names); the index is rebuilt with them on the
next use. Bad input (an unknown code, a file that is no GeoNames dump, a server that fails)
raises :class:`PackError` naming it; packs already installed stay as they were.
"""
from __future__ import annotations

import io
import json
import os
import re
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

DEFAULT_URL = "https://download.geonames.org/export/dump/"
#: feature classes/codes kept: populated places, administrative units, localities, camps
KEEP_CLASSES = {"P", "A"}
KEEP_CODES = {"LCTY", "AREA", "CMP", "CMPRF", "CMPQ"}
#: populated places that are no more (abandoned, destroyed, historical) are left out
DROP_CODES = {"PPLQ", "PPLW", "PPLH", "PPLCH", "ADM1H", "ADM2H", "ADM3H", "ADM4H", "ADMDH", "PCLH"}
COLUMNS = ("geonameid", "name", "names", "lat", "lon", "fclass", "fcode", "admin1", "admin2",
           "admin3", "population")
MAX_DUMP_BYTES = 2 * 1024 ** 3  # the largest country dump (US) is ~300 MB unzipped
_CODE = re.compile(r"^[A-Z]{2}$")


class PackError(RuntimeError):
    """A pack could not be added or removed; the message names the country or file."""


@dataclass(frozen=True)
class PackInfo:
    country: str
    path: Path
    places: int
    units: int
    source: str
    added: str


def packs_dir() -> Path:
    env = os.environ.get("DASHBOARD_GAZETTEER_PACKS")
    if env:
        return Path(env)
    from dashboard.gazetteer.build import cache_dir

    return cache_dir() / "geonames"


def installed() -> list[Path]:
    d = packs_dir()
    return sorted(d.glob("[A-Z][A-Z].tsv")) if d.is_dir() else []


def fingerprint() -> str:
    """What the index depends on: the installed packs' names, sizes and times (cheap)."""
    parts = []
    for p in installed():
        st = p.stat()
        parts.append(f"{p.name}:{st.st_size}:{st.st_mtime_ns}")
    return ";".join(parts)


def server_url() -> str:
    url = os.environ.get("DASHBOARD_GEONAMES_URL") or DEFAULT_URL
    return url if url.endswith("/") else url + "/"


# ---- reading dumps --------------------------------------------------------------------

def _latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in s)


def compile_dump(lines, source: str) -> tuple[str, list[list[str]]]:
    """(country code, compiled rows) from the lines of a GeoNames dump (19 tab-separated
    columns). Raises :class:`PackError` naming ``source`` for anything else."""
    rows, countries, bad = [], set(), 0
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\r\n").split("\t")
        if len(f) != 19:
            bad += 1
            if bad > 5 or n <= 3:  # a header or a stray line is tolerated; another format is not
                raise PackError(f"{source}: line {n} has {len(f)} columns, a GeoNames dump has 19")
            continue
        gid, name, asciiname, alts, lat, lon, fclass, fcode, cc = f[:9]
        if fcode in DROP_CODES or not (fclass in KEEP_CLASSES or fcode in KEEP_CODES):
            continue
        try:
            int(gid)
            la, lo = float(lat), float(lon)
            pop = int(f[14] or 0)
        except ValueError:
            raise PackError(f"{source}: line {n}: not a GeoNames row ({line[:60]!r})") from None
        if not (-90 <= la <= 90 and -180 <= lo <= 180) or not _CODE.match(cc):
            raise PackError(f"{source}: line {n}: bad coordinates or country code")
        countries.add(cc)
        names = [a for a in alts.split(",") if a and _latin(a) and a not in (name, asciiname)]
        rows.append([gid, name if _latin(name) else asciiname, "|".join(names), lat, lon, fclass,
                     fcode, f[10], f[11], f[12], str(pop)])
    if not rows:
        raise PackError(f"{source}: no populated places or administrative units (is it a GeoNames dump?)")
    if len(countries) != 1:
        raise PackError(f"{source}: holds {len(countries)} countries ({', '.join(sorted(countries)[:5])}); "
                        f"a pack is one country's dump")
    return countries.pop(), rows


def _lines_of(data: bytes, source: str, code: str | None):
    """Text lines of a dump given as ``XX.txt`` bytes or an ``XX.zip`` archive."""
    if data[:4] == b"PK\x03\x04":
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise PackError(f"{source}: not a readable zip archive ({exc})") from None
        want = [i for i in zf.infolist() if i.filename.endswith(".txt") and "readme" not in i.filename.lower()]
        if code:
            want = [i for i in want if Path(i.filename).stem.upper() == code] or want
        if not want:
            raise PackError(f"{source}: no XX.txt dump inside the archive")
        if want[0].file_size > MAX_DUMP_BYTES:
            raise PackError(f"{source}: {want[0].filename} is larger than {MAX_DUMP_BYTES >> 20} MB")
        data = zf.read(want[0])
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise PackError(f"{source}: not UTF-8 text (is it a GeoNames dump?)") from None


def download(code: str, url: str | None = None, timeout: float = 60.0) -> bytes:
    """``XX.zip`` from the export server (bounded in size and time)."""
    import urllib.error
    import urllib.request

    full = (url or server_url()) + f"{code}.zip"
    req = urllib.request.Request(full, headers={"User-Agent": "conflict-dashboard (GeoNames pack)"})
    deadline = time.monotonic() + max(timeout * 10, 60)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            chunks, total = [], 0
            while True:
                chunk = resp.read(1 << 20)
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_DUMP_BYTES:
                    raise PackError(f"{full}: larger than {MAX_DUMP_BYTES >> 20} MB")
                if time.monotonic() > deadline:
                    raise PackError(f"{full}: download too slow (gave up after {deadline:.0f} s)")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        what = "no such country dump" if exc.code == 404 else f"HTTP {exc.code}"
        raise PackError(f"{full}: {what}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PackError(f"{full}: cannot download ({reason}); offline? give a local XX.txt or "
                        f"XX.zip instead") from None
    return b"".join(chunks)


# ---- installing -----------------------------------------------------------------------

def _write(code: str, rows: list[list[str]], source: str) -> PackInfo:
    d = packs_dir()
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"{code}.tsv"
    fd, tmp = tempfile.mkstemp(dir=d, suffix=".tmp")
    added = time.strftime("%Y-%m-%d %H:%M:%S")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# " + json.dumps({"country": code, "source": source, "added": added}) + "\n")
        for r in rows:
            fh.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in r) + "\n")
    os.replace(tmp, path)
    return info(path)


def add(item: str, url: str | None = None) -> PackInfo:
    """Install one pack: ``item`` is a country code (downloaded) or a local dump file."""
    p = Path(item)
    if p.suffix.lower() in (".txt", ".zip") or p.exists():
        if not p.is_file():
            raise PackError(f"{item}: no such file")
        code = p.stem.upper() if _CODE.match(p.stem.upper()) else None
        data = p.read_bytes()
        source = str(p)
    else:
        code = item.strip().upper()
        if not _CODE.match(code):
            raise PackError(f"{item!r}: not a two-letter country code (UA, SD, BF ...) nor a "
                            f"XX.txt/XX.zip file")
        data = download(code, url)
        source = (url or server_url()) + f"{code}.zip"
    cc, rows = compile_dump(_lines_of(data, source, code), source)
    if code and cc != code:
        raise PackError(f"{source}: holds country {cc}, not {code}")
    return _write(cc, rows, source)


def remove(code: str) -> Path:
    path = packs_dir() / f"{code.strip().upper()}.tsv"
    if not path.is_file():
        raise PackError(f"{code}: no such pack installed (see `gazetteer list`)")
    path.unlink()
    return path


def info(path: Path) -> PackInfo:
    meta, places, units = {}, 0, 0
    with path.open(encoding="utf-8") as fh:
        first = fh.readline()
        if first.startswith("# "):
            try:
                meta = json.loads(first[2:])
            except json.JSONDecodeError:
                meta = {}
        for line in fh:
            f = line.split("\t", 6)
            if len(f) > 5:
                units += f[5] == "A"
                places += f[5] != "A"
    return PackInfo(path.stem, path, places, units, meta.get("source", "?"), meta.get("added", "?"))


def read(path: Path):
    """Rows of an installed pack as dicts of :data:`COLUMNS` (a damaged line is skipped)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) != len(COLUMNS):
                continue
            yield dict(zip(COLUMNS, f))
