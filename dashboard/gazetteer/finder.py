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

import math
import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate, compress
from operator import itemgetter
from functools import lru_cache

from dashboard.gazetteer.admin import PLURALS, TYPE_COUNTRIES, TYPE_WORDS
from dashboard.gazetteer.normalize import ARTICLE_SET, key
from dashboard.gazetteer.types import RAION_AT_CENTRE, PlaceMention

TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[^\W_]+(?:['\u2019](?![sS]\b)[^\W_]+)*")
#: what the finder scans with: TOKEN, with a possessive "'s" kept on the word (cut off after:
#: one simpler pattern is faster than a look-ahead at every apostrophe)
_SCAN = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[^\W_]+(?:['\u2019][^\W_]+)*")
_SPLIT = re.compile(f"({_SCAN.pattern})")
_POSSESSIVE_AT = re.compile(r"['\u2019][sS]\b")
MAX_WORDS = 5
REGION_WORDS = ("region", "province", "governorate", "oblast", "state")
PLURAL_REGION = re.compile(r"\s+(?:regions|oblasts|provinces|governorates|states|districts|counties|"
                           r"raions|departments|prefectures|municipalities|localities|tehsils|"
                           r"upazilas|townships)\b")
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
                           "highway lane square stadium arena".split())
#: "(Arbinda, Soum)", "(Tin-Akoff, Oudalan)": a parenthesis of names says where something is
PARENTHESIS = re.compile(r"\((?:\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s*,)*\s*$")
SLASH_WORD = re.compile(r"s?/[a-z]")
#: "the village of X", "the hamlet of X": a small place, not a namesake town abroad by another spelling
VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|locality|settlement)\s+of\s+$", re.I)
#: "in Dattakhel, North Waziristan": a name after a located name and a comma says where it is
PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around)\s+[A-Z][\w'\u2019-]+(?:[\s-][A-Z][\w'\u2019-]+)?,\s*$")
_key = lru_cache(maxsize=200_000)(key)  # the same words come back article after article
_KEYS: dict[str, str] = {}              # the same, for a whole text's tokens at once
_FIRST = itemgetter(0)
_SPACE_GAPS = frozenset((" ", "\u00a0"))            # the gap before token 0 ("") is none
_GLUE_GAPS = _SPACE_GAPS | {"-", "\u2011"}


def _keys(words: list[str]) -> list[str]:
    """``[key(w) for w in words]``, from a cache the size of a language's vocabulary."""
    got = list(map(_KEYS.get, words))
    if None in got:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        for i in [i for i, k in enumerate(got) if k is None]:
            got[i] = _KEYS[words[i]] = key(words[i])
    return got
#: "the Gulf of Aden", "Harry S. Truman": the name is a sea's or a person's
WATER_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Cape|Lake|Isle|Battle|Siege|University)"
                          r" of\s+$")
INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s+$")
#: "St. Petersburg", "Mt. Hermon": a full stop inside a name
ABBREVIATIONS = frozenset({"St", "Mt", "Ft", "Ste"})
SENTENCE_END = set(".!?\n\r:;|\u2014\u2013\"\u201c(")


