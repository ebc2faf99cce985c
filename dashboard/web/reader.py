"""A web page read like a reader: the article's own text and what the page says about it.

:func:`read_html` turns a page into a :class:`Page`:

- the main text, by **trafilatura** in its precision setting (navigation, "Most read" and
  "Related" boxes, comments, cookie banners and footers left out), falling back to the
  project's own reader (:func:`fallback_text`, selectolax) when trafilatura finds nothing;
  the headline goes first, as in a plain-text article;
- the page's metadata (:func:`page_metadata`): title, publication time (JSON-LD
  ``datePublished``, ``article:published_time``, ``itemprop="datePublished"``,
  ``<time datetime>``) as ISO 8601 with its zone, the outlet (``og:site_name``, the
  JSON-LD publisher) and the canonical address;
- what was left out: every other text block of the page (:attr:`Page.dropped`), so a
  person can see what the reader kept and what it dropped.

Cost is bounded: a page nested deeper than :data:`MAX_DEPTH` is flattened first by one
linear scan (:func:`cap_depth`), so 50,000 nested ``<blockquote>`` read in well under a
second instead of minutes; the caller caps the size (``documents.MAX_BYTES``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterator, Optional
from urllib.parse import urljoin, urlsplit

MAX_DEPTH = 120            # element nesting kept; deeper tags are dropped, their text kept
MAX_TAGS = 60_000          # trafilatura reads pages with up to this many tags (~60 us a tag)
FURNITURE_CHECKS = 50      # furniture-sounding elements checked for holding the article
MATCH_BUDGET = 20_000_000  # characters compared to sort a page's blocks into kept/dropped
MAX_JSONLD = 200_000       # characters of one JSON-LD script read for metadata
DROPPED_PREVIEW = 40       # dropped blocks kept for display
PREVIEW_CHARS = 160

READERS = ("trafilatura", "fallback")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr "
                  "keygen command basefont frame isindex".split())
_RAW = frozenset(("script", "style", "textarea", "title", "xmp", "noscript", "template"))
_AUTO_CLOSE = frozenset(("p", "li", "dt", "dd", "tr", "td", "th", "option"))
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)|<!--")
_RAW_CLOSE = {name: re.compile("</" + name, re.I) for name in _RAW}
_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
                     "figcaption", "td", "th", "pre", "dd", "dt", "caption", "summary"))
_SKIP = frozenset(("script", "style", "noscript", "template", "iframe", "svg", "canvas",
                   "head", "select", "button", "form", "textarea"))
_INLINE = frozenset(("a", "span", "b", "strong", "em", "i", "time", "abbr", "small", "u", "sup",
                     "sub", "mark", "cite", "q", "br"))
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "form", "button", "select", "figure")
# class/id/data-* words of page furniture (the fallback reader drops such elements)
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:(?:cookie|consent|gdpr|newsletter|subscri|signup|sign-up|promo|related|"
    r"most-?read|most-?viewed|most-?popular|popular|trending|recommend|read-?more|more-on|"
    r"share|sharing|social|comment|discussion|breadcrumb|advert|sponsor|outbrain|taboola|"
    r"byline|author|dateline|timestamp|post-card|ticker)\w*|"
    r"(?:banner|footer|masthead|nav|navigation|menu|sidebar|rail|ads?|tags|topics?|keywords|"
    r"links-block|actions|credits?|source|dates?|info-block)(?:$|[\s_-]))", re.I)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                  "blogposting", "liveblogposting", "socialmediaposting", "report", "webpage"}


@dataclass
class Page:
    """What a reader makes of one web page."""

    text: str                                  # headline, then the article's paragraphs
    title: str = ""
    published_at: Optional[str] = None         # ISO 8601 (with the zone the page gives)
    published: Optional[date] = None           # the date of ``published_at`` as written
    site_name: Optional[str] = None            # outlet
    url: Optional[str] = None                  # canonical address
    reader: str = "trafilatura"                # which reader kept the text (READERS)
    dropped: list = field(default_factory=list)  # text blocks of the page not kept
    depth_capped: bool = False                 # the page was nested too deep and flattened


def read_html(html: str, url: Optional[str] = None, reader: str = "auto",
              headline: bool = True, max_tags: int = MAX_TAGS) -> Page:
    """Read one page. ``reader``: ``auto`` (trafilatura, else the fallback; a page of
    more than ``max_tags`` tags goes straight to the fallback, whose cost is linear),
    ``trafilatura`` or ``fallback`` (to measure one reader alone). ``headline``: put the
    headline first (as a plain-text article has it)."""
    from selectolax.lexbor import LexborHTMLParser

    capped = cap_depth(html)
    tree = LexborHTMLParser(capped)
    meta = page_metadata(tree, url)
    text, used = "", "fallback"
    if reader == "trafilatura" or (reader == "auto" and capped.count("<") <= max_tags):
        text, used = trafilatura_text(capped, url), "trafilatura"
    if not text.strip() and reader != "trafilatura":
        text, used = fallback_text(tree), "fallback"
    title = meta.get("headline") or meta.get("title") or ""
    if headline:
        text = _with_headline(text, title)
    dropped = left_out(page_blocks(tree), text)
    published_at, published = meta.get("published_at"), meta.get("published")
    return Page(text=text, title=meta.get("title") or title, published_at=published_at,
                published=published, site_name=meta.get("site_name"), url=meta.get("url"),
                reader=used, dropped=dropped, depth_capped=capped is not html)


# -- bounding the cost ----------------------------------------------------------------------
def _scan(html: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, tag name, is_closing) of every tag outside comments, scripts and styles,
    in one forward pass (a tag's ``>`` is searched from the tag on)."""
    pos, n = 0, len(html)
    while pos < n:
        m = _TAG.search(html, pos)
        if m is None:
            return
        if m.group(0) == "<!--":
            end = html.find("-->", m.end())
            pos = n if end < 0 else end + 3
            continue
        end = html.find(">", m.end())
        if end < 0:
            return
        name = m.group(2).lower()
        closing = bool(m.group(1))
        yield m.start(), end + 1, name, closing
        pos = end + 1
        if not closing and name in _RAW:
            close = _RAW_CLOSE[name].search(html, pos)
            pos = n if close is None else close.start()


