"""Compose saved news pages from the team's annotated plain-text articles.

Each article of a set (``tests/data/heldout``, ``tests/data/blind6`` ...) is wrapped in the
markup of one of five outlet layouts, modelled on how large news sites build their article
pages (a public broadcaster, a British broadsheet, a wire agency, a Gulf broadcaster and
a Ghost-based Ukrainian outlet): cookie banner, navigation, byline, inline "Read more"/"Related"
links, image captions, "Most read" and "Related" boxes, comments, newsletter sign-ups,
footers, OpenGraph and JSON-LD metadata. The furniture is full of casualty headlines
("Earthquake kills 12 in Chile") that must never become records of the article.
Outlets, people and domains are invented (``.example``).

Writes ``pages/<layout>_<article>.html``, ``gold.jsonl`` (the set's gold with the page's
name; the scorer's format) and ``kept.jsonl`` (the article's own text: headline and
paragraphs, the gold of what a reader should keep). Run from the project root:

    python tests/data/pages/compose.py heldout blind6 blind7
    python tests/data/pages/compose.py --out /tmp/pages heldout blind2 blind3 blind4 blind5 blind6
"""
from __future__ import annotations

import json
import re
import sys
import zlib
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

MOST_READ = ["Earthquake kills 12 in Chile", "Bus crash in Peru leaves 31 injured",
             "Floods kill 47 across southern Brazil", "Ferry fire: nine missing off Sulawesi",
             "Stampede at music festival injures 60", "Train derailment kills 8 near Larissa",
             "Wildfire forces 3,000 to flee in Alberta", "Heatwave deaths reach 120 in Odisha",
             "Mine collapse traps 15 workers in Zacatecas", "Tornado kills 6 in Oklahoma"]
RELATED = ["Drone strike kills 5 in Kharkiv", "Missile attack on Dnipro kills 9, injures 30",
           "Shelling kills 3 at Kherson market", "Air strike kills 22 in Rafah camp",
           "Russia launched 120 drones overnight, air force says",
           "Car bomb kills 14 at checkpoint in Mogadishu",
           "Four killed as rockets hit northern Israel", "Sudan: 40 dead in El Obeid shelling"]
COMMENTS = ["I heard at least 20 explosions from my flat last night. Stay safe everyone.",
            "The real toll is surely over 100, they always undercount these things.",
            "My cousin says 7 people from her building were taken to hospital.",
            "Third attack this month. 2 of my colleagues were wounded in the last one.",
            "Thoughts with the 50 families who lost their homes."]
COOKIE = ("We and our 842 partners store and access information on your device, such as "
          "cookies, and process personal data to personalise ads and content. You can accept "
          "or manage your choices at any time.")


def rot(pool, i, n):
    return [pool[(i + k) % len(pool)] for k in range(n)]


