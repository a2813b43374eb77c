"""The persistent image index behind search_images and ``run_agent.py index PATH``.

Layout (one index per photo folder; see ``index_location``)::

    <folder>/.mmagent_index/           (or <cache_dir>/index/<name>-<hash>/ if the folder is
        index.sqlite                    read-only, or <MMAGENT_INDEX_DIR>/<name>-<hash>/)
        vectors-<generation>.npy        float32 (n, dim) matrix, memory-mapped by readers
        ids-<generation>.npy            int64 row -> images.id

Design: SQLite (WAL) is the single source of truth.  Each image's row holds its path
(relative to the folder), size, mtime, sha256, caption cache *and* its embedding as a
float32 BLOB, so a batch of images is committed in one transaction: a kill -9 loses at
most the batch in flight and can never leave metadata and vectors out of step (a
separate .npy written batch by batch could).  The .npy matrix is a derived cache keyed
by a generation counter that every commit bumps; it is written atomically (tmp file +
``os.replace``), so readers either memory-map a complete matrix for the current
generation or rebuild it from one consistent read snapshot.  WAL lets any number of
readers search while one writer indexes; a lock file keeps writers to one.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tools.errors import InputFileError, UsageError
from tools.images import IMAGE_EXTENSIONS, open_image

log = logging.getLogger("mmagent.index")

INDEX_DIRNAME = ".mmagent_index"
DB_NAME = "index.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS images (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    vec BLOB NOT NULL,
    caption TEXT,
    caption_model TEXT,
    indexed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS skipped (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, error TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('generation', '0');
"""


def _key(folder: Path) -> str:
    return f"{folder.name or 'root'}-{hashlib.sha1(str(folder).encode()).hexdigest()[:12]}"


def index_location(folder: str | Path, settings: Any, *, create: bool = False) -> Path:
    """Where the index of ``folder`` lives.

    ``MMAGENT_INDEX_DIR`` when set; else ``<folder>/.mmagent_index`` (travels with the
    photos); else, for a read-only folder, ``<cache_dir>/index/<name>-<hash of path>``.
    """
    folder = Path(folder).expanduser().resolve()
    explicit = getattr(settings, "index_dir", None)
    if explicit:
        return Path(explicit).expanduser() / _key(folder)
    local = folder / INDEX_DIRNAME
    cache_dir = Path(getattr(settings, "cache_dir", "~/.cache/mmagent")).expanduser()
    cached = cache_dir / "index" / _key(folder)
    if (local / DB_NAME).exists():
        return local
    if (cached / DB_NAME).exists():
        return cached
    if not create or os.access(folder, os.W_OK):
        return local
    return cached


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def scan_images(folder: Path) -> dict[str, tuple[int, int]]:
    """Relative posix path -> (size, mtime_ns) of every image under ``folder`` (hidden dirs skipped)."""
    out: dict[str, tuple[int, int]] = {}
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in IMAGE_EXTENSIONS:
                continue
            p = Path(root) / name
            try:
                st = p.stat()
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):  # a FIFO or device named x.jpg would block the hashing forever
                continue
            out[p.relative_to(folder).as_posix()] = (st.st_size, st.st_mtime_ns)
    return out


@dataclass
class UpdateStats:
    added: int = 0
    changed: int = 0
    touched: int = 0  # mtime changed, content (sha256) did not
    deleted: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # "path: reason"
    total: int = 0
    seconds: float = 0.0
    embedded_seconds: float = 0.0

    @property
    def embedded(self) -> int:
        return self.added + self.changed


@dataclass
class Hit:
    path: str
    score: float
    row: int
    caption: str | None = None


class TooManyNewImages(Exception):
    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


