"""The Ukrainian and Russian word lists, read once from ``assets/lexicons/uk_ru/`` (data rows).

Each file says in its header what a row means; ``docs/languages.md`` says how to add a word.
A malformed row raises :class:`dashboard.extract.lexicon.LexiconError` quoting the file and row.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicon import LexiconError

ASSETS = Path(__file__).resolve().parents[3] / "assets" / "lexicons" / "uk_ru"


_FOLD = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u0451": "\u0435", "\u0401": "\u0415"})


def fold(value: str) -> str:
    """A cell as the tokens spell it: ’ and ʼ as ', ё as е (pymorphy3's lemmas keep ё)."""
    return value.strip().translate(_FOLD)


def rows(name: str, required: tuple[str, ...]) -> list[dict]:
    path = ASSETS / name
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    out = []
    for i, r in enumerate(csv.DictReader(lines), start=2):
        if any(not (r.get(k) or "").strip() for k in required):
            raise LexiconError(f"{path.name}: row {i} lacks one of {', '.join(required)}: {r}")
        out.append({k: fold(v or "") for k, v in r.items() if k})
    return out


@dataclass(frozen=True)
class SlavicLexicon:
    numbers: dict            # lemma -> (value, kind)
    qualifiers: dict         # tuple of lower-case words -> qualifier
    terms: dict              # lemma -> list of (kind, value, pos)
    models: dict             # lower-case surface (one or two words) -> (category, model)
    phrases: dict            # first lemma -> list of (tuple of lemmas, kind, value)
    regions_adj: dict        # adjective lemma -> English region name
    regions_noun: dict       # noun lemma -> English region name
    places: dict             # lemma -> English name (countries and others)
    derivations: tuple       # (adjective end, town end) pairs
    seas: dict               # adjective lemma -> (English name, lat, lon)


@lru_cache(maxsize=1)
def load() -> SlavicLexicon:
    numbers = {r["lemma"]: (int(r["value"]), r["kind"]) for r in rows("numbers.csv", ("lemma", "value", "kind"))}
    qualifiers = {tuple(r["phrase"].split()): r["qualifier"] for r in rows("qualifiers.csv", ("phrase", "qualifier"))}
    terms: dict = {}
    for r in rows("terms.csv", ("lemma", "kind")):
        terms.setdefault(r["lemma"], []).append((r["kind"], r["value"] or None, r["pos"] or None))
    models = {r["surface"].lower(): (r["category"], r["model"]) for r in rows("weapons.csv", ("surface", "category"))}
    phrases: dict = {}
    for r in rows("phrases.csv", ("phrase", "kind")):
        words = tuple(r["phrase"].split())
        phrases.setdefault(words[0], []).append((words, r["kind"], r["value"] or None))
    for lst in phrases.values():
        lst.sort(key=lambda p: -len(p[0]))      # the longest phrase first
    regions_adj, regions_noun = {}, {}
    for r in rows("regions.csv", ("name",)):
        for col in ("uk_adj", "ru_adj"):
            if r.get(col):
                regions_adj[r[col]] = r["name"]
        for n in (r.get("nouns") or "").split("|"):
            if n.strip():
                regions_noun[n.strip()] = r["name"]
    places = {r["lemma"]: r["name"] for r in rows("places.csv", ("lemma", "name"))}
    derivations = tuple((r["adjective_end"], r.get("town_end", "")) for r in rows("derivations.csv", ("adjective_end",)))
    seas = {}
    for r in rows("seas.csv", ("name", "adjectives", "lat", "lon")):
        try:
            point = (r["name"], float(r["lat"]), float(r["lon"]))
        except ValueError as exc:
            raise LexiconError(f"seas.csv: bad coordinates: {r}") from exc
        seas.update({a.strip(): point for a in r["adjectives"].split("|") if a.strip()})
    return SlavicLexicon(numbers, qualifiers, terms, models, phrases, regions_adj, regions_noun, places, derivations,
                         seas)
