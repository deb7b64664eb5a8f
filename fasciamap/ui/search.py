"""The search box: names as people say them (common, Latin, everyday and abbreviated, groups), typos
forgiven, each structure listed once with its Latin name beside it; Enter takes the best match.

The ranking is the domain's (:class:`~fasciamap.atlas.finder.Finder`); Qt's completer only shows it,
so the list is never filtered a second time by Qt's own prefix rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ..atlas import FasciaGraph

if TYPE_CHECKING:
    from ..atlas.finder import Match

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 12


def describe(match: Match) -> str:
    """One line of the list: the name, then the Latin name or a group's members, then the name
    the query matched when it is neither (an abbreviation or everyday name)."""
    if match.is_group:
        text = f"{match.name} — group of {len(match.members)}"
    else:
        text = f"{match.name} — {match.latin}"
    if match.matched.casefold() not in (match.name.casefold(), match.latin.casefold(), match.id):
        text += f"  (“{match.matched}”)"
    return text


class SearchBox(QLineEdit):
    structure_chosen = Signal(str)  # a structure's base id (the window picks the side)
    group_chosen = Signal(str)  # a group's id
    not_found = Signal(str)

    def __init__(self, graph: FasciaGraph, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._graph = graph
        self.setPlaceholderText("Find: name, Latin, QL, IT band, hamstrings…")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(200)
        self._model = QStandardItemModel(self)
        self._matches: list[Match] = []
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(LIMIT)
        completer.activated[QModelIndex].connect(self._choose_index)
        # QLineEdit.setCompleter would also let the completer rewrite the text on every highlight
        completer.setWidget(self)
        self._completer = completer
        self.textEdited.connect(self._refresh)
        self.returnPressed.connect(self._choose_text)

    def completer(self) -> QCompleter:  # type: ignore[override]
        return self._completer

    def matches(self) -> list[Match]:
        """What the list shows now, best first."""
        return list(self._matches)

    def labels(self) -> list[str]:
        return [self._model.item(row).text() for row in range(self._model.rowCount())]

    def _refresh(self, text: str) -> None:
        self._matches = self._graph.finder.find(text, LIMIT)
        self._model.clear()
        for match in self._matches:
            item = QStandardItem(describe(match))
            item.setData(match.id, ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._matches:
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _choose_index(self, index: QModelIndex) -> None:
        chosen = index.data(ID_ROLE)
        match = next((m for m in self._matches if m.id == chosen), None)
        if match is not None:
            self._choose(match)

    def _choose_text(self) -> None:
        popup = self._completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._choose_index(popup.currentIndex())
            return
        text = self.text().strip()
        if not text:
            return
        match = self._graph.finder.best(text)
        if match is None:
            hint = ""
            suggestions = self._graph.suggest(text)
            if suggestions:
                hint = " Did you mean: " + ", ".join(self._graph.atlas.structures[self._graph.node_of(s)].name
                                                      for s in suggestions) + "?"
            self.not_found.emit(f"Nothing called “{text[:60]}” in the atlas.{hint}")
            return
        self._choose(match)

    def _choose(self, match: Match) -> None:
        self._completer.popup().hide()
        if match.is_group:
            self.group_chosen.emit(match.id)
        else:
            self.structure_chosen.emit(match.id)
