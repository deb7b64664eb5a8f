"""``fasciamap screenshot``: render the real window offscreen to a PNG, then exit."""

from __future__ import annotations

import os
import sys

from ..atlas import load
from ..atlas.lines import find_line
from ..atlas.referrals import resolve_zones


def screenshot(file: str, *, select: str | None = None, view: str = "front", layer: str = "superficial",
               size: tuple[int, int] = (1280, 800), zoom_to_selection: bool = False,
               zoom: float | None = None, at: tuple[float, float] | None = None,
               line: str | None = None, side: str = "right", pain: tuple[str, ...] | list[str] = (),
               client: bool = False, primer: str | None = None, tour: str | None = None, step: int = 1,
               plain: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .app import application
    from .main_window import MainWindow

    app = application()
    loaded = load()
    node = loaded.graph.resolve(select) if select else None
    traced = find_line(loaded.atlas, line).id if line else None
    window = MainWindow(loaded, settings=None)
    for value, choices, what in ((view, list(loaded.views), "view"), (layer, list(window.layers.modes), "layer")):
        if value not in choices:
            print(f"fasciamap: unknown {what} {value[:40]!r} (choose from: {', '.join(choices)})", file=sys.stderr)
            window.close()
            return 2
    try:
        painted = [z for query in pain for z in resolve_zones(loaded.atlas, query)]
    except KeyError as exc:
        print(f"fasciamap: {exc.args[0]}", file=sys.stderr)
        window.close()
        return 2
    window.resize(*size)
    window.panel.plain.setChecked(plain)
    window.set_layer(layer)
    window.set_view(view)
    window.show()
    app.processEvents()
    if client:
        window.client.set_active(True)
        window.showNormal()  # full screen would take the offscreen screen's size, not the one asked for
        window.resize(*size)
    if painted:
        window.show_pain_map()
        window.pain_map().set_painted(painted)
        window.set_view(view)
    if node is not None:
        window.selection.select(node)
        if view in loaded.views:
            window.set_view(view)  # the view asked for wins over the selection's default view
    if traced is not None:
        window.trace_line(traced, side)
        window.set_view(view)
        if window.tracer is not None:
            window.tracer.overlay(window.body_view.body_scene()).finish()  # the whole line, not its first frame
    if primer is not None and window.learning.show_primer(primer or None) is None:
        window.close()
        return 2
    window.body_view.fit()
    if tour is not None:
        learn = window.learning.content()
        if learn is None or tour not in learn.tours or not 1 <= step <= len(learn.tours[tour].steps):
            known = ", ".join(learn.tours) if learn else ""
            print(f"fasciamap: no tour {tour[:40]!r} with a step {step} (tours: {known})", file=sys.stderr)
            window.close()
            return 2
        window.learning.start_tour(tour)
        assert window.learning.player is not None
        window.learning.player.go(step - 1)
        if window.tracer is not None:
            window.tracer.overlay(window.body_view.body_scene()).finish()
    if zoom_to_selection:
        window.zoom_to_selection()
    if zoom is not None:
        from PySide6.QtCore import QPointF

        window.body_view.zoom_by(zoom)
        if at is not None:
            window.body_view.centerOn(QPointF(*at))
    app.processEvents()
    image = window.grab()
    window.close()
    if not image.save(file, "PNG"):
        print(f"fasciamap: could not write {file}", file=sys.stderr)
        return 2
    return 0
