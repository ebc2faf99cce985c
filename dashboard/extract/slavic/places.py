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

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from ...gazetteer.types import RAION_AT_CENTRE
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
                       "передмістя пригород регіон регион населений населённый пункт район".split())


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
    raion_towns: list = field(default_factory=list)   # every town the district may be named after
    city: Optional[str] = None      # the city a city district belongs to ("" = the city named before)
    point: Optional[tuple] = None   # a sea's (name, lat, lon): no gazetteer entry


_LOWER_COUNTRIES = frozenset({"росія", "рф"})


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


def _raion_towns(adj_lemma: str, lex, lang) -> list:
    """Every town a district's adjective may be named after, in the order of ``derivations.csv``
    (Краснопільська: Краснопіль, Краснопілля; the article's region chooses, see ``geocode``)."""
    out = []
    for a_end, t_end in lex.derivations:
        if adj_lemma.endswith(a_end):
            hit = _town(adj_lemma[: -len(a_end)] + t_end, lang)
            if hit and hit not in out:
                out.append(hit)
    return out


#: adjective endings of a name ("Святошинському", "Салтовском", "Никитовском": pymorphy3 reads
#: some as surnames, which are nouns to it)
_ADJ_END = re.compile(r"(?:ськ|цьк|зьк|ск|цк|зк|жск|ов|ев|ів|ин|ін|їн|ьн|н)(?:ий|ій|ого|ому|ім|им|ая|ой|ую|ом|ем|"
                      r"а|у|ої|ою|і|их|ими|ые|ых|ым|ыми|ый|ее|ие|ое|е|ий)$")
#: adjectives of a unit's kind between its name and its noun ("Шебекинский городской округ",
#: "Стародубского муниципального округа", "Марганецька міська громада")
GENERIC_ADJ = frozenset("міський городской сільський сельский селищний поселковый муніципальний муниципальный "
                        "територіальний территориальный об'єднаний объединенный адміністративний "
                        "административный внутрішньоміський внутригородской".split())
#: words that introduce a settlement's name ("в поселке Дубовое": a name, though it reads as an adjective)
SETTLEMENTS = frozenset("село селище смт поселок посёлок місто город деревня хутор станица станиця аул слобода".split())
#: nouns whose genitive is a place's ("Обстріл Миколаєва", "удар по центру", "жителі Хмельницького"):
#: a name after them is read as a town, though pymorphy3 also reads it as an adjective or a surname
OF_PLACE = frozenset("обстріл обстрел удар атака штурм бомбардування бомбардировка обстріли обстрелы "
                     "окупація оккупация звільнення освобождение жителі жители мешканці мешканець житель "
                     "мер голова глава околиці окрестности передмістя пригород центр околиця окраина".split())
#: nouns whose adjective names a front or an axis, not a place ("на Покровському напрямку")
AXIS_NOUNS = ("напрямок", "направление", "напрям")
#: "районах столиці: Солом'янському, Святошинському та Дарницькому"; "району міста", "района города"
CITY_WORDS = frozenset("місто город столиця столица".split())


def _adjective_like(tok) -> bool:
    """An adjective's form ("Климовского", "Никитовском"), not a town's that pymorphy3 also
    reads as one ("Климово")."""
    if not tok.word or not _ADJ_END.search(tok.low):
        return not tok.cap and "ADJF" in tok.pos
    return "ADJF" in tok.pos or any(l.endswith(("ий", "ій", "ый", "ой")) for l in tok.lemmas)


def candidates(tokens, lang: str) -> list[Place]:
    lex = load()
    out: list[Place] = []
    used: set[int] = set()
    for t in tokens:
        if t.word and t.has(*REGION_NOUNS, *DISTRICT_NOUNS, *AXIS_NOUNS):
            j, took, glue = t.i - 1, False, False
            while j >= 0:
                tj = tokens[j]
                if tj.low in GLUE and took:
                    glue = True
                elif _adjective_like(tj) and (not took or glue or not tj.cap):
                    took, glue = took or tj.cap, False      # "у селі Зелене Херсонської громади":
                else:                                       # a second name needs a comma or "та"
                    break
                used.add(j)
                j -= 1
    for t in tokens:
        if not t.word:
            continue
        if t.has(*REGION_NOUNS):
            _region_candidates(tokens, t, lex, out, used, lang)
            continue
        if t.has(*DISTRICT_NOUNS):
            _district_candidates(tokens, t, lex, lang, out, used)
            continue
        if t.i in used:
            continue
        sea = next((lex.seas[l] for l in t.lemmas if l in lex.seas), None)
        if sea and t.i + 1 < len(tokens) and tokens[t.i + 1].has("море"):      # "Азовського моря"
            p = Place(t.start, tokens[t.i + 1].end, "", (sea[0],), "sea", t.i, t.i + 1)
            p.point = sea
            out.append(p)
            used.add(t.i + 1)
            continue
        _name_candidate(tokens, t, lex, lang, out, used)
    for p in out:
        p.surface = tokens[p.token].text if p.token == p.last_token else None
    return out


