"""The one piece of selection state: which structure is selected. Views ask it to change and listen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SelectionModel(QObject):
    """Holds the selected node id (or None) and announces every change once."""

    changed = Signal(object)  # str | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._selected: str | None = None

    @property
    def selected(self) -> str | None:
        return self._selected

    def select(self, node: str | None) -> None:
        if node != self._selected:
            self._selected = node
            self.changed.emit(node)

    def clear(self) -> None:
        self.select(None)
