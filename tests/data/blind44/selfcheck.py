#!/usr/bin/env python3
"""Self-check of blind44/gold.jsonl and blind44/events.jsonl (standard library only).

Adapted from blind42's selfcheck.py (itself adapted from blind39's and the earlier sets'). The
brief for blind44 lets countries repeat but wants every current attack SITE new, so the texts
are checked against SITES only: blind42's EARLIER_SITES list (blind10's to blind40's current
sites and their spellings, copied unchanged), blind42's own current sites (Kamianets-Podilskyi,
Zoniana, Mutsamudu, San Francisco de Macorís, Bradford, Flaxmere, Buôn Trấp, Pedra Badejo,
Fengshan, Honiara, Panatina, Vura, Luchenza, Moengo, Engels, Qormi, with their spellings) and
blind41's own sites as blind43's README lists them (Anastasiyevka, Mesaieed, Mwanza, Ea Súp,
Esperanza). blind42's EARLIER_REGIONS list (regions and countries) is NOT applied: Sudan,
Nigeria, Kyiv and the like may be named again. Changes to blind42's rules: file names must match
blind44_NN_<place>_<kind>.txt; NEGATIVES and DOC_COUNTRY are this set's; texts are 350-900 words
(and 1,500-7,000 bytes); the category "bomb" (an aerial bomb of unstated type) is allowed; and
every gold or optional place must be named in its text (its name or an alias, case-insensitive).
Every other rule is kept: fourteen current events in fourteen countries, two look-alike
negatives without gold figures and outside every event, a current event's doc published on day
0 to day 5 after the attack, every older event dated before its docs' publication. It

1. turns every gold figure into a prediction record and every gold place and optional place
   into a place record, scores that prediction with /work/shared/eval/score.py, and fails
   unless figures F1, places F1 and every figure attribute accuracy are 1.0;
2. fails when a document has two gold figures with the same (type, category, count), which
   the scorer would merge into one;
3. fails unless every evidence string (figures and optional figures) occurs verbatim in its
   text, every place is named in its text, every text has gold and vice versa, every text is
   350-900 words without the dev set's "Test document composed for evaluation." line and without
   the names of the earlier sets' current attack sites, and every figure is well formed (known
   qualifier, category, date not after publication, a place with coordinates);
4. checks events.jsonl as blind42's did (schema, one current event per non-negative text,
   killed_best, dates and places of the docs' figures, older events, fourteen countries).

    python3 selfcheck.py
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
EVENTS = os.path.join(HERE, "events.jsonl")
TEXTS = os.path.join(HERE, "texts")
SCORER_CANDIDATES = [
    os.path.join(HERE, "..", "shared", "eval", "score.py"),
    os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"),
    os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "score.py"),
    "/work/shared/eval/score.py",
]
# blind10's to blind40's current sites and their spellings: blind42's EARLIER_SITES, unchanged
EARLIER_SITES = [
    'Monimp', 'Hasaheisa', 'Mangina', 'Mahaday', 'Druzhkivka', 'Panyam', 'Ye-U', 'Yeu', 'Izmail',
    'Izmayil', 'Naurang', 'Suárez', 'Suarez', 'Coalla', 'Koala', 'Slatyne', 'Slatino', 'Désarmes',
    'Desarmes', 'Srifa', 'Sreifa', 'Debark', 'Debarq', 'Vilniansk', 'Vilnyansk', 'Volnyansk',
    'Mucojo', 'Macomia', 'Mayadin', 'Mayadeen', 'Datu Piang', 'Dulawan', 'El Aguaje',
    'Bonifacio Moreno', 'Aguililla', 'Nizhyn', 'Nizhin', 'Nezhin', 'Tongo Tongo', 'Tongo-Tongo',
    'Tongotongo', 'Hawija', 'Hawijah', 'Huwaija', 'al-Huwaija', 'Jiribam', 'Quevedo', 'Pavlohrad',
    'Pavlograd', 'Nguetchewe', 'Ngechewe', 'Nguétchéwé', 'Nguetechewe', 'Sabir al-Mawadim',
    'Sabr al-Mawadem', 'Saber al-Mawadim', 'Sabir district', 'Lgov', "L'gov", 'Lhov',
    'Kaga-Bandoro', 'Kaga Bandoro', 'Bilozerka', 'Belozerka', 'al-Bureij', 'Bureij', 'Tammun',
    'Tamun', 'Pul-e Khumri', 'Puli Khumri', 'Pol-e Khomri', 'Pul-i-Khumri', 'Kremenchuk',
    'Kremenchug', 'Kremenchuh', 'Klintsy', 'Klyntsi', 'Klintzy', 'Baga Sola', 'Bagasola',
    'Baga-Sola', 'Elwak', 'El Wak', 'El-Wak', 'Sungai Kolok', 'Su-ngai Kolok', 'Sungai Golok',
    'Su-ngai Ko-lok', 'Koziatyn', 'Kozyatyn', 'Kazatin', 'Koziatin', 'Kozjatyn', 'Valuyki',
    'Valuiki', 'Valujki', 'Valuyky', 'Tanguiéta', 'Tanguieta', 'Tanguiété', 'Choloma', 'Bundibugyo',
    'Shepetivka', 'Shepetovka', 'Szepetówka', 'Pichari', 'Altamira', 'Dekai', 'Smila', 'Smela',
    'Śmiła', 'Smyla', 'Biloziria', 'Bilozirya', 'Belozerye', 'Saravan', 'Sarawan', 'Sarāvān',
    'Dapaong', 'Dapango', 'Tirúa', 'Tirua', 'Rossosh', 'Rossosh’', "Rossosh'", 'Россошь',
    'Rossoshansky', 'Rossoš', 'Téhini', 'Tehini', 'Gogo-Saga', 'Gogo Saga', 'Ruma', 'Rooma',
    'Ruma Bazar', 'Munlai Para', 'Munlai', 'Bir al-Abd', 'Bir al-Abed', 'Bir el-Abd', 'Bir al Abd',
    'Korosten', 'Korosten’', "Korosten'", 'Коростень', 'Iskorosten', 'Korostenʹ', 'Nanhyanga',
    'Nanyanga', 'Namikupa', 'Tandahimba', 'Samarkandyk', 'Samarkandek', 'Samarqandek',
    'Guasdualito', 'Guasdalito', 'Oleksandriia', 'Oleksandriya', 'Aleksandriya', 'Aleksandriia',
    'Oleksandrija', 'Олександрія', 'Александрия', 'Surman', 'Sorman', 'Şurmān', 'Samtah', 'Samitah',
    'Şāmitah', 'Samta', 'Yby Yaú', 'Yby Yau', 'Ybý Yaú', 'Ybyyaú', 'Zdolbuniv', 'Zdolbunov',
    'Zdołbunów', 'Zdolbunow', 'Здолбунів', 'Здолбунов', 'Tifariti', 'Tifarity', 'Tfariti',
    'Tifaritis', 'Anlong Veng', 'Anlong Veaeng', 'Anlung Veng', 'Tectitán', 'Tectitan', 'Tectitlan',
    'Chortkiv', 'Chortkov', 'Czortków', 'Chortkiw', 'Чортків', 'Чортков', 'Buco-Zau', 'Buco Zau',
    'Buco Záu', 'Buko Zau', 'Yeoncheon', 'Yeoncheon-eup', 'Yonchon', "Yŏnch'ŏn", 'Yüksekova',
    'Yuksekova', 'Kovel', "Kovel'", 'Kowel', 'Ковель', 'Turiisk', 'Turiysk', 'Turijsk', 'Turzysk',
    'Berd', 'Берд', 'Ijevan', 'Idjevan', 'Ijewan', 'Bignona', 'Diouloulou', 'Khasavyurt',
    'Khasavjurt', 'Xasavyurt', 'Хасавюрт', 'Khasavyurtovsky', 'Kizilyurt', 'Kiziliurt',
    'Kizil-Yurt', 'Endirey', 'Endirei', 'Makhachkala', 'Mahachkala', 'Махачкала', 'Burshtyn',
    "Burshtyn'", 'Bursztyn', 'Бурштин', 'Thelepte', 'Telepte', 'Tlelepte', 'Buganda', 'Zubin Potok',
    'Zubin-Potok', 'Stryi', 'Stryy', 'Stryj', 'Стрий', 'Ochakiv', 'Ochakov', 'Otchakiv', 'Очаків',
    'Afipsky', 'Afipskiy', 'Afipskij', 'Shlomi', 'Shelomi', 'Schlomi', 'Randa', 'Bassikounou',
    'Basseknou', 'Bassiknou', 'Bacikounou', 'Chimoré', 'Chimore', 'Ambalasoa', 'Lluidas Vale',
    'Luidas Vale', 'Newtownhamilton', 'Newtown Hamilton', 'Bawku', 'Batán', 'Batan', 'Burshtyn’',
    'Зубин Поток', 'Afipskii', "Afipskiy'", 'Афипский', 'Azazga', 'Azazgha', 'Azazaga', 'Pérez',
    'Perez', 'Ciudad de Pérez', 'Seversky', 'Severskiy', 'Severskii', 'Северский', 'Krasnodar',
    'Краснодар', 'Ekaterinodar', 'Očakiv', 'Очаков', 'Kunak', 'Kampung Kunak', 'Pekan Kunak',
    'Busogo', 'Galashki', 'Galaschki', 'Галашки', 'Hvardiiske', 'Hvardiyske', 'Hvardiiske air base',
    'Gvardeyskoye', 'Gvardeiskoe', 'Gvardeyskoe', 'Гвардійське', 'Гвардейское', 'Amourj', 'Amouri',
    'Guazapa', 'Dashava', 'Daszawa', 'Дашава', 'Kintinian', 'Kentinian', 'Kintiniou', 'Al-Turra',
    'Turra', 'At Turrah', 'Aţ Ţurrah', 'Et Turra', 'Al Turra', 'Al-Turrah', 'At-Turra',
    'Lionel Town', 'Novodnistrovsk', 'Novodnestrovsk', 'Vavuniya', 'Vavunia', 'Semporna',
    'Las Anod', 'Laascaanood', 'Lasanod', 'Lascanod', 'Las Caanood', 'Semonkong', 'KwaZakhele',
    'Kwazakhele', 'Karabulak', 'Rushon', 'Rŭshon', 'Roshan', 'Cerro Norte', 'Thio', 'Musaffah',
    'Mussafah', 'Marburg', 'Jebel Ali', 'Jabal Ali', 'Kalynivka', 'Kalinovka', 'Thabana Morena',
    'Panji Poyon', 'Panj-i Poyon', 'Nizhny Pyanj', 'Jebal Ali', 'Калинівка', 'Калиновка',
    'Thabana-Morena', 'Panji Poyen', 'Panji Poen', 'Nizhny Panj', 'Nizhniy Pyandzh', 'Nizhniy Panj',
    "Novodnistrovs'k", 'Новодністровськ', 'Новоднестровск', 'Gaur', 'Kasi', 'Muang Kasi', 'Kasy',
    'Laventille', 'Mircze', 'Betroka', 'Al Ahmadi', 'Al-Ahmadi', 'Al Aḩmadī', 'Mina al-Ahmadi',
    'Mina Al Ahmadi', 'Ahmadi', 'Mdantsane', 'Dorra', 'Norrköping', 'Norrkoping', 'Norrkøping',
    'Anderlecht', 'Nikšić', 'Niksic', 'Nikshich', 'Limassol', 'Lemesos', 'Zugdidi', 'Fuzuli',
    'Füzuli', 'Fizuli', 'Fès', 'Fes', 'Fez', 'Sitra', 'Sitrah', 'Kwekwe', 'Que Que', 'Makeni',
    'Manzini', 'Vladikavkaz', 'Владикавказ', 'Chynadiyovo', 'Chynadiievo', 'Chinadievo',
    'Чинадійово', 'Eravur', 'Limón', 'Metetí', 'Meteti', 'Kentau', 'Кентау', 'Norrkoeping',
    'Cureghem', 'Kuregem', 'Horadiz', 'Redcliff', 'Chynadiieve', 'Chynadiyevo', 'Eravur Town',
    'Limon', 'Puerto Limón', 'Kentaū', 'Otaci', 'Ataki', 'Livny', 'Planoise', 'Besançon',
    'Besancon', 'Sanlúcar de Barrameda', 'Sanlucar de Barrameda', 'Sanlúcar', 'Sanlucar',
    'Oregon District', 'Dayton', 'Slave Lake', 'Mahdia', 'Thumrait', 'Thamarit', 'Thamarīt',
    'Panyu', 'Comoro', 'Dili', 'Karnplay', 'Chingola', 'Kita Ward', 'Umeda', 'Pokrovskoye',
    'Pokrovskoe', 'Yevsuh', 'Chambishi', 'Alamikamba', 'Alamikambang', 'Liwa', 'Liwá', 'Termez',
    'Tirmiz', 'Termiz',
]

# blind42's own current sites and their spellings, and blind41's (from blind43's README)
BLIND42_SITES = [
    'Kamianets-Podilskyi', 'Kamyanets-Podilskyi', 'Kamyanets-Podilsky', 'Kamianets', 'Zoniana',
    'Zonianá', 'Mutsamudu', 'Moutsamoudou', 'San Francisco de Macorís', 'San Francisco de Macoris',
    'Bradford', 'Flaxmere', 'Buôn Trấp', 'Buon Trap', 'Pedra Badejo', 'Fengshan', 'Fongshan',
    'Honiara', 'Panatina', 'Vura', 'Luchenza', 'Moengo', 'Engels', 'Qormi',
]
BLIND41_SITES = ['Anastasiyevka', 'Anastasievka', 'Mesaieed', 'Mesaiid', 'Umm Said', 'Mwanza',
                 'Ea Súp', 'Ea Sup', 'Esperanza']
FORBIDDEN_SITES = EARLIER_SITES + BLIND42_SITES + BLIND41_SITES
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
CATEGORIES = {"killed", "injured", "hospitalized", "missing", "rescued", "drone", "missile",
              "ballistic_missile", "cruise_missile", "glide_bomb", "bomb", "rocket", "artillery", "ied"}
SIZE = (1500, 7000)   # bytes
WORDS = (350, 900)
NAME = re.compile(r"blind44_\d\d_[a-z]+_[a-z0-9_]+\.txt")
NEGATIVES = {"blind44_15_venice_film_premiere.txt", "blind44_16_bergen_drill.txt"}
DOC_COUNTRY = {
    "blind44_01_bilatserkva_kyivreport.txt": "Ukraine",
    "blind44_02_kstovo_wire.txt": "Russia",
    "blind44_03_kosti_livepage.txt": "Sudan",
    "blind44_04_manbij_arabic_mt.txt": "Syria",
    "blind44_05_kyaukme_longread.txt": "Myanmar",
    "blind44_06_gwoza_localpaper.txt": "Nigeria",
    "blind44_07_oicha_ocha_flash.txt": "DR Congo",
    "blind44_08_beledweyne_wiredigest.txt": "Somalia",
    "blind44_09_hays_ngo_release.txt": "Yemen",
    "blind44_10_jamundi_tvstory.txt": "Colombia",
    "blind44_11_fresnillo_correction.txt": "Mexico",
    "blind44_12_bannu_wire.txt": "Pakistan",
    "blind44_13_mirebalais_french_mt.txt": "Haiti",
    "blind44_14_nabatieh_explainer.txt": "Lebanon",
}
MAX_DAY = 5   # a current event's doc is published on day 0 to MAX_DAY after the attack
EVENT_KEYS = {"event", "docs", "date", "date_alternatives", "place", "place_aliases", "lat", "lon",
              "tol_km", "killed_best", "killed_note", "older", "invented"}


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"FAIL {path}:{n}: not JSON: {e}")
    return rows


def figure_record(f):
    return {
        "type": f["type"],
        "category": f["category"],
        "count": f["count"],
        "qualifier": f.get("qualifier") or "exact",
        "date": f.get("event_date"),
        "place": f.get("place"),
        "lat": f.get("lat"),
        "lon": f.get("lon"),
    }


def place_record(p):
    return {"type": "place", "name": p["name"], "lat": p["lat"], "lon": p["lon"]}


def haversine_km(a, b):
    import math
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def near_event(f, e):
    """A figure's place is the event's place: same name or alias, or within the event's tolerance."""
    if not f.get("place"):
        return False
    names = {e["place"].lower()} | {a.lower() for a in e["place_aliases"]}
    if f["place"].lower() in names:
        return True
    return haversine_km((f["lat"], f["lon"]), (e["lat"], e["lon"])) <= e["tol_km"]


