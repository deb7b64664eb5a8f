"""The shipped artwork, measured with Qt's path geometry: structures of one layer do not overlap, the
superficial layer covers the body outline, and every structure of the figure lies inside it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPainterPath

from fasciamap.ui.painter_paths import to_painter_path


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


@pytest.mark.parametrize("view_id", ["front", "back"])
def test_layers_tile_without_overlap_and_cover_the_body(qapp, loaded, view_id: str) -> None:
    art = loaded.views[view_id]
    silhouette = to_painter_path(art.silhouette)
    body_area = _area(silhouette)
    shapes = {node: (s.layer, _shape(s.parts)) for node, s in art.structures.items()}
    items = list(shapes.items())
    for i, (a, (layer_a, pa)) in enumerate(items):
        for b, (layer_b, pb) in items[i + 1:]:
            if layer_a == layer_b and pa.boundingRect().intersects(pb.boundingRect()):
                assert _area(pa.intersected(pb)) < 2.0, f"{a} overlaps {b} in the {layer_a} layer"
    surface = QPainterPath()
    for node, (layer, path) in items:
        if layer == "superficial":
            surface = surface.united(path)
    uncovered = _area(silhouette.subtracted(surface))
    assert uncovered < 0.01 * body_area, f"{uncovered:.0f} of {body_area:.0f} units² of the body are bare"
    inside = silhouette.boundingRect().adjusted(-1, -1, 1, 1)
    outside = [n for n, (_, p) in items if not inside.contains(p.boundingRect()) and _area(p.subtracted(silhouette)) > 2.0]
    assert set(outside) <= {n for n in art.structures if n.split(".")[0] in {"plantar_fascia", "flexor_digitorum_brevis"}}
