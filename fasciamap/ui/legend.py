"""The key to the highlight colours and line styles, drawn with the same pens the body uses."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from html import escape

from . import theme


class Swatch(QWidget):
    def __init__(self, style: theme.HighlightStyle, hatched: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_ = style
        self.hatched = hatched
        self.setFixedSize(QSize(30, 18))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(3, 3, self.width() - 6, self.height() - 6)
        base = QColor("#b8675c")
        painter.fillRect(rect, base)
        painter.fillRect(rect, self.style_.fill)
        if self.hatched:
            hatch = QColor(self.style_.colour).darker(150)
            hatch.setAlpha(150)
            painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        pen = QPen(self.style_.colour.darker(115), 2.2, self.style_.pen_style)
        painter.setPen(pen)
        painter.drawRect(rect)
        painter.end()


class Legend(QWidget):
    """One row: selected, each kind of connection, and the hatch that marks deeper tissue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)  # two rows, so the window can narrow to a tablet in portrait
        layout.setContentsMargins(8, 2, 8, 4)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        entries = [(theme.SELECTED, False, theme.SELECTED.label)]
        entries += [(s, False, s.label) for s in theme.CONNECTION_STYLES.values()]
        entries.append((theme.CONNECTION_STYLES["shared_sheet"], True, "Deeper layer (hatched)"))
        self.labels: list[str] = []
        columns = (len(entries) + 1) // 2
        for i, (style, hatched, text) in enumerate(entries):
            row, col = divmod(i, columns)
            layout.addWidget(Swatch(style, hatched), row, 2 * col)
            label = QLabel(text)
            label.setStyleSheet("color: #4a3f38; padding-right: 10px;")
            layout.addWidget(label, row, 2 * col + 1)
            self.labels.append(text)
        layout.setColumnStretch(2 * columns, 1)
        # the key to what is traced and to what the evidence filter leaves out, shown while they apply
        self.status = QLabel()
        self.status.setStyleSheet("color: #4a3f38;")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.hide()
        layout.addWidget(self.status, 2, 0, 1, 2 * columns + 1)
        self._trace = ""
        self._filter = ""
        self.setToolTip("Colour and line style show how a structure is connected to the selection")

    def show_trace(self, text: str) -> None:
        """``text`` names what is traced ("Spiral Line, right side"); empty when nothing is."""
        self._trace = text
        self._update_status()

    def show_filter(self, text: str) -> None:
        """``text`` says which links the evidence filter shows; empty when it shows them all."""
        self._filter = text
        self._update_status()

    def _update_status(self) -> None:
        parts = []
        if self._trace:
            colours = theme.LINE_COLOURS
            parts.append(f'<span style="color:{colours[0].name()}; font-weight:bold">━━</span> {escape(self._trace)} '
                         f'<span style="color:{colours[0].name()}">╍╍</span> runs on in another view')
        if self._filter:
            parts.append(f"Showing {escape(self._filter)}; weaker links are listed as hidden")
        self.status.setText(" &nbsp;·&nbsp; ".join(parts))
        self.status.setVisible(bool(parts))
