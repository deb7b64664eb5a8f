"""The skeleton layer: the bones the soft tissue attaches to, drawn faintly beneath every muscle layer.

Bones overlap in any projection (ribs over the scapula, the patella over the femur), but one layer
must be a planar map. So each view is drawn as a painter would, front to back: every bone is given
as a plain outline (smooth control points, eight-head canon of figure.py) and what is already drawn
in front of it is cut away (``_Scene.add``), so a bone behind shows only where it is really seen.
The cutting works on dense polygons (Qt's path booleans) and the result is written as straight
segments, so neighbours meet without gaps or overlaps.

Bones that were subcutaneous pieces of the surface (clavicle, sternum, patella, the shin's tibia,
the heel's calcaneus, olecranon, spine of scapula) are drawn here on exactly the old outline, so
the hole they leave in the surface is filled by the bone. Bony landmarks are small markers (tissue
``landmark``) laid on their bone. Coordinates are the viewer's left half; paired bones are mirrored.
"""

from __future__ import annotations

import math
import os

from ..engine import MID, Drawing, Part, catmull_rom
from ..engine import _bezier_point

PREFIX = "sk_"
REPLACES: dict[str, set[str]] = {
    "front": {"sternum", "clavicle", "patella", "tibia"},
    "back": {"sacrum", "olecranon", "spine_of_scapula", "calcaneus"},
    "lateral": set(),
}

Poly = list[tuple[float, float]]
_SPEC = (os.environ.get("QT_QPA_PLATFORM"),)


# -- geometry ----------------------------------------------------------------------------------------
def _qt():
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath, QPolygonF

    return QPointF, QPainterPath, QPolygonF


def _path(polys: list[Poly]):
    QPointF, QPainterPath, QPolygonF = _qt()
    from PySide6.QtCore import Qt

    out = QPainterPath()
    for k, poly in enumerate(polys):
        p = QPainterPath()
        p.setFillRule(Qt.FillRule.WindingFill)
        p.addPolygon(QPolygonF([QPointF(x, y) for x, y in poly]))
        p.closeSubpath()
        out = p.simplified() if k == 0 else out.united(p)  # overlapping outlines merge, never cancel
    return out


def _area(poly: Poly) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]))) / 2


def _pieces(path, depth: int = 0) -> list[Poly]:
    """Simple closed polygons of a path; a piece with a hole is cut in two across the hole."""
    from PySide6.QtCore import QPointF, Qt

    simple = path.simplified()
    polys = []
    for qp in simple.toSubpathPolygons():
        pts = [(qp.at(i).x(), qp.at(i).y()) for i in range(qp.size())]
        if len(pts) > 2 and pts[0] == pts[-1]:
            pts = pts[:-1]
        if len(pts) >= 3:
            polys.append((pts, qp))
    outs = []
    for i, (pts, qp) in enumerate(polys):
        nest = sum(
            1 for j, (_, other) in enumerate(polys)
            if j != i and other.containsPoint(QPointF(*pts[0]), Qt.FillRule.OddEvenFill)
        )
        if nest % 2 == 0:
            outs.append(pts)
    holes = [pts for pts, _ in polys if pts not in outs]
    if holes:
        # open the first hole with a hair-thin slit to the nearest point of the outer border
        h = holes[0]
        best = None
        host = [o for o, qp in polys if o in outs and qp.containsPoint(QPointF(*h[0]), Qt.FillRule.OddEvenFill)]
        for o in host or outs:
            for p in o[::2]:
                for q in h[::2]:
                    dd = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
                    if best is None or dd < best[0]:
                        best = (dd, p, q)
        _, p, q = best
        dx, dy = p[0] - q[0], p[1] - q[1]
        ln = math.hypot(dx, dy) or 1.0
        ux, uy = dx / ln, dy / ln
        nx, ny = -uy * 0.12, ux * 0.12
        a = (q[0] - ux * 0.6, q[1] - uy * 0.6)
        b = (p[0] + ux * 0.6, p[1] + uy * 0.6)
        slit = _path([[(a[0] + nx, a[1] + ny), (b[0] + nx, b[1] + ny), (b[0] - nx, b[1] - ny),
                       (a[0] - nx, a[1] - ny)]])
        if depth > 60:
            return outs
        return _pieces(simple.subtracted(slit), depth + 1)
    return outs


def smooth(pts: Poly, per: int = 6) -> Poly:
    """A closed Catmull-Rom loop through the control points, as a dense polygon."""
    ext = [pts[-1], *pts, pts[0], pts[1]]
    cubics = catmull_rom(ext)[1:-1]
    out: Poly = []
    for c in cubics:
        for k in range(per):
            out.append(_bezier_point(c, k / per))
    return out


def open_curve(pts: Poly, per: int = 6) -> Poly:
    cubics = catmull_rom(pts)
    out: Poly = []
    for c in cubics:
        for k in range(per):
            out.append(_bezier_point(c, k / per))
    out.append(cubics[-1][3])
    return out


def strip(centre: Poly, widths: list[float] | float, per: int = 6, cap: bool = True,
          cut: int | None = None) -> Poly | tuple[Poly, Poly]:
    """A band of varying width along a smooth centre line (a rib, a long bone), rounded at the ends.

    With ``cut`` (a control point index) the band is returned as two pieces that meet there on one
    shared cross-section (the anterior and posterior parts of a rib)."""
    line = open_curve(centre, per)
    n = len(line)
    if isinstance(widths, (int, float)):
        widths = [float(widths)] * len(centre)
    # width at each dense point, interpolated between the control points
    ws = []
    for i in range(n):
        f = i / (n - 1) * (len(widths) - 1)
        k = min(int(f), len(widths) - 2)
        ws.append(widths[k] + (widths[k + 1] - widths[k]) * (f - k))
    left, right = [], []
    for i, (x, y) in enumerate(line):
        a = line[max(i - 1, 0)]
        b = line[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        h = ws[i] / 2
        left.append((x + nx * h, y + ny * h))
        right.append((x - nx * h, y - ny * h))

    def band(i0: int, i1: int, cap0: bool, cap1: bool) -> Poly:
        out = left[i0:i1 + 1]
        if cap1:
            out += _cap(line[i1], line[i1 - 1], ws[i1] / 2)
        out += right[i0:i1 + 1][::-1]
        if cap0:
            out += _cap(line[i0], line[i0 + 1], ws[i0] / 2)
        return out

    if cut is None:
        return band(0, n - 1, cap, cap)
    m = cut * per
    return band(0, m, cap, False), band(m, n - 1, False, cap)


def _cap(end, prev, r) -> Poly:
    ang = math.atan2(end[1] - prev[1], end[0] - prev[0])
    return [(end[0] + r * math.cos(ang + a), end[1] + r * math.sin(ang + a))
            for a in (math.pi / 2 - k * math.pi / 6 for k in range(1, 6))]


def ellipse(cx: float, cy: float, rx: float, ry: float | None = None, n: int = 16, rot: float = 0.0) -> Poly:
    ry = rx if ry is None else ry
    c, s = math.cos(rot), math.sin(rot)
    out = []
    for k in range(n):
        a = 2 * math.pi * k / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * c - y * s, cy + x * s + y * c))
    return out


def mirror(poly: Poly) -> Poly:
    return [(2 * MID - x, y) for x, y in reversed(poly)]


def sym(half: Poly) -> Poly:
    """A midline outline from its left half (first and last points on the midline)."""
    return half + [(2 * MID - x, y) for x, y in reversed(half[1:-1])]


def ring_poly(d: Drawing, refs: list[str], steps: int = 10) -> Poly:
    out: Poly = []
    for r in refs:
        for c in d.ref(r):
            for k in range(steps):
                out.append(_bezier_point(c, k / steps))
    return out


