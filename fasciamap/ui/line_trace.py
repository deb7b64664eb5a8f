"""Keeps the scene on screen showing the traced line or path: listens to the selection model's trace
and to the view turning, and gives the scene's overlay the routes to draw."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..atlas import LoadedAtlas
from ..atlas.lines import trace as trace_line
from . import theme
from .body_scene import BodyScene
from .line_overlay import LineOverlay, Route, route
from .selection import SelectionModel, Trace


class LineTracer(QObject):
    def __init__(self, loaded: LoadedAtlas, selection: SelectionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self.selection = selection
        self._overlays: dict[int, LineOverlay] = {}
        self._scene: BodyScene | None = None
        self._shown: dict[int, Trace | None] = {}  # what each scene's overlay shows now
        selection.traced.connect(self._on_traced)
        selection.evidence_changed.connect(lambda _level: self._redraw())

    def overlay(self, scene: BodyScene) -> LineOverlay:
        overlay = self._overlays.get(id(scene))
        if overlay is None:
            overlay = self._overlays[id(scene)] = LineOverlay(scene)
        return overlay

    def show_scene(self, scene: BodyScene) -> None:
        """The body turned to ``scene``: draw the current trace there (drawn afresh, end to end)."""
        self._scene = scene
        if self.selection.trace is not None or id(scene) in self._overlays:
            self._draw(scene, self.selection.trace)

    def _on_traced(self, trace: Trace | None) -> None:
        if self._scene is not None:
            self._draw(self._scene, trace)

    def _redraw(self) -> None:
        if self._scene is not None and self.selection.trace is not None:
            self.overlay(self._scene).show_routes(self.routes(self._scene, self.selection.trace), animate=False)

    def _draw(self, scene: BodyScene, trace: Trace | None) -> None:
        overlay = self.overlay(scene)
        animate = trace is not None and self._shown.get(id(scene)) != trace
        self._shown[id(scene)] = trace
        overlay.show_routes(self.routes(scene, trace), animate=animate)

    def routes(self, scene: BodyScene, trace: Trace | None) -> list[Route]:
        if trace is None:
            return []
        if trace.path:
            return [route(scene, list(trace.path), [], theme.LINE_COLOURS[0])]
        line = self.loaded.atlas.lines.get(trace.line or "")
        if line is None or not line.steps:
            return []
        sides = ("right", "left") if trace.side == "both" else (trace.side,)
        hidden = {(t.branch, t.source, t.target) for t in line.transitions if not self.selection.shows(t.evidence)}
        routes = []
        for colour, side in zip(theme.LINE_COLOURS, sides):
            main = trace_line(self.loaded.atlas, line, side)
            by_track = {s.step.id: s.node for s in main if not s.step.station}
            runs = [(None, [(s.step.id, s.node) for s in main if not s.step.station],
                     [s.node for s in main if s.step.station])]
            for branch in line.branches:
                steps = trace_line(self.loaded.atlas, line, side, branch.id)
                tracks = [(s.step.id, s.node) for s in steps if not s.step.station]
                if branch.leaves_after in by_track:
                    tracks.insert(0, (branch.leaves_after, by_track[branch.leaves_after]))
                if branch.joins_at in by_track:
                    tracks.append((branch.joins_at, by_track[branch.joins_at]))
                runs.append((branch.id, tracks, [s.node for s in steps if s.step.station]))
            for branch_id, tracks, stations in runs:
                # a transition the evidence filter hides breaks the stroke there
                piece: list[str] = []
                for k, (base, node) in enumerate(tracks):
                    if k and (branch_id, tracks[k - 1][0], base) in hidden:
                        routes.append(route(scene, piece, stations, colour))
                        piece = []
                    piece.append(node)
                routes.append(route(scene, piece, stations, colour))
        return routes