def _is_title_line(line: str) -> bool:
    """Is this a headline-like line (most long words capitalised)?"""
    words = [w for w in re.findall(r"[A-Za-z]{4,}", line)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


class _Titles:
    """``in_title(pos)``: is ``pos`` on a headline-like line? (each line judged once, when asked)"""

    def __init__(self, text: str):
        self.text, self.lines = text, {}

    def __call__(self, pos: int) -> bool:
        a = self.text.rfind("\n", 0, pos) + 1
        hit = self.lines.get(a)
        if hit is None:
            b = self.text.find("\n", pos)
            hit = self.lines[a] = _is_title_line(self.text[a:b if b >= 0 else len(self.text)])
        return hit


class _Tokens:
    """Word tokens of a text (possessives cut off) with their keys and the glue between them."""

    def __init__(self, text: str):
        self.text = text
        # one linear scan (a separator-and-token pattern would backtrack over long runs of
        # punctuation: '.' * 8000 would cost seconds); split() hands back tokens and the gaps
        # between them at once, and their offsets are running sums of lengths (all in C)
        parts = _SPLIT.split(text)
        bounds = list(accumulate(map(len, parts)))
        self.start = start = bounds[0:-1:2]
        self.end = end = bounds[1::2]
        # plain lists: the look-ups below touch each token several times, and a list index is
        # cheaper than computing on demand (the keys themselves are cached across articles)
        self.raw = raw = parts[1::2]
        gaps = parts[2:-1:2]
        self.possessive = set()     # tokens cut before their "'s" ("Mohale's Hoek" may go on)
        if "'" in text or "\u2019" in text:
            for m in _POSSESSIVE_AT.finditer(text):   # "Kyiv's" -> "Kyiv" (few: found in C)
                i = bisect_left(end, m.end())
                if i < len(end) and end[i] == m.end() and start[i] < m.start():
                    raw[i] = raw[i][:-2]
                    end[i] -= 2
                    self.possessive.add(i)
                    if i < len(gaps):
                        gaps[i] = text[end[i]:start[i + 1]]
        # (each list below is built by map/compress in C: this runs over every word of every text)
        self.cap = list(map(str.isupper, map(_FIRST, raw)))
        self.caps = list(compress(range(len(raw)), self.cap))
        self.key = _keys(raw)
        # space[i]: one space before token i; glue[i]: may token i continue a name begun
        # before it (one space, a hyphen, or "St. ")? A possessive leaves "'s " and glues nothing.
        gaps.insert(0, "")
        self.space = list(map(_SPACE_GAPS.__contains__, gaps))
        self.glue = list(map(_GLUE_GAPS.__contains__, gaps))
        if ". " in text:
            for i in compress(range(len(gaps)), map(". ".__eq__, gaps)):
                if raw[i - 1] in ABBREVIATIONS:
                    self.glue[i] = True

    def __len__(self) -> int:
        return len(self.start)

    def gap_is_possessive(self, i: int) -> bool:
        """Is the gap after token ``i`` its cut "'s" and one space ("Mohale's Hoek")?"""
        return self.text[self.end[i]:self.start[i + 1]][2:] == " "

    def sentence_initial(self, i: int) -> bool:
        j = self.start[i] - 1
        while j >= 0 and self.text[j] in " \t\u00a0'\u2018\u2019":
            j -= 1
        return j < 0 or self.text[j] in SENTENCE_END


class _Match:
    __slots__ = ("i", "n", "start", "end", "k", "via", "adjective", "region_forced", "row", "cands",
                 "qualifier", "raion")

    def __init__(self, i, n, start, end, k, via, adjective=False):
        self.i, self.n, self.start, self.end, self.k, self.via = i, n, start, end, k, via
        self.adjective, self.region_forced, self.row = adjective, False, None
        self.cands = None       # candidates of a unit reading ("Soum province"), else by key
        self.qualifier = None   # the match that says where this one is ("X, Y", "X (Y)")
        self.raion = False      # a district named by its centre town's adjective ("Rossoshansky district")


def _unit_type_at(t, j: int) -> tuple[str, int] | None:
    """(type word, tokens) when token ``j`` begins a unit's type word ("district", "sub-county")."""
    if j >= len(t) or not t.space[j] and not t.glue[j]:
        return None
    w = t.key[j]
    if j + 1 < len(t) and t.glue[j + 1] and f"{w} {t.key[j + 1]}" in TYPE_WORDS:
        return f"{w} {t.key[j + 1]}", 2
    if w in TYPE_WORDS or w in TYPE_SYNONYMS:
        return w, 1
    return None


def _unit_cands(gaz, k: str, word: str):
    return gaz.unit_candidates(k, word)


#: type words translated literally, read only where the unit has that name: "the Krasnodar edge"
#: (край) is Krasnodar Krai
TYPE_SYNONYMS = {"edge": "krai"}


def _longest(gaz, t: _Tokens, i: int, n: int):
    """(words, key, via) of the longest name starting at token ``i``: multi-word names are
    walked word by word while the key trie has names continuing the prefix (with Arabic
    articles inside a name in any spelling: "Jisr el-Shughur" ~ "jisr al shughur")."""
    keys, demonyms, prefixes = gaz.keys, gaz.demonyms, gaz.keys.prefixes
    k1 = t.key[i]
    codes = keys[k1]
    found = None
    if k1 in demonyms and not any(gaz.kind[c >> 1] == "country" or gaz.pop[c >> 1] >= 100_000 and not c & 1
                                  for c in codes or ()):
        found = (1, k1, "demonym")   # "Somali militia": an adjective, not a hamlet ("Thai": no old name of a city)
    elif codes is not None:
        found = (1, k1, "exact")
    if i + 1 < n and i in t.possessive and t.gap_is_possessive(i):
        # a name with a possessive inside: "Mohale's Hoek", "King's Lynn" (keys drop the apostrophe)
        if keys.prefixes[k1 + "s "] and keys[k1 + "s " + t.key[i + 1]] is not None:
            return (2, k1 + "s " + t.key[i + 1], "exact")
        return found
    if i + 1 >= n or not t.glue[i + 1]:
        return found
    raw = k1
    inner_s = False     # the last word had its "'s" cut: "Luhansk People's Republic" (keys drop the apostrophe)
    for L in range(2, min(MAX_WORDS, n - i) + 1):
        j = i + L - 1
        if not (t.glue[j] or inner_s):
            break
        raw_p = raw + " "
        can_p = None
        if L > 2 and not ARTICLE_SET.isdisjoint(t.key[i + 1:j]):  # "jisr ash ..." ~ "jisr al ..."
            can_p = k1 + "".join(" " + ("al" if x in ARTICLE_SET else x) for x in t.key[i + 1:j]) + " "
        inner_s = j in t.possessive and j + 1 < n and t.gap_is_possessive(j) and prefixes[raw_p + t.key[j] + "s "]
        wj = t.key[j] + "s" if inner_s else t.key[j]
        if not (prefixes[raw_p] or (can_p is not None and prefixes[can_p])
                or (L == 2 and raw_p + wj in demonyms)):
            break
        raw = raw_p + wj
        if keys[raw] is not None:
            found = (L, raw, "exact")
        elif can_p is not None and keys[can_p + t.key[j]] is not None:
            found = (L, can_p + t.key[j], "exact")
        elif raw in demonyms:
            found = (L, raw, "demonym")
    return found


def _spans(gaz, t: _Tokens) -> list[_Match]:
    keys, demonyms = gaz.keys, gaz.demonyms
    out, n = [], len(t)
    nxt = 0   # the first token a new name may start at (after the last one found)
    for i in t.caps:
        if i < nxt:
            continue
        found = _longest(gaz, t, i, n)
        if found is None and len(t.key[i]) >= 5:
            for L in (2, 1):
                if i + L <= n and (L == 1 or t.glue[i + 1]) and t.cap[i + L - 1]:
                    k = " ".join(t.key[i:i + L])
                    if len(k) >= 6 and gaz.skeleton_candidates(k):
                        found = (L, k, "skel")
                        break
        if found is None:
            district = _district_of_town(gaz, t, i, n)
            if district is not None:    # "Rossoshansky district": the district of Rossosh, at its centre
                out.append(district)
                nxt = district.i + district.n
            continue
        L, k, via = found
        j = i + L
        adjective = via == "demonym" or (j < n and t.text[t.end[j - 1]:t.start[j]] == "-"
                                         and t.key[j] in ADJ_SUFFIXES)
        m = _Match(i, L, t.start[i], t.end[j - 1], k, via, adjective)
        typed = _unit_type_at(t, j) if via == "exact" and not adjective else None
        if typed is not None:  # "Soum province", "Mandera East sub-county"
            syn = TYPE_SYNONYMS.get(typed[0])
            cands = (gaz.candidates(f"{k} {syn}") if f"{k} {syn}" in gaz.keys else None) if syn \
                else _unit_cands(gaz, k, typed[0])
            if cands is not None:
                m.cands, m.k, m.region_forced = cands, f"{k} {typed[0]}", True
                m.n, m.end = L + typed[1], t.end[j + typed[1] - 1]
                j += typed[1]
            elif typed[0] in _DISTRICT_WORDS and (L > 1 or not _DISTRICT_ADJ.match(k)) \
                    and (seats := [(r, alt) for r, alt in gaz.candidates(k) if _raion_seat(gaz, r) and not alt]):
                # "the Novhorod-Siverskyi district", a raion the index lacks: the district of that town (by its own
                # name, not another spelling's), at its centre
                m.cands = seats
                m.k, m.region_forced, m.raion = f"{k} district", True, True
                m.n, m.end = L + typed[1], t.end[j + typed[1] - 1]
                j += typed[1]
            elif typed[0] in TYPE_COUNTRIES:   # "Madan upazila": not Madan, Bulgaria (none rather than it)
                ccs = TYPE_COUNTRIES[typed[0]]
                m.cands = [(r, alt) for r, alt in gaz.candidates(k) if gaz.cc[r] in ccs]
        out.append(m)
        nxt = j
    return out


def _raion_seat(gaz, r: int) -> bool:
    """Could this town be a raion's centre (a town of the raion countries, not a village)?"""
    return gaz.kind[r] == "city" and gaz.cc[r] in _DISTRICT_COUNTRIES and gaz.pop[r] >= 5000


#: the adjective a Russian or Ukrainian district takes from its centre town, spelled in English
_DISTRICT_ADJ = re.compile(r"^(?P<stem>[a-z'-]{3,}?)(?:s'?kyi|s'?kiy|s'?kii|s'?ky|s'?ki|s'?kaya|s'?koy|s'?koye|s'?ka)$")
_DISTRICT_WORDS = frozenset({"district", "raion", "rayon", "okrug"})
_DISTRICT_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ"})


def _district_of_town(gaz, t: _Tokens, i: int, n: int):
    """"Rossoshansky district", "Kupianskyi raion": a district the index lacks, named by the
    adjective of its centre town (Rossosh, Kupiansk): a match of that town's candidates."""
    if i + 1 >= n or not t.glue[i + 1]:
        return None
    width = 2
    if t.key[i + 1] in ("municipal", "urban") and i + 2 < n and t.key[i + 2] in _DISTRICT_WORDS and t.glue[i + 2]:
        width = 3       # "the Starobelsky municipal district" (translated from Russian)
    elif t.key[i + 1] not in _DISTRICT_WORDS:
        return None
    m = _DISTRICT_ADJ.match(t.key[i])
    if m is None:
        return None
    stem = m.group("stem")
    # Rossoshansky <- Rossosh, Kupianskyi <- Kupiansk, Vasylivskyi <- Vasylivka, Polohivskyi <- Polohy
    # Seversky <- Severskaya (a stanitsa; the Seversk of Tomsk oblast is its namesake)
    tries = [stem + "sk", stem, stem + "a", stem + "e", stem + "i", stem + "ka", stem + "ke",
             stem + "skaya", stem + "skoye"]
    for tail in ("an", "yan", "ian", "en", "in", "ov", "ev", "iv"):
        if stem.endswith(tail) and len(stem) - len(tail) >= 3:
            tries += [stem[:-len(tail)], stem[:-len(tail)] + "sk", stem[:-len(tail)] + "y", stem[:-len(tail)] + "i"]
    tries = list(dict.fromkeys(tries))
    # the index's own raion of such a town first ("Beryslav Raion"), else the towns themselves: the
    # text's context then chooses among them (Vasylivka of Zaporizhzhia oblast, not Vasyliv)
    cands = [(r, alt) for k in tries for word in ("raion", "district") for r, alt in (_unit_cands(gaz, k, word) or ())
             if gaz.cc[r] in _DISTRICT_COUNTRIES]
    cands = cands or [(r, alt) for k in tries for r, alt in gaz.candidates(k)
                      if gaz.kind[r] == "city" and gaz.cc[r] in _DISTRICT_COUNTRIES and gaz.pop[r] >= 1000]
    if not cands:
        return None
    match = _Match(i, width, t.start[i], t.end[i + width - 1], f"{t.key[i]} district", "exact")
    match.cands, match.region_forced, match.raion = list(dict.fromkeys(cands)), True, True
    return match


def _regionise(gaz, t: _Tokens, matches: list[_Match]) -> None:
    """"the province of Hodeidah", "the Moscow, Bryansk and Kursk regions" -> regions."""
    text = t.text
    for m in matches:
        i = m.i
        if m.via == "exact" and i >= 2 and t.key[i - 1] == "of" and t.key[i - 2] in REGION_WORDS:
            k2 = f"{t.key[i - 2]} of {m.k}"
            if k2 in gaz.keys:
                m.k, m.start, m.region_forced = k2, t.start[i - 2], True
                continue
        if (m.via == "exact" and m.cands is None and i >= 2 and t.key[i - 1] == "of"
                and t.key[i - 2] in TYPE_WORDS and i >= 3 and t.key[i - 3] == "the"):
            cands = _unit_cands(gaz, m.k, t.key[i - 2])   # "the department of Oursi"
            if cands is not None:
                m.cands, m.k, m.start, m.region_forced = cands, f"{m.k} {t.key[i - 2]}", t.start[i - 2], True
    for idx, m in enumerate(matches):
        if m.via == "demonym" or not PLURAL_REGION.match(text, m.end):
            continue
        group = [m]
        for prev in reversed(matches[:idx]):
            if LIST_GLUE.fullmatch(text, prev.end, group[-1].start) and prev.via != "demonym":
                group.append(prev)
            else:
                break
        word = text[m.end:m.end + 40].split()[0].lower()
        for g in group:
            k2 = f"{g.k} region"
            if k2 in gaz.keys:
                g.k, g.region_forced = k2, True
            elif g.cands is None:
                cands = _unit_cands(gaz, g.k, word)
                if cands is not None:
                    g.cands, g.k, g.region_forced = cands, f"{g.k} {PLURALS.get(word, word)}", True


_SETTLEMENT_WORDS = frozenset("village town settlement hamlet township".split())
MAX_TYPOS = 3  # located names a text gets looked up a typo away (each ~0.2 ms)


def _typos(gaz, t: _Tokens, matches: list[_Match], cands, countries) -> list[_Match]:
    """Located names the index lacks ("the village of Toekedogo"), read as a town of the
    text's countries a typo away (Tokyedogo)."""
    if not countries:
        return matches
    # a one-word name known only as a foreign town's alternate ("Sarawan", an old name of Laos's
    # Salavan, in an Iranian story) may still be a typo of a town of the text's countries
    foreign = {m.i: m for m in matches if m.n == 1 and m.via != "typo" and cands.get(m.k)
               and all(alt and gaz.cc[r] not in countries for r, alt in cands[m.k])}
    covered = {j for m in matches for j in range(m.i, m.i + m.n) if m.i not in foreign}
    # located: after a locative ("in Toekedogo"), or named as a settlement ("the Samarkandek village")
    located = [i for i in t.caps if i and i not in covered and (
        t.key[i - 1] in LOCATIVE or i + 1 < len(t) and t.key[i + 1] in _SETTLEMENT_WORDS)]
    if not located:
        return matches
    # the country the text is most about (the one its names point to most): a typo is read
    # there only ("the village of Koutougou" in a Niger story is no Koudougou of Burkina Faso)
    count = dict.fromkeys(countries, 0)
    for m in matches:
        for cc in {gaz.cc[r] for r, _ in cands.get(m.k, ())} & countries:
            count[cc] += 1
    top = max(count.values())
    countries = frozenset(cc for cc, v in count.items() if v == top)
    added = []
    for i in located:
        if len(added) >= MAX_TYPOS:
            break
        n = _article_name_len(t, i, covered)
        if n:   # "in Bir al-Abed": a name with an Arabic article, spelled a vowel away (Bir al Abd)
            k = " ".join(t.key[i:i + n])
        else:
            k, n = t.key[i], 1
            if (len(k) < 6 or k in gaz.common or k in gaz.known or k in gaz.first_names or k in gaz.stop
                    or (i + 1 < len(t) and t.cap[i + 1] and t.glue[i + 1])):
                continue
        cs = gaz.typo_candidates(k, countries)
        if cs:
            m = _Match(i, n, t.start[i], t.end[i + n - 1], f"~{k}", "typo")
            m.cands = cands[m.k] = cs
            added.append(m)
    if not added:
        return matches
    replaced = {foreign[m.i] for m in added if m.i in foreign}
    return sorted([m for m in matches if m not in replaced] + added, key=lambda m: m.start)


def _article_name_len(t: _Tokens, i: int, covered) -> int:
    """Tokens of a name "Bir al-Abed" / "Deir el Zour" begun at ``i``: a capitalised word, an
    Arabic article and a capitalised word, glued; 0 when the tokens there are no such name."""
    j = i + 2
    if (j < len(t) and t.key[i + 1] in ARTICLE_SET and t.glue[i + 1] and t.glue[j] and t.cap[j]
            and j not in covered and (j + 1 >= len(t) or not (t.cap[j + 1] and t.glue[j + 1]))):
        return 3
    return 0


def _unknown_word(gaz, t: _Tokens, i: int, matched: set[int]) -> bool:
    """A capitalised token that is no English word, title or place: likely part of a name."""
    k = t.key[i]
    if t.cap[i] and k in gaz.first_names:
        return True
    return (t.cap[i] and i not in matched and k not in gaz.common and k not in gaz.known
            and k not in gaz.demonyms and not k.isdigit()
            and k not in TYPE_WORDS)     # "Kanbalu Township": a unit's type word, not a surname


def _context(gaz, matches: list[_Match]):
    """Candidates per name, and what the whole text says: its countries (named, implied by a
    demonym, a curated place or unit named in full, an unambiguous city of a million, or
    agreed on by the names it gives), regions and names."""
    cands: dict[str, list[tuple[int, bool]]] = {}
    countries, regions, names = set(), set(), set()
    votes: dict[str, set[str]] = {}
    named = set()   # countries the text names by a place (not by an adjective)
    done: dict = {}
    for m in matches:
        names.add(m.k)
        if m.via == "demonym":
            cc = gaz.demonyms[m.k]
            countries.add(cc)
            cands[m.k] = [(gaz.country_row[cc], False)] if cc in gaz.country_row else []
            continue
        if m.k not in cands:
            if m.cands is not None:
                cands[m.k] = m.cands
            else:
                cands[m.k] = gaz.candidates(m.k) if m.via == "exact" else gaz.skeleton_candidates(m.k)
        cs = cands[m.k]
        if not cs or done.get((m.k, m.n > 1)) is cs:
            continue    # (a name said again adds nothing: what follows depends on these only)
        done[(m.k, m.n > 1)] = cs
        strong = [(r, alt) for r, alt in cs if not (alt and gaz.is_unit(r))]
        kinds = {gaz.kind[r] for r, _ in strong}
        if strong and COMPASS_UNIT.fullmatch(m.k) and kinds != {"country"}:
            continue    # ("the Northeastern Region" names no country: Oman's and North Macedonia's are both so called)
        if strong and (kinds == {"country"} or all(k != "city" for k in kinds)):
            countries.update(gaz.cc[r] for r, _ in strong if gaz.cc[r])
            named.update(gaz.cc[r] for r, _ in strong if gaz.cc[r])
            own = {(gaz.cc[r], gaz.admin1[r]) for r, _ in strong if gaz.precision(r) == "region" and gaz.admin1[r]}
            if len(own) == 1:   # two states' "Bijapur district"s say neither state
                regions.update(own)
            continue
        if all(gaz.adm[r] == 1 for r, _ in cs) and len({gaz.cc[r] for r, _ in cs}) == 1:
            # "Chhattisgarh": a state by its bare name and nothing else; its towns and districts win
            regions.update((gaz.cc[r], gaz.admin1[r]) for r, _ in cs if gaz.admin1[r])
        big = [(r, alt) for r, alt in cs if gaz.pop[r] >= 100_000]
        if len(big) == 1 and gaz.pop[big[0][0]] >= 1_000_000 and not big[0][1]:
            countries.add(gaz.cc[big[0][0]])  # a city of a million without a sizeable namesake
            named.add(gaz.cc[big[0][0]])
        elif m.n > 1 or m.k not in gaz.common:
            for r, alt in cs:
                if gaz.cc[r] and gaz.kind[r] != "country":
                    votes.setdefault(gaz.cc[r], set()).add(m.k)
    # where the text names no country (an adjective, "Russian forces", says who, not where),
    # names that agree on one tell it ("Arbinda", "Soum" -> Burkina Faso); where it names
    # one, they would only add noise ("Lido Beach" in a Mogadishu story)
    if votes and not named:
        top = max(len(v) for v in votes.values())
        if top >= 2:
            countries.update(cc for cc, v in votes.items() if len(v) == top)
    if not named and gaz.packs:
        # still no place-named country: the countries whose GeoNames packs the user installed
        # are the likeliest (they were added because their news is read here)
        countries.update(gaz.packs)
    return cands, frozenset(countries), frozenset(regions), frozenset(names), frozenset(named)


#: between a place and what says where it is: "Mezhova, Dnipropetrovsk", "Adjarara (Tin-Akoff",
#: "Kabonga in Kompienga province", "Khok Pho district of Pattani"
QUALIFIER_GLUE = re.compile(r"\s*(?:,|\(|,?\s+in|\s+of)\s*(?:the\s+)?$")


def _inside(gaz, row: int, q: int) -> bool:
    """Does the row lie inside (or, for a town, near) the qualifying place ``q``?"""
    if row == q:
        return True     # "Dnipro (Dnepr)": the same place by another name
    if gaz.cc[row] != gaz.cc[q]:
        return False
    kind = gaz.kind[q]
    if kind == "country":
        return True
    level = gaz.adm[q]
    if level == 1 or (not level and kind.startswith("region:") and gaz.admin1[q]):
        return gaz.admin1[row] == gaz.admin1[q] or _km(gaz, row, q) < 60
    if level == 2:
        if gaz.admin2[row]:
            return gaz.admin1[row] == gaz.admin1[q] and gaz.admin2[row] == gaz.admin2[q]
        return _km(gaz, row, q) < 80
    if gaz.admin2[row] and gaz.admin2[q] and gaz.admin2[row] == gaz.admin2[q] and level:
        return True
    if not level and gaz.admin1[row] == gaz.admin1[q] and _names_its_region(gaz, q):
        return True     # "Popivka, Sumy": Sumy the oblast, named after its capital
    return _km(gaz, row, q) < (40 if level else 50)


def _names_its_region(gaz, q: int) -> bool:
    region = gaz.admin1_names.get((gaz.cc[q], gaz.admin1[q]), "")
    return bool(region) and key(region).startswith(key(gaz.name[q]))


def _km(gaz, a: int, b: int) -> float:
    dy = (gaz.lat[a] - gaz.lat[b]) * 111.2
    dx = (gaz.lon[a] - gaz.lon[b]) * 111.2 * math.cos(math.radians(gaz.lat[a]))
    return math.hypot(dx, dy)


def _qualify(gaz, t: _Tokens, matches: list[_Match], cands) -> dict[str, set[int]]:
    """For each name that another place qualifies ("X, Y", "X (Y)", "X in Y", "Y's X"), its
    candidate rows that lie inside that place: the namesake the text means."""
    prefer: dict[str, set[int]] = {}
    text = t.text
    for a, b in zip(matches, matches[1:]):
        if a.via == "demonym" or b.via == "demonym":
            continue
        gap = text[a.end:b.start]
        if len(gap) > 12:
            continue
        if QUALIFIER_GLUE.fullmatch(gap):
            inner, outer = a, b
        elif gap in ("'s ", "\u2019s "):
            inner, outer = b, a
        else:
            continue
        inner_cands = cands.get(inner.k, ())
        if any(gaz.kind[r] == "country" for r, _ in inner_cands):
            continue    # "Jordan, US officials said": a country is no town of another
        qs = [r for r, _ in cands.get(outer.k, ())]
        same_ok = "(" in gap   # "Dnipro (Dnepr)": another name; "Oleksandrivka, Donetsk": not
        rows = {r for r, _ in cands.get(inner.k, ())
                if any(_inside(gaz, r, q) and (same_ok or r != q) for q in qs)}
        if rows:
            prefer.setdefault(inner.k, set()).update(rows)
            inner.qualifier = outer
        elif outer.k not in gaz.common and _abroad(gaz, gap, text[outer.end:outer.end + 4], [r for r, _ in inner_cands],
                     [r for r, alt in cands.get(outer.k, ()) if not (alt and gaz.kind[r] == "city")]) \
                or _elsewhere(gaz, inner_cands, qs):
            prefer[inner.k] = set()     # "Bara, Khyber Agency": no Bara of Pakistan known; not Bara, Nigeria
            inner.qualifier = outer
    return prefer


def _elsewhere(gaz, inner_cands, qs: list[int]) -> bool:
    """Is a name known only as other towns' old or other names, none of them in its qualifier's
    region ("Vodyane, Donetsk" is no Zymna Voda of Lviv oblast)?"""
    return bool(qs) and bool(inner_cands) and all(alt and gaz.kind[r] == "city" and gaz.pop[r] < 100_000 for r, alt in inner_cands) \
        and not any(gaz.cc[r] == gaz.cc[q] and gaz.admin1[r] == gaz.admin1[q] for r, _ in inner_cands for q in qs)


def _abroad(gaz, gap: str, after: str, rows: list[int], qs: list[int]) -> bool:
    """Does a qualifier put a name in a country where none of its readings is? Said only of a
    qualifier that can be nothing else: one in brackets or after "in", or a unit of one country
    after a comma ("Bara, Khyber Agency"; "Kherson, Russia's ..." is no such qualifier)."""
    ccs = {gaz.cc[q] for q in qs}
    if len(ccs) != 1 or not rows or None in ccs or "" in ccs:
        return False
    if "(" in gap and not re.match(r"\s*[),;]", after):
        return False    # "in Wajir (Al Shabaab assumed responsibility)": no place in brackets
    if not ("(" in gap or " in" in gap) and not all(gaz.is_unit(q) for q in qs):
        return False
    if "(" not in gap and not all(gaz.is_unit(q) or gaz.pop[q] >= SMALL_TOWN for q in qs):
        return False    # "Chimoré, in the Tropic of Cochabamba": no hamlet of Utah says where a town is
    return all(gaz.cc[r] not in ccs for r in rows)


#: a small town's namesake within NEAR_KM of the text's other small towns is taken when the likeliest
#: reading is three times as far from them (cities of SMALL_TOWN or more, often named as the capital or
#: the hospital's town, do not count)
NEAR_KM, SMALL_TOWN = 30.0, 100_000


def _nearest_namesakes(gaz, cands: dict, chosen: dict) -> None:
    """"Kalynivka" beside "Vasylkiv" and "Hlevakha": of a small town's namesakes in its country
    (Ukraine has dozens of Kalynivkas), the one near the other small towns the text names, when
    the likeliest reading (the biggest) lies three times as far from them."""
    towns = {k: r for k, (r, _) in chosen.items() if gaz.kind[r] == "city" and gaz.pop[r] < SMALL_TOWN}
    if len(towns) < 2:
        return
    for k, (row, alt) in list(chosen.items()):
        if gaz.kind[row] != "city" or gaz.pop[row] >= SMALL_TOWN:
            continue
        same = [c for c in cands.get(k, ()) if c[0] != row and not c[1] and gaz.kind[c[0]] == "city"
                and gaz.cc[c[0]] == gaz.cc[row]]
        anchors = [r for k2, r in towns.items() if k2 != k and gaz.cc[r] == gaz.cc[row]]
        if not same or not anchors:
            continue
        dist = lambda r: min(_km(gaz, r, a) for a in anchors)   # noqa: E731
        near = min(same, key=lambda c: dist(c[0]))
        if dist(near[0]) <= NEAR_KM and 3 * dist(near[0]) <= dist(row):
            chosen[k] = near


def find(gaz, text: str) -> list:
    """See :meth:`dashboard.gazetteer.index.Gazetteer.find`."""
    t = _Tokens(text)
    matches = _spans(gaz, t)
    if not matches and not gaz.packs:
        return []   # (no name found: no country known, so no typo is looked for either)
    _regionise(gaz, t, matches)
    in_title = _Titles(text)

    cands, countries, regions, names, named = _context(gaz, matches)
    matches = _typos(gaz, t, matches, cands, countries)
    if not matches:
        return []
    slots = _slot_keys(t, matches)
    # "(Tongomayel, Soum)": a province named in a qualifier's slot names its country too
    implied = {gaz.cc[r] for k in slots for r, _ in _unit_readings(gaz, cands.get(k) or [], countries)} - countries
    if implied:
        countries, named = countries | implied, named | implied
        matches = _typos(gaz, t, matches, cands, countries)
    prefer = _qualify(gaz, t, matches, cands)
    chosen: dict[str, tuple[int, bool]] = {}
    for k, cs in cands.items():
        if cs and k in slots:
            cs = _unit_readings(gaz, cs, countries) or cs
        if cs:
            if k in prefer and not prefer[k]:
                continue    # every reading lies outside the country its qualifier names
            inside = [c for c in cs if c[0] in prefer.get(k, ())]
            # inside the qualifier, a place by its own name beats one by an old alternate
            inside = [c for c in inside if not c[1]] or inside
            chosen[k] = gaz.choose(inside or cs, countries, regions, names, k)
    _nearest_namesakes(gaz, cands, chosen)

    # tokens of confident readings; a weak reading's word may still be a surname ("Rubio")
    # (not one by an alternate name only: "Dianna" for Diana, a Malagasy region, is a first name)
    matched_tokens = {j for m in matches if m.k in chosen and _strong(gaz, chosen[m.k][0], m)
                      and not (chosen[m.k][1] and m.via != "demonym")
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
        if m.n == 1 and SLASH_WORD.match(text, m.end):
            continue    # "Lat/longs for Bacho": an abbreviation paired with a word, no place
        if gaz.kind[row] == "city" and gaz.pop[row] < 100_000 and FEATURE_AFTER.match(text, m.end):
            continue    # "the Sula valley", "the Swat river": a feature named after a town, not the town
        if gaz.kind[row] != "country" and OUTLET_AFTER.match(text, m.end):
            continue    # "TALOQAN, Afghanistan, Aug 30 (Osprey Wire) -", "(Levant Wire)": an outlet's name, not a place
        if gaz.kind[row] == "city" and gaz.pop[row] < 100_000 and (
                STREET_BEFORE.search(text, max(0, m.start - 20), m.start) or STREET_AFTER.match(text, m.end)):
            continue    # "a residential house in the street Sovetskaya", "Shevchenko Street": a street, not the town
        before = text[max(0, m.start - 30):m.start]
        if WATER_BEFORE.search(before) or (INITIAL_BEFORE.search(before) and m.n == 1
                                            and gaz.kind[row] == "city"):
            continue
        if gaz.kind[row] != "country" and HYPHEN_TAIL.search(before) and not SPACED_PAIR.search(before) \
                and not (keep and keep[-1].end == m.start - 1):
            continue    # "Baga-Sola" (unknown): its second half is no town of its own
        if gaz.kind[row] != "country" and (SURNAME_HYPHEN.search(before) or
                                           m.k in gaz.first_names and BRACKETED_FIRST.match(text, m.end)):
            continue    # "Linda Thomas-Greenfield", "[Vladimir] Putin": a person's name
        if m.via == "demonym":
            m.row = row
            keep.append(m)
            continue
        if keep and gaz.is_unit(row) and gaz.kind[keep[-1].row] == "country" and gaz.cc[row] != gaz.cc[keep[-1].row] \
                and POSSESSIVE_GAP.fullmatch(text, keep[-1].end, m.start):
            continue    # "Colombia's Catatumbo region" is no Venezuelan municipality, "Malawi's Southern Region" no Omani one
        listed = bool(keep) and LIST_GLUE.fullmatch(text, keep[-1].end, m.start) is not None
        qualified = m.qualifier is not None and row in prefer.get(m.k, ())
        if not _accept(gaz, t, m, row, alt, countries, in_title, listed or qualified, named):
            continue
        m.row = row
        keep.append(m)
    out = []
    for m in keep:
        if m.k in persons and m.n == 1 and not m.region_forced:
            continue
        g = gaz.geocode(m.row)
        if m.raion and g.precision == "city":      # the district at its centre town
            g = replace(g, name=f"{g.name} district", precision="district", kind=RAION_AT_CENTRE,
                        gazetteer_id=g.gazetteer_id + "#raion", parent=g.admin1)
        out.append(PlaceMention(m.start, m.end, text[m.start:m.end], g, m.adjective))
    return out


#: a country's possessive before a unit's name, with up to two words between ("Angola's oil-rich Cabinda province")
POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?")
#: a unit named by a compass point only ("southern region", "north-eastern province"): whose it is, the text's countries say
COMPASS_UNIT = re.compile(r"(?:the\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|central|middle|upper|lower)(?:ern)?"
                          r"(?:[\s-]?(?:east|west)(?:ern)?)?\s+(?:region|province|state|district|governorate|zone|division)")


#: an outlet named like a town: "(Osprey Wire)", "Kite Desk"
OUTLET_AFTER = re.compile(r"\s+(?:Wire|Desk|Newswire|News\s+Agency|Press\s+Agency)\b")
#: a street named like a town: "in the street Sovetskaya" (translated), "on Sadova Street"
STREET_BEFORE = re.compile(r"\b(?:street|avenue|lane|boulevard|prospekt|prospect|ulitsa|vulytsia|vul\.|ul\.)\s+(?:of\s+)?$", re.I)
STREET_AFTER = re.compile(r"\s+(?:street|str\.|avenue|ave\.|lane|boulevard|prospekt|ulitsa|vulytsia)\b", re.I)


#: a valley, river, range or lake named like a town
FEATURE_AFTER = re.compile(r"\s+(?:valley|river(?!\s+(?:port|crossing|terminal|bridge|station)\b)|mountains|hills|lake|desert|plains?|basin|delta|gorge|forest)\b", re.I)
#: the second half of a hyphenated name that is not known as a whole ("Baga-Sola")
HYPHEN_TAIL = re.compile(r"(?<![\w-])[A-Z][a-z]+-$")
#: (but a pair of places: "the Mentao-Djibo axis" is read by its halves, as are "Russia-Ukraine" and such)
SPACED_PAIR = re.compile(r"\baxis\s+[A-Z][a-z]+-$|\broad\s+[A-Z][a-z]+-$|\bbetween\s+[A-Z][a-z]+-$")
#: the second half of a double-barrelled surname ("Thomas-Greenfield", "Ghedini-Williams")
SURNAME_HYPHEN = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][a-z]+-$")    # (not "the axis Solle-Titao")
#: an editor's bracketed first name before a surname: "[Vladimir] Putin"
BRACKETED_FIRST = re.compile(r"\]\s+[A-Z][a-z]+")


#: a local landmark named after a place: "Turi Bazaar", "Liberty Square", "Kabul Road"
LANDMARK_AFTER = re.compile(r"\s+(?:Bazaar|Bazar|Market|Road|Street|Square|Mosque|Chowk|Gate|Camp|Bridge|Hospital|"
                            r"Stadium|Station|School|University|Airport|Cantonment)\b")


#: "Ward 5", "Sector 3", "Block 12": a numbered part of some town, a GeoNames name of many
NUMBERED = re.compile(r"(?:ward|block|sector|zone|quarter|section|phase|area|camp|unit|village|district|"
                      r"checkpoint|post|gate|street|road|route|highway|km|kilometre|kilometer)\s+\d+[a-z]?")


#: "(Tongomayel, Soum)", "in Kolowa, Samburu": the second name says where the first is
QUALIFIER_SLOT = re.compile(r"(?:\([^()]{0,40}[A-Za-z]|\b(?:in|near|at|outside|around)\s+[A-Z][\w'\u2019-]+"
                            r"(?:[\s-][A-Z][\w'\u2019-]+)?),\s*$")


#: "in Chechnya, Georgia and Syria": a list goes on, no qualifier
LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)[A-Z]")


