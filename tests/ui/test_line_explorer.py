"""The line explorer in the real window: choose a line, see it traced along its tracks, click a track,
filter by evidence, and trace a path from the panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from fasciamap.ui.line_explorer import LINE_ROLE, NODE_ROLE
from fasciamap.ui.main_window import MainWindow
from fasciamap.ui.selection import Trace

from .helpers import click_point


def overlay_tracks(window: MainWindow) -> list[str]:
    assert window.tracer is not None
    overlay = window.tracer.overlay(window.body_view.body_scene())
    return [node for r in overlay.routes for node in r.tracks]


def choose(qtbot, window: MainWindow, name: str) -> None:
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # open the explorer
    explorer = window.explorer()
    qtbot.keyClicks(explorer.find, name)
    QTest.keyClick(explorer.find, Qt.Key.Key_Return)


def test_the_spiral_line_is_traced_over_the_front_and_back_and_drawn_end_to_end(qtbot, window) -> None:
    window.set_view("front")
    choose(qtbot, window, "spiral")
    assert window.selection.trace == Trace(line="spiral_line", side="right", title="Spiral Line")
    front = overlay_tracks(window)
    assert front.index("external_oblique.left") < front.index("internal_oblique.right") < front.index("tibialis_anterior.right")
    overlay = window.tracer.overlay(window.body_view.body_scene())
    assert overlay.animating  # drawn from one end to the other...
    qtbot.waitUntil(lambda: not overlay.animating, timeout=5000)  # ...then held
    assert overlay.opacity() == 1.0 and overlay.boundingRect().height() > 100
    window.set_view("back")
    back = overlay_tracks(window)
    assert back[0] == "splenius_capitis.right" and "rhomboids.left" in back and back[-1] == "erector_spinae.right"
    hidden = [p.hidden for r in window.tracer.overlay(window.body_view.body_scene()).routes for p in r.pieces]
    assert True in hidden  # where the line runs round to the front it is dashed, not a jump


def test_the_stations_list_names_each_links_evidence_and_a_track_click_selects_it(qtbot, window) -> None:
    choose(qtbot, window, "superficial back")
    steps = window.explorer().steps
    texts = [steps.item(i).text() for i in range(steps.count())]
    assert any("strong — counted in the share, not named" in t for t in texts)
    assert any("Sacrotuberous ligament (right)" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "Sacrotuberous ligament (right)" in t)
    steps.scrollToItem(steps.item(row))
    rect = steps.visualItemRect(steps.item(row))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.selected == steps.item(row).data(NODE_ROLE) == "sacrotuberous_ligament.right"


def test_both_sides_of_a_crossing_line_and_only_one_of_a_line_that_does_not_cross(qtbot, window) -> None:
    window.trace_line("spiral_line", "both")
    explorer = window.explorer()
    assert window.selection.trace.side == "both"
    assert len({r.colour.name() for r in window.tracer.overlay(window.body_view.body_scene()).routes}) == 2
    window.trace_line("superficial_back_line", "both")
    assert window.selection.trace.side == "right" and not explorer._side_button("both").isEnabled()


def test_the_panel_links_a_structure_to_its_lines_and_opens_the_explorer(qtbot, window) -> None:
    window.set_view("back")
    window.set_layer("superficial")
    qtbot.mouseClick(window.body_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=click_point(window, "latissimus_dorsi.left"))
    html = window.panel.html()
    assert 'href="line:back_functional_line"' in html and "On the myofascial lines" in window.panel.text()
    window.panel._on_link(QUrl("line:back_functional_line"))
    assert window.selection.trace.line == "back_functional_line" and window.selection.trace.side == "left"
    current = window.explorer().list.currentItem()
    assert current.data(LINE_ROLE) == "back_functional_line"


def test_the_evidence_filter_hides_unproven_links_and_says_how_many(qtbot, window) -> None:
    window.show_structure("erector_spinae.left")
    scene = window.body_view.body_scene()
    lit_before = {n for n, i in scene.items_by_node.items() if i.state.highlight is not None}
    window.selection.set_minimum_evidence("limited")
    lit_after = {n for n, i in scene.items_by_node.items() if i.state.highlight is not None}
    assert lit_after < lit_before  # anatomical links no longer light up...
    text = window.panel.text()
    assert "below the evidence filter (limited evidence and stronger)" in text  # ...and are counted, not dropped
    window.panel._on_link(QUrl("filter:none"))
    assert window.selection.minimum_evidence == "none" and "below the evidence filter" not in window.panel.text()


def test_the_filter_breaks_a_traced_line_at_links_it_hides(qtbot, window) -> None:
    window.set_view("front")
    window.trace_line("spiral_line", "right")
    pieces = len(window.tracer.overlay(window.body_view.body_scene()).routes)
    window.explorer().evidence.setCurrentIndex(window.explorer().evidence.findData("strong"))
    assert window.selection.minimum_evidence == "strong"
    assert len(window.tracer.overlay(window.body_view.body_scene()).routes) > pieces
    steps = window.explorer().steps
    assert any("hidden by the filter (strong evidence only)" in steps.item(i).text() for i in range(steps.count()))


def test_a_path_from_the_panel_is_traced_and_narrated(qtbot, window) -> None:
    window.show_structure("erector_spinae.left")
    window.panel._on_link(QUrl("pathto:"))
    explorer = window.explorer()
    assert explorer.to.hasFocus() or explorer.isVisible()
    explorer._path_to("quadratus_lumborum")
    trace = window.selection.trace
    assert trace.path[0] == "erector_spinae.left" and trace.path[-1] == "quadratus_lumborum.left"
    texts = [explorer.steps.item(i).text() for i in range(explorer.steps.count())]
    assert any("thoracolumbar fascia" in t for t in texts)
    QTest.keyClick(window.body_view, Qt.Key.Key_Escape)
    assert window.selection.trace is None and window.selection.selected is None
