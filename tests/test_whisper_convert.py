"""tools.whisper_convert: CTranslate2 model.bin -> openai-whisper checkpoint.

The unit tests build a tiny random openai-whisper model, serialize it with ctranslate2's own
``WhisperSpec`` writer (every quantization) and check that the parser and name mapping give the
weights back, and that the converted model computes what the CTranslate2 runtime computes.
The ``real`` tests convert the packaged faster-whisper base model and transcribe jfk.flac.
"""

from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is not an installed package
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

torch = pytest.importorskip("torch")
pytest.importorskip("whisper")
ctranslate2 = pytest.importorskip("ctranslate2")

from ctranslate2.specs import whisper_spec  # noqa: E402
from whisper.model import ModelDimensions, Whisper  # noqa: E402

from bench.wer import normalize, wer  # noqa: E402
from tools.whisper_convert import openai_checkpoint_for, read_ct2, to_openai  # noqa: E402

AUDIO = ROOT.parent / "shared" / "data" / "audio"
DIMS = ModelDimensions(n_mels=8, n_audio_ctx=6, n_audio_state=16, n_audio_head=2, n_audio_layer=2,
                       n_vocab=40, n_text_ctx=8, n_text_state=16, n_text_head=2, n_text_layer=2)
SPECIALS = ["<|endoftext|>", "<|startoftranscript|>", "<|translate|>", "<|transcribe|>", "<|startoflm|>",
            "<|startofprev|>", "<|nocaptions|>", "<|notimestamps|>", "<|0.00|>", "<|0.02|>"]
TOLERANCE = {"float32": 0.0, "float16": 1e-3, "int16": 2e-3, "int8": 1e-2, "int8_float16": 1e-2}


def _tiny_state_dict() -> dict[str, torch.Tensor]:
    torch.manual_seed(0)
    return {k: torch.randn_like(v) * 0.3 for k, v in Whisper(DIMS).state_dict().items()}


def _tiny_spec(sd: dict[str, torch.Tensor]) -> whisper_spec.WhisperSpec:
    """The inverse mapping, written as ctranslate2's own Whisper converter fills the spec."""
    n = {k: v.numpy() for k, v in sd.items()}
    spec = whisper_spec.WhisperSpec(DIMS.n_audio_layer, DIMS.n_audio_head, DIMS.n_text_layer, DIMS.n_text_head)
    zeros = np.zeros(DIMS.n_audio_state, np.float32)

    def lin(s, p):
        s.weight, s.bias = n[p + ".weight"], n[p + ".bias"]

    def ln(s, p):
        s.gamma, s.beta = n[p + ".weight"], n[p + ".bias"]

    def self_attention(s, p):
        s.linear[0].weight = np.concatenate([n[f"{p}.{x}.weight"] for x in ("query", "key", "value")])
        s.linear[0].bias = np.concatenate([n[p + ".query.bias"], zeros, n[p + ".value.bias"]])
        lin(s.linear[1], p + ".out")

    def layer(s, p, cross):
        self_attention(s.self_attention, p + ".attn")
        ln(s.self_attention.layer_norm, p + ".attn_ln")
        if cross:
            a, c = s.attention, p + ".cross_attn"
            lin(a.linear[0], c + ".query")
            a.linear[1].weight = np.concatenate([n[c + ".key.weight"], n[c + ".value.weight"]])
            a.linear[1].bias = np.concatenate([zeros, n[c + ".value.bias"]])
            lin(a.linear[2], c + ".out")
            ln(a.layer_norm, p + ".cross_attn_ln")
        lin(s.ffn.linear_0, p + ".mlp.0")
        lin(s.ffn.linear_1, p + ".mlp.2")
        ln(s.ffn.layer_norm, p + ".mlp_ln")

    e, d = spec.encoder, spec.decoder
    lin(e.conv1, "encoder.conv1")
    lin(e.conv2, "encoder.conv2")
    e.position_encodings.encodings = n["encoder.positional_embedding"]
    ln(e.layer_norm, "encoder.ln_post")
    for i, s in enumerate(e.layer):
        layer(s, f"encoder.blocks.{i}", cross=False)
    d.embeddings.weight = n["decoder.token_embedding.weight"]
    d.position_encodings.encodings = n["decoder.positional_embedding"]
    d.projection.weight = n["decoder.token_embedding.weight"]
    ln(d.layer_norm, "decoder.ln")
    for i, s in enumerate(d.layer):
        layer(s, f"decoder.blocks.{i}", cross=True)
    spec.register_vocabulary([f"t{i}" for i in range(DIMS.n_vocab - len(SPECIALS))] + SPECIALS)
    spec.validate()
    return spec


