"""One event per attack (issue 11): five attacks, each told by three outlets on different days,
each article also naming older attacks (tests/data/events_dev, written blind). Scored through
the whole pipeline by ``dashboard.benchmarks.events_eval``. Regression guards at today's level."""
from pathlib import Path

from dashboard.benchmarks.events_eval import score

SET = Path(__file__).resolve().parent / "data" / "events_dev"


def test_attacks_told_over_days_are_one_event_each_and_older_attacks_stay_apart():
    res = score(SET)
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 5 and older["n"] == 9
    assert today["found"] == 1.0 and today["not_merged"] == 1.0 and older["not_merged"] == 1.0
    assert today["not_split"] >= 0.8 and today["killed"] >= 0.8 and today["date"] == 1.0
    assert older["date"] >= 0.85 and older["killed"] == 1.0


def test_blind9_stories_outside_ukraine_keep_their_dates_and_never_merge_two_attacks():
    # first contact (blind9, written blind): current not_split 0.0, date 0.8; after the lead and
    # date fixes not_split 0.4, date 1.0. Splits that remain: a headline region named like its
    # capital, a district read as its town (see docs/extraction.md)
    res = score(Path(__file__).resolve().parent / "data" / "blind9")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 5 and older["n"] == 12
    assert today["found"] == 1.0 and today["date"] == 1.0
    assert today["not_merged"] == 1.0 and older["not_merged"] == 1.0
    assert today["not_split"] >= 0.4 and older["found"] >= 0.9


def test_an_undated_predicted_event_scores_as_a_wrong_date_not_a_crash():
    from dashboard.benchmarks.events_eval import _date_ok
    assert _date_ok(float("nan"), ["2025-01"]) is False and _date_ok(None, ["2025-01-02"]) is False
    assert _date_ok("2025-01-03", ["2025-01-02"]) is True


def test_blind10_attacks_keep_their_dates_and_places_and_never_merge_two():
    # first contact (blind10, written blind): current not_split 0.2, date 1.0, place 1.0, killed 0.4
    res = score(Path(__file__).resolve().parent / "data" / "blind10")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 5 and older["n"] == 17
    assert today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_merged"] == 1.0 and older["not_merged"] == 1.0 and older["found"] == 1.0
    assert today["not_split"] >= 0.4 and today["killed"] >= 0.8


def test_blind11_attacks_told_at_towns_districts_and_bearings_keep_together():
    # first contact (blind11, written blind, scored before any change for it): current not_split 0.2,
    # date 0.8, place 0.6, killed 0.2; after: not_split 0.6, date 1.0, place 1.0, killed 0.6. Splits
    # left: drones over Russia the same night, a security operation the next day (see docs/extraction.md)
    res = score(Path(__file__).resolve().parent / "data" / "blind11")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 5 and older["n"] == 14
    assert today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_merged"] == 1.0 and older["not_merged"] == 1.0 and older["found"] == 1.0
    assert today["not_split"] >= 0.6 and today["killed"] >= 0.6


def test_blind12_attacks_keep_their_dates_and_older_attacks_stay_apart():
    # first contact (blind12, written blind after the blind11 fixes): current not_split 0.0, not_merged 0.6,
    # killed 0.2; older not_merged 0.71, date 0.71. After: not_split 0.4, not_merged 1.0, killed 0.6
    res = score(Path(__file__).resolve().parent / "data" / "blind12")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 5 and older["n"] == 14
    assert today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_merged"] == 1.0 and older["not_merged"] == 1.0
    # (killed 0.8 at stop 26; 0.6 since stop 30 dates the UN's "at least seven" of doc 06 to the attack, where it
    # meets the regional officials' "so far ... six" of the same article: two voices at once, the lower is best)
    assert today["not_split"] >= 0.4 and today["killed"] >= 0.6 and older["date"] >= 0.85


def test_blind13_attacks_keep_their_dates_and_follow_ups_stay_apart():
    # first contact (blind13, written blind after the blind12 fixes): current not_split 0.0, not_merged 0.4,
    # killed 0.6; older not_merged 0.8. After: not_merged 0.8, killed 1.0, older not_merged 0.93
    res = score(Path(__file__).resolve().parent / "data" / "blind13")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 5 and older["n"] == 15
    assert today["found"] == 1.0 and today["date"] == 1.0 and today["place"] >= 0.8
    assert today["not_merged"] >= 0.8 and older["not_merged"] >= 0.9 and today["killed"] >= 0.8


