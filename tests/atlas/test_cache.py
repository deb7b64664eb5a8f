"""The start-up cache: reused for identical inputs, never for edited ones, and harmless when damaged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fasciamap.atlas import AtlasError, load, load_atlas

ROOT = Path(__file__).resolve().parents[2]


def test_second_start_skips_schema_import_and_svg_parsing(tmp_path: Path) -> None:
    code = (
        "import sys, fasciamap.atlas as a; a.load(); "
        "print('jsonschema' in sys.modules, 'svg.path' in sys.modules, 'networkx' in sys.modules)"
    )
    env = {"FASCIAMAP_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    second = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.split() == ["True", "True", "False"]
    assert second.stdout.split() == ["False", "False", "False"]
    assert len(list(tmp_path.glob("*.bin"))) == 3  # one schema verdict, two parsed views


def test_an_edited_file_is_validated_again(tmp_path: Path, monkeypatch, write_data) -> None:
    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path / "cache"))
    good = write_data(lambda d: None)
    load_atlas(good)
    text = good.read_text("utf-8").replace('"kind": "fascia"', '"kind": "organ"', 1)
    good.write_text(text, "utf-8")
    with pytest.raises(AtlasError, match="'organ' is not one of"):
        load_atlas(good)


def test_a_damaged_cache_entry_is_recomputed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path))
    first = load()
    for entry in tmp_path.glob("*.bin"):
        entry.write_bytes(b"\x00garbage")
    again = load()
    assert again.atlas == first.atlas
    assert set(again.views["back"].structures) == set(first.views["back"].structures)


def test_a_bad_file_is_never_cached(tmp_path: Path, monkeypatch, write_data) -> None:
    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path / "cache"))
    bad = write_data(lambda d: d["regions"][0].update(kind="organ"))
    for _ in range(2):
        with pytest.raises(AtlasError, match="'organ' is not one of"):
            load_atlas(bad)
    assert not list((tmp_path / "cache").glob("schema-*"))
