"""The curated tables of ``assets/gazetteer`` (see its README): reading and adding them.

Every reader fails with :class:`GazetteerBuildError` quoting the file, line and row, so a
typo in a hand-edited table says where it is.
"""
from __future__ import annotations

import csv
from pathlib import Path

from dashboard.gazetteer.normalize import key, without_article

#: suffixes that turn a region's base name into a key ("Kharkiv" -> "kharkiv oblast")
REGION_SUFFIXES = ("region", "oblast", "province", "governorate", "state", "krai", "republic")
REGION_PREFIXES = ("region of", "province of", "governorate of", "state of", "oblast of")
DISTRICT_SUFFIXES = ("district", "raion", "borough", "neighbourhood", "neighborhood", "camp",
                     "refugee camp")
PRECISIONS = ("landmark", "district", "city", "region", "country")


class GazetteerBuildError(RuntimeError):
    """Raised when a curated table is malformed; the message quotes the file and row."""


def read_words(path: Path) -> set[str]:
    """Lines of a word file, keyed, without comments and blanks."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(key(line))
    return out


def read_csv(path: Path, required: tuple[str, ...]) -> list[dict]:
    """Rows of a CSV file; a row missing a required cell raises :class:`GazetteerBuildError`."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for n, row in enumerate(rows, 2):
        missing = [c for c in required if not (row.get(c) or "").strip()]
        if missing or None in row:
            raise GazetteerBuildError(f"{path.name} line {n}: missing {missing or 'columns'}: {row}")
    return rows


def split_cell(cell: str | None) -> list[str]:
    """``"Kyiv|Kiev"`` -> ``["Kyiv", "Kiev"]``."""
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def add_places(b, path: Path, by_name: dict, admin1: dict) -> None:
    """Add the rows of ``places.csv`` to the builder ``b`` with their generated name forms
    ("Kharkiv region", "the province of Hodeidah", "Darnytskyi district"); region rows also
    name their admin1 code (given, or that of the town named by their first base name)."""
    for n, r in enumerate(read_csv(path,
                                   ("id", "name", "kind", "precision", "lat", "lon")), 2):
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError as exc:
            raise GazetteerBuildError(f"places.csv line {n}: bad coordinates: {r}") from exc
        if r["precision"] not in PRECISIONS:
            raise GazetteerBuildError(f"places.csv line {n}: unknown precision {r['precision']!r}")
        bases = split_cell(r["base"])
        code = r["admin1_code"].strip()
        if not code and r["precision"] == "region" and bases:
            seat = by_name.get((key(bases[0]), r["country"]))
            code = b.admin1[seat] if seat is not None else ""
        if code and r["precision"] == "region":
            admin1.setdefault((r["country"], code), r["name"])
        row = b.add_row(r["name"], lat, lon, r["country"], code, 0,
                        f"{r['precision']}:{r['kind']}", f"cur:{r['id']}", r["parent"] or None)
        names = {r["name"], *split_cell(r["variants"])}
        for base in bases:
            if r["precision"] == "region":
                names |= {f"{base} {s}" for s in REGION_SUFFIXES}
                names |= {f"{p} {base}" for p in REGION_PREFIXES}
            elif r["precision"] == "district":
                names |= {f"{base} {s}" for s in DISTRICT_SUFFIXES} | {base}
            else:
                names.add(base)
        for v in names:
            b.add_key(key(v), row, False)
            bare = without_article(key(v))
            if bare:
                b.add_key(bare, row, False)


def add_aliases(b, path: Path, by_name: dict) -> None:
    """Add ``aliases.csv``: each variant names one GeoNames town outright (``rename=1``: and
    becomes its displayed name)."""
    for n, r in enumerate(read_csv(path, ("variant", "target", "country", "rename")), 2):
        row = by_name.get((key(r["target"]), r["country"]))
        if row is None:
            raise GazetteerBuildError(f"aliases.csv line {n}: no GeoNames place {r['target']!r} "
                                      f"in {r['country']}")
        b.keys[key(r["variant"])] = [row << 1]  # an alias decides the name outright
        if (r.get("rename") or "").strip() == "1":
            b.name[row] = r["variant"]
