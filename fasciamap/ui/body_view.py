"""The zoomable, pannable view of the body, for mouse, keyboard and touch.

Mouse: the wheel zooms, a drag pans, a click selects, a double-click frames. Touch (client mode on a
tablet): a tap selects, a double tap frames, a long press asks for details, one finger pans when
zoomed in or, at fit, swipes the body round, and two fingers pinch-zoom and pan together. Touches are
read here from their raw points and accepted, so Qt never also turns them into a mouse click.

In surface mode (the "Where does it hurt?" pain map) one finger or the left button paints strokes
on the body instead of selecting or panning; two fingers and the wheel still zoom and pan.

Click and drag are told apart here, so selecting never fights panning; hit testing uses the
structures' real outlines, not their bounding boxes.
"""

from __future__ import annotations

import math
from enum import Enum, auto

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QInputDevice,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGestureEvent, QGraphicsView, QPinchGesture, QToolTip, QWidget

from . import theme
from .body_scene import BodyScene, RegionItem

_DRAG_THRESHOLD = 6  # pixels a press may move and still count as a click
MIN_ZOOM, MAX_ZOOM = 0.6, 14.0  # relative to fit-to-window
SETTLE_MS = 250  # after the zoom stops changing this long, the scene prepares highlights for it
FINGER_MM = 4.5  # a tap this close to a structure reaches it: half of a 9 mm touch target
FIT_MARGIN = 0.03  # of the body's size, round the body and its inset when fitted

TAP_SLOP = 12  # pixels a finger may wander and still tap or hold: fingers are less steady than a mouse
LONG_PRESS_MS = 550  # a finger held still this long asks for details instead of tapping
SWIPE_MS = 600  # a swipe is quick: slower drags at fit do nothing
SWIPE_FRACTION = 0.12  # of the viewport's width, the least a swipe travels sideways
PAN_ZOOM = 1.05  # above this zoom one finger pans; at fit it swipes the body round instead
STROKE_STEP = 4.0  # pixels between the points of a painted stroke
_MIN_SPAN = 8.0  # fingers closer than this give no trustworthy pinch scale


class _Touch(Enum):
    """What a touch sequence has turned into so far."""

    NONE = auto()  # no finger down
    TAP = auto()  # one finger, still near where it came down: a tap or a long press, so far
    HELD = auto()  # a long press has been reported; the rest of the sequence is spent
    PAN = auto()  # one finger dragging a zoomed-in body
    SWIPE = auto()  # one finger dragging at fit: judged as a swipe when it lifts
    STROKE = auto()  # one finger painting in surface mode
    MULTI = auto()  # two fingers came down: pinch and pan until every finger is up, never a tap


