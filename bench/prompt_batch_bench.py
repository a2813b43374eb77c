"""What a voice turn's prompt pass costs: llama.cpp's time to evaluate a batch of n prompt tokens.

    python bench/prompt_batch_bench.py [--runs 5] [--threads 0] [--sizes 1,2,4,6,8,12,16,24,32]

The direct answer of a voice turn evaluates, after the cached system prompt, the question and the chat
template's turn markers in one batch (``LlamaCppChatModel.end_of_turn``); that pass is the critical path
of a warm direct turn.  This prints, for the packaged GGUF on this machine, the median seconds of one
``Llama.eval`` of n tokens after a 40-token context (the KV cache rewound to the same point each run),
and how many tokens the voice bench's questions put after the cached prefix of the spoken chat prompt.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.history_bench import QUESTIONS  # noqa: E402

TEXT = ("The quick brown fox jumps over the lazy dog and then runs away into the dark forest where nobody "
        "can find it again, not even the old hunter with his clever hounds and his lantern.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=0, help="LLM threads (0: the shipped default)")
    ap.add_argument("--sizes", default="1,2,4,6,8,12,16,24,32")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from agent.compose import Defences, chat_messages
    from agent.config import Settings
    from agent.llm import default_model

    settings = Settings(**({"llm_threads": args.threads} if args.threads else {}))
    model = default_model(settings).get()
    llm = model.llm
    sizes = [int(s) for s in args.sizes.split(",")]
    toks = llm.tokenize(TEXT.encode(), add_bos=False)
    while len(toks) < 40 + max(sizes):
        toks = toks + toks
    loads = [os.getloadavg()[0]]
    llm.reset()
    llm.eval(toks[:40])
    llm.eval(toks[40:41])  # first decode of a new batch size allocates; not timed
    times: dict[int, list[float]] = {n: [] for n in sizes}
    for _ in range(args.runs):
        for n in sizes:  # sizes interleaved, so each sees the same load
            llm.n_tokens = 40
            t0 = time.perf_counter()
            llm.eval(toks[40:40 + n])
            times[n].append(time.perf_counter() - t0)
        loads.append(os.getloadavg()[0])
    d = Defences.parse(settings.answer_defences)
    suffix = []
    for q in QUESTIONS:
        messages = chat_messages(q, [], True, settings.history_turns, d)
        prompt, prefix = model._prompt_tokens(messages), model._prefix(messages)  # noqa: SLF001
        if prompt and prefix:
            suffix.append(len(prompt) - len(prefix))

    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), "?") if Path("/proc/cpuinfo").exists() else "?"
    print(f"llama.cpp prompt batch after a 40-token context, median of {args.runs} runs; {Path(model.model_path).name}; "
          f"{cpu}, {os.cpu_count()} cores, llm_threads {llm.n_threads}, load {min(loads):.1f}-{max(loads):.1f}")
    print("| tokens in the batch | seconds (median) | ms per token | runs |")
    print("|---:|---:|---:|---|")
    for n in sizes:
        m = statistics.median(times[n])
        print(f"| {n} | {m:.3f} | {m / n * 1000:.0f} | {', '.join(f'{t:.3f}' for t in times[n])} |")
    if suffix:
        print(f"spoken chat prompt: {statistics.median(suffix):.0f} tokens after the cached prefix (median over "
              f"{len(suffix)} questions; min {min(suffix)}, max {max(suffix)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