# -- the painter ---------------------------------------------------------------------------------------
class _Scene:
    """Bones added front to back; each new one loses what is already drawn in front of it."""

    def __init__(self, d: Drawing) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        self.d = d
        self.n = 0
        sil = [c for r in d.silhouette_refs for c in d.ref(r)]
        sil_poly = []
        for c in sil:
            for k in range(8):
                sil_poly.append(_bezier_point(c, k / 8))
        self.sil = _path([sil_poly])
        self.front = _path([])
        self.bones: dict[str, object] = {}
        self.carve: list[tuple[list[str], object]] = []
        # bones another table already put in the skeleton layer (the lateral view's surface pieces) stay in front
        from ..engine import _mirror

        later = set()
        if d.view == "lateral":
            from .. import lateral as lat

            later = {k for k, v in getattr(lat, "DEPTH_AS_IN_FRONT_AND_BACK", {}).items() if v == "skeleton"}
        for st in d.structures:
            if st.layer != "skeleton" and st.node.split(".")[0] not in later:
                continue
            for part in st.parts:
                cub = [c for r in part.boundary for c in d.ref(r, st.axis)]
                polys = [[_bezier_point(c, k / 8) for c in cub for k in range(8)]]
                if st.paired:
                    polys.append([_bezier_point(c, k / 8) for c in _mirror(cub, st.axis) for k in range(8)])
                self.front = self.front.united(_path(polys))
        self.left_half = _path([[(-50, -50), (MID, -50), (MID, 2000), (-50, 2000)]])

    def _side(self, node: str, paired: bool) -> tuple[str, bool]:
        """The lateral view shows the right side only: a paired bone is written as ``<id>.right``."""
        if self.d.view == "lateral":
            return (f"{node}.right" if paired else node), False
        return node, paired

    def _edge(self, poly: Poly) -> str:
        self.n += 1
        return poly_edge(self.d, f"{PREFIX}{self.d.view}_{self.n}", poly)

    def detail(self, pts: Poly, closed: bool = False) -> list[str]:
        self.n += 1
        name = f"{PREFIX}{self.d.view}_d{self.n}"
        if closed:
            self.d.edge(name, *pts, pts[0])
        else:
            self.d.edge(name, *pts)
        return [name]

    def add(self, node: str, polys: list[Poly], paired: bool = True, exact: list[list[str]] = (),
            details: list[list[str]] = (), tissue: str = "bone", keep_front: bool = True,
            min_area: float = 1.2, behind: list[Poly] = ()) -> None:
        """Draw ``node`` from its outlines (and exact edge rings that must be filled as they are).

        ``behind`` are further outlines of the same bone that lie behind its main outlines (the
        posterior arcs of the ribs seen from the front): they lose what the main outlines cover."""
        node, paired = self._side(node, paired)
        shape = _path(polys)
        if behind:
            shape = shape.united(_path(behind).subtracted(shape.united(self.front)))
        exact_path = _path([ring_poly(self.d, r) for r in exact]) if exact else None
        if exact_path is not None:
            shape = shape.united(exact_path)
        shape = shape.intersected(self.sil)
        if paired:
            shape = shape.intersected(self.left_half)
        shape = shape.subtracted(self.front)
        parts: list[Part] = []
        kept = []
        for poly in _pieces(shape):
            if _area(poly) < min_area:
                continue
            kept.append(poly)
            parts.append(Part(tissue, [self._edge(poly)]))
        if not parts:
            return
        self.d.structure(node, "skeleton", parts, details=list(details), paired=paired)
        mine = _path(kept)
        if paired:
            mine = mine.united(_path([mirror(p) for p in kept]))
        self.bones[node] = mine
        if keep_front:
            self.front = self.front.united(mine)

    def exact(self, node: str, rings: list[list[str]], paired: bool = True, tissue: str = "bone",
              details: list[list[str]] = ()) -> None:
        """A bone (or landmark) drawn on exactly the edges the surface left open for it."""
        self.d.structure(node, "skeleton", [Part(tissue, r) for r in rings], details=list(details),
                         paired=paired)
        polys = [ring_poly(self.d, r) for r in rings]
        mine = _path(polys)
        if paired:
            mine = mine.united(_path([mirror(p) for p in polys]))
        if tissue != "landmark":
            self.bones[node] = mine
            self.front = self.front.united(mine)

    def finish(self) -> None:
        """Cut the lateral view's markers out of their bones (see :meth:`mark`)."""
        for bones, hole in self.carve:
            for b in bones:
                st = next(x for x in self.d.structures if x.node == b and x.layer == "skeleton")
                rest = self.bones[b].subtracted(hole)
                kept = [p for p in _pieces(rest) if _area(p) > 1.2]
                st.parts = [Part("bone", [self._edge(p)]) for p in kept]
                self.bones[b] = _path(kept)

    def mark(self, node: str, bone: str | tuple[str, ...], poly: Poly | list[Poly], paired: bool = True) -> None:
        """A small landmark marker laid on its bone (cut to the bone, so it never spills onto another)."""
        polys = poly if isinstance(poly[0], list) else [poly]
        node, paired = self._side(node, paired)
        shape = _path(polys).intersected(self.sil)
        bones = [bone] if isinstance(bone, str) else list(bone)
        if self.d.view == "lateral":
            bones = [b if b.endswith(("vertebrae", "skull", "mandible", "sacrum", "sternum")) else f"{b}.right"
                     for b in bones]
        on = None
        for b in bones:
            if b in self.bones:
                on = self.bones[b] if on is None else on.united(self.bones[b])
        if on is not None:
            shape = shape.intersected(on)
        if paired:
            shape = shape.intersected(self.left_half)
        polys = [p for p in _pieces(shape) if _area(p) > 2.0]
        if not polys:
            return
        if self.d.view == "lateral":
            # the check cannot tell a marker ``<id>.right`` from a bone, so here the marker is cut out of its bone
            self.carve.append(([b for b in bones if b in self.bones], _path(polys)))
        self.d.structure(node, "skeleton", [Part("landmark", [self._edge(p)]) for p in polys], paired=paired)


# -- shared outlines (both views) ------------------------------------------------------------------------
def poly_edge(d: Drawing, name: str, poly: Poly) -> str:
    """Register a closed straight-segment edge through a polygon (a bone cut round what lies in front
    of it), as cubics, under ``name``."""
    pts = poly + [poly[0]]
    cubics = []
    for a, b in zip(pts, pts[1:]):
        if a == b:
            continue
        dx, dy = b[0] - a[0], b[1] - a[1]
        cubics.append((a, (a[0] + dx / 3, a[1] + dy / 3), (a[0] + 2 * dx / 3, a[1] + 2 * dy / 3), b))
    d.edges[name] = cubics
    return name


def _skull(back: bool) -> Poly:
    if not back:
        return sym([(210, 33), (199, 33.8), (189, 37.5), (182.5, 44.5), (178.5, 54), (177, 65), (177.2, 77),
                    (178.6, 88.5), (179.4, 93), (183, 95.5), (186.5, 99), (189.5, 105), (193.5, 110.8),
                    (201, 112.9), (210, 113.2)])
    return sym([(210, 33), (199, 33.8), (189, 37.5), (182.5, 44.5), (178.5, 54), (177, 65), (177.2, 77),
                (178.4, 90), (180.2, 103), (182.6, 112), (184.2, 118.5), (186.2, 121.6), (188.6, 120.2),
                (193, 120.6), (200, 122.2), (210, 122.8)])