def _slot_keys(t: _Tokens, matches: list[_Match]) -> set[str]:
    """Keys of names in a qualifier's slot, after a located name and a comma."""
    return {m.k for m in matches if m.via != "demonym"
            and QUALIFIER_SLOT.search(t.text, max(0, m.start - 60), m.start) is not None
            and LIST_NEXT.match(t.text, m.end) is None}


def _unit_readings(gaz, cs, countries) -> list:
    """In a qualifier's slot, a bare name read as its province or county rather than as a small
    town of the same name ("Soum" the province, not Soum in Senegal); a city of 100,000 or a town
    of the text's countries (and no unit there), or the seat inside the unit, keeps its town
    reading ("in Kupiansk, Kharkiv")."""
    units = [c for c in cs if gaz.is_unit(c[0])]
    towns = [c for c in cs if gaz.kind[c[0]] == "city"]
    if not units or any(gaz.kind[r] == "country" for r, _ in cs) or any(gaz.pop[r] >= 100_000 for r, _ in towns):
        return []
    if any(gaz.cc[r] in countries for r, _ in towns) and not any(gaz.cc[r] in countries for r, _ in units):
        return []
    if any(_inside(gaz, r, u) for r, _ in towns for u, _ in units):
        return []       # "Kutulo, Wajir": the county's own seat is as good a reading, and finer
    return units


