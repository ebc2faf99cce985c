#!/usr/bin/env python3
"""Self-check of notes32/gold.jsonl (standard library only).

Adapted from notes31's selfcheck.py (itself adapted from notes30's and the earlier sets'). It

1. turns every gold figure into a prediction record and every gold place and optional place
   into a place record, scores that prediction with /work/shared/eval/score.py, and fails
   unless figures F1, places F1 and every figure attribute accuracy are 1.0;
2. fails when a document has two gold figures with the same (type, category, count), which
   the scorer would merge into one, or two gold places that round to the same point (the
   scorer keeps one prediction per point);
3. fails unless every evidence string (figures and optional figures) occurs verbatim in its
   text, every text has gold and vice versa, every text starts with "Published YYYY-MM-DD",
   a blank line and the note, that date equals the gold's "published", and every figure is
   well formed (known qualifier and category, a place with coordinates, a date not after
   publication); the publication and every figure date lie in 2035-2038; the latest day-dated
   figure of a note lies 0-7 days before publication; every note is SHORT: 1-6 sentences
   (SENTENCE_RE, header lines without final punctuation left out) and 40-110 words (the
   publication line left out); every note has at least one scored figure, except the
   look-alike negatives (file names with "_neg_"), which must have none, no optional figure
   either, and exactly 8 of them, one of each kind in NEG_KINDS; the 42 attack notes cover at
   least 35 countries (DOC_COUNTRY) and every area in AREAS (Africa, Asia, Middle East, Latin
   America, Europe); at least MIN_ACLED notes are ACLED-style ("_acled" in the file name, a
   note opening "On <day> <Month> <year>," with a bracketed location);
4. fails when a gold place of this set (a name or alias; optional places, which are
   adjectives such as "Ukrainian", are exempt) is one of the SITES of notes31's selfcheck
   lists, or of notes31 itself: notes31's gold places, optional places and aliases and the
   place(s) column of its README tables (read from notes31 when it is found, and always from
   the frozen copy NOTES31_GOLD_KNOWN), the names notes31's README gives as "first choices
   taken" (NOTES31_README_USED), and, kept from notes31's check, NOTES30_README_USED ...
   NOTES27_README_USED, NOTES25_KNOWN ... NOTES28_KNOWN and notes22's EXTRA_FORBIDDEN;
   compared after dropping generic words such as "region", "province", "district",
   "village"; and when a place name is used by two notes of this set. Country names
   (COUNTRIES) are exempt from both: countries may be reused.
   notes16-24, notes29 and notes30 are read (gold places and optional places, README tables)
   only when a copy is found outside /work/templates; this set's brief allows opening no
   template folder but notes31 (BESIDE_ALLOWED), so otherwise a note is printed and those
   sets count only through the lists above.

    python3 selfcheck.py
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
TEXTS = os.path.join(HERE, "texts")
PREFIX = "n32_"
SCORER_CANDIDATES = [
    os.path.join(HERE, "..", "shared", "eval", "score.py"),
    os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"),
    "/work/shared/eval/score.py",
]
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
# the shared README's casualty and weapon categories, plus "abducted" (kidnapped / abducted
# people, an ACLED event type), as in notes28 and notes29
CATEGORIES = {"killed", "injured", "hospitalized", "missing", "rescued", "abducted",
              "drone", "missile", "ballistic_missile", "cruise_missile", "glide_bomb", "rocket",
              "artillery"}
N_TEXTS = 50
MIN_NEGATIVES = MAX_NEGATIVES = 8  # look-alike notes without figures ("_neg_" in the file name)
# the kinds of look-alike negatives of this set, one each (a word of the file name), none of
# them a kind of notes31 (gas, lightning, stocks, hunting, drowning, dog, wrestling, collapse)
# or of notes30 (mining, bus, film, cyber, shark, stampede, exam, lecture): wildfire, train
# derailment, fireworks explosion, poultry cull, chess "battle", crocodile attack, avalanche,
# defused Second World War bomb (ordnance)
NEG_KINDS = {"wildfire", "derailment", "fireworks", "cull", "chess", "crocodile", "avalanche",
             "ordnance"}
MIN_COUNTRIES = 35  # countries of the 42 attack notes (this set's brief)
MIN_ACLED = 20  # ACLED-style notes, "_acled" in the file name (this set's brief)
YEARS = ("2035", "2036", "2037", "2038")  # publication and event years (this set's brief)
MIN_GAP, MAX_GAP = 0, 7  # days from the latest dated figure to publication
MIN_WORDS, MAX_WORDS = 40, 110  # words of a note, the publication line left out ("SHORT")
MIN_SENTENCES, MAX_SENTENCES = 1, 6
# a sentence ends with . ! or ? (optionally followed by a closing quote or bracket) before
# white space or the end; header lines (no final punctuation) are left out
SENTENCE_RE = re.compile(r"[.!?][\"'\u201d)]?(?=\s|$)")

# where the earlier sets' gold and READMEs are: in /work, or beside this set; /work is looked at
# first. When this set lies in /work/templates, the only folder beside it that may be read is
# notes31 (BESIDE_ALLOWED), so that the check reads no other template folder; when it lies
# elsewhere, notes31 is also looked for in NOTES31_FALLBACK (and nothing else under /work/templates)
OTHER_SETS = ["/work", os.path.join(HERE, "..")]
BESIDE_ALLOWED = {"notes31"}
NOTES31_FALLBACK = "/work/templates/notes31"
# notes25, notes26, notes27 and notes28 are in /work/templates only and may not be read from
# there; when no copy is found in /work, the names known from notes26's-29's READMEs stand in
NOTES25_KNOWN = {"bourem", "moissala", "zuwara"}
NOTES26_KNOWN = {"koro", "kotovsk", "kongolo", "nizhyn", "coyuca", "coyuca benitez",
                 "coyuca catalan"}
# notes28's README: its test injections Markala (a notes27 gold place) and Konotop district (a
# notes27 README-table place), and the three notes27 texts it read (Wukari, Konotop; the
# Guatemala negative names a country)
NOTES27_KNOWN = {"markala", "konotop", "wukari"}
# notes29's README: the three notes28 texts it read (Tougan, Kolokani, Bankilaré); notes28's gold
# lies in /work/templates/notes28, which this set's brief forbids opening
NOTES28_KNOWN = {"tougan", "kolokani", "bankilare"}
# names that notes29's README ("Many first choices were taken and were replaced" and the regional
# names it leaves unnamed because they are taken) gives as used by an earlier set (notes16-28)
NOTES29_README_USED = {
    "addis ababa", "al bayda", "al dhale", "al mayadin", "altamira", "amhara", "amman",
    "antioquia", "arbinda", "ataq", "babanusa", "baidoa", "balochistan", "bamenda", "bandiagara",
    "banikoara", "bankass", "bhamo", "bocaranga", "bor", "bozoum", "buea", "celaya", "chaibasa",
    "chiure", "choloma", "churachandpur", "croix des bouquets", "culiacan", "dantewada",
    "dapaong", "daraa", "debre tabor", "dedougou", "deir ez zor", "dhusamareb", "dibate",
    "diyala", "douentza", "el fasher", "esmeraldas", "faskari", "fresnillo", "frontera comalapa",
    "galkayo", "gorom gorom", "gressier", "hamrin", "hat yai", "herat", "islamabad", "ituango",
    "jasim", "jharkhand", "juba", "kaga bandoro", "kalat", "kanyabayonga", "kaya", "kfar kila",
    "khanaqin", "khartoum", "khost", "khyber pakhtunkhwa", "kousseri", "koza", "kulachi", "kumba",
    "kutum", "lakes", "las navas", "madaya", "makurdi", "malanville", "mamfe", "mandouri",
    "manipur", "manta", "maradi", "marib", "marjayoun", "marsabit", "mastung", "menaka", "mezam",
    "michoacan", "montepuez", "mopti", "muqdadiyah", "myitkyina", "naqoura", "ndop", "nkambe",
    "norte santander", "north kordofan", "north west", "nyala", "ouest", "palmyra", "panjgur",
    "parachinar", "peshawar", "pibor", "port sudan", "qalqilya", "ranchi", "sabon birni", "sake",
    "saravan", "segou", "shan", "sistan baluchestan", "sumisip", "tahoua", "tambura", "tame",
    "tammun", "tera", "tikrit", "tillaberi", "tonj", "tulkarm", "tyre", "uvira", "wana", "warrap",
    "west bank", "zahedan",
}
# names that notes27's README gives as used by an earlier set (kept from notes28's check)
NOTES27_README_USED = {
    "tenenkou", "sebba", "dori", "ouallam", "kajuru", "kaduna", "batibo", "bamenda", "bol",
    "singa", "tonj", "debre markos", "beledweyne", "mpeketoni", "lamu", "bunia", "beni",
    "kalemie", "tripoli", "gharyan", "nabatieh", "idlib", "samarra", "mocha", "shostka", "sumy",
    "bryansk", "kursk", "saravan", "zahedan", "bannu", "kotli", "rajouri", "churachandpur",
    "kyauktaw", "sittwe", "butig", "marawi", "timika", "popayan", "tumaco", "aguililla",
    "apatzingan", "duran", "mirebalais", "cox s bazar", "gori", "tbilisi",
    "segou", "mopti", "diffa", "hiiraan", "blue nile", "lakes", "amhara", "tanganyika",
    "galilee", "gaza", "salahuddin", "sistan and baluchestan", "chhattisgarh", "rakhine",
    "karenni", "cauca", "guerrero", "papua", "gambia",
}
# names that notes28's README ("Many first choices were already used and were replaced" and
# "Regional names that are taken") gives as used by an earlier set (notes16-27)
NOTES28_README_USED = {
    "abala", "abeche", "abha", "abyan", "afgooye", "aleppo", "apure", "arauca", "artibonite",
    "aweil", "baga sola", "baghdad", "balochistan", "bambari", "bandarban", "bangui",
    "banibangou", "batken", "bawku", "belgorod", "bijapur", "bint jbeil", "bogota", "borno",
    "butembo", "cabaret", "cabo delgado", "chittagong", "cotabato", "datu piang", "dessie",
    "dhaka", "dikwa", "dilling", "dnipropetrovsk", "dodoma", "donetsk", "eilat", "el obeid",
    "elwak", "erbil", "falam", "galle", "garissa", "gaza", "gimbi", "goma", "guasdualito",
    "gulf aden", "gusau", "gwoza", "harib", "hebron", "hodeidah", "hpakant", "ituri", "izmail",
    "jalalabad", "jammu", "jammu and kashmir", "jamundi", "jenin", "jermuk", "jizan", "jowhar",
    "kabul", "kadugli", "kapan", "karamoja", "karimama", "kasese", "kashmir", "kayna",
    "kenscoff", "kharkiv", "khiam", "khyber pakhtunkhwa", "kimbiri", "kirkuk", "kirumba",
    "kiryat shmona", "kishtwar", "kismayo", "kolofata", "kosti", "kotido", "krasnodar",
    "kremenchuk", "kumbo", "kunduz", "kursk", "kyiv", "lakki marwat", "lalibela", "lashio",
    "leer", "lima", "llochegua", "lower shabelle", "lubero", "macomia", "maguindanao",
    "malakal", "manbij", "mandera", "michoacan", "middle shabelle", "mogadishu", "mokolo",
    "mora", "mueda", "nablus", "nahariya", "nairobi", "nara", "narathiwat", "ndele", "nekemte",
    "niamey", "nikopol", "niono", "north kivu", "north wollo", "nouna", "ochakiv", "oromia",
    "palma", "paoua", "patikul", "pattani", "pavlohrad", "pichari", "poltava", "port au prince",
    "quetta", "raqqa", "red sea", "rio janeiro", "rostov", "rueso", "rutshuru", "saada",
    "sagaing", "saint marc", "santiago", "sao goncalo", "sderot", "sennar", "shan",
    "shebekino", "sinjar", "sotk", "south kivu", "sukma", "sumy", "syunik", "taiz", "tak bai",
    "tanguieta", "tank", "tepalcatepec", "tera", "tibu", "tigray", "tillia", "titao", "torodi",
    "tubas", "turbat", "tyre", "uruapan", "voronezh", "wajir", "west bank", "yala", "yei",
    "zamfara", "zaporizhzhia", "zurmi",
}
# names that notes30's README ("Many first choices were taken and were replaced" and the regional
# names it leaves unnamed because they are taken) gives as used by an earlier set; compared with core()
NOTES30_README_USED = [
    'Abyan', 'Afgooye', 'Alibori', 'Altamira', 'Amhara', 'Ancuabe', 'Arcahaie', 'Artibonite',
    'Atacora', 'Bahia', 'Barsalogho', 'Basilan', 'Benue', 'Bulo Burte', 'Bundibugyo', 'Cabaret',
    'Cairo', 'Calamar', 'Caquetá', 'Central Papua', 'Cherkasy', 'Chernihiv', 'Chhattisgarh',
    'Chiapas', 'Danko Wasagu', 'Darfur', 'Djibo', 'Djugu', 'Dnipro', 'East Gojjam', 'El Oro',
    'Far North', 'Filingué', 'Galilee', 'Gambela', 'Guanajuato', 'Guaviare', 'Guayas',
    'Haut-Mbomou', 'Intan Jaya', 'Ituri', 'Jonglei', 'Karamoja', 'Karimama', 'Katsina', 'Kayes',
    'Kebbi', 'Kherson', 'Khmelnytskyi', 'Khorasan', 'Khyber', 'Khyber Pakhtunkhwa', 'Kisumu',
    'Kongoussi', 'Kropyvnytskyi', 'Kryvyi Rih', 'Kurdistan', 'Kyiv', 'Kérou', 'Lipetsk',
    'Logone-et-Chari', 'Lower Shabelle', 'Machala', 'Macomia', 'Magway', 'Malkangiri', 'Maroua',
    'Metuge', 'Mocímboa', 'Mykolaiv', 'Nablus', 'Nairobi', 'Nampula', 'Nariño', 'Niassa',
    'Nineveh', 'North Wollo', 'Odesa', 'Oicha', 'Pará', 'Petit-Goâve', 'Pissila', 'Putumayo',
    'Raipur', 'Rangamati', 'Red Sea', 'Reynosa', 'Rivne', 'Safed', 'Sagaing', 'Salahuddin',
    'Sinaloa', 'Smila', 'Sugapa', 'Sulu', 'Suwayda', 'Tamaulipas', 'Tanguiéta', 'Tarmiyah',
    'Tuz Khurmatu', 'Uman', 'Vinnytsia', 'West Bank', 'Yala', 'Zacatecas', 'Zawiya', 'Zemio',
    'Zhytomyr',
]
# names notes22's selfcheck forbade beside the earlier sets' gold
EXTRA_FORBIDDEN = {"zaporizhzhia", "ghazni", "plateau", "kharkiv"}
# notes31's gold places, optional places and aliases and the place(s) column of its README
# tables, frozen (after core(), countries left out) when notes32 was written; notes31's files are
# read as well when found
NOTES31_GOLD_KNOWN = {
    "aarsal", "al hasaheisa", "al hasahisa", "al khalis", "al ladhiqiyah", "alkaleri", "arsal",
    "asosa", "assosa", "ba qubah", "babahoyo", "balakleya", "balakliia", "balakliya",
    "bani na im", "bani naim", "bani walid", "baquba", "baqubah", "bauchi", "bengali",
    "benishangul gumuz", "bergerac", "bhadarwah", "bhaderwah", "boa vista", "burmese", "caborca",
    "charikar", "constanta", "cornillon", "diourou", "doda", "dogondoutchi", "dordogne",
    "doutchi", "ersal", "french", "ganzourgou", "garba tula", "garbatulla", "gedo", "grimari",
    "hakkari", "hasaheisa", "heroica caborca", "himamaylan", "huanta", "indonesian", "ippy",
    "isfara", "isiolo", "israeli", "izium", "izum", "izyum", "jabal os saraj", "jabal saraj",
    "jabalussaraj", "jabla", "jablah", "jableh", "kampene", "kanem", "ke macina", "khalis",
    "khujand", "khuzdar", "koulpelogo", "kyrgyz", "latakia", "lattakia", "loga", "lugh", "luuq",
    "machiques", "machiques perija", "macina", "maga", "magwi", "mahabad", "mango", "mao", "mayo",
    "mayo danay", "meconta", "michurinsk", "mucajai", "mulia", "mwanza", "myingyan", "mzuzu",
    "namialo", "nokou", "northern ireland", "ocana", "oti", "ouargaye", "pajok", "parwan",
    "persian", "peruvian", "philippine", "pikine", "portuguese", "puncak jaya", "qui nhon",
    "quy nhon", "raojan", "raozan", "roraima", "rufa a", "rufa ah", "rufaa", "rumphi", "russian",
    "sansanne mango", "sardasht", "semdinli", "somali", "sonora", "spanish", "strabane", "syrian",
    "tajik", "tambov", "tarhouna", "tarhuna", "tarhunah", "techiman", "teorama", "thai",
    "thomazeau", "togolese", "tokyo", "turkish", "tyrone", "ugandan", "ukrainian", "vorukh",
    "vorukh enclave", "west azerbaijan", "yaring", "yatta", "yuksekova", "zinjibar", "zorgo",
    "zulia",
}
# names that notes31's README ("Many first choices were taken and were replaced") gives as used
NOTES31_README_USED = {
    "abalak", "an nahud", "ayacucho", "ayorou", "baalbek", "bambari", "batangafo", "catatumbo",
    "cinkasse", "dakar", "dembi dolo", "diapaga", "dushanbe", "eastern equatoria", "el tarra",
    "engels", "fada n gourma", "gadchiroli", "gayeri", "gezira", "hermel", "jalisco",
    "kabankalan", "kabo", "kano", "karachi", "kramatorsk", "krasnodar", "kupwara", "lac", "lima",
    "llochegua", "los rios", "maharashtra", "mandalay", "maniema", "masisi", "mayo tsanaga",
    "minna", "misrata", "mombasa", "narayanpur", "negros occidental", "niafunke",
    "norte santander", "novorossiysk", "novoshakhtinsk", "ouaka", "pama", "pataz", "pokrovsk",
    "quevedo", "rask", "sabha", "sabon birni", "saratov", "sloviansk", "sokoto", "taganrog",
    "takum", "tandjouare", "taraba", "teocaltiche", "torit", "trujillo", "tuapse",
    "west kordofan", "western equatoria", "wukari", "yambio",
}
# country names (after core()) that may be reused from earlier sets and by several notes here
# (notes31's list plus the countries of notes32's negatives: Portugal, Norway, Australia and
# Switzerland)
COUNTRIES = {
    "burkina faso", "mali", "niger", "nigeria", "cameroon", "chad", "sudan", "south sudan",
    "somalia", "democratic republic congo", "dr congo", "drc", "congo", "mozambique",
    "central african republic", "car", "libya", "egypt", "yemen", "saudi arabia",
    "kingdom saudi arabia", "iraq", "syria", "lebanon", "israel", "palestine",
    "palestinian territories", "ukraine", "russia", "russian federation", "pakistan",
    "afghanistan", "india", "myanmar", "burma", "thailand", "philippines", "indonesia", "colombia",
    "mexico", "ecuador", "brazil", "haiti", "venezuela", "equatorial guinea", "kenya", "togo",
    "bangladesh", "estonia", "argentina", "south africa", "tanzania", "georgia", "sakartvelo",
    "chile", "belgium", "jordan", "ethiopia", "rwanda", "republic niger",
    "uganda", "benin", "burundi", "peru", "algeria", "armenia", "azerbaijan", "uzbekistan",
    "czech republic", "czechia", "nepal", "malawi", "italy", "sri lanka", "kazakhstan", "morocco",
    "france", "austria",
    "tajikistan", "kyrgyzstan", "senegal", "turkey", "turkiye", "ivory coast",
    "cote d ivoire", "papua new guinea", "png", "laos", "lao pdr", "bolivia", "poland", "lithuania",
    "germany", "zambia", "serbia", "croatia", "belarus", "bosnia and herzegovina", "bosnia",
    "dominican republic",
    "tunisia", "iran", "finland", "zimbabwe", "ghana", "japan", "vietnam", "viet nam",
    "angola", "mauritania", "guatemala", "slovakia",
    "madagascar",
    "honduras",  # added by notes29 (40)
    # added by notes30
    "kosovo", "spain", "netherlands", "ireland", "israel", "libya",
    # added by notes31
    "romania", "united kingdom",
    # added by notes32
    "portugal", "norway", "australia", "switzerland",
}
# the country (ISO code) of each note's main incident (or of a negative's story), and the area
# of each country that has an attack note; filled in with the notes (see README.md)
DOC_COUNTRY = {
    "01": "BF", "02": "ML", "03": "NE", "04": "NG", "05": "CM", "06": "TD", "07": "SD", "08": "SS",
    "09": "ET", "10": "SO", "11": "KE", "12": "CD", "13": "MZ", "14": "CF", "15": "BJ", "16": "UA",
    "17": "UA", "18": "RU", "19": "RU", "20": "SY", "21": "IQ", "22": "YE", "23": "PS", "24": "LB",
    "25": "PK", "26": "AF", "27": "IN", "28": "BD", "29": "MM", "30": "TH", "31": "PH", "32": "MX",
    "33": "CO", "34": "BR", "35": "HT", "36": "EC", "37": "HN", "38": "LY", "39": "IR", "40": "PE",
    "41": "NG", "42": "UG", "43": "PT", "44": "EG", "45": "MX", "46": "NL", "47": "NO", "48": "AU",
    "49": "CH", "50": "DE",
}
AREA = {
    "BF": "Africa", "ML": "Africa", "NE": "Africa", "NG": "Africa", "CM": "Africa",
    "TD": "Africa", "SD": "Africa", "SS": "Africa", "ET": "Africa", "SO": "Africa",
    "KE": "Africa", "CD": "Africa", "MZ": "Africa", "CF": "Africa", "BJ": "Africa",
    "LY": "Africa", "UG": "Africa",
    "SY": "Middle East", "IQ": "Middle East", "YE": "Middle East", "LB": "Middle East",
    "PS": "Middle East", "IR": "Middle East",
    "PK": "Asia", "AF": "Asia", "IN": "Asia", "MM": "Asia", "TH": "Asia", "PH": "Asia",
    "BD": "Asia",
    "CO": "Latin America", "MX": "Latin America", "BR": "Latin America", "HT": "Latin America",
    "EC": "Latin America", "HN": "Latin America", "PE": "Latin America",
    "UA": "Europe", "RU": "Europe",
}
AREAS = {"Africa", "Asia", "Middle East", "Latin America", "Europe"}
NOTES = []  # remarks printed after the result (they do not fail the check)
GENERIC = {"region", "province", "state", "oblast", "raion", "district", "city", "town",
           "township", "county", "governorate", "division", "department", "territory", "zone",
           "lga", "cercle", "commune", "upazila", "krai", "municipality", "prefecture", "regency",
           "village", "the", "of", "du", "de", "la", "le"}


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


def body_of(text):
    return "\n".join(text.split("\n")[2:])


def sentences(body):
    """Sentence ends in a note, header lines (no final . ! ?) left out."""
    n = 0
    for line in body.split("\n"):
        line = line.strip()
        if line:
            n += len(SENTENCE_RE.findall(line))
    return n


def check_texts_and_gold(gold, problems):
    names = {g["doc"] for g in gold}
    if len(names) != len(gold):
        problems.append("duplicate doc names in gold.jsonl")
    for g in gold:
        path = os.path.join(TEXTS, g["doc"])
        if not os.path.exists(path):
            problems.append(f"{g['doc']}: no such text in texts/")
            continue
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        m = re.fullmatch(r"Published (\d{4}-\d{2}-\d{2})", lines[0])
        if not m or len(lines) < 3 or lines[1] != "" or not lines[2].strip():
            problems.append(f"{g['doc']}: does not start with 'Published YYYY-MM-DD', a blank line and the note")
        elif m.group(1) != g.get("published"):
            problems.append(f"{g['doc']}: Published {m.group(1)} but gold says {g.get('published')}")
        if not str(g.get("published", "")).startswith(YEARS):
            problems.append(f"{g['doc']}: published {g.get('published')} not in {'-'.join(YEARS)}")
        pub = date.fromisoformat(g["published"])
        body = body_of(text)
        words = len(body.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{g['doc']}: {words} words (want {MIN_WORDS}-{MAX_WORDS})")
        ns = sentences(body)
        if not MIN_SENTENCES <= ns <= MAX_SENTENCES:
            problems.append(f"{g['doc']}: {ns} sentences (want {MIN_SENTENCES}-{MAX_SENTENCES})")
        negative = "_neg_" in g["doc"]
        if negative and (g.get("figures") or g.get("optional_figures")):
            problems.append(f"{g['doc']}: a negative note with figures or optional figures")
        if not negative and not g.get("figures"):
            problems.append(f"{g['doc']}: no scored figure")
        seen = {}
        day_dates = []
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
            elif f.get("event_date") and len(f["event_date"]) == 10:
                day_dates.append(date.fromisoformat(f["event_date"]))
            if f.get("event_date") and not f["event_date"].startswith(YEARS):
                problems.append(f"{g['doc']}: figure dated {f['event_date']} outside {'-'.join(YEARS)}")
            if f.get("qualifier") not in QUALIFIERS:
                problems.append(f"{g['doc']}: bad qualifier {f.get('qualifier')!r}")
            if f.get("category") not in CATEGORIES:
                problems.append(f"{g['doc']}: category {f.get('category')!r} outside the list")
            if f.get("event_date") and f["event_date"] > g.get("published", "9999"):
                problems.append(f"{g['doc']}: figure dated {f['event_date']} after publication")
        if day_dates and not MIN_GAP <= (pub - max(day_dates)).days <= MAX_GAP:
            problems.append(f"{g['doc']}: latest figure {max(day_dates)} not {MIN_GAP}-{MAX_GAP} days "
                            f"before publication {pub}")
        for f in g.get("optional_figures", []):
            if f.get("category") not in CATEGORIES | {"*"}:
                problems.append(f"{g['doc']}: optional category {f.get('category')!r} outside the list")
        for f in g.get("figures", []) + g.get("optional_figures", []):
            if f["evidence"] not in text:
                problems.append(f"{g['doc']}: evidence not verbatim in text: {f['evidence']!r}")
        points = {}
        for p in g.get("places", []) + g.get("optional_places", []):
            for k in ("name", "lat", "lon", "tol_km"):
                if k not in p:
                    problems.append(f"{g['doc']}: place without {k}: {p}")
            ll = (round(float(p["lat"]), 3), round(float(p["lon"]), 3))
            if ll in points:
                problems.append(f"{g['doc']}: places {points[ll]!r} and {p['name']!r} share a point")
            points[ll] = p["name"]
        for p in g.get("places", []):
            # a gold place is named in the text (by its name or an alias), accents ignored
            plain = core_words(text)
            if not any(core_words(n) and core_words(n) in plain for n in [p["name"]] + p.get("aliases", [])):
                problems.append(f"{g['doc']}: place {p['name']!r} not named in the text")
        if not g.get("places"):
            problems.append(f"{g['doc']}: no gold place")
    texts = [n for n in sorted(os.listdir(TEXTS)) if n.endswith(".txt")]
    for name in texts:
        if name not in names:
            problems.append(f"{name}: text without gold")
    if len(texts) != N_TEXTS:
        problems.append(f"{len(texts)} texts (want {N_TEXTS})")
    negatives = [n for n in names if "_neg_" in n]
    if not MIN_NEGATIVES <= len(negatives) <= MAX_NEGATIVES:
        problems.append(f"{len(negatives)} negative notes (want {MIN_NEGATIVES}-{MAX_NEGATIVES})")
    kinds = {k for n in negatives for k in NEG_KINDS if re.search(rf"_{k}(_|\.txt$)", n)}
    if kinds != NEG_KINDS:
        problems.append(f"negative kinds missing: {sorted(NEG_KINDS - kinds)}")
    countries, areas = set(), set()
    for n in names:
        m = re.match(PREFIX + r"(\d\d)_", n)
        if not m or m.group(1) not in DOC_COUNTRY:
            problems.append(f"{n}: no country in DOC_COUNTRY")
        elif "_neg_" not in n:
            countries.add(DOC_COUNTRY[m.group(1)])
            if DOC_COUNTRY[m.group(1)] not in AREA:
                problems.append(f"{n}: country {DOC_COUNTRY[m.group(1)]} without an area in AREA")
            else:
                areas.add(AREA[DOC_COUNTRY[m.group(1)]])
    if len(countries) < MIN_COUNTRIES:
        problems.append(f"{len(countries)} countries of attack notes (want at least {MIN_COUNTRIES})")
    if AREAS - areas:
        problems.append(f"attack notes miss the areas {sorted(AREAS - areas)}")
    if areas - AREAS:
        problems.append(f"unknown areas in AREA: {sorted(areas - AREAS)}")
    acled = 0
    for n in names:
        if "_acled" not in n or not os.path.exists(os.path.join(TEXTS, n)):
            continue
        body = body_of(open(os.path.join(TEXTS, n), encoding="utf-8").read())
        if re.match(r"On \d{1,2} [A-Z][a-z]+ 20\d\d, ", body) and re.search(r"\([^()]+\)", body):
            acled += 1
        else:
            problems.append(f"{n}: '_acled' note without the opening 'On <day> <Month> <year>,' "
                            "and a bracketed location")
    if acled < MIN_ACLED:
        problems.append(f"{acled} ACLED-style notes (want at least {MIN_ACLED})")


def core_words(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return " " + " ".join(w for w in re.split(r"[^a-z0-9]+", s) if w) + " "


def core(name):
    """A place name without accents, punctuation and generic words ("Kharkiv region" -> "kharkiv")."""
    s = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in GENERIC]
    return " ".join(words)


def find_other(rel):
    """An earlier set's file: in /work or beside this set; under /work/templates only notes31's."""
    here_parent = os.path.normpath(os.path.join(HERE, ".."))
    bases = list(OTHER_SETS)
    if rel.split(os.sep)[0] == "notes31":
        bases.append(os.path.dirname(NOTES31_FALLBACK))
    for base in bases:
        base = os.path.normpath(base)
        in_templates = os.path.basename(base) == "templates"
        if in_templates and rel.split(os.sep)[0] not in BESIDE_ALLOWED:
            continue
        p = os.path.normpath(os.path.join(base, rel))
        if os.path.exists(p):
            return p
    return None


def notes17_places(readme):
    """Names in the place(s) and country columns of notes17's README table."""
    out = set()
    prefix = re.compile(r"^(near|between|rural|edge of|outskirts of|western outskirts of|"
                        r"\d+ km (north|south|east|west) of)\s+", re.I)
    for line in open(readme, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not re.fullmatch(r"\d\d", cells[0]):
            continue
        for part in re.split(r"[,;]| and ", cells[2] + ";" + cells[3]):
            part = prefix.sub("", part.strip())
            part = prefix.sub("", part)
            if len(core(part)) > 2:
                out.add(core(part))
    return out


def table_places(readme, column):
    """Names in one column (index of the |-separated cells) of a README table whose rows start
    with a two-digit note number (the "place(s)" column is 3)."""
    out = set()
    prefix = re.compile(r"^(near|between|rural|edge of|outskirts of|around|sea off|"
                        r"(north|south|east|west)( / (north|south|east|west))? of|"
                        r"\d+ ?(km|nm) (north|south|east|west|north-east|north-west|south-east|south-west) of)\s+",
                        re.I)
    for line in open(readme, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not re.fullmatch(r"\d\d", cells[0]):
            continue
        for part in re.split(r"[,;]| and | near |–", cells[column].replace('"', "")):
            part = prefix.sub("", part.strip())
            part = prefix.sub("", part)
            if len(core(part)) > 2:
                out.add(core(part))
    return out


def used_places(problems):
    """core(name) -> where it was used before, for every forbidden name."""
    used = {}
    # notes31: its gold and README table when found, and always the frozen copy and README list
    g31 = find_other(os.path.join("notes31", "gold.jsonl"))
    r31 = find_other(os.path.join("notes31", "README.md"))
    if g31 is not None:
        for g in load_jsonl(g31):
            for p in g.get("places", []) + g.get("optional_places", []):
                for n in [p["name"]] + p.get("aliases", []):
                    if core(n) not in COUNTRIES:
                        used.setdefault(core(n), f"notes31 {g['doc']}")
    else:
        NOTES.append("notes31's gold not found: its places checked through NOTES31_GOLD_KNOWN")
    if r31 is not None:
        for n in table_places(r31, 3):
            if n not in COUNTRIES:
                used.setdefault(n, "notes31 README")
    for n in NOTES31_GOLD_KNOWN:
        used.setdefault(n, "notes31 (NOTES31_GOLD_KNOWN)")
    for n in NOTES31_README_USED:
        used.setdefault(n, "an earlier set (named in notes31's README)")
    # the lists kept in notes31's selfcheck
    for n, known, source in ((25, NOTES25_KNOWN, "named in notes26's README"),
                             (26, NOTES26_KNOWN, "named in notes27's README"),
                             (27, NOTES27_KNOWN, "named in notes28's README"),
                             (28, NOTES28_KNOWN, "named in notes29's README")):
        for name in known:
            used.setdefault(name, f"notes{n} ({source})")
    for n in EXTRA_FORBIDDEN:
        used.setdefault(n, "notes22 selfcheck")
    for n in NOTES27_README_USED:
        used.setdefault(n, "an earlier set (named in notes27's README)")
    for n in NOTES28_README_USED:
        used.setdefault(n, "an earlier set (named in notes28's README)")
    for n in NOTES29_README_USED:
        used.setdefault(n, "an earlier set (named in notes29's README)")
    for n in NOTES30_README_USED:
        used.setdefault(core(n), "an earlier set (named in notes30's README)")
    # the earlier sets themselves, read only where a copy lies outside /work/templates
    missing = []
    for n in (16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30):
        g = find_other(os.path.join(f"notes{n}", "gold.jsonl"))
        r = find_other(os.path.join(f"notes{n}", "README.md"))
        if g is None and r is None:
            missing.append(f"notes{n}")
            continue
        if g is not None:
            for d in load_jsonl(g):
                for p in d.get("places", []) + d.get("optional_places", []):
                    for name in [p["name"]] + p.get("aliases", []):
                        if core(name) not in COUNTRIES:
                            used.setdefault(core(name), f"notes{n} {d['doc']}")
        if r is not None:
            names = notes17_places(r) if n == 17 else table_places(r, 3)
            for name in names:
                if name not in COUNTRIES:
                    used.setdefault(name, f"notes{n} README")
    if missing:
        NOTES.append(", ".join(missing) + " not found outside /work/templates: their places are "
                     "checked only through notes31's lists (NOTES25_KNOWN ... NOTES30_README_USED, "
                     "EXTRA_FORBIDDEN) and notes31's own names")
    return used


def check_places_not_reused(gold, problems):
    used = used_places(problems)
    if not used:
        return
    mine = {}
    for g in gold:
        for p in g.get("places", []):
            if core(p["name"]) in COUNTRIES:
                continue
            for n in [p["name"]] + p.get("aliases", []):
                c = core(n)
                if c in used:
                    problems.append(f"{g['doc']}: place {n!r} already used in {used[c]}")
            c = core(p["name"])
            if c in mine and mine[c] != g["doc"]:
                problems.append(f"{g['doc']}: place {p['name']!r} also used in {mine[c]}")
            mine.setdefault(c, g["doc"])


def main():
    gold = load_jsonl(GOLD)
    problems = []
    check_texts_and_gold(gold, problems)
    check_places_not_reused(gold, problems)

    scorer = next((p for p in SCORER_CANDIDATES if os.path.exists(p)), None)
    if scorer is None:
        sys.exit("FAIL scorer score.py not found")
    # the throw-away prediction is written beside this script (not to /tmp) and removed after
    fd, pred_path = tempfile.mkstemp(prefix=".notes32_selfcheck_", suffix=".jsonl", dir=HERE)
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
            + " ".join(f"{k} {v}" for k, v in attrs.items()))
    if problems:
        print("selfcheck FAILED: " + line)
        for p in problems:
            print("  - " + p)
        for n in NOTES:
            print("  note: " + n)
        sys.exit(1)
    print("selfcheck OK: " + line)
    for n in NOTES:
        print("  note: " + n)


if __name__ == "__main__":
    main()
