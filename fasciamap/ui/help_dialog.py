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
    "<h3>Referred pain</h3>"
    "<p>Select a muscle that has a trigger-point chart and its <b>referral pattern</b> appears on the body's "
    "surface: ✕ where its trigger points usually lie, the <b>essential zone</b> (solid, cross-hatched) and the "
    "<b>spillover zone</b> (light, dotted, dashed edge). The panel says what the pattern is and how sure the "
    "literature is. View › Referral patterns (Ctrl+R) hides them.</p>"
    "<p><b>Where does it hurt?</b> (Ctrl+H) turns the body into a map to mark: tap or paint the painful areas "
    "(turn the body to mark the back or a side), rub them out with the eraser, or clear them all. The muscles "
    "whose charts cover those areas are listed, the ones whose essential zone covers them first, each with a "
    "picture of its pattern; tap one to see it on the body with its fascial connections. The body-wide lines "
    "that run through the area are listed under them.</p>"
    "<h3>Learning</h3>"
    "<p>The <b>Learn</b> menu has a short <b>fascia primer</b> (Ctrl+Shift+L): what fascia is, how far it is one "
    "network, how myofascial release differs from massage, what the trials say, with its sources; every name in "
    "it is a link onto the body. <b>Guided tours</b> walk the body stop by stop: Next and Previous, Page Down and "
    "Page Up, or swipe sideways on the body. The <b>quiz</b> (Ctrl+Shift+Q) asks questions made from the map "
    "itself; answer by choosing or by tapping the body, and review what you missed at the end. A tour names "
    "what it shows, so the two take turns: starting a tour ends a quiz whose question is waiting (your answers "
    "are kept), and a question asked ends a tour.</p>"
    "<h3>With a client</h3>"
    "<p><b>Client mode</b> (F11) fills the screen with large type, plain words and a short toolbar. On a touch "
    "screen: tap to select, pinch to zoom, move two fingers to pan, swipe sideways to turn the body round, "
    "press and hold for the explanation. <b>Handout</b> (Ctrl+P) makes a one-page sheet of what is on the body "
    "with its plain explanation, the date and a note, as PDF or PNG or on paper.</p>"
)


def shortcuts_html(actions: Iterable[QAction]) -> str:
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append(f"<tr><td><b>{escape(' or '.join(keys))}</b></td>"
                        f"<td>{escape(action.text().replace('&', '').rstrip('…'))}</td></tr>")
    return "<h3>Keyboard shortcuts</h3><table cellpadding='3'>" + "".join(rows) + "</table>"


REFERRAL_GLOSSARY = (
    ("Trigger point", "a small, tender spot in a muscle that, pressed, can send pain elsewhere."),
    ("Referred pain", "pain felt away from where it starts."),
    ("Essential zone", "where nearly everyone with an active trigger point in that muscle feels its pain."),
    ("Spillover zone", "where some people feel it too."),
    ("Moderate (for a referral pattern)", "experiments that briefly made the muscle sore in volunteers, with "
     "salt-water injections, drew pain over much the same area as the chart."),
    ("Limited (for a referral pattern)", "the chart comes from clinical experience; nobody has mapped it "
     "experimentally. Every chart carries two further cautions: patterns vary from person to person, and "
     "examiners often disagree on where, or whether, a trigger point is there (systematic reviews: Lucas et al. "
     "2009; Rathbone et al. 2017)."),
)


def evidence_html() -> str:
    items = "".join(f"<li>{escape(text)}</li>" for text in EVIDENCE_LABELS.values())
    kinds = "".join(f"<li>{escape(text)}</li>" for text in CONNECTION_LABELS.values())
    terms = "".join(f"<li><b>{escape(term)}</b>: {escape(text)}</li>" for term, text in REFERRAL_GLOSSARY)
    return (f"<h3>How strong is the evidence?</h3><p>Every connection and every link of a line carries one of "
            f"these levels:</p><ul>{items}</ul><h3>Kinds of connection</h3><ul>{kinds}</ul>"
            f"<h3>Trigger points and referred pain</h3><ul>{terms}</ul>")


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
