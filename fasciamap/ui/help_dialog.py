"""Help: a short guide, every keyboard shortcut (read from the window's own actions, so the list never
goes stale), and what each level of evidence means."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..atlas.model import CONNECTION_LABELS, EVIDENCE_LABELS
from .explanation import DISCLAIMER, STYLESHEET

GUIDE = (
    "<h3>Finding your way</h3>"
    "<p><b>Select</b> a structure by clicking or tapping it, by typing its name in the search box (everyday "
    "names work: QL, IT band, hamstrings), or by following a link in the explanation. What it is connected to "
    "lights up on the body; the panel says how and why, and how strong the evidence is.</p>"
    "<p><b>Turn and peel</b> the body with the toolbar: front, back and either side; the layer buttons peel it "
    "from the surface down to the bones, or show every layer see-through.</p>"
    "<p><b>Trace a line</b> with Lines: choose a myofascial line and it is drawn along the body from one end to "
    "the other, with the evidence of every link. From a selected structure, the panel traces a path to any other "
    "structure.</p>"
    "<p><b>Zoom</b> with the wheel, a pinch or the − and + buttons; drag to move; double-click a structure to frame "
    "it with what it connects to; Fit shows the whole body again.</p>"
)


def shortcuts_html(actions: Iterable[QAction]) -> str:
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append(f"<tr><td><b>{escape(' or '.join(keys))}</b></td>"
                        f"<td>{escape(action.text().replace('&', '').rstrip('…'))}</td></tr>")
    return "<h3>Keyboard shortcuts</h3><table cellpadding='3'>" + "".join(rows) + "</table>"


def evidence_html() -> str:
    items = "".join(f"<li>{escape(text)}</li>" for text in EVIDENCE_LABELS.values())
    kinds = "".join(f"<li>{escape(text)}</li>" for text in CONNECTION_LABELS.values())
    return (f"<h3>How strong is the evidence?</h3><p>Every connection and every link of a line carries one of "
            f"these levels:</p><ul>{items}</ul><h3>Kinds of connection</h3><ul>{kinds}</ul>")


class HelpDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("FasciaMap help")
        self.resize(620, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLESHEET)
        self.browser.setHtml(GUIDE + shortcuts_html(actions) + evidence_html()
                             + f'<p class="disclaimer">{escape(DISCLAIMER)}</p>')
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