_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е"})


def _derived_region(tok, noun, lang) -> Optional[str]:
    """A Russian region the table lacks, by its adjective as GeoNames spells it ("Нижегородской
    области" -> "Nizhegorodskaya Oblast", "Ставропольский край" -> "Stavropol'skiy Kray")."""
    if not tok.cap or "ADJF" not in tok.pos:
        return None
    from .tokens import analyzer
    kind = "Kray" if noun.has("край") else "Oblast" if noun.has("область") else None
    if kind is None:
        return None
    if lang == "uk":
        # "Ярославської області": the Ukrainian adjective spelled the Russian way GeoNames keeps
        # ("ярославський" -> "ярославская" -> Yaroslavskaya Oblast)
        lemma = next((l for l in tok.lemmas if l.endswith("ький")), None)
        if lemma is None or kind != "Oblast":
            return None
        ru = lemma[:-4].translate(_UK_TO_RU).replace("'", "").replace("’", "") + "кая"
        return f"{transliterate(ru, 'ru').capitalize()} {kind}"
    for x in analyzer(lang).parse(tok.low)[:4]:
        form = x.inflect({"femn" if kind == "Oblast" else "masc", "nomn"})
        if form is not None:
            return f"{transliterate(form.word, lang).capitalize()} {kind}"
    return None


def _region_candidates(tokens, t, lex, out, used, lang="uk") -> None:
    """"Київській області", "над Бєлгородською, Курською та Брянською областями"; "області" alone
    is an anaphor of the article's region."""
    j, adjs = t.i - 1, []
    while j >= 0:
        name = _adj_region(tokens[j], lex) or (_derived_region(tokens[j], t, lang) if j == t.i - 1 or adjs else None)
        if name:
            adjs.append((j, name))
            j -= 1
        elif tokens[j].low in GLUE and adjs:
            j -= 1
        else:
            break
    if not adjs:
        if not any(tokens[k].cap for k in range(t.i + 1, min(len(tokens), t.i + 2))):
            out.append(Place(t.start, t.end, t.text, (), "anaphora", t.i, t.i))
        return
    group = len(out)
    for j, name in reversed(adjs):
        end_tok = t if j == adjs[0][0] else tokens[j]
        out.append(Place(tokens[j].start, end_tok.end, "", (name,), "region", j, end_tok.i, group=group))
        used.update(range(j, end_tok.i + 1))


def _district_candidates(tokens, t, lex, lang, out, used) -> None:
    """"Солом'янському, Подільському та Дарницькому районах", "Шебекинский городской округ",
    "у семи районах столиці: Солом'янському, ... та Шевченківському", "в Куйбышевском районе Донецка"."""
    n = len(tokens)
    j, adjs = t.i - 1, []
    while j >= 0:
        tj = tokens[j]
        if tj.cap and _adjective_like(tj) and (not adjs or tokens[j + 1].low in GLUE):
            adjs.append(tj)
            j -= 1
        elif tj.low in GLUE and adjs:
            j -= 1
        elif not adjs and any(l in GENERIC_ADJ for l in tj.lemmas):
            j -= 1
        else:
            break
    after = t.i + 1
    city = None
    if after < n and tokens[after].cap and tokens[after].word:
        city = _town_of(tokens[after], lang)          # "Киевский район Донецка"
        after += 1 if city else 0
    elif after < n and any(l in CITY_WORDS for l in tokens[after].lemmas):
        city, after = "", after + 1                    # "в Никитовском районе города": the city just named
    if not adjs and after < n and tokens[after].text == ":":
        k = after + 1                                  # the list after the noun
        while k < n and ((tokens[k].cap and _adjective_like(tokens[k])) or (tokens[k].low in GLUE and adjs)):
            if tokens[k].cap:
                adjs.append(tokens[k])
            k += 1
        adjs = list(reversed(adjs))
        listed = True
    else:
        listed = False
    label = next((DISTRICT_LABEL[l] for l in (t.low,) + t.lemmas if l in DISTRICT_LABEL), "district")
    for a in reversed(adjs):
        adj = next((l for l in a.lemmas if l.endswith(("ий", "ій"))), a.lemmas[0])
        towns = _raion_towns(adj, lex, lang)
        end_tok = t if (a is adjs[0] and not listed) else a
        names = (transliterate(adj, lang).capitalize() + " district",) if label == "district" else ()
        if not names and towns:
            names = (f"{towns[0][0]} {label}",)
        p = Place(a.start, end_tok.end, "", names, "district", a.i, end_tok.i,
                  raion_town=towns[0][0] if towns else None)
        p.label, p.raion_towns, p.city = label, towns, city
        out.append(p)
        used.update(range(a.i, end_tok.i + 1))


