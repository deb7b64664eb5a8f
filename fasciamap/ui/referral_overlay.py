"""A muscle's trigger-point referral pattern drawn over one body scene, as the charts therapists know
draw it: the essential zone in solid red-orange with a cross-hatch, the spillover in a pale shade with
a sparse stipple and a dashed edge, an × at each trigger point; and the zones a client marked as
painful in a blue of their own with a diagonal hatch and a thick edge, so the two read together.

Every kind differs by pattern and line style as well as by colour (the handout's legend swatches,
whose colours this module shares, say the same). Hatches, stipples, pens and markers are cosmetic:
sized in screen pixels, so they read alike at fit and zoomed in. One overlay per scene, above the
tissue and its highlights and below a traced line; it never takes a click and never touches the
tissue's caches.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..atlas.model import Referral
from ..atlas.zones import ZoneMap
from . import theme
from .body_scene import BodyScene, RegionItem
from .theme import REFERRAL_ESSENTIAL as ESSENTIAL  # the handout legend's colours: the key matches the body
from .theme import REFERRAL_SPILLOVER as SPILLOVER
from .painter_paths import to_painter_path

OVERLAY_Z = 50.0  # above the highlights (25-45), below a traced line (55) and the hover ring (60)
MARKER_PX = 12.0  # the width of a trigger-point × on screen
MARGIN = 8.0  # scene units round the zones for the cosmetic pens
FIT_GUESS = 0.9  # screen pixels to a scene unit at fit, when the scene is in no view yet
GRID = 20  # samples a side when snapping a trigger point into its muscle
MADE_LIMIT = 128  # patterns whose areas an overlay keeps (every muscle with one, on both sides)
SPREAD = 13.0  # scene units: two trigger points closer than this are set apart (about an × at fit)

ESSENTIAL_FILL = QColor(ESSENTIAL)
ESSENTIAL_FILL.setAlpha(195)  # about 75% opaque: the tissue beneath just shows
ESSENTIAL_INK = ESSENTIAL.darker(190)  # the cross-hatch, as on the legend swatch
ESSENTIAL_EDGE = ESSENTIAL.darker(160)
SPILLOVER_FILL = QColor(SPILLOVER)
SPILLOVER_FILL.setAlpha(210)
SPILLOVER_DOT = ESSENTIAL.darker(120)
SPILLOVER_EDGE = QColor(ESSENTIAL)
MARKER_INK = QColor("#1b1b1b")
MARKER_HALO = QColor("white")
PAINTED_EDGE = QColor("#1c2f8f")  # deep blue: apart from the red-orange pattern and the selection's blue
PAINTED_FILL = QColor(60, 95, 215, 80)
PAINTED_HATCH = QColor(28, 47, 143, 170)

_ZONE_PATHS: dict[tuple[int, str], tuple[ZoneMap, dict[str, QPainterPath]]] = {}


def zone_paths(zone_map: ZoneMap, view_id: str) -> dict[str, QPainterPath]:
    """Zone node -> its outline as a path in the view's drawing coordinates (empty for a view with no
    zone art); made once per zone map and view."""
    key = (id(zone_map), view_id)
    held = _ZONE_PATHS.get(key)
    if held is None or held[0] is not zone_map:  # an id reused by a newer map: made anew
        paths = {node: to_painter_path(outline) for node, outline in zone_map.outlines.get(view_id, {}).items()}
        for path in paths.values():
            path.setFillRule(Qt.FillRule.WindingFill)
        held = _ZONE_PATHS[key] = (zone_map, paths)
    return held[1]


# -- the patterns: small tiles in device pixels, so a hatch is as fine zoomed in as at fit ---------------

def _tile(kind: str, dpr: float) -> QPixmap:
    """One repeat of a fill pattern, ``dpr`` device pixels to a screen pixel."""
    step = {"essential": 7, "spillover": 9, "painted": 8, "thumb_essential": 5, "thumb_spillover": 5}[kind]
    size = max(2, round(step * dpr))
    pixmap = QPixmap(size, size)
    # the zone's fill is the tile's ground, so a zone is one pass of one brush, not a fill and a pattern
    pixmap.fill({"essential": ESSENTIAL_FILL, "thumb_essential": ESSENTIAL_FILL, "spillover": SPILLOVER_FILL,
                 "thumb_spillover": SPILLOVER_FILL}.get(kind, PAINTED_FILL))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    if kind in ("essential", "thumb_essential"):  # a cross-hatch, both diagonals
        painter.setPen(QPen(ESSENTIAL_INK, max(0.8, 1.0 * dpr) if kind == "essential" else 0.8 * dpr))
        for dx in (-s, 0.0, s):
            painter.drawLine(QPointF(dx, 0), QPointF(dx + s, s))
            painter.drawLine(QPointF(dx, s), QPointF(dx + s, 0))
    elif kind in ("spillover", "thumb_spillover"):  # sparse dots, every other row shifted half a step
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SPILLOVER_DOT)
        r = (0.95 if kind == "spillover" else 0.6) * dpr
        for x, y in ((s * 0.25, s * 0.25), (s * 0.75, s * 0.75)):
            painter.drawEllipse(QPointF(x, y), r, r)
    else:  # painted: one diagonal, falling to the right, unlike any pattern stroke
        painter.setPen(QPen(PAINTED_HATCH, 1.2 * dpr))
        for dx in (-s, 0.0, s):
            painter.drawLine(QPointF(dx, 0), QPointF(dx + s, s))
    painter.end()
    return pixmap


_TILES: dict[tuple[str, float], QBrush] = {}


def _pattern(kind: str, painter: QPainter, px: float = 1.0) -> QBrush:
    """The pattern brush for the painter's device, tiled in screen pixels (``px`` device pixels each)
    whatever the zoom, anchored to the scene so it never swims when the body is panned."""
    dpr = round((painter.device().devicePixelRatioF() or 1.0) * px * 4) / 4 or 1.0
    brush = _TILES.get((kind, dpr))
    if brush is None:
        brush = _TILES[(kind, dpr)] = QBrush(_tile(kind, dpr))
    world = painter.worldTransform()
    sx, sy = math.hypot(world.m11(), world.m12()), math.hypot(world.m21(), world.m22())
    out = QBrush(brush)
    if sx > 0 and sy > 0:
        d = painter.device().devicePixelRatioF() or 1.0
        out.setTransform(QTransform.fromScale(d / sx, d / sy))  # tile pixels are device pixels
    return out


def screen_px(painter: QPainter, widget: QWidget | None, scene: object) -> float:
    """Device pixels to a screen pixel: 1 on screen; for an image rendered from the scene (an export at
    twice the view's size, say), the image's scale over the view's, so marks keep their size on it."""
    if widget is not None or not isinstance(scene, BodyScene) or not scene.views():
        return 1.0
    view_scale = scene.views()[0].transform().m11()
    world = painter.worldTransform()
    scale = math.hypot(world.m11(), world.m12()) / (painter.device().devicePixelRatioF() or 1.0)
    return min(max(scale / view_scale, 0.5), 8.0) if view_scale > 0 else 1.0


def _cosmetic(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    if style == Qt.PenStyle.DashLine:
        pen.setDashPattern([4.0, 2.5])
    return pen


def _union(paths: Iterable[QPainterPath]) -> QPainterPath:
    """The zones as one area: neighbouring zones share an edge, never a doubled tint."""
    items = [p for p in paths if not p.isEmpty()]
    while len(items) > 1:
        merged = [a.united(b) for a, b in zip(items[::2], items[1::2])]
        items = merged + items[len(merged) * 2:]
    if not items:
        return QPainterPath()
    out = _without_slivers(items[0].simplified())
    out.setFillRule(Qt.FillRule.WindingFill)
    return out


def _without_slivers(path: QPainterPath) -> QPainterPath:
    """The path without pieces thinner than half a unit (a stray spike in the artwork would show as
    a speck of colour beside the zone)."""
    pieces: list[list[tuple[int, float, float]]] = []
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement or not pieces:
            pieces.append([])
        pieces[-1].append((e.type.value, e.x, e.y))
    out = QPainterPath()
    out.setFillRule(path.fillRule())
    for piece in pieces:
        xs, ys = [x for _, x, _ in piece], [y for _, _, y in piece]
        if min(max(xs) - min(xs), max(ys) - min(ys)) < 0.5:
            continue
        k = 0
        while k < len(piece):
            kind, x, y = piece[k]
            if kind == QPainterPath.ElementType.CurveToElement.value and k + 2 < len(piece):
                out.cubicTo(x, y, piece[k + 1][1], piece[k + 1][2], piece[k + 2][1], piece[k + 2][2])
                k += 3
                continue
            if kind == QPainterPath.ElementType.MoveToElement.value:
                out.moveTo(x, y)
            else:
                out.lineTo(x, y)
            k += 1
    return out


def paint_zones(painter: QPainter, essential: QPainterPath, spillover: QPainterPath, small: bool = False,
                px: float = 1.0) -> None:
    """The spillover, then the essential zone over it, each with its pattern and edge (``px`` device
    pixels to a screen pixel; ``small`` for a thumbnail)."""
    wide = (0.8 if small else 1.0) * px
    if not spillover.isEmpty():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_pattern("thumb_spillover" if small else "spillover", painter, px))
        painter.drawPath(spillover)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_cosmetic(SPILLOVER_EDGE, 1.4 * wide, Qt.PenStyle.DashLine))
        painter.drawPath(spillover)
    if not essential.isEmpty():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_pattern("thumb_essential" if small else "essential", painter, px))
        painter.drawPath(essential)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_cosmetic(ESSENTIAL_EDGE, 1.6 * wide))
        painter.drawPath(essential)


