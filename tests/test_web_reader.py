"""Web pages read like a reader: the article's text, its metadata, nothing from the furniture."""
import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.documents import date_from_name, load_bytes, load_path
from dashboard.errors import EmptyDocument
from dashboard.extract import extract_batch, extract_document
from dashboard.web.reader import cap_depth, parse_timestamp, read_html
from web_support import article_page

PAGES = Path(__file__).resolve().parent / "data" / "pages"
KHARKIV = ["KHARKIV, Ukraine — A Russian missile struck a residential district of Kharkiv on Wednesday "
           "morning, killing four people and injuring 17, the regional governor said.",
           "Rescuers worked through the day at the five-storey building, the governor said.",
           "Russia launched two Iskander-M missiles at the city, the air force said."]
FURNITURE = ["Earthquake kills 12 in Chile", "Bus crash in Peru leaves 31 injured",
             "Floods kill 47 across southern Brazil", "Drone strike kills 5 in Kharkiv",
             "Missile attack on Dnipro kills 9", "at least 20 explosions", "842 partners"]


def test_bar_a_news_page_with_a_most_read_box_gives_only_the_articles_figures():
    html = article_page("Russian missile strike on Kharkiv kills four, injures 17", KHARKIV,
                        "2024-09-04T08:15:00Z")
    doc = load_bytes("kharkiv.html", html.encode())
    records = [r for r in extract_document(doc) if r.type in ("casualty", "weapon")]
    figures = {(r.type, r.category, r.count) for r in records if r.count is not None}
    assert figures == {("casualty", "killed", 4), ("casualty", "injured", 17),
                       ("weapon", "ballistic_missile", 2), ("weapon", "missile", 1)}   # "A ... missile struck": 1
    assert all(r.start < len(doc.text) and "Chile" not in r.sentence for r in records)
    assert doc.published == date(2024, 9, 4) and doc.published_from == "page"
    assert doc.published_at == "2024-09-04T08:15:00+00:00"
    assert doc.source == "Northern Broadcasting News"
    assert doc.reader == "trafilatura"
    for junk in FURNITURE:
        assert junk not in doc.text
    # what was left out is kept for the Documents page
    assert doc.dropped_count >= 8 and "Earthquake kills 12 in Chile" in doc.dropped


def test_composed_pages_of_five_layouts_keep_the_article_and_drop_the_furniture():
    kept = [json.loads(x) for x in (PAGES / "kept.jsonl").read_text().splitlines()]
    layouts = set()
    for k in kept:
        page = read_html((PAGES / "html" / k["doc"]).read_text(encoding="utf-8"))
        layouts.add(k["doc"].split("_")[0])
        assert page.reader == "trafilatura", k["doc"]
        assert page.text.startswith(k["title"]), k["doc"]
        for para in k["paragraphs"]:   # every paragraph (short lines may be the text's own furniture)
            assert para in page.text or len(para) < 80, (k["doc"], para[:60])
        for junk in FURNITURE[:5]:
            assert junk not in page.text, (k["doc"], junk)
        assert page.published_at.startswith(k["published_at"][:16]), k["doc"]
        assert page.site_name and page.url and page.url.startswith("https://"), k["doc"]
    assert layouts == {"bbc", "guardian", "ap", "aljazeera", "kyivind"}


def test_bar_pages_score_no_lower_than_the_same_articles_as_plain_text(shared_scorer):
    golds = [json.loads(x) for x in (PAGES / "gold.jsonl").read_text().splitlines()]
    kept = {k["doc"]: k["text"] for k in map(json.loads, (PAGES / "kept.jsonl").read_text().splitlines())}
    texts = {f.name: f for f in (PAGES.parent).glob("*/texts/*.txt")}

    def f1(docs, rename):
        out = extract_batch(docs)
        preds = {rename.get(d.name, d.name): {"records": [r.to_dict() for r in recs]} for d, recs in out.values()}
        tp = fp = fn = 0
        for g in golds:
            res = shared_scorer.score_doc(g, preds.get(g["doc"]))
            tp, fp, fn = tp + res["fig_tp"], fp + res["fig_fp"], fn + res["fig_fn"]
        return 2 * tp / (2 * tp + fp + fn)

    pages = f1([load_path(PAGES / "html" / g["doc"]) for g in golds], {})
    plain = f1([load_path(texts[kept[g["doc"]]]) for g in golds], {v: k for k, v in kept.items()})
    assert pages >= plain and pages > 0.9, (pages, plain)