def date_matches(fig_date, ev_dates):
    """A figure date matches an event date: same day within one day, or same month."""
    if not fig_date:
        return False
    for d in ev_dates:
        if len(d) == 7 or len(fig_date) == 7:
            if fig_date[:7] == d[:7]:
                return True
        else:
            if abs((date.fromisoformat(fig_date) - date.fromisoformat(d)).days) <= 1:
                return True
    return False


def check_texts_and_gold(gold, problems):
    names = {g["doc"] for g in gold}
    for g in gold:
        path = os.path.join(TEXTS, g["doc"])
        if not os.path.exists(path):
            problems.append(f"{g['doc']}: no such text in texts/")
            continue
        text = open(path, encoding="utf-8").read()
        size = len(text.encode("utf-8"))
        if not SIZE[0] <= size <= SIZE[1]:
            problems.append(f"{g['doc']}: {size} bytes (want {SIZE[0]}-{SIZE[1]})")
        if not NAME.fullmatch(g["doc"]):
            problems.append(f"{g['doc']}: name does not match blind44_NN_<place>_<kind>.txt")
        words = len(text.split())
        if not WORDS[0] <= words <= WORDS[1]:
            problems.append(f"{g['doc']}: {words} words (want {WORDS[0]}-{WORDS[1]})")
        low = text.lower()
        for p in g.get("places", []) + g.get("optional_places", []):
            if not any(n.lower() in low for n in [p["name"]] + p.get("aliases", [])):
                problems.append(f"{g['doc']}: place {p['name']!r} not named in the text")
        if g["doc"] in NEGATIVES and g.get("figures"):
            problems.append(f"{g['doc']}: a look-alike negative with gold figures")
        if g["doc"] not in NEGATIVES and g["doc"] not in DOC_COUNTRY:
            problems.append(f"{g['doc']}: neither a negative nor in DOC_COUNTRY")
        for site in FORBIDDEN_SITES:
            if re.search(r"(?<![\w-])" + re.escape(site) + r"(?![\w-])", text, re.IGNORECASE):
                problems.append(f"{g['doc']}: mentions an earlier set's current site {site!r}")
        if "Test document composed" in text:
            problems.append(f"{g['doc']}: contains the dev-set test line")
        seen = {}
        for f in g.get("figures", []):
            key = (f["type"], f["category"], int(f["count"]))
            if key in seen:
                problems.append(f"{g['doc']}: duplicate gold figure {key}")
            seen[key] = True
            for k in ("type", "category", "count", "qualifier", "evidence"):
                if k not in f:
                    problems.append(f"{g['doc']}: figure without {k}: {f}")
            if not f.get("place"):
                problems.append(f"{g['doc']}: figure without a place: {f['evidence']!r}")
            if f.get("place") and not all(isinstance(f.get(k), (int, float)) for k in ("lat", "lon", "tol_km")):
                problems.append(f"{g['doc']}: figure place {f['place']!r} without lat/lon/tol_km")
            if f.get("event_date") and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", f["event_date"]):
                problems.append(f"{g['doc']}: bad event_date {f['event_date']!r}")
            if f.get("qualifier") not in QUALIFIERS:
                problems.append(f"{g['doc']}: bad qualifier {f.get('qualifier')!r}")
            if f.get("category") not in CATEGORIES:
                problems.append(f"{g['doc']}: category {f.get('category')!r} outside the README's list")
            if f.get("event_date") and f["event_date"] > g.get("published", "9999"):
                problems.append(f"{g['doc']}: figure dated {f['event_date']} after publication")
        for f in g.get("figures", []) + g.get("optional_figures", []):
            if f["evidence"] not in text:
                problems.append(f"{g['doc']}: evidence not verbatim in text: {f['evidence']!r}")
    for name in sorted(os.listdir(TEXTS)):
        if name.endswith(".txt") and name not in names:
            problems.append(f"{name}: text without gold")


