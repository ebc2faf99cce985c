"""dashboard.gazetteer: find, lookup, reverse on real article wording (no network)."""
import pytest

from dashboard.gazetteer import Geocode, PlaceMention, get_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def places(gaz, text, adjectives=False):
    return [(m.surface, m.geocode.name, m.geocode.precision) for m in gaz.find(text)
            if adjectives or not m.adjective]


def test_district_of_a_city_gives_two_mentions(gaz):
    text = "The bulk of the destruction occurred in Kyiv's Sviatoshinsky district, residents said."
    found = gaz.find(text)
    assert [(m.surface, m.geocode.name, m.geocode.precision) for m in found] == [
        ("Kyiv", "Kyiv", "city"),
        ("Sviatoshinsky district", "Sviatoshynskyi district", "district")]
    for m in found:
        assert isinstance(m, PlaceMention) and isinstance(m.geocode, Geocode)
        assert m.surface == text[m.start:m.end]
    district = found[1].geocode
    assert district.parent == "Kyiv" and district.country == "UA"
    assert abs(district.lat - 50.45) < 0.05 and abs(district.lon - 30.37) < 0.05


@pytest.mark.parametrize("spelling, name", [
    ("Kiev", "Kyiv"), ("KYIV", "Kyiv"), ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"),
    ("Nikolaev", "Mykolaiv"), ("Krivoy Rog", "Kryvyi Rih"), ("Dnepr", "Dnipro"),
    ("Svyatoshynskyi district", "Sviatoshynskyi district"), ("Sviatoshynskyi", "Sviatoshynskyi district"),
    ("Zaporozhye", "Zaporizhzhia"), ("Sana'a", "Sanaa"), ("Al Hudaydah", "Hodeidah"),
])
def test_spellings_resolve_to_one_english_name(gaz, spelling, name):
    g = gaz.lookup(spelling)
    assert g is not None and g.name == name


def test_odessa_is_in_ukraine_not_texas(gaz):
    assert gaz.lookup("Odessa").country == "UA"
    assert [m.geocode.country for m in gaz.find("Russian drones hit Odessa overnight.")
            if not m.adjective] == ["UA"]


@pytest.mark.parametrize("text, name, precision", [
    ("Shelling was reported in the Sumy region.", "Sumy Oblast", "region"),
    ("Drones struck the Sumy oblast again.", "Sumy Oblast", "region"),
    ("Attacks continued in Kharkiv region overnight.", "Kharkiv Oblast", "region"),
    ("Air defences worked over the Moscow region.", "Moscow Oblast", "region"),
    ("Moscow denied the claim.", "Moscow", "city"),
    ("The strikes hit the port, in the province of Hodeidah, on Thursday.", "Hodeidah governorate", "region"),
])
def test_region_forms(gaz, text, name, precision):
    assert [(n, p) for _, n, p in places(gaz, text)] == [(name, precision)]


def test_listed_regions_share_the_plural_type_word(gaz):
    text = "Drones were downed over the Moscow, Bryansk, Oryol and Kursk regions."
    assert [n for _, n, _ in places(gaz, text)] == [
        "Moscow Oblast", "Bryansk Oblast", "Oryol Oblast", "Kursk Oblast"]


def test_ambiguous_district_follows_the_city_of_the_article(gaz):
    kharkiv = "Two bombs hit Kharkiv. The store, in the city's Kyivskyi district, burned."
    odesa = "Drones hit Odesa. In the Kyivskyi district of the city a house burned."
    kd = [m.geocode for m in gaz.find(kharkiv) if m.geocode.precision == "district"][0]
    od = [m.geocode for m in gaz.find(odesa) if m.geocode.precision == "district"][0]
    assert (kd.parent, od.parent) == ("Kharkiv", "Odesa")
    assert kd.lat > 49.5 and od.lat < 47


def test_context_picks_the_namesake(gaz):
    israel = "Iran fired missiles at Israel. A girl near Arad was wounded."
    romania = "Floods hit western Romania, including the city of Arad."
    arad = lambda t: [m.geocode.country for m in gaz.find(t) if m.surface == "Arad"]  # noqa: E731
    assert arad(israel) == ["IL"] and arad(romania) == ["RO"]
    dc = "NATO Secretary-General Mark Rutte, after meeting with Trump in Washington, spoke."
    assert [(n, round(gaz.lookup("Washington").lat)) for _, n, _ in places(gaz, dc)] == [("Washington", 39)]


