"""Publication dates and date phrases resolved against them."""
from datetime import date

import pytest

from dashboard.dates import find_dates, find_publication_date, parse_dateline

DATELINES = [
    ("04-24-2025, 1:39 PM", date(2025, 4, 24)),
    ("04/09/2022", date(2022, 9, 4)),
    ("Saturday 04/09/2022", date(2022, 4, 9)),
    ("14.07.2024 | 08:30 GMT", date(2024, 7, 14)),
    ("Thursday 9 January 2025", date(2025, 1, 9)),
    ("Wednesday, September 4th, 2024", date(2024, 9, 4)),
    ("27/05/2024", date(2024, 5, 27)),
    ("September 12, 2024 | 07:45 GMT", date(2024, 9, 12)),
    ("2025-04-13", date(2025, 4, 13)),
    ("Sunday, 14 April 2024 — updated 11:05 local time", date(2024, 4, 14)),
    ("31 Dec 2023 16:20 (Moscow time)", date(2023, 12, 31)),
    ("Fri 29 Aug 2025", date(2025, 8, 29)),
    ("April 5, 2025", date(2025, 4, 5)),
    ("5 April 2025", date(2025, 4, 5)),
    ("Published 12 May 2025, updated 14:20", date(2025, 5, 12)),
    ("Sunday 26 November 2028. All times Moscow (UTC+3). Newest entries at the bottom.", date(2028, 11, 26)),
    ("Sunday 16 September 2029. All times are Moscow time. Refresh the page for the latest entries.",
     date(2029, 9, 16)),
]


@pytest.mark.parametrize("line,expected", DATELINES)
def test_datelines(line, expected):
    assert find_publication_date(line + "\n\nSome headline here\n\nBody text.") == expected


def test_a_sentence_with_a_date_is_no_dateline():
    assert parse_dateline("Russia attacked the city on 5 April 2025 and killed many people there") is None
    assert find_publication_date("No date here.\nJust words about the war.") is None


def _values(text, pub):
    return [(d.text, d.value, d.precision) for d in find_dates(text, pub)]


def test_relative_phrases_resolve_against_publication_date():
    pub = date(2025, 4, 24)  # a Thursday
    got = {t: (v, p) for t, v, p in _values(
        "overnight Thursday; late Wednesday night; Saturday's attack; yesterday; last July; "
        "since July 2024; On April 13, a strike", pub)}
    assert got["overnight Thursday"] == ("2025-04-24", "day")
    assert got["late Wednesday night"] == ("2025-04-23", "day")
    assert got["Saturday's"] == ("2025-04-19", "day")
    assert got["yesterday"] == ("2025-04-23", "day")
    assert got["last July"] == ("2024-07", "month")
    assert got["since July 2024"] == ("2024-07", "month")
    assert got["April 13"] == ("2025-04-13", "day")


def test_month_without_year_is_the_latest_before_publication():
    assert _values("in December", date(2025, 1, 9)) == [("in December", "2024-12", "month")]


def test_without_publication_date_relative_phrases_stay_unresolved():
    (d,) = find_dates("on Thursday", None)
    assert d.value is None


def test_may_the_verb_is_no_date():
    assert _values("more may be trapped beneath rubble", date(2025, 4, 24)) == []


def test_times_are_not_dates():
    assert _values("at 1:39 PM", date(2025, 4, 24)) == []


def test_ambiguous_numeric_dateline_follows_the_article():
    us = "04/09/2022\n\nHeadline\n\nThe defense ministry said at 9 a.m. that the center was hit."
    uk = "04/09/2022\n\nHeadline\n\nThe defence ministry said the centre was hit, 3 kilometres away."
    assert find_publication_date(us) == date(2022, 4, 9)
    assert find_publication_date(uk) == date(2022, 9, 4)


def test_an_ambiguous_dashed_dateline_follows_the_articles_weekdays():
    text = ("06-12-2025\n\nLAKKI MARWAT: The death toll from Thursday's suicide bombing rose to 14 on Friday, "
            "district police said.")
    assert find_publication_date(text) == date(2025, 12, 6)      # a Saturday; 12 June 2025 was the Thursday itself
    text = "04-09-2022\n\nThe shelling on Friday killed two, officials said on Saturday."
    assert find_publication_date(text) == date(2022, 4, 9)       # a Saturday, month first as US datelines write it
    text = "07-12-2023, 11:18 PM\n\nForces attacked Taiz on July 10. In January, 20 died in another strike."
    assert find_publication_date(text) == date(2023, 7, 12)      # the day it names is two days before
    text = "01-07-2025, 4:16 PM\n\nIsrael attacked Rafah late on Monday. The defence ministry said so."
    assert find_publication_date(text) == date(2025, 1, 7)       # no evidence either way: month first


