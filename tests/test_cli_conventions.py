"""Command-line conventions (as sqlite-utils and datasette keep them): a missing store is
an error for read commands, failures go to stderr, exit 1 when any input failed, events
in machine-readable formats, every input answered under its own (escaped) name."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.store import SAMPLE_DIR, Store
from test_store import DOCS, ROOT, fake_extract


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("conv") / "s.duckdb")
    Store(path).ingest(DOCS, extractor=fake_extract)
    return path


@pytest.mark.parametrize("command", [["events"], ["export"], ["export", "--format", "jsonl"]])
def test_a_missing_store_is_an_error_naming_it(command, tmp_path, capsys):
    typo = tmp_path / "typo.duckdb"
    assert main(command + ["--db", str(typo)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and str(typo) in err and "no store here" in err
    assert not typo.exists()


def test_events_as_json_jsonl_and_csv(db, capsys):
    assert main(["events", "--db", db, "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    kyiv = next(e for e in events if e["location"] == "Kyiv")
    assert kyiv["event_date"] == "2025-04-24" and kyiv["source_count"] == 2
    killed = next(f for f in kyiv["figures"] if f["figure"] == "killed")
    assert killed["best"] == 12 and sorted(s["doc"] for s in killed["sources"]) == ["a.txt", "b.txt"]
    assert main(["events", "--db", db, "--format", "jsonl", "--place", "Sumy"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [e["location"] for e in lines] == ["Sumy"] and lines[0]["figures"][0]["sources"][0]["count"] == 35
    assert main(["events", "--db", db, "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 2 and {"event_date", "location", "fatalities", "source"} <= set(table[0])
    # one schema: export's event objects are the events command's
    assert main(["export", "--db", db, "--format", "jsonl"]) == 0
    exported = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted(exported, key=lambda e: e["event_id"]) == sorted(events, key=lambda e: e["event_id"])


def test_extract_names_every_input_by_itself(tmp_path):
    text = (SAMPLE_DIR / sorted(os.listdir(SAMPLE_DIR))[0]).read_text()
    (tmp_path / "first.txt").write_text(text)
    (tmp_path / "second.txt").write_text(text)                       # identical text
    (tmp_path / "evil\nfailed: forged.txt").write_bytes(b"")         # a name that forges a line
    (tmp_path / "late-binary.txt").write_bytes(b"War news. " * 600 + b"\x00\x00")
    (tmp_path / "empty-dir").mkdir()
    os.mkfifo(tmp_path / "fifo.txt")
    out = subprocess.run([sys.executable, "-m", "dashboard", "extract", "--format", "jsonl",
                          str(tmp_path / "first.txt"), str(tmp_path / "second.txt"),
                          str(tmp_path / "evil\nfailed: forged.txt"), str(tmp_path / "late-binary.txt"),
                          str(tmp_path / "empty-dir"), str(tmp_path / "fifo.txt")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 1
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["doc"] for x in lines] == ["first.txt", "second.txt"]
    assert {r["doc"] for r in lines[1]["records"]} == {"second.txt"} and lines[1]["records"]
    err = out.stderr.splitlines()
    assert len(err) == 4 and all(line.startswith("error: ") for line in err)
    assert any("evil\\nfailed: forged.txt" in line and "empty" in line for line in err)
    assert any("late-binary.txt" in line and "binary" in line for line in err)
    assert any("empty-dir" in line and "no .txt" in line for line in err)
    assert any("fifo.txt" in line and "FIFO" in line for line in err)


def test_ingest_failures_on_stderr_and_exit_1(tmp_path, capsys):
    db = str(tmp_path / "s.duckdb")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["ingest", str(empty), "--db", db, "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert f"failed: {empty}: no .txt, .md or .html files in this folder" in err
    assert "added 0 documents" in out and "failed: " not in out
