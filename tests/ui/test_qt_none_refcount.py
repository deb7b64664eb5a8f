"""Regression guard for PySide6-Essentials 6.12.0 on CPython 3.11, which loses a reference to None on
every Qt call that returns no object and aborts the process ("none_dealloc") after a few thousand.

Hovering over empty space is exactly such a call; the dependency range keeps that release away from
3.11. This test makes 100,000 of them and checks None's reference count did not drain (on 3.12+ None
is immortal and its count does not move).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtCore import QPointF, QEvent


def test_hovering_over_empty_space_100k_times_survives(qtbot, window) -> None:
    view = window.body_view
    empty = QPoint(3, 3)
    assert view.itemAt(empty) is None and view.item_at_view(empty) is None
    item = next(iter(view.body_scene().items_by_node.values()))
    before = sys.getrefcount(None)
    for _ in range(100_000):
        view.itemAt(empty)
    for _ in range(10_000):
        item.parentItem()
        window.focusWidget()
    # The app's own hover path, through real mouse-move events.
    for k in range(2_000):
        pos = QPointF(3 + k % 5, 3)
        event = QMouseEvent(QEvent.Type.MouseMove, pos, view.viewport().mapToGlobal(pos), Qt.MouseButton.NoButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        view.mouseMoveEvent(event)
    drift = before - sys.getrefcount(None)
    assert drift < 1_000, f"None lost {drift} references: this Qt binding leaks (see pyproject.toml)"