@pytest.mark.parametrize("text", [
    "Bar owners said prices rose.", "Mark Rutte met Donald Trump.", "Nice weather helped rescuers.",
    "Most residents fled.", "Will it stop?", "Sale of fuel was halted.", "Split views remained.",
    "Mobile networks were down.", "Reading the report, he paused.", "Bath time.", "Deal or no deal.",
    "March saw more attacks.", "May brought rain.", "Independence Day was cancelled.",
    "Police said the toll rose.", "Let's get the Peace Deal done, Trump wrote on Truth Social.",
    "Vladimir Putin spoke to Xi Jinping. Later, Vladimir said nothing.",
    "They fired Iskander-M and Kinzhal missiles and Shahed drones; Hamas and the Houthis cheered.",
])
def test_ordinary_words_and_people_are_not_places(gaz, text):
    assert places(gaz, text) == []


def test_demonyms_are_adjectives(gaz):
    found = gaz.find("Russians employed a North Korean-made missile, Ukrainian officials said.")
    assert [(m.surface, m.geocode.name, m.adjective) for m in found] == [
        ("Russians", "Russia", True), ("North Korean", "North Korea", True),
        ("Ukrainian", "Ukraine", True)]


def test_country_place_made_is_an_origin(gaz):
    (m,) = gaz.find("an Iran-made drone")
    assert m.geocode.name == "Iran" and m.adjective


def test_countries_are_countries_with_centroids(gaz):
    found = places(gaz, "Ukraine asked the United States, Britain and the U.S. for help.")
    assert [n for _, n, _ in found] == ["Ukraine", "United States", "United Kingdom", "United States"]
    ua = gaz.lookup("Ukraine")
    assert ua.precision == "country" and ua.gazetteer_id == "cc:UA" and ua.admin1 is None
    assert (ua.lat, ua.lon) != (gaz.lookup("Kyiv").lat, gaz.lookup("Kyiv").lon)


def test_geocode_carries_hierarchy(gaz):
    g = gaz.lookup("Kharkiv")
    assert (g.country, g.admin1, g.precision, g.kind) == ("UA", "Kharkiv Oblast", "city", "city")
    assert g.gazetteer_id.startswith("gn:") and g.population > 1_000_000
    s = gaz.lookup("Sumy region")
    assert (s.precision, s.admin1, s.gazetteer_id) == ("region", "Sumy Oblast", "cur:ua-sumy-oblast")


def test_lookup_with_context_countries(gaz):
    assert gaz.lookup("Geneva").country == "CH"
    assert gaz.lookup("Moscow", countries=("US",)).country == "RU"  # 10 M beats 25 k in Idaho
    assert gaz.lookup("Nowhere-in-particular") is None
    assert gaz.lookup("") is None


def test_reverse(gaz):
    assert gaz.reverse(50.45, 30.52) == ("Kyiv", "UA")
    assert gaz.reverse(49.98, 36.25) == ("Kharkiv Oblast", "UA")
    assert gaz.reverse(50.6, 36.58) == ("Belgorod Oblast", "RU")
    assert gaz.reverse(0.0, -30.0) == (None, None)  # mid-Atlantic


def test_other_wars(gaz):
    text = ("KHARTOUM — Drones hit Port Sudan, while fighting went on in El Fasher, the capital of "
            "North Darfur, and around the Zamzam camp. In Gaza, strikes hit Khan Younis and the "
            "Nuseirat refugee camp. Myanmar's junta bombed villages in Sagaing Region.")
    assert [n for _, n, _ in places(gaz, text)] == [
        "Khartoum", "Port Sudan", "El Fasher", "North Darfur", "Zamzam camp", "Gaza Strip",
        "Khan Younis", "Nuseirat refugee camp", "Myanmar", "Sagaing Region"]


def test_mentions_are_in_text_order_and_do_not_overlap(gaz):
    text = open_sample()
    found = gaz.find(text)
    assert found
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    assert all(m.surface == text[m.start:m.end] for m in found)


def open_sample():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "assets" / "sample"
    return sorted(root.glob("*.txt"))[0].read_text(encoding="utf-8")


def test_a_persons_name_does_not_erase_the_country(gaz):
    text = "Defence Minister Israel Katz said Israel would strike again."
    assert [(m.surface, m.start) for m in gaz.find(text)] == [("Israel", text.rindex("Israel"))]


