""""Where does it hurt?": the client's painful areas marked on the body's surface, and the muscles
whose trigger-point referral covers them, ranked, each with a small picture of its pattern, with the
myofascial lines that run through the area.

The widget holds what is painted and the tool in use; it asks the main window (through signals) to
select a muscle or trace a line, and never touches the body itself.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..atlas import LoadedAtlas
from ..atlas.referrals import Candidate, candidates, lines_through, pattern_zones, zone_names
from .body_scene import BodyScene
from .referral_layer import ReferralLayer
from .referral_overlay import pattern_thumbnail, zone_paths

THUMBNAIL = QSize(64, 104)
TOOLS = ("mark", "erase", "explore")


class PainMap(QWidget):
    muscle_chosen = Signal(str)  # a node: show its pattern and connections
    line_chosen = Signal(str)  # a line id: trace it
    painted_changed = Signal(object)  # tuple of zone nodes
    tool_changed = Signal(str)  # "mark", "erase" or "explore" (tapping selects structures)

    def __init__(self, loaded: LoadedAtlas, layer: ReferralLayer, scene_for: Callable[[str], BodyScene],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self.layer = layer
        self._scene_for = scene_for
        self.painted: list[str] = []
        self.found: list[Candidate] = []
        self._stroke_erases: bool | None = None  # decided by where a stroke starts
        self._thumbs: dict[tuple[str, str], QIcon] = {}
        self._names = zone_names(loaded.atlas)

        intro = QLabel("<b>Where does it hurt?</b><br>Tap or paint the painful areas on the body; turn the body "
                       "to mark the back or the sides.")
        intro.setWordWrap(True)
        self.tools = QButtonGroup(self)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for tool, text, tip in (("mark", "Mark pain", "Tap or paint where it hurts"),
                                ("erase", "Eraser", "Tap or paint to unmark an area"),
                                ("explore", "Explore", "Tap the body to select a structure")):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            self.tools.addButton(button)
            self.buttons[tool] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, t=tool: on and self.tool_changed.emit(t))
        self.buttons["mark"].setChecked(True)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setToolTip("Unmark every area")
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        self.marked = QLabel()
        self.marked.setWordWrap(True)
        self.results_title = QLabel()
        self.results_title.setWordWrap(True)
        self.results = QListWidget()
        self.results.setIconSize(THUMBNAIL)
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.itemClicked.connect(self._on_item)
        self.results.itemActivated.connect(self._on_item)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.linkActivated.connect(lambda href: self.line_chosen.emit(href.removeprefix("line:")))
        note = QLabel("These are possibilities to talk through with your therapist, not a diagnosis.")
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b5f57;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.marked)
        layout.addWidget(self.results_title)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.lines)
        layout.addWidget(note)
        self._update()

    # -- painting ------------------------------------------------------------------------------------
    @property
    def tool(self) -> str:
        return next((t for t, b in self.buttons.items() if b.isChecked()), "explore")

    def set_tool(self, tool: str) -> None:
        if tool in self.buttons:
            self.buttons[tool].setChecked(True)

    def stroke(self, zone: str | None) -> None:
        """One point of a stroke over the body: the zone under the finger is marked or unmarked. A stroke
        that starts on a marked area with the pen unmarks, so a second tap takes a mark away."""
        if zone is None or zone not in self._names:
            return
        if self._stroke_erases is None:
            self._stroke_erases = self.tool == "erase" or zone in self.painted
        if self._stroke_erases and zone in self.painted:
            self.painted.remove(zone)
        elif not self._stroke_erases and zone not in self.painted:
            self.painted.append(zone)
        else:
            return
        self._update()

    def end_stroke(self) -> None:
        self._stroke_erases = None

    def set_painted(self, zones: list[str]) -> None:
        self.painted = [z for z in dict.fromkeys(zones) if z in self._names]
        self._update()

    def clear(self) -> None:
        self.set_painted([])

    # -- the ranked muscles ---------------------------------------------------------------------------
    def _update(self) -> None:
        atlas = self.loaded.atlas
        self.found = candidates(atlas, self.painted)
        self.marked.setText("Marked: " + ", ".join(self._names[z] for z in self.painted) if self.painted
                            else "Nothing marked yet.")
        self.clear_button.setEnabled(bool(self.painted))
        self.results.clear()
        if not self.painted:
            self.results_title.setText("")
        elif not self.found:
            self.results_title.setText("No muscle in this atlas is charted as sending pain there.")
        else:
            self.results_title.setText(f"<b>Muscles that may send pain here</b> ({len(self.found)}), most likely first:")
        for rank, c in enumerate(self.found, 1):
            node = c.nodes[0]
            s = atlas.structures[node]
            sides = sorted({atlas.structures[n].side for n in c.nodes} - {None})
            side = f" ({' or '.join(sides)})" if sides else ""
            how = "Usually felt here" if c.reason == "essential" else "Sometimes felt here"
            where = ", ".join(self._names[z] for z in (c.essential or c.spillover))
            item = QListWidgetItem(f"{rank}. {s.name}{side}\n{how}: {where}")
            item.setData(Qt.ItemDataRole.UserRole, node)
            item.setToolTip(c.referral.plain)
            icon = self._thumbnail(node)
            if icon is not None:
                item.setIcon(icon)
            self.results.addItem(item)
        cover = self.layer.cover()
        lines = lines_through(atlas, cover, self.painted) if cover is not None and self.painted else []
        self.lines.setText("<b>Body-wide lines through this area:</b> " + " · ".join(
            f'<a href="line:{escape(l)}">{escape(atlas.lines[l].name)}</a>' for l in lines) if lines else "")
        self.lines.setVisible(bool(lines))
        self.painted_changed.emit(tuple(self.painted))

    def _thumbnail(self, node: str) -> QIcon | None:
        """The muscle's pattern on the view that shows most of it (cached per muscle and view)."""
        zones = self.layer.zone_map()
        best = self.layer.pattern_view(node)
        if zones is None or best is None:
            return None
        essential, spillover = pattern_zones(self.loaded.atlas, node)
        key = (node, best)
        if key not in self._thumbs:
            scene = self._scene_for(best)
            self._thumbs[key] = QIcon(pattern_thumbnail(scene, zone_paths(zones, best), essential, spillover, THUMBNAIL))
        return self._thumbs[key]

    def _on_item(self, item: QListWidgetItem) -> None:
        node = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(node, str):
            self.muscle_chosen.emit(node)