#: a sports club named after its town ("Riverside FC") is no town either
CLUBS = frozenset({"FC", "SC", "AFC", "CF", "FK", "SK", "BC", "HC", "AC", "CD", "RC", "SV", "VFB", "VFL"})
#: institutions named after their town and a second word ("Bawku Presbyterian Hospital")
INSTITUTIONS = frozenset("hospital church mosque cathedral school college university academy seminary clinic "
                         "assembly council market station barracks prison stadium hotel".split())


def _in_persons_name(gaz, t: _Tokens, m: _Match, row: int, matched: set[int]) -> bool:
    """Is this one-word match part of a person's name ("Vladimir Putin", "Barack Obama",
    "Mary Preston")? A country only looks right ("Israel Katz")."""
    prev_unknown = (m.i > 0 and t.space[m.i] and gaz.kind[row] != "country"
                    and _unknown_word(gaz, t, m.i - 1, matched))
    j = m.i + 1
    return prev_unknown or (j < len(t) and t.space[j] and (
        _unknown_word(gaz, t, j, matched) and not (      # "the Bawku Presbyterian Hospital": an institution
            j + 1 < len(t) and t.space[j + 1] and t.cap[j + 1] and t.key[j + 1] in INSTITUTIONS)
        and not (len(t.raw[j]) > 1 and t.raw[j].isupper() and t.raw[j] not in CLUBS)   # "the Afipsky NPZ": an acronym
        or (m.k in gaz.first_names and gaz.kind[row] == "city" and t.cap[j]
            and t.key[j] not in gaz.known)))


