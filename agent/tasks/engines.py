"""Batch engines and the batch runner.

Every engine turns a list of Tasks into a stream of result records (in completion order);
``run_batch`` is the single writer that appends them to the JSONL results file, so resume
and crash safety (agent/tasks.py) are the same whatever runs the tasks.

- ``local`` with 1 worker: in this process, one Agent.
- ``local`` with N workers: N spawned processes (ProcessPoolExecutor); an initializer builds
  one Agent per worker, so models load once per worker.
- ``ray``: N Ray actors, each holding one Agent; results come back through ``ray.wait``.
  ``ray_address`` joins an existing cluster, otherwise a local Ray is started for the run.

Each worker gets ``llm_threads = stt_threads = vision_threads = max(1, cores // workers)`` (unless threads are
given) so workers do not fight over the cores.

Testing / embedding hook: ``Settings.agent_factory`` (env ``MMAGENT_AGENT_FACTORY``) names a
``module:function`` that takes Settings and returns an Agent; every worker builds its Agent
with it (tests use it to run scripted models and fake tools inside worker processes).
"""

from __future__ import annotations

import importlib
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from agent.tasks.taskfile import ResultsFile, Task, input_hash, run_task
from tools.errors import MissingDependencyError, UsageError

REPO_ROOT = Path(__file__).resolve().parents[1]


def build_agent(settings: Any) -> Any:
    """The Agent a worker uses: ``settings.agent_factory`` if set, else ``Agent(settings)``."""
    if getattr(settings, "agent_factory", None):
        module, _, name = settings.agent_factory.partition(":")
        try:
            factory = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:
            raise UsageError(f"agent factory {settings.agent_factory!r} not importable: {exc}",
                             "set MMAGENT_AGENT_FACTORY to module:function") from exc
        return factory(settings)
    from agent.core import Agent

    return Agent(settings)


