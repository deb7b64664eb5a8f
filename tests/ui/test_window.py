"""Drive the real window: click real shapes, hover, keys, search, links, layers and remembered state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

from fasciamap.ui import theme
from fasciamap.ui.main_window import MainWindow
from fasciamap.ui.settings import LAYER, VIEW, Settings

from .helpers import click_point


def click(qtbot, window: MainWindow, pos: QPoint) -> None:
    qtbot.mouseClick(window.body_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def states(window: MainWindow) -> dict:
    scene = window.body_view.body_scene()
    return {n: i.state for n, i in scene.items_by_node.items()}


def test_click_erector_spinae_lights_up_quadratus_lumborum_and_multifidus(qtbot, window, loaded) -> None:
    window.set_view("back")
    window.set_layer(loaded.atlas.structures["erector_spinae.left"].layer)
    click(qtbot, window, click_point(window, "erector_spinae.left"))
    assert window.selection.selected == "erector_spinae.left"
    s = states(window)
    assert s["erector_spinae.left"].highlight is theme.SELECTED
    assert s["quadratus_lumborum.left"].highlight is theme.CONNECTION_STYLES["shared_sheet"]
    assert s["multifidus.left"].highlight is theme.CONNECTION_STYLES["shared_sheet"]
    assert s["quadratus_lumborum.right"].highlight is None and s["quadratus_lumborum.right"].dimmed
    text = window.panel.text()
    assert "Erector spinae (left)" in text
    assert "Quadratus lumborum (left)" in text and "middle layer of the thoracolumbar fascia" in text
    assert "Multifidus (left)" in text
    assert "Sources" in text and "Willard FH" in text
    assert window.windowTitle() == "FasciaMap — Erector spinae (left)"


def test_selecting_a_surface_muscle_reveals_connected_deep_tissue(qtbot, window) -> None:
    window.set_view("back")
    window.set_layer("all")
    click(qtbot, window, click_point(window, "trapezius.left"))
    s = states(window)
    rhomboids = s["rhomboids.left"]
    assert rhomboids.visible and rhomboids.highlight is not None and rhomboids.deeper
    assert rhomboids.z > s["trapezius.right"].z  # drawn through the superficial layer
    assert s["latissimus_dorsi.right"].dimmed  # unrelated tissue dims, it does not disappear
    assert s["latissimus_dorsi.right"].visible


def test_click_outside_the_outline_but_inside_the_bounding_box_does_not_select(qtbot, window, loaded) -> None:
    window.set_view("back")
    window.set_layer(loaded.atlas.structures["quadratus_lumborum.left"].layer)
    scene = window.body_view.body_scene()
    item = scene.items_by_node["quadratus_lumborum.left"]
    rect = item.boundingRect()
    corner = None
    for fx in (0.02, 0.98):
        for fy in (0.02, 0.98):
            p = QPointF(rect.left() + rect.width() * fx, rect.top() + rect.height() * fy)
            if not item.shape().contains(p) and window.body_view.item_at_view(window.body_view.mapFromScene(p)) is not item:
                corner = p
    assert corner is not None
    click(qtbot, window, window.body_view.mapFromScene(corner))
    assert window.selection.selected != "quadratus_lumborum.left"


def test_click_on_empty_space_and_escape_clear_the_selection(qtbot, window) -> None:
    window.selection.select("pectoralis_major.right")
    click(qtbot, window, QPoint(5, 5))
    assert window.selection.selected is None
    window.selection.select("pectoralis_major.right")
    window.body_view.setFocus()
    QTest.keyClick(window.body_view, Qt.Key.Key_Escape)
    assert window.selection.selected is None
    assert "Select" in window.panel.text() or "Click or tap" in window.panel.text()


def test_hover_names_the_structure(qtbot, window) -> None:
    pos = click_point(window, "pectoralis_major.right")
    qtbot.mouseMove(window.body_view.viewport(), pos)
    assert window.hover_label.text().startswith("Pectoralis major (right)")
    assert window.body_view.body_scene().items_by_node["pectoralis_major.right"].toolTip() == "Pectoralis major (right)"
    qtbot.mouseMove(window.body_view.viewport(), QPoint(3, 3))
    assert window.hover_label.text() == ""


def test_connection_link_in_the_panel_selects_the_other_structure(qtbot, window) -> None:
    window.selection.select("erector_spinae.left")
    assert "node:quadratus_lumborum.left" in window.panel.html()
    window.panel.browser.anchorClicked.emit(QUrl("node:quadratus_lumborum.left"))
    assert window.selection.selected == "quadratus_lumborum.left"


def test_plain_words_switch_the_voice(qtbot, window, loaded) -> None:
    window.selection.select("erector_spinae.left")
    window.panel.plain.setChecked(True)
    s = loaded.atlas.structures["erector_spinae.left"]
    assert s.summary[:40] in window.panel.text()
    assert "Sources" not in window.panel.text()
    assert "not medical advice" in window.panel.text()
    assert s.latin not in window.panel.text() and "evidence: anatomical" not in window.panel.text()
    assert "a basic fact of anatomy" in window.panel.text()  # the evidence, in everyday words


def _type_and_enter(window, text: str) -> None:
    window.search.setFocus()
    window.search.clear()
    QTest.keyClicks(window.search, text)
    QTest.keyClick(window.search, Qt.Key.Key_Return)


def test_search_lists_each_structure_once_with_its_latin_name(qtbot, window, loaded) -> None:
    window.search.setFocus()
    QTest.keyClicks(window.search, "gluteus")
    popup = window.search.completer().popup()
    assert popup.isVisible()
    labels = window.search.labels()
    assert len(labels) == len(set(labels)) and not any("(left)" in label for label in labels)
    latin = loaded.atlas.structures["gluteus_maximus.left"].latin
    assert f"Gluteus maximus — {latin}" in labels


def test_everyday_names_land_on_the_structure_where_it_is_best_seen(qtbot, window, loaded) -> None:
    from fasciamap.atlas.placement import best_view

    _type_and_enter(window, "QL")
    node = "quadratus_lumborum.left"
    assert window.selection.selected == node
    assert window.view_id == best_view(loaded.views, node, "front")
    assert window.layer_mode == loaded.atlas.structures[node].layer  # peeled to where it lies
    assert window.body_view.body_scene().items_by_node[node].interactive
    _type_and_enter(window, "IT band")
    assert window.selection.selected == "iliotibial_tract.left"
    assert window.layer_mode == "superficial"


def test_typos_are_forgiven_and_groups_named(qtbot, window) -> None:
    _type_and_enter(window, "latisimus")
    assert window.selection.selected == "latissimus_dorsi.left"
    _type_and_enter(window, "hamstrings")
    assert window.selection.selected == "biceps_femoris.left"
    message = window.statusBar().currentMessage()
    assert "Hamstrings" in message and "Semitendinosus" in message and "Semimembranosus" in message


def test_the_side_follows_the_last_tap(qtbot, window) -> None:
    window.set_view("back")
    click(qtbot, window, click_point(window, "latissimus_dorsi.right"))
    _type_and_enter(window, "trapezius")
    assert window.selection.selected == "trapezius.right"


def test_search_free_text_and_unknown_names(qtbot, window) -> None:
    _type_and_enter(window, "thoracolumbar fascia")
    assert window.selection.selected == "thoracolumbar_fascia"
    assert window.view_id == "back"  # drawn from behind: the view follows the selection
    _type_and_enter(window, "spleen")
    assert "Nothing called “spleen”" in window.statusBar().currentMessage()
    assert window.selection.selected == "thoracolumbar_fascia"


def test_ctrl_f_focuses_search(qtbot, window) -> None:
    window.body_view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_the_layer_control_lists_the_layers_of_the_data(qtbot, window, loaded) -> None:
    names = [layer.name for layer in loaded.atlas.layers_by_depth()]
    assert len(names) >= 3
    assert [a.text() for a in window.layer_actions.values()] == [*names, "All (see-through)"]
    window.body_view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.layer_mode == loaded.atlas.layers_by_depth()[1].id
    QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.layer_mode == loaded.atlas.layers_by_depth()[2].id
    QTest.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # at the surface: stays
    assert window.layer_mode == "superficial" and window.layer_actions["superficial"].isChecked()


def test_peeling_shows_each_depth_and_everything_beneath_it(qtbot, window, loaded) -> None:
    window.set_view("back")
    scene = window.body_view.body_scene()
    deep_node = "erector_spinae.left"
    layer = loaded.atlas.structures[deep_node].layer
    depth = loaded.atlas.layers[layer].depth
    assert depth > 1
    window.set_layer(layer)
    s = states(window)
    surface = s["trapezius.left"]
    assert (surface.ghost if depth == 2 else not surface.visible)
    assert not scene.items_by_node["trapezius.left"].interactive
    for node, item in scene.items_by_node.items():  # everything at this depth or deeper is drawn,
        if item.depth >= depth:  # unless the layers above hide it whole (then it is not painted)
            assert s[node].visible == (item.covered < depth) and not s[node].ghost, node
    click(qtbot, window, click_point(window, deep_node))
    assert window.selection.selected == deep_node
    window.selection.clear()
    window.set_layer("superficial")
    s = states(window)
    deep_item = scene.items_by_node[deep_node]
    assert s["trapezius.left"].visible and s[deep_node].visible == (deep_item.covered < 1)  # shown where uncovered
    assert scene.items_by_node["trapezius.left"].zValue() > deep_item.zValue()
    window.set_layer("all")
    s = states(window)
    assert s[deep_node].visible and s["trapezius.left"].translucent
    assert scene.items_by_node["trapezius.left"].opacity() < 1.0
    click(qtbot, window, click_point(window, "trapezius.left"))  # the see-through surface stays clickable
    assert window.selection.selected == "trapezius.left"


def test_drag_pans_without_selecting(qtbot, window) -> None:
    window.body_view.zoom_by(3.0)
    viewport = window.body_view.viewport()
    start = viewport.rect().center()
    before = window.body_view.horizontalScrollBar().value(), window.body_view.verticalScrollBar().value()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        pos = QPointF(start - QPoint(12 * k, 9 * k))
        move = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(60, 45))
    after = window.body_view.horizontalScrollBar().value(), window.body_view.verticalScrollBar().value()
    assert after != before
    assert window.selection.selected is None


def test_wheel_zoom_is_anchored_and_clamped(qtbot, window) -> None:
    view = window.body_view
    centre = QPointF(view.viewport().rect().center())
    for _ in range(40):
        event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        view.wheelEvent(event)
    assert abs(view.zoom_level() - 14.0) < 1e-6
    window.fit_action.trigger()
    assert abs(view.zoom_level() - 1.0) < 1e-6


def test_window_view_and_layer_are_remembered(qtbot, loaded) -> None:
    first = MainWindow(loaded, Settings())
    qtbot.addWidget(first)
    first.resize(760, 560)  # within the offscreen screen, which clamps restored geometry
    first.set_view("back")
    first.set_layer("intermediate")
    first.close()
    second = MainWindow(loaded, Settings())
    qtbot.addWidget(second)
    assert second.view_id == "back" and second.layer_mode == "intermediate"
    assert (second.width(), second.height()) == (760, 560)
    assert second.layer_actions["intermediate"].isChecked() and second.view_actions["back"].isChecked()


def test_damaged_settings_fall_back_to_defaults(qtbot, loaded) -> None:
    settings = Settings()
    settings.set(VIEW, "sideways")
    settings.set(LAYER, 42)
    settings.sync()
    w = MainWindow(loaded, Settings())
    qtbot.addWidget(w)
    assert w.view_id == "front" and w.layer_mode == "superficial"


def test_unknown_selection_is_ignored(qtbot, window) -> None:
    window.selection.select("spleen.left")
    assert window.selection.selected is None


def test_legend_explains_every_highlight() -> None:
    from fasciamap.ui.legend import Legend

    legend = Legend()
    assert legend.labels[0] == "Selected"
    assert {s.label for s in theme.CONNECTION_STYLES.values()} <= set(legend.labels)
    assert any("Deeper" in l for l in legend.labels)
    styles = [s.pen_style for s in theme.CONNECTION_STYLES.values()]
    assert len(set(styles)) == len(styles)  # told apart by line style, not by hue alone


def test_tap_selects_and_pinch_zooms_on_a_touch_screen(qtbot, window) -> None:
    # Touches go to the window in its own coordinates, as a touch screen delivers them (QTest's
    # QWidget overload offsets widget points by the widget's place in the window).
    device = QTest.createTouchDevice()
    viewport = window.body_view.viewport()
    screen = window.windowHandle()

    def at(p: QPoint) -> QPoint:
        return viewport.mapTo(window, p)

    point = click_point(window, "pectoralis_major.right")
    QTest.touchEvent(screen, device).press(0, at(point))
    QTest.touchEvent(screen, device).release(0, at(point))
    assert window.selection.selected == "pectoralis_major.right"
    centre = viewport.rect().center()
    QTest.touchEvent(screen, device).press(0, at(centre - QPoint(30, 0))).press(1, at(centre + QPoint(30, 0)))
    for k in range(1, 12):
        QTest.touchEvent(screen, device).move(0, at(centre - QPoint(30 + 8 * k, 0))).move(1, at(centre + QPoint(30 + 8 * k, 0)))
    QTest.touchEvent(screen, device).release(0, at(centre - QPoint(118, 0))).release(1, at(centre + QPoint(118, 0)))
    assert window.body_view.zoom_level() > 2.0
    assert window.selection.selected == "pectoralis_major.right"  # a pinch is not a tap


def test_connection_explanations_open_on_demand(qtbot, window, loaded) -> None:
    window.selection.select("erector_spinae.left")
    links = loaded.graph.connected("erector_spinae.left")
    first = links[0].connection.explanation
    assert first[:50] not in window.panel.text()  # a scannable list first
    assert "why?" in window.panel.text()
    window.panel.browser.anchorClicked.emit(QUrl("why:0"))
    assert first[:50] in window.panel.text()
    window.panel.browser.anchorClicked.emit(QUrl("why:all"))
    assert all(l.connection.explanation[:40] in window.panel.text() for l in links)
    window.panel.browser.anchorClicked.emit(QUrl("why:none"))
    assert first[:50] not in window.panel.text()
    window.selection.select("quadratus_lumborum.left")  # a new selection starts collapsed
    assert "why?" in window.panel.text()


def test_double_click_frames_the_selection_and_its_connections(qtbot, window, loaded) -> None:
    window.set_view("back")
    window.set_layer(loaded.atlas.structures["erector_spinae.left"].layer)
    point = click_point(window, "erector_spinae.left")
    click(qtbot, window, point)  # a real double-click starts with a click
    qtbot.mouseDClick(window.body_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.selected == "erector_spinae.left"
    assert window.body_view.zoom_level() > 1.1
    visible = window.body_view.mapToScene(window.body_view.viewport().rect()).boundingRect()
    scene = window.body_view.body_scene()
    for node in ("erector_spinae.left", "quadratus_lumborum.left", "multifidus.left"):
        assert visible.contains(scene.items_by_node[node].boundingRect()), node
    click(qtbot, window, QPoint(3, 3))
    qtbot.mouseDClick(window.body_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert abs(window.body_view.zoom_level() - 1.0) < 1e-6


def test_the_veil_dims_every_unrelated_structure(qtbot, window) -> None:
    for view in ("front", "back"):
        window.set_view(view)
        window.selection.select("pectoralis_major.left" if view == "front" else "erector_spinae.left")
        scene = window.body_view.body_scene()
        veil = scene._veil.shape()
        for node, item in scene.items_by_node.items():
            if item.isVisible() and item.state.highlight is None:
                assert veil.contains(item.shape().pointAtPercent(0.0)) or veil.intersects(item.shape()), node
                probe = item.shape().boundingRect().center()
                if item.shape().contains(probe):
                    assert veil.contains(probe), f"{node} is not dimmed"


def test_a_pair_joined_two_ways_is_listed_once_with_both_ways(qtbot, window, loaded) -> None:
    links = loaded.graph.connected("erector_spinae.left")
    kinds = {l.connection.kind for l in links if l.structure.id == "multifidus.left"}
    assert len(kinds) >= 2  # a shared sheet and an overlap
    window.selection.select("erector_spinae.left")
    text = window.panel.text()
    assert text.count("Multifidus (left)") == 1 and "also lies over / under" in text
    others = {l.structure.id for l in links}
    assert f"Connected structures ({len(others)})" in text


def test_selecting_the_psoas_lights_the_diaphragm_iliacus_and_pectineus(qtbot, window, loaded) -> None:
    _type_and_enter(window, "psoas")
    assert window.selection.selected == "psoas_major.left"
    s = states(window)
    for node in ("diaphragm", "iliacus.left", "pectineus.left", "medial_arcuate_ligament.left"):
        if node in s:  # drawn in this view
            assert s[node].highlight is not None, node
    assert "diaphragm" in s and s["diaphragm"].highlight is not None
    text = window.panel.text()
    assert "Diaphragm" in text and "Iliacus (left)" in text and "Pectineus (left)" in text
