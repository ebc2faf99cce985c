"""Finding place names in a text: candidate spans, context, disambiguation, filters.

One pass over word tokens proposes spans (longest first, up to five words, starting at a
capitalised word) whose normalised form is a gazetteer key or a demonym. Then:

1. ``the province of Hodeidah`` and ``the Moscow, Bryansk and Kursk regions`` become regions;
2. the text's context is collected: countries named or implied (demonyms, curated rows, big
   cities), regions named, all matched names;
3. each distinct name is resolved once (one sense per article) by the prior in
   :meth:`Gazetteer.score` (countries > curated rows > cities by population, with bonuses for
   the article's countries, regions and parent names);
4. weak readings are dropped: ordinary English words ("March", "Police", "Nice" at the start
   of a sentence), people's names ("Vladimir Putin" and later "Vladimir"), small or
   alternate-name towns outside the article's countries.
"""
from __future__ import annotations

import re
from functools import lru_cache

from dashboard.gazetteer.normalize import canon_articles, key
from dashboard.gazetteer.types import PlaceMention

TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[^\W_]+(?:['\u2019](?![sS]\b)[^\W_]+)*")
MAX_WORDS = 5
REGION_WORDS = ("region", "province", "governorate", "oblast", "state")
PLURAL_REGION = re.compile(r"\s+(?:regions|oblasts|provinces|governorates|states)\b")
LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)\s*")
#: "North Korean-made", "Iranian-supplied": an origin, not a place
ADJ_SUFFIXES = frozenset("made built backed supplied produced designed funded allied aligned "
                         "sponsored manufactured born origin led".split())
LOCATIVE = frozenset("in near at from to outside into towards toward around across via "
                     "of inside on over against between within".split())
#: "the Paris Agreement", "Sunset Boulevard", "Sumy State University": a document, a street or
#: an institution named after a place
DOCUMENT_WORDS = frozenset("agreement agreements accord accords convention conventions protocol "
                           "protocols format memorandum declaration boulevard street avenue road "
                           "highway lane square stadium arena university institute academy "
                           "college".split())
_key = lru_cache(maxsize=200_000)(key)  # the same words come back article after article
#: "the Gulf of Aden", "Harry S. Truman": the name is a sea's or a person's
WATER_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Cape|Lake|Isle|Battle|Siege|University)"
                          r" of\s+$")
INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s+$")
#: "St. Petersburg", "Mt. Hermon": a full stop inside a name
ABBREVIATIONS = frozenset({"St", "Mt", "Ft", "Ste"})
SENTENCE_END = set(".!?\n\r:;|\u2014\u2013\"\u201c(")


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of headline-like lines (most long words capitalised)."""
    out, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


class _Tokens:
    """Word tokens of a text (possessives cut off) with their keys and the glue between them."""

    def __init__(self, text: str):
        self.text = text
        spans = [m.span() for m in TOKEN.finditer(text)
                 if not (m.end() - m.start() == 1 and text[m.start()] in "sS"
                         and m.start() and text[m.start() - 1] in "'\u2019")]
        self.start = [a for a, _ in spans]
        self.end = [b for _, b in spans]
        n = len(spans)
        # plain lists: the look-ups below touch each token several times, and a list index is
        # cheaper than computing on demand (the keys themselves are cached across articles)
        self.raw = [text[a:b] for a, b in spans]
        self.cap = [r[0].isupper() for r in self.raw]
        self.key = [_key(r) for r in self.raw]
        seps = [""] + [text[self.end[i - 1]:self.start[i]].replace("\u00a0", " ") for i in range(1, n)]
        # space[i]: one space before token i; glue[i]: may token i continue a name begun
        # before it (one space, a hyphen, or "St. ")? A possessive leaves "'s " and glues nothing.
        self.space = [i > 0 and seps[i] == " " for i in range(n)]
        self.glue = [i > 0 and (seps[i] in (" ", "-", "\u2011") or (seps[i] == ". " and self.raw[i - 1] in ABBREVIATIONS))
                     for i in range(n)]

    def __len__(self) -> int:
        return len(self.start)

    def sentence_initial(self, i: int) -> bool:
        j = self.start[i] - 1
        while j >= 0 and self.text[j] in " \t\u00a0'\u2018\u2019":
            j -= 1
        return j < 0 or self.text[j] in SENTENCE_END


class _Match:
    __slots__ = ("i", "n", "start", "end", "k", "via", "adjective", "region_forced", "row")

    def __init__(self, i, n, start, end, k, via, adjective=False):
        self.i, self.n, self.start, self.end, self.k, self.via = i, n, start, end, k, via
        self.adjective, self.region_forced, self.row = adjective, False, None


def _spans(gaz, t: _Tokens) -> list[_Match]:
    keys, demonyms = gaz.keys, gaz.demonyms
    out, i, n = [], 0, len(t)
    while i < n:
        if not t.cap[i]:
            i += 1
            continue
        found = None
        for L in range(min(gaz.span.get(t.key[i], 1), MAX_WORDS, n - i), 0, -1):
            if L > 1 and not all(t.glue[j] for j in range(i + 1, i + L)):
                continue
            k = " ".join(t.key[i:i + L])
            if k in keys:
                found = (L, k, "exact")
                break
            if L > 2 and canon_articles(k) in keys:
                found = (L, canon_articles(k), "exact")
                break
            if k in demonyms:
                found = (L, k, "demonym")
                break
        if found is None and len(t.key[i]) >= 5:
            for L in (2, 1):
                if i + L <= n and (L == 1 or t.glue[i + 1]) and t.cap[i + L - 1]:
                    k = " ".join(t.key[i:i + L])
                    if len(k) >= 6 and gaz.skeleton_candidates(k):
                        found = (L, k, "skel")
                        break
        if found is None:
            i += 1
            continue
        L, k, via = found
        j = i + L
        adjective = via == "demonym" or (j < n and t.text[t.end[j - 1]:t.start[j]] == "-"
                                         and t.key[j] in ADJ_SUFFIXES)
        out.append(_Match(i, L, t.start[i], t.end[j - 1], k, via, adjective))
        i = j
    return out


def _regionise(gaz, t: _Tokens, matches: list[_Match]) -> None:
    """"the province of Hodeidah", "the Moscow, Bryansk and Kursk regions" -> regions."""
    text = t.text
    for m in matches:
        i = m.i
        if m.via == "exact" and i >= 2 and t.key[i - 1] == "of" and t.key[i - 2] in REGION_WORDS:
            k2 = f"{t.key[i - 2]} of {m.k}"
            if k2 in gaz.keys:
                m.k, m.start, m.region_forced = k2, t.start[i - 2], True
    for idx, m in enumerate(matches):
        if m.via == "demonym" or not PLURAL_REGION.match(text, m.end):
            continue
        group = [m]
        for prev in reversed(matches[:idx]):
            if LIST_GLUE.fullmatch(text, prev.end, group[-1].start) and prev.via != "demonym":
                group.append(prev)
            else:
                break
        for g in group:
            k2 = f"{g.k} region"
            if k2 in gaz.keys:
                g.k, g.region_forced = k2, True


def _unknown_word(gaz, t: _Tokens, i: int, matched: set[int]) -> bool:
    """A capitalised token that is no English word, title or place: likely part of a name."""
    k = t.key[i]
    if t.cap[i] and k in gaz.first_names:
        return True
    return (t.cap[i] and i not in matched and k not in gaz.common and k not in gaz.known
            and k not in gaz.demonyms and not k.isdigit())


def _context(gaz, matches: list[_Match]):
    """Candidates per name, and what the whole text says: its countries (named, implied by a
    demonym, a curated place or an unambiguous city of a million), regions and names."""
    cands: dict[str, list[tuple[int, bool]]] = {}
    countries, regions, names = set(), set(), set()
    for m in matches:
        names.add(m.k)
        if m.via == "demonym":
            cc = gaz.demonyms[m.k]
            countries.add(cc)
            cands[m.k] = [(gaz.country_row[cc], False)] if cc in gaz.country_row else []
            continue
        if m.k not in cands:
            cands[m.k] = gaz.candidates(m.k) if m.via == "exact" else gaz.skeleton_candidates(m.k)
        cs = cands[m.k]
        if not cs:
            continue
        kinds = {gaz.kind[r] for r, _ in cs}
        if kinds == {"country"} or all(k != "city" for k in kinds):
            countries.update(gaz.cc[r] for r, _ in cs if gaz.cc[r])
            regions.update((gaz.cc[r], gaz.admin1[r]) for r, _ in cs
                           if gaz.precision(r) == "region" and gaz.admin1[r])
        else:  # a city of a million that has no sizeable namesake tells the country
            big = [(r, alt) for r, alt in cs if gaz.pop[r] >= 100_000]
            if len(big) == 1 and gaz.pop[big[0][0]] >= 1_000_000 and not big[0][1]:
                countries.add(gaz.cc[big[0][0]])
    return cands, frozenset(countries), frozenset(regions), frozenset(names)


def find(gaz, text: str) -> list:
    """See :meth:`dashboard.gazetteer.index.Gazetteer.find`."""
    t = _Tokens(text)
    matches = _spans(gaz, t)
    if not matches:
        return []
    _regionise(gaz, t, matches)
    titles = _title_lines(text)

    def in_title(pos: int) -> bool:
        return any(a <= pos < b for a, b in titles)

    cands, countries, regions, names = _context(gaz, matches)
    chosen: dict[str, tuple[int, bool]] = {}
    for k, cs in cands.items():
        if cs:
            chosen[k] = gaz.choose(cs, countries, regions, names, k)

    # tokens of confident readings; a weak reading's word may still be a surname ("Rubio")
    matched_tokens = {j for m in matches if m.k in chosen and _strong(gaz, chosen[m.k][0], m)
                      for j in range(m.i, m.i + m.n)}
    persons: set[str] = set()
    keep: list[_Match] = []
    for m in matches:
        if m.k not in chosen:
            continue
        row, alt = chosen[m.k]
        if m.n == 1 and not m.region_forced and _in_persons_name(gaz, t, m, row, matched_tokens):
            # "Vladimir Putin" makes every later "Vladimir" a person too; not so a
            # headline's odd word, nor "Israel Katz" for Israel
            if gaz.kind[row] == "city" and gaz.pop[row] < 1_000_000 and not in_title(m.start):
                persons.add(m.k)
            continue
        j = m.i + m.n
        if j < len(t) and t.space[j] and t.key[j] in DOCUMENT_WORDS:
            continue
        before = text[max(0, m.start - 16):m.start]
        if WATER_BEFORE.search(before) or (INITIAL_BEFORE.search(before) and m.n == 1
                                            and gaz.kind[row] == "city"):
            continue
        if m.via == "demonym":
            m.row = row
            keep.append(m)
            continue
        listed = bool(keep) and LIST_GLUE.fullmatch(text, keep[-1].end, m.start) is not None
        if not _accept(gaz, t, m, row, alt, countries, in_title, listed):
            continue
        m.row = row
        keep.append(m)
    out = []
    for m in keep:
        if m.k in persons and m.n == 1 and not m.region_forced:
            continue
        out.append(PlaceMention(m.start, m.end, text[m.start:m.end], gaz.geocode(m.row), m.adjective))
    return out


def _in_persons_name(gaz, t: _Tokens, m: _Match, row: int, matched: set[int]) -> bool:
    """Is this one-word match part of a person's name ("Vladimir Putin", "Barack Obama",
    "Mary Preston")? A country only looks right ("Israel Katz")."""
    prev_unknown = (m.i > 0 and t.space[m.i] and gaz.kind[row] != "country"
                    and _unknown_word(gaz, t, m.i - 1, matched))
    j = m.i + 1
    return prev_unknown or (j < len(t) and t.space[j] and (
        _unknown_word(gaz, t, j, matched)
        or (m.k in gaz.first_names and gaz.kind[row] == "city" and t.cap[j]
            and t.key[j] not in gaz.known)))


def _strong(gaz, row: int, m: _Match) -> bool:
    return m.via == "demonym" or gaz.kind[row] != "city" or gaz.pop[row] >= 100_000


def _accept(gaz, t: _Tokens, m: _Match, row: int, alt: bool, countries, in_title,
            listed: bool = False) -> bool:
    """Is this reading of the match a place? (see the module docstring, step 4)"""
    k = m.k
    if k in gaz.stop:
        return False
    kind = gaz.kind[row]
    raw = t.raw[m.i]
    if len(k) <= 2 or (len(k) <= 3 and raw.isupper()):
        return kind != "city"
    if kind != "city":
        return True
    in_ctx = gaz.cc[row] in countries
    pop = gaz.pop[row]
    if m.via == "skel":
        return in_ctx and pop >= 5000
    locative = listed or (m.i > 0 and t.key[m.i - 1] in LOCATIVE)
    if m.n == 1 and (k in gaz.common or k in gaz.known):
        if alt or in_title(m.start) or t.sentence_initial(m.i):
            return False
        return pop >= 1000 and locative and (in_ctx or pop >= 100_000)
    if alt:  # "Kiev", "Kharkov": yes; "Whitehall" for Atlanta: no
        return in_ctx or (pop >= 500_000 and key(gaz.name[row])[:1] == k[:1])
    return in_ctx or pop >= 100_000 or (locative and pop >= 5000)