def parse(text: str) -> tuple[str, list[str]]:
    """(headline, paragraphs) of a composed article (marker and dateline dropped). Every
    line is a paragraph of its own; a line starting "- " stays a list item ("- ...")."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    head = blocks[0].split("\n")
    if head[0].startswith("Test document composed"):
        head = head[1:]
    # the first block is marker + dateline; the headline is the next one
    title = blocks[1] if len(head) <= 1 else head[-1]
    paras = blocks[2:] if len(head) <= 1 else blocks[1:]
    lines = [" ".join(ln.split()) for p in paras for ln in p.split("\n")]
    return " ".join(title.split()), [ln for ln in lines if ln]


def para(p: str, attrs: str = "") -> str:
    """A paragraph, or a one-item list for a "- " line."""
    if p.startswith("- "):
        return f"<ul><li>{escape(p[2:])}</li></ul>"
    return f"<p{attrs}>{escape(p)}</p>"


def stamp(published: str, text: str) -> str:
    """ISO 8601 publication time: the gold's date, the dateline's hour when it has one."""
    m = re.search(r"\b(\d{1,2})[:.](\d{2})\b", text.split("\n\n")[0])
    hh, mm = (int(m.group(1)), int(m.group(2))) if m else (9, 30)
    if m and re.search(r"\bp\.?m\b", text.split("\n\n")[0], re.I) and hh < 12:
        hh += 12
    return f"{published}T{hh:02d}:{mm:02d}:00"


def paragraphs(paras, inline: str, at: int = 3) -> str:
    out = [para(p) for p in paras]
    out.insert(min(at, len(out)), inline)
    return "\n".join(out)


def jsonld(kind, title, when, site, url, lang="en") -> str:
    return f'<script type="application/ld+json">{json.dumps(ld_data(kind, title, when, site, url, lang))}</script>'


def ld_data(kind, title, when, site, url, lang="en") -> dict:
    return {"@context": "https://schema.org", "@type": kind, "headline": title,
            "datePublished": when, "dateModified": when, "inLanguage": lang,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "publisher": {"@type": "NewsMediaOrganization", "name": site,
                          "logo": {"@type": "ImageObject", "url": url.split("/")[0] + "//logo.png"}},
            "author": [{"@type": "Person", "name": "Staff reporter"}]}


def links(items, cls="") -> str:
    return "".join(f'<li{cls}><a href="/news/{zlib.crc32(t.encode()) % 10**8}">{escape(t)}</a></li>' for t in items)


def bbc(title, paras, when, i):
    site, url = "Northern Broadcasting News", f"https://www.nbn.example/news/articles/c{i:04d}x"
    body = "\n".join(f'<div data-component="text-block" class="ssrcss-text">{para(p)}</div>'
                     for p in paras[:2])
    body += ('\n<div data-component="links-block"><h2>Related</h2><ul>' + links(rot(RELATED, i, 2))
             + "</ul></div>\n")
    body += '\n<figure><img src="/img.jpg" alt=""><figcaption>Rescue workers at the scene on the day '\
            'of the attack</figcaption></figure>\n'
    body += "\n".join(f'<div data-component="text-block" class="ssrcss-text">{para(p)}</div>'
                      for p in paras[2:])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{escape(title)} - NBN News</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<link rel="canonical" href="{url}">
{jsonld("ReportageNewsArticle", title, when + ".000Z", site, url)}
<script>window.__INITIAL_DATA__={{"count": 12, "killed": 40}};</script>
<style>.ssrcss-text{{margin:0}}</style>
</head><body>
<div id="cookiePrompt" class="cookie-banner"><h2>Let us know you agree to cookies</h2><p>{COOKIE}</p>
<button>Yes, I agree</button><button>No, take me to settings</button></div>
<header class="orbit-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">Watch</a></li></ul></nav></header>
<div id="nav-secondary"><a href="/news/world">World</a> <a href="/news/world/europe">Europe</a> <a href="/news/live">Live: 24 updates</a></div>
<main id="main-content"><article>
<header><h1 id="main-heading">{escape(title)}</h1>
<div data-component="byline-block"><time datetime="{when}.000Z">{when[:10]}</time>
<span>Staff reporter</span><span>NBN News, world desk</span></div></header>
<div data-component="image-block"><figure><img src="/lead.jpg" alt=""><figcaption>Smoke over the city</figcaption></figure></div>
{body}
<div data-component="topic-list"><h2>Related topics</h2><ul><li><a href="/t/1">Ukraine war</a></li><li><a href="/t/2">Conflict</a></li></ul></div>
<section data-component="links-block"><h2>More on this story</h2><ul>{links(rot(RELATED, i + 3, 3))}</ul></section>
</article>
<aside><section data-testid="most-read" class="most-read"><h2>Most read</h2><ol>{links(rot(MOST_READ, i, 5))}</ol></section></aside>
</main>
<footer class="orbit-footer"><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/cookies">Cookies</a></li></ul><p>Copyright 2025 NBN. NBN is not responsible for the content of external sites. Read about our approach to external linking.</p></footer>
</body></html>
"""


