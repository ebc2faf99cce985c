#!/usr/bin/env python3
"""Restore the published-article evaluation sets (pub1, pub2) from pinned git mirrors.

The article texts are third-party material and are never committed. This script rebuilds
them, byte for byte, from public GitHub repositories brought onto this machine as bare git
mirrors (the search tool's ``fetch``, which leaves them under ``/work/.mirror/OWNER+NAME/repo``).

For every entry of ``manifest.json`` it runs ``git -C <mirror> show <commit>:<path>``,
decodes the blob as UTF-8, cuts out the article where the file holds many (a CSV row, a
Factiva export record), checks the result against the sha256 recorded in the manifest and
writes

    OUT/<set>/texts/<name>.txt
    OUT/<set>/texts/<name>.txt.json   {"published": "YYYY-MM-DD", "source": "Outlet"}

Nothing is cleaned beyond decoding: the text is kept as the source repository stores it.
Record formats (``format`` in the manifest):

    file       the whole file (plain text or Markdown with its front matter)
    csv_row    a row of a CSV whose first column is the row id (``key``); the text is
               the row's Heading, Date and Text fields joined as "Heading\\nDate\\n\\nText"
    factiva    one record of a Factiva text export (records are separated by form feeds);
               ``key`` is the Factiva document id ending the record

Standard library only (Python 3.11).

    python3 restore.py [--mirrors /work/.mirror] [--out data/published] [--set pub1]

Exit status 0 when every text was restored and verified, 1 otherwise (the missing or
mismatching ones are listed).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, "manifest.json")


class RestoreError(Exception):
    pass


def mirror_dir(mirrors: str, repo: str) -> str:
    return os.path.join(mirrors, repo.replace("/", "+"), "repo")


def git_show(mirror: str, commit: str, path: str) -> bytes:
    if not os.path.isdir(mirror):
        raise RestoreError(f"mirror missing: {mirror} (fetch the repository first)")
    run = subprocess.run(["git", "-C", mirror, "show", f"{commit}:{path}"],
                         capture_output=True)
    if run.returncode != 0:
        msg = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RestoreError(f"git show {commit[:12]}:{path} failed: {msg[-1] if msg else run.returncode}")
    return run.stdout


def extract(entry: dict, blob: bytes) -> str:
    text = blob.decode("utf-8")
    fmt = entry["format"]
    key = entry.get("key")
    if fmt == "file":
        return text
    if fmt == "csv_row":
        csv.field_size_limit(1 << 30)
        rows = [r for r in csv.DictReader(io.StringIO(text, newline="")) if r.get("") == str(key)]
        if len(rows) != 1:
            raise RestoreError(f"row {key!r} found {len(rows)} times in {entry['path']}")
        r = rows[0]
        url = entry.get("url")
        if url and r.get("Article Url") != url:
            raise RestoreError(f"row {key!r} has url {r.get('Article Url')!r}, expected {url!r}")
        return f"{r['Heading']}\n{r['Date']}\n\n{r['Text']}"
    if fmt == "factiva":
        end = f"Document {key}"
        recs = [c for c in text.split("\x0c") if c.rstrip().endswith(end)]
        if len(recs) != 1:
            raise RestoreError(f"Factiva record {key!r} found {len(recs)} times in {entry['path']}")
        return recs[0].strip() + "\n"
    raise RestoreError(f"unknown format {fmt!r}")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", default="/work/.mirror", help="root of the git mirrors (default /work/.mirror)")
    ap.add_argument("--out", default=os.path.join("data", "published"), help="output folder (default data/published)")
    ap.add_argument("--manifest", default=MANIFEST)
    ap.add_argument("--set", action="append", help="restore only this set (repeatable)")
    ap.add_argument("--print-hashes", action="store_true",
                    help="print name and sha256 of each extracted text instead of checking and writing")
    a = ap.parse_args()

    with open(a.manifest, encoding="utf-8") as fh:
        entries = json.load(fh)["articles"]
    if a.set:
        entries = [e for e in entries if e["set"] in a.set]

    ok, failed = 0, []
    for e in entries:
        where = f"{e['repo']}@{e['commit'][:12]}:{e['path']}" + (f" [{e['key']}]" if e.get("key") else "")
        try:
            text = extract(e, git_show(mirror_dir(a.mirrors, e["repo"]), e["commit"], e["path"]))
        except (RestoreError, UnicodeDecodeError) as exc:
            failed.append((e["set"], e["name"], str(exc)))
            continue
        digest = sha256(text)
        if a.print_hashes:
            print(e["name"], digest)
            continue
        if digest != e["sha256"]:
            failed.append((e["set"], e["name"], f"sha256 mismatch for {where}: got {digest}"))
            continue
        folder = os.path.join(a.out, e["set"], "texts")
        os.makedirs(folder, exist_ok=True)
        base = os.path.join(folder, e["name"] + ".txt")
        with open(base, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump({"published": e["published"], "source": e["outlet"]}, fh)
            fh.write("\n")
        ok += 1

    if a.print_hashes:
        return 0 if not failed else 1
    print(f"restored {ok} of {len(entries)} texts into {a.out}")
    for s, name, why in failed:
        print(f"NOT RESTORED {s}/{name}: {why}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
