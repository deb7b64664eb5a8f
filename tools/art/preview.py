"""Render a generated SVG view to PNG for a look (development aid; the app renders its own way)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def render(svg: Path, png: Path, scale: float = 2.0, crop: tuple[int, int, int, int] | None = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    renderer = QSvgRenderer(str(svg))
    box = renderer.viewBoxF()
    if crop:
        x, y, w, h = crop
        target = QRectF(x, y, w, h)
    else:
        target = box
    image = QImage(int(target.width() * scale), int(target.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setViewBox(target)
    renderer.render(painter)
    painter.end()
    image.save(str(png))


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        raise SystemExit("usage: python -m tools.art.preview IN.svg OUT.png [scale] [x y w h]")
    crop = tuple(int(v) for v in args[3:7]) if len(args) >= 7 else None
    render(Path(args[0]), Path(args[1]), float(args[2]) if len(args) > 2 else 2.0, crop)  # type: ignore[arg-type]
