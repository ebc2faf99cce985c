"""Places named in Cyrillic, geocoded by the gazetteer through their English names.

1. Candidates from the tokens: a region's adjective before "область/регіон/край"
   ("Київській області", "над Бєлгородською, Курською та Брянською областями"), a region's
   own noun ("Харківщина"), a district's adjective before "район" ("Святошинському районі"),
   a capitalised name ("Києві", "Белой Берёзке", "РФ"). Names are lemmatised by pymorphy3 and
   looked up in the Cyrillic names of GeoNames (:mod:`.names`) and in ``places.csv``.
2. All the English names of an article go to the gazetteer's ``find`` together, so that it
   resolves them with the whole article's context (Київський район of Kharkiv or of Odesa,
   Zolochiv of Kharkiv Oblast); each mention found is mapped back to its Cyrillic span.
3. A district the gazetteer lacks (most raions) is placed at its centre town: "Фастівський
   район" -> Fastiv district at Fastiv (precision district, ``kind="raion (at its centre)"``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from .lexicon import load, rows
from .names import cyrillic_names, fold, transliterate

LOCAL = ("UA", "RU", "BY", "MD")
REGION_NOUNS = ("область", "регіон", "регион", "край")
DISTRICT_NOUNS = ("район", "округ", "громада")
#: what a district noun makes of its centre town's name ("Грайворонский округ" -> Graivoron district)
DISTRICT_LABEL = {"район": "district", "округ": "district", "громада": "hromada"}
PREPS_BEFORE = frozenset("у в во на над по під под з із зі из".split())
GLUE = ("та", "і", "й", "и", ",", "а", "також")
#: words between a preposition and a place: "над територією", "по півдню", "в центрі", "у місті"
AREA_WORDS = frozenset("територія территория акваторія акватория околиця окраина центр південь південь північ "
                       "схід захід юг север восток запад місто город селище посёлок поселок село селі "
                       "передмістя пригород регіон регион населений населённый пункт".split())


@dataclass
class Place:
    start: int
    end: int
    surface: str
    names: tuple            # English names to try, best first
    kind: str               # name, region, district, country, anaphora
    token: int              # index of its first token
    last_token: int
    geocode: object = None
    raion_town: Optional[str] = None
    adjective: bool = False
    group: int = -1         # places listed together ("Бєлгородською, Курською та Брянською")
    label: str = "district"


def _town(lemma: str, lang: str) -> Optional[tuple]:
    idx = cyrillic_names()
    hit = idx.get(fold(lemma))
    if hit is None and lang == "uk":
        alt = fold(lemma)
        for r in rows("spellings.csv", ("from", "where")):
            if r["where"] == "end" and alt.endswith(r["from"]):
                alt = alt[: -len(r["from"])] + r["to"]
            elif r["where"] == "any":
                alt = alt.replace(r["from"], r["to"])
        hit = idx.get(alt)
    if not hit:
        return None
    # a town of the region, or a big city abroad (GeoNames also spells small towns abroad in
    # Cyrillic: "Сил", "Там" must not become Selah or Tame)
    local = [h for h in hit if h[1] in LOCAL or h[2] >= 100_000]
    if len(local) < 2:
        return local[0] if local else None
    # a town's own name before another town's stray alternate (GeoNames lists "Слов'янськ" among
    # Nikopol's names): the one whose English name sounds like it, then the biggest
    from rapidfuzz import fuzz
    latin = transliterate(fold(lemma), lang)
    return max(local, key=lambda h: (fuzz.ratio(latin, _ascii(h[0])) >= 70, h[2]))


def _ascii(name: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _adj_region(tok, lex) -> Optional[str]:
    return next((lex.regions_adj[l] for l in tok.lemmas if l in lex.regions_adj), None)


def _raion_town(adj_lemma: str, lex, lang) -> Optional[tuple]:
    for a_end, t_end in lex.derivations:
        if adj_lemma.endswith(a_end):
            hit = _town(adj_lemma[: -len(a_end)] + t_end, lang)
            if hit:
                return hit
    return None


def candidates(tokens, lang: str) -> list[Place]:
    lex = load()
    out: list[Place] = []
    used: set[int] = set()
    n = len(tokens)
    for t in tokens:
        if t.word and t.has(*REGION_NOUNS, *DISTRICT_NOUNS):
            j = t.i - 1
            while j >= 0 and (tokens[j].low in GLUE or "ADJF" in tokens[j].pos):
                used.add(j)
                j -= 1
    for t in tokens:
        if not t.word:
            continue
        if t.has(*REGION_NOUNS) or t.has(*DISTRICT_NOUNS):
            pass
        elif t.i in used:
            continue
        if t.has(*REGION_NOUNS):
            # walk left over the listed adjectives: "Бєлгородською, Курською та Брянською областями"
            j, adjs = t.i - 1, []
            while j >= 0:
                name = _adj_region(tokens[j], lex)
                if name:
                    adjs.append((j, name))
                    j -= 1
                elif tokens[j].low in GLUE and adjs:
                    j -= 1
                else:
                    break
            if not adjs:
                if not any(tokens[k].cap for k in range(t.i + 1, min(n, t.i + 2))):
                    out.append(Place(t.start, t.end, t.text, (), "anaphora", t.i, t.i))
                continue
            group = len(out)
            for j, name in reversed(adjs):
                end_tok = t if j == adjs[0][0] else tokens[j]
                out.append(Place(tokens[j].start, end_tok.end, "", (name,), "region", j, end_tok.i, group=group))
                used.update(range(j, end_tok.i + 1))
            continue
        if t.has(*DISTRICT_NOUNS):
            # "Солом'янському, Подільському та Дарницькому районах"
            j, adjs = t.i - 1, []
            while j >= 0:
                if "ADJF" in tokens[j].pos and tokens[j].cap:
                    adjs.append(tokens[j])
                    j -= 1
                elif tokens[j].low in GLUE and adjs:
                    j -= 1
                else:
                    break
            label = next(DISTRICT_LABEL[l] for l in (t.low,) + t.lemmas if l in DISTRICT_LABEL) \
                if any(l in DISTRICT_LABEL for l in (t.low,) + t.lemmas) else "district"
            for k, a in enumerate(reversed(adjs)):
                adj = next((l for l in a.lemmas if l.endswith(("ий", "ій"))), a.lemmas[0])
                town = _raion_town(adj, lex, lang)
                end_tok = t if a is adjs[0] else a
                names = (transliterate(adj, lang).capitalize() + " district",) if label == "district" else ()
                out.append(Place(a.start, end_tok.end, "", names or (f"{town[0]} {label}",) if town else names,
                                 "district", a.i, end_tok.i, raion_town=town[0] if town else None))
                out[-1].label = label
                used.update(range(a.i, end_tok.i + 1))
            continue
        name = _adj_region(t, lex) if t.cap and t.i > 0 else None
        nxt = tokens[t.i + 1] if t.i + 1 < n else None
        if name and tokens[t.i - 1].low in PREPS_BEFORE and (nxt is None or not nxt.word):
            out.append(Place(t.start, t.end, "", (name,), "region", t.i, t.i))   # "над Брянской" (областью)
            continue
        region = next((lex.regions_noun[l] for l in t.lemmas if l in lex.regions_noun), None)
        if region and (t.cap or t.low in lex.regions_noun):
            out.append(Place(t.start, t.end, "", (region,), "region", t.i, t.i))
            continue
        if not t.cap:
            continue
        nxt = tokens[t.i + 1] if t.i + 1 < n else None
        after_prep = t.i > 0 and tokens[t.i - 1].low in PREPS_BEFORE
        # two capitalised words first ("Белая Берёзка", "Кривий Ріг"), then one
        if nxt is not None and nxt.cap and nxt.start == t.end + 1:
            pair = _pair(t, nxt, lang)
            if pair:
                out.append(Place(t.start, nxt.end, "", (pair[0],), "name", t.i, t.i + 1))
                used.add(t.i + 1)
                continue
        country = next((lex.places[l] for l in (t.low,) + t.lemmas if l in lex.places), None)
        if country:
            out.append(Place(t.start, t.end, "", (country,), "country", t.i, t.i))
            continue
        if "LATN" in t.pos or len(t.low) < 3 or t.pos & {"NPRO", "PREP", "CONJ"}:
            continue
        adjective_like = t.pos0 in ("ADJF", "PRTF")
        if not after_prep and (adjective_like or ("ADJF" in t.pos and nxt is not None and nxt.word
                                                  and not nxt.cap and nxt.pos0 == "NOUN")):
            continue            # "Українська сторона", "Новая газета": an adjective, not a town
        if adjective_like and nxt is not None and nxt.word and not nxt.cap and nxt.pos0 == "NOUN" \
                and "NOUN" not in t.pos:
            continue            # "у Київській області" is handled above; "в Святошинском районе" too
        hits = [h for h in (_town(l, lang) for l in dict.fromkeys(t.lemmas + (t.low,))) if h] \
            if t.pos & {"NOUN", "UNKN"} else []
        hit = max(hits, key=lambda h: h[2]) if hits else None     # "Львове": Lviv, not Lvove
        if hit is None and after_prep and "ADJF" in t.pos:
            hit = _adjective_town(t, lang)          # "В Разумном" -> Разумное, "у Щасливому"
        if hit:
            out.append(Place(t.start, t.end, "", (hit[0],), "name", t.i, t.i))
        elif after_prep and "NOUN" in t.pos and len(t.low) >= 5:
            # a town GeoNames lists without a Cyrillic name: its Latin spelling, kept only where
            # the gazetteer finds a town of the region (see ``geocode``)
            nouns = [l for l in t.lemmas if not l.endswith(("ий", "ій", "ая", "яя", "а", "е"))] or list(t.lemmas)
            out.append(Place(t.start, t.end, "", (transliterate(nouns[0], lang).capitalize(),),
                             "translit", t.i, t.i))
    for p in out:
        p.surface = tokens[p.token].text if p.token == p.last_token else None
    return out


def _adjective_town(t, lang) -> Optional[tuple]:
    from .tokens import analyzer
    for x in analyzer(lang).parse(t.low)[:6]:
        xa = x.inflect({"nomn"})
        if xa is not None:
            hit = _town(xa.word, lang)
            if hit and hit[2] >= 1000:
                return hit
    return None


def _pair(a, b, lang) -> Optional[tuple]:
    from .tokens import analyzer
    firsts = {a.low, *a.lemmas}
    for x in analyzer(lang).parse(a.low)[:8]:       # "Белой Берёзке" -> "белая березка": the
        xa = x.inflect({"nomn"})                    # adjective keeps its gender
        if xa is not None:
            firsts.add(xa.word)
    forms = [f"{x} {y}" for x in sorted(firsts) for y in (b.low, *b.lemmas)]
    for f in forms:
        hit = _town(f, lang)
        if hit:
            return hit
    return None


def geocode(places: list[Place], text: str, gaz) -> list[Place]:
    """Geocode the candidates with one ``gaz.find`` over their English names (context)."""
    named = [p for p in places if p.names]
    if gaz is None or not named:
        return []
    lines, spans, pos = [], [], 0
    for p in named:
        name = p.names[0]
        if p.kind == "name":   # the gazetteer's own spelling ("Zaporizhzhia", not "Zaporizhzhya"), so
            g = gaz.lookup(name, countries=LOCAL, fuzzy=False)   # that a district finds its city
            name = g.name if g is not None and g.precision == "city" else name
        line = f"in {name}"
        spans.append((pos + 3, pos + len(line)))
        lines.append(line)
        pos += len(line) + 2
    shadow = ".\n".join(lines) + "."
    found = {}
    for m in gaz.find(shadow):
        found.setdefault(m.start, m)
    out = []
    for p, (s, e) in zip(named, spans):
        m = found.get(s)
        if p.kind == "translit":
            g = m.geocode if m is not None and m.end == e and not m.adjective else None
            p.geocode = g if g is not None and g.country in LOCAL and g.precision == "city" else None
        elif m is not None and m.end == e and not m.adjective:
            p.geocode = m.geocode
        elif p.kind == "district":
            g = gaz.lookup(p.names[0], countries=("UA", "RU"), fuzzy=False) if p.names else None
            if g is None and p.raion_town and p.label == "district":      # the gazetteer's raion
                g = gaz.lookup(f"{p.raion_town} Raion", countries=("UA", "RU"), fuzzy=False)
                g = g if g is not None and "raion" in g.name.lower() else None
            if g is None and p.raion_town:
                town = gaz.lookup(p.raion_town, countries=("UA", "RU"), fuzzy=False)
                if town is not None and town.precision == "city":
                    g = replace(town, name=f"{town.name} {p.label}", precision="district",
                                kind="raion (at its centre)", gazetteer_id=town.gazetteer_id + "#raion",
                                parent=town.admin1)
            p.geocode = g
        elif m is None:
            p.geocode = gaz.lookup(p.names[0], countries=("UA", "RU"), fuzzy=False)
        if p.geocode is not None:
            p.surface = text[p.start:p.end]
            out.append(p)
    return out
