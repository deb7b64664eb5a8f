"""The line explorer: choose a myofascial line (or a path between two structures) and see it traced
over the body, with its tracks and stations in order and the evidence of every link between them.

It only asks the selection model for a trace, a structure or an evidence level; the body scene's
overlay draws the trace and the panel explains the structures, so this module never draws on the
body itself.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from ..atlas import LoadedAtlas, NoPathError
from ..atlas.lines import lines_of, trace, transition_nodes
from ..atlas.model import Line, Source
from . import theme
from .search import SearchBox
from .selection import FILTER_CHOICES, SelectionModel, Trace, filter_label

NODE_ROLE = Qt.ItemDataRole.UserRole + 2
LINE_ROLE = Qt.ItemDataRole.UserRole + 3

class LineExplorer(QWidget):
    structure_requested = Signal(str)  # a node to show (the window picks the view and depth)

    def __init__(self, loaded: LoadedAtlas, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self.selection = selection
        atlas = loaded.atlas
        self.find = QLineEdit()
        self.find.setPlaceholderText("Find a line: spiral, back, arm…")
        self.find.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        for line in atlas.lines.values():
            if not line.steps:
                continue
            item = QListWidgetItem(line.name)
            item.setData(LINE_ROLE, line.id)
            item.setToolTip(f"{line.summary}\nEvidence for the line as a whole: {line.evidence}")
            self.list.addItem(item)
        self.sides = QButtonGroup(self)
        side_row = QHBoxLayout()
        side_row.addWidget(QLabel("Side:"))
        for side in ("left", "right", "both"):
            button = QToolButton()
            button.setText(side.capitalize())
            button.setCheckable(True)
            button.setProperty("side", side)
            self.sides.addButton(button)
            side_row.addWidget(button)
        self._side_button("right").setChecked(True)
        self.replay = QPushButton("Draw again")
        side_row.addStretch(1)
        side_row.addWidget(self.replay)
        self.evidence = QComboBox()
        for level, label in FILTER_CHOICES:
            self.evidence.addItem(f"Show {label}", level)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.steps = QListWidget()
        self.steps.setWordWrap(True)
        self.steps.setAlternatingRowColors(False)
        self.to = SearchBox(loaded.graph)
        self.to.setPlaceholderText("Path from the selection to…")
        self.to.setMinimumWidth(120)
        self.stay = QCheckBox("Stay on the line")
        self.stay.setToolTip("Only follow the transitions of the line chosen above")
        path_row = QHBoxLayout()
        path_row.addWidget(self.to, 1)
        path_row.addWidget(self.stay)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel("<b>Myofascial lines</b>"))
        layout.addWidget(self.find)
        layout.addWidget(self.list)
        layout.addLayout(side_row)
        layout.addWidget(self.evidence)
        layout.addWidget(self.summary)
        layout.addWidget(self.steps, 1)
        layout.addLayout(path_row)
        self.find.textChanged.connect(self._filter_list)
        self.find.returnPressed.connect(self._take_first)
        self.list.currentItemChanged.connect(self._on_line_chosen)
        self.sides.buttonClicked.connect(lambda _: self._retrace())
        self.replay.clicked.connect(self._replay)
        self.evidence.currentIndexChanged.connect(
            lambda i: self.selection.set_minimum_evidence(self.evidence.itemData(i)))
        self.steps.itemActivated.connect(self._on_step)
        self.steps.itemClicked.connect(self._on_step)
        self.to.structure_chosen.connect(self._path_to)
        self.to.group_chosen.connect(lambda gid: self._path_to(loaded.atlas.groups[gid].members[0]))
        self.to.not_found.connect(lambda msg: self.summary.setText(escape(msg)))
        selection.traced.connect(self._show_trace)
        selection.evidence_changed.connect(self._on_evidence)
        self._line: Line | None = None

    # -- choosing ---------------------------------------------------------------------------------
    def _side_button(self, side: str) -> QToolButton:
        return next(b for b in self.sides.buttons() if b.property("side") == side)  # type: ignore[return-value]

    @property
    def side(self) -> str:
        button = self.sides.checkedButton()
        return str(button.property("side")) if button is not None else "right"

    def set_side(self, side: str) -> None:
        if side in ("left", "right", "both"):
            self._side_button(side).setChecked(True)
            self._retrace()

    def choose(self, line_id: str, side: str | None = None) -> None:
        """Trace a line (from the panel's links, the menu or a test)."""
        if side is not None and side in ("left", "right", "both"):
            self._side_button(side).setChecked(True)
        for i in range(self.list.count()):
            if self.list.item(i).data(LINE_ROLE) == line_id:
                self.list.item(i).setHidden(False)
                if self.list.currentRow() == i:
                    self._retrace()
                else:
                    self.list.setCurrentRow(i)
                return

    def _filter_list(self, text: str) -> None:
        folded = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(folded) and folded not in item.text().casefold())

    def _take_first(self) -> None:
        for i in range(self.list.count()):
            if not self.list.item(i).isHidden():
                self.list.setCurrentRow(i)
                self._retrace()
                return

    def _on_line_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self._retrace()

    def _retrace(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        line = self.loaded.atlas.lines[item.data(LINE_ROLE)]
        side = self.side
        if side == "both" and not line.crosses_midline:
            side = "right"  # both sides only for a line that crosses: otherwise they are mirror images
            self._side_button("right").setChecked(True)
        self._side_button("both").setEnabled(line.crosses_midline)
        self.selection.set_trace(Trace(line=line.id, side=side, title=line.name))

    def _replay(self) -> None:
        trace_now = self.selection.trace
        if trace_now is not None:
            self.selection.set_trace(None)
            self.selection.set_trace(trace_now)

    def _on_step(self, item: QListWidgetItem) -> None:
        node = item.data(NODE_ROLE)
        if node:
            self.structure_requested.emit(node)

    def _path_to(self, base_id: str) -> None:
        start = self.selection.selected
        if start is None:
            self.summary.setText("Select a structure on the body first: the path starts there.")
            return
        graph = self.loaded.graph
        side = self.loaded.atlas.structures[start].side or "left"
        end = graph.node_of(base_id, side)
        line = self._line.id if (self.stay.isChecked() and self._line is not None) else None
        self.to.clear()
        try:
            steps = graph.path(start, end, line)
        except NoPathError:
            where = f" along the {self._line.name}" if line and self._line else ""
            self.summary.setText(f"No fascial path joins {escape(graph.structure(start).display_name)} and "
                                 f"{escape(graph.structure(end).display_name)}{escape(where)}.")
            return
        nodes = (start, *(s.target.id for s in steps))
        title = f"{graph.structure(start).display_name} to {graph.structure(end).display_name}"
        self.selection.set_trace(Trace(path=nodes, title=title, line=line))

    # -- showing ----------------------------------------------------------------------------------
    def _on_evidence(self, level: str) -> None:
        index = self.evidence.findData(level)
        if index >= 0 and index != self.evidence.currentIndex():
            self.evidence.setCurrentIndex(index)
        self._show_trace(self.selection.trace)

    def _show_trace(self, trace_now: Trace | None) -> None:
        self.steps.clear()
        if trace_now is None:
            self.summary.setText("Choose a line to trace it over the body.")
            return
        if trace_now.path:
            self._show_path(trace_now)
            return
        line = self.loaded.atlas.lines.get(trace_now.line or "")
        if line is None:
            return
        self._line = line
        reviews = "".join(f"<br><i>{escape(_review_line(self.loaded, r))}</i>" for r in line.reviews)
        self.summary.setToolTip("\n\n".join(f"{short_cite(self.loaded.atlas.sources[r.source])}: {r.note}"
                                            for r in line.reviews if r.source in self.loaded.atlas.sources))
        self.summary.setText(f"<b>{escape(line.name)}</b> — evidence for the line: "
                             f"{escape(line.evidence)}<br>{escape(line.summary)}{reviews}")
        sides = ("right", "left") if trace_now.side == "both" else (trace_now.side,)
        for colour, side in zip(theme.LINE_COLOURS, sides):
            if len(sides) > 1:
                self._add_heading(f"Traced on the {side}", colour)
            self._add_steps(line, side, None)
            for branch in line.branches:
                where = (f"leaves after {self._name(branch.leaves_after)}" if branch.leaves_after else
                         f"joins at {self._name(branch.joins_at)}" if branch.joins_at else "a strand of its own")
                self._add_heading(f"{branch.name} ({where})", colour)
                self._add_steps(line, side, branch.id)

    def _name(self, base_id: str | None) -> str:
        structures = self.loaded.atlas.structures
        node = self.loaded.graph.node_of(base_id or "")
        return structures[node].name if node in structures else (base_id or "")

    def _add_heading(self, text: str, colour: QColor) -> None:
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(colour.darker(120))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.steps.addItem(item)

    def _add_steps(self, line: Line, side: str, branch: str | None) -> None:
        atlas = self.loaded.atlas
        graded = {(t.branch, t.source, t.target): t for t, _, _ in transition_nodes(atlas, line, side)}
        steps = trace(atlas, line, side, branch)
        previous: str | None = None
        if branch is not None:
            b = next(b for b in line.branches if b.id == branch)
            previous = b.leaves_after
        for step in steps:
            name = atlas.structures[step.node].display_name
            if step.step.station:
                item = QListWidgetItem(f"      · {name}")
                item.setForeground(QColor("#7a6f66"))
                item.setToolTip("A station: the bone the neighbouring tracks attach to"
                                + (f"\n{step.step.note}" if step.step.note else ""))
                item.setData(NODE_ROLE, step.node)
                self.steps.addItem(item)
                continue
            t = graded.get((branch, previous, step.step.id)) if previous else None
            if t is not None:
                self.steps.addItem(self._transition_item(t))
            cross = "  (crosses the midline)" if step.step.crosses_midline else ""
            item = QListWidgetItem(f"● {name}{cross}")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setData(NODE_ROLE, step.node)
            item.setToolTip(f"{atlas.structures[step.node].summary}\nClick to select it on the body")
            self.steps.addItem(item)
            previous = step.step.id
        if branch is not None:
            b = next(b for b in line.branches if b.id == branch)
            t = graded.get((branch, previous, b.joins_at)) if b.joins_at else None
            if t is not None:
                self.steps.addItem(self._transition_item(t))
                item = QListWidgetItem(f"● {self._name(b.joins_at)} (joins the line)")
                item.setData(NODE_ROLE, self.loaded.graph.node_of(b.joins_at or "", side))
                self.steps.addItem(item)

    def _transition_item(self, t) -> QListWidgetItem:
        shown = self.selection.shows(t.evidence)
        sources = ", ".join(short_cite(self.loaded.atlas.sources[sid]) for sid in t.sources
                            if sid in self.loaded.atlas.sources)
        if shown:
            text = f"      ↓ {t.evidence} — {t.review_says}"
        else:
            text = f"      ┆ {t.evidence} — hidden by the filter ({filter_label(self.selection.minimum_evidence)})"
        item = QListWidgetItem(text)
        item.setForeground(QColor(theme.EVIDENCE_COLOURS.get(t.evidence, "#555555")) if shown else QColor("#9a918a"))
        item.setToolTip(t.note + (f"\nSources: {sources}" if sources else "\nNo study of this link exists."))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _show_path(self, trace_now: Trace) -> None:
        graph = self.loaded.graph
        nodes = trace_now.path
        on = f", along the {self.loaded.atlas.lines[trace_now.line].name}" if trace_now.line in self.loaded.atlas.lines else ""
        self.summary.setText(f"<b>Path: {escape(trace_now.title)}</b>{escape(on)} — {len(nodes) - 1} step(s), "
                             "each through the connection with the strongest evidence.")
        steps = graph.path(nodes[0], nodes[-1], trace_now.line) if len(nodes) > 1 else []
        first = QListWidgetItem(f"● {graph.structure(nodes[0]).display_name}")
        first.setData(NODE_ROLE, nodes[0])
        self.steps.addItem(first)
        for i, step in enumerate(steps, 1):
            c = step.connection
            narration = QListWidgetItem(f"      {i}. {step.reason} — evidence: {c.evidence}")
            narration.setForeground(QColor(theme.EVIDENCE_COLOURS.get(c.evidence, "#555555")))
            narration.setToolTip(c.explanation)
            narration.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.steps.addItem(narration)
            item = QListWidgetItem(f"● {step.target.display_name}")
            item.setData(NODE_ROLE, step.target.id)
            self.steps.addItem(item)

    def lines_for(self, node: str) -> tuple[Line, ...]:
        return lines_of(self.loaded.atlas, self.loaded.atlas.structures[node].base_id)


def short_cite(source: Source) -> str:
    """"Wilke et al. 2016": the first author's family name (authors are written family name first)."""
    families = [a.split()[0] for a in source.authors.split(",") if a.split()]
    if not families:
        return f"{source.id} {source.year}"
    who = families[0] if len(families) == 1 else (
        f"{families[0]} & {families[1]}" if len(families) == 2 else f"{families[0]} et al.")
    return f"{who} {source.year}"


def _review_line(loaded: LoadedAtlas, review) -> str:
    source = loaded.atlas.sources.get(review.source)
    who = short_cite(source) if source else review.source
    if review.verified is not None and review.of is not None:
        share = f"{review.verified} of {review.of} transitions verified"
        which = "" if review.which_named or review.verified in (0, review.of) else " (the paper does not say which)"
        return f"{who}: {share}{which}."
    if review.verified == 0:
        return f"{who}: no transition verified."
    first = review.note.split(". ")[0].rstrip(".")  # the rest is in the tooltip
    return f"{who}: {first}."

