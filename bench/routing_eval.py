"""Routing accuracy and latency on the held-out routing set (dev and test) or any routing set.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/routing_eval.py [--planner layered[,llm,fast]] [--limit N]
        [--group G[,G2]] [--json results.json] [--threads N] [--set FILE ...] [--availability all|real]

Default sets: ``bench/routing_heldout/dev.jsonl`` and ``bench/routing_heldout/test.jsonl``, each
reported separately: accuracy, a per-tool confusion table (the expected vs planned first tool),
which layer decided each row (fast_path, learned, llm) and planning latency (median, p90) over all
layers.  Rows of a file named ``test.jsonl`` are never listed one by one: the test split is only
measured (aggregates and the confusion table), never used for tuning.

Each request is planned once per planner config (default ``layered``: fast path, then the
LLM) through ``Agent(settings).plan``; nothing is executed.  What the fast path alone decides
is reported too (it never loads the LLM).  Scoring:

* tool sequence: the planned tool names equal the expected ones, in order;
* arguments: only the args the expected step lists are compared - paths by basename,
  ``$1.text`` references exactly, language codes case-insensitively, a search ``query`` by
  content words (function words and "photo"/"picture" dropped, seven languages: one query's words
  hold all of the other's; before 2026-12-02 session 8 a substring test, stricter than the sets'
  documented "content-word overlap"), other text after lowercasing and dropping punctuation; a transcription ``language`` the request did not
  name must be left unset (guessing it forces Whisper into the wrong language);
* full plan: tools and arguments all correct (a rejected plan is always wrong).

Rows whose expected tools are not registered (the ``vision`` group until the vision tools
land) are skipped and counted.  Run from the repo root: the set's paths are relative to it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = [ROOT / "bench" / "routing_heldout" / "dev.jsonl", ROOT / "bench" / "routing_heldout" / "test.jsonl"]
VISION_TOOLS = ("caption_image", "search_images", "read_text_in_image")
WARMUP_REQUEST = "what is the tallest mountain in Africa?"


# -- loading ----------------------------------------------------------------------------
def load_set(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        for key in ("id", "group", "request", "attachments", "expected"):
            if key not in row:
                raise ValueError(f"{path}:{n}: missing '{key}'")
        rows.append(row)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path}: duplicate ids")
    return rows


# -- scoring ----------------------------------------------------------------------------
def _norm_text(value: Any) -> str:
    from bench.wer import normalize

    return " ".join(normalize(str(value)))


# function words of the seven request languages: "restaurant board from porto" and "restaurant board
# porto", "pizarra con el menú" and "pizarra menú" are the same search
_STOP = frozenset("""
a an the of with from in on at by for to and or it its this that these those which who says say said my me
some any one photo picture pic image shot
der die das den dem des ein eine einer einem einen mit von vom im am auf aus und mein meine
le la les l un une des du de d avec en sur et au aux mon ma mes
el los las unos unas con del y al mi mis
il lo gli uno di della dello dei degli delle con nel nella su e mio mia
het een van met op
o os um uma com do da dos das em no na e meu minha
""".split())


def _content_words(value: Any) -> frozenset[str]:
    return frozenset(w for w in _norm_text(value).split() if w not in _STOP)


def _covers(words: frozenset[str], other: frozenset[str]) -> bool:
    """Every word of ``other`` is in ``words``, up to an ending ("schafe" / "schafen", "dog" / "dogs")."""
    return all(any(w == o or (min(len(w), len(o)) >= 3 and (w.startswith(o) or o.startswith(w))) for w in words)
               for o in other)


def _norm_lang(value: Any) -> str:
    return str(value).strip().lower().replace("_", "-").split("-")[0]


def arg_matches(key: str, expected: Any, got: Any, strict_query: bool = False) -> bool:
    """Whether one planned argument matches the expected value (see the module doc).  ``strict_query``:
    the scorer of sessions 1-7 for a search query (one normalised query a substring of the other)."""
    if got is None:
        return expected is None
    if isinstance(expected, str) and expected.strip().startswith("$"):
        return isinstance(got, str) and got.strip() == expected.strip()
    if key in ("path", "folder") or key.endswith("_path"):
        return Path(str(got).rstrip("/\\")).name == Path(str(expected).rstrip("/\\")).name
    if key == "language":
        return _norm_lang(got) == _norm_lang(expected)
    if key == "query" and strict_query:
        e, g = _norm_text(expected), _norm_text(got)
        return bool(e) and (e in g or g in e)
    if key == "query":  # content-word overlap (the sets' READMEs): one query's content words hold the other's
        e, g = _content_words(expected), _content_words(got)
        return bool(e) and bool(g) and (_covers(g, e) or _covers(e, g))
    if isinstance(expected, str):
        return _norm_text(got) == _norm_text(expected)
    return bool(got == expected)


def step_arg_errors(expected: dict[str, Any], got: dict[str, Any], strict_query: bool = False) -> list[str]:
    errors = []
    e_args, g_args = expected.get("args", {}), got.get("args", {})
    for key, value in e_args.items():
        if not arg_matches(key, value, g_args.get(key), strict_query):
            errors.append(f"{expected['tool']}.{key}: expected {value!r}, got {g_args.get(key)!r}")
    if expected["tool"] == "transcribe_audio" and "language" not in e_args and g_args.get("language"):
        errors.append(f"transcribe_audio.language: expected unset, got {g_args['language']!r}")
    return errors


def score(expected_steps: list[dict[str, Any]], got_steps: list[dict[str, Any]], rejected: str | None,
          loose_query: bool = False, strict_query: bool = False) -> dict[str, Any]:
    """``loose_query``: a non-English search query is scored on being set, not on its words
    (bench/routing_heldout/README.md: a router may translate "ein Hund" to "a dog")."""
    tools_ok = [s["tool"] for s in got_steps] == [s["tool"] for s in expected_steps] and not rejected
    arg_errors: list[str] = []
    if tools_ok:
        for e, g in zip(expected_steps, got_steps, strict=True):
            if loose_query and e["tool"] == "search_images" and g.get("args", {}).get("query"):
                e = {**e, "args": {k: v for k, v in e.get("args", {}).items() if k != "query"}}
            arg_errors += step_arg_errors(e, g, strict_query)
    args_ok = tools_ok and not arg_errors
    return {"tools_ok": tools_ok, "args_ok": args_ok, "full_ok": args_ok, "arg_errors": arg_errors}


# -- statistics -------------------------------------------------------------------------
def pct(num: int, den: int) -> str:
    return f"{100.0 * num / den:.1f}% ({num}/{den})" if den else "n/a"


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(-(-q * len(s) // 100)) - 1))
    return s[k]


def machine(settings: Any) -> str:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"CPU {cpu}, {os.cpu_count()} logical cores ({usable} usable), load avg {load}, "
            f"llm_threads={settings.llm_threads}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


# -- running ----------------------------------------------------------------------------
def set_llm_cache(model: Any, mode: str) -> str:
    """Apply ``--llm-cache`` to a loaded LlamaCppChatModel; returns a note for the report.

    ``as-configured`` (default) keeps agent/llm.py's prompt cache.  ``off`` drops it (llama.cpp
    still reuses the common prompt prefix of consecutive calls).  ``bounded`` installs a RAM
    cache that counts whole saved states (KV bytes plus the n_batch x n_vocab logits copied with
    each, ~310 MB for Qwen2.5) against the same capacity: the stock ``LlamaRAMCache`` counts
    only the KV bytes, so it grew ~0.3 GB per call (past 18 GB in one run) before llm.py bounded it.
    """
    llm = getattr(getattr(model, "_model", model), "llm", None)
    if llm is None or mode == "as-configured":
        return f"llm cache: {mode if llm is not None else 'n/a'}"
    if mode == "off":
        llm.set_cache(None)
        return "llm cache: off (prompt prefix reuse only)"
    import llama_cpp

    capacity = int(getattr(llm.cache, "capacity_bytes", 1 << 30))

    class BoundedRAMCache(llama_cpp.LlamaRAMCache):
        @property
        def cache_size(self) -> int:
            return sum(s.llama_state_size + s.scores.nbytes + s.input_ids.nbytes for s in self.cache_state.values())

    llm.set_cache(BoundedRAMCache(capacity_bytes=capacity))
    return f"llm cache: RAM cache bounded to {capacity >> 20} MB counting whole states"


def skipped_reason(row: dict[str, Any], tools: set[str]) -> str | None:
    if row["group"] == "vision" and not set(VISION_TOOLS) <= tools:
        return "vision tools not registered"
    missing = [s["tool"] for s in row["expected"]["steps"] if s["tool"] not in tools]
    return f"tools not registered: {', '.join(missing)}" if missing else None


def _ckpt_key(cfg: str, row: dict[str, Any]) -> str:
    return json.dumps([cfg, row["id"], row["request"], row["attachments"]], ensure_ascii=False)


def load_checkpoint(path: Path | None) -> dict[str, dict[str, Any]]:
    """Results already routed by an interrupted run with the same ``--checkpoint`` file."""
    out: dict[str, dict[str, Any]] = {}
    if path is None or not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
            out[item["key"]] = item["result"]
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by the interruption
    return out


def route_row(agent: Any, row: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    try:
        rr = agent.plan(row["request"], row["attachments"])
    except Exception as exc:  # noqa: BLE001 - a crash is a failed row, not a failed benchmark
        return {"steps": [], "rejected": f"exception: {exc!r}", "layer": "error",
                "seconds": time.perf_counter() - t0, "raw": None, "source": None}
    return {"steps": rr.plan.public()["steps"], "rejected": rr.plan.rejected, "layer": rr.layer,
            "seconds": rr.seconds, "raw": rr.raw, "source": rr.plan.source}


def fast_only(router: Any, row: dict[str, Any]) -> dict[str, Any]:
    """What the fast path alone decides: a plan (maybe rejected) or None (defers to the LLM)."""
    from agent.core import check_attachments

    rr = router.route(row["request"], check_attachments(row["attachments"]), [])
    if rr.plan.source == "none":
        return {"fired": False, "seconds": rr.seconds}
    out = {"fired": True, "steps": rr.plan.public()["steps"], "rejected": rr.plan.rejected, "seconds": rr.seconds}
    out.update(score(row["expected"]["steps"], out["steps"], out["rejected"], loose(row)))
    return out


def loose(row: dict[str, Any]) -> bool:
    return row.get("style") == "multilingual" or row.get("group") == "non_english"


def _fmt_steps(steps: list[dict[str, Any]]) -> str:
    if not steps:
        return "[] (answer directly)"
    return " -> ".join(f"{s['tool']}({json.dumps(s['args'], ensure_ascii=False)})" for s in steps)


def first_tool(steps: list[dict[str, Any]]) -> str:
    return steps[0]["tool"] if steps else "(none)"


def confusion_table(rows: list[dict[str, Any]], results: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Expected first tool (rows) vs planned first tool (columns), per planner config; 'rejected' column."""
    out = []
    for cfg, res in results.items():
        exp = [first_tool(r["expected"]["steps"]) for r in rows]
        got = ["rejected" if r["rejected"] else first_tool(r["steps"]) for r in res]
        labels = sorted(set(exp) | set(got), key=lambda x: (x in ("(none)", "rejected"), x))
        out += [f"Confusion ({cfg}): expected first tool (rows) vs planned (columns); chain length errors "
                "show in the full-plan column", "",
                "| expected \\ planned | " + " | ".join(labels) + " | full plan |",
                "|---|" + "---|" * (len(labels) + 1)]
        for e in labels:
            idx = [i for i, x in enumerate(exp) if x == e]
            if not idx:
                continue
            cells = [str(sum(got[i] == g for i in idx) or "") for g in labels]
            out.append(f"| {e} | " + " | ".join(cells) + f" | {pct(sum(res[i]['full_ok'] for i in idx), len(idx))} |")
        out.append("")
    return out


