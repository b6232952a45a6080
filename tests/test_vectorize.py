"""The run-time features are exactly scikit-learn's: same n-grams, same weights, same scores."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from triage.core.classify import normalize
from triage.core.vectorize import CHAR_RANGE, WORD_PATTERN, Features, char_wb_ngrams, word_ngrams
from triage.learn.dataset import load_examples

TRICKY = [
    "Hola, ¿atienden a niños? Mi hijo tiene 12 años — gracias!",
    "do   you\ttake\n\nAETNA?? it's O'Neil's kid",
    "a b c",
    "",
    "naïve café résumé ﬁne",
]


def _texts() -> list[str]:
    return [normalize(ex.text) for ex in load_examples()[:600]] + TRICKY


def test_word_and_char_ngrams_are_the_same_as_scikit_learns() -> None:
    word = TfidfVectorizer(ngram_range=(1, 2), strip_accents="unicode", token_pattern=WORD_PATTERN).build_analyzer()
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_RANGE, strip_accents="unicode").build_analyzer()
    for text in _texts():
        assert word_ngrams(text) == word(text)
        assert char_wb_ngrams(text) == char(text)


def test_tfidf_rows_equal_scikit_learns_transform() -> None:
    texts = _texts()
    word = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode", token_pattern=WORD_PATTERN
    ).fit(texts)
    char = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_RANGE, min_df=3, sublinear_tf=True, strip_accents="unicode"
    ).fit(texts)
    features = Features(
        word_vocab={str(k): int(v) for k, v in word.vocabulary_.items()},
        word_idf=word.idf_,
        char_vocab={str(k): int(v) for k, v in char.vocabulary_.items()},
        char_idf=char.idf_,
    )
    expected = np.hstack([word.transform(texts).toarray(), char.transform(texts).toarray()])
    for i, text in enumerate(texts):
        row = np.zeros(features.size)
        idx, val = features.transform(text)
        row[idx] = val
        assert np.allclose(row, expected[i]), text[:60]
