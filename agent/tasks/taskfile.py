"""Scripted tasks: task files, templates over globs, input hashes, the JSONL results file, resume.

A task is ``{id, request, attachments, options}``.  Task files are YAML (a list, or a mapping
with a ``tasks`` list) or JSONL (one task per line).  Relative attachment paths in a task
file are resolved against the task file's folder.  ``template_tasks("transcribe {file}",
"recordings/*.wav")`` makes one task per matching file (the file is attached and substituted
for ``{file}``; ``{name}`` and ``{stem}`` also work; the id is the path).

Results file contract (one writer, the parent process):
- each record is one complete JSON line written with a single ``os.write`` then ``fsync``, so
  Ctrl-C or ``kill -9`` can at worst leave a trailing partial line, which the next run
  truncates before appending;
- a task is skipped on resume when a record with the same id *and* the same input hash is
  present (input hash = request + options + each attachment's path, size and mtime), and it
  succeeded, or it failed and ``retry_failed`` is off.  Failed tasks are therefore *not*
  retried by default (a bad file stays bad), but fixing the file changes its hash and reruns
  it; ``--retry-failed`` reruns every failed task.  The last record for an id wins, and the
  file is compacted (atomically) at the end of a run when an id appears more than once.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from tools.errors import InputFileError, MMAgentError, UsageError
from tools.media import special_kind


class TaskOptions(BaseModel):
    speak: bool = False


class Task(BaseModel):
    id: str
    request: str
    attachments: list[str] = Field(default_factory=list)
    options: TaskOptions = Field(default_factory=TaskOptions)


# -- loading ---------------------------------------------------------------------


MAX_TASK_FILE_BYTES = 100_000_000


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_TASK_FILE_BYTES:
            raise UsageError(f"{path}: task file is {size / 1e6:.0f} MB, above {MAX_TASK_FILE_BYTES / 1e6:.0f} MB",
                             "split it into smaller task files")
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"{path}: task file cannot be read ({exc.strerror or type(exc).__name__})",
                             "check the file's permissions") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: task file is not UTF-8 text (byte {exc.start})",
                         "save it as UTF-8 YAML or JSONL") from None
    if "\x00" in text:
        raise UsageError(f"{path}: task file contains NUL bytes (a binary file?)", "give a YAML or JSONL task file")
    return text


def _parse_entries(path: Path) -> list[Any]:
    text = _read_text(path)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{path}:{n}: not valid JSON ({exc.msg})", "one JSON task per line") from exc
                except RecursionError:
                    raise UsageError(f"{path}:{n}: JSON nested too deeply", "one flat JSON task per line") from None
        return out
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}", "fix the task file") from exc
    except RecursionError:
        raise UsageError(f"{path}: YAML nested too deeply", "write a flat list of tasks") from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a timestamp out of range
        raise UsageError(f"{path}: YAML value cannot be read ({type(exc).__name__})", "quote odd values") from None
    if data is None:
        raise UsageError(f"{path}: task file has no tasks", "write a list of tasks, each with a 'request'")
    if isinstance(data, dict) and "tasks" in data:
        data = data["tasks"]
    if not isinstance(data, list):
        raise UsageError(f"{path}: expected a list of tasks", "write '- id: ...\\n  request: ...' entries")
    return data


def load_tasks(path: str | Path) -> list[Task]:
    """Tasks from a YAML or JSONL file; ids default to ``task-<n>``; ids must be unique."""
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputFileError(f"{path}: task file not found", "check the path of the task file") from None
    except OSError as exc:  # symlink loop, name too long
        raise InputFileError(f"{path}: task file cannot be opened ({exc.strerror or type(exc).__name__})",
                             "check the path of the task file") from None
    special = special_kind(st.st_mode)
    if special:
        raise InputFileError(f"{path}: is {special}, not a task file", "give a .yaml or .jsonl task file")
    base = path.parent
    tasks: list[Task] = []
    for n, entry in enumerate(_parse_entries(path), 1):
        if isinstance(entry, str):
            entry = {"request": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("request"), str) or not entry["request"].strip():
            raise UsageError(f"{path}: task {n} has no 'request' text", "every task needs a request (a string)")
        entry = dict(entry)
        entry.setdefault("id", f"task-{n}")
        if not isinstance(entry["id"], str | int | float) or isinstance(entry["id"], bool):
            raise UsageError(f"{path}: task {n} has an 'id' that is not a string or number",
                             "give every task a short text id")
        entry["id"] = str(entry["id"])
        atts = entry.get("attachments") or []
        atts = [atts] if isinstance(atts, str) else atts
        if not isinstance(atts, list) or not all(isinstance(a, str) and a.strip() and "\x00" not in a for a in atts):
            raise UsageError(f"{path}: task {n} ('{entry['id']}'): 'attachments' must be a list of file names",
                             "write attachments: [memo.wav, photo.jpg]")
        try:
            paths = [Path(a).expanduser() for a in atts]
        except RuntimeError:  # ~user that does not exist
            raise UsageError(f"{path}: task {n}: an attachment names an unknown home folder",
                             "use a relative or absolute path") from None
        entry["attachments"] = [str(a if a.is_absolute() else base / a) for a in paths]
        try:
            tasks.append(Task.model_validate(entry))
        except ValueError as exc:
            raise UsageError(f"{path}: task {n} is invalid: {' '.join(str(exc).split())[:200]}",
                             "see the task format in the README") from None
    _check_unique(tasks, str(path))
    return tasks


def template_tasks(template: str, pattern: str, *, speak: bool = False) -> list[Task]:
    """One task per file matching ``pattern`` (sorted): ``{file}`` is substituted and attached."""
    if not isinstance(template, str) or not template.strip():
        raise UsageError("the request template is empty", 'give a template such as "transcribe {file}"')
    if not pattern or "\x00" in pattern:
        raise UsageError(f"--over {pattern!r}: not a file pattern", "give a glob such as 'recordings/*.wav'")
    try:
        matches = glob.glob(os.path.expanduser(pattern), recursive=True)
    except (OSError, ValueError, RecursionError) as exc:
        raise UsageError(f"--over {pattern!r}: bad pattern ({type(exc).__name__})",
                         "give a glob such as 'recordings/*.wav'") from None
    files = sorted(p for p in matches if os.path.isfile(p))
    if not files:
        raise InputFileError(f"no files match {pattern!r}", "check the --over pattern (quote it for the shell)")
    tasks = []
    for f in files:
        p = Path(f)
        req = template.replace("{file}", f).replace("{name}", p.name).replace("{stem}", p.stem)
        tasks.append(Task(id=f, request=req, attachments=[f], options=TaskOptions(speak=speak)))
    return tasks


def _check_unique(tasks: list[Task], where: str) -> None:
    seen: set[str] = set()
    for t in tasks:
        if t.id in seen:
            raise UsageError(f"{where}: duplicate task id {t.id!r}", "give every task a unique id")
        seen.add(t.id)


def input_hash(task: Task) -> str:
    """sha256 over the request, options and each attachment's path, size and mtime."""
    parts: list[Any] = [task.request, task.options.model_dump()]
    for a in task.attachments:
        try:
            st = os.stat(a)
            parts.append([a, st.st_size, st.st_mtime_ns])
        except OSError:
            parts.append([a, None, None])
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


