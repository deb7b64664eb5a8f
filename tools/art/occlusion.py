"""Which structures a view never shows at the surface of a peel: a deeper structure wholly covered by
the layers drawn above it there. The SVG marks each with ``data-covered="K"`` (hidden whenever the
body is peeled to depth K or shallower), so the app need not paint, cache or hit-test it there.

A structure counts as covered when less than ``TOLERANCE`` of it (and under 1 unit²) shows: borders
shared with the layer above leave only hairline slivers.
"""

from __future__ import annotations

from .engine import LAYERS, Drawing

TOLERANCE = 0.005
DEPTH = {layer: len(LAYERS) - i for i, layer in enumerate(LAYERS)}  # superficial 1 ... skeleton 4


def mark_covered(d: Drawing) -> None:
    from .check import _area, structure_paths

    paths = structure_paths(d)  # (layer, node id) -> QPainterPath, both sides of a pair
    by_depth: dict[int, list] = {}
    for (layer, _), path in paths.items():
        by_depth.setdefault(DEPTH[layer], []).append(path)
    unions: dict[tuple[int, int], object] = {}

    def union(top: int, below: int):  # every layer from depth ``top`` down to just above ``below``
        key = (top, below)
        if key not in unions:
            shapes = [p for depth in range(top, below) for p in by_depth.get(depth, [])]
            while len(shapes) > 1:
                merged = [a.united(b) for a, b in zip(shapes[::2], shapes[1::2])]
                shapes = merged + shapes[len(merged) * 2:]
            unions[key] = shapes[0] if shapes else None
        return unions[key]

    d.covered = {}
    for (layer, node), path in paths.items():
        depth = DEPTH[layer]
        area = _area(path)
        for top in range(depth - 1, 0, -1):  # the thinnest cover first: if it hides it, more layers do
            cover = union(top, depth)
            if cover is None:
                continue
            showing = _area(path.subtracted(cover))
            if showing < 1.0 and showing < TOLERANCE * max(area, 1.0):
                d.covered[node] = top
                break