def _humerus() -> Poly:
    return smooth([(127.5, 179.8), (133.2, 183.2), (135.8, 190.5), (134.6, 198.2), (130.2, 206.5), (126.2, 224),
                   (124.8, 250), (124.6, 274), (126.4, 286.5), (128.8, 294.5), (128.2, 299.6), (124, 303.6),
                   (118, 305), (111.5, 304.5), (106.2, 301.8), (103.4, 297.4), (105.4, 286), (110.2, 266),
                   (113, 240), (114, 220), (114.6, 205), (114.2, 194), (116.6, 185.4), (121.2, 181)], per=5)


def _radius() -> Poly:
    return strip([(108.6, 305.5), (108.8, 313), (107.6, 325), (105, 342), (101.8, 365), (99.4, 388), (99.6, 403),
                  (101.4, 412.2)], [7.6, 5.2, 6.0, 6.4, 6.4, 7.0, 10.5, 14.0])


def _ulna(back: bool) -> Poly:
    top = (118.4, 292.5) if back else (120.6, 304)
    return strip([top, (120.4, 311), (120.2, 330), (119.2, 355), (117.8, 380), (116.2, 400), (115.4, 410.8)],
                 [10.5 if back else 9.5, 8.0, 6.0, 5.0, 4.6, 5.2, 6.2])


def _femur(notch: bool) -> Poly:
    mid_low = [(171.2, 600.5)] if notch else [(174.5, 603), (171.2, 601.5), (167.5, 603)]
    return smooth([(172, 393.6), (179.2, 396.8), (182.2, 404), (179.6, 411.2), (172.6, 414.6), (166.5, 421),
                   (160.8, 431.5), (160.2, 439), (155.6, 446), (156.4, 480), (160.2, 520), (164.6, 550),
                   (169.6, 566), (178.4, 574.2), (185.6, 581.6), (188.4, 590), (188.1, 599.8), (184.6, 605.4),
                   (178.4, 605.9), *mid_low[::-1], (165.2, 605.8), (159.2, 605.2), (156, 600), (155.6, 590),
                   (154.8, 575), (152.4, 555), (148.6, 520), (145.2, 480), (142.8, 445), (141.8, 422),
                   (141.6, 408), (144, 399.5), (148.6, 396.4), (153, 398.8), (159, 396.4), (165.4, 393.6)], per=5)


def _tibia() -> Poly:
    return smooth([(157.2, 607.4), (163.5, 606.6), (170.6, 605.8), (172.2, 604.4), (174.2, 605.6), (181.5, 606.4),
                   (188.6, 607.2), (189.6, 611), (187.4, 616.5), (183.4, 624), (180.6, 634), (181.6, 650),
                   (182.8, 672), (184.4, 705), (186.6, 735), (189.8, 760), (192.6, 782), (193.9, 796),
                   (193.2, 803.6), (190, 806.2), (187.2, 803.2), (182.6, 802), (176, 801.2), (173.2, 797),
                   (172.2, 786), (171, 760), (168.8, 720), (166.6, 680), (164.8, 650), (162.2, 633),
                   (159.2, 624), (157.4, 616.5)], per=5)


def _fibula() -> Poly:
    return strip([(157.6, 619.6), (158.2, 628), (158.6, 640), (159.6, 665), (161, 700), (162.8, 740),
                  (164.6, 770), (165.6, 790), (164.6, 802), (163.6, 808.2)],
                 [7.4, 6.6, 4.2, 4.0, 4.0, 4.0, 4.2, 5.4, 6.4, 4.2])


def _p(d: Drawing, name: str, default: tuple[float, float]) -> tuple[float, float]:
    """An outline point of figure.py by name (the hand and foot outline may still change)."""
    return d.points.get(name, default)


def _hand(d: Drawing) -> list[Poly]:
    """Palm-forward hand: carpals in two rows, five metacarpals, the phalanges along each finger of the
    outline (front and back views share the outline, so the same bones serve both)."""
    out = [ellipse(100.6, 419.2, 3.6, 3.6, 12, 0.5), ellipse(107.2, 418.6, 2.9, 3.4, 12),  # scaphoid, lunate
           ellipse(112.8, 419.6, 2.6, 3.2, 12), ellipse(116.4, 421.6, 1.8, 2.0, 10),         # triquetrum, pisiform
           ellipse(97.6, 427.4, 2.8, 3.4, 12, 0.4), ellipse(102.6, 427.8, 2.1, 3.0, 12),      # trapezium, trapezoid
           ellipse(107.6, 428.2, 2.7, 4.2, 12), ellipse(113.4, 428.2, 2.8, 3.8, 12)]          # capitate, hamate
    fingers = [("index_tip", (95.3, 499.4), "index_lat", (92.6, 471), "cleft_1", (99.3, 476.2), (102.2, 433.4)),
               ("middle_tip", (103.2, 508.8), "cleft_1", (99.3, 476.2), "cleft_2", (107.2, 475.6), (107.6, 433.6)),
               ("ring_tip", (111.4, 504.6), "cleft_2", (107.2, 475.6), "cleft_3", (114.6, 475.2), (112.4, 433.6)),
               ("little_tip", (118.3, 496.9), "cleft_3", (114.6, 475.2), "little_side", (121.2, 478), (115.6, 433.4))]
    for k, (tip_n, tip_d, a_n, a_d, b_n, b_d, base) in enumerate(fingers):
        tip = _p(d, tip_n, tip_d)
        a, b = _p(d, a_n, a_d), _p(d, b_n, b_d)
        root = ((a[0] + b[0]) / 2, 469.5 if k in (1, 2) else 470.5)
        knuckle = (root[0] + (base[0] - root[0]) * 0.06, root[1] - 2.4)
        out.append(strip([base, ((base[0] + knuckle[0]) / 2, (base[1] + knuckle[1]) / 2), knuckle], [4.0, 3.0, 4.4]))
        ln = tip[1] - root[1]

        def at(f: float) -> tuple[float, float]:
            return (root[0] + (tip[0] - root[0]) * f, root[1] + ln * f)

        w = 3.7 if k < 3 else 3.2
        # proximal, middle and distal phalanges, a hair apart at the joints
        out.append(strip([at(0.09), at(0.25), at(0.4)], [w, w * 0.82, w * 0.92]))
        out.append(strip([at(0.54), at(0.61), at(0.68)], [w * 0.84, w * 0.72, w * 0.8]))
        out.append(strip([at(0.81), at(0.87), at(0.93)], [w * 0.72, w * 0.6, w * 0.66]))
    t_tip = _p(d, "thumb_round", (85.3, 465.4))
    out.append(strip([(96.4, 431.6), (93, 440), (89.8, 447.8)], [4.8, 3.8, 4.6]))
    out.append(strip([(88.9, 451.6), (87.6, 454.6), (86.6, 457.6)], [4.0, 3.4, 3.6]))
    out.append(strip([(86.1, 461.6), ((86.2 + t_tip[0]) / 2, 461.6), (t_tip[0] + 0.3, t_tip[1] - 2.4)], [3.4, 2.8, 2.4]))
    return out


