"""The quiz driven with the mouse, where test_quiz_gui.py drives it mostly with touch: every question
on the back that can be tapped can be answered by a mouse click on the body as framed; a ten-question
quiz of every kind answered by clicking choices and the body; the cue follows the body when it turns;
stray clicks and a resting pointer (tooltips) never name the answer; a structure can still be tapped
with the pain map's marking tool on; a right tap on another accepted muscle still names the one
explained; damaged progress in several ways starts afresh."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from fasciamap.atlas import quiz_record
from fasciamap.atlas.quiz_record import QuizRecord
from fasciamap.ui.main_window import MainWindow
from fasciamap.ui.quiz_view import BODY_KINDS, QuizPanel

from .helpers import click_point, open_quiz


def zone_point(window: MainWindow, zone: str) -> QPoint:
    """A viewport point whose scene point, as the view maps it back, lies in ``zone`` (a point found in
    the scene may round onto a neighbouring zone), as near the middle of the zone as can be."""
    view = window.body_view
    path = window.referrals.overlay(view.body_scene()).paths[zone]
    rect = path.boundingRect()
    steps = 16
    points = [QPointF(rect.left() + rect.width() * (i + 0.5) / steps, rect.top() + rect.height() * (j + 0.5) / steps)
              for i in range(steps) for j in range(steps)]
    points.sort(key=lambda p: (p - rect.center()).manhattanLength())
    for p in points:
        vp = view.mapFromScene(p)
        if view.viewport().rect().contains(vp) and window.referrals.zone_at(view.mapToScene(vp)) == zone:
            return vp
    raise AssertionError(f"no point of {zone} to click")


def body_target(window: MainWindow, right: bool) -> QPoint | None:
    """A viewport point on the body that answers the open question rightly (or wrongly), if any."""
    quiz = window.quiz()
    q = quiz.question
    assert q is not None
    scene = window.body_view.body_scene()
    if q.kind == "referral":
        zones = window.referrals.overlay(scene).paths
        wanted = [z for z in zones if (z.split(".")[0] in q.accepts) is right]
        wanted.sort(key=lambda z: not z.endswith(".right"))
        finder = zone_point
    else:
        structures = window.loaded.atlas.structures
        wanted = [n for n in scene.items_by_node if (structures[n].base_id in q.accepts) is right]
        wanted.sort(key=lambda n: not n.endswith(".right"))
        finder = click_point
    for target in wanted:
        try:
            return finder(window, target)
        except AssertionError:
            continue
    return None


def click_body(window: MainWindow, point: QPoint) -> None:
    QTest.mouseClick(window.body_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_every_question_on_the_back_that_can_be_tapped_is_answered_by_a_click_on_the_body(
        qtbot, window: MainWindow, progress: Path) -> None:
    quiz = open_quiz(window)
    pool = [q for q in quiz.bank.questions if q.region == "back" and q.kind in BODY_KINDS and q.accepts]
    assert len(pool) >= 20
    unreachable = []
    for q in pool:
        assert quiz.begin([q], "one")
        assert quiz.wants_body() and window.quiz_asking()
        point = body_target(window, right=True)
        if point is None:
            unreachable.append(q.id)
            quiz.finish()
            continue
        click_body(window, point)
        assert quiz.answers and quiz.answers[-1].right, (q.id, quiz.answers[-1:])
        assert window.selection.selected is None, q.id  # the answer is not named by selecting it
        quiz.finish()
    assert not unreachable, f"the framed view cannot show a right answer to {unreachable}"


def test_a_ten_question_quiz_on_the_back_of_every_kind_by_clicking_choices_and_the_body(
        qtbot, window: MainWindow, progress: Path) -> None:
    quiz = open_quiz(window, kind=None)
    assert quiz.on_body.isChecked()
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)  # a random quiz starts...
    assert quiz.pages.currentIndex() == 1
    quiz.start(seed=3)  # ...and this one is the same every run
    intended: list[bool] = []
    given: list[str] = []
    by_body = 0
    for k in range(10):
        q = quiz.question
        assert q is not None and q.region == "back"
        assert f"Question {k + 1} of 10" in quiz.counter.text()
        right = k % 4 != 1
        buttons = [b for b in quiz.choice_buttons if b.isVisible()]
        point = body_target(window, right) if quiz.wants_body() and (k % 2 == 0 or not buttons) else None
        if point is not None:
            by_body += 1
            click_body(window, point)
        else:
            assert buttons, q.id
            assert all(b.height() >= 44 for b in buttons)
            button = next(b for b in buttons if (b.text() == q.answer) is right)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert len(quiz.answers) == k + 1 and quiz.answers[-1].right is right, (q.id, quiz.answers[-1])
        assert window.selection.selected is None
        text = quiz.feedback.toPlainText()
        assert q.explanation[:30] in text and "Sources:" in text
        # a miss names the answer; a right tap may be another muscle the data also accepts
        assert (q.answer if not right else quiz.answers[-1].given) in text
        assert text.startswith("Correct") is right
        intended.append(right)
        given.append(quiz.answers[-1].given)
        qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert by_body >= 2
    assert quiz.pages.currentIndex() == 2 and f"{sum(intended)} of 10 right" in quiz.score.text()
    # the review lists exactly the misses, in order, with what was given and what was right
    misses = [(a.question, g) for a, g, r in zip(quiz.answers, given, intended) if not r]
    assert quiz.review.count() == len(misses) == intended.count(False)
    for row, (q, g) in enumerate(misses):
        text = quiz.review.item(row).text()
        assert q.prompt in text and f"You: {g}" in text and f"Answer: {q.answer}" in text
    # clicking a miss explains it, and shows its subject on the body (now it may be named)
    for row, (q, _g) in enumerate(misses):
        item = quiz.review.item(row)
        with qtbot.waitSignal(quiz.subject_requested, timeout=200, raising=False) as shown:
            qtbot.mouseClick(quiz.review.viewport(), Qt.MouseButton.LeftButton,
                             pos=quiz.review.visualItemRect(item).center())
        assert q.explanation[:30] in quiz.review_text.toPlainText()
        if item.data(Qt.ItemDataRole.UserRole):
            assert shown.signal_triggered and window.selection.selected == item.data(Qt.ItemDataRole.UserRole)
    # remembered: a panel of a new session reads it back and offers the misses again
    record = QuizRecord.load(progress)
    assert record.totals() == (10, sum(intended))
    assert set(record.missed) == {q.id for q, _ in misses}
    per_kind = {}
    for a in quiz.answers:
        per_kind.setdefault(a.question.kind, [0, 0])
        per_kind[a.question.kind][0] += 1
        per_kind[a.question.kind][1] += int(a.right)
    assert record.kinds == per_kind
    again = QuizPanel(window.loaded, window.referrals.pattern_view, lambda _z: ("back",))
    qtbot.addWidget(again)
    assert f"{sum(intended)} of 10 answered right" in again.totals.text()
    qtbot.mouseClick(again.retry_button, Qt.MouseButton.LeftButton)
    assert again.pages.currentIndex() == 1 and {q.id for q in again.questions} == {q.id for q, _ in misses}


def test_the_cue_follows_the_body_when_it_turns_and_is_gone_when_the_quiz_ends(
        qtbot, window: MainWindow, progress: Path) -> None:
    quiz = open_quiz(window, region=None, kind="deeper")
    quiz.start(seed=8)
    q = quiz.question
    node = window.loaded.graph.node_of(q.subject, "right")
    layer = window.quizzing.cues
    assert layer is not None and node in layer.cue.structures
    shown = layer.item(window.scene_for(window.view_id))
    assert not shown.empty and shown.isVisible()
    others = [v for v in window.loaded.views if v != window.view_id]
    assert others
    window.set_view(others[0])
    assert shown.empty  # the scene turned away no longer carries it
    turned = layer.item(window.scene_for(others[0]))
    assert turned.empty is not any(node in window.loaded.views[others[0]].structures for node in layer.cue.structures)
    quiz.finish()
    assert turned.empty and layer.cue.structures == () and layer.cue.zones == ()


def test_stray_clicks_all_over_the_body_and_the_panel_never_name_the_answer(
        qtbot, window: MainWindow, progress: Path) -> None:
    quiz = open_quiz(window, region=None, kind="name")
    quiz.on_body.setChecked(False)  # the marked structure is named by choosing
    quiz.start(seed=9)
    q = quiz.question
    viewport = window.body_view.viewport()
    for x in range(10, viewport.width(), max(1, viewport.width() // 9)):
        for y in range(10, viewport.height(), max(1, viewport.height() // 7)):
            click_body(window, QPoint(x, y))
            QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    assert window.selection.selected is None and quiz.asking and not quiz.answers
    assert q.answer not in window.panel.text() and window.windowTitle() == "FasciaMap"
    for w in (quiz.prompt, quiz.hint, quiz.counter, quiz.feedback):  # nor does the panel
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)  # no next before an answer
    assert quiz.index == 0 and quiz.asking
    qtbot.mouseClick(quiz.dont_know, Qt.MouseButton.LeftButton)  # "Show me": a miss, answer shown
    assert not quiz.answers[-1].right and q.answer in quiz.feedback.toPlainText()
    assert window.selection.selected is None
    click_body(window, QPoint(viewport.width() // 2, viewport.height() // 2))  # answered: the body is the body again
    assert not quiz.asking


def test_resting_the_pointer_on_the_marked_structure_shows_no_name(qtbot, window: MainWindow,
                                                                   progress: Path) -> None:
    quiz = open_quiz(window, kind="name")
    quiz.on_body.setChecked(False)
    quiz.start(seed=2)
    q = quiz.question
    point = click_point(window, window.loaded.graph.node_of(q.subject, "right"))
    viewport = window.body_view.viewport()
    QTest.mouseMove(viewport, point)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    QTest.qWait(20)
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    assert q.answer not in shown, shown


def test_with_the_pain_map_open_a_structure_is_still_answered_by_a_click(qtbot, window: MainWindow,
                                                                         progress: Path) -> None:
    window.show_pain_map()
    assert window.body_view.surface_mode()  # marking pain
    quiz = open_quiz(window, kind="name")
    quiz.start(seed=2)
    point = body_target(window, right=True)
    assert point is not None
    click_body(window, point)
    assert quiz.answers and quiz.answers[-1].right
    assert window.body_view.surface_mode()  # answered: marking pain again


def test_a_right_tap_on_another_accepted_muscle_still_names_the_one_explained(qtbot, window: MainWindow,
                                                                              progress: Path) -> None:
    quiz = open_quiz(window)
    q = next(q for q in quiz.bank.questions if q.id == "refers_here:buttock/quadratus_lumborum")
    assert quiz.begin([q], "one")
    structures = window.loaded.atlas.structures
    scene = window.body_view.body_scene()
    others = [n for n in scene.items_by_node if structures[n].base_id in q.accepts and structures[n].name != q.answer]
    point = next(p for p in map(lambda n: _maybe(click_point, window, n), others) if p is not None)
    click_body(window, point)
    a = quiz.answers[-1]
    assert a.right and a.given != q.answer
    said = quiz.feedback.toPlainText().split("Sources:")[0]
    assert q.answer.lower() in said.lower(), said


def _maybe(finder, window: MainWindow, target: str) -> QPoint | None:
    try:
        return finder(window, target)
    except AssertionError:
        return None


@pytest.mark.parametrize("content, problem", [
    (b"\xff\xfe not text", ""),
    (b'{"version": 1, "kinds": {"name": [1, 1]}, "missed": "q1"}', "missed"),
    (b'{"version": 99}', "version"),
    (b"[1, 2, 3]", "version"),
    (b" " * (quiz_record.MAX_RECORD_BYTES + 10), ""),
])
def test_damaged_progress_is_set_aside_with_a_message_and_the_quiz_starts_afresh(
        qtbot, window: MainWindow, progress: Path, content: bytes, problem: str) -> None:
    progress.write_bytes(content)
    quiz = open_quiz(window)
    assert quiz.warning.isVisible() and str(progress) in quiz.warning.text() and problem in quiz.warning.text()
    assert "starts afresh" in quiz.warning.text()
    aside = progress.with_name(progress.name + ".damaged")
    assert aside.read_bytes() == content and not progress.exists()  # nothing lost, nothing in the way
    assert quiz.record.totals() == (0, 0) and not quiz.retry_button.isEnabled()
    quiz.start(seed=1)
    qtbot.mouseClick(quiz.dont_know, Qt.MouseButton.LeftButton)
    quiz.finish()
    assert QuizRecord.load(progress).totals() == (1, 0)


# -- the record alone (no Qt) ---------------------------------------------------------------------------
def test_a_save_that_fails_midway_leaves_the_last_good_record_and_no_temporary_file(
        tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "progress.json"
    record = QuizRecord.load(path)
    record.answered("deeper:a/b", "deeper", True)
    assert record.save() == ""
    good = path.read_bytes()
    record.answered("deeper:a/c", "deeper", False)

    def broken(*_args, **_kwargs) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(quiz_record.json, "dump", broken)
    message = record.save()
    assert "could not be saved" in message and str(path) in message and "No space left" in message
    assert path.read_bytes() == good and sorted(os.listdir(tmp_path)) == ["progress.json"]
    monkeypatch.undo()
    assert QuizRecord.load(path).totals() == (1, 1)


def test_the_location_comes_from_the_environment_and_a_missing_file_is_a_fresh_start(
        tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "elsewhere" / "mine.json"
    monkeypatch.setenv("FASCIAMAP_QUIZ_PROGRESS", str(target))
    assert quiz_record.record_file() == target
    record = QuizRecord.load()
    assert record.path == target and record.totals() == (0, 0) and record.problem == ""
    record.answered("name:x", "name", False)
    record.finished(0, 1, "the whole body")
    assert record.save() == "" and json.loads(target.read_text())["missed"] == ["name:x"]
    monkeypatch.delenv("FASCIAMAP_QUIZ_PROGRESS")
    assert quiz_record.record_file().name == "quiz-progress.json"


def test_a_miss_answered_right_later_is_forgotten_and_a_repeat_miss_moves_to_the_end(tmp_path: Path) -> None:
    record = QuizRecord.load(tmp_path / "p.json")
    for qid, right in (("a", False), ("b", False), ("a", False), ("b", True)):
        record.answered(qid, "name", right)
    assert record.missed == ["a"] and record.kinds == {"name": [4, 1]}


@pytest.mark.parametrize("make", ["folder", "dangling link"])
def test_a_folder_or_a_dangling_link_where_the_record_belongs_is_set_aside(tmp_path: Path, make: str) -> None:
    path = tmp_path / "quiz-progress.json"
    if make == "folder":
        path.mkdir()
    else:
        path.symlink_to(tmp_path / "gone.json")
    record = QuizRecord.load(path)
    assert str(path) in record.problem and "starts afresh" in record.problem and record.totals() == (0, 0)
    assert os.path.lexists(path.with_name(path.name + ".damaged")) and not os.path.lexists(path)
    record.answered("name:x", "name", True)
    assert record.save() == "" and QuizRecord.load(path).totals() == (1, 1)
