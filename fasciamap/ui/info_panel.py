"""The explanation panel: what the selected structure is, its connections as links, and the sources."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..atlas import LoadedAtlas
from .explanation import ALL, STYLESHEET, explanation_html, welcome_html


SCROLL_BAR_STYLE = """
QScrollBar:vertical { background: #f3efe9; width: 12px; margin: 0; }
QScrollBar::handle:vertical { background: #c9bfb3; min-height: 28px; border-radius: 5px; margin: 1px 2px; }
QScrollBar::handle:vertical:hover { background: #b3a798; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""


class ExplanationPanel(QWidget):
    structure_requested = Signal(str)
    plain_language_changed = Signal(bool)
    line_requested = Signal(str)  # a line id: trace it
    path_requested = Signal()  # choose where a path from the selection should go
    evidence_requested = Signal(str)  # the weakest evidence to show
    learn_requested = Signal(str)  # "primer", "tours" or "quiz"

    def __init__(self, loaded: LoadedAtlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = loaded
        self._node: str | None = None
        self._expanded: frozenset[int] | None = frozenset()  # open explanations, by position
        self._minimum = "none"  # the evidence filter: links below it are counted, not listed
        self._sources = False  # plain words: the sources are listed once asked for
        self.title = QLabel("<b>Explanation</b>")
        self.plain = QCheckBox("Plain words")
        self.plain.setToolTip("Explain in everyday language (for clients) instead of reference text")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setMinimumWidth(240)
        self.browser.document().setDefaultStyleSheet(STYLESHEET)  # parsed once, not per selection
        # A read-only page needs no undo history, and a fixed scroll bar spares a second layout when
        # a page grows past the panel: together they halve the cost of showing a selection.
        self.browser.document().setUndoRedoEnabled(False)
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The Fusion scroll bar repaints its gradients whenever a new page changes its range, which
        # cost more than laying out the page; a flat bar paints in a fraction of that.
        self.browser.verticalScrollBar().setStyleSheet(SCROLL_BAR_STYLE)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.plain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        self.plain.toggled.connect(self._on_plain)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._show_pending)
        self._render()

    def show_structure(self, node: str | None) -> None:
        """Show ``node``'s page on the next pass of the event loop, so the body's highlight is painted
        first; several changes before then make one page."""
        if node != self._node:
            self._expanded = frozenset()
            self._sources = False
        self._node = node
        self._pending.start()

    def _show_pending(self) -> None:
        self._pending.stop()
        self._render()
        self.browser.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        node = self._node
        if node is None or node not in self._loaded.atlas.structures:
            self.browser.setHtml(welcome_html(self.plain.isChecked()))
        else:
            self.browser.setHtml(explanation_html(self._loaded, node, self.plain.isChecked(), self._expanded,
                                                  self._minimum, self._sources))

    def set_minimum_evidence(self, level: str) -> None:
        if level != self._minimum:
            self._minimum = level
            self._expanded = frozenset()
            if self._node is not None:
                self._render()

    def toggle_explanation(self, which: str) -> None:
        """Open or close one connection's explanation (``"3"``), or all (``"all"``, ``"none"``)."""
        if which == "all":
            self._expanded = ALL
        elif which == "none":
            self._expanded = frozenset()
        elif which.isdigit():
            current = self._expanded
            if current is ALL:
                current = frozenset(range(len(self._loaded.graph.connected(self._node)))) if self._node else frozenset()
            i = int(which)
            self._expanded = current - {i} if i in current else current | {i}
        else:
            return
        position = self.browser.verticalScrollBar().value()
        self._render()
        self.browser.verticalScrollBar().setValue(position)

    def flush(self) -> None:
        """Show a page still waiting for the next pass now (for reading it back, e.g. in tests)."""
        if self._pending.isActive():
            self._show_pending()

    def html(self) -> str:
        self.flush()
        return self.browser.toHtml()

    def text(self) -> str:
        self.flush()
        return self.browser.toPlainText()

    def _on_plain(self, checked: bool) -> None:
        self._render()
        self.plain_language_changed.emit(checked)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "why":
            self.toggle_explanation(url.path() or url.toString().removeprefix("why:"))
        elif url.scheme() == "node":
            self.structure_requested.emit(url.path() or url.toString().removeprefix("node:"))
        elif url.scheme() == "line":
            self.line_requested.emit(url.path() or url.toString().removeprefix("line:"))
        elif url.scheme() == "pathto":
            self.path_requested.emit()
        elif url.scheme() == "sources":
            self._sources = True
            position = self.browser.verticalScrollBar().value()
            self._render()
            self.browser.verticalScrollBar().setValue(position)
        elif url.scheme() == "learn":
            self.learn_requested.emit(url.path() or url.toString().removeprefix("learn:"))
        elif url.scheme() == "filter":
            self.evidence_requested.emit(url.path() or url.toString().removeprefix("filter:"))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
