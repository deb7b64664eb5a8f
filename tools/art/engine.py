"""A small planar-map engine that turns a landmark table and shared edges into FasciaMap's SVG body art.

Why a planar map: neighbouring structures of one layer are built from the *same* edge (walked once
forwards, once backwards), so they can never overlap or leave a gap, and the superficial layer tiles
the silhouette exactly. Paired structures are drawn once, on the viewer's left half, and mirrored, so
left and right match to the last decimal.

Conventions (see tools/art/README.md):
- Coordinates are SVG user units; one head height is 100 units; the midline is ``x = MID``.
- An *edge* is a named smooth curve through points (Catmull-Rom, emitted as cubic Beziers).
- An *edge reference* is a string: ``"name"`` (as drawn), ``"-name"`` (reversed), ``"~name"``
  (mirrored about the midline), ``"-~name"`` (mirrored and reversed).
- A *structure* is one or more closed *parts* (each a list of edge references walked end to start),
  with a tissue class per part, plus fibre lines and detail strokes that stay inside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence
from xml.sax.saxutils import escape

Point = tuple[float, float]
Cubic = tuple[Point, Point, Point, Point]

WIDTH = 420.0
HEIGHT = 860.0
MID = WIDTH / 2
HEAD = 100.0
TISSUES = ("muscle", "tendon", "aponeurosis", "fascia", "ligament", "bone", "landmark")
# Depth layers, deepest first (the SVG paints them in this order, so a viewer shows the surface on top).
LAYERS = ("skeleton", "deep", "intermediate", "superficial")
VIEWS = ("front", "back", "lateral")
_JOIN_TOLERANCE = 0.05


class ArtError(ValueError):
    """A drawing mistake, reported with the structure and edge it concerns."""


def _add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def _sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def _scale(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def catmull_rom(points: Sequence[Point], tension: float = 1.0) -> list[Cubic]:
    """Cubic segments of a smooth curve through every point (endpoints are kept exactly)."""
    if len(points) < 2:
        raise ArtError("an edge needs at least two points")
    pts = list(points)
    cubics: list[Cubic] = []
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else pts[i + 1]
        c1 = _add(p1, _scale(_sub(p2, p0), tension / 6.0))
        c2 = _sub(p2, _scale(_sub(p3, p1), tension / 6.0))
        cubics.append((p1, c1, c2, p2))
    return cubics


def _bezier_point(c: Cubic, t: float) -> Point:
    u = 1.0 - t
    return (
        u**3 * c[0][0] + 3 * u * u * t * c[1][0] + 3 * u * t * t * c[2][0] + t**3 * c[3][0],
        u**3 * c[0][1] + 3 * u * u * t * c[1][1] + 3 * u * t * t * c[2][1] + t**3 * c[3][1],
    )


def _sub_cubic(c: Cubic, t0: float, t1: float) -> Cubic:
    """The piece of a cubic between parameters t0 and t1 (de Casteljau)."""

    def split(cc: Cubic, t: float) -> tuple[Cubic, Cubic]:
        p01 = _add(cc[0], _scale(_sub(cc[1], cc[0]), t))
        p12 = _add(cc[1], _scale(_sub(cc[2], cc[1]), t))
        p23 = _add(cc[2], _scale(_sub(cc[3], cc[2]), t))
        a = _add(p01, _scale(_sub(p12, p01), t))
        b = _add(p12, _scale(_sub(p23, p12), t))
        m = _add(a, _scale(_sub(b, a), t))
        return (cc[0], p01, a, m), (m, b, p23, cc[3])

    if t0 <= 0 and t1 >= 1:
        return c
    right = split(c, t0)[1] if t0 > 0 else c
    if t1 >= 1:
        return right
    return split(right, (t1 - t0) / (1 - t0))[0]


def _reverse(cubics: list[Cubic]) -> list[Cubic]:
    return [(c[3], c[2], c[1], c[0]) for c in reversed(cubics)]


def _mirror_point(p: Point, axis: float) -> Point:
    return (2 * axis - p[0], p[1])


def _mirror(cubics: list[Cubic], axis: float) -> list[Cubic]:
    return [tuple(_mirror_point(p, axis) for p in c) for c in cubics]  # type: ignore[misc]


def sample(cubics: list[Cubic], count: int, start: float = 0.0, end: float = 1.0) -> list[Point]:
    """``count`` points evenly spaced by arc length between fractions ``start`` and ``end``."""
    dense: list[Point] = []
    for c in cubics:
        for k in range(24):
            dense.append(_bezier_point(c, k / 24))
    dense.append(cubics[-1][3])
    lengths = [0.0]
    for a, b in zip(dense, dense[1:]):
        lengths.append(lengths[-1] + _dist(a, b))
    total = lengths[-1] or 1.0
    out: list[Point] = []
    for i in range(count):
        f = start + (end - start) * ((i + 0.5) / count)
        target = f * total
        j = next((k for k, v in enumerate(lengths) if v >= target), len(lengths) - 1)
        if j == 0:
            out.append(dense[0])
            continue
        seg = lengths[j] - lengths[j - 1] or 1.0
        t = (target - lengths[j - 1]) / seg
        a, b = dense[j - 1], dense[j]
        out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return out


def _fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def path_data(cubics: list[Cubic], closed: bool) -> str:
    """SVG path data for a run of joined cubic segments."""
    if not cubics:
        return ""
    parts = [f"M{_fmt(cubics[0][0][0])},{_fmt(cubics[0][0][1])}"]
    for c in cubics:
        parts.append(
            "C" + " ".join(f"{_fmt(p[0])},{_fmt(p[1])}" for p in c[1:])
        )
    if closed:
        parts.append("Z")
    return " ".join(parts)


@dataclass
class Part:
    """One closed piece of a structure, of one tissue (a belly, its tendon, an aponeurosis)."""

    tissue: str
    boundary: list[str]


@dataclass
class Fibres:
    """Fibre lines from one edge (or point) to another, as a muscle's fibres run origin to insertion."""

    start: str | Point
    end: str | Point
    count: int = 8
    inset: float = 0.06  # fraction of each edge left bare at its ends
    bulge: float = 0.0  # sideways bow of every fibre, in units
    trim: float = 0.04  # fraction of each fibre cut off at both ends


