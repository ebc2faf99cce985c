"""Read articles: bytes -> text -> :class:`~dashboard.records.Document`.

Takes ``.txt``, ``.md`` and ``.html`` in any common encoding (UTF-8 with or without BOM,
UTF-16 with BOM, cp1251, latin-1 ...), turns HTML into readable text (scripts, styles,
navigation and other page furniture dropped), finds a title and the publication date
when the text carries one. Every failure is a :class:`~dashboard.errors.DocumentError`
that names the file.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .errors import (BinaryDocument, DocumentError, EmptyDocument, OversizeDocument,
                     UndecodableDocument, UnsupportedDocument)
from .records import Document

MAX_BYTES = 5 * 1024 * 1024          # 5 MB: far above any article, below a stray dump
TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                 ".html": "html", ".htm": "html"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(name: str, data: bytes) -> str:
    """Decode ``data`` to text, or raise a DocumentError naming ``name``."""
    if not data or not data.strip():
        raise EmptyDocument(name, "the file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise UndecodableDocument(name, f"starts with a {enc} mark but is not {enc} ({e.reason})")
    if b"\x00" in data:   # anywhere in the file, not only its start
        raise BinaryDocument(name, "this is a binary file, not text (expected .txt, .md or .html)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _single_byte(data)
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise UndecodableDocument(name, "could not find a text encoding for this file")
        text = str(best)
    if _control_ratio(text) > 0.05:
        raise BinaryDocument(name, "this looks like a binary file, not text")
    return text


_SINGLE_BYTE = ("cp1252", "cp1251", "iso8859_2", "koi8_r", "koi8_u", "mac_cyrillic")


def _single_byte(data: bytes) -> Optional[str]:
    """The most plausible single-byte decoding: whole words in Cyrillic, or Latin words
    with accents, beat the mojibake other code pages make of the same bytes."""
    best, best_score = None, None
    for enc in _SINGLE_BYTE:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = 0
        for w in re.findall(r"[^\W\d_]+", text):
            if w.isascii():
                continue
            cyr = all("\u0400" <= c <= "\u04ff" for c in w)
            lat = all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in w) and any(c.isascii() for c in w)
            mixed = re.search(r"[^\W\d_][A-Z\u0400-\u042f]", w[1:]) and not w.isupper()
            score += 1 if (cyr or lat) and not mixed else -2
        score -= 2 * sum(1 for c in text if not c.isascii() and not c.isalpha() and c not in "“”‘’«»—…№°")
        if best_score is None or score > best_score:
            best, best_score = text, score
    return best if best_score is not None and best_score >= 0 else None


def _control_ratio(text: str) -> float:
    # eight 1 KB windows spread through the text (a binary tail after a text head counts)
    step = max(1, len(text) // 8)
    sample = "".join(text[i:i + 1024] for i in range(0, len(text), step)) if len(text) > 8192 else text
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0)
    return bad / len(sample)


def html_to_text(html: str, url: Optional[str] = None) -> tuple[str, str]:
    """Readable text and title of an HTML page (see :mod:`dashboard.web.reader`)."""
    from .web.reader import read_html

    page = read_html(html, url=url)
    return page.text, page.title


_NAME_DATE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])")


def date_from_name(name: str) -> Optional[date]:
    """A date written in a file name (``2025-04-24_kyiv.txt``, ``kyiv_20250424.html``)."""
    m = _NAME_DATE.search(Path(name).stem)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except ValueError:
        return None


_MD_MARKUP = [(re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),   # images -> alt text
              (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),    # links -> their text
              (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),     # heading marks
              (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),          # bold
              (re.compile(r"^\s{0,3}>\s?", re.M), "")]          # quote marks


def markdown_to_text(md: str) -> str:
    for pat, rep in _MD_MARKUP:
        md = pat.sub(rep, md)
    return md


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\ufeff", "").replace("\u200b", "")
    return text.strip("\n ")


def doc_id_for(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def guess_title(text: str) -> str:
    from .dates import parse_dateline

    for line in text.split("\n")[:8]:
        line = line.strip()
        if not line or len(line) < 12 or parse_dateline(line) is not None:
            continue
        if line.lower().startswith("test document composed"):
            continue
        return line[:200]
    return ""


def load_bytes(name: str, data: bytes, published: Optional[date] = None,
               source: Optional[str] = None, max_bytes: int = MAX_BYTES,
               path: Optional[str] = None, url: Optional[str] = None,
               published_at: Optional[str] = None, default_source: Optional[str] = None) -> Document:
    """Turn one file's bytes into a Document (DocumentError on bad input).

    Publication date: the caller's, else a web page's metadata, else the text's dateline,
    else a date in the file name. Outlet: the caller's, else the page's site name, else
    ``default_source`` (a feed's title), else the address's host. ``url``: where the bytes
    came from (a page's canonical address wins).
    """
    from .language import detect_language

    name = Path(name).name or "document"
    suffix = Path(name).suffix.lower()
    fmt = TEXT_SUFFIXES.get(suffix)
    if fmt is None and suffix:
        raise UnsupportedDocument(name, f"'{suffix}' files are not read; use .txt, .md or .html")
    if len(data) > max_bytes:
        raise OversizeDocument(name, f"the file is {len(data) / 1e6:.1f} MB, over the "
                                     f"{max_bytes / 1e6:.1f} MB limit for one article")
    raw = decode(name, data)
    if fmt is None:
        fmt = "html" if re.search(r"<\s*(html|body|p|div)\b", raw[:2000], re.I) else "txt"
    title, page = "", None
    if fmt == "html":
        from .web.reader import read_html

        page = read_html(raw, url=url)
        text, title = page.text, page.title
    elif fmt == "md":
        text = markdown_to_text(raw)
    else:
        text = raw
    text = clean_text(text)
    if not text.strip() and page is not None:
        raise EmptyDocument(name, "no article text in this page (only navigation, links or "
                                  "other page furniture)")
    if not text.strip():
        raise EmptyDocument(name, "the file holds no readable text")
    language = detect_language(text)
    published, published_from, published_at = _publication(name, text, page, published, published_at, language)
    extra = {}
    if page is not None:
        source = source or page.site_name
        url = page.url or url
        extra = {"reader": page.reader, "dropped_count": len(page.dropped),
                 "dropped": tuple(b[:PREVIEW_CHARS] for b in page.dropped[:DROPPED_PREVIEW])}
    if url and not source:
        from .web.reader import outlet_from_url

        source = default_source or outlet_from_url(url)
    return Document(doc_id=doc_id_for(text), name=name, text=text,
                    title=title or guess_title(text), published=published,
                    published_from=published_from, source=source, fmt=fmt, path=path,
                    url=url, published_at=published_at, language=language, **extra)


DROPPED_PREVIEW = 40     # dropped blocks of a page kept with the document, for display
PREVIEW_CHARS = 160


def _publication(name, text, page, published, published_at, language=None):
    """(date, where it came from, ISO time or None) by the order load_bytes documents."""
    if published is not None:
        if page is not None and page.published == published and not published_at:
            published_at = page.published_at
        return published, "caller", published_at
    if page is not None and page.published is not None:
        return page.published, "page", page.published_at
    from .dates import find_publication_date

    found = find_publication_date(text)
    if found is None and language in ("uk", "ru"):      # "24 квітня 2025, 11:42", "22 мая 2025"
        from .dates_ukru import find_publication_date_ukru

        found = find_publication_date_ukru(text)
    if found is not None:
        return found, "text", None
    found = date_from_name(name)
    return found, ("filename" if found else None), None


def _sidecar(path: Path) -> dict:
    """Metadata for ``a.txt`` from ``a.txt.json`` or ``a.json`` beside it, if present."""
    for cand in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if cand.is_file():
            try:
                meta = json.loads(cand.read_text(encoding="utf-8"))
                return meta if isinstance(meta, dict) else {}
            except (OSError, ValueError):
                return {}
    return {}


def load_path(path, published: Optional[date] = None, source: Optional[str] = None,
              max_bytes: int = MAX_BYTES) -> Document:
    """Read one file. Publication date: the caller's, else a sidecar's (``a.txt.json``:
    ``published`` as a date or an ISO time, ``source``, ``url``), else the page's or the
    text's, else the file name's."""
    path = Path(path)
    refused = _refuse(path)   # a FIFO or device would block the read: never opened
    if refused is not None:
        raise DocumentError(path.name, refused.reason)
    size = path.stat().st_size
    if size > max_bytes:
        raise OversizeDocument(path.name, f"the file is {size / 1e6:.1f} MB, over the "
                                          f"{max_bytes / 1e6:.1f} MB limit for one article")
    meta = _sidecar(path)
    published_from = "caller" if published else None
    published_at = None
    if published is None and meta.get("published"):
        from .web.reader import parse_timestamp

        stamp = parse_timestamp(str(meta["published"]))
        if stamp is not None:
            published_at, published = stamp
            published_from = "sidecar"
    source = source or _text_field(meta, "source")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(path.name, f"cannot read the file ({e.strerror or e})") from None
    doc = load_bytes(path.name, data, published=published, source=source,
                     max_bytes=max_bytes, path=str(path), url=_text_field(meta, "url"),
                     published_at=published_at)
    if published_from and doc.published_from != published_from:
        from dataclasses import replace
        doc = replace(doc, published_from=published_from)
    return doc


def _text_field(meta: dict, key: str) -> Optional[str]:
    v = meta.get(key)
    return v.strip() if isinstance(v, str) and v.strip() else None


def expand_paths(items: Iterable[str]) -> Iterator[tuple[Path, Optional[DocumentError]]]:
    """Every file named by paths, folders (searched recursively) and globs, in a stable
    order, each with None or the error that answers it at once: a folder holding no
    article files, a missing path, a FIFO, socket or device (never opened: reading one
    would block), a symbolic-link loop. Nothing named is left without an answer."""
    import glob

    for item in items:
        p = Path(item)
        kind = _kind(p)
        if kind == "dir":
            found = False
            for f in _walk(p):
                found = True
                yield f, _refuse(f)
            if not found:
                yield p, DocumentError(str(p), "no .txt, .md or .html files in this folder")
        elif kind != "missing":
            yield p, _refuse(p)
        else:
            matches = sorted(glob.glob(item, recursive=True)) if glob.has_magic(item) else []
            if not matches:
                yield p, _refuse(p)   # a missing file or a link loop, said as such
            for m in matches:
                if _kind(Path(m)) != "dir":
                    yield Path(m), _refuse(Path(m))


def _kind(p: Path) -> str:
    try:
        st = p.stat()
    except OSError:
        return "missing"
    import stat as stat_

    return "dir" if stat_.S_ISDIR(st.st_mode) else "file"


def _walk(folder: Path) -> Iterator[Path]:
    """Article files under ``folder`` in name order, not following links to folders."""
    import os

    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            f = Path(root) / name
            if f.suffix.lower() in TEXT_SUFFIXES:
                yield f


def _refuse(p: Path) -> Optional[DocumentError]:
    """The error for a path that cannot be an article file, checked without opening it."""
    import errno
    import stat as stat_

    try:
        st = p.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return DocumentError(str(p), "a loop of symbolic links; it leads to no file")
        if p.is_symlink():
            return DocumentError(str(p), "a symbolic link to a missing file")
        return DocumentError(str(p), f"cannot read the file ({e.strerror or e})")
    mode = st.st_mode
    if stat_.S_ISREG(mode):
        return None
    what = ("a folder" if stat_.S_ISDIR(mode) else "a FIFO (named pipe)" if stat_.S_ISFIFO(mode)
            else "a socket" if stat_.S_ISSOCK(mode) else "a device" if stat_.S_ISCHR(mode)
            or stat_.S_ISBLK(mode) else "not a regular file")
    return DocumentError(str(p), f"{what}, not a file; only regular .txt, .md or .html files are read")


def load_many(items: Iterable[str], published: Optional[date] = None,
              source: Optional[str] = None) -> Iterator[tuple[Path, Optional[Document], Optional[DocumentError]]]:
    """(path, document, None) or (path, None, error) for every input: bad ones never stop the rest."""
    for p, refused in expand_paths(items):
        if refused is not None:
            yield p, None, refused
            continue
        try:
            yield p, load_path(p, published=published, source=source), None
        except DocumentError as e:
            yield p, None, e
