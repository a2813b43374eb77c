"""Data files the code reads through importlib.resources ship in the wheel: each one sits in a package
folder and matches a pattern of pyproject's [tool.setuptools.package-data] (an editable install finds
them either way, so only this check catches a file left out)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = {".txt", ".jsonl", ".j2", ".json", ".html", ".js", ".css"}


def test_every_data_file_of_a_package_is_declared():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    missing = []
    for top in ("agent", "tools", "prompts"):
        for f in (ROOT / top).rglob("*"):
            if f.suffix not in DATA or "__pycache__" in f.parts:
                continue
            pkg_dir = f.parent
            while pkg_dir != ROOT and not (pkg_dir / "__init__.py").exists():
                pkg_dir = pkg_dir.parent
            pkg = ".".join(pkg_dir.relative_to(ROOT).parts)
            rel = f.relative_to(pkg_dir).as_posix()
            if not any(fnmatch.fnmatch(rel, pat) for pat in declared.get(pkg, [])):
                missing.append(f"{f.relative_to(ROOT)} (package {pkg})")
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