@dataclass
class Structure:
    node: str
    layer: str
    parts: list[Part]
    fibres: list[Fibres] = field(default_factory=list)
    details: list[list[str]] = field(default_factory=list)
    paired: bool = True
    axis: float = MID


@dataclass
class Label:
    text: str
    x: float
    y: float
    size: float = 7.0
    anchor: str = "middle"


class Drawing:
    """One view of the body: landmarks, edges and structures, written out as one SVG file."""

    def __init__(self, view: str, title: str, width: float = WIDTH, height: float = HEIGHT) -> None:
        if view not in VIEWS:
            raise ArtError(f"unknown view {view!r}")
        self.view = view
        self.title = title
        self.width = width
        self.height = height
        # In the front view the viewer's left half is the figure's right; from behind, its left.
        # The lateral view shows the figure's right side (the left side is the same drawing mirrored
        # by the app), so its paired structures are written with an explicit ``.right`` and unpaired.
        self.drawn_side, self.mirrored_side = (
            ("left", "right") if view == "back" else ("right", "left")
        )
        # Nodes an older table drew that a layer module now draws (see tools/art/layers): skipped.
        self.replaced: set[str] = set()
        # Node id -> the peel depth down to which layers above hide it whole (tools/art/occlusion.py).
        self.covered: dict[str, int] = {}
        self.points: dict[str, Point] = {}
        self.edges: dict[str, list[Cubic]] = {}
        self.structures: list[Structure] = []
        self.silhouette_refs: list[str] = []
        self.decor_paths: list[tuple[str, str]] = []
        self.labels: list[Label] = []

    # -- building ---------------------------------------------------------------------------------
    def pt(self, name: str, x: float, y: float) -> str:
        """Define a landmark (on the viewer's left half or the midline) and return its name."""
        if name in self.points and self.points[name] != (x, y):
            raise ArtError(f"point {name!r} defined twice with different coordinates")
        self.points[name] = (float(x), float(y))
        return name

    def _resolve(self, p: str | Point) -> Point:
        if isinstance(p, str):
            if p.startswith("~"):
                return _mirror_point(self._resolve(p[1:]), MID)
            try:
                return self.points[p]
            except KeyError:
                raise ArtError(f"unknown point {p!r}") from None
        return (float(p[0]), float(p[1]))

    def edge(self, name: str, *through: str | Point, tension: float = 1.0) -> str:
        """A smooth edge through the given points (landmark names or coordinates)."""
        if name in self.edges:
            raise ArtError(f"edge {name!r} defined twice")
        if name.startswith(("-", "~")):
            raise ArtError(f"edge name {name!r} may not start with '-' or '~'")
        pts = [self._resolve(p) for p in through]
        self.edges[name] = catmull_rom(pts, tension)
        return name

    def outline(self, chain: Sequence[tuple[str, float, float] | str]) -> None:
        """Declare the body's outer outline on the viewer's left half, from the vertex to the crotch.

        ``chain`` holds ``(name, x, y)`` points; the string ``"corner"`` between two points makes
        the point before it a sharp corner. The whole run is one smooth curve per corner-free
        stretch, so any edge cut from it by :meth:`outline_edge` lies exactly on the silhouette.
        """
        runs: list[list[str]] = [[]]
        for item in chain:
            if item == "corner":
                runs.append([runs[-1][-1]])
                continue
            name, x, y = item  # type: ignore[misc]
            self.pt(name, x, y)
            runs[-1].append(name)
        self._outline_names: list[str] = []
        self._outline_cubics: list[Cubic] = []
        for run in runs:
            cubics = catmull_rom([self.points[n] for n in run])
            if not self._outline_names:
                self._outline_names.append(run[0])
            self._outline_names.extend(run[1:])
            self._outline_cubics.extend(cubics)

    def _outline_position(self, spec: str) -> tuple[int, float]:
        """``"waist"`` is an outline point; ``"waist@0.4"`` is 40% (in curve parameter) of the way on."""
        name, _, frac = spec.partition("@")
        try:
            index = self._outline_names.index(name)
        except (AttributeError, ValueError):
            raise ArtError(f"{spec!r} is not on the outline") from None
        t = float(frac) if frac else 0.0
        if not 0.0 <= t < 1.0 or (t and index >= len(self._outline_cubics)):
            raise ArtError(f"{spec!r}: fraction must be in [0, 1) and not after the last point")
        return index, t

    def outline_point(self, spec: str) -> Point:
        """Coordinates of an outline position (see :meth:`outline_edge`), registered as a point."""
        i, t = self._outline_position(spec)
        if t == 0:
            return self.points[self._outline_names[i]]
        p = _bezier_point(self._outline_cubics[i], t)
        if spec not in self.points:
            self.points[spec] = p
        return p

    def outline_edge(self, name: str, a: str, b: str) -> str:
        """An edge along the outline from position ``a`` to ``b`` (either direction).

        A position is an outline point name, or ``name@t`` for a point part-way along the
        outline segment that starts there, so junctions can sit anywhere on the silhouette.
        """
        if name in self.edges:
            raise ArtError(f"edge {name!r} defined twice")
        (i, ti), (j, tj) = self._outline_position(a), self._outline_position(b)
        forward = (i, ti) < (j, tj)
        (lo, tlo), (hi, thi) = ((i, ti), (j, tj)) if forward else ((j, tj), (i, ti))
        cubics: list[Cubic] = []
        k = lo
        while (k, 0.0) < (hi, thi) and k < len(self._outline_cubics):
            c = self._outline_cubics[k]
            start = tlo if k == lo else 0.0
            end = thi if k == hi else 1.0
            if end > start:
                cubics.append(_sub_cubic(c, start, end))
            k += 1
        if not cubics:
            raise ArtError(f"edge {name!r}: {a!r} and {b!r} are the same position")
        self.edges[name] = cubics if forward else _reverse(cubics)
        for spec in (a, b):
            self.outline_point(spec)
        return name

    def silhouette_from_outline(self) -> None:
        """Close the outline with its mirror image into the body silhouette."""
        first, last = self._outline_names[0], self._outline_names[-1]
        self.outline_edge("_outline", first, last)
        self.silhouette(["_outline", "-~_outline"])

    def line(self, name: str, a: str | Point, b: str | Point) -> str:
        """A straight edge."""
        pa, pb = self._resolve(a), self._resolve(b)
        d = _sub(pb, pa)
        self.edges[name] = [(pa, _add(pa, _scale(d, 1 / 3)), _add(pa, _scale(d, 2 / 3)), pb)]
        return name

    def ref(self, reference: str, axis: float = MID) -> list[Cubic]:
        """The cubic segments an edge reference stands for."""
        r = reference
        reverse = r.startswith("-")
        r = r[1:] if reverse else r
        mirror = r.startswith("~")
        r = r[1:] if mirror else r
        if r not in self.edges:
            raise ArtError(f"unknown edge {r!r} (in reference {reference!r})")
        cubics = self.edges[r]
        if mirror:
            cubics = _mirror(cubics, axis)
        if reverse:
            cubics = _reverse(cubics)
        return cubics

    def structure(
        self,
        node: str,
        layer: str,
        parts: Iterable[Part] | None = None,
        *,
        boundary: list[str] | None = None,
        tissue: str = "muscle",
        fibres: Iterable[Fibres] = (),
        details: Iterable[list[str]] = (),
        paired: bool = True,
        axis: float = MID,
    ) -> Structure:
        """Add a structure; either ``parts`` or a single ``boundary`` of ``tissue``.

        A node in :attr:`replaced` is skipped (its new drawing lives in a layer module)."""
        if layer not in LAYERS:
            raise ArtError(f"{node}: unknown layer {layer!r} (layers: {', '.join(LAYERS)})")
        if parts is None:
            if boundary is None:
                raise ArtError(f"{node}: give parts or a boundary")
            parts = [Part(tissue, boundary)]
        s = Structure(node, layer, list(parts), list(fibres), [list(d) for d in details], paired, axis)
        for p in s.parts:
            if p.tissue not in TISSUES:
                raise ArtError(f"{node}: unknown tissue {p.tissue!r}")
        if node not in self.replaced:
            self.structures.append(s)
        return s

    def move_to_layer(self, layers: dict[str, str]) -> None:
        """Put structures drawn by an older table at the depth the atlas gives them (node -> layer);
        the shape stays, so a surface piece becomes a window onto the same structure one layer down."""
        for s in self.structures:
            base = s.node.removesuffix(".right").removesuffix(".left")
            if base in layers:
                if layers[base] not in LAYERS:
                    raise ArtError(f"{s.node}: unknown layer {layers[base]!r}")
                s.layer = layers[base]

    def recast(self, node: str, as_node: str, tissue: str) -> None:
        """Draw what a table drew as ``node`` as another structure of the same layer (e.g. the surface
        over a muscle that lies one layer down: the sheet that covers it), keeping the shape."""
        for s in self.structures:
            base, dot, side = s.node.rpartition(".")
            if s.node == node or (dot and base == node and side in ("left", "right")):
                s.node = f"{as_node}.{side}" if dot and base == node else as_node
                s.parts = [Part(tissue, p.boundary) for p in s.parts]
                s.fibres = []

    def drop(self, *nodes: str) -> None:
        """Leave out structures a view cannot show (hidden behind bone from that side)."""
        self.structures = [s for s in self.structures
                           if s.node not in nodes and s.node.rpartition(".")[0] not in nodes]

    def silhouette(self, boundary: list[str]) -> None:
        """The body's outer outline (closed), used as a backdrop and to check coverage."""
        self.silhouette_refs = list(boundary)

    def decor(self, css_class: str, refs: list[str], closed: bool = False) -> None:
        """A non-interactive stroke (inset frame, leader line)."""
        self.decor_paths.append((css_class, self._chain("decor", refs, closed, MID, False)))

    def label(self, text: str, x: float, y: float, size: float = 7.0, anchor: str = "middle") -> None:
        self.labels.append(Label(text, x, y, size, anchor))

    # -- emitting ---------------------------------------------------------------------------------
    def _chain(self, owner: str, refs: list[str], closed: bool, axis: float, flip: bool) -> str:
        cubics: list[Cubic] = []
        for r in refs:
            seg = self.ref(r, axis)
            if flip:
                seg = _mirror(seg, axis)
            if cubics and _dist(cubics[-1][3], seg[0][0]) > _JOIN_TOLERANCE:
                raise ArtError(
                    f"{owner}: edge {r!r} starts at {seg[0][0]} but the previous edge ends at "
                    f"{cubics[-1][3]}"
                )
            if cubics:
                seg = [((cubics[-1][3]),) + seg[0][1:]] + seg[1:]  # type: ignore[list-item]
            cubics.extend(seg)
        if closed and cubics and _dist(cubics[-1][3], cubics[0][0]) > _JOIN_TOLERANCE:
            raise ArtError(
                f"{owner}: outline is not closed: ends at {cubics[-1][3]}, starts at {cubics[0][0]}"
            )
        return path_data(cubics, closed)

    def _fibre_paths(self, s: Structure, flip: bool) -> str:
        runs: list[str] = []
        for f in s.fibres:
            ends = []
            for spec in (f.start, f.end):
                if isinstance(spec, str) and spec.lstrip("-~") in self.edges:
                    cub = self.ref(spec, s.axis)
                    ends.append(sample(cub, f.count, f.inset, 1 - f.inset))
                else:
                    ends.append([self._resolve(spec)] * f.count)
            for a, b in zip(*ends):
                d = _sub(b, a)
                length = math.hypot(*d) or 1.0
                normal = (-d[1] / length, d[0] / length)
                a2 = _add(a, _scale(d, f.trim))
                b2 = _sub(b, _scale(d, f.trim))
                c1 = _add(_add(a, _scale(d, 1 / 3)), _scale(normal, f.bulge))
                c2 = _add(_add(a, _scale(d, 2 / 3)), _scale(normal, f.bulge))
                cub: Cubic = (a2, c1, c2, b2)
                if flip:
                    cub = tuple(_mirror_point(p, s.axis) for p in cub)  # type: ignore[assignment]
                runs.append(path_data([cub], False))
        return " ".join(runs)

    def _structure_svg(self, s: Structure, node_id: str, flip: bool) -> str:
        covered = f' data-covered="{self.covered[node_id]}"' if self.covered.get(node_id) else ""
        lines = [f'    <g id="{node_id}" class="structure" data-layer="{s.layer}"{covered}>']
        for i, part in enumerate(s.parts):
            d = self._chain(f"{node_id} part {i}", part.boundary, True, s.axis, flip)
            lines.append(f'      <path class="part {part.tissue}" d="{d}"/>')
        fibres = self._fibre_paths(s, flip)
        if fibres:
            lines.append(f'      <path class="fibres" d="{fibres}"/>')
        for i, detail in enumerate(s.details):
            d = self._chain(f"{node_id} detail {i}", detail, False, s.axis, flip)
            lines.append(f'      <path class="detail" d="{d}"/>')
        lines.append("    </g>")
        return "\n".join(lines)

    def svg(self) -> str:
        by_layer: dict[str, list[str]] = {}
        seen: set[str] = set()
        for s in self.structures:
            ids = (
                [(f"{s.node}.{self.drawn_side}", False), (f"{s.node}.{self.mirrored_side}", True)]
                if s.paired
                else [(s.node, False)]
            )
            for node_id, flip in ids:
                if node_id in seen:
                    raise ArtError(f"{node_id} drawn twice in the {self.view} view")
                seen.add(node_id)
                by_layer.setdefault(s.layer, []).append(self._structure_svg(s, node_id, flip))
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            "<!-- Drawn for FasciaMap; generated by tools/art (do not edit by hand: edit the tables"
            " and run `python -m tools.art`). -->",
            f'<svg xmlns="http://www.w3.org/2000/svg" '
            f'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
            f'viewBox="0 0 {_fmt(self.width)} {_fmt(self.height)}" width="{_fmt(self.width * 2)}" '
            f'height="{_fmt(self.height * 2)}" data-view="{self.view}">',
            f"  <title>{escape(self.title)}</title>",
            "  <defs>",
            "    <style>",
            STYLESHEET,
            "    </style>",
            '    <pattern id="fascia-weave" width="4" height="4" patternUnits="userSpaceOnUse">',
            '      <rect width="4" height="4" fill="#dfe4e6"/>',
            '      <path d="M-1,1 L1,-1 M0,4 L4,0 M3,5 L5,3" stroke="#c4ccd1" stroke-width="0.35"/>',
            "    </pattern>",
            "  </defs>",
        ]
        if self.silhouette_refs:
            d = self._chain("silhouette", self.silhouette_refs, True, MID, False)
            out += [
                '  <g id="silhouette" inkscape:groupmode="layer" inkscape:label="silhouette">',
                f'    <path id="body-outline" class="silhouette" d="{d}"/>',
                "  </g>",
            ]
        for layer in LAYERS:  # deepest first, so an SVG viewer shows the surface
            if layer in by_layer:
                out.append(
                    f'  <g id="layer-{layer}" class="layer" data-layer="{layer}" '
                    f'inkscape:groupmode="layer" inkscape:label="{layer}">'
                )
                out.extend(by_layer[layer])
                out.append("  </g>")
        if self.decor_paths or self.labels:
            out.append('  <g id="decor" inkscape:groupmode="layer" inkscape:label="decor">')
            for css, d in self.decor_paths:
                out.append(f'    <path class="{css}" d="{d}"/>')
            for lb in self.labels:
                out.append(
                    f'    <text class="label" x="{_fmt(lb.x)}" y="{_fmt(lb.y)}" '
                    f'font-size="{_fmt(lb.size)}" text-anchor="{lb.anchor}">{escape(lb.text)}</text>'
                )
            out.append("  </g>")
        out.append("</svg>")
        return "\n".join(out) + "\n"

    def write(self, path: Path) -> None:
        path.write_text(self.svg(), encoding="utf-8")