def worker_settings(settings: Any, workers: int, threads: int | None = None) -> Any:
    n = threads or max(1, (os.cpu_count() or 1) // max(1, workers))
    fields = [f for f in ("llm_threads", "stt_threads", "vision_threads") if f in type(settings).model_fields]
    return settings.model_copy(update=dict.fromkeys(fields, n))


def failed_record(task: Task, exc: BaseException, kind: str) -> dict[str, Any]:
    return {"id": task.id, "request": task.request, "attachments": task.attachments, "status": "failed",
            "answer": "", "plan": None, "tool_results": [], "files": [], "timings": {},
            "error": f"{type(exc).__name__}: {exc}".splitlines()[0], "error_kind": kind}


# -- engines -------------------------------------------------------------------------


class SerialEngine:
    def __init__(self, settings: Any) -> None:
        self.settings = settings

    def results(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        agent = build_agent(self.settings)
        try:
            for t in tasks:
                yield run_task(agent, t)
        finally:
            agent.close()


_WORKER_AGENT: Any = None


def _init_worker(settings: Any) -> None:
    global _WORKER_AGENT
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    _WORKER_AGENT = build_agent(settings)


def _work(task: Task) -> dict[str, Any]:
    return run_task(_WORKER_AGENT, task)


class ProcessEngine:
    def __init__(self, settings: Any, workers: int) -> None:
        self.settings, self.workers = settings, workers

    def results(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor, as_completed

        ex = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                 initializer=_init_worker, initargs=(self.settings,))
        try:
            futures = {ex.submit(_work, t): t for t in tasks}
            for fut in as_completed(futures):
                try:
                    yield fut.result()
                except Exception as exc:  # noqa: BLE001 - a dead worker fails its task, not the batch
                    yield failed_record(futures[fut], exc, "worker_crash")
        finally:
            procs = list((getattr(ex, "_processes", None) or {}).values())
            ex.shutdown(wait=False, cancel_futures=True)
            for p in procs:  # in-flight tasks are dropped; resume reruns them
                if p.is_alive():
                    p.terminate()
            for p in procs:
                p.join(5)


class AgentActor:
    """A Ray actor holding one Agent (models load once per actor)."""

    def __init__(self, settings: Any) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self.agent = build_agent(settings)

    def run(self, task: Task) -> dict[str, Any]:
        return run_task(self.agent, task)


class RayEngine:
    def __init__(self, settings: Any, workers: int, address: str | None = None) -> None:
        self.settings, self.workers, self.address = settings, workers, address

    def _init(self, ray: Any) -> bool:
        if ray.is_initialized():
            return False
        path = [str(REPO_ROOT), os.getcwd(), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        env = {k: v for k, v in os.environ.items() if k.startswith(("MMAGENT_", "HF_", "TRANSFORMERS_"))}
        env.update(PYTHONPATH=os.pathsep.join(dict.fromkeys(path)), HF_HUB_OFFLINE="1")
        kw: dict[str, Any] = {"runtime_env": {"env_vars": env}, "log_to_driver": False, "logging_level": "ERROR"}
        if self.address:
            ray.init(address=self.address, **kw)
        else:
            ray.init(num_cpus=self.workers, include_dashboard=False, _node_ip_address="127.0.0.1",
                     object_store_memory=80 * 1024 * 1024, **kw)
        return True

    def results(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        try:
            import ray
        except ImportError as exc:
            raise MissingDependencyError("ray", "ray", "--engine ray") from exc
        started = self._init(ray)
        actor_cls = ray.remote(num_cpus=1, max_restarts=1)(AgentActor)
        actors = [actor_cls.remote(self.settings) for _ in range(self.workers)]
        queue = iter(tasks)
        pending: dict[Any, tuple[Any, Task]] = {}

        def submit(actor: Any) -> None:
            task = next(queue, None)
            if task is not None:
                pending[actor.run.remote(task)] = (actor, task)

        try:
            for a in actors:
                submit(a)
            while pending:
                done, _ = ray.wait(list(pending), num_returns=1)
                actor, task = pending.pop(done[0])
                try:
                    rec = ray.get(done[0])
                except ray.exceptions.RayError as exc:
                    rec = failed_record(task, exc, "worker_crash")
                submit(actor)
                yield rec
        finally:
            for a in actors:
                ray.kill(a)
            if started:
                ray.shutdown()


def make_engine(settings: Any, engine: str = "local", workers: int = 1, *, ray_address: str | None = None,
                threads: int | None = None) -> Any:
    if workers < 1:
        raise UsageError("--workers must be at least 1", "use --workers 1 or more")
    if engine == "ray":
        return RayEngine(worker_settings(settings, workers, threads), workers, ray_address)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r}", "use --engine local or --engine ray")
    ws = worker_settings(settings, workers, threads)
    return SerialEngine(ws) if workers == 1 else ProcessEngine(ws, workers)


# -- the runner ------------------------------------------------------------------------


@dataclass
class BatchSummary:
    out: str
    total: int = 0
    ok: int = 0  # run now and succeeded
    failed: int = 0  # run now and failed
    skipped: int = 0  # already in the results file with the same input hash
    failed_total: int = 0  # failed records in the final file for these tasks (incl. skipped)
    not_run: int = 0
    seconds: float = 0.0
    engine: str = "local"
    workers: int = 1
    interrupted: bool = False
    stopped_early: bool = False
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return self.failed_total == 0 and self.not_run == 0 and not self.interrupted

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["success"] = self.success
        return d


def run_batch(tasks: list[Task], out: str | Path, settings: Any, *, engine: str = "local", workers: int = 1,
              ray_address: str | None = None, threads: int | None = None, retry_failed: bool = False,
              fail_fast: bool = False, progress: bool = True) -> BatchSummary:
    """Run ``tasks`` into the JSONL file ``out``, skipping tasks already done (see agent/tasks.py)."""
    from tqdm import tqdm

    rf = ResultsFile(out)
    rf.load()
    digests = {t.id: input_hash(t) for t in tasks}
    todo = [t for t in tasks if not rf.is_done(t, digests[t.id], retry_failed)]
    summary = BatchSummary(out=str(out), total=len(tasks), skipped=len(tasks) - len(todo), engine=engine,
                           workers=workers)
    counts = {"ok": 0, "failed": 0, "skipped": summary.skipped}
    bar = tqdm(total=len(tasks), initial=summary.skipped, disable=not progress, unit="task", dynamic_ncols=True)
    bar.set_postfix(counts)
    t0 = time.perf_counter()
    n = max(1, min(workers, len(todo)))  # never start (and load models in) workers with nothing to do
    stream = make_engine(settings, engine, n, ray_address=ray_address, threads=threads).results(todo) \
        if todo else iter(())
    try:
        for rec in stream:
            rec["input_hash"] = digests[rec["id"]]
            rf.append(rec)
            counts[rec["status"]] += 1
            bar.update(1)
            bar.set_postfix(counts)
            if fail_fast and rec["status"] == "failed":
                summary.stopped_early = True
                break
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        getattr(stream, "close", lambda: None)()
        bar.close()
        rf.compact(t.id for t in tasks)
    summary.seconds = round(time.perf_counter() - t0, 3)
    summary.ok, summary.failed = counts["ok"], counts["failed"]
    final = [rf.records.get(t.id) for t in tasks]
    summary.not_run = sum(1 for r in final if r is None)
    summary.failures = [{"id": r["id"], "error": r["error"]} for r in final if r and r.get("status") == "failed"]
    summary.failed_total = len(summary.failures)
    return summary
