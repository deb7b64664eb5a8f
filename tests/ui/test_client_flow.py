"""The issue's walk-through on the real window, by touch: client mode, tap the painful outer hip, see
gluteus minimus and quadratus lumborum ranked with their pictures, tap one to see its pattern and its
fascial connections, make the handout. Also the referral picture on selection, the eraser, swiping
round the body, long-press for details, portrait layout, and the handout from the command line."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from fasciamap.cli import main
from fasciamap.ui.main_window import MainWindow

from .helpers import click_point, zone_point
from .touch import Fingers, tap


@pytest.fixture(scope="module")
def device(qapp) -> QPointingDevice:
    return QTest.createTouchDevice()


def list_item_point(pain, muscle: str) -> QPoint:
    for row in range(pain.results.count()):
        item = pain.results.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == muscle:
            return pain.results.visualItemRect(item).center()
    raise AssertionError(f"{muscle} not listed")


def test_selecting_a_muscle_shows_its_referral_beside_its_connections(window: MainWindow) -> None:
    window.show_structure("gluteus_minimus.right")
    window.set_view("back")
    overlay = window.referrals.overlay(window.body_view.body_scene())
    assert "buttock.right" in overlay.shown_essential and len(overlay.trigger_points) == 2
    text = window.panel.text()
    assert "Trigger-point referral" in text and "Essential zone" in text and "Spillover zone" in text
    assert "Lucas et al. 2009" in text and "Connected structures" in text
    window.panel.plain.setChecked(True)
    plain = window.panel.text()
    assert "Where pain from it may be felt" in plain and "Usually felt" in plain
    assert "Musculus" not in plain and "evidence:" not in plain and "Marked for review" not in plain
    assert "Where this comes from" in plain and "Travell" not in plain  # sources one tap away
    window.panel._on_link(QUrl("sources:show"))
    assert "Travell JG, Simons DG (1992)" in window.panel.text() and "ch. 9" in window.panel.text()
    window.referral_action.trigger()  # patterns off
    assert not overlay.shown_essential


def test_the_walk_through_by_touch(window: MainWindow, device, tmp_path) -> None:
    window.client_action.trigger()
    assert window.client.active and window.isFullScreen() and window.menuBar().isHidden()
    assert window.panel.plain.isChecked() and not window.panel.plain.isEnabled()
    assert "Press and hold" in window.panel.text() and "Alt+Down" not in window.panel.text()  # a client's welcome
    window.show_pain_map()
    pain = window.pain_map()
    target = window.client.target_px()
    assert all(b.minimumSize().height() >= target for b in window.client.toolbar.findChildren(QToolButton)
               if b.defaultAction() is not None)
    window.set_view("right")
    QTest.qWait(50)
    tap(window.body_view, device, zone_point(window, "lateral_hip.right"))
    assert pain.painted == ["lateral_hip.right"]
    ranked = [pain.results.item(r).data(Qt.ItemDataRole.UserRole) for r in range(pain.results.count())]
    assert {"gluteus_minimus.right", "quadratus_lumborum.right"} <= set(ranked[:6])
    assert all(not pain.results.item(r).icon().isNull() for r in range(pain.results.count()))
    assert window.selection.selected is None  # painting selects nothing
    assert "lateral_line" in pain.lines.text()
    # tap gluteus minimus in the list: its pattern and its connections
    item = list_item_point(pain, "gluteus_minimus.right")
    Fingers(pain.results, device).press(item).release(item)
    assert window.selection.selected == "gluteus_minimus.right"
    overlay = window.referrals.overlay(window.body_view.body_scene())
    assert overlay.shown_essential and set(overlay.shown_painted) == {"lateral_hip.right"}
    text = window.panel.text()
    assert "Where pain from it may be felt" in text and "Gluteus medius (right)" in text
    # the handout a client takes home
    from fasciamap.ui.export import render_body
    from fasciamap.ui.handout import write_pdf
    from fasciamap.ui.handout_content import handout_for

    handout = handout_for(window.loaded, "gluteus_minimus.right", render_body(window.body_view, 2.0),
                          note="Side-lying stretch as shown")
    write_pdf(handout, tmp_path / "hip.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "hip.pdf"))
    assert len(pdf) == 1
    page_text = pdf[0].get_textpage().get_text_range()
    for words in ("Gluteus minimus (right side)", "Where pain from it may be felt", "Side-lying stretch",
                  "not medical advice", "How sure is this?"):
        assert words in page_text.replace("\r\n", " ").replace("\n", " ")
    window.client_action.trigger()
    assert not window.client.active and not window.isFullScreen() and window.panel.plain.isEnabled()


def test_the_eraser_and_clear(window: MainWindow, device) -> None:
    window.show_pain_map()
    pain = window.pain_map()
    window.set_view("back")
    point = zone_point(window, "low_back.left")
    tap(window.body_view, device, point)
    assert pain.painted == ["low_back.left"]
    tap(window.body_view, device, point)  # a second tap takes the mark away
    assert pain.painted == []
    tap(window.body_view, device, point)
    pain.set_tool("erase")
    tap(window.body_view, device, point)
    assert pain.painted == []
    pain.set_tool("mark")
    tap(window.body_view, device, point)
    pain.clear_button.click()
    assert pain.painted == [] and pain.results.count() == 0
    pain.set_tool("explore")
    assert not window.body_view.surface_mode()


def test_swipe_turns_the_body_and_long_press_explains(window: MainWindow, device) -> None:
    window.set_view("front")
    vp = window.body_view.viewport().rect()
    y = vp.height() // 2
    fingers = Fingers(window.body_view, device).press(QPoint(vp.width() * 3 // 4, y))
    fingers.glide([QPoint(vp.width() * 3 // 4, y)], [QPoint(vp.width() // 4, y)], steps=4)
    fingers.release(QPoint(vp.width() // 4, y))
    assert window.view_id == "right"
    window.set_view("back")
    window.set_layer("intermediate")
    point = click_point(window, "erector_spinae.left")
    Fingers(window.body_view, device).press(point)
    QTest.qWait(700)
    Fingers(window.body_view, device).release(point)
    assert window.selection.selected == "erector_spinae.left"
    assert "Erector spinae" in window.panel.text()


def test_a_tablet_held_upright_puts_the_explanation_under_the_body(window: MainWindow) -> None:
    window.resize(800, 1280)
    QTest.qWait(20)
    assert window.splitter.orientation().name == "Vertical"
    window.resize(1280, 800)
    QTest.qWait(20)
    assert window.splitter.orientation().name == "Horizontal"


def test_handout_command_writes_a_one_page_pdf_with_the_pattern(qapp, tmp_path, capsys) -> None:
    out = tmp_path / "ql.pdf"
    assert main(["handout", str(out), "--select", "quadratus_lumborum.right", "--note", "Heat, then walk"]) == 0
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 1
    text = pdf[0].get_textpage().get_text_range().replace("\r\n", " ").replace("\n", " ")
    assert "Quadratus lumborum (right side)" in text and "Heat, then walk" in text
    bitmap = pdf[0].render(scale=1)
    raw, width, height = bytes(bitmap.buffer), bitmap.width, bitmap.height
    stride = bitmap.stride
    orange = 0
    for y in range(0, height, 3):
        for x in range(0, width // 2, 3):
            b, g, r = raw[y * stride + 4 * x: y * stride + 4 * x + 3] if bitmap.n_channels == 4 else raw[y * stride + 3 * x: y * stride + 3 * x + 3]
            orange += r > 180 and 60 < g < 150 and b < 90
    assert orange > 30  # the essential zone is in the picture


def test_handout_command_rejects_bad_arguments(capsys, tmp_path) -> None:
    assert main(["handout", str(tmp_path / "x.txt"), "--select", "quadratus_lumborum"]) == 2
    assert "PDF or PNG" in capsys.readouterr().err
    assert main(["handout", str(tmp_path / "missing" / "x.pdf"), "--select", "quadratus_lumborum"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_tap_just_beside_a_small_structure_reaches_it(window: MainWindow, device) -> None:
    window.set_view("front")
    view = window.body_view
    reach = view._finger_px()
    item = view.body_scene().items_by_node["deltoid.right"]
    rect = view.mapFromScene(item.shape().boundingRect()).boundingRect()
    # the outermost point of the shoulder, then a little outside it, where nothing is drawn
    y = rect.center().y()
    edge = next(x for x in range(rect.left() - 2, rect.right()) if view.item_at_view(QPoint(x, y)) is not None)
    beside = QPoint(edge - round(reach * 0.6), y)
    assert view.item_at_view(beside) is None
    tap(view, device, beside)
    assert window.selection.selected is not None
    far = QPoint(edge - round(reach * 3), y)
    window.selection.clear()
    tap(view, device, far)
    assert window.selection.selected is None  # beyond a fingertip's reach: nothing


def test_help_explains_referral_and_client_mode(window: MainWindow) -> None:
    from fasciamap.ui.help_dialog import HelpDialog

    dialog = HelpDialog(window.actions(), window)
    text = dialog.browser.toPlainText()
    for words in ("Where does it hurt?", "Client mode", "Essential zone", "Spillover zone", "Trigger point",
                  "swipe sideways", "Ctrl+H", "F11", "Lucas et al."):
        assert words in text


def test_closing_in_client_mode_puts_the_desktop_back(window: MainWindow) -> None:
    window.client_action.trigger()
    assert window.isFullScreen()
    window.close()
    assert not window.client.active and not window.isFullScreen()
    assert window.settings is not None and not window.menuBar().isHidden()
