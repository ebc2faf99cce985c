"""Name keys -> row codes, stored as a memory-mapped ``marisa-trie`` plus two flat arrays.

A Python dict of a million place-name strings costs ~0.5 s to unpickle and ~100 MB; a
marisa trie holds the same keys in a few MB, opens in microseconds (``mmap``) and answers a
look-up in ~0.2 microseconds. ``KeyStore`` is itself a dict: the keys already asked for
(article after article, the same words come back) answer at dict speed with ``store[k]``
(``None`` for a word that names nothing); a new word is looked up in the trie once.

Layout: ``trie[key] -> i``; the codes of key ``i`` are ``codes[offsets[i]:offsets[i + 1]]``
(a code is ``row << 1 | alternate``, see :class:`dashboard.gazetteer.index.Gazetteer`).
"""
from __future__ import annotations

from array import array
from pathlib import Path

_MEMO_MAX = 200_000


class _Prefixes(dict):
    """``prefixes[p]``: does some key begin with ``p``? (memoised)"""

    def __init__(self, trie):
        super().__init__()
        self._trie = trie

    def __missing__(self, p: str) -> bool:
        if len(self) >= _MEMO_MAX:
            self.clear()
        hit = self[p] = next(self._trie.iterkeys(p), None) is not None
        return hit


class KeyStore(dict):
    """A read-only mapping ``key -> tuple of codes`` (``()`` for a key that hides a place);
    ``store[k]`` is None for a key that is not there."""

    def __init__(self, trie, offsets: array, codes: array):
        super().__init__()
        self._trie, self._offsets, self._codes = trie, offsets, codes
        self.prefixes = _Prefixes(trie)

    def __missing__(self, k: str):
        i = self._trie.get(k)
        hit = None if i is None else tuple(self._codes[self._offsets[i]:self._offsets[i + 1]])
        if dict.__len__(self) >= _MEMO_MAX:
            self.clear()
        self[k] = hit
        return hit

    def __reduce__(self):  # pickled as its parts, never as the memo
        raise TypeError("a KeyStore is saved with save() and state(), not pickled")

    # ----- building --------------------------------------------------------------------
    @classmethod
    def build(cls, mapping: dict[str, list[int] | tuple]) -> "KeyStore":
        import marisa_trie

        trie = marisa_trie.Trie(list(mapping))
        by_id: list = [()] * len(trie)
        for k, i in trie.iteritems():
            by_id[i] = mapping[k]
        offsets, codes = array("q", [0]), array("q")
        for v in by_id:
            codes.extend(v)
            offsets.append(len(codes))
        return cls(trie, offsets, codes)

    def save(self, path: Path) -> None:
        """The trie to ``path`` (the arrays travel in the pickled index: see :meth:`state`)."""
        self._trie.save(str(path))

    def state(self) -> tuple[bytes, bytes]:
        return self._offsets.tobytes(), self._codes.tobytes()

    @classmethod
    def open(cls, path: Path, state: tuple[bytes, bytes]) -> "KeyStore":
        import marisa_trie

        trie = marisa_trie.Trie()
        trie.mmap(str(path))
        offsets, codes = array("q"), array("q")
        offsets.frombytes(state[0])
        codes.frombytes(state[1])
        return cls(trie, offsets, codes)

    # ----- reading ---------------------------------------------------------------------
    def get(self, k: str, default=None):
        hit = self[k]
        return default if hit is None else hit

    def __contains__(self, k: str) -> bool:
        return self[k] is not None

    def has_prefix(self, p: str) -> bool:
        """Does some key begin with ``p``? (the finder walks multi-word names with it)"""
        return self.prefixes[p]

    def __len__(self) -> int:
        return len(self._trie)

    def __iter__(self):
        return iter(self._trie.keys())

    def keys(self):
        return self._trie.keys()

    def items(self):
        for k in self._trie.keys():
            yield k, self.get(k)