def guardian(title, paras, when, i):
    site, url = "The Daily Ledger", f"https://www.ledger.example/world/2024/story-{i}"
    inline = ('<aside data-gu-name="rich-link" data-component="rich-link"><div><a href="/world/x">'
              f'<div>Related:</div><span>{escape(RELATED[(i + 1) % len(RELATED)])}</span></a></div></aside>')
    paras_html = "\n".join(para(p, ' class="dcr-s23rjr"') for p in paras)
    paras_html = paras_html.replace("</p>\n", "</p>\n" + inline + "\n", 1) if len(paras) > 2 else paras_html
    ld = json.dumps([{"@type": "NewsArticle", "@context": "https://schema.org", "@id": url,
                      "headline": title, "datePublished": when + "+01:00",
                      "publisher": {"@type": "Organization", "name": site}},
                     {"@type": "WebPage", "@context": "https://schema.org", "@id": url,
                      "potentialAction": {"@type": "ViewAction", "target": "android-app://x"}}])
    return f"""<!doctype html>
<html lang="en"><head><title>{escape(title)} | World news | The Daily Ledger</title>
<meta name="description" content="{escape(paras[0][:150])}">
<meta property="og:url" content="{url}"><meta property="og:type" content="article">
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{when}+01:00">
<meta property="article:section" content="World news">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
</head><body>
<div id="sp_message_container"><p>{COOKIE}</p><button>Yes, I'm happy</button><button>Manage or reject cookies</button></div>
<div id="bannerandheader"><header data-component="nav3"><a href="/">The Daily Ledger - Back to home</a>
<ul><li><a href="/uk">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul>
<div>Support the Ledger: Fund independent journalism with $15 per month</div></header></div>
<main data-layout="StandardLayout"><article>
<div data-gu-name="headline"><h1>{escape(title)}</h1></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/x">Correspondent in the region</a></address>
<details><summary>{when[:10]} {when[11:16]} BST</summary><p>First published on {when[:10]}</p></details>
<div data-component="share"><a href="#">Share</a></div><div>Share: 1,203 comments</div></div>
<figure data-component="image"><img src="/a.jpg" alt=""><figcaption>Emergency workers at the site. Photograph: agency</figcaption></figure>
<div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1jl528t">
{paras_html}
</div></div>
<div data-print-layout="hide"><div id="slot-body-end"><h2>I hope you appreciated this article.</h2>
<p>Before you move on, I wonder if you would consider supporting our journalism as we enter 2025. More than 1.5 million readers in 180 countries have chosen to support us.</p></div></div>
<div data-component="keywords"><a href="/world/ukraine">Ukraine</a> <a href="/world/russia">Russia</a></div>
</article>
<section id="comments" data-component="discussion"><h2>Comments (1,203)</h2>
{"".join(f'<div class="d-comment"><div class="d-comment__meta"><span>reader{k}</span><time>{k + 1}h ago</time></div><div class="d-comment__body"><p>{escape(c)}</p></div></div>' for k, c in enumerate(rot(COMMENTS, i, 3)))}
</section>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul>{links(rot(RELATED, i + 2, 4))}</ul></section>
<div data-component="most-popular" id="most-viewed"><h2>Most viewed</h2><ol>{links(rot(MOST_READ, i + 1, 10))}</ol></div>
</main>
<footer data-component="footer"><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li></ul>
<p>&copy; 2025 Ledger News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body></html>
"""


def ap(title, paras, when, i):
    site, url = "Wire Press", f"https://wirepress.example/article/{i:06x}a7c"
    related = ('<div class="Enhancement" data-align-center><div class="RelatedLink">'
               f'<h3>RELATED COVERAGE</h3><ul>{links(rot(RELATED, i + 4, 2))}</ul></div></div>')
    ad = '<div class="Advertisement" data-ad-slot="mid"><span>Advertisement</span></div>'
    body = paragraphs(paras, related, at=2).replace("</p>\n<p>", f"</p>\n{ad}\n<p>", 1)
    return f"""<!DOCTYPE html>
<html lang="en" class="Page"><head>
<title>{escape(title)} | Wire Press News</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{when}Z">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
{jsonld("NewsArticle", title, when + "Z", site, url)}
</head><body class="Page-body">
<div class="Page-header-navigation"><nav class="Page-header-bar"><a href="/hub/world-news">World</a><a href="/hub/us-news">U.S.</a><a href="/hub/politics">Politics</a><a href="/hub/sports">Sports</a></nav>
<div class="TrendingModule"><span>Trending:</span><a href="/x">Election 2024</a><a href="/y">Israel-Hamas war</a></div></div>
<div class="Page-content"><main class="Page-main">
<div class="Page-lead"><h1 class="Page-headline">{escape(title)}</h1>
<div class="Page-byline"><span class="Page-authors">By STAFF WRITERS</span>
<bsp-timestamp data-timestamp="1"><span>Updated {when[11:16]} GMT, {when[:10]}</span></bsp-timestamp></div>
<div class="Page-actions"><a href="#">Share</a><a href="#">Copy Link copied</a><a href="#">Email</a><a href="#">Facebook</a></div></div>
<div class="RichTextStoryBody RichTextBody">
{body}
</div>
<div class="Page-storyBody-bottom"><p class="Component-credit">Associated writers in the region contributed to this report.</p></div>
</main>
<aside class="Page-rightRail"><div class="PageListRightRailA"><div class="PageList-header"><h2>Most Read</h2></div>
<ul class="PageList-items">{links(rot(MOST_READ, i + 2, 5), ' class="PageList-items-item"')}</ul></div>
<div class="Advertisement">Advertisement</div></aside></div>
<div class="Page-footer"><footer><p>Copyright 2025 Wire Press. All rights reserved.</p>
<ul><li><a href="/about">About</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/careers">Careers</a></li></ul></footer></div>
</body></html>
"""


