"""Faults become one-line messages naming the store and what to do; the live store is
left as it was. Each fault is real: a damaged file, another program holding the file, a
folder the user may not write, a file size limit (RLIMIT_FSIZE: the kernel refuses the
write as a full disk would), a PostgreSQL address where nothing listens."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import textwrap

import pytest

from dashboard.cli import main
from dashboard.store import Store, StoreError
from test_store import DOCS, ROOT, doc, fake_extract


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture
def live(tmp_path):
    path = str(tmp_path / "s.duckdb")
    Store(path).ingest(DOCS, extractor=fake_extract)
    return path


def test_a_damaged_store_file_is_named_and_left_alone(tmp_path, capsys):
    path = tmp_path / "s.duckdb"
    path.write_bytes(b"not a database at all" * 100)
    before = _digest(path)
    assert main(["events", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "not a DuckDB store, or damaged" in err
    assert "move it away" in err
    with pytest.raises(StoreError, match="damaged"):
        Store(str(path)).ingest(DOCS, extractor=fake_extract)
    assert _digest(path) == before


def test_a_store_another_program_holds_open(live, monkeypatch):
    monkeypatch.setattr("dashboard.store.duck.READ_WAIT", 0.3)
    before = _digest(live)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({live!r})
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match=f"pid {holder.pid}.*holds the store open"):
            Store(live).events_df()
        with pytest.raises(StoreError, match="holds the store open"):
            Store(live).ingest([doc("n.txt", "N\nkilled 1 Sumy 2025-05-01")], extractor=fake_extract)
    finally:
        holder.kill()
        holder.wait()
    assert _digest(live) == before and Store(live).count_documents() == 3


AS_USER = textwrap.dedent("""
    import os, resource, signal, sys
    sys.path.insert(0, {tests!r}); sys.path.insert(0, {root!r})
    {setup}
    from test_store import doc, fake_extract
    from dashboard.store import Store, StoreError
    try:
        Store({path!r}).ingest([doc("new.txt", "New\\nkilled 4 Odesa 2025-05-03")], extractor=fake_extract)
        print("written")
    except StoreError as e:
        print("error:", e)
""")


def _run(path, setup="", obey_permissions=False):
    # root writes anywhere: without the capability to override file permissions, it obeys
    # them as any user does (setpriv is part of util-linux)
    cmd = ["setpriv", "--bounding-set=-dac_override", "--"] if obey_permissions else []
    out = subprocess.run(cmd + [sys.executable, "-c", AS_USER.format(
        tests=str(ROOT / "tests"), root=str(ROOT), path=path, setup=setup)],
        capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_read_only_store_says_where_to_write():
    folder = tempfile.mkdtemp(prefix="dashboard-ro-")   # under /tmp: reachable by nobody
    try:
        path = os.path.join(folder, "s.duckdb")
        Store(path).ingest(DOCS, extractor=fake_extract)
        os.chmod(folder, 0o555)
        before = _digest(path)
        said = _run(path, obey_permissions=os.geteuid() == 0)
        assert said.startswith("error: ") and said.count("\n") == 0
        assert path in said and "cannot write the store here" in said and "writable" in said
        assert _digest(path) == before
    finally:
        os.chmod(folder, 0o755)
        import shutil
        shutil.rmtree(folder, ignore_errors=True)


def test_a_full_disk_leaves_the_live_store_as_it_was(live):
    before = _digest(live)
    limit = os.path.getsize(live) // 2
    said = _run(live, setup=f"signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
                            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))")
    assert said.startswith("error: ") and "the disk is full" in said and live in said
    assert "free some space" in said
    assert _digest(live) == before
    assert [p for p in os.listdir(os.path.dirname(live)) if ".tmp-" in p] == []
    assert _run(live) == "written"     # with room again, the same ingest goes through


def test_an_unreachable_postgresql_is_one_line(capsys):
    import socket
    with socket.socket() as s:      # a loopback port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://someone:secret@127.0.0.1:{port}/db"
    assert main(["events", "--db", url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot connect to PostgreSQL" in err
    assert f"127.0.0.1:{port}" in err and "secret" not in err
