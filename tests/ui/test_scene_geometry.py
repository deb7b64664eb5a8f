"""The scene's geometry read back from the start-up cache is the geometry parsed from the artwork, and
a damaged entry is a miss, never a wrong body or a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPainterPath

from fasciamap.atlas import cache, load
from fasciamap.ui import scene_geometry
from fasciamap.ui.scene_geometry import SceneGeometry, from_art, geometry_for


def _elements(path: QPainterPath) -> list[tuple[int, float, float]]:
    return [(int(path.elementAt(i).type.value), path.elementAt(i).x, path.elementAt(i).y)
            for i in range(path.elementCount())]


def _same(a: SceneGeometry, b: SceneGeometry) -> None:
    assert (a.view, a.view_box, a.labels) == (b.view, b.view_box, b.labels)
    assert _elements(a.silhouette) == _elements(b.silhouette)
    assert [(c, _elements(p)) for c, p in a.decor] == [(c, _elements(p)) for c, p in b.decor]
    assert a.structures.keys() == b.structures.keys()
    for node, s in a.structures.items():
        t = b.structures[node]
        assert (s.layer, s.covered) == (t.layer, t.covered)
        assert [(k, _elements(p)) for k, p in s.parts] == [(k, _elements(p)) for k, p in t.parts]
        assert _elements(s.fibres) == _elements(t.fibres)
        assert [_elements(d) for d in s.details] == [_elements(d) for d in t.details]


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FASCIAMAP_CACHE_DIR", str(tmp_path))
    return load(), tmp_path


def test_a_warm_start_reads_the_same_paths_without_parsing_the_view(cached) -> None:
    loaded, folder = cached
    first = geometry_for(loaded.views, "left")  # parsed (and mirrored), then stored
    assert len(list(folder.glob("scene-*.bin"))) == 1
    again = load()
    warm = geometry_for(again.views, "left")
    assert not again.views._parsed  # the artwork's outlines were never read back
    _same(warm, first)
    _same(warm, from_art(loaded.views["left"]))


@pytest.mark.parametrize("damage", ["truncate", "count", "flip"])
def test_a_damaged_entry_is_a_miss_and_is_rewritten(cached, damage: str) -> None:
    loaded, folder = cached
    good = geometry_for(loaded.views, "front")
    entry = next(folder.glob("scene-*.bin"))
    raw = bytearray(entry.read_bytes())
    if damage == "truncate":
        entry.write_bytes(bytes(raw[: len(raw) // 2]))
    elif damage == "flip":
        raw[len(raw) // 3] ^= 0xFF
        entry.write_bytes(bytes(raw))
    else:  # a well-formed entry (right digest) whose path claims more elements than it holds
        parts = (*loaded.views.key_of("front"), *_qt_parts())
        hit, stored = cache.lookup("scene", parts, scene_geometry._is_stored)
        assert hit
        box, silhouette, structures, decor, labels = stored
        bad = (len(silhouette) * 1000).to_bytes(4, "big") + silhouette[4:]
        cache.store("scene", parts, (box, bad, structures, decor, labels))
    again = load()
    _same(geometry_for(again.views, "front"), good)
    assert again.views._parsed  # a miss: parsed afresh
    _same(geometry_for(load().views, "front"), good)  # and the rewritten entry is good


def _qt_parts() -> tuple[bytes, bytes]:
    from PySide6.QtCore import qVersion

    return f"qt:{qVersion()}".encode(), str(scene_geometry.FORMAT).encode()


def test_stored_paths_are_checked_before_qt_reads_them() -> None:
    path = QPainterPath()
    path.moveTo(1, 2)
    path.cubicTo(3, 4, 5, 6, 7, 8)
    raw = scene_geometry._to_bytes(path)
    assert _elements(scene_geometry._from_bytes(raw)) == _elements(path)
    assert scene_geometry._from_bytes(scene_geometry._to_bytes(QPainterPath())).isEmpty()
    for bad in (raw[:-1], raw + b"\0", (2**31 - 1).to_bytes(4, "big") + raw[4:], b"", b"\xff\xff\xff\xff"):
        with pytest.raises(ValueError):
            scene_geometry._from_bytes(bad)
