"""The peel control: one stepped button per depth layer in the data, surface first, then "All,
see-through", with Alt+number shortcuts and Alt+Down / Alt+Up to peel one layer deeper or back.

It only says which mode the user chose; the window passes the mode to every scene.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from ..atlas import Atlas
from .body_scene import SEE_THROUGH, layer_modes

SEE_THROUGH_NAME = "All (see-through)"


class LayerControl(QObject):
    chosen = Signal(str)

    def __init__(self, atlas: Atlas, owner: QWidget) -> None:
        super().__init__(owner)
        self.modes = layer_modes(atlas)
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(owner)
        for i, mode in enumerate(self.modes):
            name = SEE_THROUGH_NAME if mode == SEE_THROUGH else atlas.layers[mode].name
            action = QAction(name, owner)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            what = ("every layer at once, the shallower ones see-through" if mode == SEE_THROUGH
                    else "the surface" if i == 0 else f"peeled down to: {name.lower()}")
            action.setToolTip(f"Show {what} ({action.shortcut().toString()})")
            action.triggered.connect(lambda _=False, m=mode: self.chosen.emit(m))
            group.addAction(action)
            owner.addAction(action)
            self.actions[mode] = action
        self.deeper = QAction("Peel one layer deeper", owner)
        self.deeper.setShortcut(QKeySequence("Alt+Down"))
        self.deeper.triggered.connect(lambda: self._step(1))
        self.shallower = QAction("Put one layer back", owner)
        self.shallower.setShortcut(QKeySequence("Alt+Up"))
        self.shallower.triggered.connect(lambda: self._step(-1))
        for action in (self.deeper, self.shallower):
            owner.addAction(action)
        self.mode = self.modes[0]

    def show_mode(self, mode: str) -> None:
        """Reflect the window's mode in the buttons (no signal)."""
        if mode in self.actions:
            self.mode = mode
            self.actions[mode].setChecked(True)

    def _step(self, delta: int) -> None:
        peels = [m for m in self.modes if m != SEE_THROUGH]
        here = peels.index(self.mode) if self.mode in peels else 0
        target = peels[max(0, min(len(peels) - 1, here + delta))]
        if target != self.mode:
            self.chosen.emit(target)
