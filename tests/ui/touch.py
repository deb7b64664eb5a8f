"""Touch sequences as a touch screen delivers them, for the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QPointingDevice, QTouchEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Fingers:
    """One touch sequence on a view's viewport, in viewport coordinates; finger ``i`` is the
    ``i``-th point given. Touches go to the window in its own coordinates, as a touch screen
    delivers them (QTest's QWidget overload offsets widget points by the widget's place in the
    window)."""

    def __init__(self, view: QWidget, device: QPointingDevice) -> None:
        self.viewport = view.viewport() if hasattr(view, "viewport") else view
        self.device = device
        self.seq = QTest.touchEvent(view.window().windowHandle(), device, False)

    def at(self, p: QPoint) -> QPoint:
        return self.viewport.mapTo(self.viewport.window(), p)

    def press(self, *points: QPoint, first: int = 0) -> Fingers:
        for i, p in enumerate(points, first):
            self.seq.press(i, self.at(p))
        self.seq.commit()
        return self

    def move(self, *points: QPoint) -> Fingers:
        for i, p in enumerate(points):
            self.seq.move(i, self.at(p))
        self.seq.commit()
        return self

    def release(self, *points: QPoint) -> Fingers:
        for i, p in enumerate(points):
            self.seq.release(i, self.at(p))
        self.seq.commit()
        return self

    def glide(self, starts: list[QPoint], ends: list[QPoint], steps: int = 8) -> Fingers:
        for k in range(1, steps + 1):
            self.move(*(a + (b - a) * k / steps for a, b in zip(starts, ends)))
        return self

    def cancel(self) -> None:
        QApplication.sendEvent(self.viewport, QTouchEvent(QEvent.Type.TouchCancel, self.device))


def tap(view: QWidget, device: QPointingDevice, pos: QPoint) -> None:
    Fingers(view, device).press(pos).release(pos)


