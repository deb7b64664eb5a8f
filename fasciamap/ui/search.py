"""The search box: completion over common and Latin names, and forgiving free-text lookup."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ..atlas import FasciaGraph, UnknownStructureError


class SearchBox(QLineEdit):
    structure_chosen = Signal(str)
    not_found = Signal(str)

    def __init__(self, graph: FasciaGraph, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._graph = graph
        self.setPlaceholderText("Find a structure (English or Latin)…")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(180)
        self._by_label: dict[str, str] = {}
        for node, s in graph.atlas.structures.items():
            side = f" ({s.side})" if s.side else ""
            self._by_label[s.display_name] = node
            self._by_label[f"{s.latin}{side}"] = node
        completer = QCompleter(sorted(self._by_label, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._choose_label)
        self.setCompleter(completer)
        self.returnPressed.connect(self._choose_text)

    def labels(self) -> list[str]:
        model = self.completer().model()
        assert isinstance(model, QStringListModel)
        return model.stringList()

    def _choose_label(self, label: str) -> None:
        node = self._by_label.get(label)
        if node is not None:
            self.structure_chosen.emit(node)

    def _choose_text(self) -> None:
        text = self.text().strip()
        if not text:
            return
        if text in self._by_label:
            self.structure_chosen.emit(self._by_label[text])
            return
        try:
            self.structure_chosen.emit(self._graph.resolve(text))
        except UnknownStructureError as exc:
            self.not_found.emit(str(exc))
