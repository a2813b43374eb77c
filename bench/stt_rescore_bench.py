"""Rescoring Whisper's n-best list with the LLM for voice turns (issue #10: hearing), dev or test half.

    python -m bench.stt_rescore_bench --split dev [--all-voices] [--beam 5] [--weights 0,0.1,0.2,0.3]

The voice turn's Whisper call (10 s window, greedy) mishears robotic espeak-ng speech ("How many
minutes are in an hour?" -> "How many minutes are we done?").  A language model knows which of
several sound-alike word strings a person would say to an assistant.  This bench asks Whisper for its
``--beam`` best hypotheses (beam search, ``num_hypotheses``), scores each with the orchestrator LLM as
a user's message (sum of token log-probabilities, end of message included), and picks the
hypothesis with the best ``whisper_logprob + w * llm_logprob`` for each weight ``w``.  It prints the
word error rate per source for greedy decoding (the shipped default), the beam's own best, the
oracle (the best hypothesis in the list, by WER: what no weight can beat) and each weight.

Choose the weight on ``--split dev``; measure ``--split test`` once with ``--weights`` set to it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

LM_PREFIX = "<|im_start|>system\nYou are a voice assistant.<|im_end|>\n<|im_start|>user\n"
LM_SUFFIX = "<|im_end|>"


class LMScorer:
    """log P(text as a user's message) under a GGUF chat model (llama.cpp, every position's logits)."""

    def __init__(self, path: str, threads: int) -> None:
        from llama_cpp import Llama

        self.llm = Llama(model_path=path, n_ctx=512, n_batch=512, logits_all=True, n_threads=threads, verbose=False)
        self.prefix = self.llm.tokenize(LM_PREFIX.encode(), add_bos=False, special=True)

    def score(self, text: str) -> float:
        body = self.llm.tokenize((text.strip() + LM_SUFFIX).encode(), add_bos=False, special=True)
        toks = self.prefix + body
        self.llm.reset()
        self.llm.eval(toks)
        logits = np.asarray(self.llm.scores[: len(toks)], dtype=np.float64)
        start = len(self.prefix)
        rows = logits[start - 1: len(toks) - 1]
        m = rows.max(axis=1, keepdims=True)
        logz = (m + np.log(np.exp(rows - m).sum(axis=1, keepdims=True)))[:, 0]
        return float(sum(rows[i, t] - logz[i] for i, t in enumerate(body)))


def nbest(tool: Any, audio: np.ndarray, beam: int, window_s: float = 10.0) -> list[tuple[str, float]]:
    """Whisper's ``beam`` best transcripts of ``audio`` with their summed log-probabilities."""
    m = tool.backend.model
    inputs = tool.backend.short_inputs(audio, "en", window_s)
    if inputs is None:
        raise ValueError("longer than a short window allows")
    tok, prompt, cap, features = inputs
    r = m.model.generate(features, [prompt], beam_size=beam, num_hypotheses=beam, max_length=cap,
                         return_scores=True, length_penalty=0.0, suppress_blank=True, suppress_tokens=[-1])[0]
    out = []
    for ids, s in zip(r.sequences_ids, r.scores, strict=True):
        out.append((tok.decode(ids).strip(), float(s)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), required=True)
    ap.add_argument("--all-voices", action="store_true")
    ap.add_argument("--beam", type=int, default=5)
    ap.add_argument("--weights", default="0,0.1,0.2,0.3,0.5,0.7,1.0")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--lm", default=None, help="GGUF path (default: the orchestrator LLM)")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from agent.config import Settings
    from agent.models import ModelStore
    from bench import hearing_set
    from bench.wer import edit_distance, normalize
    from tools.registry import ToolRegistry
    from tools.stt import TranscribeAudio

    tmp = Path(tempfile.mkdtemp(prefix="stt_rescore_"))
    s = Settings(stt_threads=args.threads, llm_threads=args.threads, output_dir=tmp / "out")
    store = ModelStore(s)
    reg = ToolRegistry(s, models=store)
    tts = reg.get("speak")
    tts.ensure_loaded()
    stt = TranscribeAudio(s, ModelStore(s))
    stt.ensure_loaded()
    lm_path = args.lm or str(store.resolve("llm").path)
    lm = LMScorer(lm_path, args.threads)
    weights = [float(w) for w in args.weights.split(",")]
    items = [u for u in hearing_set.build(tts, all_voices=args.all_voices) if hearing_set.split_of(u.text) == args.split]
    print(f"{args.split} half: {len(items)} utterances; LM {Path(lm_path).name}", flush=True)
    sources = sorted({it.source for it in items}, key=lambda x: (x != "real", x))
    names = ["greedy (default)", f"beam {args.beam} best", "oracle"] + [f"w={w:g}" for w in weights]
    stats = {n: {src: [0, 0] for src in sources} for n in names}
    t_nbest: list[float] = []
    t_lm: list[float] = []
    loads = [os.getloadavg()[0]]
    wrong: list[str] = []
    for k, it in enumerate(items):
        ref = normalize(it.text)
        greedy = stt.transcribe_array(it.audio, "en", 10.0).text
        t0 = time.perf_counter()
        hyps = nbest(stt, it.audio, args.beam)
        t_nbest.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        lms = [lm.score(h) for h, _ in hyps]
        t_lm.append(time.perf_counter() - t0)
        errs = [edit_distance(ref, normalize(h)) for h, _ in hyps]
        picks = {"greedy (default)": edit_distance(ref, normalize(greedy)), f"beam {args.beam} best": errs[0],
                 "oracle": min(errs)}
        for w in weights:
            best = max(range(len(hyps)), key=lambda i, w=w: hyps[i][1] + w * lms[i])
            picks[f"w={w:g}"] = errs[best]
        for n, e in picks.items():
            stats[n][it.source][0] += e
            stats[n][it.source][1] += len(ref)
        if args.split == "dev" and (picks["greedy (default)"] or min(errs) < errs[0]):
            wrong.append(f"{it.source}: {it.text!r} greedy {greedy!r}; n-best " + "; ".join(
                f"{h!r} wh={s:.2f} lm={m:.1f}" for (h, s), m in zip(hyps, lms, strict=True)))
        if k % 10 == 9:
            loads.append(os.getloadavg()[0])
            print(f"  {k + 1}/{len(items)}", flush=True)
    counts = {src: sum(1 for it in items if it.source == src) for src in sources}
    print(f"\nWER per source (%), {args.split} half, {len(items)} utterances, 10 s window, {args.threads} thread(s)")
    print("| variant | " + " | ".join(f"{src} ({counts[src]})" for src in sources) + " | all |")
    print("|---|" + "---:|" * (len(sources) + 1))
    for n in names:
        cells = [100 * e / max(1, m) for e, m in stats[n].values()]
        tot = 100 * sum(e for e, _ in stats[n].values()) / sum(m for _, m in stats[n].values())
        print(f"| {n} | " + " | ".join(f"{c:.1f}" for c in cells) + f" | {tot:.1f} |")
    print(f"\nn-best Whisper call median {statistics.median(t_nbest):.2f} s; LLM scoring of the list median "
          f"{statistics.median(t_lm):.2f} s; load avg {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    for line in wrong:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