def paint_cross(painter: QPainter, centre: QPointF, half: float, width: float) -> None:
    """A bold × in a dark ink over a white halo (device units: call with an untransformed painter)."""
    for pen in (QPen(MARKER_HALO, width * 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap),
                QPen(MARKER_INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)):
        painter.setPen(pen)
        painter.drawLine(QPointF(centre.x() - half, centre.y() - half), QPointF(centre.x() + half, centre.y() + half))
        painter.drawLine(QPointF(centre.x() - half, centre.y() + half), QPointF(centre.x() + half, centre.y() - half))


def _area(path: QPainterPath) -> float:
    total = 0.0
    for polygon in path.toFillPolygons():
        n = polygon.size()
        total += abs(sum(polygon.at(i).x() * polygon.at((i + 1) % n).y() - polygon.at((i + 1) % n).x() * polygon.at(i).y()
                         for i in range(n))) / 2
    return total


class ReferralOverlay(QGraphicsItem):
    """The referral pattern and the painted zones of one scene (zones not drawn in it are ignored)."""

    def __init__(self, scene: BodyScene, paths: dict[str, QPainterPath]) -> None:
        super().__init__()
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._paths = paths
        self._areas: dict[str, float] = {}
        self._essential: tuple[str, ...] = ()
        self._spillover: tuple[str, ...] = ()
        self._painted: tuple[str, ...] = ()
        self._points: tuple[QPointF, ...] = ()
        self._clear = QPainterPath()
        self._made: dict[tuple, tuple[QPainterPath, QPainterPath]] = {}  # patterns' areas, as made
        self._essential_area = QPainterPath()
        self._spillover_area = QPainterPath()
        self._painted_area = QPainterPath()
        self._bounds = QRectF()
        scene.addItem(self)

    # -- read-only state ------------------------------------------------------------------------------
    @property
    def paths(self) -> dict[str, QPainterPath]:
        return self._paths

    @property
    def shown_essential(self) -> tuple[str, ...]:
        return self._essential

    @property
    def shown_spillover(self) -> tuple[str, ...]:
        return self._spillover

    @property
    def shown_painted(self) -> tuple[str, ...]:
        return self._painted

    @property
    def trigger_points(self) -> tuple[QPointF, ...]:
        return self._points

    @property
    def empty(self) -> bool:
        return not (self._essential or self._spillover or self._points or self._painted)

    # -- what is shown -----------------------------------------------------------------------------
    def show_pattern(self, essential: Iterable[str], spillover: Iterable[str], trigger_points: Sequence[QPointF],
                     keep_clear: QPainterPath | None = None) -> None:
        """``keep_clear``: the selected muscle's outline, left uncovered so its highlight shows through
        the zones (a muscle often lies under its own essential zone)."""
        ess = tuple(z for z in dict.fromkeys(essential) if z in self._paths)
        spill = tuple(z for z in dict.fromkeys(spillover) if z in self._paths and z not in ess)
        points = tuple(QPointF(p) for p in trigger_points)
        clear = QPainterPath(keep_clear) if keep_clear is not None else QPainterPath()
        if (ess, spill) == (self._essential, self._spillover) and points == self._points and clear == self._clear:
            return
        self._essential, self._spillover, self._clear = ess, spill, clear
        self._essential_area, self._spillover_area = self.prepare_pattern(ess, spill, clear)
        self._points = points
        self._changed()

    def prepare_pattern(self, essential: Iterable[str], spillover: Iterable[str],
                        keep_clear: QPainterPath | None = None) -> tuple[QPainterPath, QPainterPath]:
        """The essential and spillover areas of a pattern, made once (ahead in idle time, or when first
        shown): the union and the cut-out are the slow part of showing one."""
        ess = tuple(z for z in dict.fromkeys(essential) if z in self._paths)
        spill = tuple(z for z in dict.fromkeys(spillover) if z in self._paths and z not in ess)
        clear = keep_clear if keep_clear is not None else QPainterPath()
        key = (ess, spill, clear.elementCount(), clear.boundingRect().getRect())
        areas = self._made.get(key)
        if areas is None:
            essential_area = _union(self._paths[z] for z in ess)
            spillover_area = _union(self._paths[z] for z in spill)
            if not clear.isEmpty():
                essential_area = essential_area.subtracted(clear)
                spillover_area = spillover_area.subtracted(clear)
            if len(self._made) >= MADE_LIMIT:
                self._made.pop(next(iter(self._made)))
            areas = self._made[key] = (essential_area, spillover_area)
        return areas

    def clear_pattern(self) -> None:
        self.show_pattern((), (), ())

    def show_painted(self, zones: Iterable[str]) -> None:
        painted = tuple(z for z in dict.fromkeys(zones) if z in self._paths)
        if painted == self._painted:
            return
        self._painted = painted
        self._painted_area = _union(self._paths[z] for z in painted)
        self._changed()

    def _changed(self) -> None:
        self.prepareGeometryChange()
        rect = QRectF()
        for area in (self._essential_area, self._spillover_area, self._painted_area):
            if not area.isEmpty():
                rect = rect.united(area.boundingRect())
        rect = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN) if not rect.isNull() else QRectF()
        if self._points:
            scene = self.scene()
            scales = [v.transform().m11() for v in scene.views()] if scene is not None else []
            reach = MARKER_PX / (min([*scales, FIT_GUESS]) * 0.6)  # room for the × zoomed out to the limit
            for p in self._points:
                rect = rect.united(QRectF(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach))
        self._bounds = rect
        self.update()

    # -- questions -----------------------------------------------------------------------------------
    def zone_at(self, scene_pos: QPointF) -> str | None:
        """The zone under a point; where zones overlap, the smallest (the most specific)."""
        pos = self.mapFromScene(scene_pos)
        hits = [z for z, p in self._paths.items() if p.controlPointRect().contains(pos) and p.contains(pos)]
        if not hits:
            return None
        for z in hits:
            if z not in self._areas:
                self._areas[z] = _area(self._paths[z])
        return min(hits, key=lambda z: (self._areas[z], z))

    def pattern_rect(self) -> QRectF | None:
        """The area of the shown pattern and its trigger points, in scene coordinates."""
        rect = QRectF()
        for area in (self._essential_area, self._spillover_area):
            if not area.isEmpty():
                rect = rect.united(area.boundingRect())
        for p in self._points:
            rect = rect.united(QRectF(p.x() - 1, p.y() - 1, 2, 2))
        return None if rect.isNull() else self.mapRectToScene(rect)

    # -- QGraphicsItem --------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks belong to the structures beneath

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._bounds.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        px = screen_px(painter, widget, self.scene())
        painted = not self._painted_area.isEmpty()
        if painted:  # the client's areas under the pattern, their edge over it: both read at once
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_pattern("painted", painter, px))
            painter.drawPath(self._painted_area)
        paint_zones(painter, self._essential_area, self._spillover_area, px=px)
        if painted:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic(QColor(255, 255, 255, 200), 5.0 * px))
            painter.drawPath(self._painted_area)
            painter.setPen(_cosmetic(PAINTED_EDGE, 3.0 * px))
            painter.drawPath(self._painted_area)
        if self._points:
            to_device = painter.worldTransform()
            painter.save()
            painter.resetTransform()
            for p in self._points:
                paint_cross(painter, to_device.map(p), (MARKER_PX / 2 - 1.5) * px, 2.6 * px)
            painter.restore()


