"""Contact sheets of the body art as the app draws it: every region at 3x the fitted zoom, in every
view and at every peel depth, so a change to the art can be judged region by region.

    python -m tools.contact_sheet [--out docs/contact] [--scale 2.7]

Writes one PNG per view and depth (``front-superficial.png`` ...) and ``index.md`` listing them. The
app's own scene draws each crop (tissue looks, layers, peeling), not an SVG renderer.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Regions in drawing units (one head = 100; vertex y=30, soles y=836, midline x=210): x, y, w, h.
REGIONS = {
    "head and neck": (135, 20, 150, 160),
    "shoulder and chest": (80, 140, 260, 150),
    "trunk": (120, 240, 180, 200),
    "arm and elbow": (70, 170, 110, 170),
    "forearm and hand": (55, 300, 120, 220),
    "hip and pelvis": (110, 320, 200, 150),
    "thigh": (120, 400, 180, 220),
    "knee and calf": (125, 570, 170, 190),
    "ankle and foot": (130, 740, 160, 110),
}
# The side view (tools/art/lateral.py): plumb line at x=88, facing +x, the arm raised forward.
REGIONS_SIDE = {
    "head and neck": (30, 20, 150, 170),
    "shoulder and chest": (20, 130, 190, 170),
    "arm, forearm and hand": (120, 80, 300, 150),
    "trunk": (10, 220, 180, 220),
    "hip and pelvis": (0, 320, 180, 160),
    "thigh": (10, 400, 160, 220),
    "knee and calf": (10, 570, 150, 200),
    "ankle and foot": (0, 740, 200, 110),
}
FIT_SCALE = 0.9  # pixels per drawing unit when the body is fitted in a 1280 x 800 window
CELL = 300  # pixels: the longer side of each region's crop on the sheet


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "contact")
    parser.add_argument("--zoom", type=float, default=3.0, help="times the fitted zoom (default 3)")
    parser.add_argument("--views", nargs="*", help="only these views (default: all)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from fasciamap.atlas import load
    from fasciamap.ui.body_scene import BodyScene, layer_modes
    from fasciamap.ui.scene_geometry import from_art

    _app = QApplication.instance() or QApplication([])
    loaded = load()
    scale = FIT_SCALE * args.zoom
    args.out.mkdir(parents=True, exist_ok=True)
    index = ["# Contact sheets", "",
             f"Every region at {args.zoom:g}x the fitted zoom, as the app draws it, per view and peel depth.",
             "Regenerate with `python -m tools.contact_sheet` after any change to the art.", ""]
    columns = 3
    for view_id, art in loaded.views.items():
        if args.views and view_id not in args.views:
            continue
        scene = BodyScene(from_art(art), loaded.graph)
        for mode in layer_modes(loaded.atlas):
            scene.set_layer_mode(mode)
            cells = []
            regions = REGIONS_SIDE if loaded.atlas.views[view_id].side else REGIONS
            for name, (x, y, w, h) in regions.items():
                width, height = int(w * scale), int(h * scale)
                image = QImage(width, height, QImage.Format.Format_RGB32)
                image.fill(QColor("#f6f2ec"))
                painter = QPainter(image)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                scene.render(painter, QRectF(0, 0, width, height), QRectF(x, y, w, h),
                             Qt.AspectRatioMode.KeepAspectRatio)
                painter.end()
                cells.append((name, image.scaled(CELL, CELL, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)))
            rows = (len(cells) + columns - 1) // columns
            sheet = QImage(columns * (CELL + 8) + 8, rows * (CELL + 30) + 8, QImage.Format.Format_RGB32)
            sheet.fill(QColor("#ffffff"))
            painter = QPainter(sheet)
            painter.setFont(QFont("Sans Serif", 10))
            painter.setPen(QColor("#5a514a"))
            for k, (name, cell) in enumerate(cells):
                left, top = 8 + (k % columns) * (CELL + 8), 8 + (k // columns) * (CELL + 30)
                painter.drawText(left, top + 14, name)
                painter.drawImage(left, top + 22, cell)
            painter.end()
            file = args.out / f"{view_id}-{mode}.png"
            sheet.save(str(file), "PNG")
            depth = "all layers, see-through" if mode == "all" else loaded.atlas.layers[mode].name
            index.append(f"- {loaded.atlas.views[view_id].name}, {depth}: [{file.name}]({file.name})")
            print(f"wrote {file}")
    (args.out / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