def aljazeera(title, paras, when, i):
    site, url = "Al Manara", f"https://www.almanara.example/news/2024/{i}/story"
    recommended = ('<div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2>'
                   f'<ul class="more-on__list">{links(rot(RELATED, i + 5, 4))}</ul>'
                   '<div class="more-on__footer">list of 4 items</div></div>')
    ld = ld_data("NewsArticle", title, when + "+03:00", site, url)
    return f"""<!DOCTYPE html><html lang="en" dir="ltr"><head>
<meta charset="utf-8"><title>{escape(title)} | News | Al Manara</title>
<meta name="pageType" content="Article"><meta property="og:type" content="article">
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{site}">
<meta name="twitter:site" content="@almanara">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body><div id="root">
<div class="container--header"><header class="site-header"><a href="/" class="site-logo">Al Manara</a>
<nav class="site-header__navigation"><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/middle-east/">Middle East</a></li>
<li><a href="/explained/">Explained</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sports/">Sport</a></li><li><a href="/video/">Video</a></li></ul></nav>
<div class="breaking-news-ticker"><span>Breaking:</span> <a href="/live">Live: 35 killed in overnight strikes</a></div></header></div>
<div class="container--ads"><div class="ads-container">Advertisement</div></div>
<main id="main-content-area" class="article-page">
<header class="article-header"><div class="article-header__topics"><a href="/tag/conflict">Conflict</a></div>
<h1>{escape(title)}</h1>
<p class="article__subhead"><em>Reports from the scene and statements by officials.</em></p></header>
<div class="article-info-block"><div class="article-author-name">By Staff writer</div>
<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">Published On {when[:10]}</span><span aria-hidden="true">{when[:10]}</span></div></div>
<div class="article-share"><ul><li>Save articles to read later and create your own reading list.</li></ul></div></div>
<figure class="article-featured-image"><img src="/x.jpg" alt=""><figcaption>People gather at the site of the strike [File: Agency]</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content">
{paragraphs(paras, recommended, at=3)}
</div>
<div class="article-source">SOURCE: AL MANARA AND NEWS AGENCIES</div>
<div class="article-newsletter-slot"><h2>Sign up for Al Manara</h2><p>Weekly newsletter: get 5 stories every Friday.</p><form><input type="email"><button>Subscribe</button></form></div>
</main>
<aside class="article-trending"><h2 class="article-trending__heading">Most Read</h2><ol>{links(rot(MOST_READ, i + 3, 4))}</ol></aside>
<footer class="footer"><div class="footer__about"><a href="/about">About</a><a href="/contact">Contact</a><a href="/terms">Terms and conditions</a></div>
<p class="footer__copyright">&copy; 2025 Al Manara Media Network</p></footer></div></body></html>
"""


