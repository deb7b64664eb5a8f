"""The guided-tour bar under the body: where the tour is, what this stop shows and why, and the way on.

It only says which step is wanted (``step_wanted``); the tour guide turns and peels the body, so the
player stays a plain view of the tour."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from collections.abc import Callable

from ..atlas.learn import Learn, Tour, TourStep
from .learn_text import step_html
from .primer import PRIMER_STYLE


class TourPlayer(QWidget):
    step_wanted = Signal(int)  # the index of the step to show
    link_activated = Signal(str, str)  # kind, target (a name in the narration)
    ended = Signal()

    def __init__(self, learn: Learn, name_of: Callable[[TourStep], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learn = learn
        self._name_of = name_of  # what a stop shows, in words ("Erector spinae (right)")
        self.tour: Tour | None = None
        self.index = 0
        self.plain = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.counter = QLabel()
        self.narration = QTextBrowser()
        self.narration.setOpenLinks(False)
        self.narration.document().setDefaultStyleSheet(PRIMER_STYLE)
        self.narration.document().setUndoRedoEnabled(False)
        self.narration.anchorClicked.connect(self._on_link)
        self.narration.setMinimumHeight(80)
        self.narration.setMaximumHeight(150)
        self.previous_button = QPushButton("◀ Previous")
        self.previous_button.setToolTip("The previous stop (Page Up, or swipe left to right across the whole body)")
        self.next_button = QPushButton("Next ▶")
        self.next_button.setToolTip("The next stop (Page Down, or swipe right to left across the whole body)")
        self.end_button = QPushButton("End tour")
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.end_button.clicked.connect(self.end)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        buttons = QVBoxLayout()
        for button in (self.previous_button, self.next_button, self.end_button):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.narration, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    @property
    def playing(self) -> bool:
        return self.tour is not None

    def start(self, tour_id: str) -> bool:
        tour = self.learn.tours.get(tour_id)
        if tour is None:
            return False
        self.tour = tour
        self.go(0)
        return True

    def go(self, index: int) -> None:
        if self.tour is None or not 0 <= index < len(self.tour.steps):
            return
        self.index = index
        self.step_wanted.emit(index)
        self._show()

    def next(self) -> None:
        if self.tour is not None and self.index == len(self.tour.steps) - 1:
            self.end()
        else:
            self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def end(self) -> None:
        if self.tour is not None:
            self.tour = None
            self.ended.emit()

    def set_plain(self, plain: bool) -> None:
        if plain != self.plain:
            self.plain = plain
            self._show()

    def _show(self) -> None:
        if self.tour is None:
            return
        last = len(self.tour.steps) - 1
        self.title.setText(f"<b>Tour: {self.tour.title}</b>")
        step = self.tour.steps[self.index]
        self.counter.setText(f"Stop {self.index + 1} of {last + 1} · {self._name_of(step)}")
        self.narration.setHtml(step_html(step, self.learn.sources, self.plain))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setText("Finish ✓" if self.index == last else "Next ▶")

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
            return
        kind, _, target = url.toString().partition(":")
        if kind in ("node", "line", "tour"):
            self.link_activated.emit(kind, target)
