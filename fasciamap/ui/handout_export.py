"""``fasciamap handout``: the one-page handout of a structure, written without showing a window."""

from __future__ import annotations

import os
import sys

from ..atlas import load

PICTURE_WINDOW = (900, 1300)  # a portrait window, so the standing body fills the picture


def export_handout(file: str, *, select: str, plain: bool = True, note: str = "", page: str = "A4",
                   view: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .app import application
    from .export import render_body
    from .handout import HandoutError, write_handout
    from .handout_content import handout_for
    from .main_window import MainWindow

    if not file.lower().endswith((".pdf", ".png")):
        print(f"fasciamap: the handout is written as PDF or PNG; {file[:80]!r} ends in neither", file=sys.stderr)
        return 2
    app = application()
    loaded = load()
    node = loaded.graph.resolve(select)
    if view is not None and view not in loaded.views:
        print(f"fasciamap: unknown view {view[:40]!r} (choose from: {', '.join(loaded.views)})", file=sys.stderr)
        return 2
    window = MainWindow(loaded, settings=None)
    window.resize(*PICTURE_WINDOW)
    window.show()
    app.processEvents()
    window.show_picture_of(node, view)
    app.processEvents()
    picture = render_body(window.body_view, 2.0)
    window.close()
    try:
        write_handout(handout_for(loaded, node, picture, plain=plain, note=note[:600]), file, page)
    except HandoutError as exc:
        print(f"fasciamap: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {file}")
    return 0
