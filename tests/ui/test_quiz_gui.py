"""The quiz in the real window: a ten-question quiz on the back answered by tapping the body (and by
choosing), the score, the review of the misses, and the progress remembered in a new session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from fasciamap.atlas.quiz_record import QuizRecord
from fasciamap.ui.main_window import MainWindow
from fasciamap.ui.quiz_view import QuizPanel

from .helpers import click_point, open_quiz, zone_point
from .touch import Fingers, tap


@pytest.fixture(scope="module")
def device(qapp) -> QPointingDevice:
    return QTest.createTouchDevice()


def a_point_of(window: MainWindow, nodes) -> tuple[str, QPoint]:
    """A tappable point of the first of ``nodes`` that the body on screen shows."""
    for node in nodes:
        try:
            return node, click_point(window, node)
        except (AssertionError, KeyError):
            continue
    raise AssertionError(f"none of {list(nodes)[:5]} can be tapped here")


def tap_an_answer(window: MainWindow, quiz: QuizPanel, device, right: bool) -> None:
    q = quiz.question
    graph = window.loaded.graph
    scene = window.body_view.body_scene()
    if q.kind == "referral":
        zones = window.referrals.overlay(scene).paths
        accepted = [f"{z}.right" if f"{z}.right" in zones else z for z in q.accepts]
        others = [z for z in zones if z.split(".")[0] not in q.accepts]
        for zone in (accepted if right else others):
            try:
                point = zone_point(window, zone)
            except AssertionError:
                continue
            tap(window.body_view, device, point)
            return
        raise AssertionError(f"no zone to tap for {q.id}")
    if right:
        base = next(s.base_id for s in window.loaded.atlas.structures.values() if s.name == q.answer
                    and s.base_id in q.accepts)
        wanted = [graph.node_of(base, "right"), graph.node_of(base, "left")]
    else:
        wanted = [n for n in scene.items_by_node if window.loaded.atlas.structures[n].base_id not in q.accepts]
    _, point = a_point_of(window, wanted)
    tap(window.body_view, device, point)


def test_a_ten_question_quiz_on_the_back_tapped_on_the_body_then_the_misses_reviewed(
        qtbot, window: MainWindow, device, progress: Path) -> None:
    quiz = open_quiz(window)
    assert quiz.isVisible() and quiz.start_button.isEnabled()
    assert "questions to draw from" in quiz.available.text()
    quiz.start(seed=11)
    kinds = set()
    intended: list[bool] = []
    for k in range(10):
        q = quiz.question
        assert q is not None and q.region == "back" and q.accepts, q
        kinds.add(q.kind)
        assert window.selection.selected is None  # nothing named while asked
        assert f"Question {k + 1} of 10" in quiz.counter.text()
        cue = window.quizzing.cues.cue
        assert cue.structures or cue.zones or q.kind == "name"  # what the question is about is marked
        right = k % 3 != 2  # every third one missed on purpose
        tap_an_answer(window, quiz, device, right)
        assert len(quiz.answers) == k + 1, q.id
        assert quiz.answers[-1].right is right, (q.id, quiz.answers[-1])
        assert window.selection.selected is None  # a tapped answer is not selected
        assert not quiz.asking and quiz.feedback.isVisible()
        feedback = quiz.feedback.toPlainText()
        assert feedback.startswith("Correct") is right and q.answer in feedback and "Sources:" in feedback
        assert window.quizzing.cues.cue.right or q.kind == "referral"  # the right answer shown on the body
        intended.append(right)
        qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert len(kinds) >= 2
    # the score and the review
    assert quiz.pages.currentIndex() == 2
    assert f"{sum(intended)} of 10 right" in quiz.score.text()
    misses = [a for a in quiz.answers if not a.right]
    assert quiz.review.count() == len(misses) == intended.count(False)
    for row, miss in enumerate(misses):
        assert miss.question.answer in quiz.review.item(row).text()
    item = quiz.review.item(0)
    qtbot.mouseClick(quiz.review.viewport(), Qt.MouseButton.LeftButton, pos=quiz.review.visualItemRect(item).center())
    assert misses[0].question.explanation[:40] in quiz.review_text.toPlainText()
    if item.data(Qt.ItemDataRole.UserRole):
        assert window.selection.selected == item.data(Qt.ItemDataRole.UserRole)  # now it may be named
    # remembered: a new session reads the totals and the misses back
    saved = json.loads(progress.read_text())
    assert saved["history"][-1]["right"] == sum(intended) and saved["history"][-1]["of"] == 10
    record = QuizRecord.load(progress)
    assert record.totals() == (10, sum(intended)) and len(record.missed) == len(misses)
    again = QuizPanel(window.loaded, window.referrals.pattern_view, lambda _z: ("back",), record)
    assert f"{sum(intended)} of 10 answered right" in again.totals.text()
    assert again.retry_button.isEnabled() and f"({len(misses)})" in again.retry_button.text()
    assert again.retry_misses() and {q.id for q in again.questions} == {m.question.id for m in misses}


def test_choosing_answers_with_the_mouse_and_stopping_early(qtbot, window: MainWindow, progress: Path) -> None:
    quiz = open_quiz(window, region=None, kind="sheet", count=5)
    quiz.on_body.setChecked(False)
    quiz.start(seed=2)
    q = quiz.question
    assert q.kind == "sheet" and all(b.isVisible() for b in quiz.choice_buttons)
    assert len(window.quizzing.cues.cue.structures) == 2  # the two structures the sheet joins are marked
    wrong = next(b for b in quiz.choice_buttons if b.text() != q.answer)
    qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)
    assert not quiz.answers[-1].right and "Not quite" in quiz.feedback.toPlainText()
    qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)  # a second click changes nothing
    assert len(quiz.answers) == 1
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    right = next(b for b in quiz.choice_buttons if b.text() == quiz.question.answer)
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert quiz.answers[-1].right
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    assert quiz.pages.currentIndex() == 2 and "1 of 2 right" in quiz.score.text()
    assert quiz.review.count() == 1


def test_while_a_question_waits_the_body_names_nothing(qtbot, window: MainWindow, device, progress: Path) -> None:
    quiz = open_quiz(window, kind="name")
    quiz.on_body.setChecked(False)  # the highlighted structure is named by choosing
    quiz.start(seed=5)
    q = quiz.question
    node, point = a_point_of(window, [window.loaded.graph.node_of(q.subject, "right")])
    tap(window.body_view, device, point)  # tapping the marked one must not select (and name) it
    assert window.selection.selected is None and quiz.asking and not quiz.answers
    QTest.mouseMove(window.body_view.viewport(), point)
    assert window.hover_label.text() == ""
    QTest.mouseMove(window.menuBar(), QPoint(300, 5))  # the pointer off the body: a later window must not find it hovering
    Fingers(window.body_view, device).press(point).release(point)
    tap(window.body_view, device, point)  # a double tap neither
    assert window.selection.selected is None and window.windowTitle() == "FasciaMap"
    assert q.answer not in window.panel.text()
    quiz.choose(q.answer)
    assert quiz.answers[-1].right


def test_a_damaged_progress_file_is_set_aside_and_the_quiz_starts_afresh(qtbot, window: MainWindow,
                                                                         progress: Path) -> None:
    progress.write_text('{"version": 1, "kinds": {"name": [3, 9]}}')
    quiz = open_quiz(window)
    assert quiz.warning.isVisible() and str(progress) in quiz.warning.text() and "kinds" in quiz.warning.text()
    assert (progress.parent / "quiz-progress.json.damaged").exists() and not progress.exists()
    assert quiz.record.totals() == (0, 0)
    quiz.start(seed=1)
    quiz.choose(quiz.question.choices[0]) if quiz.question.kind != "name" else quiz.dont_know.click()
    quiz.finish()
    assert json.loads(progress.read_text())["version"] == 1  # a fresh record written in its place


def test_the_record_is_written_atomically_and_bounded(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "progress.json"
    record = QuizRecord.load(path)
    for i in range(500):
        record.answered(f"q{i}", "name", i % 2 == 0)
    for _ in range(80):
        record.finished(1, 2, "x")
    assert record.save() == ""
    again = QuizRecord.load(path)
    assert again.totals() == (500, 250) and len(again.missed) == 200 and len(again.history) == 50
    assert [p.name for p in path.parent.iterdir()] == ["progress.json"]  # no temporary file left behind
    path.write_bytes(b"{" * 100000)
    problem = QuizRecord.load(path).problem
    assert str(path) in problem and ("nested" in problem or "JSON" in problem)
    blocked = tmp_path / "file"
    blocked.write_text("")
    record = QuizRecord.load(blocked / "progress.json")
    assert "could not be saved" in record.save()


def test_in_client_mode_the_quiz_buttons_are_large_enough_for_a_finger(qtbot, window: MainWindow,
                                                                       progress: Path) -> None:
    window.client_action.trigger()
    quiz = open_quiz(window)
    target = window.client.target_px()
    assert all(b.minimumHeight() >= target for b in (*quiz.choice_buttons, quiz.next_button, quiz.start_button))
    window.client.set_active(False)


def test_a_quiz_behind_another_panel_waits_and_closing_its_panel_ends_it(qtbot, window: MainWindow,
                                                                          progress: Path) -> None:
    window.learning.show_primer()
    quiz = open_quiz(window)
    quiz.start(seed=4)
    window.learning.show_primer()  # the primer's tab in front of the quiz's
    QTest.qWait(20)
    assert quiz.asking and quiz.pages.currentIndex() == 1  # the question waits
    window.show_quiz()
    window.quizzing.dock.close()
    assert quiz.pages.currentIndex() == 2 and not window.quiz_asking()


def test_each_answer_is_remembered_at_once_so_closing_mid_quiz_loses_nothing(qtbot, window: MainWindow,
                                                                            progress: Path) -> None:
    quiz = open_quiz(window, kind="sheet", count=5)
    quiz.on_body.setChecked(False)
    quiz.start(seed=3)
    quiz.choose(quiz.question.answer)
    window.close()  # no "See the score": the window simply closed
    assert QuizRecord.load(progress).totals() == (1, 1)


def test_a_tour_and_a_waiting_question_never_share_the_body(qtbot, window: MainWindow, progress: Path) -> None:
    """A tour names what it shows, so starting one from its menu ends a quiz whose question waits
    (what was answered is kept); a question asked during a tour ends the tour."""
    quiz = open_quiz(window, region=None, kind="sheet", count=5)
    quiz.on_body.setChecked(False)
    quiz.start(seed=2)
    qtbot.mouseClick(next(b for b in quiz.choice_buttons if b.text() == quiz.question.answer), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert window.quizzing.asking
    window.learning.tours_menu.aboutToShow.emit()
    window.learning.tours_menu.actions()[0].trigger()  # the seed tour, from the menu
    assert window.learning.touring and not window.quizzing.asking
    assert quiz.pages.currentIndex() == 2 and "1 of 1 right" in quiz.score.text()
    assert QuizRecord.load(progress).totals() == (1, 1)
    assert window.selection.selected is not None and "tour" in window.statusBar().currentMessage()
    new_quiz = next(b for b in quiz.findChildren(QPushButton) if b.text() == "New quiz")
    qtbot.mouseClick(new_quiz, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)  # as set up before: five sheets, by choosing
    assert window.quizzing.asking and not window.learning.touring
    assert window.selection.selected is None and not window.learning.player.isVisible()