# -- trigger points on the drawn muscle -----------------------------------------------------------------

def _inside_points(item: RegionItem, box: QRectF, n: int) -> list[tuple[QPointF, bool]]:
    """Grid points inside the item's shape, each with whether its neighbours are inside too."""
    shape = item.shape()
    dx, dy = box.width() / n, box.height() / n
    inside = [[shape.contains(QPointF(box.left() + (i + 0.5) * dx, box.top() + (j + 0.5) * dy)) for i in range(n)]
              for j in range(n)]
    out: list[tuple[QPointF, bool]] = []
    for j in range(n):
        for i in range(n):
            if inside[j][i]:
                deep = all(0 <= a < n and 0 <= b < n and inside[b][a]
                           for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)))
                out.append((QPointF(box.left() + (i + 0.5) * dx, box.top() + (j + 0.5) * dy), deep))
    return out


def _snap(item: RegionItem, target: QPointF, grid: list[tuple[QPointF, bool]]) -> QPointF:
    """The target if it lies inside the item, else the nearest grid point well inside it."""
    if item.shape().contains(target):
        return target
    deep = [p for p, d in grid if d] or [p for p, _ in grid]
    if not deep:
        return target
    return min(deep, key=lambda p: (p.x() - target.x()) ** 2 + (p.y() - target.y()) ** 2)