def _town_of(tok, lang):
    hits = [h for h in (_town(l, lang) for l in dict.fromkeys(tok.lemmas + (tok.low,))) if h] \
        if tok.pos & {"NOUN", "UNKN"} else []
    return max(hits, key=lambda h: h[2])[0] if hits else None


_STATE_WORDS = frozenset("республіка республика федерація федерация королівство королевство автономія автономия "
                         "держава государство".split())


def _name_candidate(tokens, t, lex, lang, out, used) -> None:
    n = len(tokens)
    name = _adj_region(t, lex) if t.cap and t.i > 0 else None
    nxt = tokens[t.i + 1] if t.i + 1 < n else None
    if name and tokens[t.i - 1].low in PREPS_BEFORE and (nxt is None or not nxt.word):
        out.append(Place(t.start, t.end, "", (name,), "region", t.i, t.i))   # "над Брянской" (областью)
        return
    region = next((lex.regions_noun[l] for l in t.lemmas if l in lex.regions_noun), None)
    if region and (t.cap or t.low in lex.regions_noun):
        out.append(Place(t.start, t.end, "", (region,), "region", t.i, t.i))
        return
    if not t.cap and not (t.low in _LOWER_COUNTRIES or _LOWER_COUNTRIES.intersection(t.lemmas)):
        return          # (Ukrainian outlets write "росія", "рф" in lower case: still the country)
    after_prep = t.i > 0 and (tokens[t.i - 1].low in PREPS_BEFORE or any(
        l in SETTLEMENTS or l in OF_PLACE for l in tokens[t.i - 1].lemmas))   # "в поселке Дубовое", "у селі Зелене"
    # "у Костянтинівці, Покровську та Дружківці": a town listed after one is read as that one is
    after_prep = after_prep or (t.i > 1 and tokens[t.i - 1].low in GLUE and bool(out)
                                and out[-1].last_token == t.i - 2 and out[-1].kind == "name")
    # two capitalised words first ("Белая Берёзка", "Кривий Ріг", "Российская Федерация"), then one
    if nxt is not None and nxt.cap and nxt.start == t.end + 1:
        both = next((lex.places[f"{a} {b}"] for a in t.lemmas for b in nxt.lemmas if f"{a} {b}" in lex.places), None)
        if both:
            out.append(Place(t.start, nxt.end, "", (both,), "country", t.i, t.i + 1))
            used.add(t.i + 1)
            return
        pair = _pair(t, nxt, lang)
        if pair:
            out.append(Place(t.start, nxt.end, "", (pair[0],), "name", t.i, t.i + 1))
            used.add(t.i + 1)
            return
    country = next((lex.places[l] for l in (t.low,) + t.lemmas if l in lex.places), None)
    if country:
        out.append(Place(t.start, t.end, "", (country,), "country", t.i, t.i))
        return
    if "LATN" in t.pos or len(t.low) < 3 or t.pos & {"NPRO", "PREP", "CONJ"} or _STATE_WORDS.intersection(t.lemmas):
        return          # ("Республікою Крим": the word of a state's title, no village Respublika)
    area = _area_town(t, lex, lang)
    if area:                                           # "Нікопольщина": the land around Nikopol
        p = Place(t.start, t.end, "", (f"{area[0]} Raion",), "district", t.i, t.i, raion_town=area[0])
        p.raion_towns, p.label = [area], "district"
        out.append(p)
        return
    adjective_like = t.pos0 in ("ADJF", "PRTF")
    if not after_prep and (adjective_like or ("ADJF" in t.pos and nxt is not None and nxt.word
                                              and not nxt.cap and nxt.pos0 == "NOUN")):
        return              # "Українська сторона", "Новая газета": an adjective, not a town
    settled = t.i > 0 and any(l in SETTLEMENTS for l in tokens[t.i - 1].lemmas)
    if adjective_like and nxt is not None and nxt.word and not nxt.cap and nxt.pos0 == "NOUN" \
            and "NOUN" not in t.pos and not settled:
        return              # "у Київській області" is handled above; "в Святошинском районе" too
    hits = [h for h in (_town(l, lang) for l in dict.fromkeys(t.lemmas + (t.low,))) if h] \
        if t.pos & {"NOUN", "UNKN"} else []
    hit = max(hits, key=lambda h: h[2]) if hits else None     # "Львове": Lviv, not Lvove
    if hit is not None and not after_prep and "GUESS" not in t.pos and hit[2] < 20000 and \
            t.low not in t.lemmas and not any(_town(l, lang) for l in t.lemmas) and \
            (t.i == 0 or tokens[t.i - 1].text in (".", "!", "?", "\u2026", ":")):
        hit = None          # "Атаки на регион продолжаются": a word of the language opening its sentence,
        #                     not the village Ataky
    if hit is not None and not after_prep and "GUESS" not in t.pos and hit[1] not in LOCAL and hit[2] < 200_000 and \
            not t.text.isupper() and "-" not in t.low and \
            (t.i == 0 or tokens[t.i - 1].text in (".", "!", "?", "\u2026", ":")):
        hit = None          # "Кафе вночі не працювало": the café, no Kafue in Zambia
    if hit is None and after_prep and "ADJF" in t.pos:
        hit = _adjective_town(t, lang)          # "В Разумном" -> Разумное, "у Щасливому"
    if hit:
        p = Place(t.start, t.end, "", (hit[0],), "name", t.i, t.i)
        p.raion_towns = sorted(set(hits), key=lambda h: -h[2])   # "Мирному": Myrne or Mirny, by region
        out.append(p)
    elif after_prep and "NOUN" in t.pos and len(t.low) >= 5:
        # a town GeoNames lists without a Cyrillic name: its Latin spelling, kept only where
        # the gazetteer finds a town of the region (see ``geocode``)
        nouns = [l for l in t.lemmas if not l.endswith(("ий", "ій", "ая", "яя", "а", "е"))] or list(t.lemmas)
        out.append(Place(t.start, t.end, "", (transliterate(nouns[0], lang).capitalize(),),
                         "translit", t.i, t.i))


