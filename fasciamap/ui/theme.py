"""Colours and line styles: muted tissue tones for the art, and a colour-blind-safe highlight scheme
(Okabe-Ito hues, each paired with its own line style so nothing relies on hue alone)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor


@dataclass(frozen=True)
class TissueLook:
    light: QColor  # gradient start (upper left)
    dark: QColor  # gradient end (lower right)
    stroke: QColor
    fibre: QColor


TISSUE_LOOKS: dict[str, TissueLook] = {
    "muscle": TissueLook(QColor("#c9806f"), QColor("#a2574b"), QColor("#5e3a32"), QColor(120, 56, 46, 120)),
    "tendon": TissueLook(QColor("#f4ecdb"), QColor("#dcceb0"), QColor("#7d6c55"), QColor(150, 130, 100, 110)),
    "aponeurosis": TissueLook(QColor("#eeeadf"), QColor("#d6d0bf"), QColor("#7d7363"), QColor(140, 130, 110, 100)),
    "fascia": TissueLook(QColor("#e7ecee"), QColor("#c9d3d8"), QColor("#6e7d86"), QColor(110, 130, 140, 110)),
    "ligament": TissueLook(QColor("#e9e2d0"), QColor("#cdc2a8"), QColor("#7a6d57"), QColor(130, 115, 90, 110)),
    "bone": TissueLook(QColor("#f6f1e3"), QColor("#e6dcc2"), QColor("#a3967c"), QColor(150, 135, 105, 90)),  # faint
    # a bony landmark: a small marker on its bone, a shade darker so it can be found and tapped
    "landmark": TissueLook(QColor("#e8dcbc"), QColor("#cdbb8f"), QColor("#6f6045"), QColor(120, 105, 75, 110)),
}
DEEP_MUSCLE = TissueLook(QColor("#bd7163"), QColor("#934c41"), QColor("#55332c"), QColor(110, 50, 42, 120))
DEEPEST_MUSCLE = TissueLook(QColor("#b0675a"), QColor("#87443a"), QColor("#4f2f29"), QColor(100, 45, 38, 125))


def look_of(tissue: str, depth: int) -> TissueLook:
    """A muscle darkens a shade with each layer, so depth reads at a glance when layers are peeled."""
    if tissue == "muscle" and depth >= 2:
        return DEEP_MUSCLE if depth == 2 else DEEPEST_MUSCLE
    return TISSUE_LOOKS[tissue]
FASCIA_WEAVE = QColor(120, 140, 150, 60)

PAPER = QColor("#f6f2ec")
SKIN = QColor("#f0e3d6")
SKIN_STROKE = QColor("#9c8272")
GHOST_STROKE = QColor(110, 100, 95, 110)
DIM_VEIL = QColor(246, 242, 236, 140)  # laid over unrelated tissue: dims, never hides
HOVER = QColor("#1b1b1b")
LABEL = QColor("#5a514a")


@dataclass(frozen=True)
class HighlightStyle:
    key: str
    label: str
    colour: QColor  # outline (Okabe-Ito hue)
    pen_style: Qt.PenStyle
    fill: QColor  # a lighter shade of the same hue, laid over the tissue so fibres still show


def _fill(hex_colour: str, alpha: int) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


SELECTED = HighlightStyle("selected", "Selected", QColor("#0072B2"), Qt.PenStyle.SolidLine, _fill("#4fa6e0", 170))
CONNECTION_STYLES: dict[str, HighlightStyle] = {
    "myofascial_continuity": HighlightStyle(
        "myofascial_continuity", "Myofascial continuity", QColor("#E69F00"), Qt.PenStyle.SolidLine,
        _fill("#ffc94d", 165)),
    "shared_sheet": HighlightStyle(
        "shared_sheet", "Shared fascial sheet", QColor("#56B4E9"), Qt.PenStyle.DashLine, _fill("#a6dcf7", 175)),
    "shared_attachment": HighlightStyle(
        "shared_attachment", "Shared attachment", QColor("#009E73"), Qt.PenStyle.DashDotLine,
        _fill("#6fd6b4", 160)),
    "overlies": HighlightStyle(
        "overlies", "Lies over / under", QColor("#CC79A7"), Qt.PenStyle.DotLine, _fill("#eab0d2", 170)),
}
EVIDENCE_COLOURS: dict[str, str] = {
    "strong": "#1a6b3c", "moderate": "#4f7d2a", "limited": "#8a6d1a",
    "anatomical": "#3b5b80", "model": "#7a5a8a", "none": "#8a3b3b",
}

# A traced myofascial line or path: Okabe-Ito vermillion for the side chosen first, bluish green for
# the other when both sides are traced (the two spirals), each over a pale halo so it reads on tissue.
LINE_COLOURS: tuple[QColor, QColor] = (QColor("#D55E00"), QColor("#007A5A"))
LINE_HALO = QColor(255, 250, 240, 220)

# Referral patterns: the body's overlay, the handout's legend and the client legend share these.
REFERRAL_ESSENTIAL = QColor("#d55e00")  # Okabe-Ito vermillion
REFERRAL_SPILLOVER = QColor("#f8d3b8")

# The quiz: what a question points at (Okabe-Ito reddish purple: none of the highlights above uses
# it), and a tapped answer, right or wrong, told apart by the line's style as well as its colour.
QUIZ_CUE = QColor("#cc79a7")
QUIZ_CUE_EDGE = QColor("#7a2e5c")
QUIZ_RIGHT = QColor("#009e73")
QUIZ_WRONG = QColor("#1b1b1b")