def _foot_front(d: Drawing) -> list[Poly]:
    """The foot seen from the front (foreshortened): talus between the malleoli, navicular, cuboid and
    cuneiforms, five metatarsals and a short run of phalanges into each toe of the outline."""
    out = [smooth([(171, 801.6), (180, 799.6), (189, 801.6), (191, 807), (186, 811.4), (175, 811.6), (170, 807.4)]),  # talus
           smooth([(177.6, 810.8), (185, 809.6), (192.4, 812), (191.6, 816.6), (184, 816.6), (177.6, 815.4)]),        # navicular
           smooth([(163.4, 811.6), (171, 811.4), (175.4, 814.4), (173.4, 818.8), (164, 818.6)]),                      # cuboid
           smooth([(176.4, 816.6), (185, 817.2), (192, 818), (191.4, 821.2), (176.6, 820.8)])]                        # cuneiforms
    toes = [("lf_t5", (159.4, 834.2), 165.6, 816.8, 3.0), ("lf_t4", (165.8, 836.4), 170.4, 820, 3.2),
            ("toes_front", (172.4, 837.8), 175.6, 821.4, 3.4), ("lf_t2", (179.4, 838.6), 181, 821.6, 3.6),
            ("toe1", (189, 839), 187.6, 821.8, 5.6)]
    for name, dflt, bx, by, w in toes:
        tx, ty = _p(d, name, dflt)
        mid = (bx + (tx - bx) * 0.62, by + (ty - by) * 0.62)
        out.append(strip([(bx, by + 0.6), ((bx + mid[0]) / 2, (by + mid[1]) / 2), mid], [w, w * 0.8, w * 0.95]))
        out.append(strip([(mid[0] + (tx - mid[0]) * 0.4, mid[1] + (ty - mid[1]) * 0.45), (tx, ty - 2.4)], [w * 0.78, w * 0.6]))
    return out


# -- front -----------------------------------------------------------------------------------------------
_RIBS_FRONT = [  # centre line lateral -> medial, (index of the costochondral junction), width
    ([(183.8, 160.2), (181.2, 163.6), (185.6, 167.4), (193.2, 169.2), (202.8, 169.6)], 3, 4.0),
    ([(171.8, 165.6), (167.4, 172.6), (171.6, 179.2), (184, 183.8), (204.6, 185)], 3, 3.4),
    ([(163.8, 175.2), (159.4, 183.2), (163.6, 192.2), (180, 197.8), (204.8, 197.8)], 3, 3.4),
    ([(158, 185.4), (155, 195.2), (159.4, 205.6), (176, 211.8), (190, 212.4), (204.8, 210.8)], 3, 3.4),
    ([(155, 197.4), (152.8, 207.6), (157, 219.2), (173, 226.2), (190, 226.8), (205, 224)], 3, 3.4),
    ([(153.8, 209.4), (152.2, 220.6), (156, 232.6), (170, 240.2), (185, 244), (197, 241.8), (205.2, 236.8)], 3, 3.2),
    ([(153.6, 221.4), (152.4, 233.2), (155.4, 245.6), (167, 253.6), (182, 257.4), (195, 255), (205.4, 248.8)], 3, 3.2),
    ([(154, 233.4), (153, 246.2), (156, 258.2), (164, 265.6), (175, 268), (186, 263.8), (192.4, 256.8)], 3, 3.0),
    ([(155, 245.4), (154.2, 258.2), (156.4, 269.6), (162.4, 277), (170, 278.4), (178.4, 273.2), (183.4, 266)], 3, 2.8),
    ([(156.6, 257.4), (155.8, 270.6), (158, 281.2), (162, 287.4), (168, 288.4), (172.8, 282.4), (175.8, 276)], 3, 2.6),
    ([(158.6, 270.2), (157.6, 282.6), (160, 293), (165, 299)], None, 2.5),
    ([(165.2, 283.4), (163.8, 292.4), (169, 302.4)], None, 2.2),
]


def _vertebra_front(y0: float, y1: float, bw: float, tw: float, th: float) -> Poly:
    ym = (y0 + y1) / 2
    half = [(210, y0), (210 - bw * 0.96, y0 + 0.2), (210 - bw, y0 + 1.0), (210 - bw * 0.92, ym - th / 2),
            (210 - tw + 0.8, ym - th / 2 - 0.3), (210 - tw, ym), (210 - tw + 0.8, ym + th / 2 + 0.3),
            (210 - bw * 0.92, ym + th / 2), (210 - bw, y1 - 1.0), (210 - bw * 0.96, y1 - 0.2), (210, y1)]
    return sym(half)