class ImageIndex:
    """One folder's index.  Cheap to create; opens SQLite lazily per operation."""

    def __init__(self, folder: str | Path, settings: Any, *, create: bool = False) -> None:
        self.folder = Path(folder).expanduser().resolve()
        self.settings = settings
        self.location = index_location(self.folder, settings, create=create)
        self.db_path = self.location / DB_NAME

    # -- connections ------------------------------------------------------------------
    def exists(self) -> bool:
        return self.db_path.exists()

    @contextlib.contextmanager
    def connect(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        if write:
            self.location.mkdir(parents=True, exist_ok=True)
        elif not self.exists():
            raise InputFileError(f"{self.folder}: no image index yet", f"run: run_agent.py index {self.folder}")
        conn = sqlite3.connect(str(self.db_path), timeout=60, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=60000")
            if write:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing
                conn.executescript(SCHEMA)
            yield conn
        finally:
            conn.close()

    @contextlib.contextmanager
    def writer_lock(self) -> Iterator[None]:
        import fcntl

        self.location.mkdir(parents=True, exist_ok=True)
        with open(self.location / "index.lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                raise UsageError(f"{self.folder} is being indexed by another process",
                                 "wait for it to finish") from exc
            yield

    @staticmethod
    def _meta(conn: sqlite3.Connection) -> dict[str, str]:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())

    @staticmethod
    def _bump(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")

    # -- writing ----------------------------------------------------------------------
    def update(
        self,
        embed: Callable[[list[Any]], np.ndarray],
        model_id: str,
        *,
        batch_size: int = 16,
        progress: bool = False,
        limit: int | None = None,
        rebuild: bool = False,
        cancel: Any = None,
    ) -> UpdateStats:
        """Bring the index in line with the folder: embed new/changed images, drop deleted ones.

        Raises TooManyNewImages (before embedding anything) when more than ``limit``
        images would need embedding.
        """
        t0 = time.perf_counter()
        if not self.folder.is_dir():
            raise InputFileError(f"{self.folder}: folder not found", "check the path")
        stats = UpdateStats()
        max_px = int(getattr(self.settings, "image_max_pixels", 50_000_000) or 50_000_000)
        delay = float(os.environ.get("MMAGENT_INDEX_TEST_DELAY", "0") or 0)  # tests: widen the kill window
        with self.writer_lock(), self.connect(write=True) as conn:
            files = scan_images(self.folder)
            meta = self._meta(conn)
            if rebuild or meta.get("model_id") not in (None, model_id):
                with _txn(conn):
                    conn.execute("DELETE FROM images")
                    conn.execute("DELETE FROM skipped")
                    self._bump(conn)
            if meta.get("model_id") != model_id:
                with _txn(conn):
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('model_id', ?)", (model_id,))
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('folder', ?)", (str(self.folder),))
            existing = {r[0]: r[1:] for r in conn.execute("SELECT path, id, size, mtime_ns, sha256 FROM images")}
            skipped = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT path, size, mtime_ns FROM skipped")}
            gone = [p for p in existing if p not in files] + [p for p in skipped if p not in files]
            if gone:
                with _txn(conn):
                    conn.executemany("DELETE FROM images WHERE path = ?", [(p,) for p in gone])
                    conn.executemany("DELETE FROM skipped WHERE path = ?", [(p,) for p in gone])
                    self._bump(conn)
                stats.deleted = sum(1 for p in gone if p in existing)
            todo: list[tuple[str, int, int, str, bool]] = []
            touched: list[tuple[int, int, str]] = []
            for rel, (size, mtime) in files.items():
                old = existing.get(rel)
                if old is not None and old[1] == size and old[2] == mtime:
                    stats.unchanged += 1
                    continue
                if old is None and skipped.get(rel) == (size, mtime):
                    stats.skipped.append(f"{rel}: skipped before (unchanged)")
                    continue
                try:
                    digest = sha256_of(self.folder / rel)
                except OSError as exc:
                    stats.skipped.append(f"{rel}: {exc}")
                    continue
                if old is not None and old[3] == digest:
                    touched.append((size, mtime, rel))
                    continue
                todo.append((rel, size, mtime, digest, old is not None))
            if touched:
                with _txn(conn):
                    conn.executemany("UPDATE images SET size = ?, mtime_ns = ? WHERE path = ?", touched)
                stats.touched = len(touched)
            if limit is not None and len(todo) > limit:
                raise TooManyNewImages(len(todo))
            bar = _progress(len(todo), progress)
            try:
                for start in range(0, len(todo), max(1, batch_size)):
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    batch = todo[start:start + batch_size]
                    imgs, ok, bad = [], [], []
                    for item in batch:
                        try:
                            imgs.append(open_image(self.folder / item[0], max_pixels=max_px))
                            ok.append(item)
                        except InputFileError as exc:
                            bad.append((item[0], item[1], item[2], exc.message))
                    te = time.perf_counter()
                    vecs = embed(imgs) if imgs else np.zeros((0, 1), np.float32)
                    stats.embedded_seconds += time.perf_counter() - te
                    now = time.time()
                    with _txn(conn):
                        for (rel, size, mtime, digest, _), v in zip(ok, vecs, strict=True):
                            conn.execute(
                                "INSERT INTO images (path, size, mtime_ns, sha256, vec, indexed_at) "
                                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size, "
                                "mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256, vec = excluded.vec, "
                                "caption = NULL, caption_model = NULL, indexed_at = excluded.indexed_at",
                                (rel, size, mtime, digest, np.asarray(v, np.float32).tobytes(), now),
                            )
                        conn.executemany("INSERT OR REPLACE INTO skipped VALUES (?, ?, ?, ?)", bad)
                        conn.executemany("DELETE FROM images WHERE path = ?", [(b[0],) for b in bad])
                        self._bump(conn)
                    for item in ok:
                        if item[4]:
                            stats.changed += 1
                        else:
                            stats.added += 1
                    stats.skipped.extend(f"{b[0]}: {b[3]}" for b in bad)
                    bar.update(len(batch))
                    if delay:
                        time.sleep(delay)
            finally:
                bar.close()
            stats.total = conn.execute("SELECT COUNT(*) FROM images").fetchone()[0]
        with contextlib.suppress(OSError, sqlite3.Error):
            self.matrix()  # write the memory-mappable cache for readers
        stats.seconds = time.perf_counter() - t0
        return stats

    # -- reading ----------------------------------------------------------------------
    def matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """(ids int64 (n,), vectors float32 (n, dim)) for the last committed generation."""
        with self.connect() as conn:
            gen = self._meta(conn).get("generation", "0")
            vp, ip = self.location / f"vectors-{gen}.npy", self.location / f"ids-{gen}.npy"
            try:
                if vp.exists():
                    ids = np.load(ip)
                    vecs = np.load(vp, mmap_mode="r")
                    if len(ids) == len(vecs):
                        return ids, vecs
            except (OSError, ValueError):
                pass  # a cleaner removed it under us, or it is partial: rebuild below
            conn.execute("BEGIN")  # one snapshot: generation and rows agree
            try:
                gen = self._meta(conn).get("generation", "0")
                rows = conn.execute("SELECT id, vec FROM images ORDER BY id").fetchall()
            finally:
                conn.execute("COMMIT")
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        if rows:
            vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
        else:
            vecs = np.zeros((0, 0), np.float32)
        with contextlib.suppress(OSError):
            self._write_cache(gen, ids, vecs)
        return ids, vecs

    def _write_cache(self, gen: str, ids: np.ndarray, vecs: np.ndarray) -> None:
        for name, arr in ((f"ids-{gen}.npy", ids), (f"vectors-{gen}.npy", vecs)):  # vectors last
            dest = self.location / name
            tmp = dest.with_name(f".{name}.tmp{os.getpid()}")
            with open(tmp, "wb") as f:
                np.save(f, np.ascontiguousarray(arr))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, dest)
        for old in self.location.glob("*-*.npy"):
            stem_gen = old.stem.rsplit("-", 1)[-1]
            if stem_gen.isdigit() and int(stem_gen) < int(gen):
                with contextlib.suppress(OSError):
                    old.unlink()

    def search(self, query: np.ndarray, k: int, exclude: str | None = None) -> list[Hit]:
        """Exact cosine search (vectors are L2-normalised) with numpy."""
        ids, vecs = self.matrix()
        if len(ids) == 0:
            return []
        scores = np.asarray(vecs @ np.asarray(query, np.float32).reshape(-1))
        want = min(len(ids), k + (1 if exclude else 0))
        top = np.argpartition(-scores, want - 1)[:want]
        top = top[np.argsort(-scores[top], kind="stable")]
        with self.connect() as conn:
            marks = ",".join("?" * len(top))
            info = {r[0]: (r[1], r[2]) for r in conn.execute(
                f"SELECT id, path, caption FROM images WHERE id IN ({marks})", [int(ids[i]) for i in top])}
        hits = []
        for i in top:
            if int(ids[i]) not in info:
                continue  # deleted after the matrix snapshot
            rel, caption = info[int(ids[i])]
            if exclude and rel == exclude:
                continue
            hits.append(Hit(path=rel, score=round(float(scores[i]), 4), row=int(i), caption=caption))
        return hits[:k]

    def count(self) -> int:
        with self.connect() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM images").fetchone()[0])

    # -- caption cache ----------------------------------------------------------------
    def get_caption(self, rel: str, size: int, mtime_ns: int, model: str) -> str | None:
        with self.connect() as conn:
            row = conn.execute("SELECT caption FROM images WHERE path = ? AND size = ? AND mtime_ns = ? "
                               "AND caption_model = ?", (rel, size, mtime_ns, model)).fetchone()
        return row[0] if row else None

    def set_caption(self, rel: str, size: int, mtime_ns: int, model: str, caption: str) -> None:
        with self.connect() as conn:
            conn.execute("UPDATE images SET caption = ?, caption_model = ? WHERE path = ? AND size = ? "
                         "AND mtime_ns = ?", (caption, model, rel, size, mtime_ns))


@contextlib.contextmanager
def _txn(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: bool) -> Any:
    if not enabled or total == 0:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="img", desc="indexing", dynamic_ncols=True)


def find_index_for(path: str | Path, settings: Any) -> tuple[ImageIndex, str] | None:
    """The index (and relative path) covering image ``path``, searching its parent folders."""
    p = Path(path).expanduser().resolve()
    for parent in p.parents:
        idx = ImageIndex(parent, settings)
        if idx.exists():
            return idx, p.relative_to(parent).as_posix()
    return None
