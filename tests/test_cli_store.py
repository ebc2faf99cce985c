"""``ingest``, ``events`` and ``export`` on the sample articles, end to end."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.store import SAMPLE_DIR, Store

KYIV_DAY = "2025-04-24"


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def db(request, tmp_path_factory):
    """The sample ingested by the command line into a DuckDB file, or into PostgreSQL."""
    if request.param == "postgresql":
        path = request.getfixturevalue("pg_server").create_db("cli_" + request.module.__name__[-5:])
    else:
        path = str(tmp_path_factory.mktemp("cli") / "store.duckdb")
    assert main(["ingest", str(SAMPLE_DIR), "--db", path, "--no-progress"]) == 0
    return path


def test_ingest_summary_and_idempotence(db, capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    assert main(["ingest", str(SAMPLE_DIR), str(bad), "--db", db, "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert "added 0 documents, skipped 2 already stored or duplicate, 1 failed" in out
    assert "failed: " + str(bad) + ":" in err and "binary" in err and "failed: " not in out
    assert Store(db).count_documents() == 2


def test_seed_bars(db):
    """The issue's bars for the two seed articles."""
    store = Store(db)
    events = store.events_df()
    kyiv = events[(events.place == "Kyiv") & (events.date == KYIV_DAY)]
    assert len(kyiv) == 1
    ev = kyiv.iloc[0]
    assert ev.n_sources == 2
    assert (ev.killed_best, ev.killed_low, ev.injured_best) == (12, 12, 90)
    assert (ev.missiles_best, ev.drones_best) == (70, 145) and not ev.disagreement
    comps = store.comparisons_df()
    mine = comps[comps.event_id == ev.event_id]
    assert set(mine[mine.figure == "killed"].qualifier) == {"at_least"}
    missiles = mine[mine.figure == "missile"]
    assert sorted(missiles.qualifier) == ["exact", "more_than"] and missiles.consistent.all()
    assert mine.figure.str.contains("North Korea").any()
    july = events[(events.place == "Kyiv") & (events.date == "2024-07")]
    assert len(july) == 1 and july.iloc[0].killed_best == 33
    sumy = events[events.place == "Sumy"]
    assert len(sumy) == 1 and sumy.iloc[0].date == "2025-04-13" and sumy.iloc[0].killed_best == 35
    assert sumy.iloc[0].kind == "missile strike"   # "a ballistic missile strike in Sumy"
    assert bool(sumy.iloc[0].date_inferred)
    assert not (events.killed_best == 5000).any()   # "5000 soldiers a week" is a rate


def test_events_listing(db, capsys):
    assert main(["events", "--db", db, "--place", "Kyiv", "--from", "2025-01-01"]) == 0
    out = capsys.readouterr().out
    assert out.count("source(s)") == 1 and "2 source(s)" in out
    assert "over 70" in out and "at least 12" in out and "DISAGREE" not in out


def test_export_csv_has_acled_columns(db, capsys):
    assert main(["export", "--db", db, "--format", "csv", "--country", "UA"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 3
    for col in ("event_date", "location", "admin1", "latitude", "longitude", "geo_precision",
                "fatalities", "source", "notes"):
        assert col in table[0]
    kyiv = next(r for r in table if r["event_date"] == KYIV_DAY)
    assert kyiv["fatalities"] == "12" and kyiv["location"] == "Kyiv" and kyiv["geo_precision"] == "1"


def test_export_geojson_points_lon_lat(db, tmp_path):
    out = tmp_path / "e.geojson"
    assert main(["export", "--db", db, "--format", "geojson", "-o", str(out)]) == 0
    gj = json.loads(out.read_text())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 3
    f = next(f for f in gj["features"] if f["properties"]["event_date"] == KYIV_DAY)
    lon, lat = f["geometry"]["coordinates"]
    assert f["geometry"]["type"] == "Point" and 30 < lon < 31 and 50 < lat < 51
    assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())


def test_export_jsonl_records_with_filters(db, capsys):
    assert main(["export", "--db", db, "--format", "jsonl", "--level", "records",
                 "--type", "weapon", "--weapon", "drone"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and {x["type"] for x in lines} == {"weapon"}
    assert {x["category"] for x in lines} == {"drone"} or all(x["event_id"] for x in lines)
    assert main(["export", "--db", db, "--format", "jsonl", "--source", "nobody"]) == 0
    assert capsys.readouterr().out == ""


def test_ensure_sample_fills_an_empty_store(tmp_path):
    s = Store(str(tmp_path / "fresh.duckdb"))
    assert s.ensure_sample().added_documents == 2
    assert s.ensure_sample() is None
    assert Path(s.path).exists() and len(s.events_df()) == 3


def test_a_bad_date_is_a_usage_error(db, capsys):
    with pytest.raises(SystemExit) as e:
        main(["export", "--db", db, "--from", "yesterday"])
    assert e.value.code == 2 and "not a date" in capsys.readouterr().err


def test_bench_ingest_runs_small(capsys):
    from types import SimpleNamespace

    from dashboard.benchmarks import ingest

    ingest.run(SimpleNamespace(n=12))
    out = capsys.readouterr().out
    assert "first ingest (duckdb):" in out and "ms/article CPU" in out and "peak memory" in out
    assert "added 0, skipped 12" in out and "matching:" in out


def test_undated_seed_ingested_first_still_gets_its_dates_later(tmp_path):
    """Seed 003 alone has no dates; once seed 000 arrives its events are dated, inferred."""
    s = Store(str(tmp_path / "order.duckdb"))
    s.ingest_paths([str(next(SAMPLE_DIR.glob("003_*.txt")))])
    assert s.events_df().date.isna().all()
    s.ingest_paths([str(next(SAMPLE_DIR.glob("000_*.txt")))])
    events = s.events_df()
    kyiv = events[(events.place == "Kyiv") & (events.date == KYIV_DAY)]
    assert len(kyiv) == 1 and kyiv.iloc[0].n_sources == 2 and not kyiv.iloc[0].date_inferred
    sumy = events[events.place == "Sumy"].iloc[0]
    assert sumy.date == "2025-04-13" and bool(sumy.date_inferred)
    recs = s.records_df()
    assert recs[(recs.doc.str.startswith("003")) & recs.event_id.notna()].date_inferred.all()


def test_an_unwritable_store_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["ingest", str(SAMPLE_DIR), "--db", str(blocker / "s.duckdb"), "--no-progress"]) == 1
    assert "cannot write the store here" in capsys.readouterr().err