def front(d: Drawing) -> None:
    s = _Scene(d)
    # the subcutaneous bones first, on exactly the outline the surface leaves open for them
    from ..front import ring

    s.exact("clavicle", [ring(d, "clav_top_scm", "clav_top_scal", "clav_top_trap", "clav_bot_delt", "clav_bot_pec",
                              "clav_medial_end")])
    s.exact("sternum", [ring(d, "sternum_top_inner", "sternum_top_outer", "clav_medial_end", "st_lat_pec",
                             "st_lat_rect", "~st_lat_rect", "~st_lat_pec", "~clav_medial_end", "~sternum_top_outer",
                             "~sternum_top_inner")], paired=False,
            details=[s.detail([(204.2, 182.6), (210, 183.6), (215.8, 182.6)]),
                     s.detail([(205.6, 248.6), (210, 249.6), (214.4, 248.6)])])
    s.exact("patella", [ring(d, "pat_top_arc", "pat_med_arc", "pat_apex_arc", "pat_latlow_arc", "pat_latup_arc")])
    tib_hole = ring(d, "lig_bot", "lig_med_low", "jl", "sart_lat_tib", "tib_med_gm", "tib_med_sol", "ol_tib",
                    "tib_bot", "ret_med", "crest_t", "crest_m")
    s.add("tibia", [_tibia()], exact=[tib_hole],
          details=[s.detail([(171.5, 628), (173.2, 660), (175.6, 705), (178.2, 750), (180.6, 780)])])
    # skull and face bones
    s.add("mandible", [sym([(210, 113.2), (201, 113.6), (193.6, 111.6), (188.6, 105.5), (183.6, 98.2),
                            (180, 93.6), (180.4, 104), (182.2, 113.5), (184.6, 119.4), (189.6, 124.4),
                            (199, 128.6), (210, 129.6)])], paired=False,
          details=[s.detail([(205, 125.6), (210, 127.2), (215, 125.6)]),
                   s.detail(ellipse(197.4, 121.4, 0.8, 0.6, 8), closed=True),
                   s.detail(ellipse(222.6, 121.4, 0.8, 0.6, 8), closed=True)])
    orbit = smooth([(185, 74.6), (191, 72.6), (198, 73.4), (202.4, 76.4), (203.2, 82.5), (201.4, 88), (195.5, 89.6),
                    (188.6, 88.6), (185, 85), (184.2, 79)])
    nose = [(210, 90.6), (207.6, 91.6), (205.6, 95.2), (204.4, 99.6), (204.8, 104), (207, 106.6), (210, 106.4)]
    teeth = []
    for x in (195.6, 199.2, 202.8, 206.4, 210, 213.6, 217.2, 220.8, 224.4):
        teeth += [s.detail([(x, 109.6 + abs(x - 210) * 0.06), (x, 112.4)]), s.detail([(x, 113.8), (x, 116.4 - abs(x - 210) * 0.05)])]
    s.add("skull", [_skull(False)], paired=False, details=[
        s.detail(orbit, closed=True), s.detail(mirror(orbit), closed=True),
        s.detail(sym(nose) + [nose[0]]),
        s.detail([(208.6, 77), (208, 84), (207.6, 90.6)]), s.detail([(211.4, 77), (212, 84), (212.4, 90.6)]),
        # zygomatic bone: its arch and the suture with the maxilla below the orbit
        s.detail([(184.8, 86.6), (181.6, 89.8), (179.6, 91.4)]), s.detail([(235.2, 86.6), (238.4, 89.8), (240.4, 91.4)]),
        s.detail([(192.4, 89.4), (189.6, 94.2), (187.4, 98.2)]), s.detail([(227.6, 89.4), (230.4, 94.2), (232.6, 98.2)]),
        # temporal lines, coronal suture
        s.detail([(181, 58), (183, 66), (185.6, 72.2)]), s.detail([(239, 58), (237, 66), (234.4, 72.2)]),
        s.detail([(183.6, 46.6), (190, 41.6), (199, 38.2)]), s.detail([(236.4, 46.6), (230, 41.6), (221, 38.2)]),
        *teeth,
    ])
    # the thorax: ribs with their costal cartilages (drawn before the bones seen behind them)
    rib_polys, rib_back, rib_details = [], [], []
    for k, (centre, cc, w) in enumerate(_RIBS_FRONT):
        lat = centre[1]
        head = 163.6 + 11.9 * k
        lx, ly = lat
        post = [(201.5, head), ((lx + 201) / 2 + 4, head - 2.2), (lx + 10, ly - 11.5), (lx + 2.2, ly - 6.5)]
        if k == 0:
            post = [(200.5, 159.4), (190, 158.6)]
        behind, ahead = strip(post + centre[1:], w, cut=len(post))
        rib_polys.append(ahead)
        rib_back.append(behind)
        if cc is not None:
            x, y = centre[cc]
            rib_details.append(s.detail([(x - 0.6, y - w * 0.55), (x + 0.6, y + w * 0.55)]))
    s.add("ribs", rib_polys, details=rib_details, behind=rib_back)
    # upper limb
    s.add("humerus", [_humerus()], details=[s.detail([(119.6, 297), (118, 302.4)])])
    s.add("radius", [_radius()])
    s.add("ulna", [_ulna(False)])
    s.add("hand_bones", _hand(d))
    # the scapula behind the ribs: coracoid, glenoid neck, lateral border; the acromion beside the clavicle
    s.add("scapula", [
        smooth([(173, 181.2), (162, 178.6), (152.6, 179.2), (146.6, 182.6), (141.6, 185.4), (138, 186.6),
                (137.8, 189.4), (141.6, 190.4), (139, 194), (137.4, 201), (139.2, 206), (150, 220),
                (163, 236.5), (176.2, 249.6), (181.6, 234), (183.4, 216), (183, 197), (179, 187.5)]),
        smooth([(124.6, 176.4), (129.4, 174.4), (133.6, 176), (134.6, 180.6), (130.4, 182.6), (125.4, 181.2)]),
    ])
    # vertebral column, front: cervical bodies with their transverse processes, thoracic bodies behind the
    # sternum and cartilages, lumbar bodies with their transverse processes
    cerv = [_vertebra_front(131.2 + 6.1 * k, 136.4 + 6.1 * k, 5.0 + 0.2 * k, 10.8 + 0.4 * k, 2.2) for k in range(5)]
    s.add("cervical_vertebrae", cerv, paired=False)
    thor = [_vertebra_front(161.4 + 11.9 * k, 171.2 + 11.9 * k, 6.4 + 0.3 * k, 6.4 + 0.3 * k, 0.1) for k in range(12)]
    s.add("thoracic_vertebrae", thor, paired=False, min_area=7.0)
    lumb = [_vertebra_front(303.6 + 12.6 * k, 314.4 + 12.6 * k, 9.4 + 0.3 * k, 19.4 + (1.4 if k == 2 else 0) - (2.4 if k == 4 else 0),
                            3.4 if k < 4 else 4.6) for k in range(5)]
    s.add("lumbar_vertebrae", lumb, paired=False)
    # the lower limb and pelvis
    s.add("fibula", [_fibula()])
    s.add("femur", [_femur(True), ellipse(172, 404, 10.2, 10.2, 24)], details=[s.detail([(148.4, 398.4), (155.6, 417), (160.2, 431.6)])])
    hip = smooth([(191, 357), (184, 349), (172, 344.2), (160, 343.2), (153.6, 346.8), (153.4, 356), (156, 365),
                  (158.8, 371.8), (159.6, 377), (162.4, 383.6), (161.4, 390), (160.8, 398), (162.6, 410),
                  (166.6, 419), (171.6, 428), (176.6, 437), (181, 443.4), (186.4, 445.6), (193, 443.6),
                  (199.6, 438.8), (205, 434.4), (209.6, 430.8), (209.6, 421.4), (203, 420.2), (197.6, 421.2),
                  (194.8, 416.8), (189, 407), (184.2, 399.4), (188, 392.4), (191, 383), (191.6, 370)], per=5)
    obturator = [(188, 423.8), (183.2, 428.4), (181.6, 434.4), (185, 440), (190.6, 439.4), (195, 433),
                 (195.4, 426.4), (191.6, 423.4)]
    s.add("hip_bone", [hip], details=[s.detail(obturator, closed=True),
                                       s.detail([(160.5, 392), (170.6, 391.6), (180.8, 394.8)])])
    s.add("foot_bones", _foot_front(d))
    s.add("sacrum", [sym([(210, 363.4), (200, 362.2), (190.4, 361.6), (189.4, 370), (191.6, 382),
                          (195.6, 397), (201.6, 408.2), (206, 414.6), (210, 417.6)])], paired=False,
          details=[s.detail([(203, 374), (210, 375.2), (217, 374)]), s.detail([(203.6, 385.6), (210, 386.6), (216.4, 385.6)]),
                   s.detail([(204.6, 396.4), (210, 397.2), (215.4, 396.4)]), s.detail([(205.8, 405.4), (210, 406), (214.2, 405.4)])])
    _landmarks_front(s)


def _landmarks_front(s: _Scene) -> None:
    m = s.mark
    m("coracoid_process", "scapula", ellipse(140.2, 187.8, 2.8, 2.2))
    m("acromion", "scapula", ellipse(129.4, 178.4, 3.0, 2.4))
    m("medial_epicondyle", "humerus", ellipse(127, 296.6, 2.6, 2.4))
    m("lateral_epicondyle", "humerus", ellipse(105.6, 297.6, 2.5, 2.4))
    m("anterior_superior_iliac_spine", "hip_bone", ellipse(158.6, 370.6, 2.5, 2.5))
    m("iliac_crest", "hip_bone", strip([(155, 354), (154.2, 348.4), (160, 344.6), (170, 344.6)], 2.8))
    m("pubic_tubercle", "hip_bone", ellipse(197.4, 423, 2.4, 2.2))
    m("ischial_tuberosity", "hip_bone", ellipse(183.6, 442.2, 3.0, 2.4))
    m("greater_trochanter", "femur", ellipse(145.4, 404, 3.2, 3.8))
    m("lesser_trochanter", "femur", ellipse(159.2, 436, 2.4, 2.8))
    m("fibular_head", "fibula", ellipse(157.2, 623.4, 2.6, 3.0))
    m("tibial_tuberosity", "tibia", ellipse(172.2, 626.6, 3.0, 2.4))
    m("medial_malleolus", "tibia", ellipse(191.2, 800.6, 2.4, 2.6))
    m("lateral_malleolus", "fibula", ellipse(164.4, 803.6, 2.4, 2.8))


# -- back ------------------------------------------------------------------------------------------------
def _vertebra_back(yc: float, tw: float, lw: float, sp: float, h: float = 4.2) -> Poly:
    """A vertebra from behind: laminae, transverse processes and the spinous process pointing down."""
    half = [(210, yc - h - 0.4), (210 - lw * 0.7, yc - h), (210 - lw, yc - h + 0.8), (210 - tw + 1.2, yc - 2.2),
            (210 - tw, yc - 1.0), (210 - tw + 0.2, yc + 0.8), (210 - tw + 1.4, yc + 1.4), (210 - lw + 0.6, yc + 2.0),
            (210 - lw * 0.55, yc + h - 0.8), (210 - 2.4, yc + h - 0.2), (210 - 1.9, yc + sp - 1.0),
            (210 - 1.1, yc + sp), (210, yc + sp + 0.3)]
    return sym(half)


