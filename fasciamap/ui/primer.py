"""The fascia primer, docked beside the body: a short sourced introduction in which every structure,
line and tour it names is a link onto the body."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..atlas.learn import Learn
from .explanation import STYLESHEET
from .info_panel import SCROLL_BAR_STYLE
from .learn_text import primer_html

PRIMER_STYLE = STYLESHEET + """
 h3 { margin: 18px 0 4px 0; font-size: 12pt; color: #3a302a; }
 p { margin: 4px 0 6px 0; }
 ol.src, ul { margin-top: 2px; }
"""


class PrimerPanel(QWidget):
    """Links are announced, not followed: the window decides what selecting a structure means."""

    link_activated = Signal(str, str)  # kind ("node", "line", "tour"), target

    def __init__(self, learn: Learn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learn = learn
        self.plain = QCheckBox("Plain words")
        self.plain.setToolTip("The primer in everyday language, for a client")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(PRIMER_STYLE)
        self.browser.document().setUndoRedoEnabled(False)
        self.browser.verticalScrollBar().setStyleSheet(SCROLL_BAR_STYLE)
        self.browser.setMinimumWidth(280)
        self.browser.anchorClicked.connect(self._on_link)
        header = QHBoxLayout()
        header.addWidget(QLabel("<b>Fascia primer</b>"))
        header.addStretch(1)
        header.addWidget(self.plain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        self.plain.toggled.connect(lambda _checked: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(primer_html(self.learn, self.plain.isChecked()))
        self.browser.verticalScrollBar().setValue(position)

    def set_plain(self, plain: bool) -> None:
        self.plain.setChecked(plain)

    def show_section(self, section_id: str) -> None:
        self.browser.scrollToAnchor(section_id)

    def link_rect(self, href: str, occurrence: int = 0):
        """Where on the browser's viewport a link is drawn (scrolled into view first), for a finger or a test."""
        doc = self.browser.document()
        seen = 0
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                    if seen == occurrence:
                        cursor = QTextCursor(doc)
                        cursor.setPosition(fragment.position() + max(0, fragment.length() // 2))
                        self.browser.setTextCursor(cursor)
                        self.browser.ensureCursorVisible()
                        return self.browser.cursorRect(cursor)
                    seen += 1
                it += 1
            block = block.next()
        return None

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
            return
        kind, _, target = url.toString().partition(":")
        if kind == "section":
            self.show_section(target)
        elif kind in ("node", "line", "tour"):
            self.link_activated.emit(kind, target)
