"""How big the body's structures are under a finger: in client mode on a 10-inch 1280x800 tablet
(151 pixels per inch), the share of drawn structures whose outline is at least 9 mm across at the
default (fitted) zoom, in each view, with the pain map open and without.

    python benchmarks/touch_targets.py

A measurement, not a test: it prints a table for the README.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PPI = (1280**2 + 800**2) ** 0.5 / 10.0  # a 10-inch 1280x800 screen
TARGET_PX = 9.0 / 25.4 * PPI


def main() -> None:
    from fasciamap.atlas import load
    from fasciamap.ui.app import application
    from fasciamap.ui.main_window import MainWindow

    app = application()
    loaded = load()
    window = MainWindow(loaded, settings=None)
    window.resize(1280, 800)
    window.show()
    window.client.set_active(True)
    window.showNormal()
    window.resize(1280, 800)
    print(f"9 mm on a 10-inch 1280x800 tablet = {TARGET_PX:.0f} px")
    print("| view | pain map | body view (px) | structures drawn | ≥ 9 mm across (smaller side) | ≥ 9 mm (larger side) |")
    print("|---|---|---|---|---|---|")
    for pain in (False, True):
        if pain:
            window.show_pain_map()
        for view in loaded.views:
            window.set_view(view)
            app.processEvents()
            window.body_view.fit()
            scale = window.body_view.transform().m11()
            scene = window.body_view.body_scene()
            sizes = [(min(r.width(), r.height()) * scale, max(r.width(), r.height()) * scale)
                     for r in (item.shape().boundingRect() for item in scene.items_by_node.values())]
            small = sum(s >= TARGET_PX for s, _ in sizes)
            large = sum(l >= TARGET_PX for _, l in sizes)
            vp = window.body_view.viewport().size()
            print(f"| {view} | {'open' if pain else 'closed'} | {vp.width()}x{vp.height()} | {len(sizes)} | "
                  f"{small} ({100 * small / len(sizes):.0f}%) | {large} ({100 * large / len(sizes):.0f}%) |")
    window.close()


if __name__ == "__main__":
    main()
