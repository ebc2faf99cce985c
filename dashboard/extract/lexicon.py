"""The extractor's word lists, read once from ``assets/lexicons/`` (data rows, not code)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "lexicons"


#: casualty words that count people only when a noun of people follows the count ("destroyed up to 15
#: servicemen", not "destroyed 5" drones; translated "were lost two persons", "suffered 11 persons")
OF_PEOPLE_ONLY = frozenset({"destroyed", "suffered", "were lost", "took away", "lost"})
#: ... and those that count only where their clause ends with them ("twelve of our soldiers fell.", not "two
#: rockets fell in a field")
_CLAUSE_END = re.compile(r"\s*(?:[.;,]|$|(?:in|during)\s+(?:the\s+)?(?:battle|combat|action|fighting|clashes))")


def counts_here(word: str, text: str, end: int) -> bool:
    """May the casualty word ``word``, ending at ``end`` of ``text``, count anyone here?"""
    return word != "fell" or _CLAUSE_END.match(text, end) is not None


class LexiconError(ValueError):
    """A malformed lexicon row; the message quotes the file, line and row."""


@dataclass(frozen=True)
class WeaponTerm:
    pattern: str
    category: str
    model: str | None


@dataclass(frozen=True)
class Lexicon:
    weapons: dict[str, WeaponTerm]        # lower-case term -> row (plurals looked up by stripping s/es)
    weapon_words: frozenset[str]          # every single token that can end a weapon term
    casualty: dict[str, tuple[str, str]]  # term -> (category, side)
    people: dict[str, str]                # noun -> group
    casualty_re: re.Pattern               # finds casualty terms in lower-case text
    weapon_re: re.Pattern                 # finds any weapon word in lower-case text
    weapon_forms: frozenset[str] = frozenset()  # weapon words and their plurals, for token look-ups
    means: dict = None                    # ("shelled",) / ("air", "strike") -> category of an uncounted means


def _rows(path: Path):
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    weapons: dict[str, WeaponTerm] = {}
    for i, row in enumerate(_rows(ASSETS / "weapons.csv"), start=2):
        if not row.get("pattern") or not row.get("category"):
            raise LexiconError(f"weapons.csv row {i}: needs pattern and category: {row!r}")
        weapons[row["pattern"].strip().lower()] = WeaponTerm(
            row["pattern"].strip().lower(), row["category"].strip(), (row.get("model") or "").strip() or None)
    casualty: dict[str, tuple[str, str]] = {}
    for i, row in enumerate(_rows(ASSETS / "casualties.csv"), start=2):
        if row.get("side") not in ("before", "after", "both") or not row.get("category"):
            raise LexiconError(f"casualties.csv row {i}: side must be before/after/both: {row!r}")
        casualty[row["term"].strip().lower()] = (row["category"].strip(), row["side"])
    people: dict[str, str] = {}
    for i, line in enumerate((ASSETS / "people.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        *noun, group = line.split()
        if not noun:
            raise LexiconError(f"people.txt line {i}: needs 'noun group': {line!r}")
        people[" ".join(noun).lower()] = group
    weapon_words = frozenset(t.split()[-1] for t in weapons)
    terms = sorted(casualty, key=len, reverse=True)
    casualty_re = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(t) for t in terms))
    weapon_re = re.compile(r"(?:%s)" % "|".join(re.escape(w) for w in sorted(weapon_words, key=len, reverse=True)))
    weapon_forms = frozenset(f for w in weapon_words for f in (w, w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else w))
    means: dict = {}
    for i, row in enumerate(_rows(ASSETS / "means.csv"), start=2):
        if not row.get("term") or not row.get("category"):
            raise LexiconError(f"means.csv row {i}: needs term and category: {row!r}")
        means[tuple(row["term"].strip().lower().split())] = row["category"].strip()
    return Lexicon(weapons, weapon_words, casualty, people, casualty_re, weapon_re, weapon_forms, means)


@lru_cache(maxsize=20000)
def singular(word: str) -> str:
    w = word.lower()
    for suf, rep in (("ies", "y"), ("shes", "sh"), ("ches", "ch"), ("ses", "s"), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + rep
    return w