def test_seas_ships_and_documents_are_not_towns(gaz):
    text = ("Ships in the Gulf of Aden were warned. The USS Harry S. Truman sailed. "
            "The Paris Agreement was cited.")
    assert places(gaz, text) == []


def test_continents_and_world_regions(gaz):
    text = "Europe and the Middle East braced for more refugees from the Sahel."
    assert [(n, p) for _, n, p in places(gaz, text)] == [
        ("Europe", "region"), ("Middle East", "region"), ("Sahel", "region")]


def test_lookup_forgives_a_typo_but_not_nonsense(gaz):
    assert gaz.lookup("Hodeidah provnce").name == "Hodeidah governorate"
    assert gaz.lookup("Mykolaivv").name == "Mykolaiv"
    assert gaz.lookup("Qwertyuiop") is None


def test_abbreviated_saint(gaz):
    assert [n for _, n, _ in places(gaz, "Drones hit St. Petersburg.")] == ["Saint Petersburg"]


def test_an_ambiguous_big_city_does_not_set_the_context(gaz):
    found = gaz.find("Floods in Valencia: the town of Paiporta was hit hardest, Spain said.")
    assert [(m.surface, m.geocode.country) for m in found] == [
        ("Valencia", "ES"), ("Paiporta", "ES"), ("Spain", "ES")]


def test_clubs_and_streets_named_after_places(gaz):
    text = ("Paris Saint-Germain lost to Bayern Munich. In California, Santa Monica and Sunset "
            "Boulevard were closed.")
    assert [n for _, n, _ in places(gaz, text)] == ["California", "Santa Monica"]


def test_headline_and_byline(gaz):
    text = ("Sumy Mourns 35 Dead After Russian Missile Strike\nBy John Lincoln and Mary Preston\n\n"
            "A missile hit Sumy on Sunday.")
    assert [(m.surface, m.geocode.name, m.adjective) for m in gaz.find(text)] == [
        ("Sumy", "Sumy", False), ("Russian", "Russia", True), ("Sumy", "Sumy", False)]


def test_arabic_article_inside_a_name_in_any_spelling():
    from dashboard.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    a = gaz.lookup("Jisr al-Shughur")
    b = gaz.lookup("Jisr ash-Shughur")
    assert a is not None and a == b and a.country == "SY"
    found = [m.geocode.gazetteer_id for m in gaz.find("Warplanes struck a market in Jisr al-Shughur on Sunday.")]
    assert found == [a.gazetteer_id]


def _where(gaz, text):
    return [(m.surface, m.geocode.name, m.geocode.country) for m in gaz.find(text)]


def test_a_bare_name_in_a_qualifiers_slot_reads_as_its_unit(gaz):
    # "(village, Soum)": the province of Burkina Faso, not the Senegalese town Soum
    found = _where(gaz, "Militants ambushed a patrol near Kaboura (Kaboura, Soum) on Friday.")
    assert ("Soum", "Soum Province", "BF") in found
    # "in <unknown village>, Samburu": Samburu County, not the small coastal town Samburu
    assert ("Samburu", "Samburu County", "KE") in _where(gaz, "Raiders struck cattle near Lmomo, Samburu at dawn.")
    # a county seat in its own county keeps its town reading; so does a big city
    assert ("Wajir", "Wajir", "KE") in _where(gaz, "Gunmen hit a camp at Dabel, Wajir in the morning.")
    assert ("Kharkiv", "Kharkiv", "UA") in _where(gaz, "Shelling hit homes in Kupiansk, Kharkiv on Monday.")


def test_a_district_after_an_unknown_village_is_kept(gaz):
    # "in <unknown>, North Waziristan": the district says where, though no country is named
    found = _where(gaz, "Jets pounded hideouts in Gharlamai, North Waziristan overnight.")
    assert ("North Waziristan", "North Waziristan District", "PK") in found


def test_namesake_district_in_the_state_the_text_names(gaz):
    # a state named by its bare name says which of two states' "Bijapur district"s is meant
    text = "A Chhattisgarh police jawan was hurt by a mine in the state's remote Bijapur district."
    bij = [m for m in gaz.find(text) if m.surface.startswith("Bijapur")]
    assert bij and bij[0].geocode.admin1 == "Chhattisgarh"