def _area_town(t, lex, lang) -> Optional[tuple]:
    """"Нікопольщина", "Бахмутчина": a town's land (its raion), by the town's name."""
    for l in t.lemmas:
        for suffix in ("щина", "чина"):
            if l.endswith(suffix) and len(l) > len(suffix) + 3 and l not in lex.regions_noun:
                hit = _town(l[: -len(suffix)], lang)
                if hit and hit[2] >= 5000:
                    return hit
    return None


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
    seconds = [b.low, *b.lemmas]
    # a feminine noun pymorphy3 reads as a masculine one ("Старой Руссе": русс, not русса): its
    # nominative by the case ending, tried only as the second word of a known two-word name
    for end, nom in (("ой", "а"), ("ою", "а"), ("ей", "я"), ("е", "а"), ("у", "а"), ("ы", "а"), ("ю", "я"), ("и", "я")):
        if b.low.endswith(end) and len(b.low) > len(end) + 2:
            seconds.append(b.low[: -len(end)] + nom)
            break
    forms = [f"{x} {y}" for x in sorted(firsts) for y in seconds]
    for f in forms:
        hit = _town(f, lang)
        if hit:
            return hit
    return None


def geocode(places: list[Place], text: str, gaz) -> list[Place]:
    """Geocode the candidates with one ``gaz.find`` over their English names (context); then the
    districts, by the regions the article's other places lie in."""
    named = [p for p in places if p.names]
    if gaz is None or not named:
        return []
    lines, spans, pos = [], [], 0
    for p in named:
        name = p.names[0]
        if p.kind == "name":   # the gazetteer's own spelling ("Zaporizhzhia", not "Zaporizhzhya"), so
            g = gaz.lookup(name, countries=LOCAL, fuzzy=False)   # that a district finds its city
            name = g.name if g is not None and g.precision == "city" and _same_name(g.name, name) else name
        line = f"in {name}"
        spans.append((pos + 3, pos + len(line)))
        lines.append(line)
        pos += len(line) + 2
    shadow = ".\n".join(lines) + "."
    found = {}
    for m in gaz.find(shadow):
        found.setdefault(m.start, m)
    districts = []
    # a foreign town spelled in Cyrillic ("Ель-Обейд") counts where the article names its country
    named_countries = {m.geocode.country for m in found.values() if m.geocode.precision == "country"}
    for p, (s, e) in zip(named, spans):
        m = found.get(s)
        if p.kind == "sea":
            p.geocode = _sea(p.point)
        elif p.kind == "translit":
            g = m.geocode if m is not None and m.end == e and not m.adjective else None
            p.geocode = g if g is not None and g.precision == "city" and (
                g.country in LOCAL or g.country in named_countries) else None
        elif p.kind == "district":
            districts.append((p, m if m is not None and m.end == e and not m.adjective else None))
        elif m is not None and m.end == e and not m.adjective:
            p.geocode = m.geocode
        elif m is None:
            p.geocode = gaz.lookup(p.names[0], countries=("UA", "RU"), fuzzy=False)
    _prefer_towns_of_the_region(named, gaz)
    _drop_stray_namesakes(named, gaz)
    regions = {p.geocode.admin1 for p in named if p.geocode is not None and p.kind != "district"
               and p.geocode.precision in ("city", "region") and p.geocode.country in LOCAL}
    for p, m in districts:
        p.geocode = _district(p, m, gaz, regions, named)
    out = []
    for p in named:
        if p.geocode is not None:
            p.surface = text[p.start:p.end]
            out.append(p)
    return out


