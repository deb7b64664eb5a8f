"""The main window: composes the body view, legend, search and explanation panel around one
SelectionModel; the views react to it and never call each other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..atlas import LoadedAtlas
from ..atlas.placement import best_view
from . import settings as keys
from .body_scene import SEE_THROUGH, BodyScene
from .body_view import BodyView
from .client_mode import ClientMode
from .explanation import DISCLAIMER
from .info_panel import ExplanationPanel
from .layer_control import LayerControl
from .learning import Learning
from .legend import Legend
from .quizzing import Quizzing
from .referral_layer import ReferralLayer
from .scene_geometry import geometry_for
from .search import SearchBox
from .selection import SelectionModel, Trace, filter_label
from .settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from .line_explorer import LineExplorer
    from .line_trace import LineTracer
    from .pain_map import PainMap
    from .quiz_view import QuizPanel

class MainWindow(QMainWindow):
    def __init__(self, loaded: LoadedAtlas, settings: Settings | None = None) -> None:
        """``settings=None`` runs without remembering anything (screenshots, benchmarks)."""
        super().__init__()
        self.loaded = loaded
        self.settings = settings
        self.selection = SelectionModel(self)
        self._scenes: dict[str, BodyScene] = {}
        self.view_id = next(iter(loaded.views))
        self._side = "left"  # the side a structure chosen by name is shown on
        self.layers = LayerControl(loaded.atlas, self)
        self.layers.chosen.connect(self.set_layer)
        self.layer_mode = self.layers.modes[0]
        self.setWindowTitle("FasciaMap")

        self.body_view = BodyView()
        self.legend = Legend()
        self.referrals = ReferralLayer(loaded, self.selection, self)
        self.referrals.problem.connect(lambda text: QMessageBox.warning(self, "FasciaMap", text))
        self.client = ClientMode(self)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.body_view, 1)
        body_layout.addWidget(self.legend)
        body_layout.addWidget(self.client.legend)
        self.panel = ExplanationPanel(loaded)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(body)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.search = SearchBox(loaded.graph)
        self.learning = Learning(self)  # the primer and the tours, read when first opened
        self.quizzing = Quizzing(self)  # the quiz, built when first opened
        self._build_actions()
        self.hover_label = QLabel("")
        self.statusBar().addWidget(self.hover_label, 1)
        disclaimer = QLabel("Educational reference — not medical advice")
        disclaimer.setToolTip(DISCLAIMER)
        self.statusBar().addPermanentWidget(disclaimer)

        self.selection.changed.connect(self._on_selection)
        self.body_view.clicked.connect(self._on_clicked)
        self.body_view.hovered.connect(self._on_hovered)
        self.body_view.double_clicked.connect(self._on_double_clicked)
        self.body_view.long_pressed.connect(self.show_details)
        self.body_view.swiped.connect(self._on_swiped)
        self.body_view.stroked.connect(self._on_stroke)
        self.body_view.stroke_ended.connect(self._on_stroke_ended)
        self.panel.structure_requested.connect(self.show_structure)
        self.search.structure_chosen.connect(self._on_search)
        self.search.group_chosen.connect(self._on_group)
        self.search.not_found.connect(lambda msg: self.statusBar().showMessage(msg, 6000))
        self.panel.plain_language_changed.connect(self._remember_plain)
        self.panel.plain_language_changed.connect(lambda _plain: self.learning.set_plain(self.learning.plain))
        self.client.changed.connect(lambda _on: self.learning.set_plain(self.learning.plain))
        self.panel.line_requested.connect(self.trace_line)
        self.panel.learn_requested.connect(self.learning.open)
        self.panel.path_requested.connect(self.choose_path)
        self.panel.evidence_requested.connect(self.selection.set_minimum_evidence)
        self.selection.evidence_changed.connect(self._on_evidence)
        self.selection.traced.connect(self._on_traced)
        self._explorer: LineExplorer | None = None  # the line explorer and its tracer, built when first opened
        self._dock: QDockWidget | None = None
        self.tracer: LineTracer | None = None
        self._pain: PainMap | None = None  # "Where does it hurt?", built when first opened
        self._pain_dock: QDockWidget | None = None

        self.resize(1280, 800)
        self._restore()
        self.set_view(self.view_id)

    # -- actions ----------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.view_actions: dict[str, QAction] = {}
        view_group = QActionGroup(self)
        for i, view in enumerate(self.loaded.atlas.views.values()):
            if view.id not in self.loaded.views:
                continue
            label = {"front": "Front", "back": "Back", "right": "Right", "left": "Left"}.get(view.id, view.name)
            act = self._action(label, lambda _=False, v=view.id: self.set_view(v), f"Ctrl+{i + 1}", True)
            act.setToolTip(f"{view.name} ({act.shortcut().toString()})")
            view_group.addAction(act)
            self.view_actions[view.id] = act
        self.layer_actions = self.layers.actions
        self.fit_action = self._action("Fit", self.body_view.fit, "Ctrl+0")
        self.fit_action.setToolTip("Fit the body to the window (Ctrl+0)")
        self.zoom_in_action = self._action("Zoom in", lambda: self.body_view.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action("Zoom out", lambda: self.body_view.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut)
        self.focus_action = self._action("Zoom to selection", self.zoom_to_selection, "Ctrl+9")
        self.focus_action.setToolTip("Frame the selection and what it connects to (Ctrl+9, or double-click)")
        self.clear_action = self._action("Clear selection", self.clear, "Esc")
        self.lines_action = self._action("Myofascial lines…", self.show_lines, "Ctrl+L")
        self.lines_action.setIconText("Lines")
        self.lines_action.setToolTip("Trace a myofascial line over the body, or a path between two structures (Ctrl+L)")
        # short labels on the toolbar (the menus keep the full names), so the search box keeps its room
        for action, short, tip in ((self.zoom_in_action, "+", "Zoom in (Ctrl++)"),
                                   (self.zoom_out_action, "−", "Zoom out (Ctrl+−)"),
                                   (self.clear_action, "Clear", "Clear the selection (Esc)")):
            action.setIconText(short)
            action.setToolTip(tip)
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action = self._action("Find…", self._focus_search, QKeySequence.StandardKey.Find)
        self.referral_action = self._action("Referral patterns", self.referrals.set_enabled, "Ctrl+R", True)
        self.referral_action.setChecked(True)
        self.referral_action.setToolTip("Show where a selected muscle's trigger points send pain (Ctrl+R)")
        self.pain_action = self._action("Where does it hurt?", self.show_pain_map, "Ctrl+H")
        self.pain_action.setToolTip("Mark the painful areas and see which muscles may send pain there (Ctrl+H)")
        self.handout_action = self._action("Handout…", self.show_handout, QKeySequence.StandardKey.Print)
        self.handout_action.setToolTip("A one-page handout of the selection: PDF, PNG or printer (Ctrl+P)")
        self.client_action = self._action("Client mode", self.client.set_active, "F11", True)
        self.client_action.setToolTip("Full screen, large type and plain words, for showing a client (F11)")
        self.client.changed.connect(self.client_action.setChecked)
        self.exit_client_action = self._action("Exit client mode", lambda: self.client.set_active(False))
        self.turn_action = self._action("Turn the body", lambda: self.turn(1), "Ctrl+T")
        self.quiz_action = self._action("Quiz…", self.show_quiz, "Ctrl+Shift+Q")
        self.quiz_action.setToolTip("Questions drawn from the map: tap the answers on the body (Ctrl+Shift+Q)")
        export = self._action("Export image…", self._export_image, "Ctrl+E")
        quit_action = self._action("Quit", self.close, QKeySequence.StandardKey.Quit)
        about = self._action("About FasciaMap", self._about)
        self.help_action = self._action("Guide, shortcuts and evidence levels", self.show_help, QKeySequence.StandardKey.HelpContents)

        toolbar = QToolBar("Body")
        toolbar.setObjectName("body-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self._toolbar_label("View"))
        for act in self.view_actions.values():
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addWidget(self._toolbar_label("Layer"))
        for act in self.layer_actions.values():
            toolbar.addAction(act)
        toolbar.addSeparator()
        for act in (self.zoom_out_action, self.fit_action, self.zoom_in_action, self.clear_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.lines_action)
        toolbar.addAction(self.pain_action)
        toolbar.addAction(self.client_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.client.build_toolbar([*self.view_actions.values(), None, self.zoom_out_action, self.fit_action,
                                   self.zoom_in_action, None, self.pain_action, self.handout_action, None,
                                   self.exit_client_action])
        self.addToolBar(self.client.toolbar)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(export)
        file_menu.addAction(self.handout_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = menu.addMenu("&View")
        for act in self.view_actions.values():
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in self.layer_actions.values():
            view_menu.addAction(act)
        view_menu.addAction(self.layers.deeper)
        view_menu.addAction(self.layers.shallower)
        view_menu.addSeparator()
        for act in (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.focus_action,
                    self.clear_action, self.find_action):
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.lines_action)
        view_menu.addAction(self.referral_action)
        view_menu.addAction(self.pain_action)
        view_menu.addSeparator()
        view_menu.addAction(self.turn_action)
        view_menu.addAction(self.client_action)
        learn_menu = menu.addMenu("&Learn")
        learn_menu.addAction(self.learning.primer_action)
        learn_menu.addMenu(self.learning.tours_menu)
        learn_menu.addAction(self.quiz_action)
        learn_menu.addSeparator()
        for act in (self.learning.next_action, self.learning.previous_action, self.learning.end_action):
            learn_menu.addAction(act)
        self.learn_menu = learn_menu
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.help_action)
        help_menu.addAction(about)

    @staticmethod
    def _toolbar_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("color: #6b5f57; padding: 0 4px 0 6px;")
        return label

    # -- state ------------------------------------------------------------------------------------
    def scene_for(self, view_id: str) -> BodyScene:
        """The scene of a view, built on first use so start-up pays only for the first view."""
        scene = self._scenes.get(view_id)
        if scene is None:
            scene = BodyScene(geometry_for(self.loaded.views, view_id), self.loaded.graph, self.layer_mode, self.selection.selected)
            scene.set_minimum_evidence(self.selection.minimum_evidence)
            self._scenes[view_id] = scene
        return scene

    def set_view(self, view_id: str) -> None:
        if view_id not in self.loaded.views:
            return
        self.view_id = view_id
        self.view_actions[view_id].setChecked(True)
        scene = self.scene_for(view_id)
        if scene.selected != self.selection.selected:  # a hidden scene catches up when it is shown
            scene.set_selected(self.selection.selected)
        self.body_view.show_scene(scene)
        self.referrals.show_scene(scene)
        if self.tracer is not None:
            self.tracer.show_scene(scene)
        self.quizzing.show_scene(scene)
        self._remember(keys.VIEW, view_id)

    def set_layer(self, mode: str) -> None:
        if mode not in self.layers.modes:
            return
        self.layer_mode = mode
        self.layers.show_mode(mode)
        for scene in self._scenes.values():
            scene.set_layer_mode(mode)
        self._remember(keys.LAYER, mode)

    @Slot(object)
    def _on_selection(self, node: str | None) -> None:
        if node is not None and node not in self.loaded.atlas.structures:
            self.selection.clear()
            return
        if node is not None:
            views = self.loaded.atlas.structures[node].views
            if self.view_id not in views and views and views[0] in self.loaded.views:
                self.set_view(views[0])
        self.scene_for(self.view_id).set_selected(node)  # only the scene on screen: a click restyles one
        self.panel.show_structure(node)
        name = self.loaded.atlas.structures[node].display_name if node else ""
        self.setWindowTitle(f"FasciaMap — {name}" if name else "FasciaMap")

    @property
    def name_side(self) -> str:
        """The side a structure chosen by name is shown on: the side last tapped."""
        return self._side

    @Slot(object)
    def _on_clicked(self, node: str | None) -> None:
        if self.quizzing.take_tap(node):
            return  # an answer: selecting it would name it
        if node is not None and self.loaded.atlas.structures[node].side:
            self._side = self.loaded.atlas.structures[node].side  # names then pick the side last tapped
        self.selection.select(node)
        self.body_view.setFocus()

    def show_structure(self, node: str) -> None:
        """Select a structure chosen by name or link, turning the body to the view that shows it best
        and peeling to its own layer (unless every layer is already shown)."""
        if node not in self.loaded.atlas.structures:
            return
        view = best_view(self.loaded.views, node, self.view_id)
        if view is not None and view != self.view_id:
            self.set_view(view)
        if self.layer_mode != SEE_THROUGH:
            self.set_layer(self.loaded.atlas.structures[node].layer)
        self.selection.select(node)

    @Slot(object)
    def _on_double_clicked(self, node: str | None) -> None:
        """Double-click (or double-tap) a structure to select it and frame what it connects to."""
        if self.quiz_asking():
            return
        if node is None:
            self.body_view.fit()
            return
        self.selection.select(node)
        self.zoom_to_selection()

    def clear(self) -> None:
        """Esc: no selection and nothing traced."""
        self.selection.clear()
        self.selection.set_trace(None)

    # -- the line explorer ----------------------------------------------------------------------------
    def explorer(self) -> LineExplorer:
        """The line explorer, docked beside the body; built on first use so start-up never pays for it."""
        if self._explorer is None:
            from .line_explorer import LineExplorer

            tracer = self.line_tracer()
            self._explorer = LineExplorer(self.loaded, self.selection)
            self._explorer.structure_requested.connect(self._on_track_chosen)
            self._dock = self.dock_panel("Lines", "lines-dock", self._explorer)
            tracer.show_scene(self.scene_for(self.view_id))
        return self._explorer

    def line_tracer(self) -> LineTracer:
        """What draws a traced line or path over the body, built on first use."""
        if self.tracer is None:
            from .line_trace import LineTracer

            self.tracer = LineTracer(self.loaded, self.selection, self)
            self.tracer.show_scene(self.scene_for(self.view_id))
        return self.tracer

    def show_lines(self) -> None:
        explorer = self.explorer()
        assert self._dock is not None
        self._dock.show()
        self._dock.raise_()
        explorer.find.setFocus()

    def trace_line(self, line_id: str, side: str | None = None) -> None:
        """Trace a line over the body (on the side of the selection unless told), opening the explorer."""
        if line_id not in self.loaded.atlas.lines:
            return
        selected = self.selection.selected
        if side is None:
            side = (self.loaded.atlas.structures[selected].side if selected else None) or self._side
        self.show_lines()
        self.explorer().choose(line_id, "right" if side not in ("left", "right", "both") else side)

    def choose_path(self) -> None:
        """Ask where a path from the selection should go (the explorer's path field)."""
        explorer = self.explorer()
        self.show_lines()
        explorer.to.setFocus()

    def _on_track_chosen(self, node: str) -> None:
        """A track or station chosen in the explorer: select it where the traced line is drawn."""
        if node in self.loaded.atlas.structures:
            if self.view_id not in self.loaded.atlas.structures[node].views:
                self.show_structure(node)
            else:
                self.selection.select(node)

    def _on_evidence(self, level: str) -> None:
        for scene in self._scenes.values():
            scene.set_minimum_evidence(level)
        self.panel.set_minimum_evidence(level)
        self.legend.show_filter("" if level == "none" else filter_label(level))

    def _on_traced(self, trace: Trace | None) -> None:
        if trace is None:
            self.legend.show_trace("")
        elif trace.path:
            self.legend.show_trace(f"Path: {trace.title}")
        else:
            side = "both sides" if trace.side == "both" else f"{trace.side} side"
            self.legend.show_trace(f"{trace.title}, {side}")

    def zoom_to_selection(self) -> None:
        scene = self.body_view.body_scene()
        rect = scene.selection_rect() if scene else None
        if rect is not None:
            self.body_view.zoom_to(rect)

    @Slot(object)
    def _on_hovered(self, node: str | None) -> None:
        if node is None or self.quiz_asking():  # a quiz question must not be answered by hovering
            self.hover_label.setText("")
            return
        s = self.loaded.atlas.structures[node]
        self.hover_label.setText(f"{s.display_name} — {s.latin}")

    def _on_search(self, base_id: str) -> None:
        self.show_structure(self.loaded.graph.node_of(base_id, self._side))
        self.search.clear()
        self.body_view.setFocus()

    def _on_group(self, group_id: str) -> None:
        """A group name (hamstrings, rotator cuff): its first member is selected, the rest named."""
        group = self.loaded.atlas.groups[group_id]
        structures = self.loaded.atlas.structures
        names = [structures[self.loaded.graph.node_of(m)].name for m in group.members]
        self._on_search(group.members[0])
        self.statusBar().showMessage(f"{group.name}: {', '.join(names)}", 10000)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- touch: turning and details ------------------------------------------------------------------
    def _on_swiped(self, step: int) -> None:
        """A swipe turns the body, or during a guided tour moves along it."""
        if self.learning.touring:
            self.learning.swipe(step)
        else:
            self.turn(step)

    def dock_panel(self, title: str, name: str, panel: QWidget,
                   area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea) -> QDockWidget:
        """A panel docked beside the body; one opened beside another shares its place as a tab, so the
        body keeps its width. In client mode its buttons are sized for a finger."""
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(panel)
        neighbour = next((d for d in self.findChildren(QDockWidget)
                          if d is not dock and self.dockWidgetArea(d) == area and d.isVisible()), None)
        self.addDockWidget(area, dock)
        if neighbour is not None and area == Qt.DockWidgetArea.LeftDockWidgetArea:
            self.tabifyDockWidget(neighbour, dock)
        self.fit_client_targets()
        return dock

    def touch_panels(self) -> list[QWidget]:
        """The panels opened so far whose buttons a finger must be able to hit in client mode."""
        return [p for p in (self._pain, self.quizzing.panel, self.learning.player, self.learning.primer) if p is not None]

    def fit_client_targets(self) -> None:
        """A panel opened in client mode gets buttons large enough for a finger."""
        if self.client.active:
            self.client.size_targets()

    def turn(self, step: int) -> None:
        """Turn the body round by one view (a swipe): front, right side, back, left side."""
        order = [v for v in ("front", "right", "back", "left") if v in self.loaded.views]
        order += [v for v in self.loaded.views if v not in order]
        if self.view_id in order and len(order) > 1:
            self.set_view(order[(order.index(self.view_id) + step) % len(order)])

    @Slot(object)
    def show_details(self, node: str | None) -> None:
        """Long-press: select and open the explanation beside the body (the panel when it is hidden)."""
        if node is None or self.quiz_asking():
            return
        self.selection.select(node)
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] < 60:
            total = sum(sizes)
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
        self.panel.flush()

    # -- "Where does it hurt?" ------------------------------------------------------------------------
    def pain_map(self) -> PainMap:
        if self._pain is None:
            from .pain_map import PainMap

            self._pain = PainMap(self.loaded, self.referrals, self.scene_for)
            self._pain.painted_changed.connect(self.referrals.set_painted)
            self._pain.muscle_chosen.connect(self.show_structure)
            self._pain.line_chosen.connect(lambda line_id: self.trace_line(line_id))
            self._pain.tool_changed.connect(self._on_pain_tool)
            self._pain_dock = self.dock_panel("Where does it hurt?", "pain-dock", self._pain)
            self._pain_dock.visibilityChanged.connect(self._on_pain_visible)
        return self._pain

    def show_pain_map(self) -> None:
        pain = self.pain_map()
        assert self._pain_dock is not None
        self._pain_dock.show()
        self._pain_dock.raise_()
        self.body_view.set_surface_mode(pain.tool != "explore")

    def painting(self) -> bool:
        """Taps mark the pain map (not while a quiz question waits for a tapped structure)."""
        return bool(self._pain is not None and self._pain_dock and self._pain_dock.isVisible()
                    and self._pain.tool != "explore" and not self.quiz_asking())

    def _on_pain_tool(self, _tool: str) -> None:
        self.body_view.set_surface_mode(self.painting())

    def _on_pain_visible(self, _visible: bool) -> None:
        self.body_view.set_surface_mode(self.painting())

    # -- the quiz (its own mode: ui/quizzing.py) -------------------------------------------------------
    def quiz(self) -> QuizPanel:
        return self.quizzing.quiz()

    def show_quiz(self) -> None:
        self.quizzing.show()

    def quiz_asking(self) -> bool:
        return self.quizzing.asking

    def _on_stroke(self, pos) -> None:
        if self.quizzing.take_stroke(pos):
            return
        if self._pain is not None:
            self._pain.stroke(self.referrals.zone_at(pos))

    def _on_stroke_ended(self) -> None:
        self.quizzing.end_stroke()
        if self._pain is not None:
            self._pain.end_stroke()

    # -- the handout ----------------------------------------------------------------------------------
    def show_picture_of(self, node: str, view: str | None = None) -> None:
        """Turn and peel to show ``node`` and, for a muscle with a referral, the view that shows most of
        its pattern; then fit the body."""
        self.show_structure(node)
        chosen = view or self.referrals.pattern_view(node)
        if chosen in self.loaded.views:
            self.set_view(chosen)
        self.body_view.fit()

    def show_handout(self) -> None:
        """The handout of the selection (the body as shown, its plain explanation, a note field)."""
        node = self.selection.selected
        if node is None:
            QMessageBox.information(self, "Handout", "Select a structure first: the handout explains it.")
            return
        from .export import render_body
        from .handout_content import handout_for
        from .handout_dialog import HandoutDialog

        picture = render_body(self.body_view, 2.0)
        plain = self.panel.plain.isChecked() or self.client.active
        HandoutDialog(handout_for(self.loaded, node, picture, plain=plain), self).open()

    def resizeEvent(self, event) -> None:
        """Portrait (a tablet held upright): the explanation goes under the body instead of beside it."""
        super().resizeEvent(event)
        portrait = self.height() > self.width() * 1.1
        wanted = Qt.Orientation.Vertical if portrait else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    # -- files and dialogs --------------------------------------------------------------------------
    def _export_image(self) -> None:
        """Save the body as shown (not the window) as a PNG or JPEG, at a resolution the user picks."""
        from PySide6.QtWidgets import QInputDialog

        from .export import RESOLUTIONS, render_body

        labels = [label for label, _ in RESOLUTIONS]
        choice, ok = QInputDialog.getItem(self, "Export image", "Resolution:", labels, 1, False)
        if not ok:
            return
        name, _ = QFileDialog.getSaveFileName(self, "Export image", "fasciamap.png",
                                              "PNG image (*.png);;JPEG image (*.jpg *.jpeg)")
        if not name:
            return
        image = render_body(self.body_view, dict(RESOLUTIONS)[choice])
        if image.isNull() or not image.save(name):
            QMessageBox.warning(self, "Export image", f"Could not write {name}.")
        else:
            self.statusBar().showMessage(f"Saved {name} ({image.width()} × {image.height()} pixels)", 6000)

    def show_help(self) -> None:
        from .help_dialog import HelpDialog

        HelpDialog(self.actions(), self).open()

    def _about(self) -> None:
        atlas = self.loaded.atlas
        QMessageBox.about(
            self, "About FasciaMap",
            f"<h3>FasciaMap {__version__}</h3><p>An explorable atlas of the body's fascial connections: "
            f"{len({s.base_id for s in atlas.structures.values()})} structures, "
            f"{len(atlas.connections)} connections, {len(atlas.sources)} sources.</p>"
            f"<p>{DISCLAIMER}</p><p>Artwork drawn for this project. MIT licence.</p>",
        )

    # -- settings ---------------------------------------------------------------------------------
    def _remember(self, key: keys.Key, value: object) -> None:
        if self.settings is not None:
            self.settings.set(key, value)

    def _remember_plain(self, checked: bool) -> None:
        self._remember(keys.PLAIN_LANGUAGE, checked)

    def _restore(self) -> None:
        if self.settings is None:
            self.layers.show_mode(self.layer_mode)
            return
        geometry = self.settings.get(keys.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = self.settings.get(keys.SPLITTER)
        if isinstance(splitter, QByteArray) and keys.splitter_state_usable(splitter, self.splitter.count()):
            self.splitter.restoreState(splitter)
        view = self.settings.get(keys.VIEW)
        if view in self.loaded.views:
            self.view_id = view
        self.layers.show_mode(self.layer_mode)
        self.set_layer(self.settings.get(keys.LAYER))
        self.panel.plain.setChecked(self.settings.get(keys.PLAIN_LANGUAGE))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.client.set_active(False)  # the next start opens as a desktop window, not full screen
        if self.settings is not None:
            self.settings.set(keys.GEOMETRY, self.saveGeometry())
            self.settings.set(keys.SPLITTER, self.splitter.saveState())
            self.settings.sync()
        super().closeEvent(event)