def layer_table(results: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Which layer decided the rows, how often it was right, and planning latency over all layers."""
    out = ["| planner | layer | rows | full plan right | median s | p90 s |", "|---|---|---|---|---|---|"]
    for cfg, res in results.items():
        by: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in res:
            by[r["layer"]].append(r)
        for layer in sorted(by, key=lambda x: ["fast_path", "learned", "llm"].index(x)
                            if x in ("fast_path", "learned", "llm") else 9):
            rs = by[layer]
            secs = [r["seconds"] for r in rs]
            out.append(f"| {cfg} | {layer} | {len(rs)} | {pct(sum(r['full_ok'] for r in rs), len(rs))} | "
                       f"{statistics.median(secs):.3f} | {percentile(secs, 90):.3f} |")
        secs = [r["seconds"] for r in res]
        out.append(f"| {cfg} | **all layers** | {len(res)} | {pct(sum(r['full_ok'] for r in res), len(res))} | "
                   f"{statistics.median(secs):.3f} | {percentile(secs, 90):.3f} |")
    out.append("")
    return out


def report(rows: list[dict[str, Any]], results: dict[str, list[dict[str, Any]]], fast: list[dict[str, Any]],
           skipped: dict[str, int], header: str, extra: list[str], title: str = "", hide_rows: bool = False) -> str:
    out = [f"## Routing eval{': ' + title if title else ''} ({len(rows)} requests)", "", header, ""]
    out += extra
    if skipped:
        out.append("Skipped: " + ", ".join(f"{g}: {n}" for g, n in sorted(skipped.items())))
    out.append("")
    # overall
    out += ["| planner | n | tool sequence | arguments (given right tools) | full plan | rejected |",
            "|---|---|---|---|---|---|"]
    for cfg, res in results.items():
        n = len(res)
        tools_ok = sum(r["tools_ok"] for r in res)
        args_ok = sum(r["args_ok"] for r in res)
        full_ok = sum(r["full_ok"] for r in res)
        rej = sum(bool(r["rejected"]) for r in res)
        out.append(f"| {cfg} | {n} | {pct(tools_ok, n)} | {pct(args_ok, tools_ok)} | {pct(full_ok, n)} | {rej} |")
    fired = [f for f in fast if f["fired"]]
    f_ok = sum(f["full_ok"] for f in fired)
    out.append(f"| fast layers alone (fast path + learned, when they decide) | {len(fired)} fired of {len(fast)} | "
               f"{pct(sum(f['tools_ok'] for f in fired), len(fired))} | "
               f"{pct(sum(f['args_ok'] for f in fired), sum(f['tools_ok'] for f in fired))} | "
               f"{pct(f_ok, len(fired))} | {sum(bool(f['rejected']) for f in fired)} |")
    out.append("")
    # per group
    groups = list(dict.fromkeys(r["group"] for r in rows))
    cfgs = list(results)
    out += ["| group | n | " + " | ".join(f"{c} full plan" for c in cfgs) + " | fast path fired | fast path correct |",
            "|---|---|" + "---|" * len(cfgs) + "---|---|"]
    for g in groups:
        idx = [i for i, r in enumerate(rows) if r["group"] == g]
        cells = [pct(sum(results[c][i]["full_ok"] for i in idx), len(idx)) for c in cfgs]
        gf = [fast[i] for i in idx if fast[i]["fired"]]
        out.append(f"| {g} | {len(idx)} | " + " | ".join(cells)
                   + f" | {len(gf)}/{len(idx)} | {pct(sum(f['full_ok'] for f in gf), len(gf))} |")
    out.append("")
    # latency per layer
    out += ["| planner | layer | n | median ms | p95 ms | max ms |", "|---|---|---|---|---|---|"]
    for cfg, res in results.items():
        by_layer: dict[str, list[float]] = defaultdict(list)
        for r in res:
            by_layer[r["layer"]].append(r["seconds"] * 1000)
        for layer, secs in sorted(by_layer.items()):
            out.append(f"| {cfg} | {layer} | {len(secs)} | {statistics.median(secs):.2f} | "
                       f"{percentile(secs, 95):.2f} | {max(secs):.2f} |")
    if fired:
        secs = [f["seconds"] * 1000 for f in fast]
        out.append(f"| fast path alone | fast_path (all requests) | {len(secs)} | {statistics.median(secs):.3f} | "
                   f"{percentile(secs, 95):.3f} | {max(secs):.3f} |")
    out.append("")
    out += layer_table(results)
    out += confusion_table(rows, results)
    if hide_rows:
        out.append("(per-request failures of the test split are not listed: it is only ever measured)")
        return "\n".join(out)
    # failures
    for cfg, res in results.items():
        fails = [(rows[i], r) for i, r in enumerate(res) if not r["full_ok"]]
        out.append(f"### Failures: {cfg} ({len(fails)})")
        out.append("")
        for row, r in fails:
            att = f" [attached: {', '.join(row['attachments'])}]" if row["attachments"] else ""
            out.append(f"- **{row['id']}** `{row['request']}`{att}")
            out.append(f"  - expected: {_fmt_steps(row['expected']['steps'])}")
            out.append(f"  - got ({r['layer']}, {r['seconds']:.2f}s): {_fmt_steps(r['steps'])}")
            if r["rejected"]:
                out.append(f"  - rejected: {r['rejected']}")
            for err in r["arg_errors"]:
                out.append(f"  - {err}")
        out.append("")
    wrong_fast = [(rows[i], f) for i, f in enumerate(fast) if f["fired"] and not f["full_ok"]]
    out.append(f"### Fast path wrong when it fired ({len(wrong_fast)})")
    out.append("")
    for row, f in wrong_fast:
        out.append(f"- **{row['id']}** `{row['request']}`: expected {_fmt_steps(row['expected']['steps'])}; "
                   f"got {_fmt_steps(f['steps'])}{'; rejected: ' + f['rejected'] if f['rejected'] else ''}")
    return "\n".join(out)


def working_dir() -> Path:
    """A folder where both spellings the sets use resolve: repo-relative paths
    (``bench/routing_files/heldout/dog.jpg``) and bare names of the original fixtures (``memo.wav``),
    as a user standing in the folder with their files would type them."""
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="routing-eval-"))
    (tmp / "bench").symlink_to(ROOT / "bench")
    for f in (ROOT / "bench" / "routing_files").iterdir():
        if f.is_file() or f.name == "photos":
            (tmp / f.name).symlink_to(f)
    return tmp


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.chdir(working_dir())
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, action="append",
                    help="a JSONL routing set (repeatable; default: the held-out dev and test splits)")
    ap.add_argument("--planner", default="layered",
                    help="comma-separated planner configs to run: layered, llm, fast (default: layered)")
    ap.add_argument("--limit", type=int, help="only the first N requests of each set (after --group)")
    ap.add_argument("--group", action="append", help="only these groups (repeatable or comma-separated)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write per-request results to FILE (one per set: FILE.<set>.json)")
    ap.add_argument("--threads", type=int, help="CPU threads for the LLM")
    ap.add_argument("--availability", choices=["all", "real"], default="all",
                    help="all: route as if every registered tool could run (what the sets expect); "
                         "real: only tools whose models are installed here are planned")
    ap.add_argument("--llm-cache", choices=["as-configured", "off", "bounded"], default="as-configured",
                    help="the LLM's RAM prompt cache (see set_llm_cache)")
    ap.add_argument("--checkpoint", type=Path, metavar="FILE",
                    help="append each routed request to FILE and skip requests already in it (resume a killed run)")
    ap.add_argument("--quiet", action="store_true", help="no per-request progress on stderr")
    ap.add_argument("--strict-query", action="store_true",
                    help="score a search query as sessions 1-7 did (a substring test), to compare with their numbers")
    ap.add_argument("--resume-only", action="store_true",
                    help="report only the rows already in --checkpoint (a run cut short); nothing is routed")
    args = ap.parse_args(argv)

    from agent.config import Settings
    from agent.core import Agent
    from agent.routing.router import Router

    configs = [c.strip() for c in args.planner.split(",") if c.strip()]
    bad = [c for c in configs if c not in ("layered", "llm", "fast")]
    if bad:
        ap.error(f"unknown planner config(s): {', '.join(bad)}")
    over: dict[str, Any] = {}
    if args.threads:
        over["llm_threads"] = over["stt_threads"] = args.threads
    base = Settings(**over)
    agent0 = Agent(base)
    tools = set(agent0.registry.names())
    header = machine(base)
    extra0: list[str] = [f"availability: {args.availability}"]
    fast_router = Router(agent0.model, agent0.registry, base.model_copy(update={"planner": "fast"}))
    fast_router.assume_available = args.availability == "all"
    t0 = time.perf_counter()
    if hasattr(fast_router, "learned"):  # absent before the learned layer (baseline runs)
        fast_router.learned()
    extra0.append(f"learned layer load (embedder + bank vectors): {time.perf_counter() - t0:.2f}s")

    # load the LLM once, outside the timed calls, and warm the system-prompt cache
    if any(c != "fast" for c in configs) and not args.resume_only:
        t0 = time.perf_counter()
        getter = getattr(agent0.model, "get", None)
        if callable(getter):
            getter()
        load_s = time.perf_counter() - t0
        cache_note = set_llm_cache(agent0.model, args.llm_cache)
        warm = Agent(base.model_copy(update={"planner": "llm"}), model=agent0.model, registry=agent0.registry)
        t1 = time.perf_counter()
        warm.plan(WARMUP_REQUEST)
        warm_s = time.perf_counter() - t1
        extra0.append(f"LLM: {getattr(getattr(agent0.model, '_model', None), 'model_path', '?')}; "
                      f"load {load_s:.1f}s; first planner call (system prompt evaluated, not scored) {warm_s:.1f}s; "
                      f"{cache_note}")
        try:
            import llama_cpp

            extra0.append(f"llama-cpp-python {llama_cpp.__version__}")
        except ImportError:
            pass
    done = load_checkpoint(args.checkpoint)
    agents = {}
    for cfg in configs:
        a = Agent(base.model_copy(update={"planner": cfg}), model=agent0.model, registry=agent0.registry)
        a.router.assume_available = args.availability == "all"
        a.router._learned = getattr(fast_router, "_learned", None)  # one embedder for every config
        a.plan("warm up the learned layer")
        agents[cfg] = a

    ckpt = args.checkpoint.open("a", encoding="utf-8") if args.checkpoint else None
    for set_path in args.set or DEFAULT_SETS:
        set_path = set_path if set_path.is_absolute() else ROOT / set_path
        rows = load_set(set_path)
        if args.group:
            wanted = {g.strip() for gs in args.group for g in gs.split(",") if g.strip()}
            rows = [r for r in rows if r["group"] in wanted]
        skipped: dict[str, int] = defaultdict(int)
        kept = []
        for r in rows:
            if skipped_reason(r, tools):
                skipped[r["group"]] += 1
            else:
                kept.append(r)
        rows = kept[: args.limit] if args.limit else kept
        if args.resume_only:
            rows = [r for r in rows if all(_ckpt_key(c, r) in done for c in configs)]
        if not rows:
            print(f"{set_path}: nothing to run", file=sys.stderr)
            continue
        extra = list(extra0)
        load_before = os.getloadavg()
        fast = [fast_only(fast_router, r) for r in rows]
        results: dict[str, list[dict[str, Any]]] = {}
        resumed = 0
        for cfg in configs:
            res = []
            t_cfg = time.perf_counter()
            for i, row in enumerate(rows, start=1):
                key = _ckpt_key(cfg, row)
                if key in done:
                    r = done[key]
                    resumed += 1
                else:
                    r = route_row(agents[cfg], row)
                    if ckpt is not None:
                        ckpt.write(json.dumps({"key": key, "result": r}, ensure_ascii=False) + "\n")
                        ckpt.flush()
                r.update(score(row["expected"]["steps"], r["steps"], r["rejected"], loose(row), args.strict_query))
                res.append(r)
                if not args.quiet:
                    mark = "ok  " if r["full_ok"] else "FAIL"
                    shown = row["id"] if set_path.name != "test.jsonl" else f"{i}"
                    print(f"[{set_path.stem} {cfg} {i}/{len(rows)}] {mark if set_path.name != 'test.jsonl' else ''} "
                          f"{shown} {r['layer']} {r['seconds']:.2f}s", file=sys.stderr, flush=True)
            results[cfg] = res
            extra.append(f"planner={cfg}: {time.perf_counter() - t_cfg:.1f}s wall for {len(rows)} requests")
        if resumed:
            extra.append(f"{resumed} result(s) resumed from {args.checkpoint} (routed by an earlier, interrupted run)")
        load_after = os.getloadavg()
        try:
            import resource

            extra.append(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        except ImportError:
            pass
        extra.append("load avg before/after routing: "
                     + ", ".join(f"{x:.2f}" for x in load_before) + " / " + ", ".join(f"{x:.2f}" for x in load_after))
        extra.append("")
        print(report(rows, results, fast, dict(skipped), header, extra, title=str(set_path.relative_to(ROOT) if set_path.is_relative_to(ROOT) else set_path),
                     hide_rows=set_path.name == "test.jsonl"))
        print()
        if args.json:
            dump = []
            for i, row in enumerate(rows):
                item = {**row, "fast_layers": fast[i]}
                for cfg in configs:
                    item[cfg] = results[cfg][i]
                dump.append(item)
            out = args.json.with_suffix(f".{set_path.stem}.json")
            out.write_text(json.dumps({"machine": header, "configs": configs, "skipped": skipped,
                                       "results": dump}, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"per-request results: {out}", file=sys.stderr)
    if ckpt is not None:
        ckpt.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