class _TouchTrack:
    """One touch sequence, from the first finger down to the last finger up: the fingers down (in
    the order they came), where and when the first came down, and the baseline the last pan/pinch
    step was measured from, so each step moves the body by the fingers' change since the last.
    Times are the events' own timestamps (ms): when the finger touched, not when a busy window got
    round to it."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.kind = _Touch.NONE
        self.down: dict[int, QPointF] = {}
        self.first: int | None = None
        self.start = QPointF()
        self.last = QPointF()  # the first finger's latest position, even once lifted
        self.fingers: tuple[int, ...] = ()  # who the baseline below was measured from
        self.mid = QPointF()
        self.span = 0.0
        self.stroke_at = QPointF()
        self.began = 0  # timestamp of the first finger down
        self.ended = 0  # timestamp of the latest event

    @property
    def active(self) -> bool:
        return self.kind is not _Touch.NONE

    def apply(self, points: list[QEventPoint], timestamp: int) -> None:
        """Follow the fingers: add the new, move the rest, drop the lifted."""
        self.ended = timestamp
        for point in points:
            pid, pos = point.id(), point.position()
            if self.first is None:
                self.first, self.start, self.began = pid, pos, timestamp
            if pid == self.first:
                self.last = pos
            if point.state() == QEventPoint.State.Released:
                self.down.pop(pid, None)
            else:
                self.down[pid] = pos

    def step(self) -> tuple[QPointF, float] | None:
        """The midpoint and span of the (first two) fingers down, or None when the fingers changed
        since the last step: the baseline is then taken afresh, so lifting or adding a finger never
        makes the body jump."""
        fingers = tuple(self.down)[:2]
        points = [self.down[f] for f in fingers]
        if not points:
            self.fingers = ()
            return None
        mid = sum(points[1:], points[0]) / len(points)
        span = math.dist(points[0].toTuple(), points[-1].toTuple())
        if fingers != self.fingers:
            self.fingers, self.mid, self.span = fingers, mid, span
            return None
        return mid, span


def is_second_tap(previous: tuple[QPointF, int], pos: QPointF, at: int) -> bool:
    """Whether a tap coming down at ``pos`` at timestamp ``at`` completes a double tap with the
    ``previous`` tap (where and when it came down)."""
    where, when = previous
    soon = 0 <= at - when <= QApplication.styleHints().mouseDoubleClickInterval()
    return soon and math.dist(where.toTuple(), pos.toTuple()) <= 2 * TAP_SLOP


class BodyView(QGraphicsView):
    clicked = Signal(object)  # node id, or None for empty space
    hovered = Signal(object)  # node id, or None
    double_clicked = Signal(object)  # node id, or None
    long_pressed = Signal(object)  # node id, or None: a finger held still, asking for details
    swiped = Signal(int)  # +1: right to left, turn to the next view; -1: left to right, the previous
    stroked = Signal(QPointF)  # surface mode: a scene point of the stroke being painted
    stroke_ended = Signal()  # surface mode: the finger or button lifted (or the touch was cancelled)

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
        # Touch-screen pinches are read from the touch points; the gesture stays for trackpads,
        # whose pinches arrive as gestures with no touch points.
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
        self._surface = False
        self._names_hidden = False  # a quiz question waits: no tooltip names a structure
        self._mouse_stroke: QPoint | None = None  # the last painted point of a left-button stroke
        self._touch = _TouchTrack()
        self._last_tap: tuple[QPointF, int] | None = None  # where and when (timestamp) the last tap came down
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MS)
        self._hold.timeout.connect(self._on_held)

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

    # -- surface mode -------------------------------------------------------------------------------
    def surface_mode(self) -> bool:
        return self._surface

    def set_surface_mode(self, on: bool) -> None:
        """Paint on the body (the pain map) instead of selecting and panning with one finger or the
        left button. A stroke under way when the mode changes is ended, so no stroke is left open."""
        if on == self._surface:
            return
        self._end_touch(complete=False)
        self._end_mouse_stroke()
        self._press, self._last, self._dragging = None, None, False
        self._surface = on

    def _stroke_to(self, pos: QPointF, last: QPointF | None) -> bool:
        """Report a stroke point unless it is too near the last one reported; True if reported."""
        if last is not None and math.dist(pos.toTuple(), last.toTuple()) < STROKE_STEP:
            return False
        self.stroked.emit(self.mapToScene(pos.toPoint()))
        return True

    def _end_mouse_stroke(self) -> None:
        if self._mouse_stroke is not None:
            self._mouse_stroke = None
            self.stroke_ended.emit()

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
        """Zoom by ``factor`` within the limits, about the mouse, or about ``anchor`` (a viewport
        point, such as the fingers' midpoint) when given: the scene point there stays there."""
        current = self.zoom_level()
        target = max(MIN_ZOOM, min(MAX_ZOOM, current * factor))
        if abs(target - current) < 1e-6:
            return
        self._follow_fit = False
        if anchor is not None:
            fixed = self.mapToScene(anchor.toPoint())
            # Without an anchor of its own Qt leaves the scroll position alone; the scroll bars
            # then bring the anchored scene point back under the anchor.
            own = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(target / current, target / current)
            self.setTransformationAnchor(own)
            self._pan_by(anchor.toPoint() - self.mapFromScene(fixed), keep=False)
        else:
            self.scale(target / current, target / current)
        self._keep_body_in_view()
        self._settle.start()

    def _pan_by(self, delta: QPoint, keep: bool = True) -> None:
        """Move the picture by ``delta`` viewport pixels, as a dragging hand moves it."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        if keep:
            self._keep_body_in_view()

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

    def set_names_hidden(self, hidden: bool) -> None:
        """While a quiz question waits, resting the pointer on a structure must not show its name."""
        self._names_hidden = hidden
        if hidden:
            QToolTip.hideText()

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and self._names_hidden:
            event.accept()
            return True
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            if isinstance(event, QTouchEvent):
                self._touch_event(event)
            event.accept()  # accepted: Qt synthesizes no mouse events from this touch
            return True
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture) if isinstance(event, QGestureEvent) else None
            if isinstance(pinch, QPinchGesture):
                # A touch screen's pinch is already followed from its touch points.
                if not self._touch.active and pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom_by(pinch.scaleFactor(), self.viewport().mapFromGlobal(pinch.hotSpot().toPoint()).toPointF())
                event.accept()
                return True
        return super().viewportEvent(event)

    # -- touch: tap, hold, swipe, pan, pinch, paint -------------------------------------------------
    def _touch_event(self, event: QTouchEvent) -> None:
        """Follow one touch sequence; whatever arrives (a cancel, a third finger, a begin whose
        previous end never came), the state ends consistent and nothing is reported twice."""
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._end_touch(complete=False)
            return
        track = self._touch
        if kind == QEvent.Type.TouchBegin:
            self._end_touch(complete=False)
            self._set_hover(None)  # a finger has no hover; a stale mouse hover would mislead
        elif not track.active:
            return  # the rest of a cancelled sequence: it must not start a tap
        track.apply(event.points(), event.timestamp())
        if track.first is None:
            return
        if not track.active:
            self._begin_touch()
        if track.kind is not _Touch.MULTI and (len(track.down) >= 2 or event.pointCount() >= 2):
            self._begin_multi()
        if track.kind is _Touch.MULTI:
            self._follow_fingers()
        else:
            self._follow_finger(track.last)
        if kind == QEvent.Type.TouchEnd or not track.down:
            self._end_touch(complete=True)

    def _begin_touch(self) -> None:
        track = self._touch
        if self._surface:
            track.kind = _Touch.STROKE
            track.stroke_at = track.start
            self._stroke_to(track.start, None)
        else:
            track.kind = _Touch.TAP
            self._hold.start()

    def _begin_multi(self) -> None:
        """A second finger: no tap, hold, swipe or stroke any more, only pinch and pan."""
        self._hold.stop()
        if self._touch.kind is _Touch.STROKE:
            self.stroke_ended.emit()
        self._touch.kind = _Touch.MULTI
        self._touch.fingers = ()

    def _follow_finger(self, pos: QPointF) -> None:
        track = self._touch
        if track.kind is _Touch.TAP and math.dist(pos.toTuple(), track.start.toTuple()) > TAP_SLOP:
            self._hold.stop()
            track.kind = _Touch.PAN if self.zoom_level() > PAN_ZOOM else _Touch.SWIPE
            track.mid = track.start  # the pan follows the finger from where it came down
        if track.kind is _Touch.PAN:
            self._pan_touch(pos)
        elif track.kind is _Touch.STROKE and self._stroke_to(pos, track.stroke_at):
            track.stroke_at = pos

    def _follow_fingers(self) -> None:
        """Two fingers pan by their midpoint's movement and zoom by their spread, about the
        midpoint, at once; one finger left after a pinch pans a zoomed-in body."""
        track = self._touch
        step = track.step()
        if step is None:
            return
        mid, span = step
        pinching = len(track.fingers) == 2
        if pinching or self.zoom_level() > PAN_ZOOM:
            self._pan_touch(mid)
        else:
            track.mid = mid
        if pinching:
            if track.span >= _MIN_SPAN and span >= _MIN_SPAN:
                self.zoom_by(span / track.span, mid)
            track.span = span

    def _pan_touch(self, pos: QPointF) -> None:
        """Pan by whole pixels and keep the fraction for the next step, so slow fingers still pan."""
        moved = (pos - self._touch.mid).toPoint()
        if not moved.isNull():
            self._pan_by(moved)
            self._touch.mid += QPointF(moved)

    def _end_touch(self, complete: bool) -> None:
        """Close the sequence: a completed one may be a tap or a swipe; a cancelled one only ends
        its stroke. The state is cleared before anything is reported, so a listener may do anything."""
        self._hold.stop()
        track = self._touch
        kind, start, last, began, ended = track.kind, track.start, track.last, track.began, track.ended
        track.clear()
        if kind is _Touch.STROKE:
            self.stroke_ended.emit()
        elif complete and kind is _Touch.TAP:
            self._tap(last, began)
        elif complete and kind is _Touch.SWIPE:
            self._swipe(last - start, ended - began)

    def _on_held(self) -> None:
        if self._touch.kind is _Touch.TAP:
            self._touch.kind = _Touch.HELD
            self.long_pressed.emit(self._node_at(self._touch.start))

    def _tap(self, pos: QPointF, at: int) -> None:
        """A tap selects, as a click does; a second tap soon after and near it frames, as a
        double-click does. "Soon" is from finger down to finger down, by the events' timestamps as
        Qt times a double-click, so the work the first tap set off never eats into the interval."""
        if not QRectF(self.viewport().rect()).contains(pos):
            return
        node = self._node_at(pos)
        previous, self._last_tap = self._last_tap, (pos, at)
        if previous is not None and is_second_tap(previous, pos, at):
            self._last_tap = None
            self.double_clicked.emit(node)
        else:
            self.clicked.emit(node)

    def _swipe(self, travel: QPointF, elapsed: int) -> None:
        """A quick, mostly sideways drag at fit turns the body: right to left shows the next view."""
        dx, dy = travel.x(), travel.y()
        if elapsed <= SWIPE_MS and abs(dx) >= SWIPE_FRACTION * self.viewport().width() and abs(dx) > 2 * abs(dy):
            self.swiped.emit(1 if dx < 0 else -1)

    def _node_at(self, pos: QPointF) -> str | None:
        """What a finger tapped: the structure under it, or, when the finger landed just beside a small
        one, the nearest structure within half a touch target (a fingertip is not a mouse pointer)."""
        item = self.item_at_view(pos.toPoint())
        if item is None:
            reach = self._finger_px()
            for fraction in (1 / 3, 2 / 3, 1.0):
                for k in range(8):
                    angle = k * math.pi / 4
                    near = pos + QPointF(math.cos(angle), math.sin(angle)) * reach * fraction
                    item = self.item_at_view(near.toPoint())
                    if item is not None:
                        return item.node
        return item.node if item else None

    def _finger_px(self) -> float:
        """Half of a 9 mm touch target in this screen's pixels."""
        screen = self.screen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
        return FINGER_MM / 25.4 * (dpi if 50.0 <= dpi <= 600.0 else 96.0)

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
    @staticmethod
    def _from_touch(event: QMouseEvent) -> bool:
        """A mouse event made from a touch (by Qt or the system): the touch itself was handled, so
        acting on its copy too would select twice."""
        device = event.pointingDevice()
        return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._from_touch(event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._surface:
            self._end_mouse_stroke()
            self._mouse_stroke = event.position().toPoint()
            self._stroke_to(event.position(), None)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._last = self._press
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._from_touch(event):
            event.accept()
            return
        pos = event.position().toPoint()
        if self._mouse_stroke is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self._stroke_to(event.position(), QPointF(self._mouse_stroke)):
                self._mouse_stroke = pos
            event.accept()
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging and (pos - self._press).manhattanLength() > _DRAG_THRESHOLD:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging and self._last is not None:
                self._pan_by(pos - self._last)
            self._last = pos
            event.accept()
            return
        self._set_hover(self.item_at_view(pos))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._from_touch(event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._mouse_stroke is not None:
            self._end_mouse_stroke()
            event.accept()
            return
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
        if self._from_touch(event):
            event.accept()
            return
        pos = event.position().toPoint()
        near = self._last_click is not None and (pos - self._last_click).manhattanLength() <= 2 * _DRAG_THRESHOLD
        if event.button() == Qt.MouseButton.LeftButton and (self._surface or not near):
            self.mousePressEvent(event)  # painting, or a second click too far from the first
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