#: a village or town this small, with namesakes, outside every region the article names, is a guess
STRAY_POPULATION = 10_000


def _regions_besides(p, named) -> set:
    return {q.geocode.admin1 for q in named if q.geocode is not None and q.names[:1] != p.names[:1]
            and q.geocode.country in LOCAL and q.geocode.precision in ("city", "region", "district")}


def _prefer_towns_of_the_region(named, gaz) -> None:
    """A word whose lemmas name several towns ("Мирному": Myrne, Mirny) is the one in a region
    the article names, else the biggest."""
    for p in named:
        if p.kind != "name" or len(p.raion_towns) < 2 or p.geocode is None:
            continue
        others = _regions_besides(p, named)
        if not others or p.geocode.admin1 in others:
            continue
        better = _by_region(p.raion_towns, gaz, others)
        if better is not None and better[1].admin1 in others:
            p.geocode = better[1]


def _drop_stray_namesakes(named, gaz) -> None:
    """"в районе Любимовки" in a Sevastopol article: GeoNames lacks the Crimean village, and of
    the several Lyubymivkas it holds none lies in a region the article names. Such a guess is
    dropped rather than put hundreds of kilometres away."""
    from dashboard.gazetteer.normalize import key
    for p in named:
        g = p.geocode
        if p.kind != "name" or g is None or g.precision != "city" or (g.population or 0) >= STRAY_POPULATION:
            continue
        others = _regions_besides(p, named)
        if not others or g.admin1 in others:
            continue
        namesakes = [r for r, _ in gaz.candidates(key(g.name)) + gaz.candidates(key(p.names[0]))
                     if gaz.kind[r] == "city" and gaz.cc[r] in LOCAL]
        if len(set(namesakes)) >= 2:
            p.geocode = None


def _sea(point):
    from dashboard.gazetteer.types import Geocode
    name, lat, lon = point
    return Geocode(name=name, lat=lat, lon=lon, country=None, admin1=None, precision="region",
                   gazetteer_id="sea:" + name.lower().replace(" ", "-"), kind="sea")


def _same_name(a: str, b: str) -> bool:
    """"Zaporizhzhia" for "Zaporizhzhya", not "Ivano-Frankivsk" for "Stanislav" (an old name)."""
    from rapidfuzz import fuzz
    return fuzz.ratio(_ascii(a), _ascii(b)) >= 70


def _district(p: Place, m, gaz, regions, named):
    g = _district_by_name(p, m, gaz, regions, named)
    far_city = _far_from_the_cities(p, g, named) if g is not None and p.label == "district" else None
    if far_city is not None:    # "атаковали Волгоград. ... в Ворошиловском районе": Volgograd's, not
        name = p.names[0] if p.names else f"{far_city.name} district"    # Donetsk's namesake raion
        return replace(far_city, name=name, precision="district", kind="city district (at its city)",
                       gazetteer_id=far_city.gazetteer_id + "#" + name.split()[0].lower(), parent=far_city.name)
    return g