def test_wire_dateline_with_a_long_outlet_name():
    text = "Strike on Kyiv\n\nKYIV, April 24, 2025 (The New York Times) — Russia launched 70 missiles overnight."
    assert find_publication_date(text) == date(2025, 4, 24)
    assert find_publication_date("KYIV, Ukraine, 5 April 2025 (AP) — Blasts shook the city.") == date(2025, 4, 5)


def test_city_and_date_opening_the_text():
    text = "Kharkiv, 3 May 2025. Russian glide bombs struck a residential district on Friday, killing five."
    assert find_publication_date(text) == date(2025, 5, 3)


def test_an_ambiguous_numeric_date_after_publication_takes_the_other_reading():
    from datetime import date
    from dashboard.dates import find_dates
    got = [d.value for d in find_dates("Fighting took place on 3/12/2015.", date(2015, 3, 13))]
    assert got == ["2015-03-12"]
    got = [d.value for d in find_dates("Fighting took place on 3/12/2015.", date(2016, 1, 5))]
    assert got == ["2015-12-03"]           # both readings before publication: day first, as before


def test_an_iso_timestamp_dateline_gives_the_publication_day():
    from dashboard.dates import parse_dateline
    assert str(parse_dateline("Published 2025-05-20T08:30:00Z · Last updated 2025-05-20T11:05:00Z")) == "2025-05-20"


def test_a_day_in_the_next_few_days_keeps_the_publication_year():
    from datetime import date
    from dashboard.dates import find_dates
    from dashboard.dates_ukru import find_dates_ukru
    assert [d.value for d in find_dates("Funerals will be held on 25 June.", date(2025, 6, 24))] == ["2025-06-25"]
    assert [d.value for d in find_dates("The attack on 28 June killed four.", date(2025, 6, 24))] == ["2024-06-28"]
    assert [d.value for d in find_dates_ukru("25 червня в Дніпрі оголошено днем жалоби.", date(2025, 6, 24))] == ["2025-06-25"]


def test_fixed_holidays_are_days_with_the_year_given_or_the_last_one():
    from dashboard.dates import find_dates
    pub = date(2025, 9, 14)

    def got(t):
        return [(d.value, d.precision) for d in find_dates(t, pub)]
    assert got("Over Christmas Eve 2023, attacks killed nearly 200 people.") == [("2023-12-24", "day")]
    assert got("no one was convicted over the Christmas Eve attacks of 2023 in Bokkos") == [("2023-12-24", "day")]
    assert got("On New Year's Day, a strike killed 3.") == [("2025-01-01", "day")]
    assert got("The Christmas market opened.") == []


def test_a_year_later_counts_from_the_date_before_and_a_capitalised_in_before_a_year():
    from dashboard.dates import find_dates
    got = [(d.text, d.value) for d in find_dates(
        "At least 160 people were killed in June 2021. A year later, gunmen killed 86 in Seytenga. "
        "On 3 May 2024 a strike hit; the next day 4 died. In 2019 it began.", date(2025, 10, 25))]
    assert ("A year later", "2022-06") in got and ("the next day", "2024-05-04") in got and ("In 2019", "2019") in got


def test_an_ambiguous_dateline_weighs_the_months_the_article_names_above_its_weekdays():
    text = ("Weekly Review\n11-09-2026\n\nThe Observatory documented nine deaths in last Saturday's attack. "
            "A man was found dead on Tuesday. The 5 September attack was the second this year.")
    assert str(find_publication_date(text)) == "2026-09-11"
    us = ("Wire\n09/07/2026 10:05 a.m. EDT\n\nSaturday's attack on the camp killed eight, officials said on "
          "Monday. The September 5 raid was the worst since May.")
    assert str(find_publication_date(us)) == "2026-09-07"


def test_solar_hijri_dates_of_iranian_outlets_turn_gregorian():
    from datetime import date

    from dashboard.dates import find_dates
    got = [(d.text, d.value) for d in find_dates("Tuesday 22 Ordibehesht 1405 - 12 May 2026. On 10 Esfand of last year, "
                                                 "3 guards died. On 24 Bahman 1397 a bus was attacked. On 5 Khordad, "
                                                 "12 people.", date(2026, 5, 12)) if d.kind == "iso"]
    assert got == [("22 Ordibehesht 1405", "2026-05-12"), ("10 Esfand of last year", "2026-03-01"),
                   ("24 Bahman 1397", "2019-02-13"), ("5 Khordad", "2025-05-26")]