_CERVICAL_BACK = [(123.4, 14.2, 8.5, 1.6), (128.2, 12.0, 7.5, 3.4), (133.2, 11.0, 7.0, 2.4), (137.8, 11.0, 7.0, 2.4),
                  (142.4, 11.2, 7.0, 2.4), (147.0, 11.6, 7.0, 2.6), (152.0, 13.0, 7.2, 3.6)]


def back(d: Drawing) -> None:
    s = _Scene(d)
    # skull, mandible (its angles below the mastoids), the column
    s.add("skull", [_skull(True)], paired=False, details=[
        s.detail([(210, 33), (209.4, 45), (210.6, 58), (209.6, 70), (210, 78)]),
        s.detail([(181, 66), (190, 74), (200, 77), (210, 78.2), (220, 77), (230, 74), (239, 66)]),
    ])
    s.add("mandible", [smooth([(184.2, 117.6), (186.4, 124), (187.8, 128.2), (190.8, 131), (194.8, 130.2),
                               (194, 124), (191.6, 117.6)]),
                       mirror(smooth([(184.2, 117.6), (186.4, 124), (187.8, 128.2), (190.8, 131), (194.8, 130.2),
                                      (194, 124), (191.6, 117.6)]))], paired=False)
    s.add("cervical_vertebrae", [_vertebra_back(yc, tw, lw, sp, 2.1) for yc, tw, lw, sp in _CERVICAL_BACK],
          paired=False)
    thor = [(159.6 + 12.4 * k, 15.0 - 0.38 * k, 6.4, 7.6, 4.2) for k in range(12)]
    s.add("thoracic_vertebrae", [_vertebra_back(*t) for t in thor], paired=False)
    lumb = [(308 + 12.6 * k, tw, 8.4, 5.2, 4.6) for k, tw in enumerate((15.5, 17.5, 19.6, 18.6, 17.2))]
    s.add("lumbar_vertebrae", [_vertebra_back(*t) for t in lumb], paired=False)
    # scapula (the spine of the scapula and the acromion are landmarks on it), then the ribs behind it
    scap = (ring_poly(d, ["sup_top", "acromion_top"])
            + open_curve([d.points["Dacr"], (126.4, 181.2), (133, 183.6), (139, 185.2), (140.8, 188.4), (139.8, 196),
                          (141.2, 203.2), (149.2, 215), (160, 230), (170.4, 243), d.points["IA_d"]])[1:-1]
            + ring_poly(d, ["-scap_med", "-scap_sup_med"]))
    s.add("scapula", [scap], details=[["spine_low_med", "spine_low_lat"], ["spine_up"]])
    s.exact("olecranon", [["olec_top", "-olec_bot"]], tissue="landmark")
    s.add("ulna", [_ulna(True)])
    s.add("radius", [_radius()])
    s.add("hand_bones", _hand(d))
    s.add("humerus", [_humerus()], details=[s.detail([(114.6, 286), (118, 282.6), (121.6, 286)])])
    ribs = []
    lat_x = [181.4, 168, 160, 155.5, 153, 152.4, 152.4, 153, 154.5, 156.5]
    for k, (yc, tw, *_rest) in enumerate(thor):
        x0 = 210 - tw + 1.2
        w = 3.4 if k < 10 else 3.0
        if k < 10:
            xl = lat_x[k]
            ribs.append(strip([(x0, yc - 0.4), (x0 - 7, yc + 1.8), ((x0 + xl) / 2 - 1, yc + 7.6), (xl + 3.4, yc + 14.6),
                               (xl + 0.6, yc + 21.5)], [w, w, w, w, w * 0.8]))
        else:
            end = (164.5, yc + 13) if k == 10 else (177.5, yc + 10)
            ribs.append(strip([(x0, yc - 0.4), (x0 - 7, yc + 2.4), end], [w, w, 2.0]))
    s.add("ribs", ribs)
    # pelvis and lower limb
    hip = smooth([(153.6, 347), (153.6, 358), (156.6, 371), (160, 384), (161.2, 396), (162, 406), (165.6, 416),
                  (171, 426), (177, 436), (182, 444.4), (188, 446), (194, 443.4), (200, 439), (205, 434.6),
                  (209.6, 431), (209.6, 421.4), (203, 420), (197.5, 421), (193, 416), (188.4, 410.6),
                  (187.8, 405.2), (183, 398), (182, 390), (186.2, 382.4), (190, 376.6), (189.4, 368),
                  (188.6, 360.4), (186.4, 351), (180, 344.6), (170, 341.8), (160, 342.6)], per=5)
    obturator = [(188, 423.8), (183.2, 428.4), (181.6, 434.4), (185, 440), (190.6, 439.4), (195, 433),
                 (195.4, 426.4), (191.6, 423.4)]
    s.add("hip_bone", [hip], details=[s.detail(obturator, closed=True),
                                       s.detail([(158, 362), (167, 372.6), (176.4, 378.6)])])
    sac = sym([(210, 361.6), (197, 361.4), (184.6, 361.6), (186.2, 372), (188.2, 386), (191.6, 399.6), (194.4, 405.6),
               (199.4, 413.6), (204.6, 421), (208, 426.4), (210, 428.4)])
    old = ["sac_lat_1", "sac_lat_2", "sac_lat_3", "sac_lat_4", "sac_lat_5"]
    old_ring = [*old, *[f"-~{e}" for e in reversed(old)], "~es_bot", "~mf_lat_b", "-mf_lat_b", "-es_bot"]
    foramina = []
    for i, (x, y) in enumerate([(199.4, 372.6), (200, 384.2), (200.8, 395.4), (202.2, 405.4)]):
        r = 1.7 - 0.2 * i
        foramina += [s.detail(ellipse(x, y, r, 0.8 * r, 8), closed=True),
                     s.detail(mirror(ellipse(x, y, r, 0.8 * r, 8)), closed=True)]
    s.add("sacrum", [sac], paired=False, exact=[old_ring],
          details=[s.detail([(210, 366), (210, 372), (210, 380), (210, 390), (210, 400), (210, 409)]), *foramina])
    s.add("femur", [_femur(False), ellipse(172, 404, 10.2, 10.2, 24)], details=[s.detail([(154.2, 452), (156.6, 500), (160.6, 548)]),
                                             s.detail([(166, 597), (171.4, 593.8), (176.8, 597)])])
    # the heel bone: the old surface piece (filled exactly) with the part of it under the calcaneal tendon
    calc = smooth([(164, 812), (165.4, 807.6), (169.4, 805.4), (176, 804.4), (183, 805), (187.5, 807.2), (190, 811),
                   (191, 818), (188.6, 826), (180, 829), (168, 826)])
    s.add("calcaneus", [calc], exact=[["c1", "c2", "c3", "calc_out"]])
    s.add("fibula", [_fibula()])
    s.add("tibia", [_tibia()], details=[s.detail([(165.6, 640), (171, 651), (178, 662)])])
    s.add("foot_bones", [smooth([(167.6, 806), (170, 799.4), (177, 797.4), (184, 799), (187.4, 804), (183, 808.6),
                                 (172, 808.8)])])
    _landmarks_back(s)


