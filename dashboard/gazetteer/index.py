"""The :class:`Gazetteer`: compiled index in memory, name look-up, reverse look-up, finder."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from dashboard.gazetteer.normalize import canon_articles, key, skeleton
from dashboard.gazetteer.types import Geocode, PlaceMention

#: a city outside the article's countries is taken only from this size (alternate names: more)
MIN_POP_OUT_OF_CONTEXT = 100_000
MIN_POP_ALT_OUT_OF_CONTEXT = 500_000
_skeleton = lru_cache(maxsize=200_000)(skeleton)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


#: type words news uses for one another's units ("Sumy district" is GeoNames' "Sumy Raion")
_SAME_TYPE = {"district": ("raion", "rayon"), "raion": ("district", "rayon"), "rayon": ("raion", "district")}


class Gazetteer:
    """Offline place index. Build one with :func:`dashboard.gazetteer.get_gazetteer`.

    Rows are stored column-wise (``name``, ``lat``, ``lon``, ``cc``, ``admin1``, ``pop``,
    ``kind``, ``gid``); ``keys`` maps a normalised name to ``row << 1 | alternate`` (or a
    tuple of them).
    """

    def __init__(self, data: dict):
        self._d = data
        self.name, self.lat, self.lon = data["name"], data["lat"], data["lon"]
        self.cc, self.admin1, self.pop = data["cc"], data["admin1"], data["pop"]
        self.kind, self.parent = data["kind"], data["parent"]
        self._gid, self._geonameid = data["gid"], data["geonameid"]
        self.keys, self.skel, self.span = data["keys"], data["skel"], data["span"]
        self.demonyms, self.country_row = data["demonyms"], data["country_row"]
        self.admin1_names = data["admin1_names"]
        self.admin2, self.adm = data["admin2"], data["adm"]
        self.admin2_names = data["admin2_names"]
        self.packs = data.get("packs", [])
        self._shown = data.get("shown", {})
        self.stop, self.common, self.known = data["stop"], data["common"], data["known"]
        self.first_names, self.capitals = data["first_names"], data["capitals"]
        self._grid = None
        self._fuzzy = None
        self._skel_memo: dict[str, list] = {}
        self._typo = None
        self._typo_memo: dict = {}
        self.geocode = lru_cache(maxsize=65536)(self._geocode)
        self._lookup = lru_cache(maxsize=65536)(self._lookup_uncached)

    def __len__(self) -> int:
        return len(self.name)

    # ----- rows -------------------------------------------------------------------------
    def precision(self, row: int) -> str:
        k = self.kind[row]
        return k if k in ("city", "country") else k.split(":", 1)[0]

    def gid(self, row: int) -> str:
        """Stable id: ``gn:<geonameid>``, ``cc:<ISO2>``, ``us:<state>``, ``adm:<codes>`` or
        ``cur:<curated id>``."""
        g = self._geonameid[row]
        return f"gn:{g}" if g >= 0 else self._gid[row]

    def is_unit(self, row: int) -> bool:
        """A region or district of the generic tables (not a curated row)."""
        return self.adm[row] > 0

    def from_pack(self, row: int) -> bool:
        return self._gid.get(row, "").startswith("pack:")

    def display_kind(self, row: int) -> str:
        """What the place is: village, town, city, a unit's type, or a curated kind."""
        kind = self.kind[row]
        if kind != "city":
            return kind.split(":", 1)[-1]
        if row in self._shown:
            return self._shown[row]
        pop = self.pop[row]
        return "village" if pop < 5000 else "town" if pop < 100_000 else "city"

    def admin2_name(self, row: int) -> str | None:
        if self.adm[row] == 2:
            return self.name[row]
        a2 = self.admin2[row]
        return self.admin2_names.get((self.cc[row], self.admin1[row], a2)) if a2 else None

    def _geocode(self, row: int) -> Geocode:
        cc = self.cc[row] or None
        prec = self.precision(row)
        admin1 = self.admin1_names.get((self.cc[row], self.admin1[row])) if self.admin1[row] else None
        if prec == "region" and admin1 is None:
            admin1 = self.name[row]
        parent = self.parent.get(row)
        if parent is None and self.adm[row] > 1:
            parent = self.admin2_name(row) if self.adm[row] > 2 else admin1
        if parent is None and prec == "city" and admin1 and admin1 != self.name[row]:
            parent = admin1
        return Geocode(name=self.name[row], lat=round(self.lat[row], 5), lon=round(self.lon[row], 5),
                       country=cc, admin1=admin1 if prec != "country" else None, precision=prec,
                       gazetteer_id=self.gid(row), kind=self.display_kind(row),
                       parent=parent, population=int(self.pop[row]) or None,
                       admin2=self.admin2_name(row) if prec != "country" else None)

    def candidates(self, k: str) -> list[tuple[int, bool]]:
        """(row, matched-by-alternate-name) for a normalised key."""
        v = self.keys.get(k)
        if v is None:
            return []
        if isinstance(v, int):
            return [(v >> 1, bool(v & 1))]
        return [(c >> 1, bool(c & 1)) for c in v]

    def unit_candidates(self, k: str, word: str):
        """Candidates of "<k> <word>" read as an administrative unit ("soum", "province"):
        the units named ``k``, those of that type first; None when no unit has that name."""
        from dashboard.gazetteer.admin import PLURALS

        word = PLURALS.get(word, word)
        units = [(r, False) for r, _ in self.candidates(k)
                 if self.adm[r] or self.kind[r].startswith(("region:", "district:"))]
        for other in () if units else _SAME_TYPE.get(word, ()):
            # "the Sumy district", "Kupiansk district": the unit GeoNames calls "Sumy Raion"
            units = [(r, False) for r, _ in self.candidates(f"{k} {other}") if self.adm[r]]
            if units:
                break
        if not units and word in _SAME_TYPE:
            # "the Izmayil district": a town's other spelling, and the raion named after it; the units
            # of every spelling (in the index's order, not a set's: a hash seed must not choose), so
            # that the article's countries choose among them ("Podolsk Raion": Podilsk Raion in an
            # article about Odesa oblast, not Podolsk's in Moscow Oblast)
            bases = [b for b in dict.fromkeys(key(self.name[r]) for r, _ in self.candidates(k)) if b != k]
            for base in bases:
                for other in (word, *_SAME_TYPE[word]):
                    found = [(r, False) for r, _ in self.candidates(f"{base} {other}") if self.adm[r]]
                    if found:
                        units += [c for c in found if c not in units]
                        break
        if not units:
            return None
        typed = [c for c in units if self.display_kind(c[0]) == word]
        return typed or units

    def skeleton_candidates(self, k: str) -> list[tuple[int, bool]]:
        hit = self._skel_memo.get(k)
        if hit is None:
            hit = [(r, True) for r in self.skel.get(_skeleton(k), ())] if len(k) >= 5 else []
            if len(self._skel_memo) > 100_000:
                self._skel_memo.clear()
            self._skel_memo[k] = hit
        return hit

    def fuzzy_candidates(self, k: str, cutoff: float = 90.0) -> list[tuple[int, bool]]:
        """Rows whose name is within a typo of ``k`` (rapidfuzz), among curated rows and towns
        of >= 100,000 people; for :meth:`lookup` only (too slow for every word of a text)."""
        if len(k) < 6:
            return []
        from rapidfuzz import fuzz, process

        if self._fuzzy is None:
            self._fuzzy = self._d.get("fuzzy") or []
        hit = process.extractOne(k, self._fuzzy, scorer=fuzz.ratio, score_cutoff=cutoff)
        return [(r, True) for r, _ in self.candidates(hit[0])] if hit else []

    def typo_candidates(self, k: str, countries) -> list[tuple[int, bool]]:
        """Towns of ``countries`` whose name is one typo away from ``k`` (two for names of
        nine letters or more) and begins with the same letter: "Toekedogo" ~ Tokyedogo.
        For a text's located names once its country is known (a few a text)."""
        if len(k) < 6 or not countries:
            return []
        memo = self._typo_memo.get((k, countries))
        if memo is not None:
            return memo
        if len(self._typo_memo) > 50_000:
            self._typo_memo.clear()
        out = self._typo_memo[(k, countries)] = self._typo_uncached(k, countries)
        return out

    def _typo_uncached(self, k: str, countries) -> list[tuple[int, bool]]:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if self._typo is None:
            self._typo = {}
            for r, kind in enumerate(self.kind):
                if kind == "city" and self._geonameid[r] >= 0:
                    n = key(self.name[r])
                    if len(n) >= 5:
                        self._typo.setdefault((self.cc[r], n[0]), set()).add(n)
            self._typo = {g: sorted(v) for g, v in self._typo.items()}
        out = []
        for cc in sorted(countries):
            names = self._typo.get((cc, k[0]), ())
            hit = process.extractOne(k, names, scorer=Levenshtein.distance,
                                     score_cutoff=2 if len(k) >= 9 else 1) if names else None
            if hit is not None:
                out += [(r, True) for r, _ in self.candidates(hit[0]) if self.cc[r] == cc]
        return out

    # ----- scoring ----------------------------------------------------------------------
    def score(self, row: int, alt: bool, countries, regions=frozenset(), names=frozenset()) -> float:
        """Prior of a candidate row given the context (countries, (cc, admin1) regions, name keys)."""
        kind = self.kind[row]
        cc = self.cc[row]
        if kind == "country":
            return 100.0
        if self.adm[row]:
            # a unit by its full name ("Soum Province") is sure; by its bare name ("Soum") it
            # loses to a town of that name, and to a unit of the article's regions
            if not alt:     # of two "Bijapur district"s, the one in the state the text names
                return 45.0 + (10 if cc in countries else 0) + (2 if (cc, self.admin1[row]) in regions else 0) \
                    - self.adm[row] * 0.1  # curated rows: 50+
            # a department or sub-location is named after its village: the village wins
            s = (3.5 if self.adm[row] < 3 else 0.5) + (6 if cc in countries else 0)
            if (cc, self.admin1[row]) in regions:
                s += 4 if self.adm[row] > 1 else 0
            return s - self.adm[row] * 0.1
        if kind != "city":
            s = 50.0 + (10 if cc in countries else 0)
            parent = self.parent.get(row)
            if parent and key(parent) in names:
                s += 20
            return s - row * 1e-6  # earlier curated rows win ties (biggest parent city first)
        s = math.log10(self.pop[row] + 10) - (1.0 if alt else 0.0) + (0.5 if row in self.capitals else 0)
        if cc in countries:
            s += 6
        if (cc, self.admin1[row]) in regions:
            s += 4
        return s

    def lookup(self, name: str, countries: tuple[str, ...] = (), fuzzy: bool = True) -> Geocode | None:
        """Geocode one name ("Kyiv", "Kharkov region", "Odessa"), preferring ``countries``;
        ``fuzzy`` also tries names a typo away (rapidfuzz, slower). Answers are cached."""
        return self._lookup(name, tuple(countries), fuzzy)

    def _lookup_uncached(self, name: str, countries: tuple[str, ...], fuzzy: bool) -> Geocode | None:
        k = key(_POSSESSIVE.sub("", name.strip()))
        if not k or k in self.stop:
            return None
        if k not in self.keys and canon_articles(k) in self.keys:
            k = canon_articles(k)
        cands = self.candidates(k) or self._unit_reading(k) or self.skeleton_candidates(k) or (
            self.fuzzy_candidates(k) if fuzzy else [])
        if not cands:
            return None
        ctx = frozenset(c.upper() for c in countries)
        return self.geocode(self.choose(cands, ctx, k=k)[0])

    def _unit_reading(self, k: str):
        """"tiolboye ouest department", "department of oursi" -> that unit's candidates."""
        from dashboard.gazetteer.admin import TYPE_WORDS

        words = k.split(" ")
        for n in (2, 1):
            if len(words) > n and " ".join(words[-n:]) in TYPE_WORDS:
                return self.unit_candidates(" ".join(words[:-n]), " ".join(words[-n:])) or []
        if len(words) > 2 and words[1] == "of" and words[0] in TYPE_WORDS:
            return self.unit_candidates(" ".join(words[2:]), words[0]) or []
        return []

    def choose(self, cands, countries, regions=frozenset(), names=frozenset(),
               k: str = "") -> tuple[int, bool]:
        """The best (row, alternate) reading of the name ``k`` given the article's context.

        A namesake abroad eight times bigger (a capital counts five times its size) beats a
        small town in the article's countries unless the town's region is named too (Geneva,
        Switzerland over Geneva, Illinois); an alternate name abroad counts only when it begins
        the town's own name ("New York" for New York City, not "Bethlehem" for Belem)."""
        best = max(cands, key=lambda c: self.score(c[0], c[1], countries, regions, names))
        row = best[0]
        if best[1] and self.adm[row]:
            # a unit by its bare name over its own seat town of unknown size ("Saravena"): the town
            seat = [c for c in cands if self.kind[c[0]] == "city" and not c[1] and self.cc[c[0]] == self.cc[row]
                    and self.admin1[c[0]] == self.admin1[row]]
            if seat:
                return max(seat, key=lambda c: self.pop[c[0]])
        if self.kind[row] != "city" or (self.cc[row], self.admin1[row]) in regions:
            return best
        if best[1]:  # "Adana" is Adana, Turkey, not an old name of Aden
            main = [c for c in cands if not c[1] and self.kind[c[0]] == "city"
                    and self.pop[c[0]] >= max(100_000, self.pop[row])]
            if main:
                return max(main, key=lambda c: self.pop[c[0]])
        size = lambda r: self.pop[r] * (5 if r in self.capitals else 1)  # noqa: E731
        abroad = [c for c in cands if self.kind[c[0]] == "city" and self.cc[c[0]] not in countries
                  and (not c[1] or (self.pop[c[0]] >= 1_000_000 and k
                                    and key(self.name[c[0]]).startswith(k)))]
        if abroad:
            big = max(abroad, key=lambda c: size(c[0]))
            if size(big[0]) >= 100_000 and size(big[0]) >= 8 * max(size(row), 1):
                return big
        return best

    # ----- reverse ----------------------------------------------------------------------
    def _build_grid(self) -> dict:
        grid: dict[tuple[int, int], list[int]] = {}
        for row, kind in enumerate(self.kind):
            if kind == "city":
                grid.setdefault((int(self.lat[row] // 0.5), int(self.lon[row] // 0.5)), []).append(row)
        return grid

    def reverse(self, lat: float, lon: float, max_km: float = 60.0) -> tuple[str | None, str | None]:
        """(admin1 name, ISO2 country) of the nearest town within ``max_km``, else (None, None)."""
        if self._grid is None:
            self._grid = self._build_grid()
        ci, cj = int(lat // 0.5), int(lon // 0.5)
        best, best_d = None, max_km
        coslat = math.cos(math.radians(lat))
        reach = 1 + int(max_km / (55.0 * max(coslat, 0.1)))  # cells are 0.5 degrees
        for di in range(-reach, reach + 1):
            for dj in range(-reach, reach + 1):
                for row in self._grid.get((ci + di, cj + dj), ()):
                    dy = (self.lat[row] - lat) * 111.2
                    dx = (self.lon[row] - lon) * 111.2 * coslat
                    d = math.hypot(dx, dy)
                    if d < best_d:
                        best, best_d = row, d
        if best is None:
            return None, None
        return self.admin1_names.get((self.cc[best], self.admin1[best])), self.cc[best] or None

    # ----- finding ----------------------------------------------------------------------
    def find(self, text: str) -> list[PlaceMention]:
        """Every place named in ``text``, in text order, disambiguated with the whole text
        (organisations' names hidden: "the Islamic State of Iraq and the Levant")."""
        from dashboard.gazetteer.finder import find

        return find(self, _hide_organisations(text))


@lru_cache(maxsize=1)
def _organisations():
    """One regex of the names in assets/gazetteer/organisations.txt, or None without any."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "assets" / "gazetteer" / "organisations.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    names = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if not names:
        return None
    alts = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in n.split())
                    for n in sorted(names, key=len, reverse=True))
    # each name's longest plain word: a text holding none of them holds no name (a substring test
    # in C, where the alternation costs a regex pass over every article)
    keys = tuple({max((w for w in n.lower().split() if w.isalpha()), key=len, default=n.lower()) for n in names})
    return re.compile(rf"\b(?:{alts})\b", re.I), keys


def _hide_organisations(text: str) -> str:
    """``text`` with each organisation's name blanked out (same length, offsets kept)."""
    found = _organisations()
    if found is None or not text:
        return text
    rx, keys = found
    low = text.lower()
    if not any(k in low for k in keys):
        return text
    return rx.sub(lambda m: " " * len(m.group(0)), text)