def test_a_day_of_the_month_alone():
    from datetime import date

    from dashboard.dates import find_dates
    got = [(d.text, d.value) for d in find_dates("late on the 3rd of this month; on the 25th, shelling; the 5th brigade; "
                                                 "on the 3rd of last month; since the 3rd of March", date(2026, 10, 18))]
    assert got == [("the 3rd of this month", "2026-10-03"), ("the 25th", "2026-09-25"),
                   ("the 3rd of last month", "2026-09-03"), ("3rd of March", "2026-03-03")]


def test_a_masthead_lines_date_is_the_publication_date():
    from dashboard.dates import parse_dateline
    assert str(parse_dateline("13/10/2026 09:15 | DIÁRIO DO ATLÂNTICO | Communities")) == "2026-10-13"
    assert str(parse_dateline("Friday 16 October 2026 · VERIFICADO LATAM, English edition")) == "2026-10-16"
    assert parse_dateline("He said on 12 May 2024 that the army had left the town and the people returned") is None


def test_that_night_is_the_night_the_text_named_not_a_later_day():
    from datetime import date

    from dashboard.dates import find_dates
    text = ("Two missiles fell on it in the early hours of Sunday. The toll was put on Wednesday at 11. Of the seven "
            "missiles launched that night, six were shot down.")
    got = {d.text: d.value for d in find_dates(text, date(2026, 2, 26))}
    assert got["that night"] == "2026-02-22"


def test_an_incident_logs_date_field_dates_its_figures_and_found_bodies_their_own_day():
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    from extract_helpers import NoPlaces

    log = load_bytes("log.txt", ("Published 2020-06-17\n\nINSO - INCIDENT LOG\nDate/time: 14 Jun 2020, 18:30\n"
                                 "Location: Damboa town\nIncident type: NSAG attack\nDescription: ISWAP fighters fired "
                                 "14 mortar rounds at the base.\nCasualties: 4 KIA, 7 WIA; 3 civilians killed.\n").encode())
    dates = {(r.category, r.count): r.date for r in extract_document(log, NoPlaces()) if r.type in ("casualty", "weapon")}
    assert dates[("killed", 4)] == dates[("injured", 7)] == dates[("killed", 3)] == "2020-06-14"
    # a statement's date field is no incident's: without the log's fields it stays the filing day
    note = load_bytes("n.txt", ("Published 2022-10-08\n\nOn 2 October 2022, militiamen attacked an IDP site, killing 8 "
                                "displaced persons. On 4 October, the bodies of 4 men were found in a field about 6 km "
                                "from the site. Separately, on 5 October 2022, residents found the bodies of 3 men in "
                                "the river.\n").encode())
    dates = {(r.category, r.count): r.date for r in extract_document(note, NoPlaces()) if r.type == "casualty"}
    assert dates[("killed", 8)] == "2022-10-02" and dates[("killed", 4)] == "2022-10-04"
    assert dates[("killed", 3)] == "2022-10-05"


def test_a_masthead_date_in_the_language_a_translation_came_from():
    from dashboard.dates import parse_dateline
    assert parse_dateline("SUD-EST INFO · Dimanche 6 décembre 2026 · 10h15 · International") == date(2026, 12, 6)
    assert parse_dateline("Madrid, 13 de octubre de 2026") == date(2026, 10, 13)
    assert parse_dateline("Berlin, 6. Dezember 2026") == date(2026, 12, 6)
    assert parse_dateline("The mars rover landed 4 mars 2026 somewhere in the desert today and more") is None


def test_the_night_of_one_day_to_the_next_is_the_next_and_published_figures_keep_the_attacks_day():
    from dashboard.dates import find_dates
    from dashboard.documents import load_bytes
    from dashboard.extract import extract_document
    from extract_helpers import NoPlaces

    assert [d.value for d in find_dates("on the night of Saturday to Sunday", date(2027, 5, 19))] == ["2027-05-16"]
    doc = load_bytes("o.txt", ("May 19, 2027\n\nShe was on duty on the night of Saturday to Sunday when two cruise "
                               "missiles struck the station. The regional administration's figures, published on "
                               "Tuesday evening, list 13 people killed.\n").encode())
    got = {r.count: r.date for r in extract_document(doc, NoPlaces()) if r.type == "casualty"}
    assert got[13] == "2027-05-16"


