"""Events: grouping, matching across articles, inherited dates, low/best/high."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.events import build_events, figure_key
from dashboard.events.combine import SourceValue, combine
from dashboard.records import RECORD_FIELDS, Record

KYIV = dict(place="Kyiv", lat=50.45466, lon=30.5238, country="UA", admin1="Kyiv City",
            precision="city")
SUMY = dict(place="Sumy", lat=50.9216, lon=34.80029, country="UA", admin1="Sumy",
            precision="city")
DAY = dict(date="2025-04-24", date_precision="day")


def fig(doc_id, type_, category, count, qualifier="exact", start=0, sentence="", **kw):
    return Record(type=type_, doc=doc_id + ".txt", doc_id=doc_id, category=category, count=count,
                  low=count if qualifier in ("at_least", "more_than") else None,
                  qualifier=qualifier, start=start, end=start + 5, evidence=f"{count} {category}",
                  sentence=sentence or f"{count} {category}.", scope=kw.pop("scope", "event"), **kw)


def seed_records():
    """What the extractor gives for the two seed articles (000 dated, 003 undated)."""
    a, b = "000", "003"
    return [
        fig(a, "casualty", "killed", 12, "at_least", 100, **DAY, **KYIV),
        fig(a, "weapon", "missile", 70, start=200, role="launched", **DAY, **KYIV),
        fig(a, "weapon", "drone", 145, start=210, role="launched", **DAY, **KYIV),
        fig(a, "casualty", "killed", 5000, start=300, scope="rate", rate_unit="week"),
        fig(a, "casualty", "killed", 12, "at_least", 400, **DAY, **KYIV),
        fig(a, "casualty", "injured", 90, start=410, **DAY, **KYIV),
        fig(a, "casualty", "killed", 33, start=500, date="2024-07", date_precision="month", **KYIV),
        fig(a, "weapon", "missile", 1, start=600, origin="North Korea", **DAY, **KYIV),
        fig(b, "casualty", "killed", 12, "at_least", 100, **KYIV),
        fig(b, "casualty", "injured", 90, start=110, **KYIV),
        fig(b, "weapon", "missile", 70, "more_than", 200, **KYIV),
        fig(b, "weapon", "drone", 145, start=210, **KYIV),
        fig(b, "casualty", "killed", 35, start=300, sentence="On April 13, a ballistic missile "
            "strike in Sumy killed 35 people, raising alarm.", **SUMY),
        fig(b, "weapon", "ballistic_missile", 1, start=400, origin="North Korea", **KYIV),
        Record(type="place", doc="003.txt", doc_id=b, name="Kyiv", start=5, end=9, **{
            k: v for k, v in KYIV.items() if k != "place"}),
    ]


def frames(records, published=None):
    df = pd.DataFrame([r.to_dict() for r in records])
    df = df.reindex(columns=list(RECORD_FIELDS))
    published = published or {"000": "2025-04-24", "003": None}
    docs = pd.DataFrame([{"doc_id": d, "name": d + ".txt", "published": p, "outlet": None}
                         for d, p in published.items()])
    return df, docs


@pytest.fixture()
def seeds():
    return build_events(*frames(seed_records()))


def test_seed_kyiv_strike_is_one_event_with_two_sources(seeds):
    events, comps, _ = seeds
    kyiv = events[(events.place == "Kyiv") & (events.date == "2025-04-24")]
    assert len(kyiv) == 1
    ev = kyiv.iloc[0]
    assert ev.n_sources == 2 and ev.sources == "000.txt, 003.txt"
    assert (ev.killed_low, ev.killed_best) == (12, 12) and pd.isna(ev.killed_high)
    assert ev.injured_best == 90 and ev.missiles_best == 70 and ev.drones_best == 145
    assert not ev.disagreement
    assert not ev.date_inferred   # seed 000 gives the date itself
    missiles = comps[(comps.event_id == ev.event_id) & (comps.figure == "missile")]
    assert sorted(missiles.qualifier) == ["exact", "more_than"] and missiles.consistent.all()
    nk = comps[(comps.event_id == ev.event_id) & (comps.figure == "ballistic_missile (North Korea)")]
    assert sorted(nk.doc_id) == ["000", "003"] and (nk.combined_best == 1).all()


def test_seed_other_events_are_separate(seeds):
    events, _, _ = seeds
    july = events[events.date == "2024-07"]
    assert len(july) == 1 and july.iloc[0].place == "Kyiv" and july.iloc[0].killed_best == 33
    sumy = events[events.place == "Sumy"]
    assert len(sumy) == 1
    assert sumy.iloc[0].date == "2025-04-13" and sumy.iloc[0].killed_best == 35
    assert bool(sumy.iloc[0].date_inferred)   # year from the match with seed 000
    assert len(events) == 3


def test_rates_stay_out_of_events_and_records_get_event_ids(seeds):
    events, _, recs = seeds
    rate = recs[recs["count"] == 5000].iloc[0]
    assert rate.event_id is None
    assert 5000 not in set(events.killed_best.dropna())
    undated = recs[(recs.doc_id == "003") & (recs.type == "casualty") & (recs["count"] == 12)]
    assert undated.iloc[0].date == "2025-04-24" and bool(undated.iloc[0].date_inferred)
    assert recs[recs.type == "place"].event_id.isna().all()


def test_within_article_revision_takes_latest_highest():
    recs = [fig("a", "casualty", "killed", 14, start=10, **DAY, **KYIV),
            fig("a", "casualty", "killed", 18, start=90, **DAY, **KYIV),
            fig("a", "casualty", "killed", 9, start=95, subset=True, group="children", **DAY, **KYIV)]
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-24"}))
    assert len(events) == 1 and events.iloc[0].killed_best == 18
    row = comps[comps.figure == "killed"].iloc[0]
    assert row["count"] == 18 and "14 -> 18" in row.note
    assert (comps.figure == "killed_children").sum() == 1   # a subset, not a toll


def test_disagreeing_sources_are_flagged_with_conservative_best():
    recs = [fig("a", "casualty", "killed", 12, **DAY, **KYIV),
            fig("b", "casualty", "killed", 18, **DAY, **KYIV)]
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-24"}))
    ev = events.iloc[0]
    assert (ev.killed_low, ev.killed_best, ev.killed_high) == (12, 12, 18)
    assert bool(ev.disagreement) and not comps.consistent.any()
    assert "disagree" in comps.note.iloc[0]


def test_later_report_with_higher_toll_is_a_revision():
    recs = [fig("a", "casualty", "killed", 12, **DAY, **KYIV),
            fig("b", "casualty", "killed", 18, **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-26"}))
    ev = events.iloc[0]
    assert ev.killed_best == 18 and not ev.disagreement


def test_different_cities_same_day_are_different_events_and_district_joins_city():
    district = dict(place="Sviatoshynskyi district", lat=50.457, lon=30.37, country="UA",
                    admin1="Kyiv City", precision="district")
    recs = [fig("a", "casualty", "killed", 3, **DAY, **KYIV),
            fig("b", "casualty", "killed", 3, **DAY, **district),
            fig("c", "casualty", "killed", 5, **DAY, **SUMY)]
    events, _, _ = build_events(*frames(recs, {k: "2025-04-24" for k in "abc"}))
    assert sorted(events.n_sources) == [1, 2]
    assert set(events.place) == {"Kyiv", "Sumy"}


def test_country_level_figure_joins_the_one_event_of_its_article():
    ua = dict(place="Ukraine", lat=49.0, lon=32.0, country="UA", precision="country")
    recs = [fig("a", "casualty", "killed", 3, **DAY, **KYIV),
            fig("a", "weapon", "drone", 40, **DAY, **ua)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24"}))
    assert len(events) == 1 and events.iloc[0].drones_best == 40 and events.iloc[0].place == "Kyiv"


def test_undated_article_without_confident_match_stays_undated():
    recs = [fig("a", "casualty", "killed", 3, **DAY, **KYIV),
            fig("b", "casualty", "killed", 3, **KYIV)]   # only one agreeing figure
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": None}))
    assert len(events) == 2 and events.date.isna().sum() == 1


def test_empty_input():
    events, comps, recs = build_events(pd.DataFrame(columns=list(RECORD_FIELDS)), None)
    assert len(events) == 0 and "killed_best" in events.columns and "figure" in comps.columns


@pytest.mark.parametrize("a,b,ok", [
    (("12", "exact"), ("12", "at_least"), True), (("70", "exact"), ("70", "more_than"), True),
    (("12", "exact"), ("18", "exact"), False), (("20", "about"), ("22", "exact"), True),
    (("10", "up_to"), ("12", "exact"), False)])
def test_combine_consistency(a, b, ok):
    vals = [SourceValue("x", int(a[0]), qualifier=a[1]), SourceValue("y", int(b[0]), qualifier=b[1])]
    assert combine(vals).consistent is ok


def test_figure_key():
    assert figure_key("drone", "shot_down", None, None, False, None) == "drone_shot_down"
    assert figure_key("missile", "launched", None, "North Korea", False, None) == "missile (North Korea)"


def test_rebuilding_from_built_records_keeps_inferred_dates(seeds):
    """The app rebuilds events from records read back from the store: same events."""
    events, _, recs = seeds
    again, _, _ = build_events(recs.drop(columns=["event_id"]), frames(seed_records())[1])
    assert list(again.event_id) == list(events.event_id)
    assert list(again.date_inferred) == list(events.date_inferred)


@pytest.mark.parametrize("values,want", [
    ([(12, "exact"), (12, "at_least")], (12, 12, 12)),
    ([(70, "exact"), (70, "more_than")], (70, 70, 70)),
    ([(12, "at_least"), (15, "at_least")], (15, 15, None)),
    ([(170, "about")], (136, 170, 204)),
    ([(5, "up_to")], (0, 5, 5)),
    ([(12, "exact"), (18, "exact")], (12, 12, 18))])
def test_combine_low_best_high(values, want):
    c = combine([SourceValue(f"s{i}", n, qualifier=q) for i, (n, q) in enumerate(values)])
    assert (c.low, c.best, c.high) == want


def test_undated_article_matches_despite_a_revised_toll_and_a_missile_type():
    recs = [fig("a", "casualty", "killed", 4, **DAY, **KYIV),
            fig("a", "casualty", "injured", 3, **DAY, **KYIV),
            fig("a", "weapon", "missile", 2, **DAY, **KYIV),
            fig("b", "casualty", "killed", 5, **KYIV),        # a later toll: disagrees
            fig("b", "casualty", "injured", 3, **KYIV),
            fig("b", "weapon", "cruise_missile", 2, **KYIV)]  # "missiles" in the other
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": None}))
    assert len(events) == 1 and events.iloc[0].n_sources == 2
    assert set(comps[comps.figure == "cruise_missile"].doc_id) == {"a", "b"}


def test_same_day_three_agreeing_figures_overcome_a_wrong_place():
    wrong = dict(place="Huambo", lat=-12.8, lon=15.7, country="AO", admin1="Huambo",
                 precision="city")
    recs = [fig(d, t, c, n, **DAY, **(KYIV if d != "c" else wrong))
            for d in "abc" for t, c, n in (("casualty", "killed", 7), ("casualty", "injured", 20),
                                           ("weapon", "drone", 40))]
    recs.append(fig("d", "casualty", "killed", 7, **DAY, **SUMY))   # one figure: no
    events, _, _ = build_events(*frames(recs, {k: "2025-04-24" for k in "abcd"}))
    assert sorted(events.n_sources) == [1, 3]
    assert events[events.n_sources == 3].iloc[0].place == "Kyiv"


def test_figures_put_on_the_attacking_country_join_the_event_they_agree_with():
    ru = dict(place="Russia", lat=61.5, lon=105.3, country="RU", precision="country")
    recs = [fig("a", "casualty", "killed", 7, **DAY, **KYIV), fig("a", "weapon", "drone", 40, **DAY, **KYIV),
            fig("b", "casualty", "killed", 2, **DAY, **SUMY), fig("b", "weapon", "drone", 9, **DAY, **SUMY),
            fig("c", "casualty", "killed", 7, **DAY, **ru), fig("c", "weapon", "drone", 40, **DAY, **ru)]
    events, _, _ = build_events(*frames(recs, {k: "2025-04-24" for k in "abc"}))
    assert len(events) == 2
    assert events.set_index("place").loc["Kyiv"].n_sources == 2


def test_a_region_in_another_country_stays_its_own_event():
    moscow = dict(place="Moscow Oblast", lat=55.7, lon=37.6, country="RU", admin1="Moscow",
                  precision="region")
    recs = [fig("a", "casualty", "killed", 3, **DAY, **KYIV),
            fig("a", "weapon", "drone", 32, role="shot_down", **DAY, **moscow)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24"}))
    assert sorted(events.place) == ["Kyiv", "Moscow Oblast"]


def test_a_party_claim_is_never_best_over_an_official_toll():
    recs = [fig("a", "casualty", "killed", 21, **DAY, **KYIV),
            fig("b", "casualty", "killed", 30, claimant="the army", **DAY, **KYIV)]
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-24"}))
    ev = events.iloc[0]
    assert (ev.killed_low, ev.killed_best, ev.killed_high) == (21, 21, 30)
    assert "claimed: 30 (b.txt) by the army" in comps.note.iloc[0]
    assert set(comps.claimant.fillna("")) == {"", "the army"}


def test_two_parties_in_one_article_keep_both_values_and_the_official_is_best():
    recs = [fig("a", "casualty", "killed", 45, start=10, claimant="the militia", **DAY, **KYIV),
            fig("a", "casualty", "killed", 12, start=50, **DAY, **KYIV),
            fig("a", "casualty", "killed", 60, start=90, claimant="the army", **DAY, **KYIV)]
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-24"}))
    ev = events.iloc[0]
    assert ev.killed_best == 12 and ev.killed_high == 60
    assert sorted(comps["count"]) == [12, 45, 60]


def test_claims_alone_still_give_a_best():
    recs = [fig("a", "weapon", "drone", 40, role="shot_down", claimant="the army", **DAY, **KYIV)]
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-24"}))
    assert events.iloc[0].shot_down_best == 40 and comps.claimant.iloc[0] == "the army"


def test_a_night_attack_dated_either_side_of_midnight_with_a_rising_toll_is_one_event():
    thu, fri = dict(date="2025-10-16", date_precision="day"), dict(date="2025-10-17", date_precision="day")
    recs = [fig("a", "casualty", "killed", 3, **thu, **KYIV), fig("a", "casualty", "injured", 11, **thu, **KYIV),
            fig("b", "casualty", "killed", 7, **fri, **KYIV), fig("b", "casualty", "injured", 19, **fri, **KYIV),
            fig("c", "casualty", "killed", 8, **fri, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-10-17", "b": "2025-10-18", "c": "2025-10-20"}))
    assert len(events) == 1 and events.iloc[0].killed_best == 8


def test_a_lower_toll_the_next_day_from_the_same_article_date_is_another_attack():
    thu, fri = dict(date="2025-10-16", date_precision="day"), dict(date="2025-10-17", date_precision="day")
    recs = [fig("a", "casualty", "killed", 9, **thu, **KYIV), fig("b", "casualty", "killed", 2, **fri, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-10-17", "b": "2025-10-18"}))
    assert len(events) == 2


def test_on_the_last_day_two_sources_at_once_the_conservative_is_best():
    """A ministry's toll 9 -> 13 -> 17 and a monitor's 16 and 20 beside it: best 17 (UCDP)."""
    recs = [fig("a", "casualty", "killed", 9, **DAY, **KYIV),
            fig("b", "casualty", "killed", 13, start=10, source="health directorate", **DAY, **KYIV),
            fig("b", "casualty", "killed", 16, start=50, source="war monitor", **DAY, **KYIV),
            fig("c", "casualty", "killed", 17, start=10, source="health officials", **DAY, **KYIV),
            fig("c", "casualty", "killed", 20, start=50, source="Syrian Observatory", **DAY, **KYIV)]
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-25", "c": "2025-04-27"}))
    ev = events.iloc[0]
    assert (ev.killed_low, ev.killed_best, ev.killed_high) == (9, 17, 20)
    assert sorted(comps[comps.figure == "killed"]["count"]) == [9, 13, 16, 17, 20]


def test_a_region_joins_the_town_event_of_its_country_when_admin1_is_unknown():
    town = dict(place="Sebba", lat=13.44, lon=0.53, country="BF", admin1=None, precision="city")
    region = dict(place="Sahel", lat=14.0, lon=-0.5, country="BF", admin1="Sahel", precision="region")
    recs = [fig("a", "casualty", "killed", 15, "at_least", **DAY, **town),
            fig("b", "casualty", "killed", 27, **DAY, **region)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-26"}))
    assert len(events) == 1 and events.iloc[0].place == "Sebba" and events.iloc[0].killed_best == 27


def test_an_attack_dated_to_its_month_joins_the_days_event_at_that_place_when_figures_agree():
    day = dict(date="2021-06-05", date_precision="day")
    month = dict(date="2021-06", date_precision="month")
    recs = [fig("a", "casualty", "killed", 132, "at_least", **day, **SUMY),
            fig("b", "casualty", "killed", 132, **month, **SUMY)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-26"}))
    assert len(events) == 1 and events.iloc[0].date == "2021-06-05"


def test_a_month_dated_toll_stays_apart_when_two_attacks_that_month_both_agree_or_it_disagrees():
    month = dict(date="2021-06", date_precision="month")
    recs = [fig("a", "casualty", "killed", 12, "at_least", date="2021-06-02", date_precision="day", **SUMY),
            fig("c", "casualty", "killed", 12, "at_least", date="2021-06-20", date_precision="day", **SUMY),
            fig("b", "casualty", "killed", 12, **month, **SUMY),
            fig("d", "casualty", "killed", 40, **month, **KYIV),
            fig("e", "casualty", "killed", 9, date="2021-06-09", date_precision="day", **KYIV)]
    events, _, _ = build_events(*frames(recs, {k: "2025-04-24" for k in "abcde"}))
    assert len(events) == 5


def test_a_hospital_count_at_the_hospital_town_stays_with_its_articles_attack():
    region = dict(place="Sumy Oblast", lat=51.1, lon=34.0, country="UA", admin1="Sumy Oblast", precision="region")
    town = dict(place="Bilopillia", lat=51.15, lon=34.31, country="UA", admin1="Sumy Oblast", precision="city")
    recs = [fig("a", "casualty", "killed", 3, **DAY, **town),
            fig("b", "casualty", "killed", 5, start=10, **DAY, **region),
            fig("b", "casualty", "hospitalized", 2, start=20, **DAY, **SUMY)]   # "hospitalised in Sumy"
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-25"}))
    assert len(events) == 1 and events.n_sources.iloc[0] == 2


def test_an_official_toll_beside_elders_count_and_a_total_beside_its_civilians():
    town = dict(place="Parachinar", lat=33.9, lon=70.1, country="PK", admin1="Khyber Pakhtunkhwa", precision="city")
    recs = [fig("a", "casualty", "killed", 24, start=10, source="the provincial health department", **DAY, **town),
            fig("a", "casualty", "killed", 26, start=50, **DAY, **town),              # a jirga's own list
            fig("b", "casualty", "killed", 31, start=10, source="the state government", **DAY, **town),
            fig("b", "casualty", "killed", 27, start=50, source="the UN", group="civilians", **DAY, **town)]
    events, comps, _ = build_events(*frames(recs, {"a": "2025-04-25", "b": "2025-04-25"}))
    chosen = comps[comps.doc_id == "a"].sort_values("start")
    assert chosen["count"].iloc[0] == 24                       # the article's own value: the official one
    assert 27 not in set(comps[comps.doc_id == "b"]["count"])  # civilians are a part of the 31, no rival toll


def test_one_articles_night_raid_dated_either_side_of_midnight_is_one_event():
    town = dict(place="Mangina", lat=0.76, lon=29.31, country="CD", admin1="Nord-Kivu", precision="city")
    recs = [fig("a", "casualty", "killed", 22, start=10, date="2025-06-22", date_precision="day", **town),
            fig("a", "casualty", "killed", 22, start=90, date="2025-06-23", date_precision="day", **town)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-06-23"}))
    assert len(events) == 1


def test_this_weeks_attack_near_a_town_joins_the_days_event_in_its_territory():
    territory = dict(place="Beni", lat=0.5, lon=29.5, country="CD", admin1="Nord-Kivu", precision="region")
    town = dict(place="Beni", lat=0.49, lon=29.47, country="CD", admin1="Nord-Kivu", precision="city")
    recs = [fig("a", "casualty", "killed", 31, start=10, date="2025-06-23", date_precision="day", **territory),
            fig("b", "casualty", "killed", 35, start=10, date="2025-06-24", date_precision="week", **town)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-06-24", "b": "2025-06-27"}))
    assert len(events) == 1 and events.killed_best.iloc[0] == 35


def test_a_regions_toll_joins_the_days_attack_with_victims_not_a_shoot_down_over_the_capital():
    region = dict(place="Gezira state", lat=14.5, lon=33.3, country="SD", admin1="Gezira", precision="region")
    town = dict(place="Al Hasaheisa", lat=14.75, lon=33.3, country="SD", admin1="Gezira", precision="city")
    capital = dict(place="Wad Medani", lat=14.4, lon=33.52, country="SD", admin1="Gezira", precision="city")
    recs = [fig("a", "casualty", "killed", 19, start=10, **DAY, **town),
            fig("a", "weapon", "drone", 4, start=90, role="shot_down", **DAY, **capital),
            fig("b", "casualty", "killed", 21, "at_least", start=10, **DAY, **region)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24", "b": "2025-04-28"}))
    ev = events[events.place == "Al Hasaheisa"]
    assert len(ev) == 1 and ev.n_sources.iloc[0] == 2


def test_one_attack_placed_at_two_towns_30_km_apart_by_two_outlets_days_apart_is_one_event():
    """'killed 18 in Monimpebougou' (published the next day), 'at least 31 killed near
    Ke-Macina' (five days later): one toll revised, told at two towns of one region."""
    village = dict(place="Monimpebougou", lat=14.1508, lon=-5.5209, country="ML", admin1="Segou",
                   precision="city")
    town = dict(place="Ke-Macina", lat=13.9641, lon=-5.3579, country="ML", admin1="Segou", precision="city")
    recs = [fig("a", "casualty", "killed", 18, **DAY, **village),
            fig("b", "casualty", "killed", 31, "at_least", **DAY, **town)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-25", "b": "2025-04-29"}))
    assert len(events) == 1 and events.iloc[0].killed_best == 31
    # a lower toll later is another attack; so are two towns 30 km apart told the same day,
    # and a town beyond 50 km
    for (na, nb), pubs, far in (((18, 9), ("2025-04-25", "2025-04-29"), 0.0),
                                ((18, 31), ("2025-04-25", "2025-04-25"), 0.0),
                                ((18, 31), ("2025-04-25", "2025-04-29"), 0.4)):
        moved = dict(town, lat=town["lat"] - far)
        recs = [fig("a", "casualty", "killed", na, **DAY, **village), fig("b", "casualty", "killed", nb, **DAY, **moved)]
        events, _, _ = build_events(*frames(recs, {"a": pubs[0], "b": pubs[1]}))
        assert len(events) == 2, (na, nb, pubs, far)


def test_a_toll_stated_in_parts_adds_up_and_a_stated_total_or_its_subsets_do_not():
    s = "Two more soldiers died, raising the toll to four soldiers and one civilian, the ministry said."
    recs = [fig("a", "casualty", "killed", 2, sentence=s, group="soldiers", **DAY, **KYIV),
            fig("a", "casualty", "killed", 4, sentence=s, group="soldiers", **DAY, **KYIV),
            fig("a", "casualty", "killed", 1, sentence=s, group="civilians", **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-25"}))
    assert events.iloc[0].killed_best == 5
    s = "At least 31 civilians, including nine children and five women, were killed."
    recs = [fig("a", "casualty", "killed", 31, "at_least", sentence=s, group="civilians", **DAY, **KYIV),
            fig("a", "casualty", "killed", 5, sentence=s, group="women", **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-25"}))
    assert events.iloc[0].killed_best == 31
    s = "The blast killed 35 people, 31 civilians and 4 soldiers."
    recs = [fig("a", "casualty", "killed", 35, sentence=s, group="people", **DAY, **KYIV),
            fig("a", "casualty", "killed", 31, sentence=s, group="civilians", **DAY, **KYIV),
            fig("a", "casualty", "killed", 4, sentence=s, group="soldiers", **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-25"}))
    assert events.iloc[0].killed_best == 35


def test_a_partys_claim_set_apart_by_its_place_never_outweighs_the_articles_own_toll():
    bannu = dict(place="Bannu District", lat=32.9, lon=70.6, country="PK", admin1="Khyber Pakhtunkhwa",
                 precision="region")
    town = dict(place="Lakki Marwat", lat=32.6, lon=70.9, country="PK", admin1="Khyber Pakhtunkhwa", precision="city")
    recs = [fig("a", "casualty", "killed", 16, "at_least", **DAY, **town),
            fig("a", "casualty", "killed", 40, start=90, group="fighters", claimant="Police and the army", **DAY, **bannu)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-30"}))
    assert len(events) == 1 and events.iloc[0].killed_best == 16


def test_one_articles_raid_told_as_a_night_is_one_event_and_a_bearing_place_joins_the_town_near_it():
    panyam = dict(place="Panyam", lat=9.41, lon=9.21, country="NG", admin1="Plateau State", precision="city")
    sat, sun = dict(date="2025-09-13", date_precision="day"), dict(date="2025-09-14", date_precision="day")
    recs = [fig("a", "casualty", "killed", 12, "at_least", sentence="Gunmen killed at least 12 in an overnight raid.",
                **sun, **panyam),
            fig("a", "casualty", "injured", 7, start=90, sentence="Seven were wounded at 11 p.m. on Saturday.",
                **sat, **panyam)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-09-14"}))
    assert len(events) == 1
    recs[0].sentence = recs[1].sentence = "Gunmen killed 12 on Sunday; seven were wounded on Saturday."
    events, _, _ = build_events(*frames(recs, {"a": "2025-09-14"}))
    assert len(events) == 2          # no night: two days' attacks
    off = dict(place="70 km south-east of Jos", lat=9.48, lon=9.34, country="NG", admin1=None, precision="city")
    recs = [fig("a", "casualty", "killed", 12, **sat, **panyam), fig("b", "casualty", "killed", 12, **sat, **off)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-09-14", "b": "2025-09-14"}))
    assert len(events) == 1          # 16 km off a point 70 km out: within the bearing's error
    far = dict(off, place="20 km south-east of Jos", lat=9.78, lon=9.0)
    recs[1] = fig("b", "casualty", "killed", 12, **sat, **far)
    events, _, _ = build_events(*frames(recs, {"a": "2025-09-14", "b": "2025-09-14"}))
    assert len(events) == 2


def test_two_attacks_on_one_city_in_one_month_with_different_tolls_stay_apart():
    month = dict(date="2024-03", date_precision="month")
    odesa = dict(place="Odesa", lat=46.48, lon=30.74, country="UA", admin1="Odesa", precision="city")
    recs = [fig("a", "casualty", "killed", 21, **month, **odesa), fig("b", "casualty", "killed", 12, **month, **odesa)]
    events, _, _ = build_events(*frames(recs, {"a": "2026-01-14", "b": "2026-01-19"}))
    assert len(events) == 2
    recs = [fig("a", "casualty", "killed", 12, **month, **odesa), fig("b", "casualty", "killed", 12, **month, **odesa)]
    events, _, _ = build_events(*frames(recs, {"a": "2026-01-14", "b": "2026-01-19"}))
    assert len(events) == 1


def test_deaths_among_the_wounded_told_by_another_source_of_the_article_are_no_rival_toll():
    s1 = "At least nine people were killed, the UN office said."
    s2 = "The office said two of the injured had died in hospital this week."
    recs = [fig("a", "casualty", "killed", 9, "at_least", sentence=s1, source="UN human rights office", **DAY, **KYIV),
            fig("a", "casualty", "killed", 2, start=90, sentence=s2, source="office", **DAY, **KYIV)]
    recs[1].evidence = "two of the injured had died"
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-26"}))
    assert events.iloc[0].killed_best == 9


def test_one_speaker_named_two_ways_in_an_article_is_no_rival_of_itself():
    s1, s2 = "At least 32 people were killed, the United Nations said.", "The UN human rights office said its staff confirmed 27 deaths."
    recs = [fig("a", "casualty", "killed", 32, "at_least", sentence=s1, source="United Nations", **DAY, **KYIV),
            fig("a", "casualty", "killed", 27, start=90, sentence=s2, source="UN human rights office said its staff",
                **DAY, **KYIV),
            fig("b", "casualty", "killed", 30, "more_than", sentence="More than 30 died.", **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-28", "b": "2025-04-26"}))
    assert events.iloc[0].killed_best == 32


def test_one_articles_night_attack_placed_at_a_region_either_side_of_midnight_is_one_event():
    state = dict(place="Michoacan de Ocampo", lat=19.7, lon=-101.58, country="MX", admin1="Michoacan de Ocampo",
                 precision="region")
    fri, sat = dict(date="2026-08-21", date_precision="day"), dict(date="2026-08-22", date_precision="day")
    night = "Gunmen attacked the village from shortly before midnight on Friday until dawn on Saturday, killing six."
    recs = [fig("a", "casualty", "killed", 6, sentence=night, **fri, **state),
            fig("a", "casualty", "injured", 11, start=90, sentence="Eleven were wounded on Saturday.", **sat, **state)]
    events, _, _ = build_events(*frames(recs, {"a": "2026-08-23"}))
    assert len(events) == 1
    recs[0].sentence = "Gunmen attacked the village on Friday, killing six."
    events, _, _ = build_events(*frames(recs, {"a": "2026-08-23"}))
    assert len(events) == 2


def test_a_toll_revised_over_days_beside_a_part_told_on_the_last_day_keeps_the_toll():
    from dashboard.events.combine import SourceValue, combine
    vals = [SourceValue("live", 4, 4, 4, "exact", "2026-03-07"), SourceValue("paper", 8, 8, 8, "exact", "2026-03-09"),
            SourceValue("bulletin", 9, 9, 9, "exact", "2026-03-13"),
            SourceValue("bulletin: two found dead", 2, 2, 2, "exact", "2026-03-13")]
    c = combine(vals)
    assert (c.low, c.best, c.high) == (2, 9, 9)


def test_a_village_with_one_wounded_is_no_revision_of_a_nearby_towns_toll():
    # an attack placed at the town by two outlets and at a village 8 km off by a third, days later,
    # joins them even where another village 40 km off counts one wounded the first day
    import pandas as pd
    from dashboard.events import build_events

    def rec(doc, pub, place, lat, lon, cat, n):
        return {"type": "casualty", "doc": doc, "doc_id": doc, "category": cat, "count": n, "qualifier": "exact",
                "date": "2026-01-28", "date_precision": "day", "place": place, "lat": lat, "lon": lon,
                "country": "UA", "admin1": "Cherkasy Oblast", "precision": "city", "scope": "event",
                "sentence": f"{n} {cat} in {place}.", "evidence": str(n), "start": 0, "end": 1}
    recs = [rec("a", "2026-01-28", "Smila", 49.233, 31.884, "killed", 8), rec("a", "2026-01-28", "Smila", 49.233,
            31.884, "injured", 21), rec("a", "2026-01-28", "Zolotonosha", 49.669, 32.036, "injured", 1),
            rec("b", "2026-01-29", "Smila", 49.233, 31.884, "killed", 11), rec("b", "2026-01-29", "Smila", 49.233,
            31.884, "injured", 41), rec("c", "2026-02-02", "Bilozirya", 49.301, 31.894, "killed", 13),
            rec("c", "2026-02-02", "Bilozirya", 49.301, 31.894, "injured", 47)]
    docs = pd.DataFrame([{"doc_id": d, "doc": d, "published": p, "source": d} for d, p in
                         (("a", "2026-01-28"), ("b", "2026-01-29"), ("c", "2026-02-02"))])
    events, _, out = build_events(pd.DataFrame(recs), docs)
    ev = out.groupby("place")["event_id"].first()
    assert ev["Smila"] == ev["Bilozirya"] != ev["Zolotonosha"]
    assert events.set_index("event_id").loc[ev["Smila"], "killed_best"] == 13


def test_a_nights_country_wide_counts_join_the_attack_an_article_tells_at_length():
    import pandas as pd
    from dashboard.events import build_events

    def rec(place, lat, lon, precision, typ, cat, n):
        return {"type": typ, "doc": "a", "doc_id": "a", "category": cat, "count": n, "qualifier": "exact",
                "date": "2026-03-07", "date_precision": "day", "place": place, "lat": lat, "lon": lon,
                "country": "RU", "admin1": None if precision == "country" else "Voronezh Oblast",
                "precision": precision, "scope": "event", "sentence": f"{n} {cat}.", "evidence": str(n),
                "start": 0, "end": 1}
    town = [rec("Rossosh", 50.196, 39.566, "city", "casualty", c, n)
            for c, n in (("killed", 3), ("injured", 14), ("hospitalized", 7), ("rescued", 4), ("missing", 1))]
    side = [rec("Kantemirovka", 49.704, 39.858, "city", "casualty", "injured", 2)]
    night = [rec("Russia", 60.0, 100.0, "country", "weapon", "drone", 63)]
    _, _, out = build_events(pd.DataFrame(town + side + night))
    ev = out.groupby("place")["event_id"].first()
    assert ev["Russia"] == ev["Rossosh"] != ev["Kantemirovka"]


def test_a_district_named_after_a_town_joins_its_event_and_a_toll_up_from_anothers_is_the_latest():
    import pandas as pd
    from dashboard.events import build_events

    def rec(doc, place, lat, lon, precision, n, sentence):
        return {"type": "casualty", "doc": doc, "doc_id": doc, "category": "killed", "count": n, "qualifier": "exact",
                "date": "2026-02-22", "date_precision": "day", "place": place, "lat": lat, "lon": lon, "country": "UA",
                "admin1": "Zhytomyr Oblast", "precision": precision, "scope": "event", "sentence": sentence,
                "evidence": str(n), "start": 0, "end": 1}
    recs = [rec("a", "Korosten", 50.95, 28.64, "city", 7, "The toll has risen to seven."),
            rec("b", "Korosten Raion", 50.9, 28.5, "region", 9, "The toll in Korosten district is nine."),
            rec("c", "Korosten Raion", 50.9, 28.5, "region", 11, "The toll was put at 11 dead, up from nine on Monday."),
            rec("c", "Korosten Raion", 50.9, 28.5, "region", 9, "The toll was put at 11 dead, up from nine on Monday.")]
    docs = pd.DataFrame([{"doc_id": d, "doc": d, "published": p, "source": d} for d, p in
                         (("a", "2026-02-22"), ("b", "2026-02-26"), ("c", "2026-02-26"))])
    events, _, out = build_events(pd.DataFrame(recs), docs)
    assert out["event_id"].nunique() == 1
    assert events.iloc[0]["killed_best"] == 11


def test_a_district_not_named_after_its_seat_joins_the_event_of_a_town_inside_it():
    import pandas as pd
    from dashboard.events import build_events

    def rec(doc, place, lat, lon, precision, admin2, n):
        return {"type": "casualty", "doc": doc, "doc_id": doc, "category": "killed", "count": n, "qualifier": "exact",
                "date": "2026-10-11", "date_precision": "day", "place": place, "lat": lat, "lon": lon, "country": "VE",
                "admin1": "Apure", "admin2": admin2, "precision": precision, "scope": "event",
                "sentence": f"{n} were killed.", "evidence": str(n), "start": 0, "end": 1}
    # "the municipality Páez" (whose seat is Guasdualito) beside a mine at Achaguas, elsewhere in the state
    recs = [rec("a", "Guasdualito", 7.24, -70.73, "city", "Municipio Paez", 6),
            rec("b", "Achaguas", 7.77, -68.22, "city", "Municipio Achaguas", 2),
            rec("c", "Municipio Paez", 7.24, -70.73, "region", "Municipio Paez", 9)]
    docs = pd.DataFrame([{"doc_id": d, "doc": d, "published": "2026-10-12", "source": d} for d in "abc"])
    _, _, out = build_events(pd.DataFrame(recs), docs)
    ev = dict(zip(out["doc"], out["event_id"]))
    assert ev["c"] == ev["a"] != ev["b"]


def test_an_article_that_only_mentions_one_later_death_gives_no_toll_to_compare():
    import pandas as pd
    from dashboard.events import build_events

    def rec(doc, n, date, extra, evidence):
        return {"type": "casualty", "doc": doc, "doc_id": doc, "category": "killed", "count": n, "qualifier": "exact",
                "date": date, "date_precision": "day", "place": "Oleksandriia", "lat": 48.67, "lon": 33.1,
                "country": "UA", "admin1": "Kirovohrad Oblast", "precision": "city", "scope": "event",
                "sentence": evidence + ".", "evidence": evidence, "start": 0, "end": 1, "extra": extra}
    recs = [rec("a", 9, "2026-11-18", {}, "killed at least nine people"),
            rec("b", 12, "2026-11-18", {}, "toll rises to 12"),
            rec("c", 1, "2026-11-18", {"implicit": True}, "A retired teacher died")]
    docs = pd.DataFrame([{"doc_id": d, "doc": d, "published": p, "source": d}
                         for d, p in (("a", "2026-11-18"), ("b", "2026-11-19"), ("c", "2026-11-21"))])
    events, _, out = build_events(pd.DataFrame(recs), docs)
    assert out["event_id"].nunique() == 1 and events.iloc[0]["killed_best"] == 12


def test_a_districts_toll_joins_the_attack_told_at_length_not_a_side_incident():
    # "Batken district" (a health bulletin) beside the day's attack on a village of the district, told by
    # two articles at length, and a shepherd wounded in another village: the attack's
    day = dict(date="2026-07-14", date_precision="day")
    village = dict(place="Samarkandyk", lat=39.998, lon=70.546, country="KG", admin1="Batken", precision="city")
    other = dict(place="Kara-Bak", lat=39.95, lon=70.79, country="KG", admin1="Batken", precision="city")
    district = dict(place="Batken Rayon", lat=40.06, lon=70.82, country="KG", admin1="Batken", precision="region",
                    admin2="Batken Rayon")
    recs = [fig("a", "casualty", "killed", 5, start=10, **day, **village),
            fig("a", "casualty", "injured", 19, start=20, **day, **village),
            fig("a", "weapon", "rocket", 24, start=30, **day, **village),
            fig("a", "casualty", "injured", 1, start=400, **day, **other),
            fig("b", "casualty", "killed", 7, start=10, **day, **village),
            fig("b", "casualty", "injured", 24, start=20, **day, **village),
            fig("c", "casualty", "killed", 9, start=10, **day, **district),
            fig("c", "casualty", "injured", 27, start=20, **day, **district)]
    _, _, out = build_events(*frames(recs, {"a": "2026-07-14", "b": "2026-07-15", "c": "2026-07-17"}))
    ev = dict(zip(zip(out["doc_id"], out["count"]), out["event_id"]))
    assert ev[("c", 9)] == ev[("a", 5)] == ev[("b", 7)]
    assert ev[("a", 1)] != ev[("a", 5)]


def test_a_regions_toll_leaves_its_articles_side_incident_for_the_attack_it_revises():
    # a hospital's statement: the region's toll (9 dead, 23 hurt) and two hurt in another village of the
    # region; the attack on the town was told two days earlier with 5 dead: the toll is that attack's, revised
    day = dict(date="2027-02-09", date_precision="day")
    town = dict(place="Samitah", lat=16.596, lon=42.944, country="SA", admin1="Jazan", precision="city")
    village = dict(place="Al Jaradiyah", lat=16.58, lon=42.91, country="SA", admin1="Jazan", precision="city")
    region = dict(place="Jazan Region", lat=17.3, lon=42.7, country="SA", admin1="Jazan", precision="region")
    recs = [fig("a", "casualty", "killed", 5, start=10, **day, **town),
            fig("a", "casualty", "injured", 12, start=20, **day, **town),
            fig("c", "casualty", "killed", 9, start=10, **day, **region),
            fig("c", "casualty", "injured", 23, start=20, **day, **region),
            fig("c", "casualty", "injured", 2, start=400, **day, **village)]
    _, _, out = build_events(*frames(recs, {"a": "2027-02-09", "c": "2027-02-12"}))
    ev = dict(zip(zip(out["doc_id"], out["count"]), out["event_id"]))
    assert ev[("c", 9)] == ev[("a", 5)]
    assert ev[("c", 2)] != ev[("a", 5)]


def test_a_city_told_by_a_long_bearing_joins_the_same_days_toll_of_the_town_it_fits():
    # "a Xingu river city about 450 kilometres south-west of Belém" (8 dead) and Altamira (9 dead, a later article):
    # the bearing's error (45 % of 450 km) takes Altamira in, and the tolls read as one revised
    day = dict(date="2026-08-08", date_precision="day", country="BR", admin1="Para", precision="city")
    town = dict(place="Altamira", lat=-3.203, lon=-52.206, **day)
    bearing = dict(place="450 km south-west of Belem", lat=-4.314, lon=-51.373, **day)
    elsewhere = dict(place="Santarem", lat=-2.44, lon=-54.70, **day)
    recs = [fig("a", "casualty", "killed", 8, start=10, **bearing),
            fig("b", "casualty", "killed", 9, start=10, **town),
            fig("c", "casualty", "killed", 3, start=10, **elsewhere)]
    _, _, out = build_events(*frames(recs, {"a": "2026-08-11", "b": "2026-08-15", "c": "2026-08-12"}))
    ev = dict(zip(out["doc_id"], out["event_id"]))
    assert ev["a"] == ev["b"] and ev["c"] != ev["a"]



def test_a_night_told_either_side_of_midnight_at_two_nearby_towns_is_one_attack():
    # stop 29: a local paper's "on Tuesday night" at a village, an analysis a week later "near" the town
    # 13 km away dated to the Wednesday, its toll revised upward: one attack
    dashava = dict(place="Dashava", lat=49.2636, lon=24.0372, country="UA", admin1="Lviv", precision="city")
    stryi = dict(place="Stryi", lat=49.2603, lon=23.8509, country="UA", admin1="Lviv", precision="city")
    tue, wed = dict(date="2030-01-22", date_precision="day"), dict(date="2030-01-23", date_precision="day")
    night = "Drones hit the gas station on Tuesday night, killing 3."
    recs = [fig("a", "casualty", "killed", 3, sentence=night, **tue, **dashava),
            fig("a", "casualty", "injured", 11, start=50, sentence=night, **tue, **dashava),
            fig("b", "casualty", "killed", 4, **wed, **stryi),
            fig("b", "casualty", "injured", 12, start=50, **wed, **stryi)]
    events, _, _ = build_events(*frames(recs, {"a": "2030-01-24", "b": "2030-01-30"}))
    assert len(events) == 1 and events.iloc[0].killed_best == 4
    # a party's claim of weapons, dated to the day it spoke, tells no second night
    claim = fig("a", "weapon", "drone", 12, start=90, sentence="The group claimed on Wednesday it fired 12 drones.",
                **wed, **dashava)
    events, _, _ = build_events(*frames(recs + [claim], {"a": "2030-01-24", "b": "2030-01-30"}))
    assert events.killed_best.max() == 4 and len(events[events.killed_best.notna()]) == 1
    # without a night, two towns a day apart stay two attacks
    recs[0] = fig("a", "casualty", "killed", 3, sentence="Drones hit the gas station on Tuesday, killing 3.", **tue, **dashava)
    recs[1] = fig("a", "casualty", "injured", 11, start=50, sentence="Eleven were hurt.", **tue, **dashava)
    events, _, _ = build_events(*frames(recs, {"a": "2030-01-24", "b": "2030-01-30"}))
    assert len(events) == 2


def test_a_nights_weapon_tally_goes_with_the_attack_its_article_tells_not_its_side_incident():
    # stop 30 (blind34): a live blog tells the attack at its district ("Fastiv district: three killed"), a
    # side incident in a town (debris, three hurt), and the night's launch and shoot-down tallies for the
    # country and the region; a local paper places the attack at a village of the district
    day = dict(date="2030-11-19", date_precision="day")
    village = dict(place="Kalynivka", lat=50.225, lon=30.226, country="UA", admin1="Kyiv Oblast", precision="city")
    town = dict(place="Bila Tserkva", lat=49.799, lon=30.117, country="UA", admin1="Kyiv Oblast", precision="city")
    district = dict(place="Fastiv Raion", lat=50.08, lon=29.92, country="UA", admin1="Kyiv Oblast",
                    precision="region", admin2="Fastiv Raion")
    region = dict(place="Kyiv Oblast", lat=50.45, lon=30.52, country="UA", admin1="Kyiv Oblast", precision="region")
    country = dict(place="Ukraine", lat=49.0, lon=32.0, country="UA", precision="country")
    recs = [fig("a", "casualty", "killed", 3, start=10, **day, **district),
            fig("a", "casualty", "injured", 12, start=20, **day, **district),
            fig("a", "casualty", "hospitalized", 6, start=30, **day, **district),
            fig("a", "casualty", "injured", 3, start=300, **day, **town),
            fig("a", "weapon", "drone", 112, start=400, role="launched", **day, **country),
            fig("a", "weapon", "drone", 94, start=500, role="shot_down", **day, **region),
            fig("b", "casualty", "killed", 4, start=10, **day, **village),
            fig("b", "casualty", "injured", 14, start=20, **day, **village),
            fig("b", "weapon", "drone", 3, start=30, **day, **village)]
    _, _, out = build_events(*frames(recs, {"a": "2030-11-19", "b": "2030-11-20"}))
    ev = dict(zip(zip(out["doc_id"], out["category"], out["count"]), out["event_id"]))
    assert ev[("a", "drone", 112)] == ev[("a", "drone", 94)] == ev[("a", "killed", 3)] == ev[("b", "killed", 4)]
    assert ev[("a", "injured", 3)] != ev[("b", "killed", 4)]


def test_a_countrys_tally_of_the_night_before_joins_the_days_attack_but_not_the_other_sides():
    # an article on a glide-bomb strike (the 14th) with the air force's tally of the night after (the 15th)
    # and Russia's claim of drones downed over its own region: the first is the attack's night, the second
    # the other side's attack
    d14, d15 = dict(date="2025-10-14", date_precision="day"), dict(date="2025-10-15", date_precision="day")
    town = dict(place="Druzhkivka", lat=48.63, lon=37.55, country="UA", admin1="Donetsk Oblast", precision="city")
    country = dict(place="Ukraine", lat=49.0, lon=32.0, country="UA", precision="country")
    belgorod = dict(place="Belgorod Oblast", lat=50.7, lon=37.1, country="RU", admin1="Belgorod Oblast",
                    precision="region")
    recs = [fig("a", "casualty", "killed", 4, start=10, **d14, **town),
            fig("a", "casualty", "injured", 15, start=20, **d14, **town),
            fig("a", "weapon", "drone", 112, start=400, role="launched", **d15, **country),
            fig("a", "weapon", "drone", 41, start=500, role="shot_down", **d15, **belgorod)]
    _, _, out = build_events(*frames(recs, {"a": "2025-10-15"}))
    ev = dict(zip(out["count"], out["event_id"]))
    assert ev[112] == ev[4] and ev[41] != ev[4]


def test_a_regions_overnight_toll_joins_the_towns_attack_its_paper_dated_the_evening_before():
    # stop 30 (blind35): a live blog places the night's strike at the district and the region on the Friday
    # ("overnight"), the town's paper dates it "late on Thursday"; the blog's side incident in another town
    # shares none of its figures
    thu, fri = dict(date="2030-10-10", date_precision="day"), dict(date="2030-10-11", date_precision="day")
    town = dict(place="Novodnistrovsk", lat=48.58, lon=27.44, country="UA", admin1="Chernivtsi Oblast",
                precision="city", admin2="Dnistrovskyi Raion")
    side = dict(place="Khotyn", lat=48.51, lon=26.49, country="UA", admin1="Chernivtsi Oblast",
                precision="city", admin2="Dnistrovskyi Raion")
    district = dict(place="Dnistrovskyi Raion", lat=48.45, lon=26.65, country="UA", admin1="Chernivtsi Oblast",
                    precision="region", admin2="Dnistrovskyi Raion")
    night = "The strike hit the facility overnight."
    recs = [fig("a", "casualty", "killed", 3, start=10, sentence=night, **fri, **district),
            fig("a", "casualty", "injured", 9, start=20, sentence=night, **fri, **district),
            fig("a", "casualty", "injured", 2, start=300, **fri, **side),
            fig("b", "casualty", "killed", 3, start=10, **thu, **town),
            fig("b", "casualty", "injured", 10, start=20, **thu, **town)]
    _, _, out = build_events(*frames(recs, {"a": "2030-10-11", "b": "2030-10-12"}))
    ev = dict(zip(zip(out["doc_id"], out["category"], out["count"]), out["event_id"]))
    assert ev[("a", "killed", 3)] == ev[("b", "killed", 3)] != ev[("a", "injured", 2)]
    # without a night, a day apart, the region's toll does not cross to the town's day
    day_only = [fig("a", "casualty", "killed", 3, start=10, sentence="The strike hit the facility.", **fri, **district)]
    _, _, out = build_events(*frames(day_only + recs[2:], {"a": "2030-10-11", "b": "2030-10-12"}))
    ev = dict(zip(zip(out["doc_id"], out["category"], out["count"]), out["event_id"]))
    assert ev[("a", "killed", 3)] != ev[("b", "killed", 3)]


def test_a_toll_revised_at_a_town_next_door_across_a_city_line_is_one_attack():
    # stop 30 (blind35): "a mass shooting in east Port of Spain" (6 dead, a TV transcript two days on) and
    # Laventille, 4 km away in another municipality (5 dead, the day after); a town 60 km away stays apart
    day = dict(date="2031-04-12", date_precision="day")
    laventille = dict(place="Laventille", lat=10.649, lon=-61.499, country="TT", admin1="San Juan-Laventille",
                      precision="city")
    pos = dict(place="Port of Spain", lat=10.667, lon=-61.519, country="TT", admin1="Port of Spain", precision="city")
    far = dict(place="Sangre Grande", lat=10.587, lon=-61.131, country="TT", admin1="Sangre Grande", precision="city")
    recs = [fig("a", "casualty", "killed", 5, start=10, **day, **laventille),
            fig("b", "casualty", "killed", 6, start=10, **day, **pos)]
    events, _, _ = build_events(*frames(recs, {"a": "2031-04-13", "b": "2031-04-14"}))
    assert len(events) == 1 and events.iloc[0].killed_best == 6
    recs[1] = fig("b", "casualty", "killed", 6, start=10, **day, **far)
    events, _, _ = build_events(*frames(recs, {"a": "2031-04-13", "b": "2031-04-14"}))
    assert len(events) == 2


def test_a_launch_tally_of_the_attacked_country_joins_the_stray_drones_toll_next_door():
    # stop 30 (blind37): a Polish village hit by a stray drone during Russia's night attack on Ukraine; the
    # article gives Ukraine's air force tally of the night
    day = dict(date="2031-09-10", date_precision="day")
    village = dict(place="Mircze", lat=50.65, lon=23.89, country="PL", admin1="Lubelskie", precision="city")
    ukraine = dict(place="Ukraine", lat=49.0, lon=32.0, country="UA", precision="country")
    recs = [fig("a", "casualty", "killed", 3, start=10, **day, **village),
            fig("a", "weapon", "drone", 412, start=400, role="launched", **day, **ukraine),
            fig("a", "weapon", "drone", 380, start=420, role="shot_down", **day, **ukraine)]
    _, _, out = build_events(*frames(recs, {"a": "2031-09-10"}))
    assert out["event_id"].nunique() == 1


def test_attackers_killed_are_no_part_of_the_victims_toll_and_a_detail_is_no_rival():
    # stop 30 (blind26, blind37): "three gendarmes had been killed ... troops had 'neutralised seven assailants'"
    # sums to no toll of ten; "The two bodies found on Sunday were those of an old man and his grandson" beside
    # the gendarmerie's 11 is a detail, not a second source's toll
    said = "Its spokesman said three gendarmes had been killed and that troops had neutralised seven assailants."
    recs = [fig("a", "casualty", "killed", 3, start=10, sentence=said, group="police", **DAY, **KYIV),
            fig("a", "casualty", "killed", 7, start=60, sentence=said, group="fighters", **DAY, **KYIV),
            fig("a", "casualty", "killed", 9, start=200, sentence="The official toll stands at nine dead.", **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24"}))
    assert events.iloc[0].killed_best == 9
    recs = [fig("b", "casualty", "killed", 11, start=10, source="the regional gendarmerie commander",
                sentence="The regional gendarmerie commander confirmed 11 dead.", **DAY, **KYIV),
            fig("b", "casualty", "killed", 2, start=100, sentence="The two bodies found on Sunday were those of an old "
                "man and his grandson.", **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"b": "2025-04-24"}))
    assert (events.iloc[0].killed_low, events.iloc[0].killed_best) == (11, 11)


def test_a_monitors_toll_outranks_the_articles_count_of_later_deaths_and_a_single_victim():
    # stop 30 (blind37): "The Observatory has now documented the deaths of 17 civilians"; "Since then, two wounded
    # people have died in the hospital"; "the body of a shepherd was found" (one, implicit)
    later = fig("a", "casualty", "killed", 2, start=200, sentence="Since then, two wounded people have died in the "
                "hospital.", **DAY, **KYIV)
    later.evidence = "two wounded people"
    recs = [fig("a", "casualty", "killed", 17, start=10, source="The Observatory", **DAY, **KYIV), later,
            fig("a", "casualty", "killed", 1, start=300, extra={"implicit": True}, **DAY, **KYIV)]
    events, _, _ = build_events(*frames(recs, {"a": "2025-04-24"}))
    assert events.iloc[0].killed_best == 17


def test_a_municipality_joins_the_town_inside_it_not_a_namesake_village():
    # stop 31 (blind40): "the municipality of Prinzapolka" (seat Alamikamba) the same day as an NGO's report from
    # Alamikamba and a namesake village Prinzapolka 72 km away, outside the municipality in the index
    import pandas as pd
    from dashboard.events import build_events

    def rec(doc, place, lat, lon, precision, admin2, cat, n):
        return {"type": "casualty", "doc": doc, "doc_id": doc, "category": cat, "count": n, "qualifier": "exact",
                "date": "2034-11-10", "date_precision": "day", "place": place, "lat": lat, "lon": lon, "country": "NI",
                "admin1": "Costa Caribe Norte", "admin2": admin2, "precision": precision, "scope": "event",
                "sentence": f"{n} were {cat}.", "evidence": str(n), "start": 0, "end": 1}
    recs = [rec("a", "Municipality of Prinzapolka", 13.5, -84.22, "region", "Municipality of Prinzapolka", "killed", 3),
            rec("b", "Alamikambang", 13.5, -84.22, "city", "Municipality of Prinzapolka", "killed", 5),
            rec("c", "Prinzapolka", 13.41, -83.57, "city", None, "missing", 4)]
    docs = pd.DataFrame([{"doc_id": d, "doc": d, "published": "2034-11-11", "source": d} for d in "abc"])
    _, _, out = build_events(pd.DataFrame(recs), docs)
    ev = dict(zip(out["doc"], out["event_id"]))
    assert ev["a"] == ev["b"] != ev["c"]


def test_two_towns_points_a_walk_apart_are_one_place():
    # stop 31 (blind39): "an arcade near Umeda" and "Osaka" in one broadcaster's story: GeoNames' Umeda lies 1 km
    # from Osaka's point; a town 10 km away the same day stays apart
    import pandas as pd
    from dashboard.events import build_events

    def rec(doc, place, lat, lon, cat, n):
        return {"type": "casualty", "doc": doc, "doc_id": doc, "category": cat, "count": n, "qualifier": "exact",
                "date": "2031-09-11", "date_precision": "day", "place": place, "lat": lat, "lon": lon, "country": "JP",
                "admin1": "Osaka Prefecture", "precision": "city", "scope": "event",
                "sentence": f"{n} were {cat}.", "evidence": str(n), "start": 0, "end": 1}
    recs = [rec("a", "Osaka", 34.69379, 135.50107, "killed", 4), rec("a", "Umeda", 34.70274, 135.49778, "killed", 2),
            rec("b", "Suita", 34.76143, 135.51567, "injured", 3)]
    docs = pd.DataFrame([{"doc_id": d, "doc": d, "published": "2031-09-12", "source": d} for d in "ab"])
    _, _, out = build_events(pd.DataFrame(recs), docs)
    ev = dict(zip(zip(out["doc"], out["count"]), out["event_id"]))
    assert ev[("a", 4)] == ev[("a", 2)] != ev[("b", 3)]


def test_a_side_shooting_an_article_tells_beside_its_attack_stays_apart():
    # stop 31 (blind37): a TV story counts seven dead at a tavern in Mdantsane and, separately, two men shot dead
    # outside a tavern in Qonce, 40 km west; a later paper's toll for the same night at East London (its own
    # Mdantsane story) must not pull the Qonce shooting in as a revised toll
    import pandas as pd
    from dashboard.events import build_events

    def rec(doc, place, lat, lon, n):
        return {"type": "casualty", "doc": doc, "doc_id": doc, "category": "killed", "count": n, "qualifier": "exact",
                "date": "2032-04-17", "date_precision": "day", "place": place, "lat": lat, "lon": lon, "country": "ZA",
                "admin1": "Eastern Cape", "precision": "city", "scope": "event",
                "sentence": f"{n} were killed.", "evidence": str(n), "start": 0, "end": 1}
    recs = [rec("a", "Mdantsane", -32.93324, 27.77656, 6),
            rec("b", "East London", -33.01529, 27.91162, 7), rec("b", "Qonce", -32.88076, 27.39377, 2)]
    docs = pd.DataFrame([{"doc_id": d, "doc": d, "published": p, "source": d}
                         for d, p in (("a", "2032-04-19"), ("b", "2032-04-18"))])
    _, _, out = build_events(pd.DataFrame(recs), docs)
    ev = dict(zip(zip(out["doc"], out["count"]), out["event_id"]))
    assert ev[("b", 2)] not in (ev[("a", 6)], ev[("b", 7)])
