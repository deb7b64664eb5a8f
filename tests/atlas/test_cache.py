"""The start-up cache: reused for identical inputs, never for edited ones, and harmless when damaged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fasciamap.atlas import AtlasError, cache, load, load_atlas

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
    # one schema verdict, one cross-check verdict, a parse per view (the left side is the right mirrored)
    assert len(list(tmp_path.glob("*.bin"))) == 2 + 4


def test_a_checked_start_parses_only_the_view_it_shows(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path))
    load()  # checks everything and keeps the verdict
    loaded = load()
    views = loaded.views
    assert set(views) == {"front", "back", "right", "left"} and "left" in views
    assert not views._parsed  # nothing parsed yet: each view waits until it is shown
    assert views["back"].structures and set(views._parsed) == {"back"}


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


F = cache._FORMAT
WRONG_SHAPES = [  # each signed with a valid digest, so that it reaches the format and shape checks
    [("regions[0].kind", "a problem made up by an old version")],  # a value of the first format
    (F, "schema", [("regions[0].kind", "a made-up problem")]),  # the right envelope, the wrong value
    (F, "svg", True),  # another kind's envelope
    (F, "svg", (("0", 0, 1, 1), (), [], [], [])),  # a view box of the wrong types
    (F, "svg", ((0.0, 0.0, 10.0, 10.0), (("M", (0.0,)),), [], [], [])),  # a point with one coordinate
    (F, "svg", ((0.0, 0.0, 10.0, 10.0), (), [("x", "superficial", ((("organ", (("Z",),)),)), (), ())], [], [])),
    (1, "svg", None),
    None, 0, "text", b"bytes", {"a": 1}, [None] * 3,
]


def _signed(value: object) -> bytes:
    import hashlib
    import marshal

    payload = marshal.dumps(value)
    return cache._MAGIC + hashlib.sha256(payload).digest() + payload


@pytest.mark.parametrize("value", WRONG_SHAPES, ids=range(len(WRONG_SHAPES)))
def test_a_cache_entry_of_the_wrong_shape_is_a_miss_and_is_rewritten(value, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path))
    first = load()
    entries = list(tmp_path.glob("*.bin"))
    good = {entry: entry.read_bytes() for entry in entries}
    for entry in entries:
        entry.write_bytes(_signed(value))
    again = load()  # neither a crash nor a made-up problem in the good file
    assert again.atlas == first.atlas
    assert again.views["back"].structures == first.views["back"].structures
    assert {entry: entry.read_bytes() for entry in entries} == good  # rewritten


def test_a_full_disk_leaves_no_temporary_files(tmp_path: Path, monkeypatch) -> None:
    import errno


    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache.os, "replace", full)
    for _ in range(2):
        load()
    assert list(tmp_path.iterdir()) == []


def test_a_cache_folder_that_cannot_be_written_is_used_read_only(tmp_path: Path, monkeypatch) -> None:
    import tempfile

    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path))
    first = load()
    filled = sorted(p.name for p in tmp_path.iterdir())

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert load().atlas == first.atlas  # read from the cache
    for entry in tmp_path.iterdir():
        entry.unlink()
    assert load().atlas == first.atlas  # computed, not stored
    assert list(tmp_path.iterdir()) == [] and filled


def test_a_fifo_in_the_cache_folder_does_not_hang(tmp_path: Path, monkeypatch) -> None:
    import os

    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path))
    first = load()
    for entry in list(tmp_path.glob("*.bin")):
        entry.unlink()
        os.mkfifo(entry)
    assert load().atlas == first.atlas