# -- running one task (used by every engine) ------------------------------------------


def run_task(agent: Any, task: Task) -> dict[str, Any]:
    """Run one task on ``agent``; never raises for a bad input: the error goes in the record."""
    t0 = time.perf_counter()
    rec: dict[str, Any] = {"id": task.id, "request": task.request, "attachments": task.attachments,
                           "status": "ok", "answer": "", "plan": None, "tool_results": [], "files": [],
                           "timings": {}, "error": None, "error_kind": None}
    try:
        result = agent.run(task.request, task.attachments, speak=task.options.speak)
        rec.update(answer=result.answer, plan=result.plan.model_dump(mode="json"),
                   tool_results=[r.model_dump(mode="json") for r in result.tool_results],
                   files=[m.model_dump(mode="json") for m in result.files], timings=result.timings,
                   error=result.error)
        if result.error is not None:
            kinds = [r.error_kind for r in result.tool_results if not r.ok] + [result.plan.rejected_kind]
            rec.update(status="failed", error_kind=next((k for k in kinds if k), "error"))
    except MMAgentError as exc:
        kind = "bad_input" if isinstance(exc, InputFileError) else type(exc).__name__
        rec.update(status="failed", error=exc.one_line(), error_kind=kind)
    except Exception as exc:  # noqa: BLE001 - one broken task must never stop the batch
        rec.update(status="failed", error=f"{type(exc).__name__}: {exc}", error_kind="crash")
    rec["timings"] = {**rec["timings"], "task": round(time.perf_counter() - t0, 4)}
    rec["pid"] = os.getpid()
    return rec


# -- the results file ------------------------------------------------------------------


class ResultsFile:
    """Append-only JSONL with one writer; tolerant of a torn last line (see module docstring)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.records: dict[str, dict[str, Any]] = {}
        self.duplicates = False
        self._fd: int | None = None

    def load(self) -> dict[str, dict[str, Any]]:
        """Read existing records and truncate a trailing partial line left by a kill."""
        if not self.path.exists():
            return self.records
        data = self.path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            os.truncate(self.path, end)
        for line in data[:end].splitlines():
            try:
                rec = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue  # cannot happen with single-write lines; skipped defensively
            if isinstance(rec, dict) and "id" in rec:
                self.duplicates |= rec["id"] in self.records
                self.records[rec["id"]] = rec
        return self.records

    def is_done(self, task: Task, digest: str, retry_failed: bool = False) -> bool:
        rec = self.records.get(task.id)
        if rec is None or rec.get("input_hash") != digest:
            return False
        return rec.get("status") == "ok" or not retry_failed

    def append(self, rec: dict[str, Any]) -> None:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        line = (json.dumps(rec, ensure_ascii=False, default=str) + "\n").encode()
        os.write(self._fd, line)  # one write of one complete line
        os.fsync(self._fd)
        self.duplicates |= rec["id"] in self.records
        self.records[rec["id"]] = rec

    def compact(self, order: Iterable[str]) -> None:
        """Rewrite with one line per id (task order first), atomically; only when needed."""
        self.close()
        if not self.duplicates:
            return
        order = list(order)
        ids = order + [i for i in self.records if i not in set(order)]
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for i in ids:
                if i in self.records:
                    f.write(json.dumps(self.records[i], ensure_ascii=False, default=str) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
        self.duplicates = False

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