def _strong(gaz, row: int, m: _Match) -> bool:
    return m.via == "demonym" or gaz.kind[row] != "city" or gaz.pop[row] >= 100_000


def _accept(gaz, t: _Tokens, m: _Match, row: int, alt: bool, countries, in_title,
            listed: bool = False, named=frozenset()) -> bool:
    """Is this reading of the match a place? (see the module docstring, step 4)"""
    k = m.k
    if k in gaz.stop or NUMBERED.fullmatch(k):
        return False
    kind = gaz.kind[row]
    raw = t.raw[m.i]
    if len(k) <= 2 or (len(k) <= 3 and raw.isupper()):
        return kind != "city" and not (alt and gaz.is_unit(row))
    in_ctx = gaz.cc[row] in countries
    locative = (listed or (m.i > 0 and t.key[m.i - 1] in LOCATIVE)
                or PARENTHESIS.search(t.text, max(0, m.start - 60), m.start) is not None
                or PLACE_BEFORE.search(t.text, max(0, m.start - 60), m.start) is not None)
    if m.cands is not None and gaz.is_unit(row) and countries and not in_ctx:
        return False    # "the Mayo district" of Khartoum is no district of Yukon
    if gaz.is_unit(row) and countries and not in_ctx and COMPASS_UNIT.fullmatch(k):
        return False    # "the Northeastern Region" of a North Macedonian story is no region of Oman
    if alt and gaz.is_unit(row) and m.cands is None:
        # a region or district by its bare name ("Oudalan", "Turkana"): not an English
        # word or a headline's odd word, and only where the text's country or a locative says so
        if m.n == 1 and (k in gaz.common or k in gaz.known or k in gaz.first_names):
            return False
        return in_ctx or (locative and not in_title(m.start))
    if kind != "city":
        return True
    pop = gaz.pop[row]
    if m.via == "skel":
        return in_ctx and (pop >= 5000 or gaz.from_pack(row))
    if m.via == "typo":
        return in_ctx
    if m.n == 1 and (k in gaz.common or k in gaz.known):
        if alt or in_title(m.start) or t.sentence_initial(m.i):
            return False
        return pop >= 1000 and locative and (in_ctx or pop >= 100_000)
    # a name that only one country has, in a text that names no other: "in Tawila", "a Wajir
    # shop", "in Sopore" (an alternate spelling of Sopur)
    unique = (not named and not in_title(m.start)
              and len({gaz.cc[r] for r, _ in gaz.candidates(k)}) == 1)
    if alt and not in_ctx and VILLAGE_BEFORE.search(t.text, max(0, m.start - 30), m.start):
        return False    # "the village of Inata" is no other spelling of Inada, a Japanese city
    if alt and not in_ctx and LANDMARK_AFTER.match(t.text, m.end):
        return False    # "the Turi Bazaar area of Parachinar" is no old name of Turin
    if alt:  # "Kiev", "Kharkov": yes; "Whitehall" for Atlanta: no
        return (in_ctx or (pop >= 500_000 and key(gaz.name[row])[:1] == k[:1])
                or (unique and locative and pop >= 10_000))
    if unique and (locative or pop >= 20_000):
        return True
    return in_ctx or pop >= 100_000 or (locative and pop >= 5000)