def test_a_header_line_that_names_its_date_among_other_words_dates_the_article():
    from dashboard.dates import find_publication_date
    text = ("RADIO NORTHWEST 97.3 FM · Oddar Meanchey provincial service\nText version of the 18:00 news bulletin, "
            "Thursday 12 August 2027\n\nGood evening. Shelling hit the town on 3 May 2026, killing six.\n")
    assert find_publication_date(text) == date(2027, 8, 12)


def test_a_lead_that_counts_days_since_the_attack_dates_it_but_a_narrated_day_after_does_not():
    from dashboard.dates import find_dates
    lead = "Four days after North Korean guns shelled the county town, the numbers have settled."
    assert [d.value for d in find_dates(lead, date(2028, 1, 18))] == ["2028-01-14"]
    assert not find_dates("The theatre was hit. Two days after the attack, the ombudsman spoke.", date(2022, 3, 26))


def test_a_masthead_line_that_opens_with_its_date_before_a_dash():
    text = "THE WEEK IN REVIEW\nFriday 26 November 2027 - a weekly round-up from our desk\n\n1. ITEM\n\nBody."
    assert find_publication_date(text) == date(2027, 11, 26)
    # a headline's date before a dash is no masthead's: the line does not open with it
    assert find_publication_date("Why the attack on the port - what we know\n\nBody.") is None


def test_an_ordinal_before_a_unit_is_no_day():
    assert _values("troops of the 5th Special Forces Battalion clashed", date(2024, 1, 28)) == []
    assert _values("on the 14th, 3 were killed", date(2024, 1, 28)) == [("the 14th", "2024-01-14", "day")]


def test_that_night_is_the_attacks_night_not_a_later_deaths():
    text = ("- Sunday 16 May, 03:47 - Two missiles hit the station.\n"
            "- Monday 17 May, 02:15 - A woman dies in hospital, bringing the toll to 12.\n\n"
            "Russia launched 146 drones that night.")
    got = {t: v for t, v, _ in _values(text, date(2027, 5, 17))}
    assert got["that night"] == "2027-05-16"


def test_the_other_zones_day_in_brackets_is_no_date():
    text = "The shelling began at about 05:10 local time (2310 GMT on Monday) and lasted an hour."
    assert [t for t, _, _ in _values(text, date(2026, 7, 14))] == []


def test_the_day_before_yesterday_is_two_days_back():
    assert _values("The day before yesterday, a roadside bomb hit a lorry.", date(2026, 5, 19)) == [
        ("The day before yesterday", "2026-05-17", "day")]


def test_that_night_is_the_night_whose_small_hours_the_text_named():
    text = ("The missiles struck shortly before 4 a.m. on Wednesday. Rescuers ended the search on Thursday morning.\n\n"
            "Russia launched 187 drones at Ukraine that night.")
    got = {t: v for t, v, _ in _values(text, date(2026, 1, 29))}
    assert got["that night"] == "2026-01-28"


def test_a_digest_items_day_and_month_read_the_way_that_falls_before_publication():
    text = "CENTRE\n- 08/06, 12 km east of Bandiagara: an IED struck a truck.\n- 10/06: two were abducted.\n"
    assert _values(text, date(2021, 6, 14)) == [("08/06", "2021-06-08", "day"), ("10/06", "2021-06-10", "day")]
    assert _values("- 3/4 of the town was hit", date(2021, 6, 14)) == []


def test_a_logs_day_and_month_without_a_bullet_and_on_the_14th_capitalised():
    assert _values("03/10 - Kayna: armed men looted the hospital.", date(2023, 10, 16)) == [("03/10", "2023-10-03", "day")]
    assert _values("On the 14th, at around 07:00, gunmen attacked the town.", date(2023, 3, 16)) == [
        ("the 14th", "2023-03-14", "day")]


def test_a_capitalised_last_weekday_is_the_week_before_on_that_weekday():
    # published on a Tuesday: "Last Tuesday's ambush" is a week before, as "last Tuesday" is
    assert _values("Last Tuesday's ambush of an army patrol", date(2029, 1, 23))[0][1:] == ("2029-01-16", "day")
    assert _values("Late Monday, gunmen attacked", date(2029, 1, 23))[0][1:] == ("2029-01-22", "day")