def test_blind14_and_blind15_attacks_keep_their_dates_and_tolls():
    # first contact: blind14 current not_split 0.0, not_merged 0.6, killed 0.2; blind15 not_split 0.4,
    # not_merged 0.6, killed 0.2. After: blind14 0.6 / 1.0 / 0.6, blind15 0.6 / 0.8 / 1.0. (blind14's killed
    # was 0.8 until the raider's claim "in a statement on Wednesday" was dated to Tuesday's raid: Tongo Tongo,
    # missing from shipped data, stays split three ways, and the part holding most figures now gives 19, not 23)
    for name, killed, merged in (("blind14", 0.6, 1.0), ("blind15", 1.0, 0.8)):
        res = score(Path(__file__).resolve().parent / "data" / name)
        today = res["summary"]["current"]
        assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0, name
        assert today["not_split"] >= 0.6 and today["not_merged"] >= merged and today["killed"] >= killed, name


def test_blind20_attacks_keep_their_tolls_and_claims_never_outweigh_them():
    # first contact (blind20, stop 24): current not_split 0.75, not_merged 0.75, killed 0.25 (a village's one
    # wounded blocked a revision; an armed group's and a union's claims became tolls). After: 0.75 / 1.0 / 1.0
    # (the split left: drones launched nationwide the same night, kept as their own event by design)
    res = score(Path(__file__).resolve().parent / "data" / "blind20")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_merged"] == 1.0 and today["killed"] == 1.0 and today["not_split"] >= 0.75
    assert older["not_merged"] >= 0.95 and older["date"] >= 0.9


def test_blind21_attacks_keep_their_dates_and_a_toll_revised_over_days():
    # first contact (blind21, stop 24): current not_split 0.0, not_merged 0.25, place 0.5, killed 0.5. After:
    # 0.5 / 0.75 / 0.5 / 0.5 (left: Ruma is absent from shipped data, so its attack splits between Bandarban
    # and a namesake; a region's drone count stays its own event by design)
    res = score(Path(__file__).resolve().parent / "data" / "blind21")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0
    # (stop 30: doc 12's "an attack earlier this month, which killed two policemen" is no longer dated to the day
    # of the attack told before it, and joins the older attack of 3 October; the scorer gives that gold figure,
    # dated to the month, to the first event of the month, today's: one split and one merge on the scorer's side)
    assert today["not_merged"] >= 0.5 and today["killed"] >= 0.5 and today["not_split"] >= 0.5
    assert older["not_merged"] >= 0.85 and older["date"] >= 0.9


def test_blind22_attacks_keep_their_dates_and_a_district_named_after_the_town_joins_it():
    # first contact (blind22, stop 24): current not_split 0.0, not_merged 0.0, killed 0.0. After: killed 0.5
    # (Korosten, told at the town and as "Korosten district" on three days, is one event with the latest toll)
    res = score(Path(__file__).resolve().parent / "data" / "blind22")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["killed"] >= 0.5


def test_blind23_attacks_keep_their_dates_places_and_a_later_death_is_no_toll():
    # first contact (blind23, stop 25): current not_split 0.25, not_merged 0.5, killed 0.0 (Oleksandriia's best
    # toll was an opinion column's one later death). After: not split 0.5, killed 0.25
    res = score(Path(__file__).resolve().parent / "data" / "blind23")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.25 and today["not_split"] >= 0.5


def test_blind24_attacks_keep_their_places_and_a_party_or_a_consulate_is_no_toll():
    # first contact (blind24, stop 25): current not_split 0.0, not_merged 0.0, place 0.75, killed 0.25 (Moscow's "up to
    # 70" was the toll; a consulate's town and the country of a hospital were the attack's places). After: place 1.0,
    # killed 0.75
    res = score(Path(__file__).resolve().parent / "data" / "blind24")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.75 and today["not_split"] >= 0.25   # (0.25 from stop 26: a statement's later rise)


