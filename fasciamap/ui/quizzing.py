"""The quiz as a mode of the window: the panel in its dock, the cue drawn on the body, and the rule
that while a question waits the body names nothing and a tap on it is an answer, not a selection.
A guided tour names what it shows, so the two never run at once: a question asked ends a tour, and a
tour started while a question waits ends the quiz (keeping what was answered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from .body_scene import BodyScene
    from .main_window import MainWindow
    from .quiz_cue import QuizCueLayer
    from .quiz_view import QuizPanel


class Quizzing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel: QuizPanel | None = None  # built when first opened
        self.dock: QDockWidget | None = None
        self.cues: QuizCueLayer | None = None
        self._stroking = False  # a touch on a pain zone under way (one answer per touch)

    def quiz(self) -> QuizPanel:
        if self.panel is None:
            from .quiz_cue import QuizCueLayer
            from .quiz_view import QuizPanel
            from .referral_overlay import zone_paths

            w = self.window

            def zones_of(scene: BodyScene) -> dict:
                zone_map = w.referrals.zone_map()
                return zone_paths(zone_map, scene.view_id) if zone_map is not None else {}

            def zone_views(zone_node: str) -> tuple[str, ...]:
                zone_map = w.referrals.zone_map()
                zone = zone_map.zones.get(zone_node) if zone_map is not None else None
                return tuple(v for v in zone.views if v in w.loaded.views) if zone is not None else ()

            self.cues = QuizCueLayer(zones_of, self)
            self.panel = QuizPanel(w.loaded, w.referrals.pattern_view, zone_views)
            self.panel.cue_changed.connect(self.cues.show)
            self.panel.frame_wanted.connect(self._frame)
            self.panel.zone_answer_wanted.connect(lambda on: w.body_view.set_surface_mode(
                (on and self.asking) or w.painting()))
            self.panel.asking_changed.connect(self._on_asking)
            self.panel.subject_requested.connect(w.show_structure)
            self.dock = w.dock_panel("Quiz", "quiz-dock", self.panel)
            # closed (not merely behind another panel's tab): toggleViewAction follows only closing
            self.dock.toggleViewAction().toggled.connect(self._on_shown)
            self.cues.show_scene(w.scene_for(w.view_id))
        return self.panel

    def show(self) -> None:
        self.quiz()
        assert self.dock is not None
        self.dock.show()
        self.dock.raise_()

    @property
    def asking(self) -> bool:
        """A question waits in an open panel: nothing on the body may name what it is."""
        return bool(self.panel is not None and self.panel.asking and self.dock is not None and not self.dock.isHidden())

    def show_scene(self, scene: BodyScene) -> None:
        if self.cues is not None:
            self.cues.show_scene(scene)

    def take_tap(self, node: str | None) -> bool:
        """A tap on the body: True when it answered (or was swallowed by) the waiting question."""
        return self.asking and self.panel is not None and self.panel.take_structure(node)

    def take_stroke(self, pos: QPointF) -> bool:
        """A touch on the body's surface: the first point of each touch answers a "where is it felt"."""
        if not (self.asking and self.panel is not None and self.panel.wants_body()):
            return False
        if not self._stroking:
            self._stroking = True
            self.panel.take_zone(self.window.referrals.zone_at(pos))
        return True

    def end_stroke(self) -> None:
        self._stroking = False

    def end_for_tour(self) -> None:
        """A tour is starting: a waiting question is set aside by ending the quiz, as stopping early does."""
        if self.asking and self.panel is not None:
            self.panel.finish()
            self.window.statusBar().showMessage(
                "The quiz ended for the guided tour; the answers you gave are kept in your score.", 10000)

    def _on_asking(self, asking: bool) -> None:
        w = self.window
        w.body_view.set_names_hidden(asking)
        q = self.panel.question if self.panel is not None else None
        wants_zone = bool(asking and q is not None and q.kind == "referral" and self.panel.wants_body())
        w.body_view.set_surface_mode(wants_zone or w.painting())
        if asking and w.learning.touring:  # the tour would name what the question asks about
            w.learning.end()
            w.statusBar().showMessage("The guided tour ended: a quiz question is waiting.", 10000)
        if asking:
            w.selection.clear()  # a selected structure would name itself in the panel
            w.selection.set_trace(None)
            w.hover_label.setText("")

    def _frame(self, view: str, layer: str) -> None:
        w = self.window
        if layer in w.layers.modes:
            w.set_layer(layer)
        if view in w.loaded.views:
            w.set_view(view)
        w.body_view.fit()

    def _on_shown(self, shown: bool) -> None:
        if not shown and self.panel is not None and self.panel.pages.currentIndex() == 1:
            self.panel.finish()  # closing the panel ends the quiz, keeping what was answered