def test_a_list_after_a_locative_is_no_qualifier(gaz):
    found = _where(gaz, "He fought wars in Chechnya, Georgia and Syria before this one.")
    assert ("Georgia", "Georgia", "GE") in found


def test_a_village_is_no_foreign_town_by_another_spelling(gaz):
    # "Inata" is an alternate spelling of Inada, Japan: not for "the village of Inata"
    assert _where(gaz, "On 1 May, gunmen executed four men in the village of Inata.") == []
    assert ("Kiev", "Kyiv", "UA") in _where(gaz, "Shelling hit the village of Kiev in Ukraine.")


def test_a_word_paired_by_a_slash_is_no_place(gaz):
    assert _where(gaz, "Bombs damaged poles near the road. (Lat/longs for Bacho unavailable.)") == []
    assert ("Kiev", "Kyiv", "UA") in _where(gaz, "Shelling hit Kyiv/Kiev overnight.")


def test_a_province_in_a_qualifiers_slot_names_its_country(gaz):
    # "(Banh, Loroum)": Loroum is a province of Burkina Faso, so Banh is no Baneh of Iran
    found = _where(gaz, "On 14 August, a man was killed by a mine near Nongoudoum (Banh, Loroum).")
    assert ("Loroum", "Loroum Province", "BF") in found
    assert all(cc == "BF" for _, _, cc in found)


def test_a_foreign_towns_old_name_is_read_as_a_typo_of_a_town_of_the_texts_country(gaz):
    # "Sarawan" is an alternate name of Salavan (Laos) only; in an Iranian story it is Saravan
    got = [(m.surface, m.geocode.name, m.geocode.country) for m in gaz.find("In Iran, police in Sarawan said.")]
    assert ("Sarawan", "Saravan", "IR") in got
    got = [m.geocode.country for m in gaz.find("In Laos, the river at Sarawan rose.")]
    assert "IR" not in got


def test_a_district_named_by_its_centre_towns_adjective(gaz):
    got = {m.surface: (m.geocode.name, m.geocode.precision) for m in
           gaz.find("In Zaporizhzhia and in Vasylivskyi district, and in Kherson and in Beryslavskyi raion.")}
    assert got["Vasylivskyi district"] == ("Vasylivka Raion", "region")
    assert got["Beryslavskyi raion"] == ("Beryslav Raion", "region")
    got = {m.surface: m.geocode for m in gaz.find("In Russia, drones hit Voronezh and Kupianskyi district, "
                                                  "then Rossoshansky district.")}
    assert got["Rossoshansky district"].precision == "district" and got["Rossoshansky district"].country == "RU"


def test_a_named_settlement_is_read_a_typo_away_in_the_texts_country(gaz):
    # "the Samarkandek village": the Kyrgyz village GeoNames spells Samarkandyk
    got = [(m.surface, m.geocode.name) for m in gaz.find(
        "Shelling hit the Samarkandek village of Kyrgyzstan's Batken region, near the border with Tajikistan.")]
    assert ("Samarkandek", "Samarkandyk") in got


def test_a_located_name_with_an_arabic_article_is_read_a_vowel_away_in_the_texts_country(gaz):
    # "in Bir al-Abed": GeoNames knows Bir al-Abd (Bi'r al 'Abd); the text's country is Egypt
    got = [(m.surface, m.geocode.name, m.geocode.country) for m in gaz.find(
        "Gunmen attacked a checkpoint in Bir al-Abed, in the governorate of North Sinai, Egypt.")]
    assert ("Bir al-Abed", "Bir al Abd", "EG") in got
    # not read in a text of another country
    got = [m.geocode.name for m in gaz.find("In Morocco, gunmen attacked a checkpoint in Bir al-Abed.")]
    assert "Bir al Abd" not in got


def test_a_district_named_by_a_towns_other_spelling_is_the_same_whatever_the_hash_seed():
    # "Podolsk Raion" in an article about Odesa oblast: the units of every spelling of the town are
    # candidates (not those of whichever spelling a set happened to yield first)
    import os
    import subprocess
    import sys
    code = ("from dashboard.gazetteer import get_gazetteer; g = get_gazetteer(); "
            "print(g.lookup('Podolsk Raion', countries=('UA', 'RU'), fuzzy=False).name)")
    got = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in (0, 3, 5)}
    assert got == {"Podilsk Raion"}