def test_blind25_attacks_keep_their_dates_and_places():
    # first contact (blind25, written after every other fix of stop 25): current not_split 0.0, not_merged 0.5,
    # date 1.0, place 1.0, killed 0.0. After: not split 0.25, killed 0.25 (a lead that counts "Four days after ..."
    # dates the attack). Stop 26: not split 0.75, not merged 0.75, killed 0.75 (a round-up's masthead "Friday 26
    # November 2027 - ..." is its publication day; an op-ed's tolls take the day of "an attack like Tuesday's")
    res = score(Path(__file__).resolve().parent / "data" / "blind25")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.75 and today["not_split"] >= 0.75 and today["not_merged"] >= 0.75


def test_blind17_a_toll_rise_dates_none_of_the_counts_told_after_it():
    # stop 26: "The death toll from last Tuesday's attack ... rose to eleven after a woman ... died on Sunday.
    # Twenty-one people were injured." The 21 injured are Tuesday's (current not split 0.4 -> 0.8)
    res = score(Path(__file__).resolve().parent / "data" / "blind17")
    today = res["summary"]["current"]
    assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0 and today["not_split"] >= 0.8



def test_blind26_attacks_over_midnight_at_three_levels_and_a_communiques_claim():
    # first contact (blind26, stop 27): current not_split 0.75, not_merged 1.0, date 1.0, place 1.0, killed 0.5 (the
    # rebels' and Islamic State's counts were the tolls; an op-ed's "Last Friday evening" dated nothing). After:
    # not split 1.0, killed 1.0
    res = score(Path(__file__).resolve().parent / "data" / "blind26")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.75 and today["not_split"] >= 0.75 and today["not_merged"] >= 0.75


def test_blind27_a_night_strike_three_levels_of_place_and_a_claim_on_a_later_day():
    # first contact (blind27, stop 27, written after the blind26 and notes23 fixes): current not_split 0.25,
    # not_merged 0.75, date 1.0, place 1.0, killed 0.75 (a translation placed its town's strike at the province; a
    # claim made on Saturday was an event of that day; a death in a Pristina clinic placed the wounded there).
    # After: all 1.0
    res = score(Path(__file__).resolve().parent / "data" / "blind27")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.75 and today["not_split"] >= 0.75 and today["not_merged"] >= 0.75


def test_blind28_a_refinery_an_ambush_a_market_and_a_pitch_told_over_days():
    # first contact (blind28, stop 28): current not_split 0.25, not_merged 0.5, date 1.0, place 0.75, killed 0.25 (a
    # live blog placed at "20 km south-west of Krasnodar", "Last Tuesday" read as the publication's Tuesday, an op-ed's
    # town placed at the city that locates it, an AQIM claim and a youth association's toll taken as the best).
    # After: not split 0.75, not merged 0.75, killed 0.75
    res = score(Path(__file__).resolve().parent / "data" / "blind28")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.75 and today["not_split"] >= 0.75 and today["not_merged"] >= 0.75


def test_blind29_long_published_style_articles_each_one_event():
    # first contact (blind29, stop 28): 12 current events, not_split 0.92, not_merged 0.92, place 0.75, killed 0.5.
    # After: not split 1.0, place 0.83
    res = score(Path(__file__).resolve().parent / "data" / "blind29")
    today = res["summary"]["current"]
    assert today["n"] == 12 and today["found"] == 1.0 and today["date"] == 1.0
    assert today["not_split"] >= 0.9 and today["not_merged"] >= 0.9 and today["place"] >= 0.8 and today["killed"] >= 0.5


def test_blind30_a_port_a_raid_from_the_sea_a_border_village_and_a_checkpoint_over_days():
    # first contact (blind30, stop 28, written after the blind28 and blind29 fixes): current not_split 0.5,
    # not_merged 0.75, date 1.0, place 1.0, killed 0.75 (an analysis dates the night's launches to its own week; an
    # interview dates deaths to the day they are told). Unchanged since: a guard
    res = score(Path(__file__).resolve().parent / "data" / "blind30")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.75 and today["not_split"] >= 0.5 and today["not_merged"] >= 0.75


