"""Vision benchmarks: CLIP indexing throughput, index query latency, caption latency.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/vision_bench.py [--threads 1] [--images 8] [--repeat 3]
        [--skip-base] [--skip-query] [--skip-captions]

CLIP image embedding is measured four ways, runs interleaved (A B C D A B C D ...), median:
torch fp32, torch int8 (dynamic int8 of every nn.Linear), ONNX Runtime fp32 and ONNX Runtime
int8 (onnxruntime.quantization.quantize_dynamic), the last two exported with
tools/onnx_clip.py exactly as ``vision_runtime = "onnx"`` does.

Real CLIP/BLIP weights cannot be downloaded here (offline, and no PyPI package ships
them), so every model below has RANDOM weights:

* ``tiny``: the 32-px, 2-layer checkpoints the tests use (measures pipeline overhead);
* ``base-size``: random weights in the exact architecture of the defaults
  (CLIP ViT-B/32 at 224 px; BLIP base = ViT-B/16 at 384 px + BERT-base decoder).  Speed
  depends on the architecture, not on the weight values, so these rows estimate what the
  real checkpoints cost; caption rows generate a fixed 20 tokens.

Prints Markdown tables with the machine and its load (os.getloadavg()).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # shared 2-core machines: one thread unless --threads says more

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            return next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except OSError:
        return platform.processor() or ""


def machine() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{platform.machine()} {_cpu_model()} {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, load avg {load}").replace("  ", " ")


def _images(n: int, size: int = 320) -> list[Any]:
    from PIL import Image

    rng = np.random.default_rng(0)
    return [Image.fromarray(rng.integers(0, 255, (size, size, 3), dtype=np.uint8)) for _ in range(n)]


def _timeit(fn: Any, repeat: int) -> float:
    fn()  # warm-up
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)


def _ab(fns: dict[str, Any], repeat: int, spread: dict[str, tuple[float, float]] | None = None) -> dict[str, float]:
    """Median seconds of each fn, runs interleaved (A B A B ...) so load changes hit all alike.

    ``spread`` (if given) receives each fn's (fastest, slowest) run."""
    for fn in fns.values():
        fn()  # warm-up
    ts: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeat):
        for k, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            ts[k].append(time.perf_counter() - t0)
    if spread is not None:
        spread.update({k: (min(v), max(v)) for k, v in ts.items()})
    return {k: statistics.median(v) for k, v in ts.items()}


def _variants(model: Any) -> dict[str, Any]:
    from tools.hf_vision import prepare_model

    return {"fp32": prepare_model(model, "none"), "int8": prepare_model(model, "int8")}


