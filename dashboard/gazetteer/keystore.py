"""Name keys -> row codes, stored as a memory-mapped ``marisa-trie`` plus two flat arrays.

A Python dict of a million place-name strings costs ~0.5 s to unpickle and ~100 MB; a
marisa trie holds the same keys in a few MB, opens in microseconds (``mmap``) and answers a
look-up in ~0.2 microseconds. ``KeyStore`` puts a small dict in front of it for the words that
come back article after article.

Layout: ``trie[key] -> i``; the codes of key ``i`` are ``codes[offsets[i]:offsets[i + 1]]``
(a code is ``row << 1 | alternate``, see :class:`dashboard.gazetteer.index.Gazetteer`).
"""
from __future__ import annotations

from array import array
from pathlib import Path

_MEMO_MAX = 200_000


class KeyStore:
    """A read-only mapping ``key -> tuple of codes`` (``()`` for a key that hides a place)."""

    def __init__(self, trie, offsets: array, codes: array):
        self._trie, self._offsets, self._codes = trie, offsets, codes
        self._memo: dict[str, tuple | None] = {}

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
        hit = self._memo.get(k, False)
        if hit is False:
            i = self._trie.get(k)
            hit = None if i is None else tuple(self._codes[self._offsets[i]:self._offsets[i + 1]])
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[k] = hit
        return default if hit is None else hit

    def __contains__(self, k: str) -> bool:
        return self.get(k) is not None

    def __len__(self) -> int:
        return len(self._trie)

    def __iter__(self):
        return iter(self._trie.keys())

    def items(self):
        for k in self._trie.keys():
            yield k, self.get(k)