STYLESHEET = """\
      .silhouette { fill: #f3ebe3; stroke: #8a6f62; stroke-width: 0.6; }
      .part { stroke: #5b3a33; stroke-width: 0.45; stroke-linejoin: round; }
      .part.muscle { fill: #b8675c; }
      .part.tendon { fill: #efe6d2; }
      .part.aponeurosis { fill: #e6e1d3; }
      .part.fascia { fill: url(#fascia-weave); }
      .part.ligament { fill: #ddd6c4; }
      .part.bone { fill: #efe7cf; }
      .part.landmark { fill: #ddcfa8; stroke: #6f6045; }
      .fibres { fill: none; stroke: #8e4a41; stroke-width: 0.3; stroke-linecap: round; opacity: 0.7; }
      .detail { fill: none; stroke: #5b3a33; stroke-width: 0.4; stroke-linecap: round; }
      .layer[data-layer=intermediate] .part.muscle { fill: #ad5f55; }
      .layer[data-layer=deep] .part.muscle { fill: #a05549; }
      .layer[data-layer=skeleton] .part.bone { fill: #eee6d6; stroke: #a89c8a; }
      .inset-frame { fill: none; stroke: #8a8279; stroke-width: 0.5; stroke-dasharray: 2 1.5; }
      .skin { fill: #f1e4d8; stroke: #8a6f62; stroke-width: 0.45; }
      .label { fill: #5a514a; font-family: sans-serif; }"""
