"""Learning with the map: the fascia primer and the guided tours, and how they move the body.

The content is read when first asked for, so start-up never pays for it, and a damaged file costs
only the primer and the tours (with a message naming the file and the place), never the atlas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

from ..atlas import AtlasError, NoPathError
from ..atlas.learn import Learn, TourStep, load_learn
from .selection import Trace

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .primer import PrimerPanel
    from .tour_player import TourPlayer


class Learning(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._learn: Learn | None = None
        self.primer: PrimerPanel | None = None
        self.player: TourPlayer | None = None
        self._primer_dock: QDockWidget | None = None
        self._tour_dock: QDockWidget | None = None
        self.primer_action = self._action("Fascia primer", self.show_primer, "Ctrl+Shift+L")
        self.primer_action.setIconText("Learn")
        self.primer_action.setToolTip("What fascia is, how it links the body, and how it is treated, with sources "
                                      "(Ctrl+Shift+L)")
        self.next_action = self._action("Next stop", self.next, QKeySequence(Qt.Key.Key_PageDown))
        self.previous_action = self._action("Previous stop", self.previous, QKeySequence(Qt.Key.Key_PageUp))
        self.end_action = self._action("End tour", self.end)
        for action in (self.next_action, self.previous_action, self.end_action):
            action.setEnabled(False)
        self.tours_menu = QMenu("Guided tours", window)
        self.tours_menu.aboutToShow.connect(self._fill_tours_menu)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # -- the content ------------------------------------------------------------------------------
    def content(self) -> Learn | None:
        """The primer and tours, read once; None (after saying why) when the file cannot be used."""
        if self._learn is None:
            try:
                self._learn = load_learn(self.window.loaded.atlas, self.window.loaded.graph)
            except AtlasError as exc:
                QMessageBox.warning(self.window, "FasciaMap",
                                    "The primer and the guided tours cannot be shown:\n\n" + exc.describe(10))
                return None
        return self._learn

    @property
    def plain(self) -> bool:
        return self.window.panel.plain.isChecked() or self.window.client.active

    def set_plain(self, plain: bool) -> None:
        if self.primer is not None:
            self.primer.set_plain(plain)
        if self.player is not None:
            self.player.set_plain(plain)

    def _fill_tours_menu(self) -> None:
        self.tours_menu.clear()
        learn = self.content()
        if learn is None:
            self.tours_menu.addAction("(the tours could not be read)").setEnabled(False)
            return
        for tour in learn.tours.values():
            self.tours_menu.addAction(tour.title, lambda t=tour.id: self.start_tour(t))

    def open(self, what: str) -> None:
        """A "learn:" link: the primer, the primer's list of tours, or the quiz."""
        if what == "primer":
            self.show_primer()
        elif what == "tours":
            self.show_primer("tours")
        elif what == "quiz":
            self.window.show_quiz()

    # -- the primer -------------------------------------------------------------------------------
    def show_primer(self, section: str | None = None) -> PrimerPanel | None:
        learn = self.content()
        if learn is None:
            return None
        if self.primer is None:
            from .primer import PrimerPanel

            self.primer = PrimerPanel(learn)
            self.primer.set_plain(self.plain)
            self.primer.link_activated.connect(self.follow)
            self._primer_dock = self.window.dock_panel("Learn", "learn-dock", self.primer)
        assert self._primer_dock is not None
        self._primer_dock.show()
        self._primer_dock.raise_()
        if section:
            self.primer.show_section(section)
        return self.primer

    def follow(self, kind: str, target: str) -> None:
        """A name tapped in the primer or a narration: show it on the body."""
        w = self.window
        if kind == "node":
            w.show_structure(w.loaded.graph.node_of(target, w.name_side))
            w.zoom_to_selection()
        elif kind == "line":
            w.trace_line(target)
        elif kind == "tour":
            self.start_tour(target)

    # -- tours ------------------------------------------------------------------------------------
    @property
    def touring(self) -> bool:
        return self.player is not None and self.player.playing

    def start_tour(self, tour_id: str) -> bool:
        learn = self.content()
        if learn is None or tour_id not in learn.tours:
            return False
        self.window.quizzing.end_for_tour()
        if self.player is None:
            from .tour_player import TourPlayer

            self.player = TourPlayer(learn, self.name_of)
            self.player.step_wanted.connect(self._show_step)
            self.player.link_activated.connect(self.follow)
            self.player.ended.connect(self._on_ended)
            dock = self.window.dock_panel("Guided tour", "tour-dock", self.player, Qt.DockWidgetArea.BottomDockWidgetArea)
            dock.toggleViewAction().toggled.connect(self._on_dock_shown)
            self.window.resizeDocks([dock], [210], Qt.Orientation.Vertical)  # the body keeps most of the height
            self._tour_dock = dock
        assert self._tour_dock is not None
        self.player.set_plain(self.plain)
        self._tour_dock.show()
        self._tour_dock.raise_()
        for action in (self.next_action, self.previous_action, self.end_action):
            action.setEnabled(True)
        return self.player.start(tour_id)

    def next(self) -> None:
        if self.touring:
            assert self.player is not None
            self.player.next()

    def previous(self) -> None:
        if self.touring:
            assert self.player is not None
            self.player.previous()

    def end(self) -> None:
        if self.player is not None:
            self.player.end()

    def swipe(self, step: int) -> None:
        """A sideways swipe during a tour moves along it (right to left: on), instead of turning the body."""
        self.next() if step > 0 else self.previous()

    def _on_ended(self) -> None:
        self.window.referrals.set_enabled(self.window.referral_action.isChecked())
        for action in (self.next_action, self.previous_action, self.end_action):
            action.setEnabled(False)
        if self._tour_dock is not None:
            self._tour_dock.hide()

    def _on_dock_shown(self, shown: bool) -> None:
        if not shown and self.touring:  # the dock closed by its own button ends the tour
            self.end()

    def _frame(self, step: TourStep) -> None:
        """A stop on a small part of the body (the neck, a foot) is framed, at most 3x; a larger one
        is shown whole, where a sideways swipe moves the tour on (zoomed in, a drag pans)."""
        w = self.window
        view = w.body_view
        scene = view.body_scene()
        item = scene.items_by_node.get(step.node(w.loaded.graph)) if scene is not None else None
        if scene is None or item is None:
            view.fit()
            return
        rect = item.mapRectToScene(item.boundingRect())
        overlay = w.referrals.overlay(scene) if step.kind == "referral" else None
        pattern = overlay.pattern_rect() if overlay is not None else None
        if pattern is not None:
            rect = rect.united(pattern)
        body = scene.silhouette.boundingRect()
        if body.isEmpty() or rect.height() > body.height() * 0.4:
            view.fit()
            return
        least = body.height() / 3  # never closer than 3x the whole body
        grow_w, grow_h = max(0.0, least * 0.75 - rect.width()) / 2, max(0.0, least - rect.height()) / 2
        view.zoom_to(rect.adjusted(-grow_w, -grow_h, grow_w, grow_h))

    def name_of(self, step: TourStep) -> str:
        """What a stop shows, in words."""
        graph = self.window.loaded.graph
        if step.kind == "line":
            return self.window.loaded.atlas.lines[step.targets[0]].name
        names = [graph.structure(step.node(graph, k)).display_name for k in range(len(step.targets))]
        if step.kind == "referral":
            return f"where pain from the {names[0][0].lower()}{names[0][1:]} may be felt"
        return " to ".join(names)

    def _show_step(self, index: int) -> None:
        assert self.player is not None and self.player.tour is not None
        self.apply(self.player.tour.steps[index])

    def apply(self, step: TourStep) -> None:
        """Peel, turn and select as the step says, then frame it."""
        w = self.window
        graph = w.loaded.graph
        w.set_layer(step.depth)
        w.set_view(step.view)
        if step.kind in ("structure", "referral"):
            # a referral stop shows the pattern; a structure stop only the structure and its connections,
            # whatever the Referral patterns switch says (it is put back when the tour ends)
            w.referrals.set_enabled(step.kind == "referral")
            w.selection.set_trace(None)
            w.selection.select(step.node(graph))
            w.set_view(step.view)
            self._frame(step)
            return
        w.line_tracer()
        w.selection.select(None)
        if step.kind == "line":
            line = w.loaded.atlas.lines[step.targets[0]]
            side = step.side if (step.side != "both" or line.crosses_midline) else "right"
            w.selection.set_trace(Trace(line=line.id, side=side, title=line.name))
        else:
            a, b = step.node(graph, 0), step.node(graph, 1)
            try:
                steps = graph.path(a, b)
            except NoPathError:  # checked when the content was read; kept safe all the same
                return
            title = f"{graph.structure(a).display_name} to {graph.structure(b).display_name}"
            w.selection.set_trace(Trace(path=(a, *(s.target.id for s in steps)), title=title))
        w.set_view(step.view)
        w.body_view.fit()
