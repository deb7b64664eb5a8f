"""The shipped artwork, measured with Qt's path geometry: structures of one layer do not overlap,
the layers together cover the body outline, every structure of the figure lies inside it, and under
every surface structure something deeper is drawn (peel anywhere and the next depth is there)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPainterPath

from fasciamap.ui.painter_paths import to_painter_path

VIEWS = ["front", "back", "right", "left"]


def _area(path: QPainterPath) -> float:
    total = 0.0
    for poly in path.toFillPolygons():
        pts = [(poly.at(i).x(), poly.at(i).y()) for i in range(poly.size())]
        total += abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
    return total


def _shape(parts) -> QPainterPath:
    path = QPainterPath()
    for part in parts:
        path = path.united(to_painter_path(part.outline))
    return path


def _union(paths: list[QPainterPath]) -> QPainterPath:
    while len(paths) > 1:
        merged = [a.united(b) for a, b in zip(paths[::2], paths[1::2])]
        paths = merged + paths[len(merged) * 2:]
    return paths[0] if paths else QPainterPath()


def _view(loaded, view_id: str):
    assert view_id in loaded.views, f"the data has no {view_id} view"
    return loaded.views[view_id]


@pytest.mark.parametrize("view_id", VIEWS)
def test_layers_tile_without_overlap_and_cover_the_body(qapp, loaded, view_id: str) -> None:
    art = _view(loaded, view_id)
    silhouette = to_painter_path(art.silhouette)
    body_area = _area(silhouette)
    markers = {n for n, s in art.structures.items() if all(p.tissue == "landmark" for p in s.parts)}
    shapes = {node: (s.layer, _shape(s.parts)) for node, s in art.structures.items()}
    items = list(shapes.items())
    for i, (a, (layer_a, pa)) in enumerate(items):
        for b, (layer_b, pb) in items[i + 1:]:
            if {a, b} & markers:
                continue  # a bony landmark is a marker on its bone
            if layer_a == layer_b and pa.boundingRect().intersects(pb.boundingRect()):
                assert _area(pa.intersected(pb)) < 2.0, f"{a} overlaps {b} in the {layer_a} layer"
    everything = _union([p for _, (_, p) in items])
    uncovered = _area(silhouette.subtracted(everything))
    assert uncovered < 0.01 * body_area, f"{uncovered:.0f} of {body_area:.0f} units² of the body are bare"
    outside = [n for n, (_, p) in items
               if silhouette.contains(p.boundingRect().center()) and _area(p.subtracted(silhouette)) > 2.0]
    assert not outside, f"sticking out of the body outline: {outside}"


# Share of the surface's area with deeper tissue (or bone) drawn beneath it, per view. Not yet 100%:
# the lateral view's arm and face and a few front/back strips (the front trapezius, the iliotibial
# tract, the fibulares) have nothing beneath them; these floors keep that from getting worse.
UNDER_SURFACE = {"front": 0.78, "back": 0.76, "right": 0.62, "left": 0.62}  # measured: 79.6, 77.3, 63.8%


@pytest.mark.parametrize("view_id", VIEWS)
def test_under_the_surface_a_deeper_layer_is_drawn(qapp, loaded, view_id: str) -> None:
    art = _view(loaded, view_id)
    depth = {layer.id: layer.depth for layer in loaded.atlas.layers.values()}
    deeper = _union([_shape(s.parts) for s in art.structures.values() if depth[s.layer] > 1])
    surface = _union([_shape(s.parts) for s in art.structures.values() if depth[s.layer] == 1])
    share = _area(surface.intersected(deeper)) / _area(surface)
    print(f"{view_id}: {100 * share:.1f}% of the surface has a deeper layer beneath it")
    assert share >= UNDER_SURFACE[view_id]
