"""Spoken direct answers: right answers and speed of the packaged 1.5B LLM vs the 0.5B helper.

    python -m bench.spoken_answers [--models llm,llm_small] [--threads 2] [--max-tokens 48]
    python -m bench.spoken_answers --models llm,llm:pl3      # prompt-lookup decoding, paired

Each question of ``bench/spoken_questions.py`` (42 short factual questions, one accepted answer
each, written before measuring) is asked with the voice loop's messages (the spoken chat prompt,
no history) through each model, one after the other per question.  An answer is right when its
normalized text contains an accepted form.  Also per answer: seconds to the first token and to
the first spoken chunk (the voice loop's chunker: first clause), after a warm system prompt.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from typing import Any


def normalize(text: str) -> str:
    return " " + " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower().replace("-", " ")).split()) + " "


def right(answer: str, accepted: tuple[str, ...]) -> bool:
    a = normalize(answer)
    return any(normalize(form) in a for form in accepted)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="llm,llm_small", help="model names from agent/models.py, or file=PATH.gguf")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=48)
    ap.add_argument("-n", type=int, default=0, help="first n questions only (0: all)")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from agent.compose import Defences, chat_messages
    from agent.config import Settings
    from agent.llm import LlamaCppChatModel
    from agent.models import ModelStore
    from agent.voice.chunker import SentenceChunker
    from bench.spoken_questions import QUESTIONS

    settings = Settings()
    store = ModelStore(settings)
    names = args.models.split(",")
    models: dict[str, Any] = {}
    loaded: dict[str, Any] = {}
    for name in names:  # "llm", "llm_small", "llm:pl3" (prompt-lookup drafts of 3 tokens) or "file=PATH.gguf"
        if name.startswith("file="):
            models[name] = LlamaCppChatModel(name[5:], n_ctx=2048, n_threads=args.threads)
            continue
        base, _, opt = name.partition(":")
        pl = int(opt[2:]) if opt.startswith("pl") else 0
        if pl == 0 and base in loaded:
            models[name] = loaded[base]
            continue
        models[name] = LlamaCppChatModel(str(store.require(base)), n_ctx=2048, n_threads=args.threads,
                                         prompt_lookup=pl)
        loaded.setdefault(base, models[name])
    d = Defences.parse(settings.answer_defences)
    questions = QUESTIONS[: args.n] if args.n else QUESTIONS
    for m in models.values():  # warm the spoken chat prompt (as the voice loop's warm-up does)
        "".join(m.stream(chat_messages("hello", [], True, 0, d), max_tokens=1))
    rows: dict[str, list[tuple[bool, float, float | None, str]]] = {n: [] for n in names}
    loads = [os.getloadavg()[0]]
    for i, (q, accepted) in enumerate(questions, 1):
        for name, m in models.items():
            msgs = chat_messages(q, [], True, 0, d)
            ch = SentenceChunker(settings.voice_first_chunk_chars, clauses=settings.voice_first_clause)
            t0 = time.perf_counter()
            first = chunk = None
            out = []
            for piece in m.stream(msgs, max_tokens=args.max_tokens, temperature=settings.llm_temperature):
                now = time.perf_counter() - t0
                first = now if first is None else first
                out.append(piece)
                if chunk is None and ch.feed(piece):
                    chunk = now
            answer = "".join(out).strip()
            if chunk is None and ch.flush():
                chunk = time.perf_counter() - t0
            ok = right(answer, accepted)
            rows[name].append((ok, first or 0.0, chunk, answer))
            print(f"{i:>3} {name[-10:]:10} {'ok ' if ok else 'NO '} {first or 0:5.2f} {chunk or 0:5.2f}  {q!r} -> "
                  f"{answer[:70]!r}", flush=True)
        loads.append(os.getloadavg()[0])
    print(f"\nspoken direct answers, {len(questions)} questions, {args.threads} threads, load avg (1 min) "
          f"{min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    print(f"{'model':12} {'right':>10} {'first token s (median)':>24} {'first chunk s (median / p95)':>30}")
    for name, rs in rows.items():
        n_ok = sum(r[0] for r in rs)
        chunks = sorted(r[2] for r in rs if r[2] is not None)
        p95 = chunks[min(len(chunks) - 1, round(0.95 * (len(chunks) - 1)))] if chunks else float("nan")
        print(f"{name:12} {f'{n_ok}/{len(rs)}':>10} {statistics.median(r[1] for r in rs):24.2f} "
              f"{f'{statistics.median(chunks):.2f} / {p95:.2f}' if chunks else '-':>30}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