def test_a_town_named_in_an_institutions_name_is_no_persons_name(gaz):
    # "the Bawku Presbyterian Hospital": not a person "Bawku Presbyterian" (which made every "Bawku" a surname)
    got = [m.surface for m in gaz.find("Gunmen attacked Bawku. A nurse at the Bawku Presbyterian Hospital said.")]
    assert got == ["Bawku", "Bawku"]
    assert not [m for m in gaz.find("Mary Preston said. In Preston, rain.") if m.surface == "Preston"]


def test_a_russian_district_named_by_its_stanitsa(gaz):
    # "the Seversky district" of Krasnodar Krai is centred on the stanitsa Severskaya (not Seversk of Tomsk
    # oblast), and its settlement Afipsky is read inside it
    got = {m.surface: m.geocode for m in gaz.find(
        "Drones attacked the settlement Afipsky of the Seversky district of the Krasnodar region.")}
    assert got["Seversky district"].admin1 == "Krasnodar Krai"
    assert got["Afipsky"].name == "Afipskiy"


def test_an_acronym_after_a_town_is_no_surname_but_a_clubs_is_no_town(gaz):
    # "The Afipsky NPZ" (the refinery) left every Afipsky a surname; "Riverside FC" is a football club
    got = [m.geocode.name for m in gaz.find("Drones hit the settlement Afipsky in Russia. The Afipsky NPZ is large.")]
    assert got.count("Afipskiy") == 2
    assert "Riverside" not in [m.surface for m in gaz.find("NIAMEY - Riverside FC won 5-1 against visitors from Maradi.")]


def test_a_krai_translated_as_edge(gaz):
    got = {m.surface: m.geocode.name for m in gaz.find("In Russia, 38 drones above the territory of the Krasnodar edge.")}
    assert got["Krasnodar edge"] == "Krasnodar Krai"


def test_a_villages_namesake_near_the_other_small_towns_named():
    # stop 29 (blind34): Ukraine has a dozen Kalynivkas; beside Vasylkiv and Hlevakha it is the one in Fastiv
    # raion, not the one in Brovary raion that the Kyiv named for its hospital is near
    from dashboard.gazetteer import get_gazetteer
    text = ("Missiles hit the substation in Kalynivka beside the old Vasylkiv-1 station. The wounded were taken to "
            "Kyiv and to Hlevakha.")
    found = {m.geocode.name: m.geocode for m in get_gazetteer().find(text)}
    assert found["Kalynivka"].admin2 == "Fastiv Raion" and abs(found["Kalynivka"].lat - 50.225) < 0.01
    alone = {m.geocode.name: m.geocode for m in get_gazetteer().find("Missiles hit the substation in Kalynivka.")}
    assert alone["Kalynivka"].admin2 != "Fastiv Raion"      # no neighbour named: the likeliest reading


def test_a_name_with_a_possessive_inside_is_one_place(gaz):
    # stop 30 (blind34): "outside Mohale's Hoek" is Lesotho's town, not a hamlet "Mohale" 150 km away;
    # a possessive still cuts "Kyiv's" and "Kharkiv's"
    assert places(gaz, "Gunmen attacked a vigil outside Mohale's Hoek on Saturday.") == [
        ("Mohale's Hoek", "Mohale's Hoek", "city")]
    assert places(gaz, "Gunmen attacked a vigil outside Mohale\u2019s Hoek.")[0][1] == "Mohale's Hoek"
    assert [p[1] for p in places(gaz, "Kyiv's mayor said Russia's army hit Kharkiv's Saltivka district.")] == [
        "Kyiv", "Russia", "Kharkiv", "Saltivskyi district"]


def test_a_hamlet_abroad_qualifies_no_town(gaz):
    # stop 30 (blind35): "Chimoré, in the Tropic of Cochabamba" (Tropic is also a hamlet of Utah): Chimoré stays
    assert [p[1] for p in places(gaz, "An ambush near Chimoré, in the Tropic of Cochabamba.")] == ["Chimore", "Cochabamba"]