@pytest.fixture(scope="module")
def tiny() -> tuple[dict[str, torch.Tensor], whisper_spec.WhisperSpec]:
    sd = _tiny_state_dict()
    return sd, _tiny_spec(sd)


def _save(spec: whisper_spec.WhisperSpec, quantization: str, path: Path) -> Path:
    spec = copy.deepcopy(spec)
    spec.optimize(quantization=quantization)  # aliases the tied projection, then quantizes
    path.mkdir(parents=True, exist_ok=True)
    spec.save(str(path))
    return path


@pytest.mark.parametrize("quantization", sorted(TOLERANCE))
def test_parser_and_mapping_roundtrip(tiny, tmp_path: Path, quantization: str) -> None:
    sd, spec = tiny
    ct2 = read_ct2(_save(spec, quantization, tmp_path) / "model.bin", progress=False)
    assert (ct2.spec, ct2.revision, ct2.binary_version) == ("WhisperSpec", 3, 6)
    assert ct2.aliases == {"decoder/projection/weight": "decoder/embeddings/weight"}
    assert int(ct2.variables["encoder/num_heads"]) == DIMS.n_audio_head
    checkpoint = to_openai(ct2)
    assert checkpoint["dims"] == DIMS.__dict__
    got = checkpoint["model_state_dict"]
    assert set(got) == set(sd)
    for name, want in sd.items():
        assert got[name].dtype == torch.float32
        torch.testing.assert_close(got[name], want, rtol=0, atol=TOLERANCE[quantization] + 1e-7, msg=name)
    Whisper(ModelDimensions(**checkpoint["dims"])).load_state_dict(got)  # strict: no missing keys


def test_converted_model_matches_ctranslate2_runtime(tiny, tmp_path: Path) -> None:
    """Encoder output and first-step decoder logits agree with CTranslate2 itself (int8 weights)."""
    _, spec = tiny
    folder = _save(spec, "int8", tmp_path)
    checkpoint = to_openai(read_ct2(folder / "model.bin", progress=False))
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    model.load_state_dict(checkpoint["model_state_dict"])
    ct2 = ctranslate2.models.Whisper(str(folder), device="cpu", compute_type="float32")
    mel = np.random.RandomState(0).randn(1, DIMS.n_mels, 2 * DIMS.n_audio_ctx).astype(np.float32)
    prompt = [DIMS.n_vocab - len(SPECIALS) + SPECIALS.index(t)
              for t in ("<|startoftranscript|>", "<|transcribe|>", "<|notimestamps|>")]
    result = ct2.generate(ctranslate2.StorageView.from_array(mel), [prompt], beam_size=1, max_length=4,
                          return_logits_vocab=True, suppress_blank=False, suppress_tokens=[])[0]
    with torch.no_grad():
        audio = model.encoder(torch.from_numpy(mel))
        logits = model.logits(torch.tensor([prompt]), audio)[0, -1]
    np.testing.assert_allclose(np.array(ct2.encode(ctranslate2.StorageView.from_array(mel))), audio.numpy(),
                               atol=1e-4)
    np.testing.assert_allclose(np.array(result.logits[0][0]), logits.numpy(), atol=1e-4)


