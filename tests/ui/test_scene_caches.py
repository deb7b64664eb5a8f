"""What keeps a selection within a frame: caches survive, only changed items are restyled, and the
view draws its background and frames the body the same way whatever is repainted."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from fasciamap.ui import body_scene
from fasciamap.ui.body_view import MAX_ZOOM, MIN_ZOOM

from .helpers import click_point


def _settle(qtbot, window) -> None:
    scene = window.body_view.body_scene()
    window.body_view._on_settled()  # what the view does once the zoom has been still for a moment
    qtbot.waitUntil(lambda: scene.prepared, timeout=20_000)


def test_veil_and_overlays_are_shown_by_opacity_so_their_caches_survive(qtbot, window) -> None:
    window.set_view("back")
    scene = window.body_view.body_scene()
    quadratus = scene.items_by_node["quadratus_lumborum.left"].overlay
    for node in ("erector_spinae.left", "trapezius.left", "erector_spinae.left"):
        window.selection.select(node)
        qtbot.wait(10)
        assert scene._veil.isVisible() and scene._veil.opacity() == 1.0
        assert all(item.overlay.isVisibleTo(item) for item in scene.items_by_node.values())
    assert quadratus.opacity() == 1.0 and quadratus.pixmap_count
    window.selection.clear()
    assert scene._veil.isVisible() and scene._veil.opacity() == 0.0
    assert quadratus.opacity() == 0.0 and quadratus.pixmap_count  # hidden, still cached


def test_a_selection_restyles_only_what_it_lights_and_unlights(qtbot, window, monkeypatch) -> None:
    window.set_view("back")
    scene = window.body_view.body_scene()
    window.selection.select("erector_spinae.left")
    touched: list[str] = []
    original = body_scene.RegionItem.apply
    monkeypatch.setattr(body_scene.RegionItem, "apply", lambda item, state: (item.scene() is scene and touched.append(item.node)) or original(item, state))
    window.selection.select("gluteus_maximus.right")  # the front view's scene restyles its own lit items
    expected = {"erector_spinae.left", "gluteus_maximus.right"}
    expected |= {other for node in set(expected) for other in scene.related_to(node)}
    assert set(touched) == expected & set(scene.items_by_node)
    assert len(touched) < len(scene.items_by_node) / 3


def test_after_the_idle_preparation_a_click_rasterises_no_outline(qtbot, window, monkeypatch) -> None:
    window.set_view("back")
    _settle(qtbot, window)
    drawn: list[object] = []
    original = body_scene._Overlay._draw
    monkeypatch.setattr(body_scene._Overlay, "_draw", lambda overlay, *a: drawn.append(overlay) or original(overlay, *a))
    for node in ("trapezius.left", "latissimus_dorsi.right", "gluteus_maximus.left"):
        qtbot.mouseClick(window.body_view.viewport(), body_scene.Qt.MouseButton.LeftButton, pos=click_point(window, node))
        window.body_view.viewport().repaint()
        assert window.selection.selected == node
    assert drawn == []


def test_background_is_the_same_whatever_part_of_the_view_is_repainted(qtbot, window) -> None:
    viewport = window.body_view.viewport()
    viewport.repaint()
    before = viewport.grab().toImage()
    patch = QRect(4, viewport.height() // 2, 40, 40)  # empty paper at the left edge
    viewport.repaint(patch)
    after = viewport.grab().toImage()
    for y in (patch.top(), patch.center().y(), patch.bottom()):
        assert QColor(after.pixel(10, y)) == QColor(before.pixel(10, y))
    top, bottom = QColor(before.pixel(10, 2)), QColor(before.pixel(10, viewport.height() - 3))
    assert top.lightness() > bottom.lightness()  # shaded over the whole window, top to bottom


def test_fit_frames_the_body_and_its_inset(qtbot, window) -> None:
    view = window.body_view
    for view_id in ("front", "back"):
        window.set_view(view_id)
        view.zoom_by(3.0)
        view.fit()
        scene = view.body_scene()
        framed = view.mapFromScene(scene.body_rect).boundingRect()
        area = view.viewport().rect()
        assert area.contains(framed)
        assert framed.height() > 0.9 * area.height() or framed.width() > 0.9 * area.width()
        inset = [i for n, i in scene.items_by_node.items() if "plantar" in n or "sole" in n]
        for item in inset:
            assert area.contains(view.mapFromScene(item.sceneBoundingRect()).boundingRect())


def test_zoom_is_clamped_and_the_body_stays_in_view(qtbot, window) -> None:
    view = window.body_view
    view.zoom_by(0.001)
    assert abs(view.zoom_level() - MIN_ZOOM) < 1e-6
    view.zoom_by(1e6)
    assert abs(view.zoom_level() - MAX_ZOOM) < 1e-6
    for _ in range(40):  # drag far past the edge
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 500)
        view._keep_body_in_view()
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert seen.intersects(view.body_scene().body_rect)