def _district_by_name(p: Place, m, gaz, regions, named):
    """A district's geocode: a city's own district where the article names the city ("Киевский
    район Донецка" is not Kharkiv's), else the gazetteer's district or raion, else its centre
    town, chosen among the towns it may be named after by the article's regions."""
    city = _city_of(p, named, gaz)
    g = m.geocode if m is not None else None
    if g is None and p.names and p.label == "district":
        g = gaz.lookup(p.names[0], countries=("UA", "RU"), fuzzy=False)
    if city is None and g is not None and g.precision == "district" and g.parent:
        g = _district_of_city_before(p, g, named, gaz) or g
    if city is not None:
        if g is not None and g.precision == "district" and g.parent == city.name:
            return g
        name = p.names[0] if p.names and p.label == "district" else f"{city.name} {p.label}"
        return replace(city, name=name, precision="district", kind="city district (at its city)",
                       gazetteer_id=city.gazetteer_id + "#" + name.split()[0].lower(), parent=city.name)
    if g is not None and not (g.precision == "district" and g.parent and regions
                              and g.admin1 not in regions and p.raion_towns):
        return g
    towns = _by_region(p.raion_towns, gaz, regions)
    if towns is None:
        return g
    town_name, town = towns
    if p.label == "district":                     # the gazetteer's raion ("Fastiv Raion")
        r = gaz.lookup(f"{town_name} Raion", countries=("UA", "RU"), fuzzy=False)
        if r is not None and "raion" in (r.kind or "") + r.name.lower() and (not regions or r.admin1 in regions
                                                                           or r.admin1 == town.admin1):
            return r
    return replace(town, name=f"{town.name} {p.label}", precision="district", kind=RAION_AT_CENTRE,
                   gazetteer_id=town.gazetteer_id + "#raion", parent=town.admin1)


#: a district this far from every town the article names is a namesake; the district is the town's own
FAR_KM = 150


def _far_from_the_cities(p: Place, g, named):
    """The city named before district ``p`` when the district ``g`` the gazetteer gives lies over
    FAR_KM from every city the article names (a city's district the gazetteer lacks), else None."""
    from ..linker import km_between
    cities = [q for q in named if q.kind == "name" and q.geocode is not None and q.geocode.precision == "city"
              and q.geocode.country in LOCAL]
    before = [q for q in cities if q.start < p.start]
    if not before or g.lat is None or any(km_between(g, q.geocode) <= FAR_KM for q in cities):
        return None
    return before[-1].geocode


#: how far before a city district the city it belongs to may be named ("У Херсоні вдень обстріляли
#: Дніпровський район": Kherson's, not Kyiv's)
CITY_REACH = 120


def _district_of_city_before(p: Place, g, named, gaz):
    from dashboard.gazetteer.normalize import key
    before = [q for q in named if p.start - CITY_REACH <= q.start < p.start and q.kind == "name"
              and q.geocode is not None and q.geocode.precision == "city"]
    if not before or before[-1].geocode.name == g.parent:
        return None
    city = before[-1].geocode.name
    for r, _alt in gaz.candidates(key(p.names[0])):
        cand = gaz.geocode(r)
        if cand.precision == "district" and cand.parent == city:
            return cand
    return None


def _city_of(p: Place, named, gaz):
    if p.city is None:
        return None
    if p.city:
        return gaz.lookup(p.city, countries=LOCAL, fuzzy=False)
    before = [q for q in named if q.start < p.start and q.kind == "name" and q.geocode is not None
              and q.geocode.precision == "city"]
    return before[-1].geocode if before else None


def _by_region(towns, gaz, regions):
    """(name, geocode) of the first of ``towns`` with a namesake in the article's regions, else
    of the first the gazetteer knows."""
    from dashboard.gazetteer.normalize import key
    first = None
    for name, cc, _pop in towns:
        rows = [r for r, _alt in gaz.candidates(key(name)) if gaz.kind[r] == "city" and gaz.cc[r] == cc]
        geos = [gaz.geocode(r) for r in rows]
        inside = [g for g in geos if g.admin1 in regions]
        if inside:
            return name, max(inside, key=lambda g: g.population or 0)
        if first is None and geos:
            first = (name, max(geos, key=lambda g: g.population or 0))
    return first
