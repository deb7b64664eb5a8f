"""The zoomable, pannable view of the body: wheel and pinch zoom, drag to pan, click or tap to select.

Click and drag are told apart here, so selecting never fights panning; hit testing uses the
structures' real outlines, not their bounding boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QLinearGradient, QMouseEvent, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from . import theme
from .body_scene import BodyScene, RegionItem

_DRAG_THRESHOLD = 6  # pixels a press may move and still count as a click
MIN_ZOOM, MAX_ZOOM = 0.6, 14.0  # relative to fit-to-window
SETTLE_MS = 250  # after the zoom stops changing this long, the scene prepares highlights for it
FIT_MARGIN = 0.03  # of the body's size, round the body and its inset when fitted


class BodyView(QGraphicsView):
    clicked = Signal(object)  # node id, or None for empty space
    hovered = Signal(object)  # node id, or None
    double_clicked = Signal(object)  # node id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Items paint antialiased into their own caches; blitting those caches needs no smoothing,
        # and skipping it (with the two flags below) makes a selection's repaint about 3x faster.
        self.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        # Panning is by drag, pinch and wheel; scroll bars would only crowd the plate.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press: QPoint | None = None
        self._dragging = False
        self._last: QPoint | None = None
        self._hover: RegionItem | None = None
        self._last_click: QPoint | None = None
        self._fit_scale = 1.0
        self._follow_fit = True  # refit on resize until the user zooms
        self._paper: QPixmap | None = None  # the background, drawn once per viewport size
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)

    # -- scene ------------------------------------------------------------------------------------
    def body_scene(self) -> BodyScene | None:
        scene = self.scene()
        return scene if isinstance(scene, BodyScene) else None

    def show_scene(self, scene: BodyScene) -> None:
        self._set_hover(None)
        self.setScene(scene)
        self.fit()

    def _on_settled(self) -> None:
        scene = self.body_scene()
        if scene is not None and self.isVisible():
            scene.prepare()

    # -- zoom -------------------------------------------------------------------------------------
    def zoom_level(self) -> float:
        """Current scale relative to fit-to-window."""
        return self.transform().m11() / self._fit_scale if self._fit_scale else 1.0

    def fit(self) -> None:
        scene = self.body_scene()
        if scene is None:
            return
        body = scene.body_rect
        margin = FIT_MARGIN * max(body.width(), body.height())
        self.resetTransform()
        self.fitInView(body.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_scale = self.transform().m11()
        self._follow_fit = True
        self._settle.start()

    def zoom_to(self, rect: QRectF) -> None:
        """Frame a scene area (with a margin), within the zoom limits."""
        if self.body_scene() is None or rect.isEmpty():
            return
        margin = max(rect.width(), rect.height()) * 0.08 + 6
        self.fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
        level = self.zoom_level()
        if level < 1.0 or level > MAX_ZOOM:
            centre = rect.center()
            self.resetTransform()
            self.scale(self._fit_scale * min(max(level, 1.0), MAX_ZOOM), self._fit_scale * min(max(level, 1.0), MAX_ZOOM))
            self.centerOn(centre)
        self._follow_fit = False
        self._settle.start()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        current = self.zoom_level()
        target = max(MIN_ZOOM, min(MAX_ZOOM, current * factor))
        if abs(target - current) < 1e-6:
            return
        self._follow_fit = False
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
            self.scale(target / current, target / current)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
        else:
            self.scale(target / current, target / current)
        self._keep_body_in_view()
        self._settle.start()

    def _keep_body_in_view(self) -> None:
        """Never let the body leave the window: at least a quarter of it (or all, when zoomed out)
        stays on screen, so a lost body is one Fit away at most but never needs one."""
        scene = self.body_scene()
        if scene is None:
            return
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        body = scene.body_rect
        keep_w, keep_h = min(body.width(), seen.width()) * 0.25, min(body.height(), seen.height()) * 0.25
        dx = max(0.0, seen.left() + keep_w - body.right()) - max(0.0, body.left() - (seen.right() - keep_w))
        dy = max(0.0, seen.top() + keep_h - body.bottom()) - max(0.0, body.top() - (seen.bottom() - keep_h))
        if dx or dy:
            self.centerOn(seen.center() - QPointF(dx, dy))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.18**steps)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture) if isinstance(event, QGestureEvent) else None
            if isinstance(pinch, QPinchGesture):
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom_by(pinch.scaleFactor(), self.viewport().mapFromGlobal(pinch.hotSpot().toPoint()).toPointF())
                event.accept()
                return True
        return super().viewportEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """A pan repaints the whole window: Qt would blit the old pixels and paint only the strip
        uncovered, shifting the paper, which is fixed to the window, and leaving a seam."""
        super().scrollContentsBy(dx, dy)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._follow_fit:
            self.fit()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        """Paper shaded from the top of the window to its bottom, whatever part is repainted, so a
        pan or a selection never leaves a seam: one column of the gradient, made once per window
        height, stretched sideways over the exposed area."""
        viewport = self.viewport()
        dpr = viewport.devicePixelRatioF()
        height = max(1, round(viewport.height() * dpr))
        if self._paper is None or self._paper.height() != height:
            self._paper = QPixmap(1, height)
            gradient = QLinearGradient(0, 0, 0, height)
            gradient.setColorAt(0.0, theme.PAPER.lighter(103))
            gradient.setColorAt(1.0, QColor("#ece6dd"))
            paper = QPainter(self._paper)
            paper.fillRect(QRect(0, 0, 1, height), gradient)
            paper.end()
        exposed = self.mapFromScene(rect).boundingRect().adjusted(-1, -1, 1, 1) & viewport.rect()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawPixmap(QRectF(exposed), self._paper, QRectF(0, exposed.y() * dpr, 1, exposed.height() * dpr))
        painter.restore()

    # -- mouse: click vs drag, hover ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._last = self._press
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging and (pos - self._press).manhattanLength() > _DRAG_THRESHOLD:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging and self._last is not None:
                delta = pos - self._last
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
                self._keep_body_in_view()
            self._last = pos
            event.accept()
            return
        self._set_hover(self.item_at_view(pos))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            was_drag = self._dragging
            self._press, self._last, self._dragging = None, None, False
            self.viewport().unsetCursor()
            if not was_drag:
                self._last_click = event.position().toPoint()
                item = self.item_at_view(self._last_click)
                self.clicked.emit(item.node if item else None)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        near = self._last_click is not None and (pos - self._last_click).manhattanLength() <= 2 * _DRAG_THRESHOLD
        if event.button() == Qt.MouseButton.LeftButton and not near:
            self.mousePressEvent(event)  # e.g. a pinch's first finger soon after a tap elsewhere
            return
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.item_at_view(pos)
            self.double_clicked.emit(item.node if item else None)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def item_at_view(self, pos: QPoint) -> RegionItem | None:
        scene = self.body_scene()
        return scene.interactive_item_at(self.mapToScene(pos)) if scene else None

    def _set_hover(self, item: RegionItem | None) -> None:
        if item is self._hover:
            return
        if self._hover is not None:
            self._hover.set_hovered(False)
        self._hover = item
        if item is not None:
            item.set_hovered(True)
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()
        self.hovered.emit(item.node if item else None)
