"""The explanation panel: what the selected structure is, its connections as links, and the sources."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..atlas import LoadedAtlas
from .explanation import explanation_html, welcome_html


class ExplanationPanel(QWidget):
    structure_requested = Signal(str)
    plain_language_changed = Signal(bool)

    def __init__(self, loaded: LoadedAtlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = loaded
        self._node: str | None = None
        self.title = QLabel("<b>Explanation</b>")
        self.plain = QCheckBox("Plain words")
        self.plain.setToolTip("Explain in everyday language (for clients) instead of reference text")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setMinimumWidth(240)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.plain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        self.plain.toggled.connect(self._on_plain)
        self.show_structure(None)

    def show_structure(self, node: str | None) -> None:
        self._node = node
        if node is None or node not in self._loaded.atlas.structures:
            self.browser.setHtml(welcome_html())
        else:
            self.browser.setHtml(explanation_html(self._loaded, node, self.plain.isChecked()))
        self.browser.verticalScrollBar().setValue(0)

    def html(self) -> str:
        return self.browser.toHtml()

    def text(self) -> str:
        return self.browser.toPlainText()

    def _on_plain(self, checked: bool) -> None:
        self.show_structure(self._node)
        self.plain_language_changed.emit(checked)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "node":
            self.structure_requested.emit(url.path() or url.toString().removeprefix("node:"))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