def test_blind31_an_air_base_a_sahel_garrison_a_border_town_and_a_football_pitch_over_days():
    # first contact (blind31, the stop's last set): current not_split 0.25, not_merged 0.75, date 0.75, place 1.0,
    # killed 0.25 (a live blog's masthead date unread; a claim placed at its claimant's capital or "the Sahel" and
    # dated to its own day; a death in a Haifa hospital placing the toll there). After: date 1.0, killed 0.5
    res = score(Path(__file__).resolve().parent / "data" / "blind31")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.5 and today["not_split"] >= 0.25 and today["not_merged"] >= 0.75


def test_blind32_a_gas_station_a_garrison_a_border_village_and_a_wake_over_days():
    # first contact (blind32, stop 29): current not_split 0.0, not_merged 1.0, date 1.0, place 1.0, killed 0.5
    # (a "Tuesday night" told by another outlet on the Wednesday at a town 13 km away; a wire without a year;
    # an army's claim of enemy dead beside its own toll). After: not_split 0.25
    res = score(Path(__file__).resolve().parent / "data" / "blind32")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.5 and today["not_split"] >= 0.25 and today["not_merged"] >= 0.75


def test_blind33_twelve_long_articles_one_attack_each():
    # first contact (blind33, stop 29): not_split 0.58, not_merged 0.92, date 0.58, place 0.75, killed 0.58
    # (a feature's "On Saturday", a transcript's "yesterday afternoon", a rights group's parenthesised
    # dateline; a briefing transcript and a translated city crime story below the war gate). After: not_split
    # 0.67, date 0.83, place 0.92, not_merged 0.83 (the transcript's own figures now read, one is taken by the
    # scorer for an older attack's count of the same number)
    res = score(Path(__file__).resolve().parent / "data" / "blind33")
    today = res["summary"]["current"]
    assert today["n"] == 12 and today["found"] >= 0.8 and today["date"] >= 0.8 and today["place"] >= 0.9
    assert today["killed"] >= 0.58 and today["not_split"] >= 0.66 and today["not_merged"] >= 0.8


def test_blind34_a_depot_a_substation_a_vigil_and_a_border_post_over_days():
    # first contact (blind34, written after blind32's fixes): not_split 0.0, not_merged 0.75, date 0.5, place 0.75,
    # killed 0.0 (a wire without its year took a later article's date; a police statement's "that on the
    # 25/01/2031"; a "Sunday night's" strike after midnight kept apart by a claim dated to its own day; a live
    # blog's "this week alone" over its overnight attack; the wrong one of a dozen Kalynivkas). After: date 1.0,
    # place 1.0, killed 0.5; every attack still split
    res = score(Path(__file__).resolve().parent / "data" / "blind34")
    today = res["summary"]["current"]
    assert today["n"] == 4 and today["found"] >= 0.75 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["killed"] >= 0.5 and today["not_merged"] >= 0.75


def test_blind35_five_attacks_told_by_three_outlets_on_three_days():
    # first contact (blind35, written at the start of stop 30): not_split 0.2, not_merged 0.6, date 1.0, place 0.4,
    # killed 0.6 (a region's overnight toll beside the town's "late on Thursday"; a statement's "announced that on 19
    # February"; a transcript's capitals masthead; a Spanish wire's "(ECT).-"; "east Port of Spain" beside Laventille).
    # After: 0.8 / 1.0 / 1.0 / 0.8 / 0.8 (left: Kasi, Laos, is not in the shipped data)
    res = score(Path(__file__).resolve().parent / "data" / "blind35")
    today, older = res["summary"]["current"], res["summary"]["older"]
    assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0 and today["not_merged"] == 1.0
    assert today["not_split"] >= 0.8 and today["place"] >= 0.8 and today["killed"] >= 0.8
    assert older["not_merged"] >= 0.9 and older["date"] >= 0.9


