"""What the window shows (the offscreen backing store) matches a fresh paint after pans and selections:
no seams and no stale boxes, whatever Qt chose to repaint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from fasciamap.ui.main_window import MainWindow

from .helpers import click_point


def _drag(window: MainWindow, dx: float, dy: float, steps: int = 8) -> None:
    viewport = window.body_view.viewport()
    start = QPointF(viewport.rect().center())
    buttons = Qt.MouseButton.LeftButton
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseButtonPress, start, viewport.mapToGlobal(start),
                                                 buttons, buttons, Qt.KeyboardModifier.NoModifier))
    pos = start
    for k in range(1, steps + 1):
        pos = start + QPointF(dx * k / steps, dy * k / steps)
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos),
                                                     Qt.MouseButton.NoButton, buttons, Qt.KeyboardModifier.NoModifier))
        QApplication.processEvents()  # paint each step, as a real drag does
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseButtonRelease, pos, viewport.mapToGlobal(pos),
                                                 buttons, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def _stale_pixels(window: MainWindow) -> int:
    """Sampled pixels where the screen differs from painting the body view afresh."""
    for _ in range(5):
        QApplication.processEvents()
    viewport = window.body_view.viewport()
    shown = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    shown = shown.copy(QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()))
    shown = shown.convertToFormat(QImage.Format.Format_RGB32)
    fresh = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    stale = 0
    for y in range(0, viewport.height(), 4):
        for x in range(0, viewport.width(), 4):
            a, b = shown.pixel(x, y), fresh.pixel(x, y)
            if max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16)) > 3:
                stale += 1
    return stale


def test_panning_leaves_no_seams(qtbot, window) -> None:
    window.body_view.zoom_by(3.0)
    _drag(window, 0, 200)
    _drag(window, -150, -120)
    _drag(window, 40, 90)
    assert _stale_pixels(window) == 0


def test_selecting_after_a_pan_leaves_nothing_stale(qtbot, window) -> None:
    window.set_view("back")
    window.set_layer(window.loaded.atlas.structures["erector_spinae.left"].layer)
    window.body_view.zoom_by(2.0)
    _drag(window, 0, -150)
    qtbot.mouseClick(window.body_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=click_point(window, "erector_spinae.left"))
    assert window.selection.selected == "erector_spinae.left"
    assert _stale_pixels(window) == 0