def cap_depth(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with tags nested deeper than ``max_depth`` removed (their text kept).

    Returns ``html`` itself (the same object) when nothing is that deep. Linear in the
    size of the page: one scan to measure, one to rebuild when needed.
    """
    if html.count("<") < max_depth:
        return html
    stack: list[str] = []
    too_deep = False
    for _, _, name, closing in _scan(html):
        if _step(stack, name, closing) and len(stack) > max_depth:
            too_deep = True
            break
    if not too_deep:
        return html
    out, last = [], 0
    stack, over = [], {}
    for start, end, name, closing in _scan(html):
        keep = True
        if closing:
            if over.get(name):
                over[name] -= 1
                keep = False
            else:
                _step(stack, name, True)
        elif name not in _VOID and not html.startswith("/>", end - 2):
            if len(stack) >= max_depth:
                over[name] = over.get(name, 0) + 1
                keep = False
            else:
                _step(stack, name, False)
        if not keep:
            out.append(html[last:start])
            last = end
    out.append(html[last:])
    return "".join(out)


def _step(stack: list, name: str, closing: bool) -> bool:
    """Apply one tag to the open-element stack; True when it opened an element."""
    if closing:
        for i in range(len(stack) - 1, max(-1, len(stack) - 64), -1):
            if stack[i] == name:
                del stack[i:]
                break
        return False
    if name in _VOID:
        return False
    if stack and stack[-1] in _AUTO_CLOSE and (name == stack[-1] or stack[-1] == "p"):
        stack.pop()
    stack.append(name)
    return True


# -- the two readers ------------------------------------------------------------------------
def trafilatura_text(html: str, url: Optional[str] = None) -> str:
    """The main text by trafilatura (precision setting, no comments), paragraphs apart."""
    import trafilatura

    try:
        result = trafilatura.extract(html, url=url, favor_precision=True, include_comments=False,
                                     include_tables=True, include_images=False,
                                     include_links=False, deduplicate=False,
                                     output_format="txt", with_metadata=False)
    except Exception:   # noqa: BLE001 - a parser failure means "found nothing": fall back
        return ""
    if not result:
        return ""
    lines = [" ".join(ln.split()) for ln in result.splitlines()]
    return "\n\n".join(ln for ln in lines if ln)


def _is_furniture(node) -> bool:
    """Whether an element's class, id or role names page furniture ("most-read", "related",
    "comments", "cookie-banner" ...)."""
    attrs = node.attributes
    words = " ".join(v for k, v in attrs.items()
                     if v and k in ("class", "id", "role", "data-component", "data-testid",
                                    "data-gu-name", "aria-label"))
    return bool(words) and _FURNITURE.search(words) is not None


def _para_chars(node) -> int:
    return sum(len(p.text() or "") for p in node.css("p")[:2000])


def fallback_text(tree) -> str:
    """The project's own reader (selectolax): the text blocks of the article (or main, or
    body) element with scripts, navigation, asides, footers and furniture (by class, id or
    role: "most-read", "related", "comments", "cookie" ...) dropped."""
    root = _article_root(tree)
    if root is None:
        return ""
    return "\n\n".join(_blocks(root, drop_furniture=True))


def _article_root(tree):
    """The element holding the article: of the first few ``articleBody``, ``<article>`` and
    ``<main>`` elements, the one with the most paragraph text, unless the body has four
    times more (then the body)."""
    body = tree.body or tree.root
    if body is None:
        return None

    cands = (tree.css('[itemprop="articleBody"]')[:5] + tree.css("article")[:20]
             + tree.css("main")[:3])
    if not cands:
        return body
    best = max(cands, key=_para_chars)
    return best if _para_chars(best) * 4 >= _para_chars(body) else body


def page_blocks(tree) -> list[str]:
    """Every text block of the page's body, furniture included (for the dropped list)."""
    body = tree.body or tree.root
    return [] if body is None else list(_blocks(body, drop_furniture=False))