def _apart(item: RegionItem, point: QPointF, placed: list[QPointF]) -> QPointF:
    """The point, or one beside it still inside the item when it lands on a trigger point already
    placed (closer than about half an ×): :data:`SPREAD` away, nearer on a slender muscle."""
    def clear(p: QPointF, gap: float) -> bool:
        return all((p.x() - q.x()) ** 2 + (p.y() - q.y()) ** 2 >= gap ** 2 for q in placed)

    if clear(point, SPREAD * 0.6):  # apart enough already: two ×s that touch still read as two
        return point
    shape = item.shape()
    for gap in (SPREAD, SPREAD * 0.6, SPREAD * 0.35, SPREAD * 0.2):
        for radius in (gap, gap * 1.5):
            for k in range(16):
                angle = math.pi / 2 + k * math.pi / 8  # below first, then round
                moved = QPointF(point.x() + radius * math.cos(angle), point.y() + radius * math.sin(angle))
                if shape.contains(moved) and clear(moved, gap):
                    return moved
    return point


def figure_midline(scene: BodyScene) -> float:
    """The x of the body's midline: the middle of the figure (not of an inset drawn beside it)."""
    silhouette = _context(scene)[0]
    return silhouette.boundingRect().center().x()


def trigger_point_positions(scene: BodyScene, node: str, referral: Referral) -> list[QPointF]:
    """Each trigger point of ``referral`` on the muscle ``node`` as drawn in ``scene`` (none if it is not
    drawn there): ``along`` from the top of the drawn muscle to its bottom, ``across`` from its edge
    nearer the body's midline to the farther one (the middle, for a midline structure or a side view),
    moved into the muscle when that lands outside it, and apart from each other when two coincide."""
    item = scene.items_by_node.get(node)
    if item is None:
        return []
    box = item.shape().boundingRect()
    if box.isEmpty():
        return []
    view = scene.graph.atlas.views.get(scene.view_id)
    side_view = view is not None and view.side is not None
    structure = scene.graph.atlas.structures.get(node)
    midline_x = figure_midline(scene)
    lateral_right = box.center().x() >= midline_x
    grid: list[tuple[QPointF, bool]] | None = None
    placed: list[QPointF] = []
    for tp in referral.trigger_points:
        along = min(max(tp.along, 0.0), 1.0)
        across = min(max(tp.across, 0.0), 1.0)
        y = box.top() + along * box.height()
        if side_view or structure is None or structure.side is None:
            x = box.center().x()
        elif lateral_right:
            x = box.left() + across * box.width()
        else:
            x = box.right() - across * box.width()
        point = QPointF(x, y)
        if not item.shape().contains(point):
            grid = grid if grid is not None else _inside_points(item, box, GRID)
            point = _snap(item, point, grid)
        point = _apart(item, point, placed)
        placed.append(point)
    return [item.mapToScene(p) for p in placed]


