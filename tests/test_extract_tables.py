"""Casualty tables of situation reports: each count a figure of its column, at its row's place."""
from dashboard.documents import load_bytes
from dashboard.extract import extract_document
from dashboard.extract.lexicon import load
from dashboard.extract.tables import table_cells
from dashboard.extract.text import sentences

REPORT = """RELIEF FORUM
Dnipropetrovsk Oblast: Situation Report No. 17
Reporting period: 26 April - 2 May 2026 | Published: 4 May 2026

HIGHLIGHTS
The strike on Pavlohrad on 26 April killed 11 civilians. Two residents who had been missing were found dead under the rubble on 30 April.

Civilian casualties by district (raion):

District (raion)        killed   injured
Pavlohrad raion            13        45
Nikopol raion               1         9
Synelnykove raion           \u2013         6
Oblast total               19        80

Partners distributed 2,300 kits in 14 villages.
"""


def test_a_table_of_casualties_by_district():
    doc = load_bytes("r.txt", REPORT.encode())
    assert str(doc.published) == "2026-05-04"
    got = [(r.category, r.count, r.date, r.place, r.scope) for r in extract_document(doc) if r.type == "casualty"]
    assert got == [("killed", 11, "2026-04-26", "Pavlohrad", "event"), ("killed", 2, "2026-04-26", "Pavlohrad", "event"),
                   ("killed", 13, None, "Pavlohrad Raion", "war"), ("injured", 45, None, "Pavlohrad Raion", "war"),
                   ("killed", 1, None, "Nikopol Raion", "war"), ("injured", 9, None, "Nikopol Raion", "war"),
                   ("injured", 6, None, "Synelnykove Raion", "war"),
                   ("killed", 19, None, "Dnipropetrovsk Oblast", "war"), ("injured", 80, None, "Dnipropetrovsk Oblast", "war")]


def test_only_a_header_of_casualty_words_opens_a_table():
    text = "Item        price   stock\nBread          3      45\n\nName   killed\nA town   12 people\n"
    assert table_cells(sentences(text), load()) == {}


def test_key_figures_with_leader_dots_and_indented_parts():
    from extract_helpers import keys
    text = ("KEY FIGURES (local authorities, as of 22 April)\n  People killed ........................... 14\n"
            "    security forces ........................ 9\n    civilians .............................. 5\n"
            "  People injured .......................... 23\n  Admitted to CHR Bouna ................... 10\n"
            "  Reported missing ......................... 3\n  Found alive since 20 April ............... 2\n"
            "  Newly displaced (estimate) ........... 3,100\n")
    assert keys(text) == {("casualty", "killed", 14, "exact"), ("casualty", "killed", 9, "exact"),
                          ("casualty", "killed", 5, "exact"), ("casualty", "injured", 23, "exact"),
                          ("casualty", "hospitalized", 10, "exact"), ("casualty", "missing", 3, "exact"),
                          ("casualty", "rescued", 2, "exact")}


def test_a_died_in_hospital_column_counts_deaths():
    from extract_helpers import keys
    text = ("The shelling of the district injured 27 people.\n\nMedical facility          Admitted   Still in hospital   "
            "Died in hospital\nBatken Regional Hospital        18            9                  2\n")
    assert ("casualty", "killed", 2, "exact") in keys(text) and ("casualty", "hospitalized", 2, "exact") not in keys(text)


def test_an_air_forces_table_of_launched_and_downed_weapons():
    # stop 29 (blind33): "Type | Launched | Downed or suppressed" under a night's attack
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    text = ("Russia launched 468 drones and 52 missiles against Ukraine overnight, the Air Force said.\n\n"
            "Type                                  | Launched | Downed or suppressed\n"
            "Shahed-type attack drones and decoys  | 468      | 421\n"
            "Kh-101 cruise missiles                | 31       | 27\n"
            "Iskander-M ballistic missiles         | 9        | 3\n")
    recs = [r for r in extract_document(load_bytes("t.txt", text.encode())) if r.type == "weapon"]
    rows = {(r.category, r.count, r.role, r.model) for r in recs if "|" in r.sentence}
    assert rows == {("drone", 468, "launched", "Shahed-136"), ("drone", 421, "shot_down", "Shahed-136"),
                    ("cruise_missile", 31, "launched", "Kh-101"), ("cruise_missile", 27, "shot_down", "Kh-101"),
                    ("ballistic_missile", 9, "launched", "Iskander-M"), ("ballistic_missile", 3, "shot_down", "Iskander-M")}