def check_events(gold, problems):
    if not os.path.exists(EVENTS):
        problems.append("events.jsonl missing")
        return 0, 0
    events = load_jsonl(EVENTS)
    by_doc = {g["doc"]: g for g in gold}
    current_of = {d: [] for d in by_doc if d not in NEGATIVES}
    ids = set()
    for e in events:
        eid = e.get("event")
        if set(e) != EVENT_KEYS:
            problems.append(f"{eid}: keys {sorted(set(e) ^ EVENT_KEYS)} differ from the schema")
            continue
        if eid in ids:
            problems.append(f"{eid}: duplicate event id")
        ids.add(eid)
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", e["date"]):
            problems.append(f"{eid}: bad date {e['date']!r}")
        for d in e["date_alternatives"]:
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d):
                problems.append(f"{eid}: bad date alternative {d!r}")
        if not e["docs"]:
            problems.append(f"{eid}: no docs")
        killed_counts = set()
        for d in e["docs"]:
            if d not in by_doc:
                problems.append(f"{eid}: doc {d} has no gold / text")
                continue
            if d in NEGATIVES:
                problems.append(f"{eid}: lists the look-alike negative {d}")
                continue
            if not e["older"]:
                current_of[d].append(eid)
            figs = by_doc[d].get("figures", [])
            dates = [e["date"]] + e["date_alternatives"]
            if not any(date_matches(f.get("event_date"), dates) for f in figs):
                problems.append(f"{eid}: {d} has no gold figure dated {dates}")
            elif not any(date_matches(f.get("event_date"), dates) and near_event(f, e) for f in figs):
                problems.append(f"{eid}: {d} has no gold figure dated {dates} placed at the event")
            killed_counts |= {f["count"] for f in figs
                              if f["category"] == "killed" and date_matches(f.get("event_date"), dates)}
        no_deaths = e["killed_best"] == 0 and "No deaths" in e["killed_note"]
        if no_deaths and e["older"] is not True:
            problems.append(f"{eid}: killed_best 0 only for a side event")
        if not no_deaths and e["killed_best"] not in killed_counts:
            problems.append(f"{eid}: killed_best {e['killed_best']} is not a killed figure of its docs "
                            f"dated on the event ({sorted(killed_counts)})")
        if not e["killed_note"].strip():
            problems.append(f"{eid}: empty killed_note")
    for d, evs in current_of.items():
        if len(evs) != 1:
            problems.append(f"{d}: in {len(evs)} current events {evs} (want exactly 1)")
    for e in events:
        if e.get("older") is False:
            if len(e["docs"]) != 1:
                problems.append(f"{e['event']}: {len(e['docs'])} docs (want 1)")
            pubs = [date.fromisoformat(by_doc[d]["published"]) for d in e["docs"] if d in by_doc]
            ev_day = date.fromisoformat(e["date"][:10]) if len(e["date"]) == 10 else None
            if len(set(pubs)) != len(pubs):
                problems.append(f"{e['event']}: two docs published on the same day")
            if ev_day and pubs and not all(0 <= (p - ev_day).days <= MAX_DAY for p in pubs):
                problems.append(f"{e['event']}: doc not published on day 0 to day {MAX_DAY}")
    for e in events:
        if e.get("older") is True:
            for d in e["docs"]:
                pub = by_doc.get(d, {}).get("published")
                if not pub:
                    continue
                if (len(e["date"]) == 7 and e["date"] >= pub[:7]) or (len(e["date"]) == 10 and e["date"] >= pub):
                    problems.append(f"{e['event']}: older event dated {e['date']}, not before {d}'s publication {pub}")
    n_current = sum(1 for e in events if e.get("older") is False)
    if n_current != 14:
        problems.append(f"{n_current} current events (want 14)")
    countries = [DOC_COUNTRY.get(d) for e in events if e.get("older") is False for d in e["docs"]]
    if None in countries or len(set(countries)) != len(countries):
        problems.append(f"current events not in distinct known countries: {countries}")
    older_docs = {d for e in events if e.get("older") for d in e.get("docs", [])}
    for d in by_doc:
        if d not in older_docs and d not in NEGATIVES:
            problems.append(f"{d}: mentions no older attack listed in events.jsonl (want one or two)")
    return len(events), sum(1 for e in events if not e.get("older"))


