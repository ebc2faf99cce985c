"""One family of errors, each naming the file it is about (in the manner of geopy.exc)."""
from __future__ import annotations


class DashboardError(Exception):
    """Root of every error this package raises on purpose."""


class DocumentError(DashboardError, ValueError):
    """A file could not become a document. The message names the file and says why."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


class EmptyDocument(DocumentError):
    """Raised when a file holds no text (empty, or only whitespace or markup)."""


class BinaryDocument(DocumentError):
    """Raised when a file is not text (an image, a PDF, an archive ...)."""


class UndecodableDocument(DocumentError):
    """Raised when no text encoding decodes the file sensibly."""


class OversizeDocument(DocumentError):
    """Raised when a file is larger than the configured limit."""


class UnsupportedDocument(DocumentError):
    """Raised for a file type the reader does not take (only .txt, .md, .html)."""


def printable(text) -> str:
    """``text`` (a file name, usually) with control characters escaped (``\\n``, ``\\x1b``),
    so that a name can never forge a line or a terminal sequence in a message."""
    s = str(text)
    if s.isprintable():
        return s
    out = []
    for c in s:
        if c.isprintable() or c == " ":
            out.append(c)
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)
