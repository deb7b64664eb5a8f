"""Geometry check of a drawing: no two structures of one layer overlap, the superficial layer covers
the silhouette, and every structure stays inside it. Prints what is wrong, worst first.

    python -m tools.art.check front|back
"""

from __future__ import annotations

import os
import sys

from .engine import LAYERS, MID, Cubic, Drawing


def _qt_path(cubics_runs: list[list[Cubic]]):  # -> QPainterPath
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath

    path = QPainterPath()
    for run in cubics_runs:
        path.moveTo(QPointF(*run[0][0]))
        for c in run:
            path.cubicTo(QPointF(*c[1]), QPointF(*c[2]), QPointF(*c[3]))
        path.closeSubpath()
    return path


def area(path) -> float:
    """The area a QPainterPath fills (shoelace over its fill polygons)."""
    total = 0.0
    for poly in path.toFillPolygons():
        pts = [(poly.at(i).x(), poly.at(i).y()) for i in range(poly.size())]
        total += abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
    return total


def structure_paths(d: Drawing) -> dict[tuple[str, str], object]:
    """(layer, node id) -> QPainterPath of all its parts, both sides for paired structures."""
    from .engine import _mirror

    out = {}
    for s in d.structures:
        sides = [(f"{s.node}.{d.drawn_side}", False), (f"{s.node}.{d.mirrored_side}", True)] if s.paired else [(s.node, False)]
        for node_id, flip in sides:
            runs = []
            for part in s.parts:
                cub: list[Cubic] = []
                for r in part.boundary:
                    seg = d.ref(r, s.axis)
                    cub.extend(_mirror(seg, s.axis) if flip else seg)
                runs.append(cub)
            out[(s.layer, node_id)] = _qt_path(runs)
    return out


def check(d: Drawing) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    problems: list[tuple[float, str]] = []
    paths = structure_paths(d)
    items = list(paths.items())
    # A bony landmark is a marker drawn on its bone, so it may lie over the bone (and only there).
    markers = {s.node.split(".")[0] for s in d.structures if all(p.tissue == "landmark" for p in s.parts)}
    for i, ((layer_a, a), pa) in enumerate(items):
        for (layer_b, b), pb in items[i + 1:]:
            if {a.split(".")[0], b.split(".")[0]} & markers:
                continue
            if layer_a != layer_b or not pa.boundingRect().intersects(pb.boundingRect()):
                continue
            overlap = area(pa.intersected(pb))
            if overlap > 2.0:
                problems.append((overlap, f"overlap {overlap:7.1f} u² between {a} and {b} ({layer_a})"))
    if d.silhouette_refs:
        sil = _qt_path([[c for r in d.silhouette_refs for c in d.ref(r)]])
        sil_area = area(sil)
        union = None
        insets = {n for s in d.structures if s.axis != MID for n in (s.node,)}
        for (layer, node), p in items:
            if node.split(".")[0] in insets:
                continue  # an inset (e.g. the soles) is drawn beside the figure on purpose
            outside = area(p.subtracted(sil))
            if outside > 2.0:
                problems.append((outside, f"{node} sticks out of the silhouette by {outside:.1f} u²"))
            union = p if union is None else union.united(p)
        if union is not None:
            # Seen from the surface, every layer shows where nothing shallower covers it (the shin's
            # bare tibia, the soleus beside the gastrocnemius), so together they must tile the outline.
            gap = area(sil.subtracted(union))
            if gap > 0.01 * sil_area:
                problems.append((gap, f"the layers together leave {gap:.0f} u² ({100 * gap / sil_area:.1f}%) of the silhouette uncovered"))
    return [msg for _, msg in sorted(problems, reverse=True)]


def coverage(d: Drawing) -> dict[str, float]:
    """Per peel depth (that layer and everything deeper): the share of the silhouette drawn."""
    paths = structure_paths(d)
    sil = _qt_path([[c for r in d.silhouette_refs for c in d.ref(r)]])
    sil_area = area(sil)
    out: dict[str, float] = {}
    for k, layer in enumerate(LAYERS):
        shown = [p for (lay, _), p in paths.items() if LAYERS.index(lay) <= k]
        union = None
        for p in shown:
            union = p if union is None else union.united(p)
        out[layer] = 0.0 if union is None else area(sil.intersected(union)) / sil_area
    return out


def main(argv: list[str]) -> int:
    from importlib import import_module

    from .__main__ import VIEWS

    bad = 0
    for name in argv or list(VIEWS):
        drawing = import_module(f"{__package__}.{name}").build()
        found = check(drawing)
        shares = coverage(drawing)
        print(f"{name}: peeled to each depth, share of the outline drawn: "
              + ", ".join(f"{layer} {100 * share:.0f}%" for layer, share in reversed(shares.items())))
        for line in found:
            print(f"{name}: {line}")
        print(f"{name}: {len(found)} problem(s)")
        bad += len(found)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