def test_blind36_fourteen_published_style_articles_one_attack_each():
    # first contact (blind36, stop 30): not_split 0.79, not_merged 0.86, date 1.0, place 0.79, killed 0.64 (a
    # headline's region over the lead's town past a wire page's time stamps; "had initially said four" read as the
    # toll). After: place 0.93, killed 0.86
    res = score(Path(__file__).resolve().parent / "data" / "blind36")
    today = res["summary"]["current"]
    assert today["n"] == 14 and today["found"] == 1.0 and today["date"] == 1.0
    assert today["not_split"] >= 0.78 and today["not_merged"] >= 0.85 and today["place"] >= 0.9 and today["killed"] >= 0.85


def test_blind37_five_attacks_over_three_days_in_africa_the_middle_east_and_europe():
    # first contact (blind37, written at the stop's middle): not_split 0.0, not_merged 0.6, date 1.0, place 1.0,
    # killed 0.6 (Ukraine's launch tally beside a stray drone's toll in Poland; a gendarmerie commander's toll read
    # as a party's claim; "rose to nine" after the 11; attackers counted into the toll). After: 0.4 / 0.8 / 1.0 / 1.0
    # / 0.8 (left: "20 km north-east of Dorra" beside "near Dorra"; a transcript's later hospital count)
    res = score(Path(__file__).resolve().parent / "data" / "blind37")
    today = res["summary"]["current"]
    assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_split"] >= 0.4 and today["not_merged"] >= 0.8 and today["killed"] >= 0.8


def test_blind38_five_attacks_over_three_days_written_last():
    # first contact (blind38, written after every other fix of stop 30): not_split 0.6, not_merged 0.4, date 1.0,
    # place 1.0, killed 0.4. After: not_split 1.0, killed 0.8 (a wire filed from "SAN JOSÉ" read as an event date; a
    # fact-check's "on the night of Friday, March 18" read as the Friday before publication; a translation's
    # date). not_merged stays 0.4 on the scorer's side: an older attack's "killed 1" gold figure is matched to the article's first "killed 1"
    # record, today's
    res = score(Path(__file__).resolve().parent / "data" / "blind38")
    today = res["summary"]["current"]
    assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_split"] == 1.0 and today["killed"] >= 0.8 and today["not_merged"] >= 0.4


def test_blind39_published_style_articles_in_fourteen_countries():
    # first contact (blind39, stop 31): not_split 0.64, date 0.79, place 0.86, killed 0.79 (a situation report dated
    # by its headers; "killed when about 300 illegal miners overran a guard post"; Umeda 1 km from Osaka's point).
    # After: 0.86 / 0.93 / 0.93 / 0.93 (left: Osaka's "Kita Ward" read as Tokyo's, named in the same article)
    res = score(Path(__file__).resolve().parent / "data" / "blind39")
    today = res["summary"]["current"]
    assert today["n"] == 14 and today["found"] == 1.0 and today["not_merged"] == 1.0
    assert today["not_split"] >= 0.85 and today["date"] >= 0.92 and today["place"] >= 0.92 and today["killed"] >= 0.92


def test_blind40_five_attacks_over_three_days_with_two_parties_tolls():
    # first contact (blind40, stop 31): not_split 0.6, not_merged 0.8, date 1.0, place 0.4, killed 0.6 ("LUGANSK
    # PEOPLE'S REPUBLIC" read as the city; a municipality joined to a namesake village; "North Al Batinah
    # Governorate" unknown). After: 0.8 / 0.8 / 1.0 / 1.0 / 0.6 (left: the de facto authorities' 7 against a
    # monitor's 4 at the raion, a day apart; the police's 3 chosen over a rights group's 7)
    res = score(Path(__file__).resolve().parent / "data" / "blind40")
    today = res["summary"]["current"]
    assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_split"] >= 0.8 and today["not_merged"] >= 0.8 and today["killed"] >= 0.6


def test_blind41_five_attacks_over_three_days_with_hospital_towns_as_traps():
    # first contact (blind41, stop 31, written after the blind39-40 fixes): not_split 0.6, not_merged 0.6, date 1.0,
    # place 0.6, killed 0.4. After: a police release's "the incident which occurred on Saturday afternoon" and deaths
    # "at Queen Elizabeth Central Hospital on Sunday" dated to the attack. Left: a rally's toll told from the hospital
    # town (Blantyre) where Malawi's "Southern Region" is unknown; a Rostov attack placed at Taganrog, where the
    # wounded were taken; the attackers counted into Ea Sup's toll
    res = score(Path(__file__).resolve().parent / "data" / "blind41")
    today = res["summary"]["current"]
    assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0
    assert today["not_split"] >= 0.6 and today["not_merged"] >= 0.6 and today["place"] >= 0.6


