"""Linear classifiers over the example bank: the learned layer's decisions.

Each decision (the plan's base shape, what follows an image search) is a multinomial logistic regression over two views of the request: its sentence
embedding (all-MiniLM-L6-v2, what it means) and hashed character 2-5-grams of its words (how it
is spelled: typos such as "transcrbe", and the words of five languages that a small English
embedding model blurs).  Fitted on the bank when the layer loads; the weights are cached in the
cache folder under a key made of the bank, its embeddings and this module's feature version, so a
new process loads them (a missing, corrupt or stale file is refitted, never a crash; writes go
to a temporary name, then rename).

This replaced a nearest-neighbour vote (mean similarity of the 5 nearest examples per shape): on
the third held-out set's dev split (never trained on) the base shape was right for 58 of 69
requests against 52 for the vote over the same bank (63 of 69 once the files' kinds rule shapes
out); 5-fold cross-validation over the bank is ``bench/learned_tune.py``.  scikit-learn is only imported to fit.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import scipy.sparse

log = logging.getLogger(__name__)

FEATURE_VERSION = 1
N_HASH = 2**16  # hashed character n-gram buckets
EMB_WEIGHT = 2.0  # the sentence embedding's weight beside the (unit-norm) n-gram vector
C = 8.0  # inverse L2 penalty (chosen by 5-fold cross-validation on the bank and the dev splits)


def char_ngrams(texts: Sequence[str]) -> scipy.sparse.csr_matrix:
    """Unit-norm counts of each word's character 2-5-grams (word padded with spaces), hashed."""
    import scipy.sparse as sp

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, text in enumerate(texts):
        for h, v in ngram_counts(text).items():
            rows.append(i)
            cols.append(h)
            vals.append(v)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), N_HASH), dtype=np.float64)


def ngram_counts(text: str) -> dict[int, float]:
    """One text's row of ``char_ngrams``: {bucket: unit-norm count}."""
    counts: dict[int, int] = {}
    for word in text.lower().split():
        w = f" {word} "
        for k in range(2, 6):
            for j in range(len(w) - k + 1):
                h = zlib.crc32(w[j:j + k].encode()) % N_HASH
                counts[h] = counts.get(h, 0) + 1
    norm = float(np.sqrt(sum(v * v for v in counts.values()))) or 1.0
    return {h: v / norm for h, v in counts.items()}


def features(texts: Sequence[str], embeddings: np.ndarray) -> scipy.sparse.csr_matrix:
    import scipy.sparse as sp

    return sp.hstack([sp.csr_matrix(np.asarray(embeddings, np.float64) * EMB_WEIGHT), char_ngrams(texts)]).tocsr()


@dataclass
class Head:
    """One fitted decision: ``proba(text, embedding)`` -> {label: probability}."""

    classes: list[str]
    coef: np.ndarray  # (k, d), or (1, d) for two classes
    intercept: np.ndarray

    def proba(self, text: str, embedding: np.ndarray) -> dict[str, float]:
        # ``features([text], ...) @ coef.T`` for one text without building a sparse matrix (scipy's import
        # alone is ~0.3 s of a cold start): the embedding's block, plus one weight column per n-gram bucket
        # (only the columns used are widened to float64: not the whole 65k-column matrix per request)
        emb = np.asarray(embedding, np.float64).ravel()
        z = self.coef[:, :emb.size].astype(np.float64) @ (emb * EMB_WEIGHT)
        counts = ngram_counts(text)
        if counts:
            cols = emb.size + np.fromiter(counts, dtype=np.int64, count=len(counts))
            z = z + self.coef[:, cols].astype(np.float64) @ np.fromiter(counts.values(), dtype=np.float64,
                                                                        count=len(counts))
        z = z + self.intercept
        if len(self.classes) == 2:
            p1 = 1.0 / (1.0 + np.exp(-z[0]))
            return {self.classes[0]: 1.0 - p1, self.classes[1]: p1}
        e = np.exp(z - z.max())
        return dict(zip(self.classes, (e / e.sum()).tolist(), strict=True))

    @classmethod
    def fit(cls, texts: Sequence[str], embeddings: np.ndarray, labels: Sequence[str]) -> Head:
        try:
            from sklearn.linear_model import LogisticRegression
        except ImportError as exc:  # a core dependency; named for a broken install
            raise ImportError("the learned routing layer needs scikit-learn: pip install scikit-learn") from exc
        clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", solver="newton-cg")
        clf.fit(features(texts, embeddings), list(labels))
        return cls([str(c) for c in clf.classes_], clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32))


def head_key(name: str, texts: Sequence[str], embeddings: np.ndarray, labels: Sequence[str]) -> str:
    h = hashlib.sha256()
    h.update(json.dumps([name, FEATURE_VERSION, N_HASH, EMB_WEIGHT, C, list(texts), list(labels)]).encode())
    h.update(np.ascontiguousarray(embeddings, np.float32).tobytes())
    return h.hexdigest()[:24]


def cached_head(name: str, texts: Sequence[str], embeddings: np.ndarray, labels: Sequence[str],
                cache_dir: Path) -> Head:
    """The head fitted on these examples: loaded from ``cache_dir`` when a valid file exists, else fitted
    and saved (atomically)."""
    path = Path(cache_dir) / "router" / f"{name}-{head_key(name, texts, embeddings, labels)}.npz"
    try:
        with np.load(path, allow_pickle=False) as z:
            head = Head([str(c) for c in z["classes"]], z["coef"], z["intercept"])
        if head.coef.shape[1] == embeddings.shape[1] + N_HASH and head.coef.shape[0] in (1, len(head.classes)):
            return head
        log.warning("%s: wrong shape, refitting", path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:  # corrupt or truncated: refit
        log.warning("%s: unreadable (%s), refitting", path, exc)
    head = Head.fit(texts, embeddings, labels)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            np.savez(f, classes=np.array(head.classes), coef=head.coef, intercept=head.intercept)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{name}-*.npz"):  # heads of earlier banks
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only cache folder: keep the fitted head in memory
        log.warning("could not save %s: %s", path, exc)
    return head
