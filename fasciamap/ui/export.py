"""Export the body as it is shown — the part of the scene in the view, with the selection, the veil and
any traced line — as an image at a chosen resolution: the body only, never the window around it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from . import theme
from .body_view import BodyView

# Offered in the export dialog: a factor of the view's size on screen.
RESOLUTIONS: tuple[tuple[str, float], ...] = (
    ("as on screen (1x)", 1.0),
    ("sharp, for slides (2x)", 2.0),
    ("print, A4 page (3x)", 3.0),
    ("poster (4x)", 4.0),
)
MAX_PIXELS = 64_000_000  # an image this large (8000 x 8000) is far beyond any page; refuse, do not crash


def render_body(view: BodyView, scale: float = 2.0) -> QImage:
    """The view's scene area drawn afresh at ``scale`` times the view's size, on the paper colour.

    Qt draws every item again for the image (the tissue's screen caches are not scaled up), so lines
    and outlines stay sharp at any resolution. A null image when there is no scene or the size would
    be absurd.
    """
    scene = view.scene()
    viewport = view.viewport().rect()
    size = QSize(round(viewport.width() * scale), round(viewport.height() * scale))
    if scene is None or size.isEmpty() or size.width() * size.height() > MAX_PIXELS:
        return QImage()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(theme.PAPER)
    source = view.mapToScene(viewport).boundingRect()
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image
