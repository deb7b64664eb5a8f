"""What a quiz question points at on the body, drawn over the scene without touching the selection
(a selected structure would name itself in the panel and give the answer away)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from . import theme
from .body_scene import BodyScene

CUE_Z = 58.0  # above a traced line (55), below the hover ring (60)


@dataclass(frozen=True)
class QuizCue:
    structures: tuple[str, ...] = ()  # nodes to point at
    zones: tuple[str, ...] = ()  # zone nodes to point at
    right: tuple[str, ...] = ()  # after an answer: what was right (nodes or zone nodes)
    wrong: tuple[str, ...] = ()  # after an answer: what was tapped or chosen and was not


class QuizCueItem(QGraphicsItem):
    """One scene's cue: the pointed-at areas filled and ringed, right answers ringed solid green,
    a wrong tap ringed dashed."""

    def __init__(self, scene: BodyScene) -> None:
        super().__init__()
        self.setZValue(CUE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._cue = QPainterPath()
        self._right = QPainterPath()
        self._wrong = QPainterPath()
        self._bounds = QRectF()
        scene.addItem(self)

    def show(self, cue: QPainterPath, right: QPainterPath, wrong: QPainterPath) -> None:
        self.prepareGeometryChange()
        self._cue, self._right, self._wrong = cue, right, wrong
        bounds = cue.boundingRect().united(right.boundingRect()).united(wrong.boundingRect())
        self._bounds = bounds.adjusted(-20, -20, 20, 20) if not bounds.isNull() else QRectF()
        self.update()

    @property
    def empty(self) -> bool:
        return self._cue.isEmpty() and self._right.isEmpty() and self._wrong.isEmpty()

    def cue_rect(self) -> QRectF:
        return self._cue.boundingRect()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: a tap answers with what lies beneath

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for path, fill, edge, style in (
                (self._cue, QColor(theme.QUIZ_CUE.red(), theme.QUIZ_CUE.green(), theme.QUIZ_CUE.blue(), 150),
                 theme.QUIZ_CUE_EDGE, Qt.PenStyle.SolidLine),
                (self._right, QColor(0, 0, 0, 0), theme.QUIZ_RIGHT, Qt.PenStyle.SolidLine),
                (self._wrong, QColor(0, 0, 0, 0), theme.QUIZ_WRONG, Qt.PenStyle.DashLine)):
            if path.isEmpty():
                continue
            halo = QPen(QColor(255, 255, 255, 220), 6.0)
            halo.setCosmetic(True)
            painter.setPen(halo)
            painter.setBrush(QBrush(fill))
            painter.drawPath(path)
            pen = QPen(edge, 3.0, style)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)


class QuizCueLayer(QObject):
    """Keeps the scene on screen showing the current cue as the body turns."""

    def __init__(self, zone_paths: Callable[[BodyScene], dict[str, QPainterPath]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone_paths = zone_paths
        self._items: dict[int, QuizCueItem] = {}
        self._scene: BodyScene | None = None
        self.cue = QuizCue()

    def item(self, scene: BodyScene) -> QuizCueItem:
        item = self._items.get(id(scene))
        if item is None:
            item = self._items[id(scene)] = QuizCueItem(scene)
        return item

    def show_scene(self, scene: BodyScene) -> None:
        self._scene = scene
        self._draw()

    def show(self, cue: QuizCue) -> None:
        self.cue = cue
        self._draw()

    def _path(self, scene: BodyScene, ids: tuple[str, ...]) -> QPainterPath:
        out = QPainterPath()
        zones = self._zone_paths(scene) if any(i not in scene.items_by_node for i in ids) else {}
        for i in ids:
            item = scene.items_by_node.get(i)
            if item is not None:
                out.addPath(item.mapToScene(item.outline()))
            elif i in zones:
                out.addPath(zones[i])
        return out

    def _draw(self) -> None:
        scene = self._scene
        if scene is None:
            return
        for key, item in self._items.items():
            if key != id(scene) and not item.empty:
                item.show(QPainterPath(), QPainterPath(), QPainterPath())
        c = self.cue
        self.item(scene).show(self._path(scene, (*c.structures, *c.zones)), self._path(scene, c.right),
                              self._path(scene, c.wrong))
