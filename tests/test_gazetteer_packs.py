"""GeoNames country packs: a small generated dump served on loopback, compiled into the index.

The whole index is built once here in a private cache (on top of the cached base layer, so
seconds); nothing here reads ../shared or the internet.
"""
import io
import os
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dashboard.gazetteer import packs
from dashboard.gazetteer.packs import PackError


def row(gid, name, alts, lat, lon, fclass, fcode, a1="12", a2="40", a3="", pop=0, cc="BF"):
    return "\t".join([str(gid), name, name, ",".join(alts), str(lat), str(lon), fclass, fcode, cc, "",
                      a1, a2, a3, "", str(pop), "", "300", "Africa/Ouagadougou", "2024-01-01"])


DUMP = "\n".join([
    row(99000001, "Zorgodoubou", ["Zorgo-Doubou", "Зоргодубу"], 14.21, -1.45, "P", "PPL"),
    row(99000002, "Kelbourga", [], 14.33, -1.52, "P", "PPL", pop=800),
    row(99000003, "Tiolboye-Ouest", [], 14.18, -1.61, "A", "ADM3", a3="0007"),
    row(99000004, "Wendoubtenga Camp", [], 14.05, -1.70, "S", "CMP"),
    row(99000005, "Gandafabou Lake", [], 14.50, -0.90, "H", "LK"),      # water: left out
    row(99000006, "Ruines de Loropéni", [], 10.30, -3.50, "P", "PPLQ"),  # abandoned: left out
    row(2361177, "Djibo", ["Djibo-Centre"], 14.0994, -1.62554, "P", "PPLA2", pop=61462),  # in the default index
]) + "\n"


def zipped(text: str, name: str = "BF.txt") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, text)
        zf.writestr("readme.txt", "GeoNames readme")
    return buf.getvalue()


class Dumps(BaseHTTPRequestHandler):
    files = {"/dump/BF.zip": zipped(DUMP), "/dump/ML.zip": zipped(DUMP, "ML.txt"),
             "/dump/NE.zip": b"PK\x03\x04 not really a zip"}
    failing = False

    def do_GET(self):  # noqa: N802 - http.server API
        body = self.files.get(self.path)
        if Dumps.failing:
            self.send_response(500)
            self.end_headers()
            return
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Dumps)
    th = threading.Thread(target=httpd.serve_forever, daemon=True)
    th.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/dump/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def pack_dir(tmp_path, monkeypatch):
    d = tmp_path / "packs"
    monkeypatch.setenv("DASHBOARD_GAZETTEER_PACKS", str(d))
    return d


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    """A cache of its own, sharing the (read-only) base layer of the real one."""
    from dashboard.gazetteer import build, get_gazetteer

    get_gazetteer()  # the default index, so its base layer is cached
    base = build.base_path()
    cache = tmp_path / "cache"
    cache.mkdir()
    if base.exists():
        os.symlink(base, cache / base.name)
    monkeypatch.setenv("DASHBOARD_CACHE", str(cache))
    return cache


def test_add_from_the_export_server_and_use_it(server, pack_dir, private_cache, capsys):
    from dashboard.cli import main
    from dashboard.gazetteer.build import load_or_build
    from dashboard.gazetteer.index import Gazetteer

    assert main(["gazetteer", "add", "BF", "--url", server]) == 0
    out = capsys.readouterr().out
    assert "BF: 4 places and 1 administrative units" in out  # 2 villages, camp, Djibo; ADM3; no lake
    assert main(["gazetteer", "list"]) == 0
    assert "BF" in capsys.readouterr().out and (pack_dir / "BF.tsv").is_file()
    gaz = Gazetteer(load_or_build())
    assert gaz.packs == ["BF"]
    found = gaz.find("Gunmen attacked the village of Zorgodoubou and a camp near Zorgo-Doubou.")
    (a, b) = [m.geocode for m in found]
    assert a == b and (a.name, a.country, a.kind, a.gazetteer_id) == ("Zorgodoubou", "BF", "village", "gn:99000001")
    assert (a.admin1, a.admin2) == ("Sahel Region", "Soum Province")  # names from the default tables
    # no country named: the installed pack's country is the likeliest, a typo away too
    (typo,) = [m.geocode for m in gaz.find("Gunmen burned the village of Zorgodobou.")]
    assert typo.gazetteer_id == "gn:99000001"
    dept = gaz.lookup("Tiolboye-Ouest department")
    assert (dept.precision, dept.kind, dept.admin2) == ("region", "department", "Soum Province")
    assert gaz.lookup("Djibo-Centre").gazetteer_id == "gn:2361177"  # a default town learns a name
    assert gaz.lookup("Gandafabou Lake", fuzzy=False) is None
    assert gaz.lookup("Wendoubtenga Camp").kind == "camp"
    assert main(["gazetteer", "remove", "BF"]) == 0
    assert not (pack_dir / "BF.tsv").exists()
    assert Gazetteer(load_or_build()).lookup("Zorgodoubou", fuzzy=False) is None


def test_local_files_txt_and_zip(tmp_path, pack_dir):
    txt = tmp_path / "BF.txt"
    txt.write_text(DUMP, encoding="utf-8")
    assert packs.add(str(txt)).places == 4
    z = tmp_path / "BF.zip"
    z.write_bytes(zipped(DUMP))
    info = packs.add(str(z))
    assert (info.country, info.units) == ("BF", 1) and [p.name for p in packs.installed()] == ["BF.tsv"]


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "KE.txt").write_text("just\ttext\n") and d / "KE.txt", "has 2 columns"),
    (lambda d: (d / "bin.zip").write_bytes(b"PK\x03\x04 junk") and d / "bin.zip", "not a readable zip"),
    (lambda d: (d / "TD.txt").write_text(DUMP) and d / "TD.txt", "holds country BF, not TD"),
    (lambda d: (d / "XX.txt").write_bytes(b"\xff\xfe\x00bad") and d / "XX.txt", "not UTF-8"),
])
def test_bad_local_input_names_the_file(tmp_path, pack_dir, make, message):
    path = make(tmp_path)
    with pytest.raises(PackError, match=message) as err:
        packs.add(str(path))
    assert str(path) in str(err.value)
    assert packs.installed() == []  # nothing half-installed


def test_server_trouble_names_the_url(server, pack_dir):
    with pytest.raises(PackError, match=r"ZZ\.zip: no such country dump"):
        packs.add("ZZ", url=server)
    with pytest.raises(PackError, match="not a readable zip"):
        packs.add("NE", url=server)
    with pytest.raises(PackError, match="holds country BF, not ML"):
        packs.add("ML", url=server)
    Dumps.failing = True
    try:
        with pytest.raises(PackError, match="HTTP 500"):
            packs.add("BF", url=server)
    finally:
        Dumps.failing = False
    with pytest.raises(PackError, match="cannot download"):
        packs.add("BF", url="http://127.0.0.1:9/dump/")
    with pytest.raises(PackError, match="not a two-letter country code"):
        packs.add("Burkina")
    with pytest.raises(PackError, match="no such pack"):
        packs.remove("BF")


def test_cli_reports_errors_without_a_traceback(pack_dir, capsys):
    from dashboard.cli import main

    assert main(["gazetteer", "add", "nowhere.zip"]) == 1
    assert "nowhere.zip: no such file" in capsys.readouterr().err
    assert main(["gazetteer", "list"]) == 0
    assert "no GeoNames packs installed" in capsys.readouterr().out