# -- a small picture of a pattern, for a ranked list ---------------------------------------------------

_CONTEXT: "weakref.WeakKeyDictionary[BodyScene, tuple[QPainterPath, tuple[QPainterPath, ...]]]" = \
    weakref.WeakKeyDictionary()
THUMB_BODY = QColor("#eadfd3")
THUMB_BODY_EDGE = QColor("#b9a596")
THUMB_CONTEXT = 0.07  # of the body's height, round the zones
THUMB_MIN_SPAN = 0.36  # the least share of the body's height a thumbnail shows


def _context(scene: BodyScene) -> tuple[QPainterPath, tuple[QPainterPath, ...]]:
    """The body's outline (the scene's own, or its frame when the art has none) and the outlines of
    what is drawn beside it (the inset of the soles), made once per scene."""
    held = _CONTEXT.get(scene)
    if held is None:
        path = scene.silhouette
        if not isinstance(path, QPainterPath) or path.isEmpty():
            path = QPainterPath()
            path.addRect(scene.body_rect)
        insets = tuple(item.shape() for item in scene.items_by_node.values() if not scene.in_figure(item))
        held = _CONTEXT[scene] = (path, insets)
    return held


def _thumb_frame(body: QRectF, zones: QRectF, aspect: float) -> QRectF:
    """The part of the body to show: the zones with context round them, at least a good share of the
    body's height, of the picture's aspect, kept on the body."""
    h = body.height()
    rect = zones.adjusted(-THUMB_CONTEXT * h, -THUMB_CONTEXT * h, THUMB_CONTEXT * h, THUMB_CONTEXT * h)
    if rect.height() < THUMB_MIN_SPAN * h:
        grow = (THUMB_MIN_SPAN * h - rect.height()) / 2
        rect.adjust(0, -grow, 0, grow)
    width, height = max(rect.width(), rect.height() * aspect), max(rect.height(), rect.width() / aspect)
    centre = rect.center()
    rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    limit = body.adjusted(-0.03 * h, -0.03 * h, 0.03 * h, 0.03 * h)
    dx = dy = 0.0
    if rect.height() <= limit.height():
        dy = max(limit.top() - rect.top(), 0.0) + min(limit.bottom() - rect.bottom(), 0.0)
    else:
        dy = limit.center().y() - rect.center().y()
    if rect.width() <= limit.width():
        dx = max(limit.left() - rect.left(), 0.0) + min(limit.right() - rect.right(), 0.0)
    return rect.translated(dx, dy)


