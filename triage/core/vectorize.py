"""TF-IDF features at run time, without importing scikit-learn.

Training uses scikit-learn's TfidfVectorizer; this module reproduces its analyzers (word 1-2 grams, char_wb
3-5 grams, lower-casing and unicode accent stripping) and its sublinear, l2-normalised weighting exactly, so
the shipped model is plain arrays. That keeps start-up under a second (scikit-learn alone takes longer to
import) and lets char n-grams be cached per word, which is where most of the time went.
A test checks this module against scikit-learn's own analyzers on the whole training set.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

WORD_PATTERN = r"(?u)\b\w[\w']*\b"
CHAR_RANGE = (3, 5)
_WORD = re.compile(WORD_PATTERN)
_CACHE_LIMIT = 200_000


def strip_accents(text: str) -> str:
    """Same rule as scikit-learn's strip_accents_unicode: NFKD, then drop combining marks."""
    if text.isascii():
        return text
    normalized = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in normalized if not unicodedata.combining(ch))


def preprocess(text: str) -> str:
    return strip_accents(text.lower())


def word_ngrams(text: str) -> list[str]:
    """Unigrams then bigrams of the preprocessed text, as TfidfVectorizer(ngram_range=(1, 2)) makes them."""
    tokens = _WORD.findall(preprocess(text))
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def char_wb_ngrams_of_word(word: str, low: int = CHAR_RANGE[0], high: int = CHAR_RANGE[1]) -> list[str]:
    """Character n-grams inside one space-padded word, as scikit-learn's char_wb analyzer makes them."""
    padded = f" {word} "
    size = len(padded)
    grams: list[str] = []
    for n in range(low, high + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < size:
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:
            break
    return grams


def char_wb_ngrams(text: str) -> list[str]:
    return [gram for word in preprocess(text).split() for gram in char_wb_ngrams_of_word(word)]


@dataclass
class Features:
    """The fitted vocabularies and idf weights of both vectorizers; word columns come first."""

    word_vocab: dict[str, int]
    word_idf: np.ndarray
    char_vocab: dict[str, int]
    char_idf: np.ndarray
    _char_cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @property
    def n_word(self) -> int:
        return len(self.word_vocab)

    @property
    def size(self) -> int:
        return len(self.word_vocab) + len(self.char_vocab)

    def _char_ids(self, word: str) -> tuple[int, ...]:
        ids = self._char_cache.get(word)
        if ids is None:
            vocab = self.char_vocab
            ids = tuple(vocab[g] for g in char_wb_ngrams_of_word(word) if g in vocab)
            if len(self._char_cache) >= _CACHE_LIMIT:
                self._char_cache.clear()
            self._char_cache[word] = ids
        return ids

    def transform(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and tf-idf values of one text (a sparse row), each block l2-normalised."""
        clean = preprocess(text)
        tokens = _WORD.findall(clean)
        vocab = self.word_vocab
        get = vocab.get
        words = [i for i in map(get, tokens) if i is not None]
        words += [i for i in map(get, map(" ".join, pairwise(tokens))) if i is not None]
        chars: list[int] = []
        char_ids = self._char_ids
        for word in clean.split():
            chars.extend(char_ids(word))
        w_idx, w_val = _weights(words, self.word_idf)
        c_idx, c_val = _weights(chars, self.char_idf)
        return np.concatenate([w_idx, c_idx + self.n_word]), np.concatenate([w_val, c_val])


def _weights(ids: list[int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    idx, tf = np.unique(np.array(ids, dtype=np.int64), return_counts=True)
    values = (1.0 + np.log(tf)) * idf[idx]
    norm = float(np.sqrt(values @ values))
    return idx, values / norm if norm > 0 else values
