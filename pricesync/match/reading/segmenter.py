"""Words a dealer's site glued together, split into words the run's other names write apart."""
from __future__ import annotations

from pricesync.match.reading import words
from pricesync.match.reading.normalize import CYRILLIC, stem


class Segmenter:
    """Splits words a dealer's site glued together (``средстводляснятияобоев``,
    ``цитрусаконцентрат``) into words seen elsewhere in the same catalog and offers (in any
    grammatical form: ``цитруса`` is known when ``цитрус`` is), preferring the fewest words."""

    MIN_LENGTH = 14

    def __init__(self, counts: dict[str, int], apart: dict[str, tuple[tuple[str, str], int]] | None = None) -> None:
        self.words = {w for w, n in counts.items() if n >= 2 and len(w) >= 2} | frozenset(words.active().lists["segmenter"]["one_letter_words"])
        self.stems = {stem(w) for w in self.words if len(w) >= 4}
        self.counts = counts
        # {glued Latin word: ((its two words), names writing them apart side by side)}
        self.apart = apart or {}
        self.max_len = max((len(w) for w in self.words), default=1) + 3
        self._cache: dict[str, list[str] | None] = {}

    # A Latin word written glued in some names and as two words side by side in others is
    # read the way more names write it: "Biolasur" on a dealer's offers is "BiO LASUR" of
    # the catalog's names, "Super Rubber" the catalog's "SuperRubber" (``names`` asks this of
    # Russian names only, whose Latin words are the product line).
    def apart_parts(self, word: str) -> list[str] | None:
        seen = self.apart.get(word)
        return list(seen[0]) if seen is not None and seen[1] >= self.counts.get(word, 0) else None

    def joined(self, a: str, b: str) -> str | None:
        glued = a + b
        seen = self.apart.get(glued)
        return glued if seen is not None and self.counts.get(glued, 0) > seen[1] else None

    def _known(self, piece: str) -> bool:
        return piece in self.words or (len(piece) >= 5 and stem(piece) in self.stems)

    # A Latin word written once, this long, may be two words written apart elsewhere
    # ("Biolasur" where the catalog writes "BiO LASUR", "Photoshop" for "Photo Shop").
    MIN_LATIN_LENGTH = 7

    def split(self, word: str) -> list[str] | None:
        if word in self._cache:
            return self._cache[word]
        if len(word) >= self.MIN_LENGTH and CYRILLIC.match(word):
            parts = self._split(word)
        elif len(word) >= self.MIN_LATIN_LENGTH and word.isascii() and word.isalpha() and self.counts.get(word, 0) < 2:
            parts = self._split_latin(word)
        else:
            return None
        self._cache[word] = parts
        return parts

    def _split_latin(self, word: str) -> list[str] | None:
        """Two words, each written apart at least twice (the most written pair)."""
        best, split_at = 1, 0
        for i in range(3, len(word) - 2):
            seen = min(self.counts.get(word[:i], 0), self.counts.get(word[i:], 0))
            if seen > best:
                best, split_at = seen, i
        return [word[:split_at], word[split_at:]] if split_at else None

    def _split(self, word: str) -> list[str] | None:
        glued = self.counts.get(word, 0)
        n = len(word)
        # best[i] = (number of words, -sum of counts) for word[:i]
        best: list[tuple[int, int] | None] = [None] * (n + 1)
        back = [0] * (n + 1)
        best[0] = (0, 0)
        for i in range(1, n + 1):
            for j in range(max(0, i - self.max_len), i):
                if best[j] is None:
                    continue
                piece = word[j:i]
                # A glued word is rarer than each of its words ("цитрусаконцентрат" vs "концентрат").
                if not self._known(piece) or (piece in self.counts and self.counts[piece] <= glued):
                    continue
                cand = (best[j][0] + 1, best[j][1] - self.counts.get(piece, 1))
                if best[i] is None or cand < best[i]:
                    best[i], back[i] = cand, j
        if best[n] is None or best[n][0] < 2:
            return None
        parts, i = [], n
        while i > 0:
            parts.append(word[back[i]:i])
            i = back[i]
        return parts[::-1]
