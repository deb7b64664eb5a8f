"""A real wheel carries the data and artwork, and works from any folder once installed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=600)
    return next(out.glob("fasciamap-*.whl"))


def test_wheel_contains_data_and_artwork(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "fasciamap/_bundled/data/regions.json" in names
    assert "fasciamap/_bundled/data/learn.json" in names  # the primer and the guided tours
    assert "fasciamap/atlas/learn.schema.json" in names
    assert {f"fasciamap/_bundled/svg/{name}.svg" for name in (
        "front", "back", "lateral", "zones-front", "zones-back", "zones-lateral")} <= names
    assert "fasciamap/atlas/regions.schema.json" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "fasciamap = fasciamap.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_works_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, text=True, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FASCIAMAP_")}
    env["PYTHONPATH"] = str(target)
    result = subprocess.run([sys.executable, "-m", "fasciamap", "check"], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK:") and "pain zones" in result.stdout  # the zone artwork ships too
    assert "8 guided tours" in result.stdout  # and the learning content
    where = subprocess.run([sys.executable, "-c", "import fasciamap.resources as r; print(r.data_file())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert str(target) in where.stdout
