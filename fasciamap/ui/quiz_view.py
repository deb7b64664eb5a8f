"""The quiz, docked beside the body: choose what to be asked about, answer by choosing or by tapping
the body, read why after each answer, and review the misses at the end.

The panel never selects anything while a question is open (the explanation panel would name the
answer); it says what the body should point at (``cue_changed``) and how it should be turned and
peeled (``frame_wanted``), and the window does it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..atlas import LoadedAtlas
from ..atlas.placement import best_view
from ..atlas.quiz import KINDS, Question, QuestionBank
from ..atlas.quiz_record import QuizRecord
from .quiz_cue import QuizCue

BODY_KINDS = ("name", "deeper", "next", "referral", "refers_here")  # answers that can be tapped
ON_BODY = "on_body"  # the kind choice "answers I can tap on the body"
ALL = "all"  # the layer mode that shows every depth (see-through)
NODE_ROLE = Qt.ItemDataRole.UserRole
REGION_NAMES = {"head_neck": "head and neck", "shoulder_arm": "shoulder and arm", "leg_foot": "leg and foot",
                "trunk_front": "front of the trunk"}


@dataclass
class Answer:
    question: Question
    given: str  # what was chosen or tapped, in words
    right: bool


class QuizPanel(QWidget):
    cue_changed = Signal(object)  # QuizCue
    frame_wanted = Signal(str, str)  # view id, layer mode
    zone_answer_wanted = Signal(bool)  # the body should take taps as pain zones (surface mode)
    subject_requested = Signal(str)  # a node to show, from the review of misses
    asking_changed = Signal(bool)  # a question is open: the body must not name what is tapped

    def __init__(self, loaded: LoadedAtlas, pattern_view: Callable[[str], str | None],
                 zone_views: Callable[[str], tuple[str, ...]], record: QuizRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self._pattern_view = pattern_view
        self._zone_views = zone_views
        self.bank = QuestionBank(loaded.atlas)
        self.record = record if record is not None else QuizRecord.load()
        self.questions: list[Question] = []
        self.answers: list[Answer] = []
        self.index = 0
        self._scope = ""
        self._open = False  # the current question waits for its answer
        atlas = loaded.atlas
        self._bases = {s.base_id: s for s in atlas.structures.values()}
        self._by_name: dict[str, str] = {}
        for base, s in sorted(self._bases.items()):
            self._by_name.setdefault(s.name, base)
        self._zone_names = {z.id: z.name for z in atlas.zones.values()}

        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._results_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        self._show_setup()

    # -- pages ------------------------------------------------------------------------------------
    def _setup_page(self) -> QWidget:
        page = QWidget()
        self.region = QComboBox()
        self.region.addItem("the whole body", None)
        for region in sorted({s.region for s in self.loaded.atlas.structures.values()}):
            self.region.addItem(REGION_NAMES.get(region, region.replace("_", " ")), region)
        self.line = QComboBox()
        self.line.addItem("any line, or none", None)
        for line in self.loaded.atlas.lines.values():
            self.line.addItem(line.name, line.id)
        self.kind = QComboBox()
        self.kind.addItem("answers I can tap on the body", ON_BODY)
        self.kind.addItem("every kind of question", None)
        for kind, label in KINDS.items():
            self.kind.addItem(label, kind)
        self.count = QSpinBox()
        self.count.setRange(5, 50)
        self.count.setValue(10)
        self.on_body = QCheckBox("Answer by tapping the body where I can")
        self.on_body.setChecked(True)
        self.start_button = QPushButton("Start the quiz")
        self.start_button.clicked.connect(lambda: self.start())
        self.retry_button = QPushButton("Retry my misses")
        self.retry_button.clicked.connect(self.retry_misses)
        self.available = QLabel()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a3b12;")
        form = QFormLayout()
        form.addRow("About", self.region)
        form.addRow("Line", self.line)
        form.addRow("Questions", self.kind)
        form.addRow("How many", self.count)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("<b>Quiz</b> — questions drawn from the map's own connections"))
        layout.addLayout(form)
        layout.addWidget(self.on_body)
        layout.addWidget(self.available)
        layout.addWidget(self.start_button)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.totals)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        for combo in (self.region, self.line, self.kind):
            combo.currentIndexChanged.connect(self._count_available)
        return page

    def _question_page(self) -> QWidget:
        page = QWidget()
        self.counter = QLabel()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        font = QFont(self.prompt.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.prompt.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b5f57;")
        self.choice_buttons: list[QPushButton] = []
        choices = QVBoxLayout()
        for _ in range(4):
            button = QPushButton()
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _checked=False, b=button: self.choose(b.text()))
            self.choice_buttons.append(button)
            choices.addWidget(button)
        self.dont_know = QPushButton("Show me")
        self.dont_know.setToolTip("Give up on this one: it counts as a miss and the answer is shown")
        self.dont_know.clicked.connect(lambda: self._answer("(shown)", False))
        self.feedback = QTextBrowser()
        self.feedback.setOpenLinks(False)
        self.feedback.setOpenExternalLinks(True)
        self.next_button = QPushButton("Next question")
        self.next_button.setMinimumHeight(44)
        self.next_button.clicked.connect(self.next)
        self.stop_button = QPushButton("Stop")
        self.stop_button.clicked.connect(self.finish)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stop_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.counter)
        layout.addWidget(self.prompt)
        layout.addWidget(self.hint)
        layout.addLayout(choices)
        layout.addWidget(self.dont_know)
        layout.addWidget(self.feedback, 3)
        layout.addStretch(1)  # with the feedback still hidden, the question stays together at the top
        layout.addLayout(bottom)
        return page

    def _results_page(self) -> QWidget:
        page = QWidget()
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.review_title = QLabel()
        self.review = QListWidget()
        self.review.setWordWrap(True)
        self.review.itemClicked.connect(self._on_review)
        self.review_text = QTextBrowser()
        self.review_text.setOpenExternalLinks(True)
        again = QPushButton("New quiz")
        again.clicked.connect(self._show_setup)
        self.retry_misses_button = QPushButton("Retry these misses")
        self.retry_misses_button.clicked.connect(self._retry_these)
        buttons = QHBoxLayout()
        buttons.addWidget(again)
        buttons.addWidget(self.retry_misses_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.score)
        layout.addWidget(self.review_title)
        layout.addWidget(self.review, 2)
        layout.addWidget(self.review_text, 2)
        layout.addLayout(buttons)
        return page

    # -- choosing a quiz --------------------------------------------------------------------------
    def _pool_args(self) -> dict:
        kind = self.kind.currentData()
        return {"region": self.region.currentData(), "line": self.line.currentData(),
                "kind": kind if kind not in (None, ON_BODY) else None,
                "kinds": BODY_KINDS if kind == ON_BODY else None}

    def _count_available(self) -> None:
        n = len(self.bank.pool(**self._pool_args()))
        self.available.setText(f"{n} questions to draw from" if n else "No questions match: widen the choice.")
        self.start_button.setEnabled(n > 0)

    def _show_setup(self) -> None:
        self._close_question()
        answered, right = self.record.totals()
        lines = [f"So far: {right} of {answered} answered right." if answered else "No quizzes taken yet."]
        if self.record.history:
            last = self.record.history[-1]
            lines.append(f"Last quiz ({last['date']}, {last['scope']}): {last['right']} of {last['of']}.")
        self.totals.setText(" ".join(lines))
        retry = self.bank.by_id(self.record.missed)  # only misses the atlas still asks about
        self.retry_button.setText(f"Retry my misses ({len(retry)})")
        self.retry_button.setEnabled(bool(retry))
        self.warning.setText(self.record.problem)
        self.warning.setVisible(bool(self.record.problem))
        self._count_available()
        self.pages.setCurrentIndex(0)

    def start(self, seed: int | None = None) -> bool:
        """A new quiz from the choices on the setup page (``seed`` for the same quiz again)."""
        questions = self.bank.select(count=self.count.value(), seed=seed if seed is not None else random.randrange(10**9),
                                     **self._pool_args())
        scope = " · ".join(x for x in (self.region.currentText() if self.region.currentData() else "",
                                       self.line.currentText() if self.line.currentData() else "",
                                       self.kind.currentText() if self.kind.currentData() not in (None, ON_BODY) else "")
                           if x) or "the whole body"
        return self.begin(questions, scope)

    def retry_misses(self) -> bool:
        return self.begin(self.bank.by_id(reversed(self.record.missed))[:self.count.value()], "my misses")

    def _retry_these(self) -> None:
        self.begin(self.bank.by_id([a.question.id for a in self.answers if not a.right]), "misses retried")

    def begin(self, questions: list[Question], scope: str) -> bool:
        if not questions:
            return False
        self.questions, self.answers, self.index, self._scope = list(questions), [], 0, scope
        self.pages.setCurrentIndex(1)
        self._ask()
        return True

    # -- a question -------------------------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        return self.questions[self.index] if self.pages.currentIndex() == 1 and self.index < len(self.questions) else None

    @property
    def asking(self) -> bool:
        return self._open

    def wants_body(self) -> bool:
        q = self.question
        return self._open and q is not None and self.on_body.isChecked() and bool(q.accepts)

    def _node(self, base: str) -> str:
        return self.loaded.graph.node_of(base, "right")

    def _zone_node(self, zone: str) -> str:
        entry = self.loaded.atlas.zones.get(zone)
        return f"{zone}.right" if entry is not None and entry.paired else zone

    def _ask(self) -> None:
        q = self.questions[self.index]
        self._open = True
        self.asking_changed.emit(True)
        body = self.on_body.isChecked() and bool(q.accepts)
        self.counter.setText(f"Question {self.index + 1} of {len(self.questions)} · "
                             f"{sum(a.right for a in self.answers)} right so far")
        prompt, hint = q.prompt, ""
        if q.kind == "name" and body:
            prompt = f"Find the {q.answer.lower()} on the body and tap it."
            hint = "Not sure? “Show me” points it out (it counts as a miss)."
        elif body and q.kind == "referral":
            hint = "Tap the area on the body — or choose below. The muscle is marked."
        elif body:
            hint = "Tap it on the body — or choose below."
        elif q.kind in ("name", "deeper", "next", "sheet", "evidence"):
            hint = "Marked on the body."
        self.prompt.setText(prompt)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        show_choices = not (q.kind == "name" and body)
        for button, choice in zip(self.choice_buttons, q.choices):
            button.setText(choice)
            button.setVisible(show_choices)
            button.setEnabled(True)
            button.setStyleSheet("")
        self.dont_know.setVisible(True)
        self.feedback.clear()
        self.feedback.setVisible(False)
        self.next_button.setEnabled(False)
        self.next_button.setText("See the score" if self.index == len(self.questions) - 1 else "Next question")
        self._frame(q, body)
        self.cue_changed.emit(self._cue(q, body))
        self.zone_answer_wanted.emit(body and q.kind == "referral")

    def _cue(self, q: Question, body: bool, right: tuple[str, ...] = (), wrong: tuple[str, ...] = ()) -> QuizCue:
        if q.kind == "name":
            return QuizCue(() if body else (self._node(q.subject),), (), right, wrong)
        if q.kind == "refers_here":
            return QuizCue((), (self._zone_node(q.subject),), right, wrong)
        if q.kind in ("sheet", "evidence"):
            a, b = q.id.split(":", 1)[1].split("/")[:2]
            return QuizCue((self._node(a), self._node(b)), (), right, wrong)
        return QuizCue((self._node(q.subject),), (), right, wrong)

    def _frame(self, q: Question, body: bool) -> None:
        """Turn and peel so that both the cue and the answer can be seen (and tapped)."""
        views = self.loaded.views
        answer_base = self._by_name.get(q.answer)
        if q.kind == "referral":
            view = self._pattern_view(self._node(q.subject)) or best_view(views, self._node(q.subject))
            self.frame_wanted.emit(view or "", self._bases[q.subject].layer)
        elif q.kind == "refers_here":
            zone_views = self._zone_views(self._zone_node(q.subject))
            muscle = self._node(answer_base) if answer_base else None
            view = next((v for v in zone_views if muscle and muscle in views[v].structures), zone_views[0] if zone_views else "")
            self.frame_wanted.emit(view, self._bases[answer_base].layer if answer_base else ALL)
        elif q.kind in ("deeper", "next") and answer_base:
            answer = self._node(answer_base)
            subject = self._node(q.subject)
            both = [v for v in views if answer in views[v].structures and subject in views[v].structures]
            view = best_view(views, answer) if not both else max(both, key=lambda v: v == best_view(views, answer))
            self.frame_wanted.emit(view or "", self._bases[answer_base].layer)
        elif q.kind == "name":
            self.frame_wanted.emit(best_view(views, self._node(q.subject)) or "", self._bases[q.subject].layer)
        else:
            a = q.id.split(":", 1)[1].split("/")[0]
            self.frame_wanted.emit(best_view(views, self._node(a)) or "", ALL)

    def choose(self, text: str) -> None:
        q = self.question
        if q is None or not self._open or text not in q.choices:
            return
        self._answer(text, text == q.answer)

    def take_structure(self, node: str | None) -> bool:
        """A tap on the body while a question waits: True when the quiz took it (nothing to select)."""
        if not self._open:
            return False
        q = self.question
        if q is None or node is None or node not in self.loaded.atlas.structures:
            return True  # a tap beside the body while asked: nothing to select, nothing answered
        if not self.wants_body() or q.kind == "referral":
            return True  # answered by choosing (or by a zone): the tap must not name what it hit
        s = self.loaded.atlas.structures[node]
        self._answer(s.name, s.base_id in q.accepts, tapped=node)
        return True

    def take_zone(self, zone_node: str | None) -> bool:
        """A tap on a pain zone while a "where is it felt" question waits."""
        q = self.question
        if not self._open or q is None or q.kind != "referral" or not self.wants_body():
            return False
        if zone_node is None:
            return True
        zone = self.loaded.atlas.zones.get(zone_node.split(".")[0])
        if zone is None:
            return True
        self._answer(zone.name, zone.id in q.accepts, tapped=zone_node)
        return True

    def _answer(self, given: str, right: bool, tapped: str | None = None) -> None:
        q = self.question
        if q is None or not self._open:
            return
        self._open = False
        self.asking_changed.emit(False)
        self.answers.append(Answer(q, given, right))
        self.record.answered(q.id, q.kind, right)
        problem = self.record.save()  # after every answer: a window closed mid-quiz loses nothing
        for button in self.choice_buttons:
            button.setEnabled(False)
            if button.text() == q.answer:
                button.setStyleSheet("background: #d8efe6; font-weight: bold;")
            elif button.text() == given and not right:
                button.setStyleSheet("background: #f3dcd3; text-decoration: line-through;")
        self.dont_know.setVisible(False)
        self.feedback.setHtml(self._feedback_html(q, given, right)
                              + (f'<p style="color:#8a3b12">{escape(problem)}</p>' if problem else ""))
        self.feedback.setVisible(True)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()
        self.zone_answer_wanted.emit(False)
        body = self.on_body.isChecked() and bool(q.accepts)
        self.cue_changed.emit(self._cue(q, body, self._right_marks(q, tapped if right else None),
                                        (tapped,) if tapped and not right else self._wrong_marks(q, given, right)))

    def _right_marks(self, q: Question, tapped: str | None) -> tuple[str, ...]:
        if tapped:
            return (tapped,)
        if q.kind == "referral":
            return tuple(self._zone_node(z) for z in q.accepts)
        base = self._by_name.get(q.answer)
        return (self._node(base),) if base and q.kind not in ("sheet", "evidence") else ()

    def _wrong_marks(self, q: Question, given: str, right: bool) -> tuple[str, ...]:
        if right or q.kind in ("sheet", "evidence", "referral"):
            return ()
        base = self._by_name.get(given)
        return (self._node(base),) if base else ()

    def _feedback_html(self, q: Question, given: str, right: bool) -> str:
        if right and given != q.answer and q.kind != "referral":
            # another structure the map makes right: say so, since the explanation below is the answer's
            verdict = (f'<p><b style="color:#007a5a">Correct</b> — {escape(given)} counts too. The question was '
                       f"made from <b>{escape(q.answer)}</b>, which is explained here.</p>")
        elif right:
            verdict = f'<p><b style="color:#007a5a">Correct</b> — {escape(given)}.</p>'
        elif given == "(shown)":
            verdict = f"<p>The answer: <b>{escape(q.answer)}</b>.</p>"
        else:
            verdict = (f'<p><b style="color:#8a3b12">Not quite</b> — you answered {escape(given)}. '
                       f"The answer: <b>{escape(q.answer)}</b>.</p>")
        if q.kind == "referral" and q.accepts and len(q.accepts) > 1:
            names = ", ".join(self._zone_names.get(z, z) for z in q.accepts)
            verdict += f"<p>Any of its main areas counts: {escape(names)}.</p>"
        sources = "; ".join(escape(self._short(s) + (f", {q.locator(s)}" if q.locator(s) else ""))
                            for s in q.sources if s in self.loaded.atlas.sources)
        return (f"{verdict}<p>{escape(q.explanation)}</p>"
                + (f'<p style="color:#7a6e66; font-size:9pt">Sources: {sources}</p>' if sources else ""))

    def _short(self, source_id: str) -> str:
        s = self.loaded.atlas.sources[source_id]
        authors = s.authors.split(",")[0] + (" et al." if "," in s.authors else "")
        return f"{authors} ({s.year}) {s.title}"

    def next(self) -> None:
        if self._open or self.pages.currentIndex() != 1:
            return
        if self.index + 1 < len(self.questions):
            self.index += 1
            self._ask()
        else:
            self.finish()

    # -- the end ----------------------------------------------------------------------------------
    def _close_question(self) -> None:
        if self._open:
            self._open = False
            self.asking_changed.emit(False)
        self.cue_changed.emit(QuizCue())
        self.zone_answer_wanted.emit(False)

    def finish(self) -> None:
        """The score and the review of the misses (a quiz stopped early counts what was answered)."""
        self._close_question()
        right, of = sum(a.right for a in self.answers), len(self.answers)
        if of:
            self.record.finished(right, of, self._scope)
        problem = self.record.save() if of else ""
        by_kind: dict[str, list[int]] = {}
        for a in self.answers:
            counts = by_kind.setdefault(a.question.kind, [0, 0])
            counts[0] += 1
            counts[1] += int(a.right)
        rows = "".join(f"<li>{escape(KINDS[k])}: {r} of {n}</li>" for k, (n, r) in by_kind.items())
        self.score.setText(f"<h3>{right} of {of} right</h3><ul>{rows}</ul>"
                           + (f'<p style="color:#8a3b12">{escape(problem)}</p>' if problem else ""))
        misses = [a for a in self.answers if not a.right]
        self.review_title.setText(f"<b>Review: {len(misses)} missed</b> — tap one to read why and see it on the body"
                                  if misses else "<b>No misses.</b>")
        self.review.clear()
        for a in misses:
            item = QListWidgetItem(f"{a.question.prompt}\nYou: {a.given} · Answer: {a.question.answer}")
            base = self._by_name.get(a.question.answer) if a.question.kind not in ("sheet", "evidence", "referral") else None
            subject = base or (a.question.subject if a.question.subject in self._bases else None)
            item.setData(NODE_ROLE, self._node(subject) if subject else None)
            item.setData(Qt.ItemDataRole.UserRole + 1, self.answers.index(a))
            self.review.addItem(item)
        self.review.setVisible(bool(misses))
        self.review_text.clear()
        self.review_text.setVisible(bool(misses))
        self.retry_misses_button.setEnabled(bool(misses))
        self.pages.setCurrentIndex(2)

    def _on_review(self, item: QListWidgetItem) -> None:
        answer = self.answers[item.data(Qt.ItemDataRole.UserRole + 1)]
        self.review_text.setHtml(f"<p><b>{escape(answer.question.prompt)}</b></p>"
                                 + self._feedback_html(answer.question, answer.given, False))
        node = item.data(NODE_ROLE)
        if node:
            self.subject_requested.emit(node)

    def misses(self) -> list[Answer]:
        return [a for a in self.answers if not a.right]