def test_checkpoint_is_cached_and_rebuilt_when_stale(tiny, tmp_path: Path) -> None:
    import whisper

    folder = _save(tiny[1], "float16", tmp_path / "ct2")
    first = openai_checkpoint_for(folder, tmp_path / "cache")
    assert first.parent == tmp_path / "cache" / "converted" and first.suffix == ".pt"
    assert not [p for p in first.parent.iterdir() if p != first]  # no temporary files left
    stamp = first.stat().st_mtime_ns
    assert openai_checkpoint_for(folder, tmp_path / "cache") == first
    assert first.stat().st_mtime_ns == stamp  # reused
    os.utime(folder / "model.bin", ns=(stamp + 1000, stamp + 1000))  # model.bin now newer
    assert openai_checkpoint_for(folder, tmp_path / "cache") == first
    rebuilt = first.stat().st_mtime_ns
    assert rebuilt > stamp
    openai_checkpoint_for(folder, tmp_path / "cache")
    assert first.stat().st_mtime_ns == rebuilt  # fresh again
    assert whisper.load_model(str(first), device="cpu").dims == DIMS


def test_bad_files_are_rejected(tiny, tmp_path: Path) -> None:
    folder = _save(tiny[1], "float32", tmp_path)
    data = (folder / "model.bin").read_bytes()
    (tmp_path / "cut.bin").write_bytes(data[: len(data) // 2])
    with pytest.raises(ValueError, match="truncated"):
        read_ct2(tmp_path / "cut.bin")
    (tmp_path / "future.bin").write_bytes((99).to_bytes(4, "little") + data[4:])
    with pytest.raises(ValueError, match="binary version"):
        read_ct2(tmp_path / "future.bin")
    with pytest.raises(FileNotFoundError):
        openai_checkpoint_for(tmp_path / "nowhere", tmp_path)


def test_wer_helper() -> None:
    text = "And so, my fellow-Americans: don't!"
    assert normalize(text, english=False) == ["and", "so", "my", "fellow", "americans", "dont"]
    assert normalize(text) == ["and", "so", "my", "fellow", "americans", "do", "not"]
    assert wer("call me at six", "Call me at 6.") == 0.0
    assert wer("ask not what", "Ask not, what?") == 0.0
    assert wer("a b c d", "a x c") == 0.5
    assert wer("", "") == 0.0 and wer("", "words") == 1.0


# -- real packaged model ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from agent.config import Settings
    from agent.models import ModelStore
    from tools.errors import ModelNotInstalledError

    try:
        ct2_dir = ModelStore(Settings()).require("stt")
    except ModelNotInstalledError as exc:
        pytest.skip(f"faster-whisper base weights not installed: {exc}")
    return openai_checkpoint_for(ct2_dir, tmp_path_factory.mktemp("stt-cache"))


@pytest.mark.real
def test_real_checkpoint_loads_in_openai_whisper(real_checkpoint: Path) -> None:
    import whisper

    model = whisper.load_model(str(real_checkpoint), device="cpu")
    assert model.dims == ModelDimensions(80, 1500, 512, 8, 6, 51865, 448, 512, 8, 6)  # whisper base
    assert model.is_multilingual


@pytest.mark.real
def test_real_openai_whisper_wer_on_jfk(real_checkpoint: Path) -> None:
    from tools.audio import decode_audio
    from tools.stt import OpenAIWhisperBackend

    if not (AUDIO / "jfk.flac").is_file():
        pytest.skip(f"no test audio in {AUDIO}")
    reference = json.loads((AUDIO / "manifest.json").read_text())["clips"][0]
    assert reference["file"] == "jfk.flac"
    backend = OpenAIWhisperBackend(str(real_checkpoint), threads=max(1, min(2, os.cpu_count() or 1)))
    transcript = backend.transcribe(decode_audio(AUDIO / "jfk.flac"), "en")
    assert wer(reference["reference"], transcript.text) <= 0.10, transcript.text