@pytest.mark.parametrize("head, expected", [
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", '
     '"name": "x"}, {"@type": "NewsArticle", "headline": "H", "datePublished": "2025-04-24T06:30:00+03:00", '
     '"publisher": {"@type": "Organization", "name": "Kyiv Daily"}}]}</script>',
     ("2025-04-24T06:30:00+03:00", date(2025, 4, 24), "Kyiv Daily")),
    ('<meta property="article:published_time" content="2024-09-04T23:15:00-0500">'
     '<meta property="og:site_name" content="Plains Herald">',
     ("2024-09-04T23:15:00-05:00", date(2024, 9, 4), "Plains Herald")),
    ('<meta itemprop="datePublished" content="2023-01-31">', (None, date(2023, 1, 31), None)),
])
def test_publication_time_and_outlet_come_from_the_pages_metadata(head, expected):
    html = f"<html><head>{head}</head><body><article><p>Two people were killed.</p></article></body></html>"
    page = read_html(html)
    assert (page.published_at, page.published, page.site_name) == expected


def test_a_time_element_of_the_article_counts_but_not_one_in_a_related_box():
    html = """<html><body><aside class="related"><time datetime="2020-01-01T10:00:00Z">old</time>
    <a href="/x">Older story</a></aside><article><h1>Strike</h1><time datetime="2025-02-03T07:00:00+02:00">3 Feb</time>
    <p>Two people were killed in Kharkiv on Monday.</p></article></body></html>"""
    page = read_html(html)
    assert page.published_at == "2025-02-03T07:00:00+02:00"


def test_canonical_address_is_made_absolute_and_the_host_names_an_unnamed_outlet():
    html = ('<html><head><link rel="canonical" href="/news/2025/strike"></head><body><article>'
            '<p>Two people were killed in Kharkiv on Monday, officials said.</p></article></body></html>')
    doc = load_bytes("p.html", html.encode(), url="https://www.example.org/news/2025/strike?utm=1")
    assert doc.url == "https://www.example.org/news/2025/strike"
    assert doc.source == "example.org"
    assert load_bytes("p.html", html.encode(), url="https://www.example.org/a",
                      default_source="Example Feed").source == "Example Feed"


def test_the_fallback_reader_takes_a_page_too_big_for_trafilatura_and_drops_furniture():
    html = article_page("Strike on Sumy kills three", ["A drone strike killed three people in Sumy, officials said."],
                        "2025-03-01T10:00:00Z")
    page = read_html(html, max_tags=10)
    assert page.reader == "fallback"
    assert "killed three people in Sumy" in page.text
    for junk in FURNITURE:
        assert junk not in page.text


def test_a_page_of_furniture_only_is_refused_with_a_reason():
    html = b"<html><body><nav><a href='/'>Home</a></nav><aside class='most-read'><ol><li>Earthquake kills 12 in Chile</li></ol></aside></body></html>"
    with pytest.raises(EmptyDocument, match="no article text"):
        load_bytes("nav.html", html)


@pytest.mark.timeout(60)
def test_fifty_thousand_nested_blockquotes_are_read_without_losing_text():
    html = ("<html><body><article><p>Intro: three people were killed.</p>" + "<blockquote>" * 50_000
            + "Deep text." + "</blockquote>" * 50_000 + "<p>End of the article.</p></article></body></html>")
    capped = cap_depth(html)
    assert len(capped) < 10_000
    page = read_html(html)
    assert page.depth_capped
    for part in ("Intro: three people were killed.", "Deep text.", "End of the article."):
        assert part in page.text
    small = "<html><body><p>x</p></body></html>"
    assert cap_depth(small) is small


def test_parse_timestamp_forms():
    assert parse_timestamp("2024-09-04T08:15:00Z") == ("2024-09-04T08:15:00+00:00", date(2024, 9, 4))
    assert parse_timestamp("2024-09-04 08:15:00+0100") == ("2024-09-04T08:15:00+01:00", date(2024, 9, 4))
    assert parse_timestamp("1725437700") == ("2024-09-04T08:15:00+00:00", date(2024, 9, 4))
    assert parse_timestamp("2024-09-04") == (None, date(2024, 9, 4))
    assert parse_timestamp("yesterday") is None and parse_timestamp("0001-01-01") is None


def test_sidecar_gives_url_and_time_and_the_file_name_a_date_as_last_resort(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Two people were killed in Kharkiv, officials said.")
    (tmp_path / "story.txt.json").write_text(json.dumps(
        {"published": "2025-04-24T09:00:00+03:00", "source": "Kyiv Daily", "url": "https://kyiv.example/a"}))
    doc = load_path(p)
    assert (doc.published, doc.published_at, doc.source, doc.url, doc.published_from) == (
        date(2025, 4, 24), "2025-04-24T09:00:00+03:00", "Kyiv Daily", "https://kyiv.example/a", "sidecar")
    q = tmp_path / "2025-03-02_sumy.txt"
    q.write_text("Two people were killed in Sumy, officials said.")
    doc = load_path(q)
    assert (doc.published, doc.published_from) == (date(2025, 3, 2), "filename")
    assert date_from_name("000_5742bace8683ef33.txt") is None
    assert date_from_name("kyiv_20250424.html") == date(2025, 4, 24)