def test_blind42_published_style_articles_on_five_continents():
    # first contact (blind42, stop 31): not_split 0.86, not_merged 0.93, date 0.93, place 0.93, killed 0.71. After:
    # 0.86 / 0.93 / 1.0 / 1.0 / 0.86 (a gang fight's toll read: firearms and knives are words of violence; a later
    # death "ended up dying ... in the University Hospital ..., in the Praia" dated and placed at the attack)
    res = score(Path(__file__).resolve().parent / "data" / "blind42")
    today = res["summary"]["current"]
    assert today["n"] == 14 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_split"] >= 0.85 and today["not_merged"] >= 0.92 and today["killed"] >= 0.85


def test_blind43_five_attacks_over_three_days_written_last():
    # first contact (blind43, written after every other fix of stop 31): not_split 0.6, not_merged 0.4, date 0.8,
    # place 1.0, killed 0.4 (a Russian translation's "Original: ..., 13.02.2037, 09:15" left the article undated).
    # After: 0.6 / 0.6 / 1.0 / 1.0 / 0.6 (left: North Macedonia's "Northeastern Region" read as Oman's; not merged
    # 0.6 partly on the scorer's side, an older attack's "killed 1" matched to today's "a 61-year-old man died")
    res = score(Path(__file__).resolve().parent / "data" / "blind43")
    today = res["summary"]["current"]
    assert today["n"] == 5 and today["found"] == 1.0 and today["date"] == 1.0 and today["place"] == 1.0
    assert today["not_split"] >= 0.6 and today["not_merged"] >= 0.6 and today["killed"] >= 0.6


def _today(name):
    return score(Path(__file__).resolve().parent / "data" / name)["summary"]["current"]


def test_blind44_to_46_written_at_the_start_of_stop_32():
    # first contact: blind44 (14 published-style articles) not_split 0.857 / not_merged 1.0 / killed 0.786; blind45
    # (five attacks over three days) 0.2 / 0.8 / 0.4 (dates of "has died after Saturday night's attack" and of a quoted
    # statement, a province's towns, a toll "communicated on Saturday"); blind46 0.8 / 0.8 / 0.4 (an article's victims
    # before the attackers' dead, claims told in relative clauses, a police station "of Corinto", a funeral's town)
    b44, b45, b46 = _today("blind44"), _today("blind45"), _today("blind46")
    assert b44["n"] == 14 and b44["not_split"] >= 0.85 and b44["not_merged"] == 1.0 and b44["killed"] >= 0.92
    assert b45["n"] == 5 and b45["not_split"] >= 0.8 and b45["not_merged"] == 1.0 and b45["date"] == 1.0 \
        and b45["killed"] >= 0.8
    assert b46["n"] == 5 and b46["not_split"] == 1.0 and b46["not_merged"] >= 0.8 and b46["place"] == 1.0 \
        and b46["killed"] >= 0.8


def test_blind47_to_49_written_last():
    # first contact (after the first batch of stop 32's fixes): blind47 not_split 0.786 / not_merged 0.929 / killed
    # 0.571; blind48 0.2 / 0.4 / 0.8 (a street read as a town, a raion the index lacks, a translator's "Source:" line,
    # "two more than in his first report" matched to an older attack's count); blind49 0.8 / 0.8 / 0.6
    b47, b48, b49 = _today("blind47"), _today("blind48"), _today("blind49")
    assert b47["n"] == 14 and b47["not_split"] >= 0.78 and b47["not_merged"] >= 0.92
    assert b48["n"] == 5 and b48["not_split"] >= 0.8 and b48["not_merged"] >= 0.8 and b48["date"] == 1.0 \
        and b48["killed"] >= 0.8
    assert b49["n"] == 5 and b49["not_split"] >= 0.8 and b49["not_merged"] >= 0.8 and b49["killed"] >= 0.6