def _blocks(root, drop_furniture: bool) -> Iterator[str]:
    """Text of the outermost block elements under ``root`` (a block inside a block is part
    of it) and the loose text of other elements (a banner's ``<div>``, a link list), in
    page order, walking with an explicit stack: linear in the size of the tree.

    With ``drop_furniture``, furniture elements are skipped; one whose class only sounds
    like furniture but holds most of the paragraphs ("content-with-sidebar") is kept
    (checked for the first :data:`FURNITURE_CHECKS` such elements, each check linear)."""
    total = _para_chars(root) if drop_furniture else 0
    checks = 0
    stack = [root]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag in _SKIP or tag.startswith("-"):
            continue
        if drop_furniture and node is not root:
            if tag in _FURNITURE_TAGS:
                continue
            if _is_furniture(node):
                checks += 1
                if checks > FURNITURE_CHECKS or _para_chars(node) * 2 < total:
                    continue
        if tag in _BLOCKS:
            t = " ".join((node.text(separator=" ") or "").split())
            if t:
                yield t
            continue
        kids = list(_children(node))
        own = " ".join((c.text_content or "") if c.tag == "-text" else (c.text(separator=" ") or "")
                       for c in kids if c.tag == "-text" or c.tag in _INLINE)
        own = " ".join(own.split())
        if own:
            yield own
        stack.extend(c for c in reversed(kids) if c.tag != "-text" and c.tag not in _INLINE)


def left_out(blocks: list[str], text: str) -> list[str]:
    """The blocks whose text is not in ``text``: an exact paragraph first, else a search
    in the whole text while the comparison budget lasts (after that a block is left out)."""
    kept = _norm(text)
    paras = {_norm(p) for p in text.split("\n")}
    budget, out = MATCH_BUDGET, []
    for b in blocks:
        nb = _norm(b)
        if nb in paras:
            continue
        if budget > 0:
            budget -= len(kept)
            if nb in kept:
                continue
        out.append(b)
    return out


def _children(node):
    c = node.child
    while c is not None:
        yield c
        c = c.next


def _with_headline(text: str, headline: str) -> str:
    headline = " ".join(headline.split())
    if not headline:
        return text
    first = text.lstrip().split("\n", 1)[0]
    if _norm(first) == _norm(headline) or _norm(headline) in _norm(text[:len(headline) * 2 + 40]):
        return text
    return headline + "\n\n" + text if text.strip() else headline


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())


# -- metadata -------------------------------------------------------------------------------
def page_metadata(tree, url: Optional[str] = None) -> dict:
    """title, headline, published_at, published, site_name, url from the page's markup."""
    metas = {}
    for node in tree.css("meta"):
        a = node.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        val = (a.get("content") or "").strip()
        if key and val and key not in metas:
            metas[key] = val
    ld = _jsonld_article(tree)
    h1 = tree.css_first("article h1") or tree.css_first("main h1")
    headline = " ".join((h1.text() if h1 is not None else "").split())
    any_h1 = tree.css_first("h1")
    title_tag = tree.css_first("title")
    site = (metas.get("og:site_name") or _name(ld.get("publisher")) or metas.get("application-name")
            or None)
    title = (metas.get("og:title") or _str(ld.get("headline")) or headline
             or " ".join((any_h1.text() if any_h1 is not None else "").split())
             or _strip_site(" ".join((title_tag.text() if title_tag else "").split()), site))
    # the headline put before the text: the article's own <h1>, else the page's title (a
    # first <h1> outside the article is often the site's logo)
    headline = headline or title
    stamp = None
    for cand in (_str(ld.get("datePublished")), metas.get("article:published_time"),
                 metas.get("og:article:published_time"), metas.get("datepublished"),
                 _itemprop_date(tree), metas.get("parsely-pub-date"), metas.get("pubdate"),
                 metas.get("publish-date"), metas.get("sailthru.date"), metas.get("dc.date.issued"),
                 metas.get("dc.date"), metas.get("date"), _time_element(tree)):
        stamp = parse_timestamp(cand)
        if stamp is not None:
            break
    canonical = None
    link = tree.css_first('link[rel="canonical"]')
    for cand in ((link.attributes.get("href") if link is not None else None), metas.get("og:url"),
                 _str(ld.get("url")), _id(ld.get("mainEntityOfPage")), url):
        canonical = _absolute(cand, url)
        if canonical:
            break
    published_at, published = stamp if stamp else (None, None)
    return {"title": _clip(title), "headline": _clip(headline or title), "site_name": _clip(site),
            "published_at": published_at, "published": published, "url": canonical}


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """An outlet's name when nothing better is known: the URL's host without ``www.``."""
    host = (urlsplit(url).hostname or "") if url else ""
    return (host[4:] if host.startswith("www.") else host) or None


