"""Client mode: the window turned into a presentation for the person on the table. Full screen, large
type, plain words everywhere, big touch targets (at least 9 mm on the screen in use), a simple
legend and a short toolbar: turn the body, "Where does it hurt?", the handout, and the way back.

Everything it changes it puts back on leaving; it owns no state of the atlas or the selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QListWidget, QToolBar, QToolButton, QWidget

from .explanation import DISCLAIMER

if TYPE_CHECKING:
    from .main_window import MainWindow

TARGET_MM = 9.0  # the smallest touch target, on the screen in use
FONT_SCALE = 1.35  # client mode's type against the desktop's
PANEL_ZOOM = 3  # QTextBrowser.zoomIn steps for the explanation


def touch_target_px(widget: QWidget) -> int:
    """9 mm in pixels on the widget's screen (its physical size, so a 10-inch tablet gets real millimetres)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
    if not 50.0 <= dpi <= 600.0:  # a screen that reports no sensible size
        dpi = 96.0
    return max(44, round(TARGET_MM / 25.4 * dpi))


class _Swatch(QWidget):
    def __init__(self, kind: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(QSize(round(size * 1.4), size))

    def paintEvent(self, event: QPaintEvent) -> None:
        from .handout import paint_swatch  # the handout's printing support loads only when a key is drawn

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_swatch(painter, QRectF(2, 2, self.width() - 4, self.height() - 4), self.kind, self.logicalDpiX())
        painter.end()


class ClientLegend(QWidget):
    """Five plain keys and the disclaimer, instead of the reference legend."""

    ENTRIES = (("selected", "The muscle we are looking at"), ("connected", "Joined to it by fascia"),
               ("essential", "Where its pain is usually felt"), ("spillover", "Where it sometimes spreads"),
               ("trigger_point", "A tender spot that can send pain elsewhere"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)  # three keys a row, so a tablet held upright keeps them readable
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setHorizontalSpacing(8)
        self.labels: list[str] = []
        for i, (kind, text) in enumerate(self.ENTRIES):
            row, col = divmod(i, 3)
            layout.addWidget(_Swatch(kind, 22), row, 2 * col)
            label = QLabel(text)
            label.setWordWrap(True)  # the keys share the body's width, portrait or landscape
            label.setMinimumWidth(110)
            layout.addWidget(label, row, 2 * col + 1)
            self.labels.append(text)
        disclaimer = QLabel("For learning, not a diagnosis")
        disclaimer.setToolTip(DISCLAIMER)
        disclaimer.setStyleSheet("color: #6b5f57;")
        layout.addWidget(disclaimer, 1, 5)
        for col in (1, 3, 5):  # the keys share the width, wrapping only when it is short
            layout.setColumnStretch(col, 1)


class ClientMode(QObject):
    changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.legend = ClientLegend()
        self.legend.hide()
        self.toolbar = QToolBar("Client")
        self.toolbar.setObjectName("client-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.hide()
        self._saved: dict[str, object] = {}

    def build_toolbar(self, actions: list[QAction | None]) -> None:
        """The client toolbar: these actions (None is a gap), in large type."""
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        w = self.window
        app = QApplication.instance()
        if on:
            self._saved = {"full": w.isFullScreen(), "plain": w.panel.plain.isChecked(),
                           "font": QApplication.font() if isinstance(app, QApplication) else None}
            font = QFont(QApplication.font())
            font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
            QApplication.setFont(font)
            w.panel.plain.setChecked(True)
            w.panel.browser.zoomIn(PANEL_ZOOM)
            w.menuBar().hide()
            w.statusBar().hide()
            w.toolbar.hide()
            w.legend.hide()
            self.legend.show()
            self.toolbar.show()
            self.size_targets()
            w.showFullScreen()
        else:
            if isinstance(self._saved.get("font"), QFont):
                QApplication.setFont(self._saved["font"])  # type: ignore[arg-type]
            w.panel.browser.zoomOut(PANEL_ZOOM)
            w.panel.plain.setChecked(bool(self._saved.get("plain")))
            w.menuBar().show()
            w.statusBar().show()
            w.toolbar.show()
            w.legend.show()
            self.legend.hide()
            self.toolbar.hide()
            if not self._saved.get("full"):
                w.showNormal()
        w.panel.plain.setEnabled(not on)  # plain words everywhere while a client is watching
        self.changed.emit(on)

    def size_targets(self) -> None:
        """Every button of the client toolbar and of the open panels (pain map, quiz, tour) at least
        9 mm square, and their list rows as tall."""
        size = touch_target_px(self.window)
        for button in self.toolbar.findChildren(QToolButton):
            button.setMinimumSize(QSize(size, size))
        for panel in self.window.touch_panels():
            for button in panel.findChildren(QWidget):
                if hasattr(button, "setCheckable"):
                    button.setMinimumHeight(size)
            for rows in panel.findChildren(QListWidget):
                rows.setFont(QApplication.font())
                rows.setStyleSheet(f"QListWidget::item {{ min-height: {size}px; }}")

    def target_px(self) -> int:
        return touch_target_px(self.window)
