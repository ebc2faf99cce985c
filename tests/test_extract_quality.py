"""Extraction quality on annotated articles, scored by the team's scorer (../shared/eval).

Regression guards, not the bars themselves: the seeds and the development set come with
the project; tests/data/heldout, blind2-7 and events_dev were written blind by colleagues who had
not seen the extractor (see their READMEs; the extractor was tuned on them afterwards). Skipped only where ../shared is absent (a checkout without it).
"""
import json
from pathlib import Path

import pytest

from dashboard.documents import load_path
from dashboard.extract import extract_batch

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def _blind(name: str, fig_bar: float):
    folder = ROOT / "tests" / "data" / name
    return folder / "gold.jsonl", sorted((folder / "texts").glob("*.txt")), fig_bar, 0.85


SETS = {
    "seeds": (SHARED / "gold" / "seeds.jsonl", sorted((ROOT / "assets" / "sample").glob("*.txt")), 0.95, 0.85),
    "dev": (SHARED / "dev" / "gold.jsonl", sorted((SHARED / "dev" / "texts").glob("*.txt")), 0.9, 0.85),
    **{name: _blind(name, bar) for name, bar in (("heldout", 0.9), ("blind2", 0.9), ("blind3", 0.85),
                                                ("blind4", 0.9), ("blind5", 0.9), ("blind6", 0.9),
                                                ("blind7", 0.95), ("events_dev", 0.95))},
    # blind9 (multi-day stories outside Ukraine's cities, first contact 0.952 / places 0.818)
    "blind9": (ROOT / "tests" / "data" / "blind9" / "gold.jsonl",
               sorted((ROOT / "tests" / "data" / "blind9" / "texts").glob("*.txt")), 0.93, 0.80),
    # blind10 (multi-day stories in Mali, Sudan, DRC, Somalia, Ukraine; first contact 0.941 / places 0.895)
    "blind10": (ROOT / "tests" / "data" / "blind10" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind10" / "texts").glob("*.txt")), 0.92, 0.87),
    # blind11 (multi-day stories in Nigeria, Myanmar, Ukraine's Odesa oblast, Pakistan, Colombia;
    # first contact 0.971 / figure date 0.835 / places 0.889)
    "blind11": (ROOT / "tests" / "data" / "blind11" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind11" / "texts").glob("*.txt")), 0.95, 0.86),
    # blind12 (multi-day stories in Burkina Faso, Kharkiv district, Haiti, south Lebanon, Amhara;
    # first contact 0.933 / figure date 0.816 / places 0.840)
    "blind12": (ROOT / "tests" / "data" / "blind12" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind12" / "texts").glob("*.txt")), 0.93, 0.82),
    # blind13 (multi-day stories in Zaporizhzhia oblast, Cabo Delgado, Deir ez-Zor, Maguindanao, Michoacan;
    # a wire digest and a live blog; first contact 0.943 / figure date 0.912 / place 0.731 / places 0.918)
    "blind13": (ROOT / "tests" / "data" / "blind13" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind13" / "texts").glob("*.txt")), 0.93, 0.89),
    # blind14 (multi-day stories in Chernihiv oblast, Tillaberi, Kirkuk, Manipur, Los Rios; a live blog, wire
    # digests, weekly reviews with ambiguous datelines; first contact 0.922 / figure date 0.913 / place 0.735 /
    # places 0.956)
    "blind14": (ROOT / "tests" / "data" / "blind14" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind14" / "texts").glob("*.txt")), 0.95, 0.93),
    # blind15 (multi-day stories in Dnipropetrovsk oblast, Cameroon's Far North, Taiz, Kursk, Nana-Grebizi: a
    # situation report with a casualty table, a machine translation, a live blog, run-together sentences;
    # first contact 0.884 / figure date 0.85 / place 0.831 / places 0.936)
    "blind15": (ROOT / "tests" / "data" / "blind15" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind15" / "texts").glob("*.txt")), 0.96, 0.91),
    # blind16 (12 long-form stories, 600-1000 words: Kherson oblast, Gaza, the West Bank, Baghlan; chronology lists,
    # "what we know" lists, an economy and cricket passage; first contact 0.919 / figure date 0.852 / place 0.801 /
    # places 0.910)
    "blind16": (ROOT / "tests" / "data" / "blind16" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind16" / "texts").glob("*.txt")), 0.93, 0.88),
    # blind17 (multi-day stories in Poltava oblast, Bryansk region, Chad's Lac, Mandera, Narathiwat: a live page,
    # statements with numbered paragraphs, a machine translation from French; first contact 0.912 / figure date
    # 0.77 / place 0.604 / places 0.906)
    "blind17": (ROOT / "tests" / "data" / "blind17" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind17" / "texts").glob("*.txt")), 0.93, 0.89),
    # notes16 (40 short notes in the manner of ACLED's, 23 countries; first contact 0.969 / places 0.908)
    "notes16": (ROOT / "tests" / "data" / "notes16" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes16" / "texts").glob("*.txt")), 0.96, 0.88),
    # notes17 (40 short reports: ACLED-like notes, one-line alerts, flash-update bullets, translated official
    # statements; first contact 0.954 / places 0.959)
    "notes17": (ROOT / "tests" / "data" / "notes17" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes17" / "texts").glob("*.txt")), 0.97, 0.93),
    # blind18 (written last this stop, after all its other fixes: Vinnytsia oblast, Belgorod region, Atacora,
    # Cortés, Bundibugyo; first contact 0.920 / figure date 0.871 / place 0.913 / places 0.899) and notes18 (50
    # ACLED-style notes, first contact 0.980 / places 0.903)
    "blind18": (ROOT / "tests" / "data" / "blind18" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind18" / "texts").glob("*.txt")), 0.93, 0.87),
    "notes18": (ROOT / "tests" / "data" / "notes18" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes18" / "texts").glob("*.txt")), 0.97, 0.87),
    # blind19 (the stop's last set: Khmelnytskyi oblast, Peru's VRAEM, Pará, Highland Papua; machine translations
    # from Spanish and Portuguese; villages absent from shipped data; first contact 0.864 / figure date 0.835 /
    # place 0.696 / places 0.850)
    "blind19": (ROOT / "tests" / "data" / "blind19" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind19" / "texts").glob("*.txt")), 0.85, 0.82),
    # blind20 (stop 24's first set: Cherkasy oblast, Sistan and Baluchestan, Togo's Savanes, Chile's Biobío; a
    # machine translation from Persian with Solar Hijri dates, a rights group's field report; first contact 0.907 /
    # figure date 0.964 / place 0.932 / places 0.951) and notes19 (50 ACLED-style notes in 40 countries, first
    # contact 0.985 / places 0.930)
    "blind20": (ROOT / "tests" / "data" / "blind20" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind20" / "texts").glob("*.txt")), 0.93, 0.93),
    "notes19": (ROOT / "tests" / "data" / "notes19" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes19" / "texts").glob("*.txt")), 0.98, 0.91),
    # blind21 (Voronezh region, Côte d'Ivoire's Bounkani, Bangladesh's Bandarban, North Sinai; key figures with
    # leader dots, '08 (eight)' counts, machine translations from French and Arabic; Ruma absent from shipped data;
    # first contact 0.858 / figure date 0.819 / place 0.557 / places 0.872) and notes20 (50 ACLED-style notes in
    # 33 countries, 'Fatalities: 9.' tags, numbered units; first contact 0.966 / places 0.886)
    "blind21": (ROOT / "tests" / "data" / "blind21" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind21" / "texts").glob("*.txt")), 0.9, 0.85),
    "notes20": (ROOT / "tests" / "data" / "notes20" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes20" / "texts").glob("*.txt")), 0.98, 0.87),
    # blind22 (stop 24's last English set: Zhytomyr oblast, Mtwara, Batken, Apure; a wire update, a health bulletin
    # with a table, a fact-check, machine translations from Turkish and Portuguese; first contact 0.885 / figure
    # date 0.733 / place 0.771 / places 0.936)
    "blind22": (ROOT / "tests" / "data" / "blind22" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind22" / "texts").glob("*.txt")), 0.89, 0.91),
    # blind23 (stop 25: Kirovohrad oblast, Libya's Zawiya district, Saudi Arabia's Jazan, Paraguay's Concepción; a
    # TV transcript, an agency flash and its expanded version, a Q&A explainer, a correction notice, machine
    # translations from French and Arabic; first contact 0.857 / figure date 0.915 / place 0.846 / places 0.955)
    # and notes21 (50 notes and incident logs in 44 countries: 'Casualties: 4 KIA, 7 WIA', 'Date:' fields, found
    # bodies; first contact 0.933 / figure date 0.84 / place 0.833 / places 0.902)
    "blind23": (ROOT / "tests" / "data" / "blind23" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind23" / "texts").glob("*.txt")), 0.89, 0.93),
    "notes21": (ROOT / "tests" / "data" / "notes21" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes21" / "texts").glob("*.txt")), 0.95, 0.88),
    # blind24 (written after the blind23 fixes: Rivne oblast, Western Sahara, Oddar Meanchey, Huehuetenango; a press
    # conference, an obituary, a corrections notice, a sports page; first contact 0.955 / figure date 0.892 / place
    # 0.797 / places 0.956) and notes22 (50 briefs, alerts, bulletins and advisories in 46 countries; first contact
    # 0.919 / places 0.862)
    "blind24": (ROOT / "tests" / "data" / "blind24" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind24" / "texts").glob("*.txt")), 0.94, 0.93),
    "notes22": (ROOT / "tests" / "data" / "notes22" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes22" / "texts").glob("*.txt")), 0.91, 0.84),
    # blind25 (written after every other fix of stop 25: Ternopil oblast, Cabinda, Gyeonggi, Hakkari; ordinary wire,
    # TV and local-paper stories, an explainer, an op-ed, a machine translation from Portuguese; first contact 0.935 /
    # figure date 0.789 / place 0.89 / places 0.954)
    "blind25": (ROOT / "tests" / "data" / "blind25" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind25" / "texts").glob("*.txt")), 0.92, 0.93),
    # blind26 (stop 27: Kovel, Berd, Bignona, Khasavyurt; a live blog, a round-up, machine translations from Russian
    # and French, a rebel communique quoted, an obituary, an op-ed; first contact 0.895 / figure date 0.929 / place
    # 0.961 / places 0.947) and notes23 (50 flash updates, communiques, digests, alerts, 8 look-alike negatives in
    # 48 countries; first contact 0.884 / places 0.933)
    "blind26": (ROOT / "tests" / "data" / "blind26" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind26" / "texts").glob("*.txt")), 0.95, 0.93),
    "notes23": (ROOT / "tests" / "data" / "notes23" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes23" / "texts").glob("*.txt")), 0.93, 0.91),
    # blind27 (written after the blind26 and notes23 fixes: Ivano-Frankivsk oblast, Kasserine, Cibitoke, north Kosovo;
    # a TV web story, an "UPDATE 3" with a corrections line, an energy newsletter, translations from Spanish and
    # Arabic, a Q&A, a police statement, a column; first contact 0.955 / figure date 0.976 / place 0.893 / places 0.989)
    "blind27": (ROOT / "tests" / "data" / "blind27" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind27" / "texts").glob("*.txt")), 0.96, 0.96),
    # notes24 (50 ACLED-style notes, situation reports, incident logs with "dd/mm" items, hospital statements,
    # claims; 8 look-alike negatives: a parade, a lecture on Austerlitz, an earthquake, floods, a heist, cricket, a
    # space launch, a landing; first contact 0.916 / figure date 0.901 / places 0.952)
    "notes24": (ROOT / "tests" / "data" / "notes24" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes24" / "texts").glob("*.txt")), 0.95, 0.93),
    # stop 28: blind28 (Afipsky, Azazga, Bawku, Perez told over days: a live blog, translations from Russian and
    # French, an op-ed, a security weekly, a parliament report, a fact-check; first contact 0.953 / figure date 0.887
    # / place 0.69 / places 0.896), blind29 (12 long published-style articles: a Kyiv Independent-style story, a live
    # blog, a factbox, an explainer, a briefing with Q&A, an NGO report, a local paper with page noise, a long read,
    # a digest; first contact 0.878 / 0.982 / 0.795 / 0.907) and notes25 (50 short reports in 47 countries with 8
    # look-alike negatives: a truck crash, a stampede, a live-fire drill, a course, a sentence ...; first contact
    # 0.889 / 0.981 / 0.792 / 0.941)
    "blind28": (ROOT / "tests" / "data" / "blind28" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind28" / "texts").glob("*.txt")), 0.97, 0.92),
    "blind29": (ROOT / "tests" / "data" / "blind29" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind29" / "texts").glob("*.txt")), 0.94, 0.91),
    "notes25": (ROOT / "tests" / "data" / "notes25" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes25" / "texts").glob("*.txt")), 0.95, 0.93),
    # written after those fixes: blind30 (Ochakiv, Kunak, Busogo, Galashki told over days; a translation from
    # Ukrainian, an analysis, a victims' list, an NGO release, a radio Q&A, a court report; first contact 0.911 /
    # figure date 0.825 / place 0.902 / places 0.984) and notes26 (50 short reports, 8 look-alike negatives: a hunting
    # accident, a mine collapse, a boxing match, a film premiere, a band tour, a vaccination campaign, a bridge
    # collapse, a council vote; first contact 0.900 / 0.933 / 0.904 / 0.967)
    "blind30": (ROOT / "tests" / "data" / "blind30" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind30" / "texts").glob("*.txt")), 0.95, 0.96),
    "notes26": (ROOT / "tests" / "data" / "notes26" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes26" / "texts").glob("*.txt")), 0.93, 0.95),
    # the stop's last sets, written after every other fix: blind31 (Hvardiiske, Amourj, Shlomi, Guazapa told over
    # days: a live blog, a wali's statement, a translation from Hebrew, a funeral report, a victims' list, a newsletter;
    # first contact 0.920 / figure date 0.823 / place 0.912 / places 0.945) and notes27 (50 short reports; 8 look-alike
    # negatives: a plane crash, cholera in a camp, a funeral anniversary, a shipwreck, fireworks, a football riot, a
    # kitchen gas blast, an exhibition; first contact 0.932 / 0.93 / 0.854 / 0.958)
    "blind31": (ROOT / "tests" / "data" / "blind31" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind31" / "texts").glob("*.txt")), 0.93, 0.92),
    "notes27": (ROOT / "tests" / "data" / "notes27" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes27" / "texts").glob("*.txt")), 0.94, 0.94),
    # stop 29: blind32 (Dashava/Stryi, Kintinian/Siguiri, Al-Turra/Ramtha, Lionel Town told over days: a local
    # paper with menus, an army communique, a police release, a column; first contact 0.876 / figure date 0.923 /
    # place 0.889 / places 0.859), blind33 (12 long published-style articles: a live blog, a wire with updates, an
    # explainer, a factbox, a digest, an NGO report, a briefing transcript, a translation, a feature; 0.873 /
    # 0.696 / 0.855 / 0.926) and notes28 (50 short reports; 8 look-alike negatives: a bus crash, a mine collapse,
    # a live-fire exercise, a parade, a football derby, a film, a storm, a defused war-time bomb; 0.947 / 0.879 /
    # 0.888 / 0.953)
    "blind32": (ROOT / "tests" / "data" / "blind32" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind32" / "texts").glob("*.txt")), 0.91, 0.84),
    "blind33": (ROOT / "tests" / "data" / "blind33" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind33" / "texts").glob("*.txt")), 0.86, 0.91),
    "notes28": (ROOT / "tests" / "data" / "notes28" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes28" / "texts").glob("*.txt")), 0.93, 0.94),
    # written after those fixes: blind34 (Jebel Ali/Dubai, Kalynivka/Vasylkiv, Thabana Morena/Mafeteng, Panji
    # Poyon/Dusti told over days: a wire without its year, a fact-check, a radio transcript, a police statement;
    # first contact 0.966 / figure date 0.742 / place 0.92 / places 0.935)
    "blind34": (ROOT / "tests" / "data" / "blind34" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind34" / "texts").glob("*.txt")), 0.95, 0.93),
    # stop 30, written at its start: blind35 (five attacks told by three outlets on three days in Ukraine, Nepal, Laos,
    # Trinidad and Bolivia: a newest-first live blog, a broadcaster's transcript, a translated Spanish wire, a
    # fact-check; first contact 0.942 / figure date 0.883 / place 0.743 / places 0.864) and blind36 (16 articles in
    # the style of published outlets, 14 countries of Africa, the Middle East, the Caucasus and Europe, 2 look-alike
    # negatives; 0.934 / 0.875 / 0.737 / 0.947)
    "blind35": (ROOT / "tests" / "data" / "blind35" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind35" / "texts").glob("*.txt")), 0.94, 0.86),
    "blind36": (ROOT / "tests" / "data" / "blind36" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind36" / "texts").glob("*.txt")), 0.93, 0.94),
    # written at the stop's middle, after the blind35-36 fixes: blind37 (five attacks over three days in Poland,
    # Madagascar, Kuwait, South Africa and Djibouti; first contact 0.927 / figure date 0.991 / place 0.904 / places
    # 0.955; two of its sites, Hrubieszow and Al Ahmadi, are also blind36's) and notes29 (50 short notes in 36
    # countries, 8 look-alike negatives: an industrial accident, a book review, a sinking exercise ...; 0.955 /
    # 0.949 / 0.906 / 0.929)
    "blind37": (ROOT / "tests" / "data" / "blind37" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind37" / "texts").glob("*.txt")), 0.93, 0.95),
    "notes29": (ROOT / "tests" / "data" / "notes29" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes29" / "texts").glob("*.txt")), 0.97, 0.92),
    # written last, after every other fix of stop 30: blind38 (five attacks over three days: Zakarpattia, Sri Lanka,
    # Costa Rica, Panama, Kazakhstan; first contact 0.926 / figure date 0.85 / place 0.94 / places 0.938)
    "blind38": (ROOT / "tests" / "data" / "blind38" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind38" / "texts").glob("*.txt")), 0.92, 0.93),
    # stop 31, written at its start (scored first on a frozen copy of the code): blind39 (16 articles in the style
    # of published outlets, 14 countries on six continents, 2 look-alike negatives: a game review, a demining course;
    # first contact 0.895 / figure date 0.9 / place 0.887 / places 0.893), blind40 (five attacks over three days:
    # Luhansk oblast, Zambia, Nicaragua, Oman, Uzbekistan; 0.933 / 0.911 / 0.878 / 0.946) and notes30 (50 short notes
    # in 41 countries, 8 look-alike negatives: a shark, a pit collapse, a stampede ...; 0.948 / 0.953 / 0.891 / 0.95)
    "blind39": (ROOT / "tests" / "data" / "blind39" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind39" / "texts").glob("*.txt")), 0.97, 0.88),
    "blind40": (ROOT / "tests" / "data" / "blind40" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind40" / "texts").glob("*.txt")), 0.94, 0.98),
    "notes30": (ROOT / "tests" / "data" / "notes30" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes30" / "texts").glob("*.txt")), 0.97, 0.94),
    # written at the stop's middle, after the blind39-40 and notes30 fixes: blind41 (five attacks over three days:
    # Rostov region, Qatar, Malawi, Vietnam, Dominican Republic; first contact 0.929 / figure date 0.982 / place 0.741
    # / places 0.813) and blind42 (16 published-style articles, 14 countries on five continents, 2 negatives: a cup
    # final's shoot-out, a crime blotter; 0.909 / 0.943 / 0.991 / 0.885)
    "blind41": (ROOT / "tests" / "data" / "blind41" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind41" / "texts").glob("*.txt")), 0.94, 0.8),
    "blind42": (ROOT / "tests" / "data" / "blind42" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind42" / "texts").glob("*.txt")), 0.94, 0.87),
    # written last, after every other fix of stop 31: blind43 (five attacks over three days: Sumy region, Chechnya,
    # North Macedonia, Bhutan, Gabon; first contact 0.956 / figure date 0.887 / place 0.825 / places 0.910)
    "blind43": (ROOT / "tests" / "data" / "blind43" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "blind43" / "texts").glob("*.txt")), 0.96, 0.9),
    # and notes31 (50 short notes in 42 countries, 8 negatives: a fuel station, lightning, a hunt, a drowning, a
    # collapse ...; first contact 0.933 / figure date 0.985 / place 0.914 / places 0.950)
    "notes31": (ROOT / "tests" / "data" / "notes31" / "gold.jsonl",
                sorted((ROOT / "tests" / "data" / "notes31" / "texts").glob("*.txt")), 0.98, 0.94),
    # stop 32, written at the start: blind44 (16 published-style articles, 14 countries, 2 negatives; first contact
    # 0.966 / figure date 0.919 / place 0.906 / places 0.968), blind45 (five attacks over three days: Zaporizhzhia
    # oblast, Kursk region, Salahuddin, Ituri, Norte de Santander; 0.947 / 0.933 / 0.82 / 0.940), blind46 (five
    # attacks over three days: Kharkiv, Beledweyne, Deou, Corinto, An Nuhud; 0.931 / 0.975 / 0.82 / 0.957) and
    # notes32 (50 notes, 39 countries, 8 negatives; 0.942 / 0.986 / 0.91 / 0.894)
    **{name: _blind(name, bar)[:3] + (place_bar,) for name, bar, place_bar in (
        ("blind44", 0.96, 0.95), ("blind45", 0.96, 0.93), ("blind46", 0.94, 0.94), ("notes32", 0.95, 0.88))},
    # stop 32, written last, after the first batch of fixes: blind47 (16 published-style articles, 14 countries, 2
    # negatives: an arms maker's results, a defused bomb; first contact 0.915 / figure date 0.869 / place 0.867 /
    # places 0.900), blind48 (five attacks over three days: Chernihiv oblast, Bryansk region, Borno, Idlib,
    # Balochistan; 0.913 / 0.926 / 0.779 / 0.938), blind49 (five attacks over three days: Odesa's Kyivskyi district,
    # Konduga, Gutin, Valparaiso, Kafranbel; 0.913 / 0.974 / 0.861 / 0.899) and notes33 (50 notes, 41 countries, 8
    # negatives; 0.961 / 0.944 / 0.877 / 0.909)
    **{name: _blind(name, bar)[:3] + (place_bar,) for name, bar, place_bar in (
        ("blind47", 0.92, 0.88), ("blind48", 0.92, 0.93), ("blind49", 0.93, 0.88), ("notes33", 0.97, 0.89))},
    # real published articles: restored by tests/data/published/restore.py into data/published
    # (git-ignored, third-party text); skipped where they were not restored
    **{name: (ROOT / "tests" / "data" / "published" / f"{name}.gold.jsonl",
              sorted((ROOT / "data" / "published" / name / "texts").glob("*.txt")), 0.92, 0.9)
       for name in ("pub1", "pub2")},
}


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.parametrize("name", list(SETS))
def test_scores(name, shared_scorer):
    score = shared_scorer
    gold_path, files, fig_bar, place_bar = SETS[name]
    if not gold_path.is_file() or not files:
        pytest.skip(f"{name}: no gold here")
    golds = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = [load_path(f) for f in files]
    out = extract_batch(docs)
    preds = {d.name: {"doc": d.name, "records": [r.to_dict() for r in recs]} for d, recs in out.values()}
    tot = {"fig_tp": 0, "fig_fp": 0, "fig_fn": 0, "place_tp": 0, "place_fp": 0, "place_fn": 0}
    for g in golds:
        res = score.score_doc(g, preds.get(g["doc"]))
        for k in tot:
            tot[k] += res.get(k, 0)
    fig_f1 = _prf(tot["fig_tp"], tot["fig_fp"], tot["fig_fn"])
    assert fig_f1 >= fig_bar, (name, tot)
    if tot["place_tp"] + tot["place_fn"]:
        assert _prf(tot["place_tp"], tot["place_fp"], tot["place_fn"]) >= place_bar, (name, tot)
