"""Convert a faster-whisper (CTranslate2) Whisper model into an openai-whisper checkpoint, offline.

CTranslate2's ``model.bin`` layout (``python/ctranslate2/specs/model_spec.py`` ``_serialize`` and
``src/models/model.cc`` ``Model::load``), all integers little-endian:

* ``u32`` binary version; from version 2: ``str`` spec name and ``u32`` spec revision
* ``u32`` variable count, then per variable: ``str`` name, ``u8`` rank, ``rank x u32`` shape,
  ``u8`` dtype id (version >= 4; older files store the item size) and ``u32`` byte size
  (older files: element count), then the raw bytes
* from version 3: ``u32`` alias count, then ``str`` alias and ``str`` target per alias

where ``str`` is a ``u16`` length (including the trailing NUL) followed by the UTF-8 bytes and NUL.
Quantized weights ``W`` come with ``W_scale`` (int8: one scale per output row, int16: one per layer)
and ``W = q / scale``; an alias also aliases the target's scale.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import torch

# Type ids of ``_dtype_to_type_id`` (order of ctranslate2's DataType enum).
_DTYPES = (torch.float32, torch.int8, torch.int16, torch.int32, torch.float16, torch.bfloat16)
# Binary versions < 4 stored the item size instead of a type id.
_LEGACY_DTYPES = {4: torch.float32, 2: torch.int16, 1: torch.int8}
MAX_BINARY_VERSION = 6


@dataclass
class Ct2Model:
    """The raw content of a CTranslate2 ``model.bin``: tensors keep their stored dtype."""

    binary_version: int
    spec: str
    revision: int
    variables: dict[str, torch.Tensor] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)


class _Reader:
    """Little-endian reads from a binary stream that fail loudly on truncation."""

    def __init__(self, f: BinaryIO) -> None:
        self.f = f

    def raw(self, n: int) -> bytes:
        data = self.f.read(n)
        if len(data) != n:
            raise ValueError(f"truncated CTranslate2 model: wanted {n} bytes at {self.f.tell()}")
        return data

    def num(self, fmt: str) -> int:
        return int(struct.unpack("<" + fmt, self.raw(struct.calcsize(fmt)))[0])

    def text(self) -> str:
        return self.raw(self.num("H")).rstrip(b"\0").decode("utf-8")


def read_ct2(path: str | Path, *, progress: bool | None = None) -> Ct2Model:
    """Parse a CTranslate2 ``model.bin`` into its variables and aliases (no conversion)."""
    from tqdm import tqdm

    with open(path, "rb") as f:
        r = _Reader(f)
        version = r.num("I")
        if not 1 <= version <= MAX_BINARY_VERSION:
            raise ValueError(f"{path}: unsupported CTranslate2 binary version {version}")
        spec, revision = (r.text(), r.num("I")) if version >= 2 else ("", 1)
        model = Ct2Model(version, spec, revision)
        count = r.num("I")
        for _ in tqdm(range(count), desc="reading model.bin", unit="var", leave=False,
                      disable=None if progress is None else not progress):
            name = r.text()
            shape = [r.num("I") for _ in range(r.num("B"))]
            if version >= 4:
                dtype, nbytes = _DTYPES[r.num("B")], r.num("I")
            else:
                item = r.num("B")
                dtype, nbytes = _LEGACY_DTYPES[item], r.num("I") * item
            data = bytearray(r.raw(nbytes))
            tensor = torch.frombuffer(data, dtype=dtype) if nbytes else torch.empty(0, dtype=dtype)
            model.variables[name] = tensor.reshape(shape)
        if version >= 3:
            for _ in range(r.num("I")):
                alias = r.text()
                model.aliases[alias] = r.text()
    return model


def float_variables(model: Ct2Model) -> dict[str, torch.Tensor]:
    """All variables as float32, with quantized weights dequantized and aliases resolved."""
    out: dict[str, torch.Tensor] = {}
    for name, value in model.variables.items():
        scale = model.variables.get(name + "_scale")
        if name.endswith("_scale") and name[: -len("_scale")] in model.variables:
            continue
        if scale is not None and not value.is_floating_point():
            s = scale.float()
            if s.dim() == 1:  # int8: one scale per output channel (conv weights included)
                s = s.reshape(-1, *([1] * (value.dim() - 1)))
            value = value.float() / s
        out[name] = value.float()
    for alias, target in model.aliases.items():
        if target in out:
            out[alias] = out[target]
    return out


def _layers(v: dict[str, torch.Tensor], prefix: str) -> int:
    n = 0
    while f"{prefix}/layer_{n}/ffn/linear_0/weight" in v:
        n += 1
    return n


def to_openai(model: Ct2Model) -> dict:
    """Map a CTranslate2 ``WhisperSpec`` onto openai-whisper's ``{"dims", "model_state_dict"}``."""
    if model.spec != "WhisperSpec":
        raise ValueError(f"not a Whisper model: CTranslate2 spec is {model.spec!r}")
    v = float_variables(model)
    sd: dict[str, torch.Tensor] = {}

    def copy(dst: str, src: str) -> None:
        sd[dst] = v[src].clone().contiguous()

    def norm(dst: str, src: str) -> None:
        copy(dst + ".weight", src + "/gamma")
        copy(dst + ".bias", src + "/beta")

    def linear(dst: str, src: str) -> None:
        copy(dst + ".weight", src + "/weight")
        copy(dst + ".bias", src + "/bias")

    def qkv(dst: str, weight: torch.Tensor, bias: torch.Tensor, names: tuple[str, ...]) -> None:
        # CT2 fuses the projections row-wise; the key projection's bias is zero (none in whisper).
        for name, w, b in zip(names, weight.chunk(len(names)), bias.chunk(len(names)), strict=True):
            sd[f"{dst}.{name}.weight"] = w.clone().contiguous()
            if name != "key":
                sd[f"{dst}.{name}.bias"] = b.clone().contiguous()

    def block(dst: str, src: str, cross: bool) -> None:
        att = f"{src}/self_attention"
        qkv(f"{dst}.attn", v[f"{att}/linear_0/weight"], v[f"{att}/linear_0/bias"], ("query", "key", "value"))
        linear(f"{dst}.attn.out", f"{att}/linear_1")
        norm(f"{dst}.attn_ln", f"{att}/layer_norm")
        if cross:
            att = f"{src}/attention"
            linear(f"{dst}.cross_attn.query", f"{att}/linear_0")
            qkv(f"{dst}.cross_attn", v[f"{att}/linear_1/weight"], v[f"{att}/linear_1/bias"], ("key", "value"))
            linear(f"{dst}.cross_attn.out", f"{att}/linear_2")
            norm(f"{dst}.cross_attn_ln", f"{att}/layer_norm")
        linear(f"{dst}.mlp.0", f"{src}/ffn/linear_0")
        linear(f"{dst}.mlp.2", f"{src}/ffn/linear_1")
        norm(f"{dst}.mlp_ln", f"{src}/ffn/layer_norm")

    n_enc, n_dec = _layers(v, "encoder"), _layers(v, "decoder")
    n_state, n_mels = v["encoder/conv1/weight"].shape[:2]
    n_vocab, n_text_state = v["decoder/embeddings/weight"].shape
    n_text_ctx = v["decoder/position_encodings/encodings"].shape[0]
    linear("encoder.conv1", "encoder/conv1")
    linear("encoder.conv2", "encoder/conv2")
    if "encoder/position_encodings/encodings" in v:
        copy("encoder.positional_embedding", "encoder/position_encodings/encodings")
    else:  # not stored: whisper's fixed sinusoids (1500 frames = 30 s)
        from whisper.model import sinusoids

        sd["encoder.positional_embedding"] = sinusoids(1500, int(n_state))
    for i in range(n_enc):
        block(f"encoder.blocks.{i}", f"encoder/layer_{i}", cross=False)
    norm("encoder.ln_post", "encoder/layer_norm")
    copy("decoder.token_embedding.weight", "decoder/embeddings/weight")
    copy("decoder.positional_embedding", "decoder/position_encodings/encodings")
    for i in range(n_dec):
        block(f"decoder.blocks.{i}", f"decoder/layer_{i}", cross=True)
    norm("decoder.ln", "decoder/layer_norm")
    proj = v.get("decoder/projection/weight")
    if proj is not None and not torch.allclose(proj, v["decoder/embeddings/weight"], atol=1e-2):
        raise ValueError("output projection differs from the token embedding: whisper ties them")
    dims = {
        "n_mels": int(n_mels),
        "n_audio_ctx": int(sd["encoder.positional_embedding"].shape[0]),
        "n_audio_state": int(n_state),
        "n_audio_head": int(model.variables["encoder/num_heads"].item()),
        "n_audio_layer": n_enc,
        "n_vocab": int(n_vocab),
        "n_text_ctx": int(n_text_ctx),
        "n_text_state": int(n_text_state),
        "n_text_head": int(model.variables["decoder/num_heads"].item()),
        "n_text_layer": n_dec,
    }
    return {"dims": dims, "model_state_dict": sd}


def convert(model_bin: str | Path, out: str | Path) -> Path:
    """Convert ``model_bin`` into the openai-whisper checkpoint ``out`` (written atomically)."""
    out = Path(out)
    checkpoint = to_openai(read_ct2(model_bin))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f"{out.name}.tmp{os.getpid()}")
    try:
        torch.save(checkpoint, tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def openai_checkpoint_for(ct2_dir: Path, cache_dir: Path) -> Path:
    """The openai-whisper checkpoint for the faster-whisper folder ``ct2_dir``, converted once.

    Cached as ``cache_dir/converted/<folder>-<hash of model.bin path>.pt`` and rebuilt when
    ``model.bin`` is newer than the cached file.
    """
    model_bin = Path(ct2_dir).expanduser().resolve() / "model.bin"
    if not model_bin.is_file():
        raise FileNotFoundError(f"no CTranslate2 model.bin in {ct2_dir}")
    tag = hashlib.sha256(str(model_bin).encode()).hexdigest()[:10]
    out = Path(cache_dir).expanduser() / "converted" / f"{model_bin.parent.name}-{tag}.pt"
    if out.is_file() and out.stat().st_mtime_ns >= model_bin.stat().st_mtime_ns:
        return out
    return convert(model_bin, out)