def kyivind(title, paras, when, i):
    site, url = "The Dnipro Independent", f"https://dniproindependent.example/story-{i}/"
    read_also = ('<div class="kg-card kg-callout-card kg-callout-card-grey">'
                 '<div class="kg-callout-text"><strong>Read also: </strong>'
                 f'<a href="https://dniproindependent.example/x/">{escape(RELATED[(i + 6) % len(RELATED)])}</a></div></div>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)}</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{escape(paras[0][:140])}">
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article"><meta property="og:title" content="{escape(title)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{when}.000Z">
<meta property="article:modified_time" content="{when}.000Z">
<meta property="article:tag" content="Ukraine">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": site}, "headline": title, "url": url, "datePublished": when + ".000Z"})}</script>
<meta name="generator" content="Ghost 5.82">
</head><body class="post-template">
<div class="site">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">The Dnipro Independent</a>
<nav class="gh-head-menu"><ul class="nav"><li><a href="/tag/ukraine/">Ukraine</a></li><li><a href="/tag/war/">War</a></li><li><a href="/tag/business/">Business</a></li><li><a href="/tag/opinion/">Opinion</a></li></ul></nav>
<div class="gh-head-actions"><a href="#/portal/signup" class="gh-head-button">Support us</a></div></header>
<div class="banner-top"><p>Become a member: 14,000 readers already support independent journalism.</p></div>
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/war/">War</a></section>
<h1 class="article-title">{escape(title)}</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">Staff reporter</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{when[:10]}">{when[:10]} {when[11:16]}</time>
<span class="byline-reading-time">3 min read</span></div></div></div>
<figure class="article-image"><img src="/i.jpg" alt=""><figcaption>Firefighters at the site of the attack. (Photo: press service)</figcaption></figure></header>
<section class="gh-content gh-canvas">
{paragraphs(paras, read_also, at=2)}
<hr><p><em>Note from the editors: we have been covering the war since day one. Join 14,000 members and keep us going.</em></p>
<div class="kg-card kg-button-card"><a href="/membership/" class="kg-btn">Become a member</a></div>
</section>
</article>
<section class="article-comments gh-canvas"><h3>Comments</h3><div class="comment"><p>{escape(COMMENTS[i % len(COMMENTS)])}</p></div></section>
<aside class="read-more-wrap"><div class="read-more gh-canvas"><h3>Latest</h3>
{"".join(f'<article class="post-card"><a class="post-card-content-link" href="/p{k}/"><header class="post-card-header"><h2 class="post-card-title">{escape(t)}</h2></header><div class="post-card-excerpt">Officials said more were feared under rubble.</div></a></article>' for k, t in enumerate(rot(RELATED, i + 1, 3)))}
</div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Dnipro Independent</a> &copy; 2025</section>
<nav class="site-footer-nav"><a href="/about/">About</a> <a href="/ethics/">Code of ethics</a></nav></div></footer>
</div></body></html>
"""


LAYOUTS = {"bbc": bbc, "guardian": guardian, "ap": ap, "aljazeera": aljazeera, "kyivind": kyivind}


def compose(sets: list[str], dest: Path = HERE) -> None:
    out = dest / "html"
    out.mkdir(parents=True, exist_ok=True)
    golds, kept = [], []
    i = 0
    for name in sets:
        folder = ROOT / "tests" / "data" / name
        gold = {g["doc"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text().splitlines())}
        for f in sorted((folder / "texts").glob("*.txt")):
            layout = list(LAYOUTS)[i % len(LAYOUTS)]
            text = f.read_text(encoding="utf-8")
            title, paras = parse(text)
            g = dict(gold[f.name])
            when = stamp(g["published"], text)
            page = f"{layout}_{f.stem}.html"
            (out / page).write_text(LAYOUTS[layout](title, paras, when, i), encoding="utf-8")
            g["doc"] = page
            golds.append(g)
            kept.append({"doc": page, "text": f.name, "title": title, "published_at": when,
                         "paragraphs": [p[2:] if p.startswith("- ") else p for p in paras]})
            i += 1
    with open(dest / "gold.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)
    with open(dest / "kept.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(k, ensure_ascii=False) + "\n" for k in kept)
    print(f"wrote {len(golds)} pages to {out}")


if __name__ == "__main__":
    args = sys.argv[1:]
    dest = HERE
    if "--out" in args:           # compose elsewhere (e.g. every set, for a one-off measurement)
        i = args.index("--out")
        dest, args = Path(args[i + 1]), args[:i] + args[i + 2:]
    compose(args or ["heldout", "blind6", "blind7"], dest)