def test_publication_dates_under_menus_and_in_a_rights_groups_dateline():
    menus = "Skip to content\n\nTHE BAY CHRONICLE\nNews since 1958\n\nNews | Metro | Crime | Sport\nSubscribe | Sign in\n\n" \
            "This website uses cookies. [Accept]\n\nCrime & Courts\n\nEight killed in tavern shooting\n\n" \
            "Police hunt gunmen after Friday night attack\n\nBy Chronicle Reporter\n18 May 2030 - 08:12\n\nText.\n"
    assert find_publication_date(menus) == date(2030, 5, 18)
    assert find_publication_date("(Berlin, 5 July 2030) - Security forces opened fire on residents on 4 July.\n") == \
        date(2030, 7, 5)


def test_a_weekday_last_week_is_that_day_of_the_week_before():
    # stop 29 (blind32's NGO update): one mention, not a Thursday and a week
    ds = find_dates("On Thursday last week, armed actors attacked army positions.", date(2030, 2, 22))
    assert [(d.text, d.value, d.precision) for d in ds] == [("Thursday last week", "2030-02-14", "day")]


def test_a_masthead_in_capitals_and_a_wire_dateline_closed_by_a_point_and_dash():
    # stop 30 (blind35): a broadcaster's transcript and a translated Spanish wire
    assert parse_dateline("NEWSNIGHT AT 7 | MONDAY 14 APRIL 2031") == date(2031, 4, 14)
    assert parse_dateline("MAY THE FORCE BE WITH YOU") is None
    assert find_publication_date("ISLAND NEWS NETWORK\nNEWSNIGHT AT 7 | MONDAY 14 APRIL 2031\nTranscript\n\n"
                                 "ANCHOR: Good evening.") == date(2031, 4, 14)
    assert find_publication_date("AMBUSH IN CHIMORE LEAVES FOUR DEAD\n\nCochabamba, May 20, 2031 (ECT).- Four members "
                                 "of the task force lost their lives this Tuesday.") == date(2031, 5, 20)


def test_a_weekday_told_with_its_date_and_a_capital_with_an_accent_in_a_wire_dateline():
    # stop 30 (blind38): a fact-check of Saturday 26 March says "on the night of Friday, March 18"; a wire filed
    # from "SAN JOSÉ, March 21, 2033 (Isthmus Press Agency) -"
    found = find_dates("the shooting on the night of Friday, March 18. Police said on Friday they had no suspect.",
                       date(2033, 3, 26))
    assert [(d.text, d.value) for d in found] == [("on the night of Friday", "2033-03-18"), ("March 18", "2033-03-18"),
                                                  ("on Friday", "2033-03-25")]
    assert find_publication_date("Toll rises to five\n\nSAN JOSÉ, March 21, 2033 (Isthmus Press Agency) - A man "
                                 "wounded in Friday night's shooting died.") == date(2033, 3, 21)


def test_a_translators_note_gives_the_originals_date():
    # stop 30 (blind38): "[Machine translation from Tamil. Original: Kizhakku Kural online, 14 January 2033. ...]"
    assert find_publication_date("[Machine translation from Tamil. Original: Kizhakku Kural online, 14 January 2033. The "
                                 "translation has not been checked.]\n\nEravur bus bomb: death toll rises to nine") == \
        date(2033, 1, 14)
    assert find_publication_date("[Automatic translation from Spanish. Original: El Correo, digital edition]\n\n"
                                 "Text.") is None


@pytest.mark.parametrize("text, pub, want", [
    # stop 32 (blind45): a day said in words
    ("On the ninth of August, militiamen attacked a village.", date(2035, 8, 25), [("the ninth of August", "2035-08-09")]),
    ("On August ninth, militiamen attacked.", date(2035, 8, 25), [("August ninth", "2035-08-09")]),
    ("It happened on the twenty-first of May 2030.", date(2035, 8, 25), [("the twenty-first of May 2030", "2030-05-21")]),
    ("They said the second of the men had fled; they may first of all leave.", date(2035, 8, 25), []),
])
def test_days_said_in_words(text, pub, want):
    assert [(d.text, d.value) for d in find_dates(text, pub) if d.precision == "day"] == want


def test_a_translators_source_line_and_the_month_of_may():
    # stop 32 (blind48, blind48): "[... Source: Roznama Sarhad Khabar, online edition, Wednesday 14 May 2036]"
    assert find_publication_date("[This news has been automatically translated from Urdu. Source: Roznama Sarhad Khabar, "
                                 "online edition, Wednesday 14 May 2036]\n\nHome") == date(2036, 5, 14)
    assert _values("The city witnessed in the month of May a bombardment.", date(2035, 7, 19)) == [
        ("of May", "2035-05", "month")]