def pattern_thumbnail(scene: BodyScene, paths: dict[str, QPainterPath], essential: Iterable[str],
                      spillover: Iterable[str], size: QSize, trigger_points: Sequence[QPointF] = ()) -> QPixmap:
    """A small picture of a pattern for a list: the body's outline in a pale tone, framed on the zones
    with enough of the body round them to say where they are, the zones in the overlay's styles."""
    pixmap = QPixmap(size)
    pixmap.fill(theme.PAPER)
    if size.isEmpty():
        return pixmap
    ess = [z for z in dict.fromkeys(essential) if z in paths]
    spill = [z for z in dict.fromkeys(spillover) if z in paths and z not in ess]
    essential_area = _union(paths[z] for z in ess)
    spillover_area = _union(paths[z] for z in spill)
    silhouette, insets = _context(scene)
    body = silhouette.boundingRect()
    beside = QRectF()
    for inset in insets:
        beside = beside.united(inset.boundingRect())
    zones = QRectF()
    for area in (essential_area, spillover_area):
        if not area.isEmpty():
            zones = zones.united(area.boundingRect())
    for p in trigger_points:
        zones = zones.united(QRectF(p.x() - 1, p.y() - 1, 2, 2))
    if zones.isNull():
        zones = body
    elif not beside.isNull() and not body.contains(zones.center()) and beside.contains(zones.center()):
        body = beside  # zones on an inset (the soles): framed on the inset, as the body would be
    elif not beside.isNull():
        body = body.united(beside)
    frame = _thumb_frame(body, zones, size.width() / size.height())
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min(size.width() / frame.width(), size.height() / frame.height())
    painter.translate(size.width() / 2, size.height() / 2)
    painter.scale(scale, scale)
    painter.translate(-frame.center())
    painter.setPen(_cosmetic(THUMB_BODY_EDGE, 0.8))
    painter.setBrush(THUMB_BODY)
    painter.drawPath(silhouette)
    for inset in insets:
        painter.drawPath(inset)
    paint_zones(painter, essential_area, spillover_area, small=True)
    if trigger_points:
        to_device = painter.worldTransform()
        painter.resetTransform()
        for p in trigger_points:
            paint_cross(painter, to_device.map(QPointF(p)), 3.0, 1.4)
    painter.end()
    return pixmap


__all__ = [
    "OVERLAY_Z", "ReferralOverlay", "paint_cross", "paint_zones", "pattern_thumbnail",
    "trigger_point_positions", "zone_paths",
]