def _landmarks_back(s: _Scene) -> None:
    m = s.mark
    m("mastoid_process", "skull", ellipse(185.6, 119.4, 2.3, 2.4))
    m("superior_nuchal_line", "skull", strip([(190.4, 118.4), (196, 115.4), (203, 113.4), (210, 112.8), (217, 113.4),
                                              (224, 115.4), (229.6, 118.4)], 2.6), paired=False)
    tips = [(210, 152 + 3.6)] + [(210, 159.6 + 12.4 * k + 7.0) for k in range(12)] + \
           [(210, 308 + 12.6 * k + 4.4) for k in range(5)]
    m("spinous_processes", ("cervical_vertebrae", "thoracic_vertebrae", "lumbar_vertebrae"),
      [ellipse(x, y - 0.6, 2.2, 1.9, 10) for x, y in tips], paired=False)
    m("acromion", "scapula", ellipse(128.4, 178.2, 3.4, 2.6))
    m("spine_of_scapula", "scapula", strip([(182, 195.4), (170, 190.8), (156, 186), (142, 181), (134.8, 178.8)], 3.0))
    m("medial_epicondyle", "humerus", ellipse(126.6, 296.4, 2.4, 2.4))
    m("lateral_epicondyle", "humerus", ellipse(106.2, 297, 2.4, 2.4))
    m("posterior_superior_iliac_spine", "hip_bone", ellipse(187.2, 359.6, 2.3, 2.6))
    m("iliac_crest", "hip_bone", strip([(155.4, 350), (157, 345.2), (164, 343.2), (172, 343.2), (179.6, 346.2)], 2.6))
    m("ischial_tuberosity", "hip_bone", ellipse(185, 440.6, 3.2, 2.8))
    m("greater_trochanter", "femur", ellipse(145.6, 405, 3.4, 4.0))
    m("lesser_trochanter", "femur", ellipse(159.4, 436.2, 2.4, 2.8))
    m("fibular_head", "fibula", ellipse(157.4, 623.4, 2.6, 3.0))
    m("medial_malleolus", "tibia", ellipse(191.2, 800.4, 2.4, 2.6))
    m("lateral_malleolus", "fibula", ellipse(164.4, 803.8, 2.4, 2.8))


