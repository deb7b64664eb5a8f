"""Finding where to click: a point inside a structure's real outline that nothing above it covers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF

from fasciamap.ui.body_scene import RegionItem
from fasciamap.ui.main_window import MainWindow
from fasciamap.ui.quiz_view import ON_BODY, QuizPanel


def centre_of_mass(item: RegionItem) -> QPointF:
    polygon = item.shape().toFillPolygon()
    pts = [polygon.at(i) for i in range(polygon.size())]
    area = cx = cy = 0.0
    for a, b in zip(pts, pts[1:] + pts[:1]):
        cross = a.x() * b.y() - b.x() * a.y()
        area += cross
        cx += (a.x() + b.x()) * cross
        cy += (a.y() + b.y()) * cross
    if abs(area) < 1e-9:
        return item.shape().boundingRect().center()
    return QPointF(cx / (3 * area), cy / (3 * area))


def click_point(window: MainWindow, node: str) -> QPoint:
    """A viewport point whose topmost selectable structure is ``node``, as near its centre as possible."""
    view = window.body_view
    scene = view.body_scene()
    assert scene is not None
    item = scene.items_by_node[node]
    centre = centre_of_mass(item)
    rect = item.shape().boundingRect()
    candidates = [centre]
    steps = 24
    for i in range(steps + 1):
        for j in range(steps + 1):
            candidates.append(QPointF(rect.left() + rect.width() * i / steps, rect.top() + rect.height() * j / steps))
    candidates.sort(key=lambda p: (p - centre).manhattanLength())
    for p in candidates:
        vp = view.mapFromScene(p)
        if not view.viewport().rect().contains(vp):
            continue
        hit = view.item_at_view(vp)
        if hit is item:
            return vp
    raise AssertionError(f"no visible point of {node} can be clicked")


def zone_point(window: MainWindow, zone: str) -> QPoint:
    """A viewport point inside ``zone`` as drawn in the view on screen, where the overlay finds it."""
    overlay = window.referrals.overlay(window.body_view.body_scene())
    assert overlay is not None
    path = overlay.paths[zone]
    rect = path.boundingRect()
    steps = 16
    for i in range(steps + 1):
        for j in range(steps + 1):
            p = QPointF(rect.left() + rect.width() * (i + 0.5) / (steps + 1), rect.top() + rect.height() * (j + 0.5) / (steps + 1))
            if path.contains(p) and window.referrals.zone_at(p) == zone:
                vp = window.body_view.mapFromScene(p)
                if window.body_view.viewport().rect().contains(vp):
                    return vp
    raise AssertionError(f"no point of {zone} to tap")


def open_quiz(window: MainWindow, region: str | None = "back", kind: str | None = ON_BODY, count: int = 10) -> QuizPanel:
    """The quiz opened from its menu action, set to a region, a kind and a length."""
    window.quiz_action.trigger()
    quiz = window.quiz()
    quiz.region.setCurrentIndex(quiz.region.findData(region))
    quiz.kind.setCurrentIndex(quiz.kind.findData(kind))
    quiz.count.setValue(count)
    return quiz
