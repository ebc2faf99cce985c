"""`python -m dashboard extract`: the eval contract and the readable table."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = sorted((ROOT / "assets" / "sample").glob("*.txt"))


def run(*args):
    return subprocess.run([sys.executable, "-m", "dashboard", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_jsonl_contract_on_the_sample():
    out = run("extract", "--format", "jsonl", *map(str, SAMPLE))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(ln) for ln in out.stdout.splitlines()]
    assert [d["doc"] for d in lines] == [p.name for p in SAMPLE]
    first = lines[0]
    assert first["published"] == "2025-04-24"
    figs = {(r["type"], r["category"], r["count"]) for r in first["records"] if r["type"] in ("casualty", "weapon")}
    assert {("casualty", "killed", 12), ("casualty", "injured", 90), ("weapon", "missile", 70),
            ("weapon", "drone", 145)} <= figs
    text = (SAMPLE[0]).read_text(encoding="utf-8")
    for r in first["records"]:
        if r["type"] in ("casualty", "weapon"):
            assert r["evidence"] and r["evidence"] in text and r["sentence"]
    # the undated second article inherits the first one's date from the shared event
    assert lines[1]["published"] == "2025-04-24" and lines[1]["published_from"].startswith("inferred")
    places = {r["name"] for r in lines[1]["records"] if r["type"] == "place"}
    assert {"Kyiv", "Sumy"} <= places


def test_table_and_bad_files(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = run("extract", str(SAMPLE[0]), str(bad))
    assert out.returncode == 1            # any input failing: exit 1, the others still printed
    assert "killed" in out.stdout and "empty.txt: the file is empty" in out.stderr
    assert "Traceback" not in out.stderr
