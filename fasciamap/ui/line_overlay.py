"""A traced line or path drawn over one body scene: its tracks tinted, a stroke running along them from
one end to the other (drawn once, then held), and markers at the stations between them.

The route is computed from the tracks' own outlines in this view: where two neighbouring tracks are
both drawn it passes between them at the closest points of their outlines, and through a point
inside each track; where the next track is drawn only in another view the route is dashed, so a line
that runs round to the back is never drawn as if it jumped. One overlay per scene, above the tissue
and its highlights; it never touches their caches.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from . import theme
from .body_scene import BodyScene, RegionItem

OVERLAY_Z = 55.0  # above the highlights (25-45), below the hover ring (60)
DRAW_MS_PER_TRACK = 160  # the stroke runs along the body at this pace, then holds
SAMPLES = 24  # outline vertices sampled per track when looking for where two tracks meet


@dataclass(frozen=True)
class RoutePiece:
    """Part of the route: a smooth run through drawn tracks, or a dashed bridge to the next one."""

    points: tuple[QPointF, ...]
    hidden: bool  # the tracks between these points are drawn in another view


@dataclass(frozen=True)
class Route:
    tracks: tuple[str, ...]  # the nodes drawn in this scene
    pieces: tuple[RoutePiece, ...]
    stations: tuple[QPointF, ...]
    colour: QColor


def _vertices(item: RegionItem) -> list[QPointF]:
    """Up to SAMPLES points spread along the item's outline, in scene coordinates."""
    polygon = item.outline().toFillPolygon()
    n = polygon.size()
    if n == 0:
        return [item.boundingRect().center()]
    step = max(1, n // SAMPLES)
    return [polygon.at(i) for i in range(0, n, step)]


def _closest(a: list[QPointF], b: list[QPointF]) -> tuple[QPointF, QPointF]:
    best = (math.inf, a[0], b[0])
    for p in a:
        for q in b:
            d = (p.x() - q.x()) ** 2 + (p.y() - q.y()) ** 2
            if d < best[0]:
                best = (d, p, q)
    return best[1], best[2]


def _inside(item: RegionItem) -> QPointF:
    """A point inside the track: its centre, or the outline point nearest it for a curved shape."""
    centre = item.boundingRect().center()
    if item.shape().contains(centre):
        return centre
    return min(_vertices(item), key=lambda p: (p.x() - centre.x()) ** 2 + (p.y() - centre.y()) ** 2)


def _far_end(item: RegionItem, away_from: QPointF) -> QPointF:
    """The track's outline point farthest from where the route meets its neighbour (its free end)."""
    far = max(_vertices(item), key=lambda p: (p.x() - away_from.x()) ** 2 + (p.y() - away_from.y()) ** 2)
    inner = _inside(item)
    return QPointF(far.x() * 0.8 + inner.x() * 0.2, far.y() * 0.8 + inner.y() * 0.2)  # just inside it


def route(scene: BodyScene, nodes: list[str], stations: list[str], colour: QColor) -> Route:
    """The route through ``nodes`` (tracks, in order) as drawn in ``scene``."""
    drawn = [(k, scene.items_by_node[n]) for k, n in enumerate(nodes) if n in scene.items_by_node]
    pieces: list[RoutePiece] = []
    if drawn:
        samples = {id(item): _vertices(item) for _, item in drawn}
        current: list[QPointF] = []
        for i, (k, item) in enumerate(drawn):
            inner = _inside(item)
            if i == 0:
                if len(drawn) > 1 and drawn[1][0] == k + 1 and scene.in_figure(item) == scene.in_figure(drawn[1][1]):
                    current.append(_far_end(item, _inside(drawn[1][1])))
                current.append(inner)
            else:
                prev_k, prev = drawn[i - 1]
                same_drawing = scene.in_figure(prev) == scene.in_figure(item)  # not one in an inset
                if prev_k == k - 1 and same_drawing:  # neighbours on the line, both drawn here: meet where they touch
                    p, q = _closest(samples[id(prev)], samples[id(item)])
                    current.append(QPointF((p.x() + q.x()) / 2, (p.y() + q.y()) / 2))
                    current.append(inner)
                else:  # the tracks between are drawn in another view (or an inset): a dashed bridge
                    pieces.append(RoutePiece(tuple(current), False))
                    pieces.append(RoutePiece((current[-1], inner), True))
                    current = [inner]
            if (i == len(drawn) - 1 and i > 0 and drawn[i - 1][0] == k - 1
                    and scene.in_figure(item) == scene.in_figure(drawn[i - 1][1])):
                current.append(_far_end(item, _inside(drawn[i - 1][1])))
        pieces.append(RoutePiece(tuple(current), False))
    marks = tuple(scene.items_by_node[s].boundingRect().center() for s in stations if s in scene.items_by_node)
    return Route(tuple(nodes[k] for k, _ in drawn), tuple(p for p in pieces if p.points), marks, colour)


def _smooth(points: tuple[QPointF, ...]) -> QPainterPath:
    """A Catmull-Rom curve through the points, as cubic Béziers."""
    path = QPainterPath(points[0])
    if len(points) == 1:
        return path
    pts = [points[0], *points, points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        c1 = p1 + (p2 - p0) / 6.0
        c2 = p2 - (p3 - p1) / 6.0
        path.cubicTo(c1, c2, p2)
    return path


class LineOverlay(QGraphicsItem):
    """The traced routes of one scene (one, or two for a line traced on both sides)."""

    def __init__(self, scene: BodyScene) -> None:
        super().__init__()
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._routes: list[Route] = []
        self._paths: list[tuple[QPainterPath, bool, QColor]] = []
        self._tints: list[tuple[QPainterPath, QColor]] = []
        self._bounds = QRectF()
        self._progress = 1.0
        self._animation = QVariantAnimation(scene)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._advance)
        scene.addItem(self)
        self.setOpacity(0.0)

    @property
    def routes(self) -> list[Route]:
        return self._routes

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def show_routes(self, routes: list[Route], animate: bool = True) -> None:
        self.prepareGeometryChange()
        self._routes = routes
        scene = self.scene()
        items = scene.items_by_node if isinstance(scene, BodyScene) else {}
        self._paths = [(_smooth(p.points), p.hidden, r.colour) for r in routes for p in r.pieces]
        self._tints = []
        for r in routes:
            tint = QColor(r.colour)
            tint.setAlpha(70)
            self._tints += [(items[n].outline(), tint) for n in r.tracks if n in items]
        rect = QRectF()
        for path, _, _ in self._paths:
            rect = rect.united(path.boundingRect())
        for path, _ in self._tints:
            rect = rect.united(path.boundingRect())
        self._bounds = rect.adjusted(-8, -8, 8, 8)
        self.setOpacity(1.0 if routes else 0.0)
        self._animation.stop()
        if routes and animate:
            tracks = sum(len(r.tracks) for r in routes)
            self._animation.setDuration(max(600, DRAW_MS_PER_TRACK * tracks))
            self._progress = 0.0
            self._animation.start()
        else:
            self._progress = 1.0
        self.update()

    def finish(self) -> None:
        """Jump to the end of the drawing (and hold it)."""
        self._animation.stop()
        self._advance(1.0)

    def _advance(self, value: object) -> None:
        self._progress = float(value)  # type: ignore[arg-type]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks belong to the structures beneath

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._routes:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for path, tint in self._tints:
            painter.setBrush(tint)
            painter.drawPath(path)
        total = sum(p.length() for p, _, _ in self._paths) or 1.0
        budget = self._progress * total
        for path, hidden, colour in self._paths:
            if budget <= 0:
                break
            length = path.length()
            part = path if budget >= length else _head(path, budget / length)
            budget -= length
            halo = QPen(theme.LINE_HALO, 7.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            halo.setCosmetic(True)
            pen = QPen(colour, 4.0, Qt.PenStyle.DashLine if hidden else Qt.PenStyle.SolidLine,
                       Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            pen.setCosmetic(True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if not hidden:
                painter.setPen(halo)
                painter.drawPath(part)
            painter.setPen(pen)
            painter.drawPath(part)
        if self._progress >= 1.0:
            for r in self._routes:
                ring = QPen(r.colour.darker(130), 1.6)
                ring.setCosmetic(True)
                painter.setPen(ring)
                painter.setBrush(QBrush(theme.LINE_HALO))
                for point in r.stations:
                    painter.drawEllipse(point, 2.2, 2.2)


def _head(path: QPainterPath, fraction: float) -> QPainterPath:
    """The first ``fraction`` of a path, sampled (only while the stroke is being drawn)."""
    steps = max(2, int(48 * fraction))
    head = QPainterPath(path.pointAtPercent(0.0))
    for i in range(1, steps + 1):
        head.lineTo(path.pointAtPercent(path.percentAtLength(path.length() * fraction * i / steps)))
    return head
