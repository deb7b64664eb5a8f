"""What lies under a pain zone: the structures drawn beneath a zone of the body's surface, found from
the artwork of the views that draw it, so that "the lines passing through the area" come from the
drawing itself rather than from a second hand-kept table.

Plain geometry on the outlines (no Qt): a zone covers a structure when a few points spread inside
the zone fall inside one of the structure's parts. Worked out per zone when first asked for.
"""

from __future__ import annotations

from collections.abc import Mapping

from .art import ArtView, Outline, Point

CURVE_STEPS = 6  # points per cubic segment when an outline is flattened
GRID = 5  # sample points per side of a zone's bounding box


def flatten(outline: Outline) -> list[list[Point]]:
    """The outline's subpaths as polygons (cubic segments sampled)."""
    rings: list[list[Point]] = []
    ring: list[Point] = []
    for cmd in outline:
        op = cmd[0]
        if op == "M":
            if len(ring) > 2:
                rings.append(ring)
            ring = [cmd[1]]
        elif op == "L":
            ring.append(cmd[1])
        elif op == "C" and ring:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = ring[-1], cmd[1], cmd[2], cmd[3]
            for k in range(1, CURVE_STEPS + 1):
                t = k / CURVE_STEPS
                u = 1 - t
                ring.append((u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
                             u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3))
        elif op == "Z" and len(ring) > 2:
            rings.append(ring)
            ring = []
    if len(ring) > 2:
        rings.append(ring)
    return rings


def _bounds(rings: list[list[Point]]) -> tuple[float, float, float, float]:
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else (0.0, 0.0, 0.0, 0.0)


def inside(rings: list[list[Point]], x: float, y: float) -> bool:
    """Even-odd point test over every ring."""
    hit = False
    for ring in rings:
        j = len(ring) - 1
        for i in range(len(ring)):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                hit = not hit
            j = i
    return hit


def sample_points(outline: Outline) -> list[Point]:
    """Points spread inside a zone (its grid points that fall inside it, or its centre)."""
    rings = flatten(outline)
    x0, y0, x1, y1 = _bounds(rings)
    points = [(x0 + (x1 - x0) * (i + 0.5) / GRID, y0 + (y1 - y0) * (j + 0.5) / GRID)
              for i in range(GRID) for j in range(GRID)]
    kept = [p for p in points if inside(rings, *p)]
    return kept or [((x0 + x1) / 2, (y0 + y1) / 2)]


class SurfaceCover:
    """Zone node -> the structure nodes drawn under it in any view that draws the zone."""

    def __init__(self, zone_art: Mapping[str, Mapping[str, Outline]], views: Mapping[str, ArtView]) -> None:
        self._zone_art = zone_art  # view id -> zone node -> outline
        self._views = views
        self._parts: dict[str, list[tuple[tuple[float, float, float, float], list[list[Point]], str]]] = {}
        self._cover: dict[str, frozenset[str]] = {}

    def _structures(self, view_id: str) -> list[tuple[tuple[float, float, float, float], list[list[Point]], str]]:
        parts = self._parts.get(view_id)
        if parts is None:
            parts = []
            for node, art in self._views[view_id].structures.items():
                for part in art.parts:
                    rings = flatten(part.outline)
                    if rings:
                        parts.append((_bounds(rings), rings, node))
            self._parts[view_id] = parts
        return parts

    def get(self, zone: str, default: frozenset[str] = frozenset()) -> frozenset[str]:
        if zone in self._cover:
            return self._cover[zone]
        found: set[str] = set()
        for view_id, zones in self._zone_art.items():
            if zone not in zones or view_id not in self._views:
                continue
            points = sample_points(zones[zone])
            for (x0, y0, x1, y1), rings, node in self._structures(view_id):
                if node in found:
                    continue
                if any(x0 <= x <= x1 and y0 <= y <= y1 and inside(rings, x, y) for x, y in points):
                    found.add(node)
        self._cover[zone] = frozenset(found)
        return self._cover[zone] or default
