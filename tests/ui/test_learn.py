"""The primer and the guided tours in the real window: links tapped in the text land on the body,
every stop of every tour shows what it says, and the tour moves on by button, key and swipe."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from fasciamap.atlas.learn import load_learn
from fasciamap.ui.main_window import MainWindow

from .touch import Fingers, tap


@pytest.fixture(scope="module")
def device(qapp) -> QPointingDevice:
    return QTest.createTouchDevice()


@pytest.fixture(scope="module")
def learn(loaded):
    return load_learn(loaded.atlas, loaded.graph)


def link_point(window: MainWindow, href: str) -> QPoint:
    primer = window.learning.primer
    assert primer is not None
    rect = primer.link_rect(href)
    assert rect is not None, f"no link to {href} in the primer"
    QTest.qWait(10)
    rect = primer.link_rect(href)  # again, once scrolled into view
    return rect.center()


def shown_state(window: MainWindow) -> tuple:
    trace = window.selection.trace
    return window.view_id, window.layer_mode, window.selection.selected, trace


def assert_step_shown(window: MainWindow, step) -> None:
    graph = window.loaded.graph
    view, layer, selected, trace = shown_state(window)
    assert view == step.view and layer == step.depth
    if step.kind in ("structure", "referral"):
        node = step.node(graph)
        assert selected == node and trace is None
        assert node in window.body_view.body_scene().items_by_node  # drawn where the body is turned
        overlay = window.referrals.overlay(window.body_view.body_scene())
        if step.kind == "referral":
            assert overlay.shown_essential, "the referral pattern is drawn"
        else:  # a structure stop is about its fascia: no pattern over it
            assert not overlay.shown_essential
    elif step.kind == "line":
        assert trace is not None and trace.line == step.targets[0] and selected is None
    else:
        assert trace is not None and trace.path[0] == step.node(graph, 0) and trace.path[-1] == step.node(graph, 1)


def test_the_welcome_page_leads_to_the_primer(qtbot, window: MainWindow) -> None:
    assert "primer" in window.panel.text()
    window.panel.learn_requested.emit("primer")
    assert window.learning.primer is not None and window.learning.primer.isVisible()


def test_tapping_thoracolumbar_fascia_in_the_primer_lands_on_it(qtbot, window: MainWindow, device) -> None:
    window.learning.primer_action.trigger()
    primer = window.learning.primer
    text = primer.browser.toPlainText()
    # how myofascial release differs from massage and deep tissue massage, with its sources
    assert "How myofascial release differs" in text or "myofascial release" in text.lower()
    assert "Koren" in text and "Ajimsha" in text and "deep tissue" in text.lower()
    window.set_view("front")
    tap(primer.browser, device, link_point(window, "node:thoracolumbar_fascia"))
    node = window.selection.selected
    assert node is not None and window.loaded.atlas.structures[node].base_id == "thoracolumbar_fascia"
    assert window.view_id in window.loaded.atlas.structures[node].views  # turned to a view that draws it
    assert window.layer_mode == window.loaded.atlas.structures[node].layer  # peeled to its layer
    assert "Thoracolumbar fascia" in window.panel.text()


def test_a_line_link_traces_it_and_a_mouse_click_works_as_a_tap(qtbot, window: MainWindow) -> None:
    window.learning.show_primer()
    primer = window.learning.primer
    href = next(f"line:{line}" for line in window.loaded.atlas.lines if primer.link_rect(f"line:{line}"))
    QTest.mouseClick(primer.browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(window, href))
    assert window.selection.trace is not None and window.selection.trace.line == href.removeprefix("line:")


def test_plain_words_changes_the_primer_and_the_narration(qtbot, window: MainWindow, learn) -> None:
    window.learning.show_primer()
    primer = window.learning.primer
    reference = primer.browser.toPlainText()
    window.panel.plain.setChecked(True)
    assert primer.plain.isChecked() and primer.browser.toPlainText() != reference
    assert "Where this comes from" in primer.browser.toPlainText()
    window.learning.start_tour("back_paraspinals_ql")
    first = learn.tours["back_paraspinals_ql"].steps[0]
    from fasciamap.atlas.learn import plain_text

    assert plain_text(first.text.plain)[:60] in window.learning.player.narration.toPlainText()


def test_the_seed_tour_played_from_the_primer_with_buttons_keys_and_swipes(qtbot, window: MainWindow, learn,
                                                                           device) -> None:
    window.learning.show_primer()
    QTest.mouseClick(window.learning.primer.browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=link_point(window, "tour:back_paraspinals_ql"))
    player = window.learning.player
    tour = learn.tours["back_paraspinals_ql"]
    assert window.learning.touring and player.isVisible() and player.index == 0
    assert_step_shown(window, tour.steps[0])
    assert not player.previous_button.isEnabled()
    # Next, by the button
    qtbot.mouseClick(player.next_button, Qt.MouseButton.LeftButton)
    assert player.index == 1
    assert_step_shown(window, tour.steps[1])
    # Page Down and Page Up
    window.activateWindow()
    window.body_view.setFocus()
    QTest.keyClick(window.body_view, Qt.Key.Key_PageDown)
    assert player.index == 2
    assert_step_shown(window, tour.steps[2])
    QTest.keyClick(window.body_view, Qt.Key.Key_PageUp)
    assert player.index == 1
    # a swipe right to left on the body goes on, instead of turning it
    view = window.body_view
    view.fit()
    c = view.viewport().rect().center()
    start, end = c + QPoint(150, 0), c - QPoint(150, -10)
    Fingers(view, device).press(start).glide([start], [end], 5).release(end)
    assert player.index == 2 and window.view_id == tour.steps[2].view
    # to the end, and finish
    while player.index < len(tour.steps) - 1:
        qtbot.mouseClick(player.next_button, Qt.MouseButton.LeftButton)
        assert_step_shown(window, tour.steps[player.index])
    assert player.next_button.text().startswith("Finish")
    qtbot.mouseClick(player.next_button, Qt.MouseButton.LeftButton)
    assert not window.learning.touring and not player.isVisible()
    assert not window.learning.next_action.isEnabled()
    # after the tour, a swipe turns the body again
    before = window.view_id
    window.body_view.fit()
    Fingers(view, device).press(start).glide([start], [end], 5).release(end)
    assert window.view_id != before


def test_every_stop_of_every_tour_shows_what_it_says(qtbot, window: MainWindow, learn) -> None:
    for tour in learn.tours.values():
        assert window.learning.start_tour(tour.id)
        player = window.learning.player
        for k, step in enumerate(tour.steps):
            player.go(k)
            assert_step_shown(window, step)
            shown = player.narration.toPlainText()
            assert shown.strip() and "Sources" in shown, (tour.id, k)
            assert f"Stop {k + 1} of {len(tour.steps)}" in player.counter.text()
        window.learning.end()
    assert not window.learning.touring
    assert window.referrals.enabled == window.referral_action.isChecked()  # the switch's own state back


def test_the_tours_menu_lists_every_tour(qtbot, window: MainWindow, learn) -> None:
    window.learning.tours_menu.aboutToShow.emit()
    titles = [a.text() for a in window.learning.tours_menu.actions()]
    assert titles == [t.title for t in learn.tours.values()]
    window.learning.tours_menu.actions()[0].trigger()
    assert window.learning.touring and window.learning.player.tour.id == next(iter(learn.tours))


def test_a_damaged_learning_file_is_named_and_the_atlas_keeps_working(qtbot, loaded, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "learn.json"
    data = json.loads(__import__("fasciamap.resources", fromlist=["x"]).learn_file().read_bytes())
    data["tours"][0]["steps"][0]["view"] = "top"
    bad.write_text(json.dumps(data))
    monkeypatch.setenv("FASCIAMAP_LEARN", str(bad))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    w = MainWindow(loaded, None)
    qtbot.addWidget(w)
    w.show()
    w.learning.primer_action.trigger()
    assert warnings and str(bad) in warnings[0] and "tours[0]" in warnings[0] and "no view 'top'" in warnings[0]
    assert w.learning.primer is None
    w.learning.tours_menu.aboutToShow.emit()
    assert not w.learning.tours_menu.actions()[0].isEnabled()
    w.selection.select("erector_spinae.right")  # the atlas itself is untouched
    assert "Erector spinae" in w.panel.text()