def test_occupation_republics_municipal_districts_turned_region_names_and_rivers(gaz):
    # stop 31 (blind40): a translated statement's "LUGANSK PEOPLE'S REPUBLIC" is the oblast, not the city; "the
    # Starobelsky municipal district" the raion; "North Al Batinah Governorate" is GeoNames' "Al Batinah North";
    # "the Prinzapolka River" is no village
    def found(text):
        return [(text[m.start:m.end], m.geocode.name, m.geocode.precision) for m in gaz.find(text)]
    assert found("GOVERNMENT OF THE LUGANSK PEOPLE'S REPUBLIC") == [
        ("LUGANSK PEOPLE'S REPUBLIC", "Luhansk Oblast", "region")]
    assert found("the administration of the Donetsk People's Republic said") == [
        ("Donetsk People's Republic", "Donetsk Oblast", "region")]
    assert found("drones attacked the Starobelsky municipal district") == [
        ("Starobelsky municipal district", "Starobilsk Raion", "region")]
    assert found("worshippers in North Al Batinah Governorate") == [
        ("North Al Batinah Governorate", "Al Batinah North Governorate", "region")]
    assert found("bodies were found in the Vilshanka River near Kherson") == [("Kherson", "Kherson", "city")]
    assert found("shelling hit Vilshanka near Kherson") [0][1] == "Vilshanka"


def test_a_russian_republic_and_its_towns_share_one_region_name(gaz):
    # stop 31 (blind36): "North Ossetia" (a curated row) and Vladikavkaz (GeoNames' "Severnaya Osetiya, Respublika")
    found = {m.geocode.name: m.geocode for m in gaz.find("Drones hit Vladikavkaz in North Ossetia and Makhachkala in "
                                                         "Dagestan.")}
    assert found["Vladikavkaz"].admin1 == found["North Ossetia"].admin1 == "North Ossetia"
    assert found["Makhachkala"].admin1 == found["Dagestan"].admin1


def test_a_name_folded_to_ascii_keeps_its_letters(gaz):
    # stop 31 (blind41): "Đắk Lắk" is shown as "Dak Lak", not "ak Lak"; "Łódź" as "Lodz"
    assert [m.geocode.name for m in gaz.find("in Đắk Lắk province")] == ["Dak Lak"]
    assert [m.geocode.name for m in gaz.find("in Łódź on Monday")] == ["Lodz"]


def test_a_countrys_possessive_and_a_compass_region_keep_a_unit_in_its_country(gaz):
    # stop 32 (blind45, blind41, blind43): "Colombia's Catatumbo region" is no Venezuelan municipality, "Malawi's Southern
    # Region" no Omani governorate, and "the Northeastern Region" of a North Macedonian story names no country
    assert [p[1] for p in places(gaz, "Gunmen attacked a police station in Colombia's Catatumbo region.")] == ["Colombia"]
    assert [p[1] for p in places(gaz, "Gunmen attacked a village in Malawi's Southern Region.")] == ["Malawi"]
    assert [p[1] for p in places(gaz, "Police in North Macedonia said the raid took place in the Northeastern Region "
                                      "near Kumanovo.")] == ["North Macedonia", "Kumanovo"]
    assert [p[1] for p in places(gaz, "Drones hit Russia's Belgorod region.")] == ["Russia", "Belgorod Oblast"]


def test_a_curated_province_holds_its_geonames_towns(gaz):
    # stop 32 (blind45): "Salahuddin province" is GeoNames' admin1 18, so Tuz Khurmatu and Tikrit lie in it
    got = {m.geocode.name: m.geocode.admin1 for m in gaz.find("in Tuz Khurmatu, in Tikrit and in Salahuddin province")}
    assert got["Tuz Khurmatu"] == got["Tikrit"] == got["Salahuddin province"]


def test_a_street_is_no_town_and_a_missing_raion_is_its_centre_town(gaz):
    # stop 32 (blind48): "a residential house in the street Sovetskaya" (translated); "the Novhorod-Siverskyi district"
    assert places(gaz, "3 UAV fell on the settlement, one of them on a residential house in the street Sovetskaya.") == []
    got = places(gaz, "a village in Novhorod-Siverskyi district of Chernihiv oblast")
    assert got[0] == ("Novhorod-Siverskyi district", "Novhorod-Siverskyi district", "district")


def test_an_outlet_named_like_a_place_is_no_place(gaz):
    # stop 32 (notes32, blind47): "(Osprey Wire)", "(Levant Wire)" in a dateline
    got = [p[1] for p in places(gaz, "TALOQAN, Afghanistan, Aug 30 (Osprey Wire) - A bomb went off in Taloqan. "
                                     "BEIRUT (Levant Wire) - Shelling hit the south.")]
    assert "Osprey" not in got and "Levant" not in got and "Taloqan" in got and "Beirut" in got