def lateral(d: Drawing) -> None:
    """The right side seen from the right (anterior = +x), from the landmark table of lateral.py; the
    arm is raised forward, so its bones follow lateral.py's arm frames."""
    from .. import lateral as lat

    s = _Scene(d)
    arm, fore, hand = lat.ARM, lat.FORE, lat.HAND
    # the raised arm, nearest the viewer
    s.add("humerus", [ellipse(*lat.LANDMARKS["glenohumeral_centre"], 9.2),
                      strip([arm(4, 0), arm(20, 0), arm(60, -0.5), arm(100, 0), arm(117, 0.4)], [13, 9.5, 9, 11, 17])],
          details=[s.detail([arm(6, 9), arm(11, 7.6), arm(12, 3)])])
    s.add("radius", [strip([fore(3, 4.2), fore(20, 4.4), fore(60, 4.6), fore(100, 4.4), fore(113, 4.2)], [6.5, 5, 5.4, 7.5, 10])])
    s.add("ulna", [strip([fore(-7, -5.6), fore(6, -5.4), fore(50, -5.2), fore(100, -5.6), fore(111, -6.2)], [10, 7.5, 5, 4.6, 5.6])])
    fingers = [(4.0, 3.4, 81, 1.6), (-3.0, -3.0, 86, -3.2), (-10.0, -9.6, 82, -10), (-17.0, -15.4, 75, -14.6)]
    hb = [smooth([hand(1, 8), hand(13, 8.6), hand(15, -4), hand(13, -16), hand(2, -9)])]
    for v0, v1, tip, vt in fingers:
        hb.append(strip([hand(16, v0 * 0.5), hand(33, v0 * 0.85), hand(48, v1)], [4.2, 3.8, 4.6]))
        hb.append(strip([hand(51, v1), hand(66, (v1 + vt) / 2), hand(tip - 1.5, vt)], [3.6, 3.2, 2.6]))
    hb.append(strip([hand(9, 8.6), hand(22, 11.2), hand(30, 11.6)], [4.6, 4.4, 4.6]))
    hb.append(strip([hand(33, 11.4), hand(40, 10.6), hand(45.5, 9.4)], [3.8, 3.4, 2.8]))
    s.add("hand_bones", hb)
    # head and neck
    s.add("mandible", [smooth([(96.5, 96.6), (95.2, 106), (96, 118), (98.4, 127.6), (110, 131), (124, 132.6), (133.6, 130.6),
                               (137.8, 125.6), (138, 119), (138.6, 113.8), (128, 112.8), (117, 112.2), (110.6, 100.4),
                               (106.6, 101), (102.4, 104.6), (99.8, 99)])], paired=False)
    s.add("skull", [smooth([(92, 32.6), (111, 35), (125, 42.6), (133.4, 55), (137, 69), (136, 77.6), (138.4, 87),
                            (136.6, 91), (137.2, 98), (138, 104), (139, 110.6), (133, 111.8), (124, 108.6), (112, 99.4),
                            (97, 98.6), (92.6, 100), (87.8, 108.6), (84.6, 113.6), (81.6, 110.2), (68, 111.2), (57.6, 108.6),
                            (52.6, 96), (49.8, 78), (53.6, 58), (67, 41.4), (80, 34.2)])], paired=False, details=[
        s.detail(smooth([(119.6, 74.6), (127, 72.4), (133.4, 75), (134.6, 82), (131, 88.2), (123.6, 88.6), (119.2, 83)]), closed=True),
        s.detail(ellipse(88.4, 95.4, 2.4, 2.8, 10), closed=True),
        s.detail([(99.6, 93.4), (108, 92.2), (118, 93.6)]),
        s.detail([(96, 41), (100, 60), (98, 80), (91, 92)]),
    ])
    skin = [(124, 64), (140, 64.5), (159, 58), (182, 50.5), (210, 45.5), (240, 45), (270, 50.5), (298, 56), (325, 58),
            (350, 54), (368, 46)]

    def back_x(y: float) -> float:
        for (y0, x0), (y1, x1) in zip(skin, skin[1:]):
            if y0 <= y <= y1:
                return x0 + (x1 - x0) * (y - y0) / (y1 - y0)
        return skin[-1][1]

    tips = []

    def vert(yc, xb, half_h, half_w, tip_dy, tip_in, stem):
        tip = (back_x(yc + tip_dy) + tip_in, yc + tip_dy)
        tips.append(tip)
        body = smooth([(xb - half_w, yc - half_h), (xb + half_w, yc - half_h - 0.6), (xb + half_w + 0.6, yc + half_h - 0.6),
                       (xb - half_w, yc + half_h)], per=3)
        arch = strip([(xb - half_w - 1, yc), ((xb - half_w + tip[0]) / 2, (yc + tip[1]) / 2 - 0.6), tip], [stem * 1.6, stem, stem * 0.8])
        return [body, arch]

    cerv = []
    for k, (yc, xb) in enumerate([(118, 88.6), (124.4, 88), (130.4, 87.4), (136.4, 86.8), (142.4, 86), (148.6, 85)]):
        cerv += vert(yc, xb, 2.5, 4.6, 4.5 + 0.5 * k, 5.6 if k < 5 else 4.6, 2.2)
    thor = []
    for k in range(12):
        yc = 155 + 11.6 * k
        xb = 84 - 10 * math.sin(math.pi * min(k, 11) / 14) + (0.6 * k if k > 8 else 0)
        thor += vert(yc, xb, 4.4 + 0.15 * k, 6 + 0.25 * k, 8, 6.4, 2.8)
    lumb = []
    for k, (yc, xb) in enumerate([(297, 82), (310, 85), (323, 87.5), (336, 88), (349, 86)]):
        lumb += vert(yc, xb, 5.2, 9, 3.5, 7.4, 4.4)
    # the ribs and shoulder girdle of the right side lie over the column
    s.add("clavicle", [strip([(113.4, 165.6), (104, 165), (95, 167), (88.6, 169.4)], [5, 4.2, 4.2, 5.6])])
    s.add("scapula", [smooth([(84, 167.6), (92, 168.4), (97, 172), (94, 176.4), (99.4, 182.4), (101, 190), (98, 196),
                              (86, 215), (76, 240), (70.6, 250), (66.4, 247.4), (60.6, 225), (57.6, 200), (58.6, 185),
                              (62.6, 172), (72, 171.6)])],
          details=[s.detail([(61.4, 190), (70, 183), (80, 175.6), (88, 170.6)])])
    ribs_lat = [
        ([(76, 160), (88, 167), (102, 172), (112, 173.6), (115.4, 172.4)], 3.6, 3),
        ([(65, 168), (75, 176), (92, 185), (108, 190), (116.6, 188.6), (120, 185)], 3.2, 3),
        ([(59, 178), (69, 188), (88, 199), (108, 205), (119, 202), (123, 197)], 3.2, 3),
        ([(56, 190), (66, 201), (86, 213), (107, 220), (121, 215), (126, 209)], 3.2, 3),
        ([(54, 202), (64, 214), (84, 227), (107, 235), (123, 228), (128.6, 221)], 3.2, 3),
        ([(53.6, 214), (63, 227), (83, 241), (107, 250), (124, 242), (130.6, 234)], 3.1, 3),
        ([(53.6, 226), (63, 239), (83, 254), (107, 264), (125, 254), (132, 245.4)], 3.0, 3),
        ([(54.6, 238), (64, 251), (84, 266), (105, 276), (122, 266), (129.6, 255)], 3.0, 3),
        ([(56.6, 250), (66, 263), (85, 278), (103, 288), (116, 280), (123.6, 267)], 2.8, 3),
        ([(59, 262), (68, 275), (86, 289), (100, 297), (111, 298.6), (119, 283)], 2.6, 3),
        ([(61, 273), (70, 286), (86, 299), (99, 305.6)], 2.6, None),
        ([(65, 285), (74, 296), (86, 305)], 2.4, None),
    ]
    rd = []
    for centre, w, cc in ribs_lat:
        if cc is not None:
            x, y = centre[cc]
            rd.append(s.detail([(x - 0.9, y - w * 0.5), (x + 0.9, y + w * 0.5)]))
    s.add("ribs", [strip(c, w) for c, w, _ in ribs_lat], details=rd)
    s.add("sternum", [strip([(114.6, 164.6), (121, 185), (127.6, 215), (131.6, 245), (132.6, 258.6)], [5.2, 4.4, 4.2, 3.6, 2.2])],
          paired=False)
    s.add("cervical_vertebrae", cerv, paired=False)
    s.add("thoracic_vertebrae", thor, paired=False, min_area=5.0)
    s.add("lumbar_vertebrae", lumb, paired=False)
    # lower limb: fibula lateral to the tibia, femur over the acetabulum, then the hip bone and sacrum
    s.add("fibula", [strip([(79.6, 620.6), (80.4, 630), (81, 660), (83, 700), (85, 740), (86, 770), (84.4, 790), (82.4, 800), (80.4, 807.6)],
                           [8.6, 6.4, 4.4, 4.2, 4.2, 4.4, 6, 7, 5])])
    s.add("tibia", [smooth([(72, 606.4), (90, 604.6), (108, 605), (112, 612), (114.4, 626), (113, 638), (109, 660), (105.6, 700),
                            (103.6, 740), (104, 775), (106, 790), (104.4, 799), (96, 800.4), (88, 800.4), (86.6, 792), (89, 770),
                            (91.4, 730), (91, 690), (85, 650), (76, 628), (71, 615)], per=5)])
    s.add("femur", [ellipse(97, 401, 9.6), ellipse(88, 409.6, 7.4, 9.4), ellipse(89, 597, 17, 11.2),
                    strip([(89, 410), (92.6, 432), (97.4, 470), (100, 510), (99, 550), (94.4, 578), (90.4, 592)], [13, 12.4, 12, 12, 12.6, 16, 20])])
    s.add("hip_bone", [smooth([(124, 372), (122.6, 378), (121, 384), (117, 392), (115.6, 404), (119, 412), (121, 419), (117, 425),
                               (108, 429), (98, 431), (86, 436), (74, 442), (63, 443), (58.6, 437), (60, 428), (57.6, 418),
                               (55.4, 408), (57, 397), (61, 386), (57, 374), (56.4, 366), (58.4, 360.6), (63, 352), (72, 345),
                               (84, 342.4), (96, 344), (106, 350), (116, 360), (121, 366)], per=5)],
          details=[s.detail(ellipse(100, 421.4, 8, 4.4, 14), closed=True), s.detail([(66, 372), (82, 366), (100, 368), (114, 376)])])
    s.add("sacrum", [smooth([(94.6, 358.6), (92, 366), (84, 385), (70, 402), (56, 413), (48.4, 416.6), (44.6, 413), (48, 400),
                             (56, 385), (62, 372), (70, 362.6), (82, 359.4)]),
                     strip([(47.4, 414), (46.8, 419), (46.4, 423.6)], [4.4, 3.4, 2.4])], paired=False)
    s.add("foot_bones", [smooth([(90, 803), (100, 799.6), (112, 802), (118, 808), (112, 813), (98, 813.4), (90, 809)]),
                         smooth([(117.4, 806), (126, 805.6), (132, 811.6), (128, 818), (118.6, 818)]),
                         smooth([(108, 815), (118.6, 815.4), (122.6, 822), (116, 826.4), (106.6, 824.4)]),
                         strip([(130, 811), (148, 817.6), (165, 825.4)], [7, 5.6, 5]),
                         strip([(121, 826.6), (140, 830), (158, 832.4)], [4.4, 3.6, 3.4]),
                         strip([(167.6, 826.2), (174, 828.6), (180, 831.6)], [5, 4.4, 3.2])])
    L = lat.LANDMARKS
    m = s.mark
    m("mastoid_process", "skull", ellipse(*L["mastoid_process"], 2.3, 2.4))
    m("superior_nuchal_line", "skull", strip([(55.6, 107.4), (64, 109.4), (74, 110.4), (80, 110.8)], 2.6), paired=False)
    m("spinous_processes", ("cervical_vertebrae", "thoracic_vertebrae", "lumbar_vertebrae"),
      [ellipse(x + 0.4, y, 2.0, 2.0, 10) for x, y in tips[5:]], paired=False)
    m("acromion", "scapula", ellipse(90.4, 171, 3.2, 2.4))
    m("lateral_epicondyle", "humerus", ellipse(*L["lateral_epicondyle"], 2.5, 2.5))
    m("anterior_superior_iliac_spine", "hip_bone", ellipse(121.6, 371.4, 2.5, 2.5))
    m("posterior_superior_iliac_spine", "hip_bone", ellipse(59.4, 362.4, 2.4, 2.6))
    m("iliac_crest", "hip_bone", strip([(66, 349.6), (76, 344.8), (88, 344.2), (100, 347.8), (110, 354.4)], 2.6))
    m("ischial_tuberosity", "hip_bone", ellipse(64, 439.4, 3.2, 2.6))
    m("pubic_tubercle", "hip_bone", ellipse(118.6, 414.6, 2.4, 2.4))
    m("greater_trochanter", "femur", ellipse(*L["greater_trochanter"], 3.4, 4.0))
    m("fibular_head", "fibula", ellipse(80, 625, 2.6, 3.0))
    m("tibial_tuberosity", "tibia", ellipse(112.6, 629, 2.4, 2.8))
    m("lateral_malleolus", "fibula", ellipse(82.4, 800.6, 2.4, 2.8))
    s.finish()
