"""Reading files: encodings, HTML, errors that name the file, and nothing lost."""
from datetime import date

import pytest

from dashboard.documents import load_bytes, load_many, load_path
from dashboard.errors import (BinaryDocument, DocumentError, EmptyDocument, OversizeDocument,
                              UnsupportedDocument)

TEXT = "04-24-2025, 1:39 PM\n\nStrike on Kyiv\n\nAt least 12 people were killed in Kyiv, officials said."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"])
def test_encodings(encoding):
    text = TEXT + (" Київ" if encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1251") else " café")
    doc = load_bytes("a.txt", text.encode(encoding))
    assert doc.text.endswith(("Київ", "café"))
    assert doc.published == date(2025, 4, 24)


def test_cp1251_cyrillic_is_decoded():
    body = ("Ракетний удар по Києву: загинули щонайменше дванадцять людей, "
            "понад дев'яносто поранено. Рятувальники працюють на місці.")
    doc = load_bytes("ua.txt", body.encode("cp1251"))
    assert "Києву" in doc.text


def test_koi8_u_ukrainian_and_koi8_r_russian_are_told_apart():
    uk = ("Кількість загиблих внаслідок удару по Миколаєву зросла до п'яти, повідомили в обласній "
          "військовій адміністрації. Їхні імена встановлюють.")
    ru = "Количество погибших в результате удара выросло до пяти, сообщили в областной администрации."
    assert load_bytes("uk.txt", uk.replace("\n", "\r\n").encode("koi8_u")).text == uk
    assert load_bytes("ru.txt", ru.encode("koi8_r")).text == ru


def test_stable_id_from_content():
    a = load_bytes("a.txt", TEXT.encode())
    b = load_bytes("b.txt", TEXT.encode())
    assert a.doc_id == b.doc_id and len(a.doc_id) == 16
    assert load_bytes("c.txt", (TEXT + "!").encode()).doc_id != a.doc_id


def test_html_to_text_drops_scripts_and_furniture():
    html = b"""<html><head><title>T</title><script>alert('x')</script></head><body>
    <nav>Home | World</nav><article><h1>Strike on Kyiv</h1>
    <p>At least <b>12</b> people were killed.</p><p>More may be trapped.</p></article>
    <footer>Copyright</footer><script>document.write('evil')</script></body></html>"""
    doc = load_bytes("a.html", html)
    assert "At least 12 people were killed." in doc.text
    assert "alert" not in doc.text and "evil" not in doc.text and "Home | World" not in doc.text
    assert doc.title == "Strike on Kyiv" and doc.fmt == "html"


def test_markdown_markup_is_removed():
    doc = load_bytes("a.md", b"# Strike\n\n**At least 12** people were [killed](http://x).")
    assert doc.text.splitlines()[0] == "Strike" and "At least 12 people were killed." in doc.text


@pytest.mark.parametrize("name,data,exc", [
    ("empty.txt", b"", EmptyDocument),
    ("blank.txt", b"   \n\n ", EmptyDocument),
    ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), BinaryDocument),
    ("a.pdf", b"%PDF-1.4", UnsupportedDocument),
    ("empty.html", b"<html><script>x()</script></html>", EmptyDocument),
])
def test_bad_input_names_the_file(name, data, exc):
    with pytest.raises(exc) as e:
        load_bytes(name, data)
    assert str(e.value).startswith(name + ":")


def test_oversize_file_is_refused(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 300_000)
    with pytest.raises(OversizeDocument, match="big.txt"):
        load_path(p, max_bytes=1_000_000)


def test_caller_and_sidecar_dates(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("No date in this text. At least 3 people were killed.")
    assert load_path(p).published is None
    assert load_path(p, published=date(2024, 1, 2)).published == date(2024, 1, 2)
    (tmp_path / "a.txt.json").write_text('{"published": "2023-05-06", "source": "Outlet"}')
    doc = load_path(p)
    assert doc.published == date(2023, 5, 6) and doc.published_from == "sidecar" and doc.source == "Outlet"


def test_load_many_goes_on_after_a_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(TEXT + " more")
    got = [(p.name, d is not None, isinstance(e, DocumentError)) for p, d, e in load_many([str(tmp_path)])]
    assert got == [("a.txt", True, False), ("b.txt", False, True), ("c.txt", True, False)]
    missing = list(load_many([str(tmp_path / "nope.txt")]))
    assert missing[0][1] is None and "nope.txt" in str(missing[0][2])