def parse_timestamp(value) -> Optional[tuple[Optional[str], date]]:
    """(ISO 8601 time or None for a date alone, date) of a metadata date, or None."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    if re.fullmatch(r"\d{10,13}", v):      # epoch seconds or milliseconds
        from datetime import timezone
        try:
            dt = datetime.fromtimestamp(int(v) / (1000 if len(v) == 13 else 1), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return dt.isoformat(), dt.date()
    v = re.sub(r"(\d)\s+(\d{2}:\d{2})", r"\1T\2", v)
    v = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", v)      # +0100 -> +01:00
    try:
        dt = datetime.fromisoformat(v)
    except ValueError:
        m = re.match(r"(\d{4}-\d{2}-\d{2})", v)
        if not m:
            return None
        try:
            d = date.fromisoformat(m.group(1))
        except ValueError:
            return None
        return (None, d) if 1990 <= d.year <= 2100 else None
    if not 1990 <= dt.year <= 2100:
        return None
    if len(v) <= 10:
        return None, dt.date()
    return dt.isoformat(), dt.date()


def _jsonld_article(tree) -> dict:
    """The first Article-like object of the page's JSON-LD (``@graph`` and lists searched)."""
    best = {}
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text() or ""
        if len(raw) > MAX_JSONLD:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        todo, seen = [data], 0
        while todo and seen < 200:
            item = todo.pop(0)
            seen += 1
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                kinds = {str(k).lower() for k in kinds if k}
                if kinds & _ARTICLE_TYPES and (item.get("datePublished") or item.get("headline")):
                    if "webpage" not in kinds:
                        return item
                    best = best or item
                if "@graph" in item:
                    todo.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
    return best


def _itemprop_date(tree) -> Optional[str]:
    node = tree.css_first('[itemprop="datePublished"]')
    if node is None:
        return None
    return node.attributes.get("content") or node.attributes.get("datetime") or node.text()


def _time_element(tree) -> Optional[str]:
    """The first ``<time datetime>`` of the article that is not inside page furniture."""
    for node in tree.css("time[datetime]"):
        p, ok, steps = node.parent, True, 0
        while p is not None and steps < 40:
            if p.tag in ("nav", "aside", "footer") or (p.tag != "article" and _is_furniture(p)
                                                       and "byline" not in (p.attributes.get("class") or "")):
                ok = False
                break
            p, steps = p.parent, steps + 1
        if ok:
            return node.attributes.get("datetime")
    return None


def _str(v) -> Optional[str]:
    if isinstance(v, list):
        v = v[0] if v else None
    return v.strip() if isinstance(v, str) and v.strip() else None


def _name(v) -> Optional[str]:
    if isinstance(v, list):
        v = v[0] if v else None
    if isinstance(v, dict):
        return _str(v.get("name"))
    return _str(v)


def _id(v) -> Optional[str]:
    if isinstance(v, dict):
        return _str(v.get("@id") or v.get("url"))
    return _str(v)


def _absolute(href: Optional[str], base: Optional[str]) -> Optional[str]:
    if not href:
        return None
    full = urljoin(base, href.strip()) if base else href.strip()
    return full if urlsplit(full).scheme in ("http", "https") and urlsplit(full).netloc else None


def _strip_site(title: str, site: Optional[str]) -> str:
    """'Headline | Section | Outlet' -> 'Headline'."""
    parts = re.split(r"\s+[|\u2013\u2014-]\s+", title)
    if len(parts) > 1 and (site is None or any(site.lower() in p.lower() for p in parts[1:])):
        return parts[0]
    return title


def _clip(s: Optional[str], n: int = 300) -> Optional[str]:
    return " ".join(s.split())[:n] if s else s
