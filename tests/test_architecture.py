"""Layering is enforced: import-linter's contracts (pyproject.toml) hold, and they do catch a break."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed (pip install 'mmagent[dev]')")
    env = {"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"}
    return subprocess.run([exe, "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_import_contracts_are_kept() -> None:
    r = _lint_imports(ROOT)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "0 broken" in r.stdout


def test_tools_never_import_agent() -> None:
    """The same rule read straight from the source, lazy imports inside functions included."""
    offenders = []
    for path in sorted((ROOT / "tools").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}:{node.lineno}" for n in names if n.split(".")[0] == "agent"]
    assert offenders == []


def test_a_broken_contract_is_caught(tmp_path: Path) -> None:
    """A copy of the project where a tool imports the agent: lint-imports must fail on it."""
    for name in ("agent", "tools", "prompts"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "tools" / "sneaky.py").write_text("from agent.core import Agent  # noqa\n", encoding="utf-8")
    r = _lint_imports(tmp_path)
    assert r.returncode != 0
    assert "tools.sneaky -> agent.core" in r.stdout
