"""Touch on the real window, as a tablet delivers it: tap, double tap, long press, swipe, pinch,
two-finger pan, painting in surface mode, and cancelled or odd sequences. Mouse and wheel still work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fasciamap.ui.body_view import LONG_PRESS_MS, MAX_ZOOM, SWIPE_MS, TAP_SLOP, BodyView, is_second_tap
from fasciamap.ui.main_window import MainWindow

from .helpers import click_point
from .touch import Fingers, tap


@pytest.fixture(scope="module")
def device(qapp) -> QPointingDevice:
    return QTest.createTouchDevice()


def record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args[0] if args else None))
    return seen


def erector(window: MainWindow) -> tuple[str, QPoint]:
    window.set_view("back")
    node = next(n for n in sorted(window.loaded.atlas.structures) if "erector" in n and n in window.body_view.body_scene().items_by_node)
    window.set_layer(window.loaded.atlas.structures[node].layer)
    return node, click_point(window, node)


def centre_scene(view: BodyView) -> QPointF:
    return view.mapToScene(view.viewport().rect().center())


def test_a_tap_selects_once_and_is_not_also_a_mouse_click(qtbot, window, device) -> None:
    node, point = erector(window)
    changes, clicks = record(window.selection.changed), record(window.body_view.clicked)
    tap(window.body_view, device, point)
    assert window.selection.selected == node
    assert changes == [node] and clicks == [node]


def test_a_double_tap_frames_the_structure(qtbot, window, device) -> None:
    node, point = erector(window)
    # A window left open a moment has painted its new view and read the pain-zone artwork in idle
    # time. Here the taps come at once, and one at a time (QTest delivers each before it sends the
    # next), so without this that work would sit between the two fingers' timestamps.
    assert window.referrals.zone_map() is not None
    QApplication.processEvents()
    doubles = record(window.body_view.double_clicked)
    tap(window.body_view, device, point)
    tap(window.body_view, device, point)
    assert doubles == [node]
    assert window.body_view.zoom_level() > 1.1


def test_a_second_tap_is_timed_by_the_fingers_not_by_the_window(qapp) -> None:
    """Finger down to finger down, by the touch events' timestamps: a window busy with the first
    tap does not turn a quick double tap into two taps, and a late or distant second tap is a tap."""
    interval = QApplication.styleHints().mouseDoubleClickInterval()
    first = (QPointF(100, 100), 5_000)
    assert is_second_tap(first, QPointF(102, 99), 5_000 + interval - 1)
    assert not is_second_tap(first, QPointF(102, 99), 5_000 + interval + 1)
    assert not is_second_tap(first, QPointF(102, 99), 4_000)  # a clock that went back is no double tap
    assert not is_second_tap(first, QPointF(100 + 2 * TAP_SLOP + 1, 100), 5_100)


def test_a_long_press_asks_for_details_and_is_not_a_click(qtbot, window, device) -> None:
    node, point = erector(window)
    clicks, changes = record(window.body_view.clicked), record(window.selection.changed)
    fingers = Fingers(window.body_view, device).press(point)
    with qtbot.waitSignal(window.body_view.long_pressed, timeout=LONG_PRESS_MS + 1500) as held:
        fingers.move(point + QPoint(2, 1))  # a still finger may tremble
    fingers.release(point + QPoint(2, 1))
    assert held.args == [node]
    # the window answers with the details (one selection), never with a tap's click as well
    assert clicks == [] and changes == [node] and window.selection.selected == node


@pytest.mark.parametrize(("direction", "turn"), [(-1, 1), (1, -1)])
def test_a_quick_sideways_swipe_at_fit_turns_the_body(qtbot, window, device, direction, turn) -> None:
    view = window.body_view
    swipes, clicks = record(view.swiped), record(view.clicked)
    c = view.viewport().rect().center()
    start, end = c - QPoint(150 * direction, 0), c + QPoint(150 * direction, 10)
    Fingers(view, device).press(start).glide([start], [end], 5).release(end)
    assert swipes == [turn]
    assert clicks == [] and abs(view.zoom_level() - 1.0) < 1e-6


def test_a_slow_or_upright_drag_at_fit_does_nothing(qtbot, window, device) -> None:
    view = window.body_view
    swipes, clicks = record(view.swiped), record(view.clicked)
    c = view.viewport().rect().center()
    before = centre_scene(view)
    Fingers(view, device).press(c).glide([c], [c + QPoint(40, 200)], 4).release(c + QPoint(40, 200))  # upright
    slow = Fingers(view, device).press(c).glide([c], [c - QPoint(200, 0)], 4)
    QTest.qWait(SWIPE_MS + 80)
    slow.release(c - QPoint(200, 0))
    assert swipes == [] and clicks == []
    assert abs(view.zoom_level() - 1.0) < 1e-6 and centre_scene(view) == before


def test_pinching_zooms_about_the_fingers_within_the_limits(qtbot, window, device) -> None:
    view = window.body_view
    c = view.viewport().rect().center() + QPoint(0, -60)
    a, b = c - QPoint(40, 0), c + QPoint(40, 0)
    wide_a, wide_b = c - QPoint(120, 0), c + QPoint(120, 0)
    under = view.mapToScene(c)
    Fingers(view, device).press(a, b).glide([a, b], [wide_a, wide_b]).release(wide_a, wide_b)
    assert view.zoom_level() == pytest.approx(3.0, rel=0.05)  # the fingers spread three times apart
    moved = view.mapFromScene(under) - c
    assert abs(moved.y()) <= 3  # the body stays under the fingers (sideways, the body may be centred)
    Fingers(view, device).press(wide_a, wide_b).glide([wide_a, wide_b], [a, b]).release(a, b)
    assert view.zoom_level() == pytest.approx(1.0, rel=0.05)
    for _ in range(3):
        Fingers(view, device).press(c - QPoint(10, 0), c + QPoint(10, 0)).glide(
            [c - QPoint(10, 0), c + QPoint(10, 0)], [c - QPoint(300, 0), c + QPoint(300, 0)]
        ).release(c - QPoint(300, 0), c + QPoint(300, 0))
    assert view.zoom_level() == pytest.approx(MAX_ZOOM)
    assert window.selection.selected is None  # a pinch is never a tap


def test_two_fingers_moving_together_pan_without_zooming(qtbot, window, device) -> None:
    view = window.body_view
    view.zoom_by(5.0)  # far enough in to pan both ways
    zoom, before = view.zoom_level(), centre_scene(view)
    c = view.viewport().rect().center()
    a, b = c - QPoint(50, 0), c + QPoint(50, 0)
    shift = QPoint(-90, -70)
    fingers = Fingers(view, device).press(a, b).glide([a, b], [a + shift, b + shift])
    after = centre_scene(view)
    assert view.zoom_level() == pytest.approx(zoom, rel=0.01)
    scale = view.transform().m11()
    assert after.x() - before.x() == pytest.approx(90 / scale, abs=2 / scale)
    assert after.y() - before.y() == pytest.approx(70 / scale, abs=2 / scale)
    fingers.seq.release(1, fingers.at(b + shift))  # one finger lifts: nothing jumps, nothing is tapped
    fingers.seq.commit()
    assert centre_scene(view) == after
    fingers.seq.release(0, fingers.at(a + shift))
    fingers.seq.commit()
    assert centre_scene(view) == after and window.selection.selected is None


def test_one_finger_pans_when_zoomed_in_and_selects_nothing(qtbot, window, device) -> None:
    node, point = erector(window)
    view = window.body_view
    view.zoom_by(5.0, QPointF(point))
    point = click_point(window, node)
    before = centre_scene(view)
    clicks, swipes = record(view.clicked), record(view.swiped)
    end = point + QPoint(-160, 60)
    Fingers(view, device).press(point).glide([point], [end], 4).release(end)
    scale = view.transform().m11()
    assert (centre_scene(view) - before).toTuple() == pytest.approx((160 / scale, -60 / scale), abs=2 / scale)
    assert clicks == [] and swipes == [] and window.selection.selected is None


def test_surface_mode_paints_strokes_instead_of_selecting(qtbot, window, device) -> None:
    node, point = erector(window)
    view = window.body_view
    view.set_surface_mode(True)
    strokes, ends, clicks = record(view.stroked), record(view.stroke_ended), record(view.clicked)
    fingers = Fingers(view, device).press(point)
    fingers.move(point + QPoint(2, 0))  # too near to be worth a point
    fingers.move(point + QPoint(12, 0)).move(point + QPoint(24, 5)).release(point + QPoint(24, 5))
    expected = [view.mapToScene(p) for p in (point, point + QPoint(12, 0), point + QPoint(24, 5))]
    assert strokes == expected and ends == [None]
    assert clicks == [] and window.selection.selected is None
    QTest.qWait(LONG_PRESS_MS // 10)
    # the left button paints too, and two fingers still zoom
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseMove(view.viewport(), point + QPoint(0, 20))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point + QPoint(0, 20))
    assert strokes[3:] == [view.mapToScene(point), view.mapToScene(point + QPoint(0, 20))] and len(ends) == 2
    a, b = point - QPoint(30, 0), point + QPoint(30, 0)
    Fingers(view, device).press(a, b).glide([a, b], [a - QPoint(30, 0), b + QPoint(30, 0)]).release(a - QPoint(30, 0), b + QPoint(30, 0))
    assert view.zoom_level() > 1.5 and len(strokes) == 6 and len(ends) == 3  # the pinch's first finger ended its stroke
    assert clicks == [] and window.selection.selected is None
    view.set_surface_mode(False)
    QTest.qWait(QApplication.styleHints().mouseDoubleClickInterval() + 20)
    tap(view, device, click_point(window, node))
    assert window.selection.selected == node


def test_a_cancelled_touch_leaves_the_view_usable(qtbot, window, device) -> None:
    node, point = erector(window)
    view = window.body_view
    clicks, ends = record(view.clicked), record(view.stroke_ended)
    fingers = Fingers(view, device).press(point)
    fingers.cancel()
    fingers.release(point)  # what is left of the cancelled sequence is no tap
    assert clicks == []
    view.set_surface_mode(True)
    fingers = Fingers(view, device).press(point)
    fingers.cancel()
    assert ends == [None]  # a cancelled stroke is still ended
    fingers.release(point)
    view.set_surface_mode(False)
    tap(view, device, point)
    assert clicks == [node] and window.selection.selected == node


def test_three_fingers_and_points_outside_the_view_are_harmless(qtbot, window, device) -> None:
    node, point = erector(window)
    view = window.body_view
    clicks, swipes, holds = record(view.clicked), record(view.swiped), record(view.long_pressed)
    c = view.viewport().rect().center()
    fingers = Fingers(view, device).press(c - QPoint(60, 0), c + QPoint(60, 0)).press(c + QPoint(0, 80), first=2)
    fingers.move(QPoint(-50, -40), c + QPoint(3000, 0), c + QPoint(0, 90))
    fingers.seq.release(0, fingers.at(QPoint(-50, -40)))
    fingers.seq.commit()
    fingers.seq.move(1, fingers.at(c + QPoint(2000, 20)))
    fingers.seq.commit()
    fingers.seq.release(1, fingers.at(c + QPoint(2000, 20))).release(2, fingers.at(c + QPoint(0, 90)))
    fingers.seq.commit()
    assert MAX_ZOOM >= view.zoom_level() > 0 and clicks == [] and swipes == [] and holds == []
    tap(view, device, click_point(window, node))
    assert clicks == [node]


def test_touch_without_a_scene_does_no_harm(qtbot, device) -> None:
    view = BodyView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    clicks = record(view.clicked)
    c = view.viewport().rect().center()
    tap(view, device, c)
    Fingers(view, device).press(c, c + QPoint(40, 0)).glide([c, c + QPoint(40, 0)], [c - QPoint(20, 0), c + QPoint(80, 0)]).release(c, c)
    view.set_surface_mode(True)
    Fingers(view, device).press(c).move(c + QPoint(30, 0)).release(c + QPoint(30, 0))
    assert clicks == [None]


def test_the_mouse_still_clicks_once_and_the_wheel_still_zooms(qtbot, window) -> None:
    node, point = erector(window)
    view = window.body_view
    clicks = record(view.clicked)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicks == [node] and window.selection.selected == node
    centre = view.viewport().rect().center()
    view.wheelEvent(QWheelEvent(QPointF(centre), QPointF(view.viewport().mapToGlobal(centre)), QPoint(), QPoint(0, 120),
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    assert view.zoom_level() == pytest.approx(1.18)