def onnx_sessions(model: Any, folder: Path, threads: int, text: bool = False) -> tuple[dict[str, Any], dict[str, float]]:
    """Export ``model``'s image tower (and text tower) as tools/onnx_clip.py does; int8 too.

    Returns ({"fp32": session, "int8": session}, one-time costs in seconds)."""
    import torch

    from tools.onnx_clip import export_image_tower, export_text_tower, quantize_int8, session

    cost: dict[str, float] = {}
    t0 = time.perf_counter()
    export_image_tower(model, folder / "image.onnx", int(model.config.vision_config.image_size))
    cost["image export"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    quantize_int8(folder / "image.onnx", folder / "image-int8.onnx")
    cost["image int8 quantization"] = time.perf_counter() - t0
    if text:
        ids = torch.randint(0, int(model.config.text_config.vocab_size), (2, 12), generator=torch.Generator().manual_seed(0))
        mask = torch.ones_like(ids)
        mask[1, 6:] = 0
        t0 = time.perf_counter()
        export_text_tower(model, folder / "text.onnx", ids, mask)
        cost["text export"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        quantize_int8(folder / "text.onnx", folder / "text-int8.onnx")
        cost["text int8 quantization"] = time.perf_counter() - t0
    for name in ("image.onnx", "image-int8.onnx", "text.onnx", "text-int8.onnx"):
        if (folder / name).exists():
            cost[f"{name} MB"] = (folder / name).stat().st_size / 2**20
    t0 = time.perf_counter()
    sessions = {"fp32": session(folder / "image.onnx", threads), "int8": session(folder / "image-int8.onnx", threads)}
    cost["open both image sessions"] = time.perf_counter() - t0
    return sessions, cost


def clip_rows(name: str, model: Any, processor: Any, imgs: list[Any], batch: int, repeat: int = 3,
              threads: int = 1, text_export: bool = False) -> tuple[list[str], dict[str, float]]:
    """``processor``: anything callable as processor(images=..., return_tensors="pt").

    Rows for torch fp32 / torch int8 / onnx fp32 / onnx int8, runs interleaved; plus the
    one-time ONNX export costs."""
    import torch

    inputs = processor(images=imgs[:batch], return_tensors="pt")["pixel_values"]
    pixels = inputs.numpy().astype(np.float32)
    models = _variants(model)

    def feats(m: Any) -> Any:
        with torch.inference_mode():
            out = m.get_image_features(pixel_values=inputs)
        out = out if isinstance(out, torch.Tensor) else out.pooler_output
        return torch.nn.functional.normalize(out.float(), dim=-1).numpy()

    fns: dict[str, Any] = {f"torch {k}": (lambda m=m: feats(m)) for k, m in models.items()}
    with tempfile.TemporaryDirectory() as td:
        sessions, cost = onnx_sessions(models["fp32"], Path(td), threads, text=text_export)
        for k, sess in sessions.items():
            fns[f"onnx {k}"] = lambda sess=sess: sess.run(None, {"pixel_values": pixels})[0]
        spread: dict[str, tuple[float, float]] = {}
        secs = _ab(fns, repeat, spread)
        ref = feats(models["fp32"])
        rows = []
        for option, fn in fns.items():
            out = np.asarray(fn(), np.float32)
            out = out / np.linalg.norm(out, axis=1, keepdims=True)
            cos = float((out * ref).sum(-1).min())
            sec = secs[option]
            lo, hi = (1000 * x / batch for x in spread[option])
            rows.append(f"| {name} | {option} | {batch / sec:.1f} | {1000 * sec / batch:.0f} | {lo:.0f}-{hi:.0f} "
                        f"| {cos:.4f} |")
        del sessions, fns
    return rows, cost


def caption_rows(name: str, model: Any, pixel_values: Any, tokens: int, repeat: int = 3) -> list[str]:
    import torch

    def gen(m: Any) -> Any:
        with torch.inference_mode():
            return m.generate(pixel_values=pixel_values, max_new_tokens=tokens, min_new_tokens=tokens,
                              do_sample=False, num_beams=1)

    secs = _ab({k: (lambda m=m: gen(m)) for k, m in _variants(model).items()}, repeat)
    return [f"| {name} | torch {k} | {tokens} | {sec * 1000:.0f} |" for k, sec in secs.items()]


def query_rows(dim: int = 512, k: int = 5) -> list[str]:
    rng = np.random.default_rng(0)
    rows = []
    for n in (10_000, 100_000):
        mat = rng.standard_normal((n, dim), dtype=np.float32)
        mat /= np.linalg.norm(mat, axis=1, keepdims=True)
        q = mat[123] + 0.01
        with tempfile.TemporaryDirectory() as td:
            p = Path(td) / "v.npy"
            np.save(p, mat)
            mm = np.load(p, mmap_mode="r")
            for label, m in (("numpy exact (in RAM)", mat), ("numpy exact (memory-mapped .npy)", mm)):
                def run(m: Any = m, q: np.ndarray = q) -> Any:
                    s = m @ q
                    top = np.argpartition(-s, k)[:k]
                    return top[np.argsort(-s[top])]
                sec = _timeit(run, 31)
                assert 123 in run()
                rows.append(f"| {n:,} | {label} | {sec * 1000:.2f} |")
        try:
            import faiss
        except ImportError:
            rows.append(f"| {n:,} | faiss | not measured (faiss-cpu not installed) |")
            continue
        faiss.omp_set_num_threads(1)
        index = faiss.IndexFlatIP(dim)
        index.add(mat)
        sec = _timeit(lambda index=index, q=q: index.search(q.reshape(1, -1), k), 31)
        rows.append(f"| {n:,} | faiss IndexFlatIP (exact) | {sec * 1000:.2f} |")
    return rows


def index_e2e_row(clip_dir: Path, n: int, runtime: str = "torch", threads: int = 1) -> str:
    from agent.config import Settings
    from agent.models import ModelStore
    from tools.clip_search import load_embedder
    from tools.image_index import ImageIndex

    with tempfile.TemporaryDirectory() as td:
        folder = Path(td) / "photos"
        folder.mkdir()
        for i, img in enumerate(_images(n, 256)):
            img.save(folder / f"p{i:03d}.jpg", quality=90)
        s = Settings(clip_model_path=clip_dir, vision_threads=threads, cache_dir=Path(td) / "cache",
                     vision_quantize="none", vision_runtime=runtime)
        emb = load_embedder(s, ModelStore(s))
        st = ImageIndex(folder, s, create=True).update(emb.images, emb.model_id, batch_size=16)
        st2 = ImageIndex(folder, s).update(emb.images, emb.model_id)
    return (f"| tiny (random) end-to-end `index` (decode + sha256 + embed + SQLite commit) | {runtime} fp32 | "
            f"{n / st.seconds:.1f} | {1000 * st.seconds / n:.0f} | | re-run with nothing new: {st2.seconds * 1000:.0f} ms |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--images", type=int, default=8, help="images per CLIP timing batch")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per variant (median)")
    ap.add_argument("--skip-base", action="store_true", help="only the tiny models (fast)")
    ap.add_argument("--skip-query", action="store_true", help="no index query latency table")
    ap.add_argument("--skip-captions", action="store_true", help="no caption latency table")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    import transformers
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel, CLIPProcessor

    from tools.testing_vision import make_tiny_clip

    torch.set_num_threads(args.threads)
    transformers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()
    print(f"# Vision benchmarks\n\nMachine: {machine()}; torch {torch.__version__}, {args.threads} thread(s).")
    print("All models have RANDOM weights (real CLIP/BLIP weights are unavailable offline); "
          "base-size rows use the real architectures, so their speed is representative.\n")
    imgs = _images(max(args.images, 2))
    with tempfile.TemporaryDirectory() as td:
        clip_dir = make_tiny_clip(Path(td) / "clip")
        print(f"## CLIP image embedding (indexing throughput; batch of {args.images}, the four executions' runs "
              f"interleaved, median of {args.repeat})\n")
        print("| model | execution | images/s | ms/image | ms/image fastest-slowest run | min cosine to torch fp32 |\n"
              "|---|---|---|---|---|---|")
        tiny = CLIPModel.from_pretrained(str(clip_dir))
        proc = CLIPProcessor.from_pretrained(str(clip_dir))
        rows, _ = clip_rows("tiny (random, 32 px, 2 layers)", tiny, proc, imgs, args.images, args.repeat, args.threads)
        for r in rows:
            print(r, flush=True)
        cost: dict[str, float] = {}
        if not args.skip_base:
            torch.manual_seed(0)
            base = CLIPModel(CLIPConfig())  # ViT-B/32 architecture, random weights
            bproc = CLIPImageProcessor()  # 224 px, as openai/clip-vit-base-patch32
            rows, cost = clip_rows("base-size ViT-B/32 (random)", base, bproc, imgs, args.images, args.repeat,
                                   args.threads, text_export=True)
            for r in rows:
                print(r, flush=True)
            del base
        for runtime in ("torch", "onnx"):
            print(index_e2e_row(clip_dir, 32, runtime, args.threads), flush=True)
        if cost:
            print("\nONNX one-time cost for base-size ViT-B/32 (first load with vision_runtime=onnx; later loads "
                  "only open the cached files):\n")
            print("| step | value |\n|---|---|")
            for k, v in cost.items():
                print(f"| {k} | {v:.0f} MB |" if k.endswith("MB") else f"| {k} | {v:.1f} s |")

        if not args.skip_query:
            print("\n## Exact cosine search over the index (k=5, 512-d float32, median of 31)\n")
            print("| vectors | method | ms/query |\n|---|---|---|")
            for r in query_rows():
                print(r, flush=True)

    if not args.skip_captions:
        caption_table(args, imgs)
    print(f"\nLoad after the run: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def caption_table(args: argparse.Namespace, imgs: list[Any]) -> None:
    import torch
    from transformers import BlipConfig, BlipForConditionalGeneration, BlipProcessor

    from tools.testing_vision import make_tiny_blip

    with tempfile.TemporaryDirectory() as td:
        blip_dir = make_tiny_blip(Path(td) / "blip")
        print("\n## Caption latency per image (greedy, fixed token count; fp32/int8 runs interleaved, "
              f"median of {args.repeat})\n")
        print("| model | execution | tokens | ms/image |\n|---|---|---|---|")
        tb = BlipForConditionalGeneration.from_pretrained(str(blip_dir))
        pv = BlipProcessor.from_pretrained(str(blip_dir))(images=imgs[:1], return_tensors="pt")["pixel_values"]
        for r in caption_rows("tiny BLIP (random)", tb, pv, 20, args.repeat):
            print(r, flush=True)
        if not args.skip_base:
            torch.manual_seed(0)
            cfg = BlipConfig()
            cfg.text_config.bos_token_id, cfg.text_config.pad_token_id, cfg.text_config.sep_token_id = 30522, 0, 102
            bb = BlipForConditionalGeneration(cfg)  # BLIP base architecture (ViT-B/16 384 px), random
            pv = torch.randn(1, 3, 384, 384)
            for r in caption_rows("base-size BLIP (random)", bb, pv, 20, args.repeat):
                print(r, flush=True)


if __name__ == "__main__":
    sys.exit(main())