def main():
    gold = load_jsonl(GOLD)
    problems = []
    check_texts_and_gold(gold, problems)
    n_events, n_current = check_events(gold, problems)

    scorer = next((p for p in SCORER_CANDIDATES if os.path.exists(p)), None)
    if scorer is None:
        sys.exit("FAIL scorer score.py not found")
    fd, pred_path = tempfile.mkstemp(prefix=".blind44_selfcheck_", suffix=".jsonl", dir=HERE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for g in gold:
                records = [figure_record(f) for f in g.get("figures", [])]
                records += [place_record(p) for p in g.get("places", []) + g.get("optional_places", [])]
                fh.write(json.dumps({"doc": g["doc"], "published": g.get("published"),
                                     "records": records}) + "\n")
        run = subprocess.run([sys.executable, scorer, GOLD, pred_path, "--json"],
                             capture_output=True, text=True)
    finally:
        os.unlink(pred_path)
    if run.returncode != 0:
        sys.exit(f"FAIL scorer exited {run.returncode}: {run.stderr.strip()}")
    summary = json.loads(run.stdout.strip().splitlines()[-1])

    figs, places, attrs = summary["figures"], summary["places"], summary["figure_attribute_accuracy"]
    if figs["f1"] != 1.0:
        problems.append(f"figures F1 {figs['f1']} (tp {figs['tp']} fp {figs['fp']} fn {figs['fn']})")
    if places["f1"] != 1.0:
        problems.append(f"places F1 {places['f1']} (tp {places['tp']} fp {places['fp']} fn {places['fn']})")
    for name, value in attrs.items():
        if value != 1.0:
            problems.append(f"figure attribute {name} accuracy {value}")
    if summary["documents"] != len(gold) or summary["documents_missing_from_prediction"]:
        problems.append("documents missing from the prediction")

    n_opt = sum(len(g.get("optional_figures", [])) for g in gold)
    n_optp = sum(len(g.get("optional_places", [])) for g in gold)
    line = (f"documents {summary['documents']}  figures F1 {figs['f1']} (tp {figs['tp']}, optional {n_opt})  "
            f"places F1 {places['f1']} (tp {places['tp']}, optional {n_optp})  attributes "
            + " ".join(f"{k} {v}" for k, v in attrs.items())
            + f"  events {n_events} ({n_current} current)")
    if problems:
        print("selfcheck FAILED: " + line)
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("selfcheck OK: " + line)


if __name__ == "__main__":
    main()
